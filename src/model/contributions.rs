//! Resolution 68 contributions and the proposals they make.

use crate::msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{flexible_bool, iso_date, list, str_enum, Checks, LONG, SHORT};
use crate::error::FieldError;

str_enum! {
    Disposition { Pending = "pending", Agreed = "agreed", Noted = "noted", NotAgreed = "not_agreed" }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// Document symbol such as `TSAG-C12`, `WTSA-20 C103` or `TSAG-TD267`.
    pub symbol: String,
    pub title: String,
    #[serde(with = "iso_date")]
    #[specta(type = String)]
    pub date: NaiveDate,
    /// The meeting or TSAG session where it is considered.
    #[serde(default)]
    pub considered_at: String,
    /// The base document on which contributions are invited.
    #[serde(default, deserialize_with = "flexible_bool")]
    pub is_base_document: bool,
    /// Where the text is reproduced, e.g. `TSAG-TD267`.
    #[serde(default)]
    pub reproduced_in: String,
    /// Names of the source organizations.
    #[serde(default, deserialize_with = "list")]
    pub sources: Vec<String>,
}

impl Contribution {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("symbol", &self.symbol, 60);
        checks.text("title", &self.title, SHORT);
        checks.max_len("considered_at", &self.considered_at, SHORT);
        checks.max_len("reproduced_in", &self.reproduced_in, 60);
        checks.check(!self.sources.is_empty(), "sources", msg!("check-sources-empty"));
        checks.finish()
    }
}

/// One proposal of a contribution, with what the meeting decided about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// The contribution's symbol.
    pub contribution: String,
    /// 1, 2, … within the contribution.
    pub seq: i64,
    pub text: String,
    pub disposition: Disposition,
    /// Codes of the process objectives it addresses.
    #[serde(default, deserialize_with = "list")]
    pub objectives: Vec<String>,
}

impl Proposal {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("contribution", &self.contribution, 60);
        checks.check(self.seq >= 1, "seq", msg!("check-one-or-more"));
        checks.upper_bound("seq", self.seq);
        checks.text("text", &self.text, LONG);
        checks.finish()
    }
}
