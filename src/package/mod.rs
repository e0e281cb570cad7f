//! Review packages: what a reviewer takes offline, and the signed scores that come back.
//!
//! A **package** (`.cxopkg`) is issued by a database for one reviewer of one cycle. Its `issue`
//! (the cycle, objectives, rubrics, indicator values, the period's evidence, the reviewer's
//! scores so far, a deadline) is signed with the database's Ed25519 key, whose public half it
//! carries; the reviewer's work is kept beside it in the same file, unsigned, as it is made.
//! A **return** (`.cxoreturn`) holds the reviewer's scores, names its package, and is signed with
//! a key the reviewer's machine made and kept. The formats are JSON documents whose signed part
//! is a string holding the exact bytes that were signed (docs/formats.md), so that verifying
//! never depends on how a JSON value would be written again.
//!
//! This module is pure: bytes in, values out. Keys, files and the database are the use cases'.

mod merge;

pub use merge::{check_return, deadline_after, plan_merge, Change, Conflict, Merged};

use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::model::history::ChainHead;
use crate::model::{Contribution, Disposition, Evidence, Objective, ReviewCycle, Score};
use crate::review::IndicatorResult;

pub const PACKAGE_FORMAT: &str = "cxo-review-package";
pub const RETURN_FORMAT: &str = "cxo-review-return";
pub const VERSION: i64 = 1;

/// The file extensions the product gives packages and returns.
pub const PACKAGE_EXTENSION: &str = "cxopkg";
pub const RETURN_EXTENSION: &str = "cxoreturn";

/// What the database issues to one reviewer, signed and never changed afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    /// The package's id (128 random bits, hex).
    pub package: String,
    /// The fingerprint of the issuing database's key, and the key itself (hex).
    pub database: String,
    pub database_key: String,
    /// When it was issued (RFC 3339), and the last day a return is accepted without asking.
    pub issued_at: String,
    pub deadline: NaiveDate,
    pub reviewer: String,
    pub cycle: ReviewCycle,
    /// The cycle's objectives with their rubrics, in the cycle's order.
    pub objectives: Vec<Objective>,
    /// Each objective's indicators over the cycle's period.
    pub indicators: Vec<ObjectiveEvidence>,
    /// The meetings of the period, with their outcomes (no personal data, no Chatham House notes).
    pub meetings: Vec<MeetingEvidence>,
    /// The contributions of the period, with their proposals.
    pub contributions: Vec<ContributionEvidence>,
    /// The reviewer's scores when the package was issued.
    pub scores: Vec<Score>,
    /// The end of the issuing database's history when the package was issued: a copy held
    /// elsewhere that proves what the history held then (docs/history.md). Absent from packages
    /// issued before the history was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<ChainHead>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveEvidence {
    pub objective: String,
    pub indicators: Vec<IndicatorResult>,
}

/// A meeting as a reviewer may cite it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct MeetingEvidence {
    pub key: String,
    pub title: String,
    pub kind: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub venue: String,
    pub communique: String,
    pub priorities: Vec<String>,
    pub decisions: Vec<String>,
    pub actions: Vec<String>,
}

/// A contribution as a reviewer may cite it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ContributionEvidence {
    pub contribution: Contribution,
    pub proposals: Vec<ProposalEvidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ProposalEvidence {
    pub seq: i64,
    pub text: String,
    pub disposition: Disposition,
    pub objectives: Vec<String>,
}

/// The reviewer's work on a package, saved into it as it is made.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Work {
    pub scores: Vec<ReturnedScore>,
    /// When the work last changed (RFC 3339), if ever.
    pub saved_at: Option<String>,
}

/// One score as a reviewer gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ReturnedScore {
    pub objective: String,
    pub level: i64,
    #[serde(default)]
    pub rationale: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// A package as opened: its verified issue and the work so far.
#[derive(Debug, Clone, PartialEq, specta::Type, Serialize)]
pub struct Package {
    pub issue: Issue,
    pub work: Work,
}

/// What a return says, signed by the reviewer's key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnBody {
    pub package: String,
    pub database: String,
    pub cycle: String,
    pub reviewer: String,
    /// When the reviewer returned it (RFC 3339).
    pub returned_at: String,
    pub scores: Vec<ReturnedScore>,
    /// The package's record of the issuing database's history, carried back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<ChainHead>,
}

/// A return whose signature checked out.
#[derive(Debug, Clone, PartialEq)]
pub struct Return {
    pub body: ReturnBody,
    /// The fingerprint of the key that signed it.
    pub key: String,
}

/// The envelope both files share: the signed text, who signed it, the signature.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackageFile {
    format: String,
    version: i64,
    /// The issue, as the exact JSON text the database signed.
    issue: String,
    signature: String,
    #[serde(default)]
    work: Work,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReturnFile {
    format: String,
    version: i64,
    /// The body, as the exact JSON text the reviewer's key signed.
    body: String,
    /// The reviewer's public key (hex).
    key: String,
    signature: String,
}

/// The short name of a public key users compare: the first 16 hex digits of its SHA-256.
pub fn fingerprint(key: &VerifyingKey) -> String {
    hex::encode(&Sha256::digest(key.as_bytes())[..8])
}

/// A signing key from its 32 secret bytes.
pub fn signing_key(secret: &[u8; 32]) -> SigningKey {
    SigningKey::from_bytes(secret)
}

/// Writes a package: `issue` signed with the database's key, and the reviewer's `work`.
pub fn write_package(issue: &Issue, key: &SigningKey, work: &Work) -> Result<Vec<u8>> {
    let text = serde_json::to_string(issue)?;
    let signature = key.sign(text.as_bytes());
    let file = PackageFile {
        format: PACKAGE_FORMAT.into(),
        version: VERSION,
        issue: text,
        signature: hex::encode(signature.to_bytes()),
        work: work.clone(),
    };
    Ok(serde_json::to_vec_pretty(&file)?)
}

/// The same package with new work: the signed issue is kept byte for byte.
pub fn rewrite_work(bytes: &[u8], name: &str, work: &Work) -> Result<Vec<u8>> {
    let mut file: PackageFile = parse_envelope(bytes, name, PACKAGE_FORMAT)?;
    file.work = work.clone();
    Ok(serde_json::to_vec_pretty(&file)?)
}

/// Reads a package file named `name`: refused unless its issue is signed by the key it names.
pub fn read_package(bytes: &[u8], name: &str) -> Result<Package> {
    let file: PackageFile = parse_envelope(bytes, name, PACKAGE_FORMAT)?;
    let issue: Issue = serde_json::from_str(&file.issue)
        .map_err(|e| Error::wrong_file(name, format!("is not a CxO Review package: its issue does not read ({e})")))?;
    let key = verifying_key(&issue.database_key, name)?;
    verify(&key, file.issue.as_bytes(), &file.signature, name, "the database that issued it")?;
    if fingerprint(&key) != issue.database {
        return Err(Error::wrong_file(name, "names a database other than the one whose key signed it"));
    }
    Ok(Package { issue, work: file.work })
}

/// Writes a return signed with the reviewer's key.
pub fn write_return(body: &ReturnBody, key: &SigningKey) -> Result<Vec<u8>> {
    let text = serde_json::to_string(body)?;
    let signature = key.sign(text.as_bytes());
    let file = ReturnFile {
        format: RETURN_FORMAT.into(),
        version: VERSION,
        body: text,
        key: hex::encode(key.verifying_key().as_bytes()),
        signature: hex::encode(signature.to_bytes()),
    };
    Ok(serde_json::to_vec_pretty(&file)?)
}

/// Reads a return file named `name`: refused unless it is signed by the key it carries.
pub fn read_return(bytes: &[u8], name: &str) -> Result<Return> {
    let file: ReturnFile = parse_envelope(bytes, name, RETURN_FORMAT)?;
    let key = verifying_key(&file.key, name)?;
    verify(&key, file.body.as_bytes(), &file.signature, name, "the reviewer's key it carries")?;
    let body: ReturnBody = serde_json::from_str(&file.body)
        .map_err(|e| Error::wrong_file(name, format!("is not a CxO Review return: its scores do not read ({e})")))?;
    Ok(Return { body, key: fingerprint(&key) })
}

fn parse_envelope<T: serde::de::DeserializeOwned>(bytes: &[u8], name: &str, format: &str) -> Result<T> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<i64>,
    }
    let what = if format == PACKAGE_FORMAT { "review package" } else { "review return" };
    let head: Head = serde_json::from_slice(bytes).map_err(|e| {
        let reason = if e.is_eof() { "is cut short (truncated)".to_string() } else { format!("is not a CxO Review {what} ({e})") };
        Error::wrong_file(name, reason)
    })?;
    match (head.format.as_deref(), head.version) {
        (Some(f), Some(v)) if f == format && v <= VERSION => {}
        (Some(f), Some(v)) if f == format => {
            return Err(Error::wrong_file(name, format!("was written by a newer CxO Review ({what} version {v}); upgrade to read it")))
        }
        (Some(other), _) if other == PACKAGE_FORMAT || other == RETURN_FORMAT => {
            return Err(Error::wrong_file(name, format!("is a {}, not a {what}", other.trim_start_matches("cxo-").replace('-', " "))))
        }
        _ => return Err(Error::wrong_file(name, format!("is not a CxO Review {what}"))),
    }
    serde_json::from_slice(bytes).map_err(|e| Error::wrong_file(name, format!("is not a CxO Review {what} ({e})")))
}

fn verifying_key(text: &str, name: &str) -> Result<VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(text)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| Error::wrong_file(name, "carries a key that is not an Ed25519 public key"))?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| Error::wrong_file(name, "carries a key that is not an Ed25519 public key"))
}

fn verify(key: &VerifyingKey, message: &[u8], signature: &str, name: &str, signer: &str) -> Result<()> {
    let bytes: [u8; 64] = hex::decode(signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| Error::wrong_file(name, "has a damaged signature"))?;
    key.verify(message, &Signature::from_bytes(&bytes)).map_err(|_| {
        Error::wrong_file(name, format!("was changed after it was signed: its signature does not match {signer}"))
    })
}

impl Package {
    /// The reviewer's score of `objective` in the work, set to `score` (replacing an earlier
    /// one). Refused when the objective is not in the package, the level not in its rubric, or
    /// the evidence cites what the package does not hold.
    pub fn set_score(&mut self, score: ReturnedScore, saved_at: String) -> Result<()> {
        let objective = self
            .issue
            .objectives
            .iter()
            .find(|o| o.code == score.objective.trim())
            .ok_or_else(|| {
                let codes: Vec<&str> = self.issue.objectives.iter().map(|o| o.code.as_str()).collect();
                Error::invalid_because("objective", crate::msg!("invalid-objective-not-in-package", objective = &score.objective, objectives = codes.join(", ")))
            })?;
        let rubric = objective.effective_rubric();
        if !rubric.iter().any(|l| l.level == score.level) {
            let levels: Vec<String> = rubric.iter().map(|l| format!("{} ({})", l.level, l.label)).collect();
            return Err(Error::invalid_because(
                "level",
                crate::msg!("invalid-not-package-level", level = score.level, objective = &objective.code, levels = levels.join(", ")),
            ));
        }
        for evidence in &score.evidence {
            if !self.holds(evidence) {
                return Err(Error::invalid_because("evidence", crate::msg!("invalid-evidence-not-in-package", evidence = evidence.to_string())));
            }
        }
        let code = objective.code.clone();
        self.work.scores.retain(|s| s.objective != code);
        self.work.scores.push(ReturnedScore { objective: code, ..score });
        self.work.scores.sort_by_key(|s| self.issue.objectives.iter().position(|o| o.code == s.objective));
        self.work.saved_at = Some(saved_at);
        Ok(())
    }

    fn holds(&self, evidence: &Evidence) -> bool {
        use crate::model::EvidenceKind;
        let reference = evidence.reference.as_str();
        match evidence.kind {
            EvidenceKind::Meeting => self.issue.meetings.iter().any(|m| m.key == reference),
            EvidenceKind::Contribution => self.issue.contributions.iter().any(|c| c.contribution.symbol == reference),
            EvidenceKind::Indicator => crate::model::metrics::find(reference).is_some(),
        }
    }

    /// The return of the work as it stands.
    pub fn return_body(&self, returned_at: String) -> ReturnBody {
        ReturnBody {
            package: self.issue.package.clone(),
            database: self.issue.database.clone(),
            cycle: self.issue.cycle.name.clone(),
            reviewer: self.issue.reviewer.clone(),
            returned_at,
            scores: self.work.scores.clone(),
            history: self.issue.history.clone(),
        }
    }
}

/// The reviewer's scores when issued, as the work a package starts with.
pub fn work_of(scores: &[Score]) -> Work {
    Work {
        scores: scores
            .iter()
            .map(|s| ReturnedScore {
                objective: s.objective.clone(),
                level: s.level,
                rationale: s.rationale.clone(),
                evidence: s.evidence.clone(),
            })
            .collect(),
        saved_at: None,
    }
}

#[cfg(test)]
mod tests;
