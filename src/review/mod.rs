//! The review of a cycle: score aggregation, objective status, reviewer agreement, indicator
//! values against targets, drafted improvement proposals, and sign-off.

mod draft;
mod signoff;
pub mod words;

pub use draft::{plan_drafts, DraftReport};
#[cfg(test)]
pub use draft::{draft_for, SentenceSource};
pub use signoff::{
    check_sealed, completeness, digest_under, ready_for_sign_off, verify, BelowQuorum, Completeness, Difference,
    DigestRule, MissingScores, SummaryDocument,
};
#[cfg(test)]
pub use signoff::{content_digest, cycle_digest};

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::agreement::{alpha, Level};
use crate::error::Result;
use crate::metrics::{self, format_value, MetricValue, Unit};
use crate::model::facts::{CycleData, ObjectiveContent};
use crate::model::{
    str_enum, ActionPlanItem, Comparison, Contribution, Disposition, Evidence, Improvement, Objective, Proposal,
    ReviewCycle, Reviewer, RubricLevel, Score,
};
use crate::stats::{self, StatsTable};

str_enum! {
    /// Whether an objective is met, from its reviewers' median score.
    ObjectiveStatus {
        Met = "met",
        PartlyMet = "partly_met",
        NotMet = "not_met",
        InsufficientEvidence = "insufficient_evidence",
    }
}

impl ObjectiveStatus {
    pub fn label(self) -> &'static str {
        match self {
            ObjectiveStatus::Met => "Met",
            ObjectiveStatus::PartlyMet => "Partly met",
            ObjectiveStatus::NotMet => "Not met",
            ObjectiveStatus::InsufficientEvidence => "Insufficient evidence",
        }
    }
}

/// One reviewer's score of an objective, as the summary shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct ReviewerScore {
    pub reviewer: String,
    pub level: i64,
    pub label: String,
    pub rationale: String,
    pub evidence: Vec<Evidence>,
    /// Where a score merged from a review package came from (absent for scores entered here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_package: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_key: Option<String>,
}

/// An indicator's value over the cycle's period, against its target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct IndicatorResult {
    pub metric: String,
    pub label: String,
    pub comparison: Comparison,
    pub target: f64,
    pub value: Option<f64>,
    /// None when there was nothing to compute the value from.
    pub met: Option<bool>,
    /// The value and the target as a document prints them ("64%", "≥ 70%").
    pub value_text: String,
    pub target_text: String,
}

/// A contribution's proposal linked to the objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct LinkedProposal {
    pub contribution: String,
    pub seq: i64,
    pub text: String,
    pub disposition: Disposition,
}

/// What an objective's scores give on their own: all that saving a score changes (an
/// objective's indicators and proposals do not depend on its scores).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct ScoredObjective {
    pub code: String,
    pub scores: Vec<ReviewerScore>,
    pub n: usize,
    pub median: Option<f64>,
    pub spread: Option<i64>,
    pub status: ObjectiveStatus,
    pub disagreement: bool,
}

/// Everything the review says about one objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct ObjectiveResult {
    pub code: String,
    pub title: String,
    pub description: String,
    pub source: String,
    pub rubric: Vec<RubricLevel>,
    pub scores: Vec<ReviewerScore>,
    /// Number of reviewers who scored it.
    pub n: usize,
    pub median: Option<f64>,
    /// Highest minus lowest level given.
    pub spread: Option<i64>,
    pub status: ObjectiveStatus,
    /// The reviewers are far apart: the spread is at least half the rubric.
    pub disagreement: bool,
    pub indicators: Vec<IndicatorResult>,
    pub action_plan: Vec<String>,
    pub proposals: Vec<LinkedProposal>,
}

/// Krippendorff's alpha over the cycle: objectives are the units, reviewers the coders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct Agreement {
    pub ordinal: Option<f64>,
    pub interval: Option<f64>,
    pub nominal: Option<f64>,
    /// Objectives with at least two scores, the ones that carry information about agreement.
    pub pairable_units: usize,
}

/// The review summary of a cycle: what goes to TSAG.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct CycleSummary {
    pub cycle: ReviewCycle,
    pub reviewers: Vec<Reviewer>,
    pub objectives: Vec<ObjectiveResult>,
    pub agreement: Agreement,
    pub metrics: Vec<SummaryMetric>,
    pub improvements: Vec<Improvement>,
    pub action_plan: Vec<ActionPlanItem>,
    /// Statistics of the meetings held in the cycle's period, as in Annex B.
    pub statistics: StatsTable,
    /// The Resolution 68 base document on which contributions were invited, if registered.
    pub base_document: Option<Contribution>,
    /// Whether confidential fields (personal contact data) were included.
    pub confidential: bool,
    /// Objective codes in the rapporteur's order: widest disagreement first.
    pub rapporteur_order: Vec<String>,
}

/// A metric as recorded in a summary (owned strings, so that summaries can be read back).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct SummaryMetric {
    pub name: String,
    pub label: String,
    pub value: Option<f64>,
    pub value_text: String,
}

impl From<&MetricValue> for SummaryMetric {
    fn from(value: &MetricValue) -> Self {
        SummaryMetric {
            name: value.name.to_string(),
            label: value.label.to_string(),
            value: value.value,
            value_text: value.value_text.clone(),
        }
    }
}

/// Options of a summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct SummaryOptions {
    /// Include personal contact data (reviewers' e-mail addresses). Off for exports to TSAG.
    pub include_confidential: bool,
}

/// The status an objective gets from its median on a rubric whose top level is `top`:
/// met from three quarters of the rubric up, partly met from half, not met below.
pub fn status_of(n: usize, quorum: i64, median: Option<f64>, top: i64) -> ObjectiveStatus {
    match median {
        Some(median) if n as i64 >= quorum && top > 0 => {
            let position = median / top as f64;
            if position >= 0.75 {
                ObjectiveStatus::Met
            } else if position >= 0.5 {
                ObjectiveStatus::PartlyMet
            } else {
                ObjectiveStatus::NotMet
            }
        }
        _ => ObjectiveStatus::InsufficientEvidence,
    }
}

/// Whether a spread of levels on a rubric topping at `top` counts as disagreement.
pub fn is_disagreement(spread: Option<i64>, top: i64) -> bool {
    spread.is_some_and(|spread| spread > 0 && spread.saturating_mul(2) >= top.max(1))
}

/// The cycle screens open on when the user has not chosen one: the one not signed off yet
/// whose period ends last (the latest added among equals), or else the one whose period ends
/// last of all.
pub fn current_cycle(cycles: &[crate::model::Record<ReviewCycle>]) -> Option<i64> {
    cycles
        .iter()
        .max_by_key(|c| (c.data.status != crate::model::CycleStatus::SignedOff, c.data.period_to, c.id))
        .map(|c| c.id)
}

/// Computes the review summary of a cycle from its data.
pub fn summarize(data: &CycleData, options: SummaryOptions) -> Result<CycleSummary> {
    let cycle = data.content.cycle.clone();
    let objectives: HashMap<&str, &Objective> = data.content.objectives.iter().map(|o| (o.code.as_str(), o)).collect();
    let metric_values = metrics::compute(&data.period, cycle.period_from, cycle.period_to)?;

    let results: Vec<ObjectiveResult> = cycle
        .objectives
        .iter()
        .filter_map(|code| objectives.get(code.as_str()))
        .map(|objective| objective_result(objective, &cycle, &data.content.scores, &data.proposals, &metric_values))
        .collect();

    let agreement = agreement_of(&cycle, &results);
    let reviewers: Vec<Reviewer> = data
        .reviewers
        .iter()
        .cloned()
        .map(|mut r| {
            if !options.include_confidential {
                r.email = None;
            }
            r
        })
        .collect();
    let improvements = data.content.improvements.iter().map(|i| i.data.clone()).collect();
    let statistics = stats::annex_b(&data.figures, Some(cycle.period_from), Some(cycle.period_to))?;
    let mut summary = CycleSummary {
        base_document: data.base_document.clone(),
        metrics: metric_values.iter().map(SummaryMetric::from).collect(),
        cycle,
        reviewers,
        objectives: results,
        agreement,
        improvements,
        action_plan: data.action_plan.clone(),
        statistics,
        confidential: options.include_confidential,
        rapporteur_order: Vec::new(),
    };
    summary.rapporteur_order = summary.by_disagreement().iter().map(|o| o.code.clone()).collect();
    Ok(summary)
}

/// What the objective's scores give (after a score was saved), from its content alone: none of
/// the period's meetings nor the cycle's other objectives need to be read again.
pub fn scored_objective_in(content: &ObjectiveContent) -> ScoredObjective {
    scored_objective(&content.objective, &content.cycle, &content.scores)
}

/// The scores of `objective` in `cycle`, in the cycle's order of reviewers, and what they give.
fn scored_objective(objective: &Objective, cycle: &ReviewCycle, scores: &[Score]) -> ScoredObjective {
    let rubric = objective.effective_rubric();
    let top = rubric.iter().map(|l| l.level).max().unwrap_or(0);
    let label_of = |level: i64| rubric.iter().find(|l| l.level == level).map(|l| l.label.clone()).unwrap_or_default();
    let mut own: Vec<ReviewerScore> = scores
        .iter()
        .filter(|s| s.objective == objective.code)
        .map(|s| ReviewerScore {
            reviewer: s.reviewer.clone(),
            level: s.level,
            label: label_of(s.level),
            rationale: s.rationale.clone(),
            evidence: s.evidence.clone(),
            source_package: s.source_package.clone(),
            returned_at: s.returned_at.clone(),
            reviewer_key: s.reviewer_key.clone(),
        })
        .collect();
    // Reviewers in the cycle's order, so that documents list them consistently.
    own.sort_by_key(|s| cycle.reviewers.iter().position(|r| *r == s.reviewer).unwrap_or(usize::MAX));
    let levels: Vec<i64> = own.iter().map(|s| s.level).collect();
    let median = metrics::median(levels.iter().map(|l| *l as f64).collect());
    // Levels are 0–10 (validation and the schema's CHECK); saturating keeps even a tampered
    // level from panicking, and a spread that large is a disagreement either way.
    let spread = levels.iter().max().zip(levels.iter().min()).map(|(max, min)| max.saturating_sub(*min));
    ScoredObjective {
        code: objective.code.clone(),
        n: own.len(),
        status: status_of(own.len(), cycle.quorum, median, top),
        disagreement: is_disagreement(spread, top),
        scores: own,
        median,
        spread,
    }
}

fn objective_result(
    objective: &Objective,
    cycle: &ReviewCycle,
    scores: &[Score],
    proposals: &[Proposal],
    metric_values: &[MetricValue],
) -> ObjectiveResult {
    let scored = scored_objective(objective, cycle, scores);
    let indicators = indicator_results(objective, metric_values);
    let linked = proposals
        .iter()
        .filter(|p| p.objectives.contains(&objective.code))
        .map(|p| LinkedProposal {
            contribution: p.contribution.clone(),
            seq: p.seq,
            text: p.text.clone(),
            disposition: p.disposition,
        })
        .collect();
    ObjectiveResult {
        code: scored.code,
        title: objective.title.clone(),
        description: objective.description.clone(),
        source: objective.source.clone(),
        n: scored.n,
        status: scored.status,
        disagreement: scored.disagreement,
        rubric: objective.effective_rubric(),
        scores: scored.scores,
        median: scored.median,
        spread: scored.spread,
        indicators,
        action_plan: objective.action_plan.clone(),
        proposals: linked,
    }
}

/// Each of `objective`'s indicators over a period, from the metrics' values over it: the value,
/// the target, whether it is met, and both as documents print them.
pub fn indicator_results(objective: &Objective, metric_values: &[MetricValue]) -> Vec<IndicatorResult> {
    objective
        .indicators
        .iter()
        .map(|indicator| {
            let found = metric_values.iter().find(|m| m.name == indicator.metric);
            let unit = found.map(|m| m.unit).unwrap_or(Unit::Count);
            let value = found.and_then(|m| m.value);
            IndicatorResult {
                metric: indicator.metric.clone(),
                label: found.map(|m| m.label.to_string()).unwrap_or_else(|| indicator.metric.clone()),
                comparison: indicator.comparison,
                target: indicator.target,
                value,
                met: value.map(|v| indicator.comparison.holds(v, indicator.target)),
                value_text: format_value(unit, value),
                target_text: format!("{} {}", comparison_sign(indicator.comparison), format_value(unit, Some(indicator.target))),
            }
        })
        .collect()
}

/// The comparison as printed in documents.
pub fn comparison_sign(comparison: Comparison) -> &'static str {
    match comparison {
        Comparison::AtLeast => "≥",
        Comparison::AtMost => "≤",
        Comparison::Above => ">",
        Comparison::Below => "<",
        Comparison::Equal => "=",
    }
}

fn agreement_of(cycle: &ReviewCycle, results: &[ObjectiveResult]) -> Agreement {
    let units: Vec<Vec<Option<i64>>> = results
        .iter()
        .map(|result| {
            cycle
                .reviewers
                .iter()
                .map(|reviewer| result.scores.iter().find(|s| s.reviewer == *reviewer).map(|s| s.level))
                .collect()
        })
        .collect();
    Agreement {
        ordinal: alpha(&units, Level::Ordinal),
        interval: alpha(&units, Level::Interval),
        nominal: alpha(&units, Level::Nominal),
        pairable_units: units.iter().filter(|u| u.iter().flatten().count() >= 2).count(),
    }
}

impl CycleSummary {
    /// Objectives sorted for the rapporteur: widest disagreement first, then by code.
    pub fn by_disagreement(&self) -> Vec<&ObjectiveResult> {
        let mut sorted: Vec<&ObjectiveResult> = self.objectives.iter().collect();
        sorted.sort_by(|a, b| {
            b.disagreement
                .cmp(&a.disagreement)
                .then(b.spread.unwrap_or(-1).cmp(&a.spread.unwrap_or(-1)))
                .then(a.code.cmp(&b.code))
        });
        sorted
    }

    /// The proposals that go to TSAG (all but rejected ones), in the order of their objectives.
    pub fn proposed_improvements(&self) -> Vec<&Improvement> {
        let position = |code: &str| self.objectives.iter().position(|o| o.code == code).unwrap_or(usize::MAX);
        let mut proposals: Vec<&Improvement> =
            self.improvements.iter().filter(|i| i.status != crate::model::ImprovementStatus::Rejected).collect();
        proposals.sort_by(|a, b| position(&a.objective).cmp(&position(&b.objective)).then(a.title.cmp(&b.title)));
        proposals
    }

    /// How many objectives have each status: met, partly met, not met, insufficient evidence.
    pub fn status_counts(&self) -> [usize; 4] {
        let count = |status| self.objectives.iter().filter(|o| o.status == status).count();
        [
            count(ObjectiveStatus::Met),
            count(ObjectiveStatus::PartlyMet),
            count(ObjectiveStatus::NotMet),
            count(ObjectiveStatus::InsufficientEvidence),
        ]
    }

    /// The period as a document prints it: "1 January 2023 – 31 December 2025".
    pub fn period_text(&self) -> String {
        format!("{} – {}", long_date(self.cycle.period_from), long_date(self.cycle.period_to))
    }
}

pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// An improvement proposal as saved from a form: a drafted proposal whose words change becomes
/// `edited`, so that drafting never overwrites it.
pub fn as_edited(stored: &Improvement, mut improvement: Improvement) -> Improvement {
    let reworded =
        stored.title != improvement.title || stored.body != improvement.body || stored.invitation != improvement.invitation;
    if stored.origin == crate::model::Origin::Drafted && reworded {
        improvement.origin = crate::model::Origin::Edited;
    }
    improvement
}

