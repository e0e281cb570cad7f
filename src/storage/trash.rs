//! SQL for the trash (migration 0008): what each deletion keeps so that it can be undone, and
//! what is deleted with a record.
//!
//! What this module does not know: the fragment it keeps is text to it; the use case writes it
//! in the whole-database JSON format and restores it through the import.

use super::db::{params, OptionalExtension};
use super::{Entity, Store, Tx};
use crate::error::{Error, Result};
use crate::model::{Kind, Record};

/// One entry of the trash, as listed (without its records).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
pub struct TrashEntry {
    pub id: i64,
    /// The kind of the record the user deleted.
    pub kind: Kind,
    /// The deleted record as users recognise it, e.g. "meeting CTO-2024-03 (14 Oct 2024)".
    pub label: String,
    /// What was deleted with it, in words ("42 roster rows, 3 priorities"); empty when nothing.
    pub contents: String,
    /// How many records restoring brings back (the record and those deleted with it).
    pub records: i64,
    /// When, as RFC 3339 UTC ("2024-10-14T09:30:00Z").
    pub deleted_at: String,
    /// Who deleted it: the team login, or the computer's user on a file.
    pub deleted_by: Option<String>,
}

/// An entry's records, as restoring reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptRecords {
    pub kind: Kind,
    pub label: String,
    /// Who deleted them (on a team database, the login, as the server wrote it).
    pub deleted_by: Option<String>,
    /// The records, as a whole-database JSON document holding only them.
    pub fragment: String,
}

/// What a deletion puts in the trash; who and when are the transaction's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTrashEntry {
    pub kind: Kind,
    pub label: String,
    pub contents: String,
    pub records: i64,
    /// The records, as a whole-database JSON document holding only them.
    pub fragment: String,
}

/// The records deleted with record `id` of `kind`, by kind, in the order the whole-database
/// document lists them (their own ids, in id order). Links that are part of a record (a
/// contribution's sources, an objective's indicators) are kept with it and not listed.
const DELETED_WITH: &[(Kind, &[(Kind, &str)])] = &[
    (
        Kind::Meetings,
        &[
            (Kind::Attendance, "SELECT id FROM attendance WHERE meeting_id = ?1 ORDER BY id"),
            (Kind::Counts, "SELECT id FROM attendance_count WHERE meeting_id = ?1 ORDER BY id"),
            (Kind::Priorities, "SELECT id FROM priority WHERE meeting_id = ?1 ORDER BY id"),
            (Kind::Decisions, "SELECT id FROM decision WHERE meeting_id = ?1 ORDER BY id"),
            (Kind::Actions, "SELECT id FROM action WHERE meeting_id = ?1 ORDER BY id"),
        ],
    ),
    (Kind::Contributions, &[(Kind::Proposals, "SELECT id FROM proposal WHERE contribution_id = ?1 ORDER BY id")]),
    (
        Kind::Cycles,
        &[
            (Kind::Scores, "SELECT id FROM score WHERE cycle_id = ?1 ORDER BY id"),
            (Kind::Improvements, "SELECT id FROM improvement WHERE cycle_id = ?1 ORDER BY id"),
        ],
    ),
];

/// The kinds of records a deletion of a record of `kind` keeps in the trash: its own, and
/// those deleted with it.
pub fn kept_with(kind: Kind) -> Vec<Kind> {
    let mut kinds = vec![kind];
    if let Some((_, with)) = DELETED_WITH.iter().find(|(k, _)| *k == kind) {
        kinds.extend(with.iter().map(|(k, _)| *k));
    }
    kinds
}

/// Links held by records that outlive the deletion of a record of `kind`: deleting it would
/// take it out of them, which restoring (an import, which only adds records) could not put
/// back. Each query gives the natural keys of the records that name it; the refusal says how
/// many name it, and which.
type NamedBy = fn(usize, String) -> crate::i18n::Message;
const NAMED_BY: &[(Kind, NamedBy, &str)] = &[
    (
        Kind::Objectives,
        |count, names| crate::msg!("invalid-objective-named-by-proposals", count = count, names = names),
        "SELECT c.symbol || ' #' || CAST(p.seq AS TEXT) FROM proposal_objective l
         JOIN proposal p ON p.id = l.proposal_id JOIN contribution c ON c.id = p.contribution_id
         WHERE l.objective_id = ?1 ORDER BY c.symbol, p.seq",
    ),
    (
        Kind::ActionPlan,
        |count, names| crate::msg!("invalid-action-plan-item-named-by-objectives", count = count, names = names),
        "SELECT o.code FROM objective_action_plan l JOIN objective o ON o.id = l.objective_id
         WHERE l.action_plan_item_id = ?1 ORDER BY o.code",
    ),
];

impl Tx<'_> {
    /// Record `id` of type `E` as this transaction sees it.
    pub fn get<E: Entity>(&self, id: i64) -> Result<Record<E>> {
        E::load(self.conn, Some(id))?.into_iter().next().ok_or(Error::NotFound { entity: E::NAME, key: format!("#{id}") })
    }

    /// The ids of the records deleted with record `id` of `kind`, by kind (kinds with none left
    /// out). Fails, naming them, when records that outlive it name it (see [`NAMED_BY`]).
    pub fn deleted_with(&self, kind: Kind, id: i64) -> Result<Vec<(Kind, Vec<i64>)>> {
        for (_, refusal, sql) in NAMED_BY.iter().filter(|(k, _, _)| *k == kind) {
            let mut names: Vec<String> = Vec::new();
            self.conn.prepare_cached(sql)?.for_each(params![id], |row| {
                names.push(row.get(0)?);
                Ok(())
            })?;
            if !names.is_empty() {
                return Err(Error::invalid_because("id", refusal(names.len(), names.join(", "))));
            }
        }
        let mut found = Vec::new();
        for (_, dependents) in DELETED_WITH.iter().filter(|(k, _)| *k == kind) {
            for (dependent, sql) in dependents.iter() {
                let mut ids = Vec::new();
                self.conn.prepare_cached(sql)?.for_each(params![id], |row| {
                    ids.push(row.get(0)?);
                    Ok(())
                })?;
                if !ids.is_empty() {
                    found.push((*dependent, ids));
                }
            }
        }
        Ok(found)
    }

    /// Puts `entry` in the trash, deleted now by the transaction's author; returns its id.
    pub fn put_in_trash(&self, entry: &NewTrashEntry) -> Result<i64> {
        self.conn
            .prepare_cached(
                "INSERT INTO trash (kind, label, contents, records, deleted_at, deleted_by, fragment)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                entry.kind.as_str(),
                entry.label,
                entry.contents,
                entry.records,
                self.at,
                self.author,
                entry.fragment
            ])?;
        Ok(self.conn.last_insert_rowid()?)
    }

    /// The records of trash entry `id` (its fragment), and its label.
    pub fn trash_fragment(&self, id: i64) -> Result<KeptRecords> {
        let (kind, label, deleted_by, fragment): (String, String, Option<String>, String) = self
            .conn
            .query_row("SELECT kind, label, deleted_by, fragment FROM trash WHERE id = ?1", params![id], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })
            .optional()?
            .ok_or_else(|| not_found(id))?;
        let kind = kind
            .parse()
            .map_err(|_| Error::Inconsistent(crate::msg!("inconsistent-trash-kind", entry = id.to_string(), kind = kind)))?;
        Ok(KeptRecords { kind, label, deleted_by, fragment })
    }

    /// Takes entry `id` out of the trash (once its records are restored).
    pub fn take_from_trash(&self, id: i64) -> Result<()> {
        match self.conn.execute("DELETE FROM trash WHERE id = ?1", params![id])? {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }
}

fn not_found(id: i64) -> Error {
    Error::NotFound { entity: "trash entry", key: format!("#{id}") }
}

impl Store {
    /// The trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<TrashEntry>> {
        let mut entries = Vec::new();
        self.conn
            .prepare_cached(
                "SELECT id, kind, label, contents, records, deleted_at, deleted_by FROM trash ORDER BY deleted_at DESC, id DESC",
            )?
            .for_each((), |row| {
                let kind: String = row.get(1)?;
                entries.push((
                    kind,
                    TrashEntry {
                        id: row.get(0)?,
                        kind: Kind::Organizations,
                        label: row.get(2)?,
                        contents: row.get(3)?,
                        records: row.get(4)?,
                        deleted_at: row.get(5)?,
                        deleted_by: row.get(6)?,
                    },
                ));
                Ok(())
            })?;
        entries
            .into_iter()
            .map(|(kind, mut entry)| {
                entry.kind = kind.parse().map_err(|_| {
                    Error::Inconsistent(crate::msg!("inconsistent-trash-kind", entry = entry.id.to_string(), kind = kind))
                })?;
                Ok(entry)
            })
            .collect()
    }

    /// Deletes the trash entries deleted before `before` (RFC 3339), or all of them; returns
    /// how many.
    pub fn empty_trash(&mut self, before: Option<&str>) -> Result<usize> {
        self.raw_transaction(|conn| {
            Ok(conn.execute("DELETE FROM trash WHERE CAST(?1 AS TEXT) IS NULL OR deleted_at < ?1", params![before])?)
        })
    }
}
