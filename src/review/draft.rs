//! Drafting improvement proposals for the objectives a cycle finds not met.
//!
//! Drafting is deterministic: the same data gives the same words. Every sentence records
//! what it was built from, so a rapporteur can trace it. A proposal someone edited (or wrote)
//! is never overwritten; only proposals still as drafted are redrafted.

use serde::Serialize;

use super::words::{join_and, plural};
use super::{CycleSummary, ObjectiveResult, ObjectiveStatus};
use crate::model::{ActionPlanItem, Improvement, ImprovementStatus, Origin, Record};

/// What a sentence of a draft was built from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SentenceSource {
    /// The reviewers' scores of the objective.
    Scores { objective: String },
    /// An indicator's value against its target.
    Indicator { metric: String },
    /// One reviewer's rationale.
    Rationale { reviewer: String },
    /// A contribution's proposal linked to the objective.
    Contribution { symbol: String, seq: i64 },
    /// The action-plan items linked to the objective.
    ActionPlan { codes: Vec<String> },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct Sentence {
    pub text: String,
    pub source: SentenceSource,
}

/// A drafted proposal, sentence by sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct Draft {
    pub objective: String,
    pub title: String,
    /// Paragraphs of sentences: scores and rationales, indicators, contributions, action plan.
    pub paragraphs: Vec<Vec<Sentence>>,
    pub invitation: String,
    pub action_plan: Vec<String>,
    pub contributions: Vec<String>,
}

impl Draft {
    /// The body as stored: paragraphs separated by a blank line.
    pub fn body(&self) -> String {
        self.paragraphs
            .iter()
            .map(|p| p.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    pub fn to_improvement(&self, cycle: &str) -> Improvement {
        Improvement {
            cycle: cycle.to_string(),
            objective: self.objective.clone(),
            title: self.title.clone(),
            body: self.body(),
            invitation: self.invitation.clone(),
            status: ImprovementStatus::Draft,
            origin: Origin::Drafted,
            action_plan: self.action_plan.clone(),
            contributions: self.contributions.clone(),
        }
    }
}

/// What a drafting run did, objective by objective.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct DraftReport {
    /// Objectives that got a new draft.
    pub drafted: Vec<String>,
    /// Objectives whose untouched draft was rewritten from the current data.
    pub redrafted: Vec<String>,
    /// Objectives whose proposal was edited or written by someone, left as it is.
    pub kept: Vec<String>,
}

/// What a drafting run will write: new proposals, untouched drafts rewritten (by id), and the
/// report of it. Computed, not written: the use case saves it in one transaction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftPlan {
    pub new: Vec<Improvement>,
    pub rewritten: Vec<(i64, Improvement)>,
    pub report: DraftReport,
}

/// Drafts a proposal for every objective of the cycle that is not met. `existing` are the
/// cycle's proposals: one someone edited or wrote keeps its objective from being redrafted.
pub fn plan_drafts(summary: &CycleSummary, existing: &[Record<Improvement>]) -> DraftPlan {
    let period = summary.period_text();
    let mut plan = DraftPlan::default();
    for result in summary.objectives.iter().filter(|o| o.status == ObjectiveStatus::NotMet) {
        let mine: Vec<&Record<Improvement>> = existing.iter().filter(|i| i.data.objective == result.code).collect();
        if mine.iter().any(|i| i.data.origin != Origin::Drafted) {
            plan.report.kept.push(result.code.clone());
            continue;
        }
        let improvement = draft_for(result, &period, &summary.action_plan).to_improvement(&summary.cycle.name);
        match mine.first() {
            Some(previous) => {
                plan.rewritten.push((previous.id, improvement));
                plan.report.redrafted.push(result.code.clone());
            }
            None => {
                plan.new.push(improvement);
                plan.report.drafted.push(result.code.clone());
            }
        }
    }
    plan
}

/// Drafts the proposal for one objective from its review result.
pub fn draft_for(result: &ObjectiveResult, period: &str, plan: &[ActionPlanItem]) -> Draft {
    let top = result.rubric.iter().map(|l| l.level).max().unwrap_or(0);
    let median_label = result
        .median
        .and_then(|m| result.rubric.iter().find(|l| l.level as f64 == m.floor()).map(|l| l.label.clone()))
        .unwrap_or_default();
    let levels: Vec<String> = result.scores.iter().map(|s| s.level.to_string()).collect();
    let mut scores = vec![Sentence {
        text: format!(
            "Objective {} ({}) is not met: {} scored it at a median of {} ({}) on the 0–{} rubric (scores {}).",
            result.code,
            result.title,
            plural(result.n, "reviewer"),
            result.median.map(trim_number).unwrap_or_default(),
            median_label.to_lowercase(),
            top,
            levels.join(", "),
        ),
        source: SentenceSource::Scores { objective: result.code.clone() },
    }];
    let mut by_level: Vec<_> = result.scores.iter().filter(|s| !s.rationale.trim().is_empty()).collect();
    by_level.sort_by_key(|s| s.level);
    for score in by_level {
        scores.push(Sentence {
            text: format!("{} noted: “{}”", score.reviewer, score.rationale.trim()),
            source: SentenceSource::Rationale { reviewer: score.reviewer.clone() },
        });
    }
    let mut paragraphs = vec![scores];

    let missed: Vec<Sentence> = result
        .indicators
        .iter()
        .filter(|i| i.met == Some(false))
        .map(|i| Sentence {
            text: format!("{} was {} over {}, against a target of {}.", i.label, i.value_text, period, i.target_text),
            source: SentenceSource::Indicator { metric: i.metric.clone() },
        })
        .collect();
    if !missed.is_empty() {
        paragraphs.push(missed);
    }

    let contributions: Vec<Sentence> = result
        .proposals
        .iter()
        .map(|p| Sentence {
            text: format!(
                "Contribution {} proposed: “{}” (disposition: {}).",
                p.contribution,
                p.text.trim().trim_end_matches('.'),
                p.disposition.to_string().replace('_', " ")
            ),
            source: SentenceSource::Contribution { symbol: p.contribution.clone(), seq: p.seq },
        })
        .collect();
    if !contributions.is_empty() {
        paragraphs.push(contributions);
    }

    let items: Vec<&ActionPlanItem> =
        result.action_plan.iter().filter_map(|code| plan.iter().find(|p| p.code == *code)).collect();
    if !items.is_empty() {
        // Grouped by pillar, in the order pillars first appear: "AP1.5, AP1.7 and AP3 (mapping of …)".
        let mut pillars: Vec<(crate::model::Pillar, Vec<String>)> = Vec::new();
        for item in &items {
            match pillars.iter_mut().find(|(pillar, _)| *pillar == item.pillar) {
                Some((_, codes)) => codes.push(item.code.clone()),
                None => pillars.push((item.pillar, vec![item.code.clone()])),
            }
        }
        let names: Vec<String> = pillars
            .iter()
            .map(|(pillar, codes)| format!("{} ({})", join_and(codes), lowercase_first(pillar.label())))
            .collect();
        paragraphs.push(vec![Sentence {
            text: format!("The industry engagement action plan addresses this objective through {}.", join_and(&names)),
            source: SentenceSource::ActionPlan { codes: result.action_plan.clone() },
        }]);
    }

    let mut contribution_symbols: Vec<String> = result.proposals.iter().map(|p| p.contribution.clone()).collect();
    contribution_symbols.dedup();
    let mut invitation = format!(
        "TSAG is invited to ask TSB and RG-IEM to address the shortfalls identified for objective {} ({})",
        result.code,
        lowercase_first(&result.title)
    );
    if !result.action_plan.is_empty() {
        invitation.push_str(&format!(", through action-plan items {}", join_and(&result.action_plan)));
    }
    if !contribution_symbols.is_empty() {
        invitation.push_str(&format!(", taking into account {}", join_and(&contribution_symbols)));
    }
    invitation.push_str(", and to review progress at its next meeting.");

    Draft {
        objective: result.code.clone(),
        title: format!("{}: improving {}", result.code, lowercase_first(&result.title)),
        paragraphs,
        invitation,
        action_plan: result.action_plan.clone(),
        contributions: contribution_symbols,
    }
}

fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep acronyms ("TSAG", "CTO") as written.
        Some(first) if !chars.clone().next().is_some_and(char::is_uppercase) => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

