//! Sign-off: freezing a cycle under a digest of its content, and verifying an exported summary
//! against the database.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::CycleSummary;
use crate::error::{Error, Result};
use crate::model::facts::{CycleContent, CycleData, SignOffRecord};
use crate::model::{CycleStatus, Improvement, Objective, ReviewCycle, Score};

/// What a signed-off cycle freezes, in a canonical order.
#[derive(Serialize)]
struct FrozenContent<'a> {
    name: &'a str,
    period_from: chrono::NaiveDate,
    period_to: chrono::NaiveDate,
    quorum: i64,
    reviewers: &'a [String],
    objectives: &'a [Objective],
    scores: &'a [Score],
    improvements: Vec<&'a Improvement>,
}

/// The rule a digest was computed under, told by its form (docs/formats.md, "Sign-off digests").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestRule {
    /// `sha256:<content>`: the frozen content only (sign-offs before schema version 15).
    V1,
    /// `v2:sha256:<content>:<stated>`: the frozen content, and everything else the summary
    /// states (the period's meeting statistics, metrics, indicator values, reviewers'
    /// affiliations, action plan, base document, linked proposals).
    V2,
}

/// What a new sign-off is digested under.
pub const CURRENT_RULE: DigestRule = DigestRule::V2;

impl DigestRule {
    /// The rule `digest` was written under: `v2:` digests by the second, anything else by the
    /// first (whose digests a file signed off before version 15 holds).
    pub fn of(digest: &str) -> DigestRule {
        if digest.starts_with("v2:") {
            DigestRule::V2
        } else {
            DigestRule::V1
        }
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of the cycle's frozen content (scope, rubrics, scores with evidence, proposals):
/// the first rule's digest, `sha256:<hex>`, which the server computes too.
pub fn content_digest(content: &CycleContent) -> Result<String> {
    let cycle = &content.cycle;
    let frozen = FrozenContent {
        name: &cycle.name,
        period_from: cycle.period_from,
        period_to: cycle.period_to,
        quorum: cycle.quorum,
        reviewers: &cycle.reviewers,
        objectives: &content.objectives,
        scores: &content.scores,
        improvements: content.improvements.iter().map(|i| &i.data).collect(),
    };
    Ok(format!("sha256:{}", sha256_hex(&serde_json::to_vec(&frozen)?)))
}

/// What a summary states beyond the frozen content, in a canonical form: every part of the
/// summary sent to TSAG (contact data left out) but the cycle's own record, which the content
/// holds, and whose status and digest the sign-off itself writes.
#[derive(Serialize)]
struct Stated<'a> {
    reviewers: &'a [crate::model::Reviewer],
    objectives: &'a [super::ObjectiveResult],
    agreement: &'a super::Agreement,
    metrics: &'a [super::SummaryMetric],
    improvements: &'a [Improvement],
    action_plan: &'a [crate::model::ActionPlanItem],
    statistics: &'a crate::stats::StatsTable,
    base_document: &'a Option<crate::model::Contribution>,
    rapporteur_order: &'a [String],
}

/// The digest of everything cycle `data`'s summary states, under `rule`.
pub fn digest_under(rule: DigestRule, data: &CycleData) -> Result<String> {
    let content = content_digest(&data.content)?;
    match rule {
        DigestRule::V1 => Ok(content),
        DigestRule::V2 => {
            let summary = super::summarize(data, super::SummaryOptions { include_confidential: false })?;
            let stated = Stated {
                reviewers: &summary.reviewers,
                objectives: &summary.objectives,
                agreement: &summary.agreement,
                metrics: &summary.metrics,
                improvements: &summary.improvements,
                action_plan: &summary.action_plan,
                statistics: &summary.statistics,
                base_document: &summary.base_document,
                rapporteur_order: &summary.rapporteur_order,
            };
            Ok(format!("v2:{content}:{}", sha256_hex(&serde_json::to_vec(&stated)?)))
        }
    }
}

/// The digest cycle `data` is checked against now: a signed-off cycle's by the rule of the
/// digest recorded at its sign-off (so that cycles signed off under the first rule keep
/// verifying), any other's by the current rule, as a sign-off would write it.
pub fn cycle_digest(data: &CycleData) -> Result<String> {
    let rule = match (data.content.cycle.status, &data.content.cycle.digest) {
        (CycleStatus::SignedOff, Some(recorded)) => DigestRule::of(recorded),
        _ => CURRENT_RULE,
    };
    digest_under(rule, data)
}

/// Fails with [`Error::Tampered`] when the cycle is signed off and its content, whose digest
/// is `computed`, no longer gives the digest recorded at sign-off (it was changed outside
/// CxO Review). Unsigned cycles pass.
pub fn check_digest(cycle: &ReviewCycle, computed: &str) -> Result<()> {
    let (CycleStatus::SignedOff, Some(recorded)) = (cycle.status, &cycle.digest) else { return Ok(()) };
    if computed == recorded {
        Ok(())
    } else {
        Err(Error::Tampered {
            cycle: cycle.name.clone(),
            recorded: recorded.clone(),
            now: format!("its content now gives {computed}"),
        })
    }
}

/// Fails with [`Error::Tampered`] when cycle `data` was signed off once (`record`, kept by the
/// database at every sign-off) and is no longer signed off under the digest recorded then: its
/// sign-off was cleared or rewritten outside CxO Review. Then its digest is checked.
pub fn check_sealed(data: &CycleData, record: Option<&SignOffRecord>) -> Result<String> {
    let cycle = &data.content.cycle;
    let computed = cycle_digest(data)?;
    if let Some(record) = record {
        let recorded = record.digest.clone().unwrap_or_else(|| "(none)".into());
        if cycle.status != CycleStatus::SignedOff {
            return Err(Error::Tampered {
                cycle: cycle.name.clone(),
                recorded,
                now: format!("it is no longer marked signed off (its sign-off of {} was cleared)", record.signed_off_at),
            });
        }
        if cycle.digest != record.digest || cycle.signed_off_at.as_deref() != Some(record.signed_off_at.as_str()) {
            return Err(Error::Tampered {
                cycle: cycle.name.clone(),
                recorded,
                now: format!(
                    "its sign-off of {} was replaced by one under {} at {}",
                    record.signed_off_at,
                    cycle.digest.as_deref().unwrap_or("(no digest)"),
                    cycle.signed_off_at.as_deref().unwrap_or("(no time)")
                ),
            });
        }
    }
    check_digest(cycle, &computed)?;
    Ok(computed)
}

/// What a cycle still lacks before it is frozen: shown before sign-off, which it does not
/// prevent (the rapporteur decides).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Completeness {
    /// Objectives scored by fewer reviewers than the quorum: (code, scores, quorum).
    pub below_quorum: Vec<BelowQuorum>,
    /// Reviewers who have not scored every objective, with the objectives they have not.
    pub missing: Vec<MissingScores>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct BelowQuorum {
    pub objective: String,
    pub scores: usize,
    pub quorum: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct MissingScores {
    pub reviewer: String,
    pub objectives: Vec<String>,
}

impl Completeness {
    pub fn is_complete(&self) -> bool {
        self.below_quorum.is_empty() && self.missing.is_empty()
    }
}

/// What cycle `content` lacks: objectives below quorum, reviewers' missing scores.
pub fn completeness(content: &CycleContent) -> Completeness {
    let cycle = &content.cycle;
    let scored = |reviewer: &str, objective: &str| content.scores.iter().any(|s| s.reviewer == reviewer && s.objective == objective);
    let below_quorum = cycle
        .objectives
        .iter()
        .map(|code| (code, content.scores.iter().filter(|s| s.objective == *code).count()))
        .filter(|(_, n)| (*n as i64) < cycle.quorum)
        .map(|(code, n)| BelowQuorum { objective: code.clone(), scores: n, quorum: cycle.quorum })
        .collect();
    let missing = cycle
        .reviewers
        .iter()
        .map(|reviewer| MissingScores {
            reviewer: reviewer.clone(),
            objectives: cycle.objectives.iter().filter(|o| !scored(reviewer, o)).cloned().collect(),
        })
        .filter(|m| !m.objectives.is_empty())
        .collect();
    Completeness { below_quorum, missing }
}

/// The digest cycle `data` is to be signed off under (the current rule); refused when it is
/// signed off already, was signed off once (`record`) and cleared since, or has no scores to
/// freeze.
pub fn ready_for_sign_off(data: &CycleData, record: Option<&SignOffRecord>) -> Result<String> {
    let content = &data.content;
    if content.cycle.status == CycleStatus::SignedOff {
        return Err(Error::Frozen(content.cycle.name.clone()));
    }
    // A cycle signed off once and open again was changed outside CxO Review: refused, never
    // signed off a second time over whatever was changed meanwhile.
    check_sealed(data, record)?;
    if content.scores.is_empty() {
        return Err(Error::Precondition(crate::msg!("precondition-sign-off-no-scores", cycle = &content.cycle.name)));
    }
    digest_under(CURRENT_RULE, data)
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
    /// The summary under `digest`, the digest of the content as it is now (never a digest
    /// merely read back): a signed-off cycle whose content was changed since is refused
    /// ([`Error::Tampered`]) rather than exported as signed.
    pub fn new(summary: CycleSummary, digest: String) -> Result<Self> {
        check_digest(&summary.cycle, &digest)?;
        Ok(SummaryDocument { format: SUMMARY_FORMAT.into(), version: 1, digest, summary })
    }

    /// Reads an exported JSON summary; `name` is the file's name for messages.
    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let document: SummaryDocument = serde_json::from_str(text)
            .map_err(|e| Error::wrong_file(name, format!("is not a CxO Review JSON summary: {e}")))?;
        if document.format != SUMMARY_FORMAT {
            return Err(Error::wrong_file(name, format!("is not a CxO Review JSON summary (format \"{}\")", document.format)));
        }
        Ok(document)
    }
}

/// Every difference between an exported summary and the summary and digest of the same cycle
/// as the database gives them now (none when the file matches).
pub fn verify(document: &SummaryDocument, current: &CycleSummary, digest: &str) -> Result<Vec<Difference>> {
    let mut differences = Vec::new();
    if digest != document.digest {
        differences.push(Difference {
            path: "digest".into(),
            in_file: document.digest.clone(),
            in_database: digest.to_string(),
        });
    }
    compare(
        "summary",
        &serde_json::to_value(&document.summary)?,
        &serde_json::to_value(current)?,
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
