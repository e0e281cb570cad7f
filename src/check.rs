//! `check`: what can be verified about a database beyond SQLite's own checks — the kept
//! aggregates against a recomputation, and each signed-off cycle against its digest — and what
//! `--repair` can mend (the aggregates; a changed signed-off cycle can only be restored from a
//! backup, so it is reported, never "repaired").

use crate::error::Result;
use crate::storage::Store;

/// What a check found and, with repair, mended.
#[derive(Debug, Default, Clone, serde::Serialize, specta::Type)]
pub struct CheckReport {
    /// Problems that remain, one sentence each.
    pub problems: Vec<String>,
    /// What was repaired, one sentence each.
    pub repaired: Vec<String>,
}

/// Checks `store`; with `repair`, recomputes aggregates found wrong.
pub fn run(store: &mut Store, repair: bool) -> Result<CheckReport> {
    let mut report = CheckReport { problems: store.check()?, repaired: Vec::new() };
    if !report.problems.is_empty() {
        // The rest reads through the damaged structures; SQLite's findings come first.
        return Ok(report);
    }
    match store.check_aggregates(repair)? {
        Some(0) | None => {}
        Some(rows) if repair => report.repaired.push(format!("{rows} row(s) of the kept attendance aggregates recomputed")),
        Some(rows) => report.problems.push(format!(
            "{rows} row(s) of the kept attendance aggregates differ from the attendance rows; `check --repair` recomputes them"
        )),
    }
    for tampered in crate::app::review::tampered_cycles(store)? {
        report.problems.push(tampered.to_string());
    }
    if report.problems.is_empty() {
        if let Some(since) = store.clear_damage_mark() {
            report.repaired.push(format!("the file checks out now; the damage noted on {since} is cleared"));
        }
    }
    Ok(report)
}
