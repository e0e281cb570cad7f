//! Behaviour of the store: validation, references, duplicates, CRUD and the schema guard.

use super::*;
use crate::model::*;
use crate::testing::{date, meeting, organization, person, store_with_organizations};

fn fields(error: Error) -> Vec<String> {
    match error {
        Error::Invalid(errors) => errors.into_iter().map(|e| e.field).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn contribution(symbol: &str) -> Contribution {
    Contribution {
        symbol: symbol.into(),
        title: "Proposal to strengthen the CTO process".into(),
        date: date("2024-01-10"),
        considered_at: String::new(),
        is_base_document: false,
        reproduced_in: String::new(),
        sources: vec!["Org CH".into()],
    }
}

#[test]
fn meeting_ending_before_it_starts_is_rejected_naming_end_date() {
    let mut store = store_with_organizations();
    let mut bad = meeting("M1", "2024-03-05", AttendanceMode::Roster);
    bad.end_date = date("2024-03-01");
    assert_eq!(fields(store.create(&bad).unwrap_err()), ["end_date"]);
    assert!(store.list::<Meeting>().unwrap().is_empty(), "nothing is saved");
}

#[test]
fn every_invalid_field_is_reported_at_once() {
    let mut store = store_with_organizations();
    let mut bad = meeting("has space", "2024-03-05", AttendanceMode::Roster);
    bad.title = "  ".into();
    bad.documents = -1;
    let fields = fields(store.create(&bad).unwrap_err());
    assert!(fields.contains(&"key".to_string()));
    assert!(fields.contains(&"title".to_string()));
    assert!(fields.contains(&"documents".to_string()));
}

#[test]
fn future_meeting_must_be_planned() {
    let mut store = store_with_organizations();
    let future = meeting("F1", "2999-01-01", AttendanceMode::Roster);
    assert_eq!(fields(store.create(&future).unwrap_err()), ["status"]);
}

#[test]
fn duplicate_contribution_symbol_is_rejected_case_insensitively() {
    let mut store = store_with_organizations();
    store.create(&contribution("TSAG-C12")).unwrap();
    let error = store.create(&contribution("tsag-c12")).unwrap_err();
    assert!(error.to_string().contains("already registered"), "{error}");
    assert_eq!(fields(error), ["symbol"]);
}

#[test]
fn unknown_references_name_their_field() {
    let mut store = store_with_organizations();
    let error = store.create(&person("Ana Example", "No Such Org")).unwrap_err();
    assert!(error.to_string().contains("unknown organization \"No Such Org\""), "{error}");
    assert_eq!(fields(error), ["organization"]);

    let mut c = contribution("TSAG-C1");
    c.sources = vec!["Org CH".into(), "Ghost Org".into()];
    assert_eq!(fields(store.create(&c).unwrap_err()), ["sources"]);

    let error = store.create(&organization("Org XX", Category::SectorMember, Some("XX"))).unwrap_err();
    assert_eq!(fields(error), ["country"]);
}

#[test]
fn roster_cannot_be_added_to_a_meeting_recorded_as_counts() {
    let mut store = store_with_organizations();
    store.create(&meeting("C1", "2024-03-05", AttendanceMode::Counts)).unwrap();
    store.create(&person("Ana Example", "Org CH")).unwrap();
    let error = store
        .create(&Attendance { meeting: "C1".into(), person: "Ana Example".into(), status: AttendanceStatus::Attended, executive: true })
        .unwrap_err();
    assert!(error.to_string().contains("counts per region"), "{error}");
}

#[test]
fn same_person_twice_on_a_roster_is_rejected() {
    let mut store = store_with_organizations();
    store.create(&meeting("R1", "2024-03-05", AttendanceMode::Roster)).unwrap();
    store.create(&person("Ana Example", "Org CH")).unwrap();
    let row = Attendance { meeting: "R1".into(), person: "Ana Example".into(), status: AttendanceStatus::Attended, executive: false };
    store.create(&row).unwrap();
    assert_eq!(fields(store.create(&row).unwrap_err()), ["person"]);
}

#[test]
fn closed_action_needs_a_closing_date() {
    let mut store = store_with_organizations();
    store.create(&meeting("M1", "2024-03-05", AttendanceMode::Roster)).unwrap();
    let action = Action {
        meeting: "M1".into(),
        text: "Circulate the communiqué".into(),
        owner: "TSB".into(),
        due_date: Some(date("2024-04-01")),
        status: ActionStatus::Done,
        closed_date: None,
    };
    assert_eq!(fields(store.create(&action).unwrap_err()), ["closed_date"]);
}

#[test]
fn records_can_be_created_read_updated_listed_and_deleted() {
    let mut store = store_with_organizations();
    let id = store.create(&meeting("M1", "2024-03-05", AttendanceMode::Roster)).unwrap();
    let mut stored = store.get::<Meeting>(id).unwrap();
    assert_eq!(stored.data.key, "M1");
    stored.data.title = "CTO meeting, Geneva".into();
    store.update(id, &stored.data).unwrap();
    assert_eq!(store.get::<Meeting>(id).unwrap().data.title, "CTO meeting, Geneva");
    assert_eq!(store.list::<Meeting>().unwrap().len(), 1);
    store.delete::<Meeting>(id).unwrap();
    assert!(matches!(store.get::<Meeting>(id), Err(Error::NotFound { .. })));
    assert!(matches!(store.delete::<Meeting>(id), Err(Error::NotFound { .. })));
}

#[test]
fn renaming_onto_an_existing_key_is_rejected() {
    let mut store = store_with_organizations();
    store.create(&meeting("M1", "2024-03-05", AttendanceMode::Roster)).unwrap();
    let id = store.create(&meeting("M2", "2024-03-06", AttendanceMode::Roster)).unwrap();
    assert_eq!(fields(store.update(id, &meeting("m1", "2024-03-06", AttendanceMode::Roster)).unwrap_err()), ["key"]);
}

#[test]
fn organization_with_people_cannot_be_deleted() {
    let mut store = store_with_organizations();
    store.create(&person("Ana Example", "Org CH")).unwrap();
    let org = store.list::<Organization>().unwrap().into_iter().find(|o| o.data.name == "Org CH").unwrap();
    let error = store.delete::<Organization>(org.id).unwrap_err();
    assert!(error.to_string().contains("still referred to"), "{error}");
}

#[test]
fn objective_rejects_unknown_metric_and_gapped_rubric() {
    let mut store = store_with_organizations();
    let objective = Objective {
        code: "O1".into(),
        title: "Priorities identified".into(),
        description: String::new(),
        source: String::new(),
        indicators: vec!["no_such_metric >= 3".parse().unwrap()],
        rubric: vec!["0=Not met".parse().unwrap(), "2=Met".parse().unwrap()],
        action_plan: vec![],
    };
    assert_eq!(fields(store.create(&objective).unwrap_err()), ["indicators", "rubric"]);
}

#[test]
fn database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite");
    drop(Store::open_or_create(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    drop(conn);
    let error = Store::open(&path).err().expect("a newer schema is refused");
    assert!(matches!(error, Error::NewerSchema { .. }), "{error:?}");
    assert!(error.to_string().contains("newer version of CxO Review"), "{error}");
}

#[test]
fn foreign_sqlite_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
    let error = Store::open(&path).err().expect("refused");
    assert!(error.to_string().contains("not one of CxO Review"), "{error}");
}

#[test]
fn reopening_applies_no_migration_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite");
    drop(Store::open_or_create(&path).unwrap());
    let store = Store::open(&path).unwrap();
    let version: i64 = store.conn().query_row("PRAGMA user_version", (), |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let mode: String = store.conn().query_row("PRAGMA journal_mode", (), |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    assert!(store.integrity_problems().unwrap().is_empty());
}

#[test]
fn contributions_are_listed_within_a_period_oldest_first_and_limited() {
    use crate::storage::queries::contribution_summaries;
    let mut store = store_with_organizations();
    for (symbol, day) in [("TSAG-C3", "2024-05-01"), ("TSAG-C1", "2023-02-01"), ("TSAG-C2", "2024-01-10")] {
        store.create(&Contribution { date: date(day), ..contribution(symbol) }).unwrap();
    }
    let symbols = |list: Vec<crate::storage::queries::ContributionSummary>| list.into_iter().map(|c| c.symbol).collect::<Vec<_>>();
    let all = contribution_summaries(store.conn(), None, None, None).unwrap();
    assert_eq!(symbols(all), ["TSAG-C1", "TSAG-C2", "TSAG-C3"]);
    let in_2024 = contribution_summaries(store.conn(), Some(date("2024-01-01")), Some(date("2024-12-31")), None).unwrap();
    assert_eq!(symbols(in_2024), ["TSAG-C2", "TSAG-C3"]);
    let first = contribution_summaries(store.conn(), None, None, Some(1)).unwrap();
    assert_eq!(symbols(first), ["TSAG-C1"]);
}

#[test]
fn people_are_suggested_by_part_of_their_name_exact_match_first() {
    use crate::storage::queries::people_matching;
    let mut store = store_with_organizations();
    for name in ["Joana Example", "Anabel Example", "Ana", "Bo 100%_Example"] {
        store.create(&person(name, "Org KE")).unwrap();
    }
    let names = |search: &str, limit: i64| -> Vec<String> {
        people_matching(store.conn(), search, limit).unwrap().into_iter().map(|p| p.name).collect()
    };
    assert_eq!(names("ANA", 10), ["Ana", "Anabel Example", "Joana Example"], "the exact name first, case aside");
    assert_eq!(names("ana", 1), ["Ana"]);
    assert_eq!(names("example", 10), ["Anabel Example", "Bo 100%_Example", "Joana Example"]);
    assert_eq!(names("0%_", 10), ["Bo 100%_Example"], "wildcards are matched literally");
    assert_eq!(names("%", 10), ["Bo 100%_Example"]);
    assert!(names("  ", 10).is_empty());
    let found = &people_matching(store.conn(), "Joana", 5).unwrap()[0];
    assert_eq!(found.organization, "Org KE");
}

#[test]
fn a_writer_that_waits_too_long_is_told_who_holds_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("busy.sqlite");
    let mut holder = Store::create_database(&path).unwrap();
    let mut waiter = Store::open(&path).unwrap();
    waiter.conn.sqlite().unwrap().busy_timeout(std::time::Duration::from_millis(200)).unwrap();
    let error = holder
        .bulk(|holder| {
            holder.transaction(|_| {
                // While this import holds the write lock, another writer gives up after its wait.
                Ok(waiter.transaction(|_| Ok(())).unwrap_err())
            })
        })
        .unwrap();
    assert!(matches!(error, Error::Busy { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("is busy: an import (process"), "{message}");
    assert!(message.contains("nothing was saved"), "{message}");
    assert!(!super::sibling(&path, "-writer").exists(), "the note goes with the import");
}

#[test]
fn a_read_only_store_refuses_writes_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.sqlite");
    drop(Store::create_database(&path).unwrap());
    let mut store = Store::open_read_only(&path).unwrap();
    assert!(store.is_read_only());
    let error = store.transaction(|_| Ok(())).unwrap_err();
    assert!(matches!(error, Error::ReadOnly { .. }), "{error:?}");
}

impl Store {
    /// Each foreign key that deletes its rows with the row they refer to, as (the table
    /// holding it, the table it refers to): what a deletion takes with it (`model/kinds/tests.rs`).
    pub(crate) fn cascades(&self) -> Vec<(String, String)> {
        let sql = match self.conn.dialect() {
            super::db::Dialect::Sqlite => {
                "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table' AND f.on_delete = 'CASCADE' AND f.seq = 0"
            }
            super::db::Dialect::Postgres => {
                "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c
                 WHERE c.contype = 'f' AND c.confdeltype = 'c'"
            }
        };
        let mut found = Vec::new();
        self.conn
            .prepare(sql)
            .unwrap()
            .for_each((), |row| {
                found.push((row.get::<String>(0)?, row.get::<String>(1)?));
                Ok(())
            })
            .unwrap();
        found
    }
}

impl Store {
    /// On a team database, the tables whose version, author and time the server stamps (the
    /// `stamped` trigger of migration 0012); `None` on a file, where the store stamps them.
    pub(crate) fn stamped_tables(&self) -> Option<Vec<String>> {
        if self.conn.dialect() != super::db::Dialect::Postgres {
            return None;
        }
        let mut tables = Vec::new();
        self.conn
            .prepare("SELECT event_object_table::text FROM information_schema.triggers WHERE trigger_name = 'stamped'")
            .unwrap()
            .for_each((), |row| {
                tables.push(row.get::<String>(0)?);
                Ok(())
            })
            .unwrap();
        Some(tables)
    }
}

/// Every kind's table records its inserts, updates and deletes in the history, on either engine,
/// with the record's natural key and each changed field's old and new values; and the chain
/// checks out.
#[test]
fn every_kind_writes_its_history_and_the_chain_checks_out() {
    let mut store = Store::for_tests();
    crate::demo::load(&mut store).unwrap();
    let entries = store.history(&crate::model::history::HistoryQuery::default()).unwrap();
    for &kind in Kind::ALL {
        if with_kind!(kind, E => store.list::<E>().unwrap().is_empty()) {
            continue;
        }
        assert!(
            entries.iter().any(|e| e.kind == kind.as_str() && e.operation == "insert"),
            "the demo's {kind} are recorded as inserted"
        );
    }
    assert!(entries.iter().all(|e| e.cause == "form" && e.hash.is_some()), "the store's default cause, chained");

    let id = store.list::<Meeting>().unwrap()[0].id;
    let mut changed = store.get::<Meeting>(id).unwrap().data;
    let (key, old_venue) = (changed.key.clone(), changed.venue.clone());
    changed.venue = "Bern".into();
    store.set_cause(crate::model::history::WriteCause::with_detail(crate::model::history::Cause::Import, "m.csv"));
    store.update(id, &changed).unwrap();
    let query = crate::model::history::HistoryQuery { key: Some(key.clone()), limit: Some(1), ..Default::default() };
    let last = store.history(&query).unwrap().remove(0);
    assert_eq!((last.kind.as_str(), last.operation.as_str(), last.cause.as_str(), last.detail.as_str()), ("meetings", "update", "import", "m.csv"));
    let fields = last.field_changes();
    assert_eq!(fields.len(), 1, "{fields:?}");
    assert_eq!((fields[0].field.as_str(), fields[0].old.as_str(), fields[0].new.as_str()), ("venue", Some(old_venue.as_str()), Some("Bern")));

    let check = store.check_history().unwrap();
    assert_eq!(check.first_broken, None);
    assert_eq!(check.unchained, 0);
    assert_eq!(check.head.entries as usize, entries.len() + 1);
}

/// The activity shows an import's batch as one line with its entries by kind, each write outside
/// a batch as a line of its own, newest first; the batch's entries are read back by its id; and
/// a limit stops the walk.
#[test]
fn activity_shows_an_import_as_one_line_and_lists_its_batch() {
    use crate::model::history::{Cause, HistoryQuery, WriteCause};
    let mut store = Store::for_tests();
    store.set_cause(WriteCause { cause: Cause::Import, detail: "directory.csv".into(), batch: "b1".into() });
    let org = store.create(&organization("Org A", Category::SectorMember, Some("CH"))).unwrap();
    for name in ["Ana", "Ben"] {
        store.create(&person(name, "Org A")).unwrap();
    }
    store.set_cause(WriteCause::new(Cause::Form));
    let mut renamed = store.get::<Organization>(org).unwrap().data;
    renamed.name = "Org B".into();
    store.update(org, &renamed).unwrap();

    let lines = store.activity(&HistoryQuery::default()).unwrap();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!((lines[0].entries, lines[0].latest.operation.as_str(), lines[0].latest.key.as_str()), (1, "update", "Org B"));
    assert_eq!((lines[1].entries, lines[1].latest.batch.as_str(), lines[1].latest.detail.as_str()), (3, "b1", "directory.csv"));
    let kinds: Vec<(&str, i64)> = lines[1].kinds.iter().map(|k| (k.kind.as_str(), k.entries)).collect();
    assert_eq!(kinds, [("people", 2), ("organizations", 1)], "newest kind first");

    let batch = store.history(&HistoryQuery { batch: Some("b1".into()), ..Default::default() }).unwrap();
    assert_eq!(batch.len(), 3);
    assert!(batch.iter().all(|e| e.batch == "b1" && e.operation == "insert"));
    let one = store.activity(&HistoryQuery { limit: Some(1), ..Default::default() }).unwrap();
    assert_eq!(one.len(), 1);
    let imports = store.activity(&HistoryQuery { cause: Some("import".into()), ..Default::default() }).unwrap();
    assert_eq!(imports.len(), 1);
}

/// A meeting's entries with those of the records under it (its roster, counts, outcomes): the
/// meeting's History panel; nothing of another meeting whose key merely begins alike.
#[test]
fn a_records_history_under_its_key_holds_its_parts_and_nothing_else() {
    use crate::model::history::HistoryQuery;
    let mut store = Store::for_tests();
    crate::demo::load(&mut store).unwrap();
    let all = store.history(&HistoryQuery::default()).unwrap();
    let key = all
        .iter()
        .find(|e| e.kind == "attendance")
        .map(|e| e.key.split(" / ").next().unwrap().to_string())
        .expect("the demo has a roster");
    let under = store.history(&HistoryQuery { under: Some(key.clone()), ..Default::default() }).unwrap();
    let expected: Vec<i64> =
        all.iter().filter(|e| e.key == key || e.key.starts_with(&format!("{key} / "))).map(|e| e.id).collect();
    assert_eq!(under.iter().map(|e| e.id).collect::<Vec<_>>(), expected);
    let kinds: std::collections::BTreeSet<&str> = under.iter().map(|e| e.kind.as_str()).collect();
    assert!(kinds.contains("meetings") && kinds.contains("attendance"), "{kinds:?}");
    // A key that only begins like the meeting's is not under it.
    let prefix = &key[..key.len() - 1];
    let near = store.history(&HistoryQuery { under: Some(prefix.to_string()), ..Default::default() }).unwrap();
    assert!(near.iter().all(|e| e.key == prefix || e.key.starts_with(&format!("{prefix} / "))), "{near:?}");
}

/// Every list a record keeps in a table of its own is recorded as a change of that field of the
/// record, old list → new, one entry per item added or removed; a list saved unchanged records
/// nothing; a record deleted records no change of its lists (they go with it).
#[test]
fn a_records_lists_are_in_its_history_item_by_item() {
    use crate::model::history::HistoryQuery;
    let mut store = Store::for_tests();
    crate::demo::load(&mut store).unwrap();
    // Each list field of each kind's records (seen in the demo) is declared.
    let parts: Vec<(Kind, &str)> = super::history::listed_parts().collect();
    for &kind in Kind::ALL {
        let lists: Vec<String> = with_kind!(kind, E => store.list::<E>().unwrap().into_iter().take(1).flat_map(|record| {
            let json = serde_json::to_value(&record.data).unwrap();
            json.as_object().unwrap().iter().filter(|(_, v)| v.is_array()).map(|(k, _)| k.clone()).collect::<Vec<_>>()
        }).collect());
        for field in lists {
            assert!(parts.contains(&(kind, field.as_str())), "{kind}.{field} is a list with no part in storage::history::PARTS");
        }
    }

    let scores = store.list::<Score>().unwrap();
    let score = scores.iter().find(|s| !s.data.evidence.is_empty()).expect("a demo score with evidence");
    let key = store.key_of(Kind::Scores, score.id).unwrap();
    let entries = |store: &Store| store.history(&HistoryQuery { kind: Some("scores".into()), key: Some(key.clone()), ..Default::default() }).unwrap();
    let before = entries(&store).len();
    // Saved unchanged: nothing recorded.
    store.update(score.id, &score.data).unwrap();
    assert_eq!(entries(&store).len(), before);
    // One item added: one entry, the whole list before and after.
    let mut changed = score.data.clone();
    changed.evidence.push(Evidence { kind: EvidenceKind::Meeting, reference: "CTO-2024-10".into() });
    store.update(score.id, &changed).unwrap();
    let after = entries(&store);
    assert_eq!(after.len(), before + 1, "{after:?}");
    let fields = after[0].field_changes();
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].field, "evidence");
    let (old, new) = (fields[0].old.as_array().unwrap(), fields[0].new.as_array().unwrap());
    assert_eq!((old.len() + 1, new.len()), (new.len(), score.data.evidence.len() + 1));
    assert!(new.contains(&serde_json::json!({"kind": "meeting", "reference": "CTO-2024-10"})), "{new:?}");
    // Deleted: the score's deletion, and no change of its evidence after it.
    let total = store.history(&HistoryQuery::default()).unwrap().len();
    store.delete::<Score>(score.id).unwrap();
    let last = store.history(&HistoryQuery { limit: Some(5), ..Default::default() }).unwrap();
    assert_eq!(store.history(&HistoryQuery::default()).unwrap().len(), total + 1, "{last:?}");
    assert_eq!(last[0].operation, "delete");
    assert_eq!(store.check_history().unwrap().first_broken, None);
}

/// An alias is kept, taught again to another record, forgotten with its batch, and goes with
/// the record it names; on either engine.
#[test]
fn aliases_are_kept_retaught_forgotten_with_their_batch_and_deleted_with_their_record() {
    let mut store = Store::for_tests();
    let a = store.create(&organization("Org A", Category::SectorMember, Some("CH"))).unwrap();
    let b = store.create(&organization("Org B", Category::SectorMember, Some("CH"))).unwrap();
    store.transaction(|w| w.add_alias(Kind::Organizations, "ORG-A", a, "b1")).unwrap();
    store.transaction(|w| w.add_alias(Kind::Organizations, "The A", a, "b2")).unwrap();
    assert_eq!(store.aliases(Kind::Organizations).unwrap(), [("ORG-A".to_string(), a), ("The A".to_string(), a)]);
    // Taught again, to another record.
    store.transaction(|w| w.add_alias(Kind::Organizations, "ORG-A", b, "b3")).unwrap();
    assert_eq!(store.aliases(Kind::Organizations).unwrap(), [("ORG-A".to_string(), b), ("The A".to_string(), a)]);
    assert_eq!(store.transaction(|w| w.forget_aliases("b2")).unwrap(), 1);
    assert_eq!(store.aliases(Kind::Organizations).unwrap(), [("ORG-A".to_string(), b)]);
    store.delete::<Organization>(b).unwrap();
    assert!(store.aliases(Kind::Organizations).unwrap().is_empty());
    assert!(store.aliases(Kind::People).unwrap().is_empty());
}
