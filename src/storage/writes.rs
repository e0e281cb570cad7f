//! Transactions: one write at a time on a file (`BEGIN IMMEDIATE`, waiting for another
//! writer), the kept counts brought up to date before each commit, a refusal of the server
//! explained, the data version others watch, and the typed one-record writes.

use super::*;

impl Store {
    /// Starts a write transaction that holds the write lock from its first statement
    /// (`BEGIN IMMEDIATE`): a writer that must wait for another then waits in SQLite's busy
    /// handler, up to [`WRITE_WAIT`], instead of failing at once with "database is locked" when
    /// its first write finds the lock taken (which a deferred transaction cannot wait for).
    pub(in crate::storage) fn begin_write(&mut self) -> Result<db::Transaction<'_>> {
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

    pub(in crate::storage) fn committed<T>(&mut self, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let (author, cause) = (self.author(), self.cause.clone());
        let tx = self.begin_write()?;
        history::start_write(&tx, &author, &cause)?;
        let value = work(&tx)?;
        match aggregates::refresh(&tx) {
            // A value of the wrong type, written around the product, is not this write's doing:
            // the write stands, and the marks stay until `check --repair` sets the value aside.
            Err(Error::Database { source, .. }) if source.kind() == crate::error::DatabaseErrorKind::WrongValue => {}
            other => other?,
        }
        history::finish_write(&tx)?;
        tx.commit()?;
        if self.server.is_some() {
            // After the commit, so that a screen that sees the new number sees the new data.
            // SQLite counts commits itself (`PRAGMA data_version`).
            self.conn.execute_batch("SELECT nextval('data_version')")?;
        }
        Ok(value)
    }

    /// Says why the writes that follow are made (a form, an import of a file…), for the
    /// history entries they write; it holds until said again.
    pub fn set_cause(&mut self, cause: WriteCause) {
        self.cause = cause;
    }

    /// Why the writes are made now.
    pub fn cause(&self) -> &WriteCause {
        &self.cause
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
}
