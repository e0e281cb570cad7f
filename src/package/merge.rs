//! Merging a return: what it changes, what it leaves, and every conflict, decided before
//! anything is written.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::{Return, ReturnedScore};
use crate::error::{Error, Result};
use crate::model::facts::PackageRecord;
use crate::model::{CycleStatus, Record, ReviewCycle, Score};

/// One score a merge sets.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Change {
    pub objective: String,
    /// The level before (None: the reviewer had no score of it).
    pub from: Option<i64>,
    pub to: i64,
}

/// A returned score the merge did not apply, and why.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Conflict {
    pub objective: String,
    pub reason: String,
}

/// What merging one return did.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Merged {
    /// The file it came from, as the user named it.
    pub file: String,
    pub package: String,
    pub reviewer: String,
    pub cycle: String,
    pub returned_at: String,
    /// The fingerprint of the reviewer's key.
    pub key: String,
    pub applied: Vec<Change>,
    /// Objectives whose returned score the database already held.
    pub unchanged: Vec<String>,
    pub conflicts: Vec<Conflict>,
}

/// A merge decided: the scores to write (with the id of the score each replaces), and the
/// report of it.
#[derive(Debug, Clone, PartialEq)]
pub struct MergePlan {
    pub writes: Vec<(Option<i64>, Score)>,
    pub merged: Merged,
}

/// Decides the merge of `ret` (read from the file `name`) into a database whose key has the
/// fingerprint `database`, where `record` is the package it names, `cycle` its cycle now and
/// `current` the reviewer's scores in it now. A return that cannot be merged at all is an
/// error, and nothing of it is written.
#[allow(clippy::too_many_arguments)]
pub fn plan_merge(
    ret: &Return,
    name: &str,
    database: &str,
    record: &PackageRecord,
    cycle: &ReviewCycle,
    current: &[Record<Score>],
    accept_late: bool,
) -> Result<MergePlan> {
    let body = &ret.body;
    if body.database != database {
        return Err(Error::wrong_file(name, "answers a package of another database"));
    }
    if body.reviewer != record.reviewer || body.cycle != cycle.name {
        return Err(Error::wrong_file(
            name,
            format!("does not match its package, issued to {} for \"{}\"", record.reviewer, cycle.name),
        ));
    }
    if let Some(pinned) = &record.reviewer_key {
        if *pinned != ret.key {
            return Err(Error::wrong_file(
                name,
                format!(
                    "is signed by key {}, but the earlier returns of this package were signed by {pinned}: \
                     ask {} whether they changed computer",
                    ret.key, record.reviewer
                ),
            ));
        }
    }
    if cycle.status == CycleStatus::SignedOff {
        return Err(Error::Frozen(cycle.name.clone()));
    }
    let returned_on = chrono::DateTime::parse_from_rfc3339(&body.returned_at)
        .map(|t| t.date_naive())
        .map_err(|_| Error::wrong_file(name, format!("has a return time that is not a time ({})", body.returned_at)))?;
    if returned_on > record.deadline && !accept_late {
        return Err(Error::Precondition(crate::msg!("precondition-return-late",
            file = name,
            returned = returned_on.to_string(),
            deadline = record.deadline.to_string()
        )));
    }

    let mut merged = Merged {
        file: name.to_string(),
        package: body.package.clone(),
        reviewer: body.reviewer.clone(),
        cycle: body.cycle.clone(),
        returned_at: body.returned_at.clone(),
        key: ret.key.clone(),
        applied: Vec::new(),
        unchanged: Vec::new(),
        conflicts: Vec::new(),
    };
    let mut writes = Vec::new();
    for returned in &body.scores {
        let code = &returned.objective;
        if !cycle.objectives.contains(code) {
            merged.conflicts.push(Conflict { objective: code.clone(), reason: "is no longer in the cycle's scope".into() });
            continue;
        }
        let now = current.iter().find(|s| s.data.objective == *code && s.data.reviewer == record.reviewer);
        let issued = record.issued_scores.iter().find(|s| s.objective == *code);
        if now.is_some_and(|s| same(&s.data, returned)) {
            merged.unchanged.push(code.clone());
            continue;
        }
        if let Some(now) = now {
            let ours = now.data.source_package.as_deref() == Some(body.package.as_str());
            let as_issued = issued.is_some_and(|i| same_score(&now.data, i));
            if !ours && !as_issued {
                let was = issued.map(|i| i.level.to_string()).unwrap_or_else(|| "none".into());
                merged.conflicts.push(Conflict {
                    objective: code.clone(),
                    reason: format!(
                        "was changed here since the package was issued (level {was} then, {} now); the return says {}",
                        now.data.level, returned.level
                    ),
                });
                continue;
            }
        }
        merged.applied.push(Change { objective: code.clone(), from: now.map(|s| s.data.level), to: returned.level });
        writes.push((
            now.map(|s| s.id),
            Score {
                cycle: cycle.name.clone(),
                reviewer: record.reviewer.clone(),
                objective: code.clone(),
                level: returned.level,
                rationale: returned.rationale.clone(),
                evidence: returned.evidence.clone(),
                source_package: Some(body.package.clone()),
                returned_at: Some(body.returned_at.clone()),
                reviewer_key: Some(ret.key.clone()),
            },
        ));
    }
    // Returns of one package are merged in the order they were made: an older one (or another
    // made at the same instant) would undo what a later one set. The same return again changes
    // nothing and passes.
    if let Some(last) = &record.last_return {
        let older = body.returned_at < *last || (body.returned_at == *last && !writes.is_empty());
        if older {
            return Err(Error::Precondition(crate::msg!("precondition-return-older", file = name, returned = &body.returned_at, last = last)));
        }
    }
    Ok(MergePlan { writes, merged })
}

/// How far ahead of this computer's clock a reviewer's clock may be.
pub const CLOCK_TOLERANCE_MINUTES: i64 = 5;

/// Refuses a return that no honest reviewer's machine makes: one signed by a key already
/// known as another reviewer's (`key_holder`), one dated before its package was issued or
/// after `now` (with [`CLOCK_TOLERANCE_MINUTES`] for the reviewer's clock), and one scoring
/// an objective twice.
pub fn check_return(ret: &Return, name: &str, record: &PackageRecord, key_holder: Option<&str>, now: DateTime<Utc>) -> Result<()> {
    let body = &ret.body;
    if let Some(holder) = key_holder {
        return Err(Error::wrong_file(
            name,
            format!(
                "is signed by key {}, which signs {holder}'s returns: a return for {} must be signed on {}'s own computer",
                ret.key, record.reviewer, record.reviewer
            ),
        ));
    }
    let returned = DateTime::parse_from_rfc3339(&body.returned_at)
        .map_err(|_| Error::wrong_file(name, format!("has a return time that is not a time ({})", body.returned_at)))?
        .with_timezone(&Utc);
    let issued = DateTime::parse_from_rfc3339(&record.issued_at)
        .map_err(|_| Error::Inconsistent(crate::msg!("inconsistent-package-issue-time", package = &record.id)))?
        .with_timezone(&Utc);
    if returned < issued {
        return Err(Error::wrong_file(name, format!("says it was returned at {}, before its package was issued ({})", body.returned_at, record.issued_at)));
    }
    if returned > now + chrono::Duration::minutes(CLOCK_TOLERANCE_MINUTES) {
        return Err(Error::wrong_file(
            name,
            format!("says it was returned at {}, later than now: the reviewer's clock, or the file, is wrong", body.returned_at),
        ));
    }
    let mut seen = std::collections::HashSet::new();
    for score in &body.scores {
        if !seen.insert(score.objective.as_str()) {
            return Err(Error::wrong_file(name, format!("scores objective {} more than once", score.objective)));
        }
    }
    Ok(())
}

/// Whether the stored score says what the reviewer returned.
fn same(stored: &Score, returned: &ReturnedScore) -> bool {
    stored.level == returned.level && stored.rationale == returned.rationale && stored.evidence == returned.evidence
}

fn same_score(a: &Score, b: &Score) -> bool {
    a.level == b.level && a.rationale == b.rationale && a.evidence == b.evidence
}

/// The last day a return is accepted by default: `days` after `today`.
pub fn deadline_after(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_add_days(chrono::Days::new(days)).unwrap_or(today)
}
