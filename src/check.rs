//! `check`: what can be verified about a database beyond SQLite's own checks — the kept
//! aggregates against a recomputation, each signed-off cycle against its digest, the history
//! along its chain — and what
//! `--repair` can mend (the aggregates; a changed signed-off cycle can only be restored from a
//! backup, so it is reported, never "repaired").

use crate::error::Result;
use crate::model::history::ChainHead;
use crate::storage::{Store, Findings};

/// What a check found and, with repair, mended.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct CheckReport {
    /// Problems that remain, one sentence each.
    pub problems: Vec<String>,
    /// What was repaired, one sentence each.
    pub repaired: Vec<String>,
    /// The end of the history's chain, as walked: a copy of it kept elsewhere proves what the
    /// history held.
    pub history: ChainHead,
    /// Entries another program wrote into a file since CxO Review last wrote: recorded, and
    /// chained by its next change (or by `check --repair`).
    pub history_unchained: i64,
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
    let mut chain = match store.check_history() {
        Ok(chain) => chain,
        // A value of the wrong type in the history is named with the others above; the chain
        // cannot be walked until `check --repair` has set it aside.
        Err(crate::Error::Database { source, .. }) if source.kind() == crate::error::DatabaseErrorKind::WrongValue => {
            problems.push("the history holds a value of the wrong type (named above): its chain cannot be walked".into());
            crate::model::history::ChainCheck { head: ChainHead { entries: 0, hash: String::new() }, first_broken: None, unchained: 0 }
        }
        Err(e) => return Err(e),
    };
    if repair && chain.unchained > 0 && chain.first_broken.is_none() {
        store.transaction(|_| Ok(()))?;
        repaired.push(format!("{} history entr{} written by another program chained", chain.unchained, if chain.unchained == 1 { "y" } else { "ies" }));
        chain = store.check_history()?;
    }
    if let Some(id) = chain.first_broken {
        problems.push(format!(
            "history entry {id} does not follow from the one before it: the history was edited, or an entry \
             removed, outside CxO Review (entries are never changed or deleted by it)"
        ));
    }
    if problems.is_empty() {
        if let Some(since) = store.clear_damage_mark() {
            repaired.push(format!("the file checks out now; the damage noted on {since} is cleared"));
        }
    }
    Ok(CheckReport { problems, repaired, history: chain.head, history_unchained: chain.unchained })
}
