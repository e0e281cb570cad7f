//! Review cycles: reviewers score objectives; improvement proposals go to TSAG.

use crate::msg;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{iso_date, list, str_enum, Checks, LONG, SHORT};
use crate::error::FieldError;

str_enum! {
    CycleStatus { Open = "open", Closed = "closed", SignedOff = "signed_off" }
}

str_enum! {
    EvidenceKind { Meeting = "meeting", Contribution = "contribution", Indicator = "indicator" }
}

str_enum! {
    ImprovementStatus { Draft = "draft", Agreed = "agreed", Submitted = "submitted", Rejected = "rejected" }
}

str_enum! {
    /// Whether the app may redraft a proposal: only `drafted` ones are ever rewritten.
    Origin { Drafted = "drafted", Edited = "edited", Manual = "manual" }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Reviewer {
    pub name: String,
    #[serde(default)]
    pub affiliation: String,
    /// Personal data, left out of exports to TSAG unless asked for.
    #[serde(default)]
    pub email: Option<String>,
}

impl Reviewer {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("name", &self.name, SHORT);
        checks.max_len("affiliation", &self.affiliation, SHORT);
        if let Some(email) = self.email.as_deref().filter(|e| !e.is_empty()) {
            checks.check(email.contains('@'), "email", msg!("check-email", value = email));
        }
        checks.finish()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ReviewCycle {
    pub name: String,
    #[serde(with = "iso_date")]
    #[specta(type = String)]
    pub period_from: NaiveDate,
    #[serde(with = "iso_date")]
    #[specta(type = String)]
    pub period_to: NaiveDate,
    /// Fewest reviewers who must score an objective before its status means anything.
    #[serde(default = "default_quorum")]
    pub quorum: i64,
    #[serde(default = "default_cycle_status")]
    pub status: CycleStatus,
    /// Codes of the objectives in scope.
    #[serde(default, deserialize_with = "list")]
    pub objectives: Vec<String>,
    /// Names of the reviewers.
    #[serde(default, deserialize_with = "list")]
    pub reviewers: Vec<String>,
    /// When the cycle was signed off (RFC 3339), set by sign-off.
    #[serde(default)]
    pub signed_off_at: Option<String>,
    /// Digest of the frozen content, set by sign-off.
    #[serde(default)]
    pub digest: Option<String>,
}

fn default_quorum() -> i64 {
    2
}

fn default_cycle_status() -> CycleStatus {
    CycleStatus::Open
}

impl ReviewCycle {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("name", &self.name, SHORT);
        checks.check(self.period_to >= self.period_from, "period_to", msg!("check-before-period-start"));
        checks.check((1..=100).contains(&self.quorum), "quorum", msg!("check-quorum"));
        checks.check(
            (self.status == CycleStatus::SignedOff) == self.signed_off_at.is_some(),
            "signed_off_at",
            msg!("check-signed-off-at"),
        );
        checks.finish()
    }
}

/// A link from a score to what supports it: `meeting:CTO-2024`, `contribution:TSAG-C12`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub reference: String,
}

impl FromStr for Evidence {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let (kind, reference) = text
            .split_once(':')
            .ok_or_else(|| format!("evidence \"{text}\" should read like meeting:CTO-2024 or contribution:TSAG-C12"))?;
        Ok(Evidence { kind: kind.parse()?, reference: reference.trim().to_string() })
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind, self.reference)
    }
}

/// One reviewer's score of one objective in one cycle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub cycle: String,
    pub reviewer: String,
    /// The objective's code.
    pub objective: String,
    /// A level of the objective's rubric.
    pub level: i64,
    #[serde(default)]
    pub rationale: String,
    #[serde(default, deserialize_with = "list")]
    pub evidence: Vec<Evidence>,
    /// Where a score merged from a review package came from: the package's id, when the
    /// reviewer returned it (RFC 3339) and the fingerprint of the key that signed the return.
    /// Absent for scores entered here (and then left out of files and digests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_package: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_key: Option<String>,
}

impl Score {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("cycle", &self.cycle, SHORT);
        checks.text("reviewer", &self.reviewer, SHORT);
        checks.text("objective", &self.objective, 20);
        checks.check((0..=10).contains(&self.level), "level", msg!("check-level-range"));
        checks.max_len("rationale", &self.rationale, LONG);
        for evidence in &self.evidence {
            checks.check(!evidence.reference.is_empty(), "evidence", msg!("check-evidence-empty", kind = evidence.kind.to_string()));
        }
        checks.finish()
    }
}

/// An improvement to the CTO/CxO process proposed to TSAG.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Improvement {
    pub cycle: String,
    /// The objective's code.
    pub objective: String,
    pub title: String,
    #[serde(default)]
    pub body: String,
    /// The sentence that asks TSAG to act: "TSAG is invited to …".
    pub invitation: String,
    #[serde(default = "default_improvement_status")]
    pub status: ImprovementStatus,
    #[serde(default = "default_origin")]
    pub origin: Origin,
    /// Codes of related action-plan items.
    #[serde(default, deserialize_with = "list")]
    pub action_plan: Vec<String>,
    /// Symbols of supporting contributions.
    #[serde(default, deserialize_with = "list")]
    pub contributions: Vec<String>,
}

fn default_improvement_status() -> ImprovementStatus {
    ImprovementStatus::Draft
}

fn default_origin() -> Origin {
    Origin::Manual
}

impl Improvement {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("cycle", &self.cycle, SHORT);
        checks.text("objective", &self.objective, 20);
        checks.text("title", &self.title, SHORT);
        checks.max_len("body", &self.body, LONG);
        checks.check(
            self.invitation.starts_with("TSAG is invited to "),
            "invitation",
            msg!("check-invitation"),
        );
        checks.max_len("invitation", &self.invitation, LONG);
        checks.finish()
    }
}
