//! Imports of CSV and JSON files, and of the whole-database JSON document.
//!
//! An import is all or nothing: every row is parsed, validated and inserted inside one
//! transaction; if any row is bad, the transaction is rolled back and the error lists every bad
//! row with its line, column and reason.

use std::io::Read;
use std::path::Path;

use rusqlite::Connection;
use serde_json::value::RawValue;

use crate::error::{Error, Result, RowError};
use crate::model::{
    str_enum, Action, ActionPlanItem, Attendance, AttendanceCount, Contribution, CycleStatus, Decision, Improvement,
    Meeting, Objective, Organization, Person, Priority, Proposal, ReviewCycle, Reviewer, Score,
};
use crate::storage::{Entity, ImportSession, Store};

str_enum! {
    /// What a file holds (and the kinds of records the app edits); each kind has its own columns (docs/formats.md).
    Kind {
        Organizations = "organizations",
        People = "people",
        Meetings = "meetings",
        Attendance = "attendance",
        Counts = "counts",
        Priorities = "priorities",
        Decisions = "decisions",
        Actions = "actions",
        Contributions = "contributions",
        Proposals = "proposals",
        ActionPlan = "action-plan",
        Objectives = "objectives",
        Reviewers = "reviewers",
        Cycles = "cycles",
        Scores = "scores",
        Improvements = "improvements",
    }
}

/// File formats an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// The format a file's extension names.
    pub fn of_path(path: &Path) -> Result<Format> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("csv") => Ok(Format::Csv),
            Some("json") => Ok(Format::Json),
            _ => Err(Error::invalid("file", format!("{}: name a .csv or .json file", path.display()))),
        }
    }
}

/// At most this many bad rows are listed; the rest are counted.
const MAX_LISTED_ERRORS: usize = 200;

/// Collects bad rows of one file.
struct Problems {
    listed: Vec<RowError>,
    total: usize,
}

impl Problems {
    fn new() -> Self {
        Problems { listed: Vec::new(), total: 0 }
    }

    fn push(&mut self, error: RowError) {
        // One missing column would otherwise be reported on every line.
        let repeated_column = error.message.starts_with("missing field")
            && self.listed.iter().any(|e| e.message == error.message);
        if repeated_column {
            return;
        }
        self.total += 1;
        if self.listed.len() < MAX_LISTED_ERRORS {
            self.listed.push(error);
        }
    }

    fn into_result(self, source_name: &str) -> Result<()> {
        if self.total == 0 {
            return Ok(());
        }
        let mut errors = self.listed;
        // Staged rows are refused when they are written, after later rows were read.
        errors.sort_by_key(|e| e.line);
        if self.total > errors.len() {
            errors.push(RowError {
                line: 0,
                column: None,
                message: format!("… and {} more bad rows", self.total - errors.len()),
            });
        }
        Err(Error::Import { source_name: source_name.to_string(), errors })
    }
}

/// Imports one file of `kind`; returns the number of records saved.
pub fn import_file(store: &mut Store, kind: Kind, path: &Path) -> Result<usize> {
    let format = Format::of_path(path)?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    import_reader(store, kind, format, file, &path.display().to_string())
}

/// Imports records of `kind` read from `input`, named `source_name` in messages.
pub fn import_reader(store: &mut Store, kind: Kind, format: Format, input: impl Read, source_name: &str) -> Result<usize> {
    store.bulk(|store| store.transaction(|conn| {
        let mut problems = Problems::new();
        let count = match format {
            Format::Csv => dispatch_csv(conn, kind, input, &mut problems)?,
            Format::Json => {
                let text = read_text(input, source_name)?;
                let rows = json_array(&text, 0).map_err(|e| import_error(source_name, e))?;
                dispatch_json(conn, kind, &text, &LineIndex::new(&text), &rows, &mut problems)?
            }
        };
        problems.into_result(source_name)?;
        Ok(count)
    }))
}

fn read_text(mut input: impl Read, source_name: &str) -> Result<String> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| Error::io(source_name, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        import_error(source_name, RowError { line: 1, column: None, message: format!("not UTF-8 text: {e}") })
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

fn import_error(source_name: &str, error: RowError) -> Error {
    Error::Import { source_name: source_name.to_string(), errors: vec![error] }
}

fn dispatch_csv(conn: &Connection, kind: Kind, input: impl Read, problems: &mut Problems) -> Result<usize> {
    match kind {
        Kind::Organizations => csv_rows::<Organization>(conn, input, problems),
        Kind::People => csv_rows::<Person>(conn, input, problems),
        Kind::Meetings => csv_rows::<Meeting>(conn, input, problems),
        Kind::Attendance => csv_rows::<Attendance>(conn, input, problems),
        Kind::Counts => csv_rows::<AttendanceCount>(conn, input, problems),
        Kind::Priorities => csv_rows::<Priority>(conn, input, problems),
        Kind::Decisions => csv_rows::<Decision>(conn, input, problems),
        Kind::Actions => csv_rows::<Action>(conn, input, problems),
        Kind::Contributions => csv_rows::<Contribution>(conn, input, problems),
        Kind::Proposals => csv_rows::<Proposal>(conn, input, problems),
        Kind::ActionPlan => csv_rows::<ActionPlanItem>(conn, input, problems),
        Kind::Objectives => csv_rows::<Objective>(conn, input, problems),
        Kind::Reviewers => csv_rows::<Reviewer>(conn, input, problems),
        Kind::Cycles => csv_rows::<ReviewCycle>(conn, input, problems),
        Kind::Scores => csv_rows::<Score>(conn, input, problems),
        Kind::Improvements => csv_rows::<Improvement>(conn, input, problems),
    }
}

fn dispatch_json(
    conn: &Connection,
    kind: Kind,
    text: &str,
    lines: &LineIndex,
    rows: &[&RawValue],
    problems: &mut Problems,
) -> Result<usize> {
    match kind {
        Kind::Organizations => json_rows::<Organization>(conn, text, lines, rows, problems),
        Kind::People => json_rows::<Person>(conn, text, lines, rows, problems),
        Kind::Meetings => json_rows::<Meeting>(conn, text, lines, rows, problems),
        Kind::Attendance => json_rows::<Attendance>(conn, text, lines, rows, problems),
        Kind::Counts => json_rows::<AttendanceCount>(conn, text, lines, rows, problems),
        Kind::Priorities => json_rows::<Priority>(conn, text, lines, rows, problems),
        Kind::Decisions => json_rows::<Decision>(conn, text, lines, rows, problems),
        Kind::Actions => json_rows::<Action>(conn, text, lines, rows, problems),
        Kind::Contributions => json_rows::<Contribution>(conn, text, lines, rows, problems),
        Kind::Proposals => json_rows::<Proposal>(conn, text, lines, rows, problems),
        Kind::ActionPlan => json_rows::<ActionPlanItem>(conn, text, lines, rows, problems),
        Kind::Objectives => json_rows::<Objective>(conn, text, lines, rows, problems),
        Kind::Reviewers => json_rows::<Reviewer>(conn, text, lines, rows, problems),
        Kind::Cycles => json_rows::<ReviewCycle>(conn, text, lines, rows, problems),
        Kind::Scores => json_rows::<Score>(conn, text, lines, rows, problems),
        Kind::Improvements => json_rows::<Improvement>(conn, text, lines, rows, problems),
    }
}

/// Validates and inserts one parsed record, turning what is wrong with it into row errors.
/// Only failures of the machine (not of the row) stop the import.
fn save_row<E: Entity>(
    conn: &Connection,
    session: &mut ImportSession,
    line: u64,
    record: &E,
    problems: &mut Problems,
) -> Result<bool> {
    let field_errors = record.validate();
    let saved =
        if field_errors.is_empty() { record.insert_in(conn, session, line) } else { Err(Error::Invalid(field_errors)) };
    match saved {
        Ok(()) => Ok(true),
        Err(e) => {
            for error in e.into_row_errors(line)? {
                problems.push(error);
            }
            Ok(false)
        }
    }
}

/// Writes the rows the import staged; the ones the database refused become row errors.
/// Returns how many were refused.
fn finish(conn: &Connection, session: ImportSession, problems: &mut Problems) -> Result<usize> {
    let refused = session.finish(conn)?;
    let count = refused.len();
    for error in refused {
        problems.push(error);
    }
    Ok(count)
}

fn csv_rows<E: Entity>(conn: &Connection, input: impl Read, problems: &mut Problems) -> Result<usize> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(input);
    let headers = match reader.headers() {
        Ok(headers) => {
            let mut headers = headers.clone();
            // A UTF-8 byte-order mark (spreadsheets write one) is not part of the first column's name.
            if let Some(first) = headers.get(0).and_then(|h| h.strip_prefix('\u{feff}')) {
                let rest: Vec<String> = headers.iter().skip(1).map(str::to_string).collect();
                headers = std::iter::once(first.to_string()).chain(rest).collect();
            }
            headers
        }
        Err(e) => {
            problems.push(RowError { line: 1, column: None, message: csv_message(&e) });
            return Ok(0);
        }
    };
    let mut saved = 0;
    let mut session = ImportSession::default();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                problems.push(RowError { line, column: None, message: csv_message(&e) });
                // A broken quote or ragged row: the reader resynchronises on the next line.
                continue;
            }
        }
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        match record.deserialize::<E>(Some(&headers)) {
            Ok(row) => saved += usize::from(save_row(conn, &mut session, line, &row, problems)?),
            Err(e) => {
                let column = match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => {
                        err.field().and_then(|i| headers.get(i as usize)).map(str::to_string)
                    }
                    _ => None,
                };
                let message = match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => err.kind().to_string(),
                    _ => csv_message(&e),
                };
                let column = column
                    .or_else(|| field_in_message(&message))
                    .or_else(|| column_holding_value(&headers, &record, &message));
                problems.push(RowError { line, column, message });
            }
        }
    }
    Ok(saved - finish(conn, session, problems)?)
}

fn csv_message(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("has {len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "is not UTF-8 text".to_string(),
        _ => error.to_string(),
    }
}

/// The column whose cell holds the value a message quotes (`x` or "x"): csv does not say
/// which field failed when a custom parser (dates, lists) or an enum rejects it.
fn column_holding_value(headers: &csv::StringRecord, record: &csv::StringRecord, message: &str) -> Option<String> {
    let quoted = [message.split('`').nth(1), message.split('"').nth(1)];
    let index = quoted.into_iter().flatten().find_map(|value| record.iter().position(|cell| cell == value))?;
    headers.get(index).map(str::to_string)
}

/// `missing field `x`` and `unknown field `x`` name their column in the message.
fn field_in_message(message: &str) -> Option<String> {
    if !(message.starts_with("missing field") || message.starts_with("unknown field")) {
        return None;
    }
    message.split('`').nth(1).map(str::to_string)
}

/// Splits a JSON array into its elements, kept as borrowed slices of `text` so that each
/// element's line can be found. `base_line` is added to syntax-error lines.
fn json_array(text: &str, base_line: u64) -> std::result::Result<Vec<&RawValue>, RowError> {
    serde_json::from_str::<Vec<&RawValue>>(text).map_err(|e| RowError {
        line: base_line + e.line() as u64,
        column: None,
        message: format!("not a JSON array of records: {}", strip_position(&e)),
    })
}

fn json_rows<E: Entity>(
    conn: &Connection,
    text: &str,
    lines: &LineIndex,
    rows: &[&RawValue],
    problems: &mut Problems,
) -> Result<usize> {
    let mut saved = 0;
    let mut session = ImportSession::default();
    for raw in rows {
        let line = lines.line_of(offset_in(text, raw));
        let mut deserializer = serde_json::Deserializer::from_str(raw.get());
        match serde_path_to_error::deserialize::<_, E>(&mut deserializer) {
            Ok(row) => saved += usize::from(save_row(conn, &mut session, line, &row, problems)?),
            Err(e) => {
                let path = e.path().to_string();
                let inner = e.into_inner();
                let message = strip_position(&inner);
                let column = if path == "." { field_in_message(&message) } else { Some(path) };
                problems.push(RowError { line: line + inner.line().saturating_sub(1) as u64, column, message });
            }
        }
    }
    Ok(saved - finish(conn, session, problems)?)
}

/// Byte offset of a borrowed slice inside the text it was parsed from.
fn offset_in(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len())
}

/// Where each line of a text starts, to give the line of any offset in O(log n).
struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        LineIndex { newlines: text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i).collect() }
    }

    /// 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> u64 {
        self.newlines.partition_point(|newline| *newline < offset) as u64 + 1
    }
}


/// serde_json appends " at line L column C"; rows report their own line instead.
fn strip_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

/// The sections of the whole-database document, in the order they are imported.
pub(crate) const SECTIONS: &[(&str, Kind)] = &[
    ("organizations", Kind::Organizations),
    ("people", Kind::People),
    ("meetings", Kind::Meetings),
    ("attendance", Kind::Attendance),
    ("counts", Kind::Counts),
    ("priorities", Kind::Priorities),
    ("decisions", Kind::Decisions),
    ("actions", Kind::Actions),
    ("contributions", Kind::Contributions),
    ("action_plan", Kind::ActionPlan),
    ("objectives", Kind::Objectives),
    ("proposals", Kind::Proposals),
    ("reviewers", Kind::Reviewers),
    ("cycles", Kind::Cycles),
    ("scores", Kind::Scores),
    ("improvements", Kind::Improvements),
];

/// The whole-database document's identification.
pub const DATASET_FORMAT: &str = "cxo-review";
pub const DATASET_VERSION: i64 = 1;

struct DatasetHeader {
    format: String,
    version: i64,
}

/// Imports a whole-database JSON document (as written by `export::json`); returns records saved.
pub fn import_dataset(store: &mut Store, text: &str, source_name: &str) -> Result<usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sections: std::collections::BTreeMap<String, &RawValue> = serde_json::from_str(text).map_err(|e| {
        import_error(source_name, RowError { line: e.line() as u64, column: None, message: strip_position(&e) })
    })?;
    let header = DatasetHeader {
        format: sections.get("format").and_then(|v| serde_json::from_str(v.get()).ok()).unwrap_or_default(),
        version: sections.get("version").and_then(|v| serde_json::from_str(v.get()).ok()).unwrap_or_default(),
    };
    if header.format != DATASET_FORMAT {
        return Err(Error::Format(format!("{source_name} is not a CxO Review export (its \"format\" is not \"{DATASET_FORMAT}\")")));
    }
    if header.version > DATASET_VERSION {
        return Err(Error::Format(format!(
            "{source_name} was exported by a newer CxO Review (document version {}); upgrade to import it",
            header.version
        )));
    }
    for name in sections.keys() {
        let known = name == "format" || name == "version" || SECTIONS.iter().any(|(section, _)| section == name);
        if !known {
            return Err(Error::Format(format!("{source_name}: unknown section \"{name}\"")));
        }
    }
    let lines = LineIndex::new(text);
    store.bulk(|store| store.transaction(|conn| {
        let mut problems = Problems::new();
        let mut saved = 0;
        let mut final_statuses = Vec::new();
        for (name, kind) in SECTIONS {
            let Some(raw) = sections.get(*name) else { continue };
            let base_line = lines.line_of(offset_in(text, raw)) - 1;
            let rows = match json_array(raw.get(), base_line) {
                Ok(rows) => rows,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            if *kind == Kind::Cycles {
                // Cycles are restored open so that their scores can be inserted, then closed or
                // signed off as exported.
                for row in &rows {
                    let line = lines.line_of(offset_in(text, row));
                    match serde_json::from_str::<ReviewCycle>(row.get()) {
                        Ok(mut cycle) => {
                            final_statuses.push(cycle.clone());
                            cycle.status = CycleStatus::Open;
                            cycle.signed_off_at = None;
                            cycle.digest = None;
                            saved += usize::from(save_row(conn, &mut ImportSession::default(), line, &cycle, &mut problems)?);
                        }
                        Err(e) => problems.push(RowError { line, column: None, message: strip_position(&e) }),
                    }
                }
                continue;
            }
            saved += dispatch_json(conn, *kind, text, &lines, &rows, &mut problems)?;
        }
        problems.into_result(source_name)?;
        for cycle in final_statuses {
            crate::storage::restore_cycle_status(conn, &cycle)?;
        }
        Ok(saved)
    }))
}

/// Reads a file holding JSON into memory (whole-database imports need random access).
pub fn read_file(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attendance, AttendanceMode};
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
}
