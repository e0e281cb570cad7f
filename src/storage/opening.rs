//! Opening a database: a file (identified before anything in it changes, created, migrated, opened
//! read-only or despite a damage mark), a team database on a server, or one in memory; and
//! what a failure to open leaves noted beside the file.

use super::*;

/// A file marked damaged is refused, with the latest good backup.
fn refuse_damaged(path: &Path) -> Result<()> {
    match file::damage(path) {
        Some((since, reason)) => {
            let latest_backup = backups::list(path).ok().and_then(|list| list.into_iter().next()).map(|b| b.path);
            Err(Error::Damaged { path: path.to_path_buf(), since, reason, latest_backup })
        }
        None => Ok(()),
    }
}

impl Store {
    /// Opens the existing database at `path` and brings its schema up to date. A missing file is
    /// an error (see [`Store::create_database`]); a file that cannot be written opens read-only; a file
    /// that is not a CxO Review database, or is newer than this build, is refused before
    /// anything in it changes; a file marked damaged is refused with the latest good backup.
    pub fn open(path: &Path) -> Result<Store> {
        refuse_damaged(path)?;
        Store::open_file(path, false)
    }

    /// Opens even a file marked damaged: for `check`, and to take a backup of what is left.
    pub fn open_despite_damage(path: &Path) -> Result<Store> {
        Store::open_file(path, false)
    }

    /// Opens the file at `path`; an empty file, or an SQLite database with nothing in it, is set
    /// up as a new database only when `may_set_up` says so (`init`, `demo`): any other command
    /// refuses it rather than silently turning it into a database.
    fn open_file(path: &Path, may_set_up: bool) -> Result<Store> {
        if !path.is_file() {
            return Err(Error::NoDatabase { path: path.to_path_buf() });
        }
        let identity = file::identify(path, APPLICATION_ID, SCHEMA_VERSION)?;
        if !may_set_up && matches!(identity, Identity::Empty | Identity::BlankSqlite) {
            let what = if matches!(identity, Identity::Empty) { "is an empty file" } else { "is an SQLite database with nothing in it" };
            return Err(Error::wrong_file(
                path.display().to_string(),
                format!("{what}, not a CxO Review database; to make it one, run `cxo-review --db {} init`", path.display()),
            ));
        }
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
                let mut store = Store { conn, path: Some(path.to_path_buf()), server: None, access: Access::ReadWrite, cause: WriteCause::default() };
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

    pub(in crate::storage) fn read_only(path: &Path, identity: Identity) -> Result<Store> {
        if !matches!(identity, Identity::CxoReview { version } if version == SCHEMA_VERSION) {
            // Setting up or upgrading would need to write.
            return Err(Error::ReadOnly { path: path.to_path_buf() });
        }
        let conn = file::read_only_connection(path)?;
        conn.busy_timeout(WRITE_WAIT)?;
        let conn = Connection::from_sqlite(conn);
        Ok(Store { conn, path: Some(path.to_path_buf()), server: None, access: Access::ReadOnly, cause: WriteCause::default() })
    }

    /// Creates a new database at `path` (its folder too), which must not exist yet.
    pub fn create_database(path: &Path) -> Result<Store> {
        if path.exists() {
            return Err(Error::invalid_because("file", crate::msg!("invalid-file-exists", path = path.display().to_string())));
        }
        let folder = file::folder_of(path);
        std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
        let conn = Connection::from_sqlite(rusqlite::Connection::open(path)?);
        let mut store = Store { conn, path: Some(path.to_path_buf()), server: None, access: Access::ReadWrite, cause: WriteCause::default() };
        store.prepare(&path.display().to_string())?;
        Ok(store)
    }

    /// Opens `path`, creating it when it does not exist yet (`cxo-review init`, first start).
    pub fn open_or_create(path: &Path) -> Result<Store> {
        if path.exists() {
            refuse_damaged(path)?;
            Store::open_file(path, true)
        } else {
            Store::create_database(path)
        }
    }

    /// A private database that vanishes when dropped (tests, previews).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::from_sqlite(rusqlite::Connection::open_in_memory()?);
        let mut store = Store { conn, path: None, server: None, access: Access::ReadWrite, cause: WriteCause::default() };
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
                return Err(Error::Precondition(crate::msg!("precondition-server-empty", address = address.to_string())))
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
        let mut store = Store { conn, path: None, server: Some(address), access: Access::ReadWrite, cause: WriteCause::default() };
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

    pub(in crate::storage) fn prepare(&mut self, name: &str) -> Result<()> {
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

    pub(in crate::storage) fn migrate(&mut self, name: &str) -> Result<()> {
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
                history::install_sqlite(&tx)?;
            }
            tx.execute_batch(&format!("PRAGMA user_version = {target}; PRAGMA application_id = {APPLICATION_ID};"))?;
            tx.commit()?;
        }
        Ok(())
    }
}
