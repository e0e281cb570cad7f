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
mod contributions;
pub(crate) mod db;
mod directory;
mod document_options;
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
use crate::model::{Record, RecordType};

/// Marks a SQLite file as a CxO Review database ("CxOR").
const APPLICATION_ID: i64 = 0x4378_4F52;

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

impl Store {
    /// Opens the existing database at `path` and brings its schema up to date. A missing file is
    /// an error (see [`Store::create_database`]); a file that cannot be written opens read-only; a file
    /// that is not a CxO Review database, or is newer than this build, is refused before
    /// anything in it changes; a file marked damaged is refused with the latest good backup.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some((since, reason)) = file::damage(path) {
            let latest_backup = backups::list(path).ok().and_then(|list| list.into_iter().next()).map(|b| b.path);
            return Err(Error::Damaged { path: path.to_path_buf(), since, reason, latest_backup });
        }
        Store::open_despite_damage(path)
    }

    /// Opens even a file marked damaged: for `check`, and to take a backup of what is left.
    pub fn open_despite_damage(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(Error::NoDatabase { path: path.to_path_buf() });
        }
        let identity = file::identify(path, APPLICATION_ID, SCHEMA_VERSION)?;
        match file::access(path) {
            Access::ReadOnly => Store::read_only(path, identity),
            Access::ReadWrite => {
                if let Identity::CxoReview { version } = identity {
                    if version < SCHEMA_VERSION && version > 0 {
                        // Zotero's rule: a copy before every upgrade of the schema.
                        backups::create_from_file(path, backups::Reason::BeforeUpgrade)?;
                    }
                }
                let conn = Connection::from_sqlite(rusqlite::Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
                )?);
                let mut store = Store { conn, path: Some(path.to_path_buf()), server: None, access: Access::ReadWrite };
                store.prepare(&path.display().to_string())?;
                Ok(store)
            }
        }
    }

    /// Opens the existing database at `path` for reading only, whether or not it could be
    /// written: nothing is changed in the file (no schema upgrade, no WAL switch).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(Error::NoDatabase { path: path.to_path_buf() });
        }
        Store::read_only(path, file::identify(path, APPLICATION_ID, SCHEMA_VERSION)?)
    }

    fn read_only(path: &Path, identity: Identity) -> Result<Store> {
        if !matches!(identity, Identity::CxoReview { version } if version == SCHEMA_VERSION) {
            // Setting up or upgrading would need to write.
            return Err(Error::ReadOnly { path: path.to_path_buf() });
        }
        let conn = file::read_only_connection(path)?;
        conn.busy_timeout(WRITE_WAIT)?;
        let conn = Connection::from_sqlite(conn);
        Ok(Store { conn, path: Some(path.to_path_buf()), server: None, access: Access::ReadOnly })
    }

    /// Creates a new database at `path` (its folder too), which must not exist yet.
    pub fn create_database(path: &Path) -> Result<Store> {
        if path.exists() {
            return Err(Error::invalid("file", format!("{} already exists; choose a new file name", path.display())));
        }
        let folder = file::folder_of(path);
        std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
        let conn = Connection::from_sqlite(rusqlite::Connection::open(path)?);
        let mut store = Store { conn, path: Some(path.to_path_buf()), server: None, access: Access::ReadWrite };
        store.prepare(&path.display().to_string())?;
        Ok(store)
    }

    /// Opens `path`, creating it when it does not exist yet (`cxo-review init`, first start).
    pub fn open_or_create(path: &Path) -> Result<Store> {
        if path.exists() {
            Store::open(path)
        } else {
            Store::create_database(path)
        }
    }

    /// A private database that vanishes when dropped (tests, previews).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::from_sqlite(rusqlite::Connection::open_in_memory()?);
        let mut store = Store { conn, path: None, server: None, access: Access::ReadWrite };
        store.prepare(":memory:")?;
        Ok(store)
    }

    /// Opens the CxO Review database on a PostgreSQL server (`url`, with `password` when the URL
    /// has none). A blank database is set up only when `set_up` says so (`team init`); any
    /// other database is refused, as is one newer than this build.
    pub fn open_server(url: &str, password: Option<&str>, set_up: bool) -> Result<Store> {
        let (config, address, tls) = server::config(url, password)?;
        let conn = server::connect(&config, &address, &tls)?;
        match server::identify(&conn, &address, SCHEMA_VERSION)? {
            server::Identity::Blank if set_up => {
                // Nothing is changed on a database whose team could not be set up afterwards.
                roles::check_names(&address)?;
                server::create_schema(&conn, &address)?
            }
            server::Identity::Blank => {
                return Err(Error::Precondition(format!(
                    "{address} is an empty database: set it up first with `cxo-review --db {address} team init`"
                )))
            }
            server::Identity::CxoReview { version } if version < SCHEMA_VERSION => {
                server::migrate(&conn, &address, version)?;
                // New tables have no grants yet: the team's roles are set up again, as after
                // `team init` (the login that may upgrade the schema owns it, and may grant).
                if roles::are_set_up(&conn, &address)? {
                    roles::set_up(&conn, &address)?;
                }
            }
            server::Identity::CxoReview { .. } => {}
        }
        conn.set_reads_confidential(roles::reads_confidential(&conn)?);
        conn.set_writes_aggregates(roles::writes_aggregates(&conn)?);
        let mut store = Store { conn, path: None, server: Some(address), access: Access::ReadWrite };
        // Writes made outside the product (psql) were marked by the triggers, as on a file;
        // a login that keeps the counts brings them up to date (tests/parity.rs).
        if store.conn.writes_aggregates() && aggregates::is_stale(&store.conn)? {
            store.transaction(|_| Ok(()))?;
        }
        Ok(store)
    }

    /// From now on nothing is written: the store refuses writes, and the server refuses them
    /// too (a read-only session).
    pub fn read_only_from_now(&mut self) -> Result<()> {
        if self.server.is_some() {
            self.conn.execute_batch("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")?;
        }
        self.access = Access::ReadOnly;
        Ok(())
    }

    fn team_server(&self) -> Result<&server::ServerAddress> {
        self.server.as_ref().ok_or_else(|| {
            Error::Precondition("this database is a file: a team works on a database on a PostgreSQL server (docs/team.md)".into())
        })
    }

    /// Sets up (or refreshes) the team's roles, grants and policies.
    pub fn set_up_team(&mut self) -> Result<()> {
        let address = self.team_server()?.clone();
        roles::set_up(&self.conn, &address)
    }

    /// Adds a login to the team; returns whether the login was created.
    pub fn add_team_user(
        &mut self,
        login: &str,
        role: crate::model::TeamRole,
        password: Option<&str>,
        reviewer: Option<&str>,
    ) -> Result<bool> {
        let address = self.team_server()?.clone();
        roles::add_user(&self.conn, &address, login, role, password, reviewer)
    }

    /// Takes a login out of the team; returns whether it was in it.
    pub fn remove_team_user(&mut self, login: &str) -> Result<bool> {
        let address = self.team_server()?.clone();
        roles::remove_user(&self.conn, &address, login)
    }

    /// The team's logins.
    pub fn team_members(&self) -> Result<Vec<crate::model::TeamUser>> {
        self.team_server()?;
        roles::members(&self.conn)
    }

    /// A write the server refused for the login's role, said as such.
    pub(crate) fn explain_refusal(&self, error: Error) -> Error {
        let Some(server) = &self.server else { return error };
        match &error {
            Error::Database { source, .. } if source.is_permission_denied() => {
                let role = roles::current(&self.conn).ok().and_then(|user| user.role);
                let limit = match role {
                    Some(crate::model::TeamRole::Reviewer) => {
                        "a reviewer saves only their own scores and evidence, and only while the cycle is open"
                    }
                    Some(crate::model::TeamRole::Rapporteur) => {
                        "the rapporteur saves their own scores and merged returns while the cycle is open, proposals, sign-off and packages"
                    }
                    Some(crate::model::TeamRole::Staff) => "staff read scores but do not write them",
                    None => "this login is not in the team (`cxo-review team add-user`)",
                };
                Error::Denied { user: server.user.clone(), reason: format!("{limit} ({source})") }
            }
            _ => error,
        }
    }

    /// Who this session is on a team database (`None` on a file).
    pub fn team_user(&self) -> Result<Option<crate::model::TeamUser>> {
        match &self.server {
            Some(_) => roles::current(&self.conn).map(Some),
            None => Ok(None),
        }
    }

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
            None => std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "someone".into()),
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

    /// Remembers, beside the file, that SQLite found it damaged, so that the next start says so
    /// and offers the latest good backup. Any other error is left alone.
    pub fn note_failure(&self, error: &Error) {
        if let Some(path) = &self.path {
            Store::note_failure_at(path, error);
        }
    }

    /// [`Store::note_failure`] for a database that failed to open.
    pub fn note_failure_at(path: &Path, error: &Error) {
        if error.is_corruption() {
            file::mark_damaged(path, &error.to_string());
        }
    }

    fn prepare(&mut self, name: &str) -> Result<()> {
        let sqlite = self.sqlite()?;
        sqlite.busy_timeout(WRITE_WAIT)?;
        sqlite.pragma_update(None, "foreign_keys", true)?;
        // WAL lets the app read while the CLI writes; `:memory:` stays in "memory" mode.
        let _mode: String = sqlite.query_row("PRAGMA journal_mode = WAL", (), |row| row.get(0))?;
        sqlite.pragma_update(None, "synchronous", "NORMAL")?;
        self.migrate(name)?;
        // Writes made outside the product (the sqlite3 shell) were marked by the triggers. A
        // value of the wrong type written there must not keep the file from opening: the marks
        // stay, and `check` names the value.
        if aggregates::is_stale(&self.conn)? {
            match self.transaction(|_| Ok(())) {
                Err(Error::Database { source, .. }) if source.kind() == crate::error::DatabaseErrorKind::WrongValue => {}
                other => other?,
            }
        }
        Ok(())
    }

    fn migrate(&mut self, name: &str) -> Result<()> {
        // Files were identified before this connection opened them; asked again here of the
        // connection that will write, by the same rule.
        let version = match file::identity_of(self.sqlite()?, name, APPLICATION_ID, SCHEMA_VERSION)? {
            Identity::CxoReview { version } => version,
            Identity::Empty | Identity::BlankSqlite => 0,
        };
        for (index, (migration, sql)) in sqlite::MIGRATIONS.iter().enumerate() {
            let target = index as i64 + 1;
            if target <= version {
                continue;
            }
            let tx = self.begin_write()?;
            tx.execute_batch(sql).map_err(|source| Error::Migration { path: name.to_string(), migration, source })?;
            if target == 1 {
                reference::insert_regions_and_categories(&tx)?;
            }
            if target == SCHEMA_VERSION {
                // Earlier versions have no aggregates; the last migration computes them.
                aggregates::refresh(&tx)?;
                if let Some(sqlite) = tx.sqlite() {
                    sqlite::values::guard_types(sqlite)?;
                }
            }
            tx.execute_batch(&format!("PRAGMA user_version = {target}; PRAGMA application_id = {APPLICATION_ID};"))?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Starts a write transaction that holds the write lock from its first statement
    /// (`BEGIN IMMEDIATE`): a writer that must wait for another then waits in SQLite's busy
    /// handler, up to [`WRITE_WAIT`], instead of failing at once with "database is locked" when
    /// its first write finds the lock taken (which a deferred transaction cannot wait for).
    fn begin_write(&mut self) -> Result<db::Transaction<'_>> {
        if self.access == Access::ReadOnly {
            let place = match (&self.path, &self.server) {
                (Some(path), _) => path.clone(),
                (None, Some(server)) => PathBuf::from(format!("{server} (opened with --read-only)")),
                (None, None) => PathBuf::new(),
            };
            return Err(Error::ReadOnly { path: place });
        }
        match self.conn.begin(Behavior::Immediate) {
            Ok(tx) => Ok(tx),
            Err(e) if e.is_busy() => {
                let path = self.path.clone().unwrap_or_default();
                let holder = file::lock_holder(&path);
                Err(Error::Busy { path, holder, waited_secs: WRITE_WAIT.as_secs() })
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Runs `work` in one transaction: committed if it returns Ok, rolled back otherwise.
    /// The aggregates of what it wrote are brought up to date before the commit.
    pub fn transaction<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let author = self.author();
        self.raw_transaction(|conn| work(&Tx::new(conn, author)))
    }

    /// A transaction for this module's own statements (sign-off, restoring statuses).
    /// A write the server refuses for the login's role is said as such.
    pub(super) fn raw_transaction<T>(&mut self, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let written = self.committed(work);
        written.map_err(|e| self.explain_refusal(e))
    }

    fn committed<T>(&mut self, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self.begin_write()?;
        let value = work(&tx)?;
        match aggregates::refresh(&tx) {
            // A value of the wrong type, written around the product, is not this write's doing:
            // the write stands, and the marks stay until `check --repair` sets the value aside.
            Err(Error::Database { source, .. }) if source.kind() == crate::error::DatabaseErrorKind::WrongValue => {}
            other => other?,
        }
        tx.commit()?;
        if self.server.is_some() {
            // After the commit, so that a screen that sees the new number sees the new data.
            // SQLite counts commits itself (`PRAGMA data_version`).
            self.conn.execute_batch("SELECT nextval('data_version')")?;
        }
        Ok(value)
    }

    /// A number that changes when the data changes: on a file, when another connection
    /// commits (SQLite's `data_version`); on a server, when anyone's write commits. Cheap
    /// enough to ask every few seconds.
    pub fn data_version(&self) -> Result<i64> {
        match self.conn.sqlite() {
            Some(sqlite) => Ok(sqlite.query_row("PRAGMA data_version", [], |row| row.get(0))?),
            None => Ok(self.conn.query_row("SELECT last_value FROM data_version", (), |row| row.get(0))?),
        }
    }

    /// Runs a bulk write (an import) with a 32 MiB page cache instead of 2 MiB: large imports
    /// touch many index pages (docs/performance.md). The cache returns to its size afterwards.
    /// While it runs, a note beside the file names it to writers that wait.
    pub fn bulk<T>(&mut self, work: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let _note = file::WriterNote::new(self.path.as_deref(), "an import");
        let Some(sqlite) = self.conn.sqlite() else {
            let value = work(self)?;
            // A server plans its queries from statistics that a bulk load leaves behind (a
            // copied database had none: a roster row then read every attendance row), and
            // answers counts from indexes alone only where vacuum has marked the pages as
            // visible to all (the dashboard's overdue actions and the meetings list read the
            // table's rows besides, three times slower, until autovacuum comes by). Vacuum
            // visits only the pages changed since it last ran. Tables this login does not own
            // are skipped with a notice, not refused.
            self.conn.execute_batch("VACUUM (ANALYZE)")?;
            return Ok(value);
        };
        let previous: i64 = sqlite.query_row("PRAGMA cache_size", (), |row| row.get(0))?;
        sqlite.pragma_update(None, "cache_size", -32_768)?;
        let result = work(self);
        if let Some(sqlite) = self.conn.sqlite() {
            sqlite.pragma_update(None, "cache_size", previous)?;
        }
        result
    }

    /// Validates and saves a new record, in a transaction of its own; returns its id.
    pub fn create<E: Entity>(&mut self, record: &E) -> Result<i64> {
        self.transaction(|tx| tx.create(record))
    }

    /// Validates and saves changes to record `id`, in a transaction of its own.
    pub fn update<E: Entity>(&mut self, id: i64, record: &E) -> Result<()> {
        self.transaction(|tx| tx.update(id, record))
    }

    /// Deletes record `id`, in a transaction of its own.
    #[cfg(test)]
    pub fn delete<E: Entity>(&mut self, id: i64) -> Result<()> {
        self.transaction(|tx| tx.delete::<E>(id))
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

    /// Writes a consistent copy of the database to `target` (which must not exist yet). The copy
    /// is made under a temporary name beside the target and renamed when complete, so an
    /// interrupted backup leaves no half-written file under the name asked for.
    pub fn backup(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(Error::invalid("file", format!("{} already exists; choose a new file name", target.display())));
        }
        if self.server.is_some() {
            return Err(Error::Precondition(
                "a team database is backed up on its server, with pg_dump (docs/team.md, \"Backups\")".into(),
            ));
        }
        backups::copy_to(self.sqlite()?, target)
    }

    /// Makes a backup into the database's backup folder now (see [`backups`]).
    pub fn backup_now(&self, reason: backups::Reason) -> Result<backups::Backup> {
        let path = self.path.as_deref().ok_or_else(|| Error::invalid("db", "a database in memory has no backups"))?;
        backups::create(self.sqlite()?, path, reason)
    }

    /// Makes the daily backup if one is due; `None` when none was (or the database is in memory).
    pub fn backup_if_due(&self) -> Result<Option<backups::Backup>> {
        match self.path.as_deref() {
            Some(path) if backups::is_due(path)? => self.backup_now(backups::Reason::Daily).map(Some),
            _ => Ok(None),
        }
    }

    /// The backups of this database, newest first.
    pub fn backups(&self) -> Result<Vec<backups::Backup>> {
        self.path.as_deref().map(backups::list).unwrap_or_else(|| Ok(Vec::new()))
    }

    /// Replaces the (closed) database at `database` with `backup`; returns the copy kept of
    /// the replaced file.
    pub fn restore_backup(database: &Path, backup: &Path) -> Result<backups::Backup> {
        backups::restore(database, backup, APPLICATION_ID, SCHEMA_VERSION)
    }

    /// Compares the kept aggregates with a recomputation from every attendance row; returns how
    /// many rows differed. With `repair`, the recomputation is kept. A read-only file is not
    /// checked (the comparison needs a transaction that writes) and gives `None`.
    pub fn check_aggregates(&mut self, repair: bool) -> Result<Option<usize>> {
        if self.is_read_only() {
            return Ok(None);
        }
        let tx = self.begin_write()?;
        let differing = aggregates::recompute_all(&tx)?;
        if repair && differing > 0 {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(Some(differing))
    }

    /// Clears the damage mark of a file that now checks out; returns when it had been marked.
    pub fn clear_damage_mark(&self) -> Option<String> {
        let path = self.path.as_deref()?;
        let (since, _) = file::damage(path)?;
        std::fs::remove_file(file::damage_mark(path)).ok()?;
        Some(since)
    }

    /// SQLite's integrity and foreign-key checks; returns the problems found (empty when sound).
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let Some(sqlite) = self.conn.sqlite() else { return Ok(problems) };
        let mut stmt = sqlite.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map((), |row| row.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut stmt = sqlite.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map((), |row| {
            Ok(format!(
                "{} row {} refers to a missing {}",
                row.get::<_, String>(0)?,
                row.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                row.get::<_, String>(2)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        Ok(problems)
    }
}

/// A write in progress on the SQLite file, handed to the work of [`Store::transaction`]. Every
/// record saved through it is validated first, so that no path (a form, an import, quick
/// capture, drafting, the demo) can store what a form would refuse. Its connection stays inside
/// `storage`.
pub struct Tx<'a> {
    conn: &'a Connection,
    /// What the import running in this transaction keeps between its rows.
    import: std::cell::RefCell<ImportSession>,
    /// Who is writing, and when, as recorded beside each record saved.
    author: String,
    at: String,
}

impl<'a> Tx<'a> {
    fn new(conn: &'a Connection, author: String) -> Self {
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        Tx { conn, import: std::cell::RefCell::new(ImportSession::default()), author, at }
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
    fn stamp<E: Entity>(&self, id: i64, before: i64) -> Result<()> {
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

fn reject_invalid<E: Entity>(record: &E) -> Result<()> {
    let errors = record.validate();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(errors))
    }
}

fn ensure_exists<E: Entity>(conn: &Connection, id: i64) -> Result<()> {
    if E::load(conn, Some(id))?.is_empty() {
        return Err(Error::NotFound { entity: E::NAME, key: format!("#{id}") });
    }
    Ok(())
}

/// Turns SQLite's "FOREIGN KEY constraint failed" on delete into a message a user can act on.
fn explain_restrict(error: Error, entity: &str) -> Error {
    match &error {
        Error::Database { source, .. } if source.is_constraint_violation() => {
            Error::invalid("id", format!("this {entity} is still referred to by other records; remove those first"))
        }
        _ => error,
    }
}

/// Looks up the id of a record by its natural key; an unknown key is a field error.
pub(crate) fn resolve(conn: &Connection, sql: &str, key: &str, field: &str, entity: &str) -> Result<i64> {
    conn.prepare_cached(sql)?
        .query_row(params![key.trim()], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::invalid(field, format!("unknown {entity} \"{}\"", key.trim())))
}

/// Fails with a field error when `sql` (taking the key and the id to ignore) finds another record.
pub(crate) fn ensure_unique(
    conn: &Connection,
    sql: &str,
    key: &str,
    except_id: Option<i64>,
    field: &str,
    message: impl FnOnce() -> String,
) -> Result<()> {
    let found: Option<i64> = conn.prepare_cached(sql)?.query_row(params![key.trim()], |row| row.get(0)).optional()?;
    match found {
        Some(id) if Some(id) != except_id => Err(Error::invalid(field, message())),
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
        .ok_or_else(|| Error::invalid("db", "cannot find a home directory for the database; pass --db PATH"))
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



