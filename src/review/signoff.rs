//! Sign-off: freezing a cycle under a digest of its content, and verifying an exported summary
//! against the database.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{find_cycle, summarize, CycleSummary, SummaryOptions};
use crate::error::{Error, Result};
use crate::model::{CycleStatus, Improvement, Objective, ReviewCycle, Score};
use crate::storage::Store;

/// What a signed-off cycle freezes, in a canonical order.
#[derive(Serialize)]
struct FrozenContent<'a> {
    name: &'a str,
    period_from: chrono::NaiveDate,
    period_to: chrono::NaiveDate,
    quorum: i64,
    reviewers: &'a [String],
    objectives: Vec<Objective>,
    scores: Vec<Score>,
    improvements: Vec<Improvement>,
}

/// SHA-256 of the cycle's frozen content (scope, rubrics, scores with evidence, proposals).
pub fn content_digest(store: &Store, cycle: &ReviewCycle) -> Result<String> {
    let objectives = store
        .list::<Objective>()?
        .into_iter()
        .map(|o| o.data)
        .filter(|o| cycle.objectives.contains(&o.code))
        .collect();
    let id = crate::storage::cycle_id(store.conn(), &cycle.name)?;
    let scores: Vec<Score> = crate::storage::scores_of_cycle(store.conn(), id)?.into_iter().map(|s| s.data).collect();
    let improvements: Vec<Improvement> =
        crate::storage::improvements_of_cycle(store.conn(), id)?.into_iter().map(|i| i.data).collect();
    let content = FrozenContent {
        name: &cycle.name,
        period_from: cycle.period_from,
        period_to: cycle.period_to,
        quorum: cycle.quorum,
        reviewers: &cycle.reviewers,
        objectives,
        scores,
        improvements,
    };
    let bytes = serde_json::to_vec(&content)?;
    let hash = Sha256::digest(&bytes);
    Ok(format!("sha256:{}", hash.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

/// Fails with [`Error::Tampered`] when `cycle` is signed off and its content no longer gives the
/// digest recorded at sign-off (it was changed outside CxO Review). Unsigned cycles pass.
pub fn ensure_untampered(store: &Store, cycle: &ReviewCycle) -> Result<()> {
    let (CycleStatus::SignedOff, Some(recorded)) = (cycle.status, &cycle.digest) else { return Ok(()) };
    let computed = content_digest(store, cycle)?;
    if &computed == recorded {
        Ok(())
    } else {
        Err(Error::Tampered { cycle: cycle.name.clone(), recorded: recorded.clone(), computed })
    }
}

/// Every signed-off cycle whose content no longer matches its digest, as the error that says so.
pub fn tampered_cycles(store: &Store) -> Result<Vec<Error>> {
    let mut found = Vec::new();
    for cycle in store.list::<ReviewCycle>()? {
        match ensure_untampered(store, &cycle.data) {
            Ok(()) => {}
            Err(e @ Error::Tampered { .. }) => found.push(e),
            Err(e) => return Err(e),
        }
    }
    Ok(found)
}

/// Signs the cycle off: from now on its scores, evidence and proposals cannot change.
/// Returns the digest recorded with it.
pub fn sign_off(store: &mut Store, cycle_id: i64, at: chrono::DateTime<chrono::Utc>) -> Result<String> {
    let cycle = store.get::<ReviewCycle>(cycle_id)?.data;
    if cycle.status == CycleStatus::SignedOff {
        return Err(Error::Frozen(cycle.name));
    }
    let scored: bool =
        store.conn().query_row("SELECT EXISTS (SELECT 1 FROM score WHERE cycle_id = ?1)", [cycle_id], |r| r.get(0))?;
    if !scored {
        return Err(Error::Precondition(format!("\"{}\" has no scores yet; there is nothing to sign off", cycle.name)));
    }
    let digest = content_digest(store, &cycle)?;
    let at = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    store.transaction(|conn| crate::storage::record_sign_off(conn, cycle_id, &at, &digest))?;
    Ok(digest)
}

/// One difference between an exported summary and the database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct Difference {
    /// Where in the summary, as a JSON path (`objectives[2].scores[0].level`).
    pub path: String,
    pub in_file: String,
    pub in_database: String,
}

/// The JSON summary as exported: the summary and the digest it was exported under.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct SummaryDocument {
    pub format: String,
    pub version: i64,
    /// The digest of the cycle's content when the summary was exported.
    pub digest: String,
    pub summary: CycleSummary,
}

pub const SUMMARY_FORMAT: &str = "cxo-review-summary";

impl SummaryDocument {
    /// The summary under the digest of the content as it is now, never a digest merely read
    /// back: a signed-off cycle whose content was changed since is refused
    /// ([`Error::Tampered`]) rather than exported as signed.
    pub fn new(store: &Store, summary: CycleSummary) -> Result<Self> {
        let digest = content_digest(store, &summary.cycle)?;
        if let (CycleStatus::SignedOff, Some(recorded)) = (summary.cycle.status, &summary.cycle.digest) {
            if &digest != recorded {
                return Err(Error::Tampered { cycle: summary.cycle.name.clone(), recorded: recorded.clone(), computed: digest });
            }
        }
        Ok(SummaryDocument { format: SUMMARY_FORMAT.into(), version: 1, digest, summary })
    }
}

/// Checks an exported JSON summary against the database; returns every difference (none when
/// the file matches).
pub fn verify(store: &Store, text: &str) -> Result<Vec<Difference>> {
    let document: SummaryDocument = serde_json::from_str(text)
        .map_err(|e| Error::wrong_file("the file", format!("is not a CxO Review JSON summary: {e}")))?;
    if document.format != SUMMARY_FORMAT {
        return Err(Error::wrong_file("the file", format!("is not a CxO Review JSON summary (format \"{}\")", document.format)));
    }
    let cycle = find_cycle(store, &document.summary.cycle.name)?;
    let options = SummaryOptions { include_confidential: document.summary.confidential };
    // Built without the tamper check: listing what changed is this function's purpose.
    let current = summarize(store, cycle.id, options)?;
    let mut differences = Vec::new();
    let recomputed = content_digest(store, &cycle.data)?;
    if recomputed != document.digest {
        differences.push(Difference {
            path: "digest".into(),
            in_file: document.digest.clone(),
            in_database: recomputed,
        });
    }
    compare(
        "summary",
        &serde_json::to_value(&document.summary)?,
        &serde_json::to_value(&current)?,
        &mut differences,
    );
    Ok(differences)
}

fn compare(path: &str, file: &serde_json::Value, db: &serde_json::Value, out: &mut Vec<Difference>) {
    use serde_json::Value;
    match (file, db) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let child = format!("{path}.{key}");
                compare(&child, a.get(key).unwrap_or(&Value::Null), b.get(key).unwrap_or(&Value::Null), out);
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                compare(&format!("{path}[{index}]"), x, y, out);
            }
        }
        (Value::Number(a), Value::Number(b)) if a.as_f64().zip(b.as_f64()).is_some_and(|(x, y)| (x - y).abs() < 1e-9) => {}
        _ if file == db => {}
        _ => out.push(Difference { path: path.to_string(), in_file: brief(file), in_database: brief(db) }),
    }
}

fn brief(value: &serde_json::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 120 {
        text.chars().take(117).chain("…".chars()).collect()
    } else {
        text
    }
}
