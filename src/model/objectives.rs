//! What the CTO/CxO process is meant to achieve, how it is measured, and the action plan.

use crate::msg;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{list, str_enum, Checks, LONG, SHORT};
use crate::error::FieldError;

str_enum! {
    Comparison { AtLeast = ">=", AtMost = "<=", Above = ">", Below = "<", Equal = "=" }
}

impl Comparison {
    pub fn holds(self, value: f64, target: f64) -> bool {
        match self {
            Comparison::AtLeast => value >= target,
            Comparison::AtMost => value <= target,
            Comparison::Above => value > target,
            Comparison::Below => value < target,
            Comparison::Equal => (value - target).abs() < 1e-9,
        }
    }
}

/// A metric the app computes, compared with a target: `participants_per_meeting >= 20`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub metric: String,
    pub comparison: Comparison,
    pub target: f64,
}

impl FromStr for Indicator {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        // Two-character operators first, so that ">=" is not read as ">".
        for op in [">=", "<=", ">", "<", "="] {
            if let Some((metric, target)) = text.split_once(op) {
                let target = target.trim();
                let target: f64 = target
                    .parse()
                    .map_err(|_| format!("indicator \"{text}\": target \"{target}\" is not a number"))?;
                return Ok(Indicator { metric: metric.trim().to_string(), comparison: op.parse()?, target });
            }
        }
        Err(format!("indicator \"{text}\" should read like: participants_per_meeting >= 20"))
    }
}

impl fmt::Display for Indicator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.metric, self.comparison, self.target)
    }
}

/// One level of an objective's scoring rubric: `3 = Largely met`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct RubricLevel {
    pub level: i64,
    pub label: String,
}

impl FromStr for RubricLevel {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let (level, label) = text
            .split_once('=')
            .ok_or_else(|| format!("rubric level \"{text}\" should read like: 3=Largely met"))?;
        let level = level
            .trim()
            .parse()
            .map_err(|_| format!("rubric level \"{}\" is not a whole number", level.trim()))?;
        Ok(RubricLevel { level, label: label.trim().to_string() })
    }
}

/// The rubric objectives get unless they define their own.
pub fn default_rubric() -> Vec<RubricLevel> {
    ["Not met", "Slightly met", "Partially met", "Largely met", "Fully met"]
        .iter()
        .zip(0..)
        .map(|(label, level)| RubricLevel { level, label: label.to_string() })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Short code such as `O1`.
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Where it comes from, e.g. a clause of Resolution 68.
    #[serde(default)]
    pub source: String,
    #[serde(default, deserialize_with = "list")]
    pub indicators: Vec<Indicator>,
    /// Ordered levels; empty means the default 0–4 rubric.
    #[serde(default, deserialize_with = "list")]
    pub rubric: Vec<RubricLevel>,
    /// Codes of the action-plan items that serve it.
    #[serde(default, deserialize_with = "list")]
    pub action_plan: Vec<String>,
}

impl Objective {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("code", &self.code, 20);
        checks.text("title", &self.title, SHORT);
        checks.max_len("description", &self.description, LONG);
        checks.max_len("source", &self.source, SHORT);
        let mut metrics = std::collections::HashSet::new();
        for indicator in &self.indicators {
            checks.check(
                crate::model::metrics::find(&indicator.metric).is_some(),
                "indicators",
                msg!("check-unknown-metric", metric = &indicator.metric, known = crate::model::metrics::names().join(", ")),
            );
            checks.check(
                metrics.insert(indicator.metric.as_str()),
                "indicators",
                msg!("check-metric-twice", metric = &indicator.metric),
            );
            checks.check(indicator.target.is_finite(), "indicators", msg!("check-target-number"));
        }
        let mut levels: Vec<i64> = self.rubric.iter().map(|l| l.level).collect();
        levels.sort_unstable();
        if !self.rubric.is_empty() {
            checks.check(
                levels.len() >= 2 && levels.iter().zip(0..).all(|(level, expected)| *level == expected),
                "rubric",
                msg!("check-rubric-levels"),
            );
            checks.check(levels.len() <= 11, "rubric", msg!("check-rubric-too-many"));
            for level in &self.rubric {
                checks.check(!level.label.trim().is_empty(), "rubric", msg!("check-rubric-label", level = level.level));
            }
        }
        checks.finish()
    }

    /// The rubric in force: its own, or the default one.
    pub fn effective_rubric(&self) -> Vec<RubricLevel> {
        if self.rubric.is_empty() {
            default_rubric()
        } else {
            let mut rubric = self.rubric.clone();
            rubric.sort_by_key(|l| l.level);
            rubric
        }
    }
}

str_enum! {
    /// The four pillars of the industry engagement action plan (seed, section 2.1).
    Pillar {
        RaisingAwareness = "raising_awareness",
        AddingValue = "adding_value",
        AttractingMembers = "attracting_members",
        StrategicMapping = "strategic_mapping",
    }
}

impl Pillar {
    pub fn label(self) -> &'static str {
        match self {
            Pillar::RaisingAwareness => "Raising awareness",
            Pillar::AddingValue => "Adding value",
            Pillar::AttractingMembers => "Attracting potential new sector members",
            Pillar::StrategicMapping => "Mapping of ITU strategic plan and indicators",
        }
    }
}

str_enum! {
    PlanStatus { Planned = "planned", InProgress = "in_progress", Done = "done" }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ActionPlanItem {
    /// `AP1.1` … `AP5`.
    pub code: String,
    pub pillar: Pillar,
    pub title: String,
    pub status: PlanStatus,
}

impl ActionPlanItem {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("code", &self.code, 20);
        let well_formed = self.code.strip_prefix("AP").is_some_and(|rest| {
            !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.') && !rest.starts_with('.')
        });
        checks.check(well_formed, "code", msg!("check-action-plan-code", value = &self.code));
        checks.text("title", &self.title, SHORT);
        checks.finish()
    }
}
