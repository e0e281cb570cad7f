//! A write in progress: [`Tx`], through which every record is saved (validated first, its
//! version checked and stamped), and the checks it makes before it writes.

use super::*;

/// A write in progress on the SQLite file, handed to the work of [`Store::transaction`]. Every
/// record saved through it is validated first, so that no path (a form, an import, quick
/// capture, drafting, the demo) can store what a form would refuse. Its connection stays inside
/// `storage`.
pub struct Tx<'a> {
    pub(in crate::storage) conn: &'a Connection,
    /// What the import running in this transaction keeps between its rows.
    pub(in crate::storage) import: std::cell::RefCell<ImportSession>,
    /// Who is writing, and when, as recorded beside each record saved.
    pub(in crate::storage) author: String,
    pub(in crate::storage) at: String,
}

impl<'a> Tx<'a> {
    pub(in crate::storage) fn new(conn: &'a Connection, author: String) -> Self {
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        Tx { conn, import: std::cell::RefCell::new(ImportSession::default()), author, at }
    }

    /// Every record of type `E`, as this transaction sees them, in id order.
    pub fn list<E: Entity>(&self) -> Result<Vec<Record<E>>> {
        E::load(self.conn, None)
    }

    /// The ids of the records of `kind` whose natural key (as the history names them) is `key`.
    pub fn ids_by_key(&self, kind: crate::model::Kind, key: &str) -> Result<Vec<i64>> {
        super::history::ids_by_key(self.conn, kind, key)
    }

    /// Validates and inserts a record; returns its id.
    pub fn create<E: Entity>(&self, record: &E) -> Result<i64> {
        reject_invalid(record)?;
        let id = record.insert(self.conn)?;
        // A new record is at version 1 (the schema's default; a server sets it itself).
        self.stamp::<E>(id, 1)?;
        Ok(id)
    }

    /// Validates and replaces record `id`.
    pub fn update<E: Entity>(&self, id: i64, record: &E) -> Result<()> {
        reject_invalid(record)?;
        let before = version_of::<E>(self.conn, id)?;
        record.update(self.conn, id)?;
        self.stamp::<E>(id, before)
    }

    /// Raises record `id`'s version from `before` and records who saved it and when, unless
    /// the save already raised it: a server raises the version and writes the author and the
    /// time itself on every write that changes a record (migrations/postgres/0012), so that a
    /// save is one version whichever program made it. On a file the app writes them here.
    pub(in crate::storage) fn stamp<E: Entity>(&self, id: i64, before: i64) -> Result<()> {
        self.conn.execute(
            &format!("UPDATE {} SET version = version + 1, changed_by = ?2, changed_at = ?3 WHERE id = ?1 AND version = ?4", E::TABLE),
            params![id, self.author, self.at, before],
        )?;
        Ok(())
    }

    /// Fails with [`Error::Conflict`], naming who saved it and when, unless record `id` is still
    /// at `version` (the one its form was loaded with). On a server the row stays locked until
    /// the transaction ends, so that two saves from the same version cannot both pass.
    pub fn expect_version<E: Entity>(&self, id: i64, version: i64) -> Result<()> {
        let claimed = self.conn.execute(
            &format!("UPDATE {} SET version = version WHERE id = ?1 AND version = ?2", E::TABLE),
            params![id, version],
        )?;
        if claimed == 1 {
            return Ok(());
        }
        let found: Option<(Option<String>, Option<String>)> = self
            .conn
            .query_row(&format!("SELECT changed_by, changed_at FROM {} WHERE id = ?1", E::TABLE), params![id], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        match found {
            None => Err(Error::NotFound { entity: E::NAME, key: format!("#{id}") }),
            Some((by, at)) => Err(Error::Conflict {
                entity: E::NAME,
                changed_by: by.unwrap_or_else(|| "someone".into()),
                changed_at: at.map(|at| at.replace('T', " ").replace('Z', " UTC")).unwrap_or_else(|| "a moment ago".into()),
            }),
        }
    }

    /// Deletes record `id`, unless other records still refer to it.
    pub fn delete<E: Entity>(&self, id: i64) -> Result<()> {
        ensure_exists::<E>(self.conn, id)?;
        E::delete(self.conn, id).map_err(|e| explain_restrict(e, E::NAME))
    }

    /// Validates and saves row `line` of an import (see [`Entity::insert_in`]).
    pub fn import<E: Entity>(&self, record: &E, line: u64) -> Result<()> {
        reject_invalid(record)?;
        record.insert_in(self.conn, &mut self.import.borrow_mut(), line)
    }

    /// Writes the rows the import staged; returns every row the database refused.
    pub fn finish_import(&self) -> Result<Vec<crate::error::RowError>> {
        self.import.take().finish(self.conn)
    }

    /// Brings an entry of the history of the document `source` into this database's history
    /// (see `storage::history::bring`).
    pub fn bring_history(&self, entry: &crate::model::history::HistoryEntry, source: &str) -> Result<()> {
        super::history::bring(self.conn, entry, source)
    }

    /// The rank the next priority of meeting `meeting_key` gets (after the last one).
    pub fn next_priority_rank(&self, meeting_key: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(p.rank), 0) + 1 FROM priority p JOIN meeting m ON m.id = p.meeting_id WHERE m.key = ?1",
            [meeting_key],
            |row| row.get(0),
        )?)
    }

    /// Gives an imported cycle the status, sign-off time and digest it was exported with.
    pub fn restore_cycle_status(&self, cycle: &crate::model::ReviewCycle) -> Result<()> {
        restore_cycle_status(self.conn, cycle)
    }

    /// Notes a merged return of package `id`.
    pub fn record_return(&self, id: &str, key: &str, returned_at: &str) -> Result<()> {
        packages::record_return(self.conn, id, key, returned_at)
    }
}

pub(in crate::storage) fn reject_invalid<E: Entity>(record: &E) -> Result<()> {
    let errors = record.validate();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(errors))
    }
}

pub(in crate::storage) fn ensure_exists<E: Entity>(conn: &Connection, id: i64) -> Result<()> {
    if E::load(conn, Some(id))?.is_empty() {
        return Err(Error::NotFound { entity: E::NAME, key: format!("#{id}") });
    }
    Ok(())
}

/// Turns SQLite's "FOREIGN KEY constraint failed" on delete into a message a user can act on.
pub(in crate::storage) fn explain_restrict(error: Error, entity: &str) -> Error {
    match &error {
        Error::Database { source, .. } if source.is_constraint_violation() => {
            Error::invalid_because("id", crate::msg!("invalid-still-referred", entity = entity))
        }
        _ => error,
    }
}
