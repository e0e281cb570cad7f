//! The store's own methods that the use cases call and no record module owns: where the
//! database is, one write transaction for a purpose, the database's check, and the fuzzers'
//! page image. The use cases hold a [`Store`] directly: both engines are one store whose
//! connection chooses the engine (`storage::db`, the seam a third engine plugs into), so no
//! trait stands between them.

use std::collections::HashMap;

use std::path::Path;

use super::{file, sqlite, Store, Tx};
use crate::error::{Error, Result};
use crate::model::{with_kind, Kind};

/// What a write is for. An import may run with more memory, and tells writers that wait for it
/// what they wait for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Edit,
    Import,
}

/// What a database's own check found, before the use case adds the digests of signed-off
/// cycles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// Problems that remain, one sentence each.
    pub problems: Vec<String>,
    /// What was repaired, one sentence each.
    pub repaired: Vec<String>,
}

impl Store {
    /// Where the database is, as users are shown it: the file's path, the server's URL without
    /// its password, or "a private database in memory".
    pub fn describe(&self) -> String {
        match (self.path(), self.server()) {
            (Some(path), _) => path.display().to_string(),
            (None, Some(server)) => server.to_string(),
            (None, None) => "a private database in memory".to_string(),
        }
    }

    /// Runs `work` in one transaction for `purpose` and returns what it returns: committed if
    /// it returns Ok, rolled back otherwise. An import runs with more memory.
    pub fn write<T>(&mut self, purpose: Purpose, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match purpose {
            Purpose::Edit => self.transaction(work),
            Purpose::Import => self.bulk(|store| store.transaction(work)),
        }
    }

    /// The version of record `id` of `kind`.
    pub fn kind_version(&self, kind: Kind, id: i64) -> Result<i64> {
        with_kind!(kind, E => self.version::<E>(id))
    }

    /// The version of every record of `kind`, by id.
    pub fn kind_versions(&self, kind: Kind) -> Result<HashMap<i64, i64>> {
        with_kind!(kind, E => self.versions::<E>())
    }

    /// The database's own check: SQLite's integrity and references first (the rest reads
    /// through the structures they check), then the kept aggregates, recomputed when `repair`.
    pub fn check(&mut self, repair: bool) -> Result<Findings> {
        // SQLite's integrity check also reports rows that break a CHECK of the schema: those
        // are values, not damage, and come after the wrong values (which often break them).
        let (rules, structure): (Vec<String>, Vec<String>) =
            self.integrity_problems()?.into_iter().partition(|p| p.starts_with("CHECK constraint failed"));
        let mut findings = Findings { problems: structure, repaired: Vec::new() };
        if !findings.problems.is_empty() {
            return Ok(findings);
        }
        // Values of the wrong type come next: the rest reads them as their columns' types.
        let wrong = self.wrong_values()?;
        if !wrong.is_empty() {
            match (repair, self.path().map(Path::to_path_buf)) {
                (true, Some(path)) if !self.is_read_only() => {
                    let kept = file::sibling(&path, &format!(".quarantined-{}.json", chrono::Local::now().format("%Y%m%d-%H%M%S")));
                    let said = self.raw_transaction(|conn| {
                        let sqlite = conn.sqlite().ok_or_else(|| Error::Internal("a file's connection is SQLite".into()))?;
                        sqlite::values::quarantine(sqlite, &wrong, &kept)
                    })?;
                    let (left, set_aside): (Vec<String>, Vec<String>) = said.into_iter().partition(|s| s.contains("correct it by hand"));
                    findings.repaired.extend(set_aside);
                    findings.problems.extend(left);
                }
                _ => findings.problems.extend(wrong.iter().map(|w| {
                    format!("{w}; `check --repair` sets it aside")
                })),
            }
            if !findings.problems.is_empty() {
                findings.problems.extend(rules);
                return Ok(findings);
            }
        }
        let rules: Vec<String> = if findings.repaired.is_empty() {
            rules
        } else {
            self.integrity_problems()?.into_iter().filter(|p| p.starts_with("CHECK constraint failed")).collect()
        };
        if !rules.is_empty() {
            findings.problems.extend(rules.iter().map(|rule| format!("{rule}: a row breaks a rule of the schema, written around CxO Review")));
            return Ok(findings);
        }
        match self.check_aggregates(repair)? {
            Some(0) | None => {}
            Some(rows) if repair => {
                findings.repaired.push(format!("{rows} row(s) of the kept attendance aggregates recomputed"))
            }
            Some(rows) => findings.problems.push(format!(
                "{rows} row(s) of the kept attendance aggregates differ from the attendance rows; `check --repair` recomputes them"
            )),
        }
        Ok(findings)
    }

    /// Every stored value that is not of its column's type (a file only: a server's columns
    /// refuse them).
    pub fn wrong_values(&self) -> Result<Vec<sqlite::values::WrongValue>> {
        match self.conn.sqlite() {
            Some(sqlite) => sqlite::values::wrong_values(sqlite),
            None => Ok(Vec::new()),
        }
    }

    /// The file's page image, for the fuzzers to restore between runs.
    #[cfg(feature = "fuzzing")]
    pub fn pages(&mut self) -> Result<Vec<u8>> {
        Ok(self.sqlite_mut()?.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    #[cfg(feature = "fuzzing")]
    pub fn restore_pages(&mut self, pages: &[u8]) -> Result<()> {
        Ok(self.sqlite_mut()?.deserialize_read_exact(rusqlite::MAIN_DB, pages, pages.len(), false)?)
    }

    #[cfg(feature = "fuzzing")]
    pub fn in_transaction(&self) -> bool {
        !self.conn.is_autocommit()
    }
}
