//! Keeping the database sound: backups (made, listed, restored), the check of SQLite's
//! integrity and references and of the kept counts, and the damage mark cleared once the file
//! checks out.

use super::*;

impl Store {
    /// Removes what killed writes left beside the file at `path` (hidden `.partial` files, a
    /// gone writer's note, a backup's unused log) when nothing holds it; one sentence per file.
    pub fn remove_leftovers(path: &Path) -> Vec<String> {
        sqlite::leftovers::remove(path)
    }

    /// Writes a consistent copy of the database to `target` (which must not exist yet). The copy
    /// is made under a temporary name beside the target and renamed when complete, so an
    /// interrupted backup leaves no half-written file under the name asked for.
    pub fn backup(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(Error::invalid_because("file", crate::msg!("invalid-file-exists", path = target.display().to_string())));
        }
        if self.server.is_some() {
            return Err(Error::Precondition(crate::msg!("precondition-team-backup")));
        }
        backups::copy_to(self.sqlite()?, target)
    }

    /// Makes a backup into the database's backup folder now (see [`backups`]).
    pub fn backup_now(&self, reason: backups::Reason) -> Result<backups::Backup> {
        let path = self.path.as_deref().ok_or_else(|| Error::invalid_because("db", crate::msg!("invalid-memory-no-backups")))?;
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
