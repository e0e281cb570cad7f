//! SQL for review packages: the database's signing key, the packages it issued, and the returns
//! merged from them.

use super::db::{params, Connection, Dialect, OptionalExtension};

use super::review::{CYCLE_ID, REVIEWER_ID};
use super::{resolve, Store, Tx};
use crate::error::{Error, Result};
use crate::model::facts::PackageRecord;
use crate::model::{Record, Score};

impl Store {
    /// The database's signing key; `candidate` becomes it when it has none yet.
    pub fn signing_secret(&mut self, candidate: [u8; 32], now: &str) -> Result<[u8; 32]> {
        // Read first: using the key must not write to the file.
        let stored: Option<Vec<u8>> =
            self.conn.query_row("SELECT secret FROM signing_key WHERE id = 1", (), |row| row.get(0)).optional()?;
        if let Some(secret) = stored {
            return secret.try_into().map_err(|_| Error::Inconsistent(crate::msg!("inconsistent-signing-key")));
        }
        self.raw_transaction(|conn| {
            conn.execute(
                "INSERT INTO signing_key (id, secret, created_at) VALUES (1, ?1, ?2) ON CONFLICT (id) DO NOTHING",
                params![candidate.as_slice(), now],
            )?;
            let secret: Vec<u8> = conn.query_row("SELECT secret FROM signing_key WHERE id = 1", (), |row| row.get(0))?;
            secret.try_into().map_err(|_| Error::Inconsistent(crate::msg!("inconsistent-signing-key")))
        })
    }

    /// Remembers an issued package.
    pub fn record_package(&mut self, record: &PackageRecord, cycle: &str) -> Result<()> {
        let scores = serde_json::to_string(&record.issued_scores)?;
        self.raw_transaction(|conn| {
            let reviewer = resolve(conn, REVIEWER_ID, &record.reviewer, "reviewer", "reviewer")?;
            let cycle = resolve(conn, CYCLE_ID, cycle, "cycle", "review cycle")?;
            conn.execute(
                "INSERT INTO review_package (id, cycle_id, reviewer_id, issued_at, deadline, issued_scores)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![record.id, cycle, reviewer, record.issued_at, record.deadline, scores],
            )?;
            Ok(())
        })
    }
}

fn package_record(conn: &Connection, id: &str) -> Result<Option<PackageRecord>> {
    let row = conn
        .query_row(
            "SELECT p.id, p.cycle_id, r.name, p.issued_at, p.deadline, p.issued_scores, p.reviewer_key, p.last_return
             FROM review_package p JOIN reviewer r ON r.id = p.reviewer_id WHERE p.id = ?1",
            [id],
            |row| {
                Ok((
                    PackageRecord {
                        id: row.get(0)?,
                        cycle_id: row.get(1)?,
                        reviewer: row.get(2)?,
                        issued_at: row.get(3)?,
                        deadline: row.get(4)?,
                        issued_scores: Vec::new(),
                        reviewer_key: row.get(6)?,
                        last_return: row.get(7)?,
                    },
                    row.get::<String>(5)?,
                ))
            },
        )
        .optional()?;
    let Some((mut record, scores)) = row else { return Ok(None) };
    record.issued_scores = serde_json::from_str(&scores)
        .map_err(|e| Error::Inconsistent(crate::msg!("inconsistent-package-scores", package = id, reason = e.to_string())))?;
    Ok(Some(record))
}

impl Tx<'_> {
    /// Package `id`, its row locked until the transaction ends (on a file the write
    /// transaction already holds the whole database).
    pub fn claim_package(&self, id: &str) -> Result<Option<PackageRecord>> {
        if self.conn.dialect() == Dialect::Postgres {
            self.conn.query_row("SELECT count(*) FROM (SELECT 1 FROM review_package WHERE id = ?1 FOR UPDATE) p", [id], |row| row.get::<i64>(0))?;
        }
        package_record(self.conn, id)
    }

    /// `reviewer`'s scores in cycle `cycle_id`, locked until the transaction ends.
    pub fn claim_scores(&self, cycle_id: i64, reviewer: &str) -> Result<Vec<Record<Score>>> {
        if self.conn.dialect() == Dialect::Postgres {
            self.conn.query_row(
                "SELECT count(*) FROM (SELECT 1 FROM score s JOIN reviewer r ON r.id = s.reviewer_id
                 WHERE s.cycle_id = ?1 AND r.name = ?2 FOR UPDATE OF s) locked",
                params![cycle_id, reviewer],
                |row| row.get::<i64>(0),
            )?;
        }
        super::review::scores_of_reviewer(self.conn, cycle_id, reviewer)
    }

    /// The reviewer, other than `reviewer`, whose packages' returns `key` signed.
    pub fn key_holder(&self, key: &str, reviewer: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT r.name FROM review_package p JOIN reviewer r ON r.id = p.reviewer_id
                 WHERE p.reviewer_key = ?1 AND r.name <> ?2 ORDER BY p.issued_at LIMIT 1",
                [key, reviewer],
                |row| row.get::<String>(0),
            )
            .optional()?)
    }
}

/// Notes a merged return of package `id`: the key that signed it (kept from the first) and when
/// it was returned.
pub(super) fn record_return(conn: &Connection, id: &str, key: &str, returned_at: &str) -> Result<()> {
    conn.execute(
        "UPDATE review_package SET reviewer_key = coalesce(reviewer_key, ?2), last_return = ?3 WHERE id = ?1",
        params![id, key, returned_at],
    )?;
    Ok(())
}
