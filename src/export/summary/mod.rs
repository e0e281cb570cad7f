//! The review summary to TSAG, as a Word document in the layout of a TSAG temporary document,
//! as Markdown, and as a workbook with a sheet per table. The JSON form is the
//! `SummaryDocument` itself.
//!
//! Text comes from one outline (`Outline`) so that the Word and Markdown documents say the same.
//! This file holds that outline (the summary's content model), what both documents share (the
//! title, the draft mark, the contact, the Annex B tables) and `render`, which picks the form.
//! How each form is laid out is in its own file: `docx` (Word), `markdown`, `xlsx` (workbook);
//! none of them is known here beyond its entry point.

mod docx;
mod markdown;
mod xlsx;

use crate::error::Result;
use crate::review::{comparison_sign, CycleSummary};
use crate::review::words::{capitalised, join_and, plural};
use crate::review::SummaryDocument;
use crate::stats::StatsTable;

pub use docx::docx;
pub use markdown::markdown;
pub use xlsx::xlsx;

/// What the header block says beyond the review (stored per cycle; TSB assigns the number).
pub use crate::model::{Contact, DocumentOptions};

/// At most this many meetings per Annex B table, as in the RG-IEM report; more go into further tables.
const MEETINGS_PER_TABLE: usize = 4;

/// The document's title: the cycle's name when it already says what is reviewed, else the
/// review with the cycle's name after it (never the subject twice).
fn title_of(cycle: &str) -> String {
    if cycle.to_lowercase().contains("cto/cxo process") {
        capitalised(cycle)
    } else {
        format!("Review of the CTO/CxO process: {cycle}")
    }
}

/// The mark of a summary whose cycle is not signed off: its figures may still change.
fn draft_mark(summary: &CycleSummary) -> Option<String> {
    (summary.cycle.status != crate::model::CycleStatus::SignedOff)
        .then(|| format!("DRAFT — review cycle \"{}\" is not signed off; its figures may still change", summary.cycle.name))
}

/// What the header says in place of a TD number TSB has not assigned yet.
const NO_TD_NUMBER: &str = "TD number not assigned yet";

/// The contact as a TSAG TD's Contact cell gives it: who (name, organization, country, a line
/// each) and how to reach them ("Tel: …", "E-mail: …"). Empty parts are left out.
fn contact_lines(contact: &Contact) -> (Vec<String>, Vec<String>) {
    let who = [&contact.name, &contact.organization, &contact.country]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let reach = [("Tel", &contact.tel), ("E-mail", &contact.email)]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| format!("{label}: {}", value.trim()))
        .collect();
    (who, reach)
}

/// The text of the summary, shared by the Word and Markdown renderings.
struct Outline {
    title: String,
    purpose: &'static str,
    keywords: &'static str,
    abstract_text: String,
    introduction: Vec<String>,
    results: Vec<String>,
    results_table: Vec<Vec<String>>,
    indicators_table: Vec<Vec<String>>,
    proposals: Vec<ProposalText>,
    objectives: Vec<ObjectiveText>,
    statistics_title: String,
    /// What section 3 says when there is no proposal: that none is needed, or that objectives
    /// not met still wait for one.
    no_proposal: String,
}

struct ProposalText {
    title: String,
    paragraphs: Vec<String>,
    action: String,
}

struct ObjectiveText {
    heading: String,
    description: String,
    source: String,
    rubric: String,
    indicators: Vec<String>,
}

fn outline(summary: &CycleSummary) -> Outline {
    let counts = summary.status_counts();
    let proposals = summary.proposed_improvements();
    let n_reviewers = summary.reviewers.len();
    // "3 are met and 2 not met": the statuses that occur, the verb after the first count.
    let statuses: Vec<String> =
        [(counts[0], "met"), (counts[1], "partly met"), (counts[2], "not met"), (counts[3], "without sufficient evidence")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .enumerate()
            .map(|(index, (n, status))| match (index, n) {
                (0, 1) => format!("1 is {status}"),
                (0, n) => format!("{n} are {status}"),
                (_, n) => format!("{n} {status}"),
            })
            .collect();
    let abstract_text = format!(
        "This document reports the review of the CTO/CxO process over {} by {}. Of {}, {}. {}",
        summary.period_text(),
        plural(n_reviewers, "reviewer"),
        plural(summary.objectives.len(), "objective"),
        join_and(&statuses),
        match proposals.len() {
            0 if counts[2] > 0 => "No improvement has been drafted yet for the objectives not met.".to_string(),
            0 => "It proposes no improvement.".to_string(),
            n => format!("It proposes {} for TSAG's consideration.", plural(n, "improvement")),
        }
    );
    let meetings = summary.statistics.columns.len();
    let mut request = "TSAG was invited to review the current CTO/CxO process to identify if its objectives are being \
         fulfilled, and whether improvements could be made to further strengthen the engagement of senior executives \
         in the consultative arrangements with the TSB."
        .to_string();
    if let Some(base) = &summary.base_document {
        let reproduced =
            if base.reproduced_in.is_empty() { String::new() } else { format!(" (reproduced in {})", base.reproduced_in) };
        request.push_str(&format!(
            " Concerning Resolution 68, {}{} is the base document on which contributions were invited.",
            base.symbol, reproduced
        ));
    }
    let introduction = vec![
        request,
        format!(
            "This review covers {}. {} scored each objective of the process on its rubric, with a rationale \
             and evidence; the objectives, their indicators and rubrics are in Annex A. {} held in the \
             period {} summarised in Annex B.",
            summary.period_text(),
            capitalised(&plural(n_reviewers, "reviewer")),
            capitalised(&plural(meetings, "meeting")),
            if meetings == 1 { "is" } else { "are" }
        ),
    ];
    let alpha = |value: Option<f64>| value.map(|a| format!("{a:.2}")).unwrap_or_else(|| "not computable".into());
    let disagreements: Vec<&str> =
        summary.objectives.iter().filter(|o| o.disagreement).map(|o| o.code.as_str()).collect();
    let mut results = vec![format!(
        "An objective is met when the median score reaches three quarters of its rubric, partly met from half, and \
         not met below; with fewer than {} it has insufficient evidence. Reviewer agreement over the cycle \
         (Krippendorff's alpha, ordinal) is {} over {} scored by at least two reviewers.",
        plural(usize::try_from(summary.cycle.quorum).unwrap_or(0), "score"),
        alpha(summary.agreement.ordinal),
        plural(summary.agreement.pairable_units, "objective")
    )];
    if !disagreements.is_empty() {
        results.push(format!(
            "Reviewers disagree markedly (a spread of at least half the rubric) on {}.",
            disagreements.join(", ")
        ));
    }
    let mut results_table = vec![["Objective", "Status", "Median", "Spread", "Reviewers", "Agreement"]
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()];
    let mut indicators_table =
        vec![["Objective", "Indicator", "Value", "Target", "Met"].iter().map(|s| s.to_string()).collect::<Vec<_>>()];
    for o in &summary.objectives {
        results_table.push(vec![
            format!("{} {}", o.code, o.title),
            o.status.label().to_string(),
            o.median.map(|m| format!("{m:.1}")).unwrap_or_else(|| "–".into()),
            o.spread.map(|s| s.to_string()).unwrap_or_else(|| "–".into()),
            o.n.to_string(),
            if o.n < 2 { "–".into() } else if o.disagreement { "Divided".into() } else { "Consistent".into() },
        ]);
        for i in &o.indicators {
            indicators_table.push(vec![
                o.code.clone(),
                i.label.clone(),
                i.value_text.clone(),
                i.target_text.clone(),
                match i.met {
                    Some(true) => "Yes".into(),
                    Some(false) => "No".into(),
                    None => "n/a".into(),
                },
            ]);
        }
    }
    let proposals = proposals
        .iter()
        .enumerate()
        .map(|(index, p)| ProposalText {
            title: p.title.clone(),
            paragraphs: p.body.split("\n\n").map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect(),
            action: format!("Action {}:\t{}", index + 1, p.invitation),
        })
        .collect();
    let objectives = summary
        .objectives
        .iter()
        .map(|o| ObjectiveText {
            heading: format!("{} {}", o.code, o.title),
            description: o.description.clone(),
            source: o.source.clone(),
            rubric: o.rubric.iter().map(|l| format!("{} {}", l.level, l.label)).collect::<Vec<_>>().join("; "),
            indicators: o
                .indicators
                .iter()
                .map(|i| format!("{} {} {}", i.label, comparison_sign(i.comparison), i.target_text.trim_start_matches(|c: char| !c.is_ascii_digit())))
                .collect(),
        })
        .collect();
    Outline {
        title: title_of(&summary.cycle.name),
        purpose: if summary.proposed_improvements().is_empty() { "Information" } else { "Proposal" },
        keywords: "Resolution 68; CTO/CxO process; industry engagement; review",
        abstract_text,
        introduction,
        results,
        results_table,
        indicators_table,
        proposals,
        objectives,
        no_proposal: {
            let unmet: Vec<&str> = summary
                .objectives
                .iter()
                .filter(|o| o.status == crate::review::ObjectiveStatus::NotMet)
                .map(|o| o.code.as_str())
                .collect();
            match unmet.as_slice() {
                [] => "The review proposes no improvement: every objective is met or partly met, or lacks evidence.".to_string(),
                codes => format!(
                    "No improvement has been drafted yet for the {} not met ({}). Draft the proposals before this \
                     document is submitted.",
                    if codes.len() == 1 { "objective" } else { "objectives" },
                    join_and(&codes.iter().map(|c| c.to_string()).collect::<Vec<_>>())
                ),
            }
        },
        statistics_title: format!(
            "Annex B: {}, executive consultations and TSAG Rapporteur Group on Industry Engagement, Metrics (RG-IEM)",
            summary.statistics.title
        ),
    }
}

/// The Annex B table(s): labels in the first column, a column per meeting, at most six meetings each.
pub fn statistics_chunks(stats: &StatsTable) -> Vec<Vec<Vec<String>>> {
    let header = stats.header();
    let rows = stats.rows();
    let meetings = stats.columns.len();
    if meetings == 0 {
        return Vec::new();
    }
    (0..meetings)
        .step_by(MEETINGS_PER_TABLE)
        .map(|start| {
            let end = (start + MEETINGS_PER_TABLE).min(meetings);
            let mut table = vec![std::iter::once(String::new()).chain(header[1 + start..1 + end].iter().cloned()).collect()];
            for row in &rows {
                table.push(std::iter::once(row.label.clone()).chain(row.cells[start..end].iter().cloned()).collect());
            }
            table
        })
        .collect()
}

crate::model::str_enum! {
    /// The forms of the review summary.
    SummaryFormat { Docx = "docx", Md = "md", Json = "json", Xlsx = "xlsx" }
}

/// The summary `document` in `format`, ready to write to a file; `written_at` (RFC 3339) dates
/// the Word document's properties.
/// The summary in `format`. `history`, the end of the database's history when it is written,
/// goes into the Word document's properties (never the history itself: it holds personal
/// data).
pub fn render(
    document: &SummaryDocument,
    format: SummaryFormat,
    options: &DocumentOptions,
    written_at: &str,
    history: Option<&crate::model::history::ChainHead>,
) -> Result<Vec<u8>> {
    match format {
        SummaryFormat::Docx => docx(document, options, written_at, history),
        SummaryFormat::Md => Ok(markdown(document, options).into_bytes()),
        SummaryFormat::Json => Ok(serde_json::to_vec_pretty(document)?),
        SummaryFormat::Xlsx => xlsx(document),
    }
}
