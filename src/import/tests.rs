//! The importers' unit tests: CSV rosters end to end, the columns read from the records, the
//! header checks, the counting of bad rows, line endings and decoding.

use super::*;
use crate::model::RecordType;
use super::csv::header_problems;
use crate::model::with_kind;
use crate::model::{Attendance, AttendanceMode};
use crate::storage::Store;
use crate::testing::{meeting, person, store_with_organizations};

fn roster_store() -> Store {
    let mut store = store_with_organizations();
    store.create(&meeting("M1", "2024-03-05", AttendanceMode::Roster)).unwrap();
    store.create(&meeting("M2", "2024-04-05", AttendanceMode::Roster)).unwrap();
    for (name, org) in [("Ana", "Org KE"), ("Bo", "Org US"), ("Chen", "Org CN")] {
        store.create(&person(name, org)).unwrap();
    }
    store
}

fn import_roster(store: &mut Store, csv: &str) -> Result<usize> {
    import_reader(store, Kind::Attendance, Format::Csv, csv.as_bytes(), "roster.csv")
}

#[test]
fn roster_rows_already_listed_are_reported_by_line_and_nothing_is_saved() {
    let mut store = roster_store();
    import_roster(&mut store, "meeting,person,status,executive\nM1,Ana,attended,true\n").unwrap();
    let csv = "meeting,person,status,executive\n\
               M2,Ana,attended,true\n\
               M1,Bo,attended,false\n\
               M1,Ana,attended,false\n\
               M2,Chen,registered,false\n\
               M1,Bo,invited,false\n";
    let error = import_roster(&mut store, csv).unwrap_err();
    let Error::Import { errors, .. } = error else { panic!("expected row errors, got {error:?}") };
    let lines: Vec<(u64, Option<&str>)> = errors.iter().map(|e| (e.line, e.column.as_deref())).collect();
    assert_eq!(lines, [(4, Some("person")), (6, Some("person"))], "{errors:?}");
    assert!(errors[0].message.contains("Ana is already on the roster of M1"), "{}", errors[0].message);
    assert_eq!(store.list::<Attendance>().unwrap().len(), 1, "only the first import's row");
}

fn columns_of(kind: Kind) -> (&'static [&'static str], Vec<&'static str>) {
    fn of<E: RecordType>() -> (&'static [&'static str], Vec<&'static str>) {
        (columns::all::<E>(), columns::required::<E>())
    }
    with_kind!(kind, E => of::<E>())
}

#[test]
fn the_columns_are_read_from_the_records() {
    // Each kind's columns against docs/formats.md: model/kinds/tests.rs.
    assert_eq!(columns_of(Kind::Organizations).0, ["name", "category", "country"]);
    assert_eq!(columns_of(Kind::Organizations).1, ["name", "category"]);
    assert_eq!(columns_of(Kind::Contributions).1, ["symbol", "title", "date"], "sources may be left out of the header");
}

fn header(names: &str) -> ::csv::StringRecord {
    ::csv::StringRecord::from(names.split(',').collect::<Vec<_>>())
}

#[test]
fn header_problems_name_repeated_unknown_and_missing_columns_once_on_line_1() {
    let (known, required) = (["name", "category", "country"], ["name", "category"]);
    assert!(header_problems(&header("country,name,category"), &known, &required).is_empty());
    let problems = header_problems(&header("name,name,colour,colour,country"), &known, &required);
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "line 1, column name: appears 2 times in the header",
            "line 1, column colour: appears 2 times in the header",
            "line 1: unknown column(s) \"colour\"; expected columns: name*, category*, country (* required)",
            "line 1: missing field `category`: the header lacks this required column",
        ]
    );
    let none_known = header_problems(&header("a,b"), &known, &required);
    assert!(none_known[0].message.starts_with("the first line must name the columns; unknown column(s) \"a\", \"b\""));
    assert_eq!(none_known[1].message, "missing fields `name`, `category`: the header lacks these required columns");
}

#[test]
fn a_row_with_several_bad_fields_counts_once() {
    let mut problems = Problems::new();
    for (line, column) in [(2, "a"), (2, "b"), (3, "a")] {
        problems.push(RowError { line, column: Some(column.into()), message: "bad".into(), text: None });
    }
    let shown = problems.into_result("f.csv").unwrap_err().to_string();
    assert!(shown.starts_with("f.csv: 2 bad row(s), nothing was imported\nline 2, column a: bad\n"), "{shown}");
}

#[test]
fn bad_rows_beyond_the_listed_ones_are_counted_not_listed() {
    let mut problems = Problems::new();
    for line in 2..252 {
        problems.push(RowError { line, column: None, message: "bad".into(), text: None });
    }
    let error = problems.into_result("bad.csv").unwrap_err();
    let Error::Import { ref errors, more, .. } = error else { panic!("a capped list, got {error:?}") };
    assert_eq!((errors.len(), more), (200, 50));
    let shown = error.to_string();
    assert!(shown.starts_with("bad.csv: 250 bad row(s), nothing was imported\nline 2: bad\n"), "{shown}");
    assert!(shown.ends_with("\nline 201: bad\n… and 50 more bad row(s) not listed"), "{shown}");
    assert!(!shown.contains("line 0"));
}

#[test]
fn every_line_ending_ends_a_line() {
    let text = "a\nb\r\nc\rd";
    let lines = LineIndex::new(text);
    let line_of = |needle: char| lines.line_of(text.find(needle).unwrap());
    assert_eq!([line_of('a'), line_of('b'), line_of('c'), line_of('d')], [1, 2, 3, 4]);
    assert_eq!(Position::end_of("a\nb\r\nc\réé"), Position { line: 4, column: 3 });
    assert_eq!(lines.position_of(text, text.find('d').unwrap()), Position { line: 4, column: 1 });
    assert_eq!(lone_cr_to_lf("[1,\r2,\r\n3]"), "[1,\n2,\r\n3]");
}

#[test]
fn undecodable_bytes_are_reported_where_they_are() {
    let error = decode(b"name\nCaf\xc3\xa9 \xe9t\xe9\n".to_vec(), "orgs.csv").unwrap_err();
    let Error::Import { errors, .. } = error else { panic!("row errors") };
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].message.contains("byte 0xE9 at column 6"), "{}", errors[0].message);
    assert_eq!(decode("\u{feff}name".as_bytes().to_vec(), "x.csv").unwrap(), "name", "the byte-order mark goes");
}

#[test]
fn files_without_records_are_refused() {
    let mut store = roster_store();
    let refused = |store: &mut Store, format, text: &str| {
        import_reader(store, Kind::Attendance, format, text.as_bytes(), "roster").unwrap_err().to_string()
    };
    assert_eq!(refused(&mut store, Format::Csv, " \r\n"), "roster is empty: nothing was imported");
    assert_eq!(refused(&mut store, Format::Json, ""), "roster is empty: nothing was imported");
    assert_eq!(refused(&mut store, Format::Csv, "meeting,person,status\n"), "roster has a header but no rows: nothing was imported");
    assert_eq!(refused(&mut store, Format::Json, "[]"), "roster holds no records: nothing was imported");
    assert!(refused(&mut store, Format::Csv, "[{\"meeting\": \"M1\"}]").contains("line 1: looks like JSON"));
}

#[test]
fn a_clean_roster_file_is_saved_in_file_order() {
    let mut store = roster_store();
    let csv = "meeting,person,status,executive\nM2,Chen,attended,true\nM1,Ana,attended,false\nM1,Bo,registered,false\n";
    assert_eq!(import_roster(&mut store, csv).unwrap(), 3);
    let saved: Vec<(String, String)> =
        store.list::<Attendance>().unwrap().into_iter().map(|r| (r.data.meeting, r.data.person)).collect();
    assert_eq!(saved, [("M2".into(), "Chen".into()), ("M1".into(), "Ana".into()), ("M1".into(), "Bo".into())]);
}

#[test]
fn unknown_people_and_meetings_in_a_roster_are_reported_before_anything_is_written() {
    let mut store = roster_store();
    let csv = "meeting,person,status,executive\nM1,Ana,attended,true\nM9,Bo,attended,true\nM1,Nobody,attended,true\n";
    let Error::Import { errors, .. } = import_roster(&mut store, csv).unwrap_err() else { panic!("row errors") };
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4]);
    assert!(store.list::<Attendance>().unwrap().is_empty());
}
