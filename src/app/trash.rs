//! The trash: nothing a user deletes is lost. Every deletion keeps, in the same transaction,
//! the deleted record and everything deleted with it (a meeting's roster, counts, priorities,
//! decisions and actions; a contribution's proposals; a cycle's scores and improvement
//! proposals) as a fragment of the whole-database JSON document, so that restoring is an
//! all-or-nothing import of that fragment: natural keys are resolved again, and a restore that
//! would collide (the same key created since) is refused and changes nothing.

use serde_json::Value;

use super::Session;
use crate::error::{Error, Result};
use crate::msg;
use crate::export::json::DatasetWriter;
use crate::model::history::{Cause, WriteCause};
use crate::model::{with_kind, CycleDocumentOptions, Kind, RecordType, ReviewCycle, DOCUMENT_OPTIONS_SECTION, SECTIONS};
use crate::storage::trash::NewTrashEntry;
use crate::storage::{Purpose, Tx};

/// Who on a team may read, restore and empty the trash (the server enforces it too).
const TRASH_KEEPERS: &[crate::model::TeamRole] = &[crate::model::TeamRole::Staff, crate::model::TeamRole::Rapporteur];

pub use crate::storage::trash::TrashEntry;

/// What a deletion put in the trash, for a face to offer Undo.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
pub struct Deleted {
    /// The trash entry that restores it.
    pub entry: i64,
    /// The deleted record as users recognise it, e.g. "meeting CTO-2024-03 (14 Oct 2024)".
    pub label: String,
    /// What was deleted with it, in words; empty when nothing.
    pub contents: String,
}

/// What a restore brought back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
pub struct Restored {
    pub label: String,
    /// How many records were restored (the record and those deleted with it).
    pub records: i64,
}

impl Session {
    /// Deletes record `id` of `kind` and everything deleted with it, keeping them in the trash
    /// (one transaction: nothing is deleted unless it is kept). Records of a signed-off cycle
    /// stay refused, as are records others still refer to.
    pub fn delete_record(&mut self, kind: Kind, id: i64) -> Result<Deleted> {
        self.store
            .write(Purpose::Edit, |w| delete_into_trash(w, kind, id))
            .map_err(|e| e.during("deleting the record"))
    }

    /// Deletes record `id` of type `E` into the trash (see [`Session::delete_record`]).
    pub fn delete<E: RecordType>(&mut self, id: i64) -> Result<Deleted> {
        self.delete_record(E::KIND, id)
    }

    /// The trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<TrashEntry>> {
        // Entries can hold contact data and Chatham House notes, which reviewers do not read.
        self.require_role(TRASH_KEEPERS, "the trash")?;
        self.store.trash().map_err(|e| e.during("listing the trash"))
    }

    /// Restores trash entry `id`: imports its records, all or nothing, and takes the entry out
    /// of the trash in the same transaction. Refused, changing nothing, when a record would
    /// collide with one saved since (the same key) or refers to one deleted since.
    pub fn restore_from_trash(&mut self, id: i64) -> Result<Restored> {
        self.with_cause(WriteCause::with_detail(Cause::Restore, "from the trash"), |session| session.restore_from_trash_now(id))
    }

    fn restore_from_trash_now(&mut self, id: i64) -> Result<Restored> {
        self.require_role(TRASH_KEEPERS, "restoring from the trash")?;
        // Who may have put entries in: on a team database, reviewers put their deleted scores.
        let team = match self.store.team_user()? {
            Some(_) => self.store.team_members()?,
            None => Vec::new(),
        };
        self.store
            .write(Purpose::Import, |w| {
                let kept = w.trash_fragment(id)?;
                let document: Value = serde_json::from_str(&kept.fragment)
                    .map_err(|e| Error::Inconsistent(msg!("inconsistent-trash-unreadable", label = &kept.label, reason = e.to_string())))?;
                ensure_only_kept_kinds(kept.kind, &kept.label, &document)?;
                if let Some(reviewer) = reviewer_login(&team, kept.deleted_by.as_deref()) {
                    ensure_only_own_scores(&kept.label, &document, reviewer)?;
                }
                let (label, fragment) = (kept.label, kept.fragment);
                let records = crate::import::import_dataset_in(w, &fragment, &format!("the deleted {label}"))
                    .map_err(refused_restore)?;
                w.take_from_trash(id)?;
                Ok(Restored { label, records: records as i64 })
            })
            .map_err(|e| e.during("restoring from the trash"))
    }

    /// Empties the trash: every entry, or only those deleted more than `older_than_days` days
    /// ago. Returns how many entries were deleted for good.
    pub fn empty_trash(&mut self, older_than_days: Option<u32>) -> Result<usize> {
        self.require_role(TRASH_KEEPERS, "emptying the trash")?;
        let before = older_than_days.map(|days| {
            (chrono::Utc::now() - chrono::Duration::days(i64::from(days))).format("%Y-%m-%dT%H:%M:%SZ").to_string()
        });
        self.store.empty_trash(before.as_deref()).map_err(|e| e.during("emptying the trash"))
    }
}

/// Refuses an entry whose records are not those a deletion of its kind keeps: on a team
/// database a reviewer may put entries in the trash (their deleted scores), and restoring runs
/// with the restorer's rights, so an entry must not bring back anything else.
fn ensure_only_kept_kinds(kind: Kind, label: &str, document: &Value) -> Result<()> {
    let allowed = crate::storage::trash::kept_with(kind);
    for (section, section_kind) in SECTIONS {
        let holds = document.get(*section).and_then(|v| v.as_array()).is_some_and(|rows| !rows.is_empty());
        if holds && !allowed.contains(section_kind) {
            return Err(Error::Inconsistent(msg!("inconsistent-trash-foreign-section", label = label, section = *section, kind = kind.as_str())));
        }
    }
    if kind != Kind::Cycles && document.get(DOCUMENT_OPTIONS_SECTION).and_then(|v| v.as_array()).is_some_and(|rows| !rows.is_empty()) {
        return Err(Error::Inconsistent(msg!("inconsistent-trash-document-options", label = label)));
    }
    Ok(())
}

/// The reviewer a team login scores as, when that login is a reviewer.
fn reviewer_login<'a>(team: &'a [crate::model::TeamUser], login: Option<&str>) -> Option<&'a str> {
    let member = team.iter().find(|m| Some(m.login.as_str()) == login)?;
    match member.role {
        Some(crate::model::TeamRole::Reviewer) => Some(member.reviewer.as_deref().unwrap_or("")),
        _ => None,
    }
}

/// Refuses an entry a reviewer put in that holds anyone's scores but their own: restoring runs
/// with the restorer's rights, which may reach other reviewers' scores.
fn ensure_only_own_scores(label: &str, document: &Value, reviewer: &str) -> Result<()> {
    let scores = document.get("scores").and_then(|v| v.as_array()).map(Vec::as_slice).unwrap_or_default();
    if let Some(other) = scores.iter().find(|s| s.get("reviewer").and_then(|r| r.as_str()) != Some(reviewer)) {
        return Err(Error::Inconsistent(match other.get("reviewer").and_then(|r| r.as_str()) {
            Some(other) => msg!("inconsistent-trash-other-score", label = label, reviewer = reviewer, other = other),
            None => msg!("inconsistent-trash-score-of-nobody", label = label, reviewer = reviewer),
        }));
    }
    Ok(())
}

/// A restore the import refused says so first: what failed is putting the records back, and
/// the trash entry is still there.
fn refused_restore(error: Error) -> Error {
    match error {
        Error::Import { source_name, errors, more } => Error::Import {
            source_name: format!("{source_name} (nothing was restored; it stays in the trash)"),
            errors,
            more,
        },
        other => other,
    }
}

/// Deletes record `id` of `kind` inside `w`, after keeping it and what is deleted with it.
pub(crate) fn delete_into_trash(w: &Tx, kind: Kind, id: i64) -> Result<Deleted> {
    let dependents = w.deleted_with(kind, id)?;
    let record = with_kind!(kind, E => serde_json::to_value(&w.get::<E>(id)?.data)?);
    let mut fragment = Vec::new();
    let mut writer = DatasetWriter::new(&mut fragment)?;
    let mut records = 0;
    for (section, section_kind) in SECTIONS {
        let ids: Vec<i64> = if *section_kind == kind {
            vec![id]
        } else {
            match dependents.iter().find(|(k, _)| k == section_kind) {
                Some((_, ids)) => ids.clone(),
                None => continue,
            }
        };
        records += ids.len() as i64;
        with_kind!(*section_kind, E => {
            let loaded = ids.iter().map(|id| w.get::<E>(*id)).collect::<Result<Vec<_>>>()?;
            writer.section(section, &loaded)?;
        });
    }
    // A cycle's header block is deleted with it (the table's rows cascade): kept with it too.
    let options = match kind {
        Kind::Cycles => match w.document_options(id)? {
            Some(options) => Some(CycleDocumentOptions::new(w.get::<ReviewCycle>(id)?.data.name, options)),
            None => None,
        },
        _ => None,
    };
    if let Some(options) = &options {
        writer.rows(DOCUMENT_OPTIONS_SECTION, [options])?;
        records += 1;
    }
    writer.finish()?;
    let fragment = String::from_utf8(fragment).map_err(|e| Error::Internal(format!("a trash fragment is not UTF-8: {e}")))?;
    let label = label_of(kind, &record);
    let mut contents: Vec<String> = dependents.iter().map(|(k, ids)| counted(*k, ids.len())).collect();
    if options.is_some() {
        contents.push("its document options".to_string());
    }
    let contents = contents.join(", ");
    // What goes with it is deleted first, one by one, while the record it belongs to is still
    // there to name it in the history (a cascade would leave only its id).
    for (dependent, ids) in dependents.iter().rev() {
        with_kind!(*dependent, E => ids.iter().try_for_each(|id| w.delete::<E>(*id)))?;
    }
    with_kind!(kind, E => w.delete::<E>(id))?;
    let entry = w.put_in_trash(&NewTrashEntry { kind, label: label.clone(), contents: contents.clone(), records, fragment })?;
    Ok(Deleted { entry, label, contents })
}

/// `n` records of `kind` in words ("42 roster rows").
pub(crate) fn counted(kind: Kind, n: usize) -> String {
    let (one, many) = match kind {
        Kind::Attendance => ("roster row", "roster rows"),
        Kind::Counts => ("regional count", "regional counts"),
        Kind::Priorities => ("priority", "priorities"),
        Kind::Decisions => ("decision", "decisions"),
        Kind::Actions => ("action", "actions"),
        Kind::Proposals => ("proposal", "proposals"),
        Kind::Scores => ("score", "scores"),
        Kind::Improvements => ("improvement proposal", "improvement proposals"),
        _ => ("record", "records"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The record as its users recognise it: its kind and natural key.
fn label_of(kind: Kind, record: &Value) -> String {
    let text = |field: &str| match &record[field] {
        Value::String(s) => s.trim().to_string(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    let quoted = |field: &str| {
        let full = text(field);
        let mut short: String = full.chars().take(50).collect();
        if short.len() < full.len() {
            short.push('…');
        }
        format!("“{short}”")
    };
    match kind {
        Kind::Organizations => format!("organization {}", text("name")),
        Kind::People => format!("person {}", text("name")),
        Kind::Meetings => {
            let date = crate::model::parse_date(&text("start_date"))
                .map(|d| d.format("%-d %b %Y").to_string())
                .unwrap_or_else(|_| text("start_date"));
            format!("meeting {} ({date})", text("key"))
        }
        Kind::Attendance => format!("roster row of {} at {}", text("person"), text("meeting")),
        Kind::Counts => format!("count of {} at {}", text("region"), text("meeting")),
        Kind::Priorities => format!("priority {} of {} {}", text("rank"), text("meeting"), quoted("topic")),
        Kind::Decisions => format!("decision of {} {}", text("meeting"), quoted("text")),
        Kind::Actions => format!("action of {} {}", text("meeting"), quoted("text")),
        Kind::Contributions => format!("contribution {}", text("symbol")),
        Kind::Proposals => format!("proposal {} #{}", text("contribution"), text("seq")),
        Kind::ActionPlan => format!("action-plan item {}", text("code")),
        Kind::Objectives => format!("objective {}", text("code")),
        Kind::Reviewers => format!("reviewer {}", text("name")),
        Kind::Cycles => format!("review cycle {}", text("name")),
        Kind::Scores => format!("score of {} for {} in {}", text("reviewer"), text("objective"), text("cycle")),
        Kind::Improvements => format!("improvement proposal {}", quoted("title")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use crate::testing::{meeting, person, store_with_organizations};

    /// Every record of the database as its natural-key JSON, without ids and versions (a
    /// restore gives records new ids), sorted: equal when the same records are there.
    fn contents(session: &Session) -> Vec<String> {
        let mut all = Vec::new();
        for (section, kind) in SECTIONS {
            let listed = crate::records::list(&session.store, *kind, None).unwrap();
            for mut record in listed.as_array().unwrap().iter().cloned() {
                let fields = record.as_object_mut().unwrap();
                fields.remove("id");
                fields.remove("version");
                all.push(format!("{section} {record}"));
            }
        }
        all.sort();
        all
    }

    fn demo() -> Session {
        let mut session = Session::on(crate::storage::Store::for_tests());
        crate::demo::load(&mut session.store).unwrap();
        session
    }

    fn id_of<E: RecordType>(session: &Session, matching: impl Fn(&E) -> bool) -> i64 {
        session.list::<E>().unwrap().into_iter().find(|r| matching(&r.data)).map(|r| r.id).expect("a matching record")
    }

    #[test]
    fn a_deleted_meeting_comes_back_with_everything_deleted_with_it() {
        let mut session = demo();
        // A roster meeting with priorities: deleting it deletes its roster and priorities too.
        let key = session.list::<Priority>().unwrap().into_iter().map(|p| p.data.meeting).find(|key| {
            session.list::<Attendance>().unwrap().iter().any(|a| &a.data.meeting == key)
        });
        let key = key.expect("the demo has a roster meeting with priorities");
        let before = contents(&session);
        let roster = session.list::<Attendance>().unwrap().iter().filter(|a| a.data.meeting == key).count();
        let meeting_id = id_of::<Meeting>(&session, |m| m.key == key);

        let deleted = session.delete::<Meeting>(meeting_id).unwrap();
        assert!(deleted.label.starts_with(&format!("meeting {key} (")), "{}", deleted.label);
        assert!(deleted.contents.contains(&format!("{roster} roster rows")), "{}", deleted.contents);
        assert!(session.list::<Attendance>().unwrap().iter().all(|a| a.data.meeting != key));
        assert_ne!(contents(&session), before);
        let trash = session.trash().unwrap();
        assert_eq!(trash.len(), 1);
        assert_eq!((trash[0].id, trash[0].kind, &trash[0].label), (deleted.entry, Kind::Meetings, &deleted.label));
        assert!(trash[0].records > roster as i64);

        let restored = session.restore_from_trash(deleted.entry).unwrap();
        assert_eq!((restored.label.as_str(), restored.records), (deleted.label.as_str(), trash[0].records));
        assert_eq!(contents(&session), before);
        assert!(session.trash().unwrap().is_empty(), "a restored entry leaves the trash");
        let findings = session.store.check(false).unwrap();
        assert!(findings.problems.is_empty(), "the kept aggregates follow the restore: {:?}", findings.problems);
    }

    #[test]
    fn a_restore_that_would_collide_is_refused_and_changes_nothing() {
        let mut session = Session::on(store_with_organizations());
        session.create(&meeting("CTO-2024-03", "2024-10-14", AttendanceMode::Roster)).unwrap();
        session.create(&person("Ada", "Org KE")).unwrap();
        session.create(&Attendance { meeting: "CTO-2024-03".into(), person: "Ada".into(), status: AttendanceStatus::Attended, executive: true }).unwrap();
        let id = id_of::<Meeting>(&session, |m| m.key == "CTO-2024-03");
        let deleted = session.delete::<Meeting>(id).unwrap();
        assert_eq!(deleted.label, "meeting CTO-2024-03 (14 Oct 2024)");
        assert_eq!(deleted.contents, "1 roster row");

        // Someone creates a meeting with the same key: restoring would collide.
        session.create(&meeting("CTO-2024-03", "2025-01-20", AttendanceMode::Roster)).unwrap();
        let before = contents(&session);
        let error = session.restore_from_trash(deleted.entry).unwrap_err();
        assert!(matches!(error, Error::Import { .. }), "{error:?}");
        assert!(error.to_string().contains("nothing was restored"), "{error}");
        assert_eq!(contents(&session), before, "nothing changed");
        assert_eq!(session.trash().unwrap().len(), 1, "the entry stays in the trash");

        // Once the new one is gone (into the trash too), the first comes back.
        let newer = id_of::<Meeting>(&session, |m| m.key == "CTO-2024-03");
        session.delete::<Meeting>(newer).unwrap();
        session.restore_from_trash(deleted.entry).unwrap();
        let back = session.list::<Meeting>().unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].data.start_date, crate::testing::date("2024-10-14"));
        assert_eq!(session.list::<Attendance>().unwrap().len(), 1);
        assert!(matches!(session.restore_from_trash(deleted.entry), Err(Error::NotFound { .. })));
    }

    #[test]
    fn undoing_a_priority_brings_it_back_alone() {
        let mut session = demo();
        let before = contents(&session);
        let priority = session.list::<Priority>().unwrap().remove(0);
        let deleted = session.delete::<Priority>(priority.id).unwrap();
        assert_eq!(deleted.contents, "");
        assert!(deleted.label.starts_with(&format!("priority {} of {} “", priority.data.rank, priority.data.meeting)), "{}", deleted.label);
        assert_eq!(session.trash().unwrap()[0].records, 1);
        session.restore_from_trash(deleted.entry).unwrap();
        assert_eq!(contents(&session), before);
    }

    #[test]
    fn a_delete_that_restoring_could_not_undo_is_refused_and_nothing_is_deleted() {
        let mut session = demo();
        let named = session.list::<Proposal>().unwrap().into_iter().find_map(|p| p.data.objectives.first().cloned());
        let code = named.expect("the demo has a proposal that names an objective");
        let id = id_of::<Objective>(&session, |o| o.code == code);
        let before = contents(&session);
        let error = session.delete::<Objective>(id).unwrap_err();
        assert!(matches!(error, Error::Invalid(_)), "{error:?}");
        assert!(error.to_string().contains("take it out of"), "{error}");
        assert_eq!(contents(&session), before);
        assert!(session.trash().unwrap().is_empty());
    }

    #[test]
    fn a_refused_delete_puts_nothing_in_the_trash() {
        let mut session = Session::on(store_with_organizations());
        session.create(&person("Ada", "Org KE")).unwrap();
        // People still refer to the organization: refused as before, and nothing is kept.
        let org = id_of::<Organization>(&session, |o| o.name == "Org KE");
        assert!(session.delete::<Organization>(org).is_err());
        assert!(session.trash().unwrap().is_empty());
        assert!(matches!(session.delete::<Organization>(999_999), Err(Error::NotFound { .. })));
        assert!(session.trash().unwrap().is_empty());
    }

    #[test]
    fn a_deleted_cycle_comes_back_with_its_scores() {
        let mut session = demo();
        let open = session.list::<ReviewCycle>().unwrap().into_iter().find(|c| {
            c.data.status == CycleStatus::Open && session.list::<Score>().unwrap().iter().any(|s| s.data.cycle == c.data.name)
        });
        let Some(cycle) = open else { panic!("the demo has an open cycle with scores") };
        let before = contents(&session);
        let deleted = session.delete::<ReviewCycle>(cycle.id).unwrap();
        assert!(deleted.contents.contains("score"), "{}", deleted.contents);
        session.restore_from_trash(deleted.entry).unwrap();
        assert_eq!(contents(&session), before);
    }

    #[test]
    fn a_restored_cycle_has_its_document_options_back() {
        let mut session = demo();
        let cycle = session.list::<ReviewCycle>().unwrap().remove(0);
        let options = DocumentOptions {
            td_number: "TSAG-TD77".into(),
            place_and_date: "Geneva, 26–30 January 2026".into(),
            source: "Rapporteur, RG-IEM".into(),
            contact: Contact { name: "Ann".into(), email: "ann@example.org".into(), tel: "+41 22 730 5851".into(), ..Contact::default() },
        };
        session.set_document_options(cycle.id, &options).unwrap();
        let deleted = session.delete::<ReviewCycle>(cycle.id).unwrap();
        assert!(deleted.contents.ends_with("its document options"), "{}", deleted.contents);
        let entry = session.trash().unwrap().remove(0);

        let restored = session.restore_from_trash(deleted.entry).unwrap();
        assert_eq!(restored.records, entry.records, "the block counts as one of the records restored");
        let back = id_of::<ReviewCycle>(&session, |c| c.name == cycle.data.name);
        assert_eq!(session.store.document_options(back).unwrap(), Some(options));
    }

    #[test]
    fn a_cycle_without_document_options_is_restored_without_any() {
        let mut session = demo();
        let cycle = session.list::<ReviewCycle>().unwrap().remove(0);
        let deleted = session.delete::<ReviewCycle>(cycle.id).unwrap();
        assert!(!deleted.contents.contains("document options"), "{}", deleted.contents);
        session.restore_from_trash(deleted.entry).unwrap();
        let back = id_of::<ReviewCycle>(&session, |c| c.name == cycle.data.name);
        assert_eq!(session.store.document_options(back).unwrap(), None);
    }

    #[test]
    fn emptying_the_trash_deletes_all_entries_or_only_older_ones() {
        let mut session = demo();
        for _ in 0..2 {
            let priority = session.list::<Priority>().unwrap().remove(0);
            session.delete::<Priority>(priority.id).unwrap();
        }
        assert_eq!(session.trash().unwrap().len(), 2);
        assert_eq!(session.empty_trash(Some(1)).unwrap(), 0, "nothing was deleted a day ago");
        assert_eq!(session.trash().unwrap().len(), 2);
        assert_eq!(session.empty_trash(Some(0)).unwrap() + session.empty_trash(None).unwrap(), 2);
        assert!(session.trash().unwrap().is_empty());
    }
}
