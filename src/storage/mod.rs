//! The database that holds the whole state, and every SQL statement of the product: a SQLite
//! file, or a team database on a PostgreSQL server (`server`, `roles`). The statements are the
//! same on both engines; `db::Connection` runs them on either, and says which it is where the
//! two differ (row locks, the file's own pragmas and backups).
//!
//! One `Store` owns one connection. Records are created, read, updated and deleted through the
//! [`Entity`] trait, implemented per record type in the submodules; functions take a
//! `&Connection` so that an import can run many of them inside one transaction.

// What both engines share: the seam, the store, each record kind's statements, the queries.
mod aggregates;
mod aliases;
mod contributions;
pub(crate) mod db;
mod directory;
pub(crate) mod history;
mod document_options;
mod lists;
mod meetings;
mod objectives;
mod packages;
pub mod queries;
mod reads;
mod reference;
mod review;
mod sql_types;
mod store;
pub mod trash;

// The store itself: opening, transactions, the write in progress, upkeep.
mod opening;
mod tx;
mod upkeep;
mod writes;

pub use tx::Tx;

// What each engine has of its own.
mod postgres;
mod sqlite;

pub use self::postgres::server;
pub(crate) use self::postgres::roles;
#[cfg(test)]
pub(crate) use self::postgres::test_server;
pub use self::sqlite::backups;
pub(crate) use self::sqlite::file;

pub use store::{Findings, Purpose};
pub use file::Access;
pub(crate) use file::{partial_beside, sibling};

use file::Identity;

use std::path::{Path, PathBuf};
use std::time::Duration;

use db::{params, Behavior, Connection, OptionalExtension};
use rusqlite::OpenFlags;

use crate::error::{Error, Result};
use crate::model::history::WriteCause;
use crate::model::{Record, RecordType};

/// Marks a SQLite file as a CxO Review database ("CxOR").
const APPLICATION_ID: i64 = 0x4378_4F52;

/// [`APPLICATION_ID`] as the file's header holds it (big-endian, at byte 68).
pub(crate) const APPLICATION_ID_BYTES: [u8; 4] = (APPLICATION_ID as u32).to_be_bytes();

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i64 = sqlite::MIGRATIONS.len() as i64;

/// What one import keeps between its rows: the ids it resolved from natural keys (a roster
/// file names each meeting some fifty times, and each person many times), and how many roster
/// rows it staged to be inserted together. An import writes records of one kind only, so the
/// ids stay valid while it runs. [`ImportSession::finish`] writes the staged rows.
#[derive(Debug, Default)]
pub struct ImportSession {
    roster_meetings: std::collections::HashMap<String, i64>,
    people: std::collections::HashMap<String, i64>,
    staged_roster: usize,
}

impl ImportSession {
    /// Writes the rows still staged; returns every row the database refused, with its line.
    fn finish(self, conn: &Connection) -> Result<Vec<crate::error::RowError>> {
        meetings::insert_staged_roster(conn, self.staged_roster)
    }
}

pub struct Store {
    conn: Connection,
    /// The SQLite file, if the database is one.
    path: Option<PathBuf>,
    /// The server, if the database is a team database on PostgreSQL.
    server: Option<server::ServerAddress>,
    access: Access,
    /// Why the next writes are made, for the history they write (see [`Store::set_cause`]).
    cause: WriteCause,
}

/// How long a write waits for another writer to finish before giving up. Long enough for the
/// largest import measured (500,000 roster rows: under 3 s) to finish several times over.
pub const WRITE_WAIT: Duration = Duration::from_secs(30);

/// A record type the store can create, read, update, delete and list.
pub trait Entity: RecordType {
    /// The table that holds the records (and their versions: migration 0006).
    const TABLE: &'static str;

    /// Inserts a valid record, resolving its references; returns the new id.
    fn insert(&self, conn: &Connection) -> Result<i64>;

    /// Inserts a valid record during an import (row `line` of its file). A record type may reuse
    /// ids the session resolved for earlier rows, or stage the row to be written with the others
    /// by [`ImportSession::finish`], which reports the rows the database refused.
    fn insert_in(&self, conn: &Connection, _session: &mut ImportSession, _line: u64) -> Result<()> {
        self.insert(conn).map(|_| ())
    }

    /// Replaces the stored record `id` with this one.
    fn update(&self, conn: &Connection, id: i64) -> Result<()>;

    /// Deletes record `id` (and what belongs only to it).
    fn delete(conn: &Connection, id: i64) -> Result<()>;

    /// All records, or only `id`, in id order.
    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>>;

    /// The first `limit` records in id order (a long list's first screenful). Record types that
    /// grow to tens of thousands of rows limit the query itself.
    fn load_first(conn: &Connection, limit: usize) -> Result<Vec<Record<Self>>> {
        let mut records = Self::load(conn, None)?;
        records.truncate(limit);
        Ok(records)
    }
}

/// The account of the computer this process runs under, from the system (not the environment,
/// which any program sets as it likes), with the person's name where the account has one. Read
/// once: every write names it, and the name is read from the system's account files.
fn computer_account() -> &'static str {
    static ACCOUNT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ACCOUNT.get_or_init(|| {
        let account = whoami::username()
            .or_else(|_| std::env::var("USER").or_else(|_| std::env::var("USERNAME")))
            .unwrap_or_else(|_| "someone".into());
        match whoami::realname() {
            Ok(name) if !name.trim().is_empty() && name.trim() != account => format!("{account} ({})", name.trim()),
            _ => account,
        }
    })
}

impl Store {

    /// An empty store for a test: a new database on the test server when one is named
    /// (`scripts/postgres.sh`), else in memory. The same tests so run on both engines.
    #[cfg(test)]
    pub fn for_tests() -> Store {
        test_server::fresh_database().unwrap_or_else(|| Store::open_in_memory().expect("in-memory store"))
    }

    /// Who writes through this store, as recorded beside each record saved: the server login,
    /// or on a file the computer's user.
    fn author(&self) -> String {
        match &self.server {
            Some(server) => server.user.clone(),
            None => computer_account().to_string(),
        }
    }

    /// The server the database is on, if it is a team database.
    pub fn server(&self) -> Option<&server::ServerAddress> {
        self.server.as_ref()
    }

    /// The SQLite connection under the store, for what only the file has (pragmas, backups).
    fn sqlite(&self) -> Result<&rusqlite::Connection> {
        self.conn.sqlite().ok_or_else(|| Error::Internal("a SQLite operation on a server database".into()))
    }

    #[cfg(feature = "fuzzing")]
    fn sqlite_mut(&mut self) -> Result<&mut rusqlite::Connection> {
        self.conn.sqlite_mut().ok_or_else(|| Error::Internal("a SQLite operation on a server database".into()))
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the file was opened for reading only.
    pub fn is_read_only(&self) -> bool {
        self.access == Access::ReadOnly
    }

    /// The raw connection, for tests that put the file in states no use case can (a count
    /// edited by hand, a row removed behind the product's back).
    #[cfg(test)]
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn get<E: Entity>(&self, id: i64) -> Result<Record<E>> {
        E::load(&self.conn, Some(id))?
            .into_iter()
            .next()
            .ok_or(Error::NotFound { entity: E::NAME, key: format!("#{id}") })
    }

    /// The version of record `id` of type `E`.
    pub fn version<E: Entity>(&self, id: i64) -> Result<i64> {
        self.conn
            .query_row(&format!("SELECT version FROM {} WHERE id = ?1", E::TABLE), params![id], |row| row.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: E::NAME, key: format!("#{id}") })
    }

    /// The version of every record of type `E`, by id.
    pub fn versions<E: Entity>(&self) -> Result<std::collections::HashMap<i64, i64>> {
        let mut versions = std::collections::HashMap::new();
        self.conn.prepare_cached(&format!("SELECT id, version FROM {}", E::TABLE))?.for_each((), |row| {
            versions.insert(row.get(0)?, row.get(1)?);
            Ok(())
        })?;
        Ok(versions)
    }

    pub fn list<E: Entity>(&self) -> Result<Vec<Record<E>>> {
        E::load(&self.conn, None)
    }

    /// The first `limit` records in id order.
    pub fn list_first<E: Entity>(&self, limit: usize) -> Result<Vec<Record<E>>> {
        E::load_first(&self.conn, limit)
    }

}

/// Looks up the id of a record by its natural key; an unknown key is a field error.
pub(crate) fn resolve(conn: &Connection, sql: &str, key: &str, field: &str, entity: &str) -> Result<i64> {
    conn.prepare_cached(sql)?
        .query_row(params![key.trim()], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::invalid_because(field, unknown(entity, key.trim())))
}

/// The refusal of an unknown `key` of a record that users call `entity` ("meeting").
fn unknown(entity: &str, key: &str) -> crate::i18n::Message {
    use crate::msg;
    match entity {
        "action-plan item" => msg!("invalid-unknown-action-plan-item", key = key),
        "contribution" => msg!("invalid-unknown-contribution", key = key),
        "country code" => msg!("invalid-unknown-country-code", key = key),
        "meeting" => msg!("invalid-unknown-meeting", key = key),
        "objective" => msg!("invalid-unknown-objective", key = key),
        "organization" => msg!("invalid-unknown-organization", key = key),
        "person" => msg!("invalid-unknown-person", key = key),
        "review cycle" => msg!("invalid-unknown-cycle", key = key),
        "reviewer" => msg!("invalid-unknown-reviewer", key = key),
        _ => msg!("invalid-unknown-record", entity = entity, key = key),
    }
}

/// Fails with a field error when `sql` (taking the key and the id to ignore) finds another record.
pub(crate) fn ensure_unique(
    conn: &Connection,
    sql: &str,
    key: &str,
    except_id: Option<i64>,
    field: &str,
    message: impl FnOnce() -> crate::i18n::Message,
) -> Result<()> {
    let found: Option<i64> = conn.prepare_cached(sql)?.query_row(params![key.trim()], |row| row.get(0)).optional()?;
    match found {
        Some(id) if Some(id) != except_id => Err(Error::invalid_because(field, message())),
        _ => Ok(()),
    }
}

/// `WHERE` helper for `load`: one record, or all of them when `?1` is NULL. (The cast tells
/// PostgreSQL the parameter's type, which `?1 IS NULL` alone does not.)
pub(crate) const ONE_OR_ALL: &str = "(CAST(?1 AS BIGINT) IS NULL OR t.id = ?1)";

/// Record `id`'s version; [`Error::NotFound`] when there is no such record.
fn version_of<E: Entity>(conn: &Connection, id: i64) -> Result<i64> {
    conn.query_row(&format!("SELECT version FROM {} WHERE id = ?1", E::TABLE), params![id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound { entity: E::NAME, key: format!("#{id}") })
}

/// Deletes row `id` of `table`; the table name is always a literal of this module.
pub(crate) fn delete_row(conn: &Connection, table: &str, id: i64) -> Result<()> {
    conn.execute(&format!("DELETE FROM {table} WHERE id = ?1"), params![id])?;
    Ok(())
}

/// Default location of the database: the platform's data directory.
pub fn default_db_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "cxo-review")
        .map(|dirs| dirs.data_dir().join("cxo-review.sqlite"))
        .ok_or_else(|| Error::invalid_because("db", crate::msg!("invalid-no-home-folder")))
}

/// Loads (owner id, name) pairs into lists per owner, keeping the query's order.
pub(crate) fn load_links(
    conn: &Connection,
    sql: &str,
    id: Option<i64>,
) -> Result<std::collections::HashMap<i64, Vec<String>>> {
    let mut links: std::collections::HashMap<i64, Vec<String>> = std::collections::HashMap::new();
    conn.prepare_cached(sql)?.for_each(params![id], |row| {
        links.entry(row.get(0)?).or_default().push(row.get(1)?);
        Ok(())
    })?;
    Ok(links)
}

/// Gives an imported cycle the status it was exported with (closed, or signed off with its digest).
fn restore_cycle_status(conn: &Connection, cycle: &crate::model::ReviewCycle) -> Result<()> {
    let id = resolve(conn, review::CYCLE_ID, &cycle.name, "cycles", "review cycle")?;
    match (cycle.status, &cycle.signed_off_at) {
        (crate::model::CycleStatus::SignedOff, Some(at)) => {
            review::set_cycle_signed_off(conn, id, at, cycle.digest.as_deref())
        }
        (status, _) => {
            conn.execute("UPDATE review_cycle SET status = ?2 WHERE id = ?1", params![id, status])?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests;

