//! Bringing in a spreadsheet: its plan (what would be matched, created and changed, with every
//! problem), the import that carries the plan out in one transaction under one batch id, and
//! the undo of an import's batch, read from the history.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::Session;
use crate::error::{Error, Result};
use crate::msg;
use crate::model::history::{Cause, HistoryEntry, HistoryQuery, WriteCause};
use crate::capture::{CaptureKind, CaptureLine};
use crate::model::{with_kind, Action, AttendanceMode, Attendance, Decision, Kind, Meeting, Organization, Person, Priority};
use crate::sheet::plan::{plan, MeetingRoster, Plan, Problem, SheetImport, Snapshot, Writes};
use crate::sheet::read::read_sheet;
use crate::storage::{Purpose, Tx};

/// An import of a sheet carried out: its plan and the batch id its records were written under
/// (for `import undo`).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SheetImported {
    pub plan: Plan,
    pub batch: String,
}

/// A batch undone: how many records were deleted and how many put back as they were.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Undone {
    pub batch: String,
    pub deleted: usize,
    pub restored: usize,
}

impl Session {
    /// What importing the sheet in `bytes` (a file named `name`) would do: nothing is written.
    pub fn plan_sheet(&self, bytes: &[u8], name: &str, options: &SheetImport) -> Result<Plan> {
        self.sheet_plan(bytes, name, options).map(|(plan, _)| plan).map_err(|e| e.during("reading the sheet"))
    }

    /// Imports the sheet as its plan says, all or nothing, in one transaction under one batch
    /// id; refused, writing nothing, when the plan has a problem (each with its cell).
    pub fn import_sheet(&mut self, bytes: &[u8], name: &str, options: &SheetImport) -> Result<SheetImported> {
        let (plan, writes) = self.sheet_plan(bytes, name, options).map_err(|e| e.during("reading the sheet"))?;
        if let Some(refusal) = plan.refusal(name) {
            return Err(refusal);
        }
        let cause = super::files::import_cause(name)?;
        let batch = cause.batch.clone();
        self.with_cause(cause, |session| session.store.write(Purpose::Import, |w| write_plan(w, &writes, &batch)))
            .map_err(|e| e.during("importing the sheet"))?;
        Ok(SheetImported { plan, batch })
    }

    /// [`Session::plan_sheet`] of the file at `path`.
    pub fn plan_sheet_at(&self, path: &std::path::Path, options: &SheetImport) -> Result<Plan> {
        self.plan_sheet(&read(path)?, &path.display().to_string(), options)
    }

    /// [`Session::import_sheet`] of the file at `path`.
    pub fn import_sheet_at(&mut self, path: &std::path::Path, options: &SheetImport) -> Result<SheetImported> {
        self.import_sheet(&read(path)?, &path.display().to_string(), options)
    }

    fn sheet_plan(&self, bytes: &[u8], name: &str, options: &SheetImport) -> Result<(Plan, Writes)> {
        let wanted = options.sheet.as_deref().or(options.mapping.as_ref().and_then(|m| m.sheet.as_deref()));
        let sheet = read_sheet(bytes, name, wanted).map_err(|e| Error::invalid_because("file", unreadable_sheet(name, e)))?;
        let snapshot = self.snapshot(options.meeting.as_deref())?;
        let (mut plan, writes) = plan(&sheet, options, &snapshot);
        // A register's outcomes are read as the meeting's quick capture reads them; an outcome
        // the meeting already has is not written twice. The stored ones are read once.
        if !writes.outcomes.is_empty() {
            let (decisions, actions, priorities) = (self.store.list::<Decision>()?, self.store.list::<Action>()?, self.store.list::<Priority>()?);
            for outcome in &writes.outcomes {
                for line in crate::capture::parse(&outcome.text) {
                    if let Some(error) = line.error {
                        let message = format!("line {} of the cell: {error}", line.line);
                        plan.problems.push(Problem::english(outcome.row, outcome.cell.clone(), message));
                    }
                }
                let (d, a, p) = outcomes_to_write(&outcome.meeting, &outcome.text, &decisions, &actions, &priorities)?;
                for (kind, n) in [("decisions", d.len()), ("actions", a.len()), ("priorities", p.len())] {
                    if n > 0 {
                        *plan.create.entry(kind.to_string()).or_default() += n;
                    }
                }
            }
        }
        Ok((plan, writes))
    }

    /// The directory a plan is made against, and the meeting's roster when one is named.
    fn snapshot(&self, meeting: Option<&str>) -> Result<Snapshot> {
        let organizations = self.store.list::<Organization>()?.into_iter().map(|r| (r.id, r.data)).collect();
        let people = self.store.list::<Person>()?.into_iter().map(|r| (r.id, r.data)).collect();
        let countries = self.store.countries()?.into_iter().map(|c| (c.code, c.name)).collect();
        let meeting = match meeting {
            None => None,
            Some(key) => {
                let ids = self.store.ids_by_key(Kind::Meetings, key)?;
                let [id] = ids.as_slice() else {
                    return Err(Error::invalid_because("meeting", msg!("invalid-no-meeting-key", key = key)));
                };
                let (records, _) = self.store.meeting_detail(*id)?;
                let stored: Meeting = records.meeting.data;
                let roster: HashMap<String, (i64, Attendance)> = records
                    .roster
                    .into_iter()
                    .map(|r| {
                        let row = Attendance { meeting: stored.key.clone(), person: r.person.clone(), status: r.status, executive: r.executive };
                        (r.person, (r.id, row))
                    })
                    .collect();
                let counts = records.counts.into_iter().map(|c| (c.data.region, (c.id, c.data))).collect();
                Some(MeetingRoster { keeps_roster: stored.attendance_mode == AttendanceMode::Roster, key: stored.key, rows: roster, counts })
            }
        };
        let organization_aliases = self.store.aliases(Kind::Organizations)?;
        let person_aliases = self.store.aliases(Kind::People)?;
        let meetings = self.store.list::<Meeting>()?.into_iter().map(|r| (r.id, r.data)).collect();
        let today = chrono::Local::now().date_naive();
        Ok(Snapshot { organizations, people, countries, meeting, organization_aliases, person_aliases, meetings, today })
    }

    /// Takes back what the batch `batch` wrote (an import, a merge of the directory): deletes
    /// the records it created, puts back the fields it changed and the records it deleted, in
    /// one transaction, recorded as a restore. Refused, changing nothing, when anything has
    /// since built on it: a record it wrote changed again, or another record naming one it
    /// created.
    pub fn undo_batch(&mut self, batch: &str) -> Result<Undone> {
        let query = HistoryQuery { batch: Some(batch.to_string()), ..Default::default() };
        let mut entries = self.history(&query)?;
        if entries.is_empty() {
            return Err(Error::invalid_because("batch", msg!("invalid-unknown-batch", batch = batch)));
        }
        if let Some(undone) = entries.iter().find(|e| e.cause != Cause::Import.as_str() && e.cause != Cause::Merge.as_str()) {
            return Err(Error::invalid_because("batch", msg!("invalid-batch-not-import", batch = batch, cause = &undone.cause)));
        }
        let last = entries.iter().map(|e| e.id).max().unwrap_or_default();
        let undo = format!("undo of batch {batch}");
        if let Some(done) = self.store.entries_after(last)?.into_iter().find(|e| e.detail == undo) {
            return Err(Error::Precondition(msg!("precondition-batch-undone", batch = batch, who = &done.who, at = &done.at)));
        }
        let blockers = self.built_on(&entries, last)?;
        if !blockers.is_empty() {
            return Err(Error::Precondition(msg!("precondition-batch-built-on", batch = batch, changed = blockers.join("; "))));
        }
        // Newest first: the roster before the people, the people before their organizations.
        entries.sort_by_key(|e| std::cmp::Reverse(e.id));
        let cause = WriteCause::with_detail(Cause::Restore, undo);
        let done = self.with_cause(cause, |session| {
            session.store.write(Purpose::Edit, |w| {
                let (mut deleted, mut restored) = (0, 0);
                for entry in &entries {
                    let kind: Kind = entry.kind.parse().map_err(|_: String| {
                        let expected = Kind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ");
                        Error::Inconsistent(msg!("inconsistent-unknown-kind", kind = entry.kind.trim(), expected = expected))
                    })?;
                    let ids = w.ids_by_key(kind, &entry.key)?;
                    match (entry.operation.as_str(), ids.as_slice()) {
                        ("insert", [id]) => {
                            with_kind!(kind, E => w.delete::<E>(*id))?;
                            deleted += 1;
                        }
                        ("update", [id]) => {
                            put_back(w, kind, *id, entry)?;
                            restored += 1;
                        }
                        ("delete", []) => {
                            recreate(w, kind, entry)?;
                            restored += 1;
                        }
                        _ => return Err(Error::Precondition(msg!("precondition-batch-record-changed", kind = kind.as_str(), key = &entry.key))),
                    }
                }
                // And the names it taught.
                w.forget_aliases(batch)?;
                Ok(Undone { batch: batch.to_string(), deleted, restored })
            })
        });
        done.map_err(|e| e.during("undoing the import"))
    }

    /// What has changed since entry `last` in what `entries` wrote: a later entry of one of
    /// their records, or naming one of them (a roster row of a person, a person of an
    /// organization), said as "KIND KEY (by WHO at WHEN)".
    fn built_on(&self, entries: &[HistoryEntry], last: i64) -> Result<Vec<String>> {
        let keys: HashSet<(&str, &str)> = entries.iter().map(|e| (e.kind.as_str(), e.key.as_str())).collect();
        let created: Vec<String> = entries.iter().filter(|e| e.operation == "insert").map(|e| e.key.clone()).collect();
        let quoted: Vec<String> = created.iter().map(|k| serde_json::to_string(k).unwrap_or_default()).collect();
        let later = self.store.entries_after(last)?;
        let mut blockers = Vec::new();
        for entry in &later {
            let own = keys.contains(&(entry.kind.as_str(), entry.key.as_str()));
            let names = entry.key.split(" / ").any(|part| created.iter().any(|k| k == part))
                || quoted.iter().any(|q| entry.changes.contains(q.as_str()));
            if own || names {
                blockers.push(format!("{} {} (by {} at {})", entry.kind, entry.key, entry.who, entry.at));
                if blockers.len() == 5 {
                    break;
                }
            }
        }
        Ok(blockers)
    }
}

/// A meeting's outcomes to write: its decisions, actions and priorities.
type NewOutcomes = (Vec<CaptureLine>, Vec<CaptureLine>, Vec<CaptureLine>);

/// The capture lines of `text` (none wrong) that meeting `key` does not have yet, by kind and
/// text, among the stored `decisions`, `actions` and `priorities`.
fn outcomes_to_write(
    key: &str,
    text: &str,
    decisions: &[crate::model::Record<Decision>],
    actions: &[crate::model::Record<Action>],
    priorities: &[crate::model::Record<Priority>],
) -> Result<NewOutcomes> {
    let lines: Vec<CaptureLine> = crate::capture::parse(text).into_iter().filter(|l| l.error.is_none()).collect();
    let of = |kind: CaptureKind| lines.iter().filter(move |l| l.kind == kind).cloned();
    Ok((
        of(CaptureKind::Decision).filter(|l| !decisions.iter().any(|d| d.data.meeting == key && d.data.text == l.text)).collect(),
        of(CaptureKind::Action).filter(|l| !actions.iter().any(|a| a.data.meeting == key && a.data.text == l.text)).collect(),
        of(CaptureKind::Priority).filter(|l| !priorities.iter().any(|p| p.data.meeting == key && p.data.topic == l.text)).collect(),
    ))
}

fn read(path: &std::path::Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

/// Carries out a plan's writes in `w`: organizations, people, the roster, and the names to
/// remember, taught by `batch`.
fn write_plan(w: &Tx, writes: &Writes, batch: &str) -> Result<usize> {
    let mut written = 0;
    for organization in &writes.organizations {
        w.create(organization)?;
        written += 1;
    }
    for person in &writes.people {
        w.create(person)?;
        written += 1;
    }
    // A person and a roster row are read again inside the transaction: only what the plan
    // fills or sets is changed, so that a change saved by someone else since the plan was
    // shown stays.
    for (id, person) in &writes.people_filled {
        let current = w.get::<Person>(*id)?.data;
        let filled = current.filled_in(person.email.as_deref(), person.phone.as_deref(), &person.title);
        if filled != current {
            w.update(*id, &filled)?;
            written += 1;
        }
    }
    for row in &writes.attendance {
        w.create(row)?;
        written += 1;
    }
    for (id, row) in &writes.attendance_changed {
        let current = w.get::<Attendance>(*id)?.data;
        let set = Attendance { status: row.status, executive: row.executive, ..current.clone() };
        if set != current {
            w.update(*id, &set)?;
            written += 1;
        }
    }
    for meeting in &writes.meetings {
        w.create(meeting)?;
        written += 1;
    }
    for (id, meeting) in &writes.meetings_changed {
        w.update(*id, meeting)?;
        written += 1;
    }
    // The stored outcomes as this transaction sees them, read once for every meeting of the
    // register (each meeting is on one row only).
    if !writes.outcomes.is_empty() {
        let (decisions, actions, priorities) = (w.list::<Decision>()?, w.list::<Action>()?, w.list::<Priority>()?);
        for outcome in &writes.outcomes {
            let (d, a, p) = outcomes_to_write(&outcome.meeting, &outcome.text, &decisions, &actions, &priorities)?;
            let lines: Vec<CaptureLine> = d.into_iter().chain(a).chain(p).collect();
            let saved = crate::capture::write_lines(w, &outcome.meeting, &lines)?;
            written += saved.decisions + saved.actions + saved.priorities;
        }
    }
    for count in &writes.counts {
        w.create(count)?;
        written += 1;
    }
    for (id, count) in &writes.counts_changed {
        w.update(*id, count)?;
        written += 1;
    }
    for (kind, aliases) in [(Kind::Organizations, &writes.organization_aliases), (Kind::People, &writes.person_aliases)] {
        for (text, name) in aliases {
            if let [id] = w.ids_by_key(kind, name)?.as_slice() {
                w.add_alias(kind, text, *id, batch)?;
            }
        }
    }
    Ok(written)
}

/// Creates again the record of `kind` whose deletion `entry` recorded, from its old values.
fn recreate(w: &Tx, kind: Kind, entry: &HistoryEntry) -> Result<()> {
    let fields: serde_json::Map<String, serde_json::Value> = entry.field_changes().into_iter().map(|c| (c.field, c.old)).collect();
    with_kind!(kind, E => {
        let record: E = typed(serde_json::Value::Object(fields), kind, &entry.key)?;
        w.create(&record).map(|_| ())
    })
}

/// `value` read as a record of type `E`, a boolean field the history wrote as 0 or 1 read as
/// false or true.
fn typed<E: serde::de::DeserializeOwned>(mut value: serde_json::Value, kind: Kind, key: &str) -> Result<E> {
    for _ in 0..16 {
        match serde_path_to_error::deserialize::<_, E>(value.clone()) {
            Ok(record) => return Ok(record),
            Err(error) => {
                let field = error.path().to_string();
                match value.get_mut(&field) {
                    Some(slot @ serde_json::Value::Number(_)) => *slot = serde_json::Value::Bool(slot.as_i64() != Some(0)),
                    _ => return Err(Error::Inconsistent(msg!("inconsistent-history-record", kind = kind.as_str(), key = key, reason = error.inner().to_string()))),
                }
            }
        }
    }
    Err(Error::Inconsistent(msg!("inconsistent-history-fields", kind = kind.as_str(), key = key)))
}

/// Sets the fields `entry` changed on record `id` of `kind` back to their old values.
fn put_back(w: &Tx, kind: Kind, id: i64, entry: &HistoryEntry) -> Result<()> {
    with_kind!(kind, E => {
        let mut record = serde_json::to_value(&w.get::<E>(id)?.data)?;
        if let Some(fields) = record.as_object_mut() {
            for change in entry.field_changes() {
                // The history writes booleans as 0 and 1, as a file stores them.
                let old = match (fields.get(&change.field), change.old) {
                    (Some(serde_json::Value::Bool(_)), serde_json::Value::Number(n)) => serde_json::Value::Bool(n.as_i64() != Some(0)),
                    (_, old) => old,
                };
                fields.insert(change.field, old);
            }
        }
        let record: E = serde_json::from_value(record).map_err(|e| Error::Inconsistent(msg!("inconsistent-history-record", kind = kind.as_str(), key = &entry.key, reason = e.to_string())))?;
        w.update(id, &record)
    })
}

/// Why the file `name` could not be read as a sheet, as a message of the catalogues.
fn unreadable_sheet(name: &str, error: crate::sheet::read::SheetError) -> crate::i18n::Message {
    use crate::sheet::read::SheetError;
    match error {
        SheetError::Empty => msg!("invalid-sheet-empty", file = name),
        SheetError::Protected => msg!("invalid-sheet-protected", file = name),
        SheetError::Damaged(reason) => msg!("invalid-sheet-damaged", file = name, reason = reason),
        SheetError::NoSuchSheet { wanted, sheets } => {
            msg!("invalid-sheet-no-such-sheet", file = name, sheet = wanted, sheets = sheets.join(", "))
        }
        SheetError::NoSheet => msg!("invalid-sheet-no-sheet", file = name),
        SheetError::Text(reason) => msg!("invalid-sheet-unreadable", file = name, reason = reason),
    }
}

/// Where this computer's user keeps the sheet mappings they saved: `sheet-mappings.json`
/// beside their default database (docs/formats.md, "Sheet mappings": an array of them).
pub fn mappings_path() -> Result<std::path::PathBuf> {
    let database = crate::storage::default_db_path()?;
    Ok(database.with_file_name("sheet-mappings.json"))
}

/// The mappings saved in the file at `path`, by name; none when there is no file yet.
pub fn saved_mappings(path: &std::path::Path) -> Result<Vec<crate::sheet::mapping::Mapping>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(Error::Io { path: path.to_path_buf(), source }),
    };
    serde_json::from_str(&text).map_err(|e| Error::WrongFile {
        name: path.display().to_string(),
        reason: format!("is not a list of sheet mappings ({e}); it was left as it is"),
    })
}

/// Saves `mapping` under its name in the file at `path` (replacing one of the same name),
/// written whole to a temporary file that then replaces the old one; returns them all.
pub fn save_mapping(path: &std::path::Path, mapping: crate::sheet::mapping::Mapping) -> Result<Vec<crate::sheet::mapping::Mapping>> {
    if mapping.name.trim().is_empty() {
        return Err(Error::invalid_because("name", msg!("invalid-mapping-name")));
    }
    let mut all = saved_mappings(path)?;
    all.retain(|m| m.name.trim() != mapping.name.trim());
    all.push(mapping);
    all.sort_by(|a, b| a.name.cmp(&b.name));
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(io)?;
    }
    let text = serde_json::to_string_pretty(&all).map_err(|e| Error::Internal(e.to_string()))?;
    let temp = path.with_extension(format!("json.{}.tmp", std::process::id()));
    std::fs::write(&temp, text + "\n").map_err(io)?;
    std::fs::rename(&temp, path).map_err(io)?;
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::mapping::{Field, Mapping};

    #[test]
    fn mappings_are_saved_by_name_and_a_damaged_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sheet-mappings.json");
        assert!(saved_mappings(&path).unwrap().is_empty());
        let mapping = |name: &str, header: &str| Mapping {
            name: name.into(),
            columns: [(header.to_string(), Field::LastName)].into_iter().collect(),
            ..Mapping::default()
        };
        save_mapping(&path, mapping("ITU registration, French", "Nom")).unwrap();
        save_mapping(&path, mapping("Team list", "Surname")).unwrap();
        let all = save_mapping(&path, mapping("ITU registration, French", "NOM")).unwrap();
        assert_eq!(all.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["ITU registration, French", "Team list"]);
        assert_eq!(saved_mappings(&path).unwrap()[0].columns.keys().collect::<Vec<_>>(), ["NOM"]);
        assert!(save_mapping(&path, mapping(" ", "X")).is_err());
        std::fs::write(&path, "not json").unwrap();
        assert!(matches!(save_mapping(&path, mapping("Other", "X")), Err(Error::WrongFile { .. })));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not json", "left as it was");
    }
}
