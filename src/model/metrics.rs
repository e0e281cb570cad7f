//! The metric catalogue: every indicator the product computes, in one documented list, with
//! the rule that computes it from a period's facts.
//!
//! Objectives name these metrics in their indicators (`participants_per_meeting >= 20`);
//! reviewers cite them as evidence. Adding a metric means adding one entry here (and running
//! `UPDATE_DOCS=1 cargo test metrics` to regenerate docs/metrics.md).

use chrono::NaiveDate;
use serde::Serialize;

use super::facts::PeriodFacts;
use super::{ActionStatus, Disposition, Region};

/// A metric's definition, as documented to users, and how it is computed.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Metric {
    pub name: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    pub description: &'static str,
    /// None when the period has nothing to compute it from (no meetings, no actions…).
    #[serde(skip)]
    pub compute: fn(&PeriodFacts) -> Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[derive(specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Share,
    Days,
    Mean,
}

/// Every metric, in the order documents list them.
pub const METRICS: &[Metric] = &[
    Metric {
        name: "meetings_held",
        label: "Executive meetings held",
        unit: Unit::Count,
        description: "CTO meetings, CxO roundtables, bilateral consultations and workshops held or reported in the period (RG-IEM meetings excluded)",
        compute: |f| Some(f.meetings.len() as f64),
    },
    Metric {
        name: "participants_per_meeting",
        label: "Participants per meeting",
        unit: Unit::Mean,
        description: "Mean number of participants (all regions and TSB) per executive meeting",
        compute: |f| mean(f.meetings.iter().map(|m| total(&m.regions))),
    },
    Metric {
        name: "executives_per_meeting",
        label: "Executives per meeting",
        unit: Unit::Mean,
        description: "Mean number of participants at executive level per executive meeting",
        compute: |f| mean(f.meetings.iter().map(|m| m.executives as f64)),
    },
    Metric {
        name: "regions_represented",
        label: "Regions represented",
        unit: Unit::Count,
        description: "Number of the six ITU regions with at least one participant at an executive meeting in the period",
        compute: |f| Some(Region::ALL[..6].iter().filter(|r| f.meetings.iter().any(|m| m.regions[r.index()] > 0)).count() as f64),
    },
    Metric {
        name: "developing_region_share",
        label: "Share from Africa, Arab States and Asia-Pacific",
        unit: Unit::Share,
        description: "Share of non-TSB participants of executive meetings from Africa, the Arab States and Asia and the Pacific",
        compute: developing_region_share,
    },
    Metric {
        name: "tsb_share",
        label: "TSB share of participants",
        unit: Unit::Share,
        description: "Share of participants of executive meetings who belong to the secretariat",
        compute: |f| {
            let all: f64 = f.meetings.iter().map(|m| total(&m.regions)).sum();
            let tsb: f64 = f.meetings.iter().map(|m| m.regions[Region::Tsb.index()] as f64).sum();
            share(tsb, all)
        },
    },
    Metric {
        name: "distinct_organizations",
        label: "Distinct organizations",
        unit: Unit::Count,
        description: "Organizations (secretariat excluded) with at least one attendee on an executive meeting roster",
        compute: |f| Some(f.organizations as f64),
    },
    Metric {
        name: "first_time_organizations",
        label: "First-time organizations",
        unit: Unit::Count,
        description: "Organizations whose first attendance at any executive meeting falls in the period",
        compute: |f| Some(f.first_time_organizations as f64),
    },
    Metric {
        name: "priorities_per_meeting",
        label: "Priorities per communiqué",
        unit: Unit::Mean,
        description: "Mean number of ranked priority topics recorded per executive meeting",
        compute: |f| mean(f.priorities.iter().map(|p| *p as f64)),
    },
    Metric {
        name: "actions_done_share",
        label: "Follow-up completion",
        unit: Unit::Share,
        description: "Share of the actions agreed at meetings in the period that are done",
        compute: |f| share(f.actions.iter().filter(|a| a.status == ActionStatus::Done).count() as f64, f.actions.len() as f64),
    },
    Metric {
        name: "median_days_to_close",
        label: "Median days to close an action",
        unit: Unit::Days,
        description: "Median number of days from the end of the meeting to the closing of its done actions",
        compute: |f| {
            median(f.actions.iter().filter(|a| a.status == ActionStatus::Done).filter_map(|a| a.closed_date.map(|c| days(a.meeting_end, c))).collect())
        },
    },
    Metric {
        name: "overdue_actions",
        label: "Overdue actions",
        unit: Unit::Count,
        description: "Open or in-progress actions whose due date is before the end of the period",
        compute: |f| Some(f.overdue_actions as f64),
    },
    Metric {
        name: "communique_latency_days",
        label: "Communiqué latency (days)",
        unit: Unit::Days,
        description: "Median number of days from the end of an executive meeting to the publication of its communiqué",
        compute: |f| median(f.meetings.iter().filter_map(|m| m.communique_date.map(|c| days(m.end_date, c))).collect()),
    },
    Metric {
        name: "contributions_received",
        label: "Resolution 68 contributions",
        unit: Unit::Count,
        description: "Contributions dated in the period, the base document excluded",
        compute: |f| Some(f.contributions as f64),
    },
    Metric {
        name: "contribution_source_categories",
        label: "Source categories of contributions",
        unit: Unit::Count,
        description: "Distinct membership categories among the source organizations of the period's contributions",
        compute: |f| Some(f.source_categories.len() as f64),
    },
    Metric {
        name: "contribution_source_regions",
        label: "Source regions of contributions",
        unit: Unit::Count,
        description: "Distinct regions among the source organizations of the period's contributions",
        compute: |f| Some(f.source_regions.len() as f64),
    },
    Metric {
        name: "proposals_agreed_share",
        label: "Share of proposals agreed",
        unit: Unit::Share,
        description: "Share of the decided proposals (agreed, noted or not agreed) of the period's contributions that were agreed",
        compute: |f| {
            let decided = f.dispositions.iter().filter(|d| **d != Disposition::Pending).count() as f64;
            share(f.dispositions.iter().filter(|d| **d == Disposition::Agreed).count() as f64, decided)
        },
    },
];

/// How a value reads in a document: shares as percentages, means with one decimal.
pub fn format_value(unit: Unit, value: Option<f64>) -> String {
    match value {
        None => "n/a".to_string(),
        Some(v) => match unit {
            Unit::Share => format!("{:.0}%", v * 100.0),
            Unit::Count => format!("{v:.0}"),
            Unit::Days | Unit::Mean => format!("{v:.1}"),
        },
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) { (values[mid - 1] + values[mid]) / 2.0 } else { values[mid] })
}

fn share(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole)
}

/// Counts are added as floating-point numbers: exact up to 2^53, and no stored count, however
/// large, can make a sum overflow.
fn total(counts: &[i64]) -> f64 {
    counts.iter().map(|n| *n as f64).sum()
}

fn days(from: NaiveDate, to: NaiveDate) -> f64 {
    (to - from).num_days() as f64
}

fn developing_region_share(facts: &PeriodFacts) -> Option<f64> {
    let regional: f64 = facts.meetings.iter().map(|m| total(&m.regions[..6])).sum();
    let developing: f64 = facts
        .meetings
        .iter()
        .map(|m| [Region::Africa, Region::ArabStates, Region::AsiaPacific].iter().map(|r| m.regions[r.index()] as f64).sum::<f64>())
        .sum();
    share(developing, regional)
}

/// The metric called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static Metric> {
    METRICS.iter().find(|m| m.name == name.trim())
}

/// The names of all metrics, for messages.
pub fn names() -> Vec<&'static str> {
    METRICS.iter().map(|m| m.name).collect()
}

/// The metrics as a Markdown page (docs/metrics.md is this text; a test keeps them in step).
pub fn markdown() -> String {
    let mut page = String::from(
        "# Metrics\n\nThe indicators CxO Review computes from its data for a review cycle's period. \
         Objectives name them in their indicators (`participants_per_meeting >= 15`) and reviewers \
         cite them as evidence (`indicator:participants_per_meeting`). This page is generated from \
         `src/model/metrics.rs`.\n\n| metric | label | unit | definition |\n|---|---|---|---|\n",
    );
    for metric in METRICS {
        let unit = match metric.unit {
            Unit::Count => "count",
            Unit::Share => "share (0–1)",
            Unit::Days => "days",
            Unit::Mean => "mean",
        };
        page.push_str(&format!("| `{}` | {} | {} | {} |\n", metric.name, metric.label, unit, metric.description));
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_names_are_unique() {
        let mut names = names();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), METRICS.len());
    }

    /// Run with UPDATE_DOCS=1 to rewrite docs/metrics.md after changing the list.
    #[test]
    fn metrics_page_matches_the_list() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/metrics.md");
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, markdown()).unwrap();
        }
        let page = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(page, markdown(), "docs/metrics.md is stale: run UPDATE_DOCS=1 cargo test metrics");
    }
}

