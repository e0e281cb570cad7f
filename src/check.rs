//! `check`: what can be verified about a database beyond SQLite's own checks — the kept
//! aggregates against a recomputation, and each signed-off cycle against its digest — and what
//! `--repair` can mend (the aggregates; a changed signed-off cycle can only be restored from a
//! backup, so it is reported, never "repaired").

use crate::error::Result;
use crate::storage::{Store, Findings};

/// What a check found and, with repair, mended.
#[derive(Debug, Default, Clone, serde::Serialize, specta::Type)]
pub struct CheckReport {
    /// Problems that remain, one sentence each.
    pub problems: Vec<String>,
    /// What was repaired, one sentence each.
    pub repaired: Vec<String>,
}

/// Checks `store`; with `repair`, mends what the database can (the kept aggregates).
pub fn run(store: &mut Store, repair: bool) -> Result<CheckReport> {
    let Findings { mut problems, mut repaired } = store.check(repair)?;
    if problems.is_empty() {
        // Digests are read through the structures checked first.
        for tampered in crate::app::review::tampered_cycles(store)? {
            problems.push(tampered.to_string());
        }
    }
    if problems.is_empty() {
        if let Some(since) = store.clear_damage_mark() {
            repaired.push(format!("the file checks out now; the damage noted on {since} is cleared"));
        }
    }
    Ok(CheckReport { problems, repaired })
}
