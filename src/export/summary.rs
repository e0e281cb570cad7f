//! The review summary to TSAG, as a Word document in the layout of a TSAG temporary document,
//! as Markdown, and as a workbook with a sheet per table. The JSON form is the
//! `SummaryDocument` itself.
//!
//! Text comes from one outline (`Outline`) so that the Word and Markdown documents say the same.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, LineSpacing, PageMargin, PageNum, Paragraph, Run, RunFonts, Style,
    StyleType, Table, TableCell, TableRow, WidthType,
};

use super::tables::{summary_tables, Cell};
use crate::error::{Error, Result};
use crate::review::{comparison_sign, CycleSummary};
use crate::review::words::{capitalised, join_and, plural};
use crate::review::SummaryDocument;
use crate::stats::StatsTable;

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

/// The contact on one line, for the Markdown header table: "Ann Smith, TSB, Switzerland; Tel: …; E-mail: …".
fn contact_line(contact: &Contact) -> String {
    let (who, reach) = contact_lines(contact);
    let mut parts = Vec::new();
    if !who.is_empty() {
        parts.push(who.join(", "));
    }
    parts.extend(reach);
    if parts.is_empty() {
        "–".to_string()
    } else {
        parts.join("; ")
    }
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

/// "2025-2028" for a date in that ITU-T study period.
fn study_period(year: i32) -> &'static str {
    match year {
        y if y >= 2025 => "2025-2028",
        y if y >= 2022 => "2022-2024",
        y if y >= 2017 => "2017-2021",
        _ => "2013-2016",
    }
}

// ---------------------------------------------------------------------------------------------
// Word

const FONT: &str = "Times New Roman";
/// Half-points: 12 pt body text as in TSAG documents.
const BODY_SIZE: usize = 24;
/// Usable width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9638;

fn text(content: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(content))
}

fn bold(content: &str) -> Run {
    Run::new().add_text(content).bold()
}

/// A table's caption, kept on the page of the table it names.
fn caption(content: &str) -> Paragraph {
    Paragraph::new().add_run(bold(content)).align(AlignmentType::Center).keep_next(true)
}

fn heading(content: &str, level: usize) -> Paragraph {
    Paragraph::new().style(&format!("Heading{level}")).add_run(Run::new().add_text(content))
}

/// Half-points: 10 pt in tables.
const TABLE_SIZE: usize = 20;

/// Whether a cell holds a figure ("12", "4.0", "64%", "-", "n/a"): figures are right-aligned so
/// that their digits line up.
fn is_figure(content: &str) -> bool {
    let trimmed = content.trim().trim_end_matches('%');
    !trimmed.is_empty() && (trimmed.parse::<f64>().is_ok() || matches!(trimmed, "–" | "-" | "n/a"))
}

fn cell(content: &str, width: usize, keep_next: bool) -> TableCell {
    let align = if is_figure(content) { AlignmentType::Right } else { AlignmentType::Left };
    TableCell::new().width(width, WidthType::Dxa).add_paragraph(
        Paragraph::new().align(align).keep_next(keep_next).add_run(Run::new().add_text(content).size(TABLE_SIZE)),
    )
}

fn header_cell(content: &str, width: usize) -> TableCell {
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(Paragraph::new().keep_next(true).add_run(bold(content).size(TABLE_SIZE)))
}

fn grid_table(rows: &[Vec<String>], widths: &[usize]) -> Table {
    // Every row but the last is kept with the next, so that a table that fits on a page is never
    // split from its header (Word and LibreOffice move it whole to the next page).
    let last = rows.len().saturating_sub(1);
    let table_rows = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            // A row is never split across pages.
            TableRow::new(
                row.iter()
                    .zip(widths)
                    .map(|(content, width)| if r == 0 { header_cell(content, *width) } else { cell(content, *width, r < last) })
                    .collect(),
            )
            .cant_split()
        })
        .collect();
    Table::new(table_rows).set_grid(widths.to_vec())
}

/// Column widths: the first gets `first`, the rest share what remains, at most 1700 each (3 cm).
fn widths(columns: usize, first: usize) -> Vec<usize> {
    let rest = ((TEXT_WIDTH - first) / columns.saturating_sub(1).max(1)).min(1700);
    std::iter::once(first).chain(std::iter::repeat_n(rest, columns.saturating_sub(1))).collect()
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

/// The summary as a Word document (.docx) in the layout of a TSAG temporary document.
pub fn docx(document: &SummaryDocument, options: &DocumentOptions, written_at: &str) -> Result<Vec<u8>> {
    let summary = &document.summary;
    let outline = outline(summary);
    let year = summary.cycle.period_to.format("%Y").to_string().parse().unwrap_or(2025);
    // From page 2 on, a running header names the document; every page but the first is numbered.
    let running = format!(
        "{} – {}",
        if options.td_number.trim().is_empty() { "TSAG TD" } else { options.td_number.trim() },
        outline.title
    );
    let mut doc = Docx::new()
        .created_at(written_at)
        .updated_at(written_at)
        .title_pg()
        .first_header(Header::new())
        .header(Header::new().add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(Run::new().add_text(&running).size(TABLE_SIZE))))
        .first_footer(Footer::new())
        .footer(Footer::new().add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text("– ").size(TABLE_SIZE))
                .add_page_num(PageNum::new())
                .add_run(Run::new().add_text(" –").size(TABLE_SIZE)),
        ))
        .page_size(11906, 16838)
        .page_margin(PageMargin::new().top(1134).bottom(1134).left(1134).right(1134))
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT).east_asia(FONT))
        .default_size(BODY_SIZE)
        .default_line_spacing(LineSpacing::new().before(120).after(0))
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1").bold().size(BODY_SIZE).outline_lvl(0))
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("heading 2").bold().size(BODY_SIZE).outline_lvl(1))
        .add_style(Style::new("AnnexTitle", StyleType::Paragraph).name("Annex title").bold().size(28).align(AlignmentType::Center));

    // Header block: the Sector on the left, the document number on the right.
    let td = if options.td_number.trim().is_empty() { NO_TD_NUMBER.to_string() } else { options.td_number.clone() };
    let td_size = if options.td_number.trim().is_empty() { 24 } else { 36 };
    let banner = Table::without_borders(vec![
        TableRow::new(vec![
            TableCell::new()
                .width(5600, WidthType::Dxa)
                .add_paragraph(Paragraph::new().add_run(bold("INTERNATIONAL TELECOMMUNICATION UNION").size(20)))
                .add_paragraph(Paragraph::new().add_run(bold("TELECOMMUNICATION STANDARDIZATION SECTOR").size(20)))
                .add_paragraph(Paragraph::new().add_run(Run::new().add_text(format!("STUDY PERIOD {}", study_period(year))).size(20))),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(bold(&td).size(td_size))),
        ]),
        TableRow::new(vec![
            TableCell::new().width(5600, WidthType::Dxa).add_paragraph(text("")),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(bold("TSAG"))),
        ]),
        TableRow::new(vec![
            TableCell::new().width(5600, WidthType::Dxa).add_paragraph(text("")),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(bold("Original: English"))),
        ]),
        TableRow::new(vec![
            TableCell::new()
                .width(5600, WidthType::Dxa)
                .add_paragraph(Paragraph::new().add_run(bold("Question(s):")).add_run(Run::new().add_text("\tN/A"))),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(Run::new().add_text(&options.place_and_date))),
        ]),
    ])
    .set_grid(vec![5600, 4038]);
    doc = doc.add_table(banner);
    if let Some(mark) = draft_mark(summary) {
        doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(bold(&mark).color("C00000")));
    }
    doc = doc.add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(bold("TD").size(BODY_SIZE)),
    );
    let (who, reach) = contact_lines(&options.contact);
    let fields: [(&str, String); 6] = [
        ("Source:", options.source.clone()),
        ("Title:", outline.title.clone()),
        ("Purpose:", outline.purpose.to_string()),
        ("Contact:", String::new()),
        ("Keywords:", outline.keywords.to_string()),
        ("Abstract:", outline.abstract_text.clone()),
    ];
    // Three columns as in TSAG TDs: the Contact row gives who on the left and how to reach them
    // on the right; every other value spans both.
    let (who_width, reach_width) = (3600, TEXT_WIDTH - 1700 - 3600);
    let lines = |lines: &[String]| {
        let cell = TableCell::new();
        if lines.is_empty() {
            return cell.add_paragraph(text(""));
        }
        lines.iter().fold(cell, |cell, line| cell.add_paragraph(text(line)))
    };
    let block = Table::new(
        fields
            .iter()
            .map(|(label, value)| {
                let label_cell = TableCell::new().width(1700, WidthType::Dxa).add_paragraph(Paragraph::new().add_run(bold(label)));
                if *label == "Contact:" && !(who.is_empty() && reach.is_empty()) {
                    TableRow::new(vec![
                        label_cell,
                        lines(&who).width(who_width, WidthType::Dxa),
                        lines(&reach).width(reach_width, WidthType::Dxa),
                    ])
                } else {
                    let value = if *label == "Contact:" { "–" } else { value.as_str() };
                    TableRow::new(vec![
                        label_cell,
                        TableCell::new().width(TEXT_WIDTH - 1700, WidthType::Dxa).grid_span(2).add_paragraph(text(value)),
                    ])
                }
            })
            .collect(),
    )
    .set_grid(vec![1700, who_width, reach_width]);
    doc = doc.add_table(block);

    doc = doc.add_paragraph(heading("1\tIntroduction", 1));
    for paragraph in &outline.introduction {
        doc = doc.add_paragraph(text(paragraph));
    }
    doc = doc.add_paragraph(heading("2\tResults", 1));
    for paragraph in &outline.results {
        doc = doc.add_paragraph(text(paragraph));
    }
    doc = doc.add_paragraph(caption("Table 1 – Objectives of the CTO/CxO process"));
    doc = doc.add_table(grid_table(&outline.results_table, &[2700, 1450, 1200, 1150, 1538, 1600]));
    if outline.indicators_table.len() > 1 {
        doc = doc.add_paragraph(caption("Table 2 – Indicators against their targets"));
        doc = doc.add_table(grid_table(&outline.indicators_table, &[1300, 4338, 1400, 1600, 1000]));
    }
    doc = doc.add_paragraph(heading("3\tProposed improvements", 1));
    if outline.proposals.is_empty() {
        doc = doc.add_paragraph(text(&outline.no_proposal));
    }
    for (index, proposal) in outline.proposals.iter().enumerate() {
        doc = doc.add_paragraph(heading(&format!("3.{}\t{}", index + 1, proposal.title), 2));
        for paragraph in &proposal.paragraphs {
            doc = doc.add_paragraph(text(paragraph));
        }
        let (label, invitation) = proposal.action.split_once('\t').unwrap_or(("", &proposal.action));
        doc = doc.add_paragraph(
            Paragraph::new().add_run(bold(label)).add_run(Run::new().add_tab()).add_run(Run::new().add_text(invitation)),
        );
    }

    doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    doc = doc.add_paragraph(Paragraph::new().style("AnnexTitle").add_run(Run::new().add_text("Annex A: Objectives and rubric")));
    for objective in &outline.objectives {
        // An objective's paragraphs stay on one page: each is kept with the next but the last.
        let mut block = vec![heading(&objective.heading, 2)];
        if !objective.description.is_empty() {
            block.push(text(&objective.description));
        }
        if !objective.source.is_empty() {
            block.push(Paragraph::new().add_run(bold("Source: ")).add_run(Run::new().add_text(&objective.source)));
        }
        block.push(Paragraph::new().add_run(bold("Rubric: ")).add_run(Run::new().add_text(&objective.rubric)));
        if !objective.indicators.is_empty() {
            block.push(
                Paragraph::new().add_run(bold("Indicators: ")).add_run(Run::new().add_text(objective.indicators.join("; "))),
            );
        }
        let last = block.len() - 1;
        for (index, paragraph) in block.into_iter().enumerate() {
            doc = doc.add_paragraph(paragraph.keep_lines(true).keep_next(index < last));
        }
    }

    doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    doc = doc.add_paragraph(Paragraph::new().style("AnnexTitle").add_run(Run::new().add_text(&outline.statistics_title)));
    let chunks = statistics_chunks(&summary.statistics);
    if chunks.is_empty() {
        doc = doc.add_paragraph(text("No meeting was held in the period."));
    }
    for chunk in &chunks {
        let columns = chunk[0].len();
        doc = doc.add_table(grid_table(chunk, &widths(columns, 2700)));
        doc = doc.add_paragraph(text(""));
    }
    doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(Run::new().add_text("_______________")));
    doc = doc.add_paragraph(
        Paragraph::new().add_run(Run::new().add_text(format!("Content digest: {}", document.digest)).size(16)),
    );

    let mut bytes = Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| Error::Render { what: "the Word document", reason: e.to_string() })?;
    Ok(bytes.into_inner())
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// User text (titles, rationales, proposals, names) as inert Markdown: it reads as typed and
/// nothing in it becomes a link, an image, HTML, an autolink, emphasis, code or a block of its
/// own. Every character Markdown gives a meaning to inside a line is backslash-escaped (`[`
/// and `]` above all, so that no `[text](target)` or `![alt](src)` can form); `<`, `>` and `&`
/// become entities, so that neither HTML, `<scheme:…>` autolinks nor character references
/// survive; line breaks become spaces, so that the text stays in its paragraph or table cell.
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '!' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    escape_block_start(out)
}

/// Text at the start of a paragraph must not open a list (`-`, `+`, `1.`), a thematic break or
/// a setext heading (`---`, `===`): its first marker is escaped.
fn escape_block_start(text: String) -> String {
    let indent = text.len() - text.trim_start_matches(' ').len();
    let rest = &text[indent..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let marker = if rest.starts_with(['-', '+', '=']) {
        Some(indent)
    } else if digits > 0 && rest[digits..].starts_with(['.', ')']) {
        Some(indent + digits)
    } else {
        None
    };
    match marker {
        Some(at) => format!("{}\\{}", &text[..at], &text[at..]),
        None => text,
    }
}

/// A table whose every cell is user text or plain figures.
fn md_table(rows: &[Vec<String>]) -> String {
    let escaped: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|c| md_escape(c)).collect()).collect();
    md_table_of_markdown(&escaped)
}

/// A table of cells that are Markdown already.
fn md_table_of_markdown(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
        if index == 0 {
            out.push_str(&format!("|{}\n", row.iter().map(|_| "---|").collect::<String>()));
        }
    }
    out
}

/// The summary as Markdown, with the same sections as the Word document.
pub fn markdown(document: &SummaryDocument, options: &DocumentOptions) -> String {
    let summary = &document.summary;
    let outline = outline(summary);
    let mut md = String::new();
    let td = if options.td_number.trim().is_empty() { NO_TD_NUMBER } else { options.td_number.as_str() };
    md.push_str(&format!("# {} — {}\n\n", md_escape(td), md_escape(&outline.title)));
    if let Some(mark) = draft_mark(summary) {
        md.push_str(&format!("**{}**\n\n", md_escape(&mark)));
    }
    // The labels are the document's own bold; the values are user text.
    let fields: [(&str, &str); 6] = [
        ("Source:", &options.source),
        ("Title:", &outline.title),
        ("Purpose:", outline.purpose),
        ("Contact:", &contact_line(&options.contact)),
        ("Keywords:", outline.keywords),
        ("Abstract:", &outline.abstract_text),
    ];
    let mut rows = vec![vec![String::new(), String::new()]];
    rows.extend(fields.iter().map(|(label, value)| vec![format!("**{label}**"), md_escape(value)]));
    md.push_str(&md_table_of_markdown(&rows));
    md.push_str("\n## 1 Introduction\n\n");
    for p in &outline.introduction {
        md.push_str(&format!("{}\n\n", md_escape(p)));
    }
    md.push_str("## 2 Results\n\n");
    for p in &outline.results {
        md.push_str(&format!("{}\n\n", md_escape(p)));
    }
    md.push_str("**Table 1 – Objectives of the CTO/CxO process**\n\n");
    md.push_str(&md_table(&outline.results_table));
    if outline.indicators_table.len() > 1 {
        md.push_str("\n**Table 2 – Indicators against their targets**\n\n");
        md.push_str(&md_table(&outline.indicators_table));
    }
    md.push_str("\n## 3 Proposed improvements\n\n");
    if outline.proposals.is_empty() {
        md.push_str(&format!("{}\n\n", md_escape(&outline.no_proposal)));
    }
    for (index, proposal) in outline.proposals.iter().enumerate() {
        md.push_str(&format!("### 3.{} {}\n\n", index + 1, md_escape(&proposal.title)));
        for p in &proposal.paragraphs {
            md.push_str(&format!("{}\n\n", md_escape(p)));
        }
        let (label, invitation) = proposal.action.split_once('\t').unwrap_or(("", &proposal.action));
        md.push_str(&format!("**{}** {}\n\n", label, md_escape(invitation)));
    }
    md.push_str("## Annex A: Objectives and rubric\n\n");
    for o in &outline.objectives {
        md.push_str(&format!("### {}\n\n", md_escape(&o.heading)));
        if !o.description.is_empty() {
            md.push_str(&format!("{}\n\n", md_escape(&o.description)));
        }
        if !o.source.is_empty() {
            md.push_str(&format!("- **Source:** {}\n", md_escape(&o.source)));
        }
        md.push_str(&format!("- **Rubric:** {}\n", md_escape(&o.rubric)));
        if !o.indicators.is_empty() {
            md.push_str(&format!("- **Indicators:** {}\n", md_escape(&o.indicators.join("; "))));
        }
        md.push('\n');
    }
    md.push_str(&format!("## {}\n\n", md_escape(&outline.statistics_title)));
    let chunks = statistics_chunks(&summary.statistics);
    if chunks.is_empty() {
        md.push_str("No meeting was held in the period.\n\n");
    }
    for chunk in &chunks {
        md.push_str(&md_table(chunk));
        md.push('\n');
    }
    md.push_str(&format!("_Content digest: {}_\n", document.digest));
    md
}

// ---------------------------------------------------------------------------------------------
// Workbook

/// The summary as a workbook (.xlsx): one sheet per table.
pub fn xlsx(document: &SummaryDocument) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let xlsx_error = |e: rust_xlsxwriter::XlsxError| Error::Render { what: "the workbook", reason: e.to_string() };
    let mut workbook = Workbook::new();
    let header_format = Format::new().set_bold();
    for table in summary_tables(&document.summary) {
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.name).map_err(xlsx_error)?;
        for (column, title) in table.header.iter().enumerate() {
            sheet.write_string_with_format(0, column as u16, title, &header_format).map_err(xlsx_error)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match value {
                    // Strings are written as text, never as formulas, whatever they start with.
                    Cell::Text(text) => sheet.write_string(r, c, text).map(|_| ()).map_err(xlsx_error)?,
                    Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()).map_err(xlsx_error)?,
                    Cell::Empty => {}
                }
            }
        }
        sheet.autofit();
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}

crate::model::str_enum! {
    /// The forms of the review summary.
    SummaryFormat { Docx = "docx", Md = "md", Json = "json", Xlsx = "xlsx" }
}

/// The summary `document` in `format`, ready to write to a file; `written_at` (RFC 3339) dates
/// the Word document's properties.
pub fn render(document: &SummaryDocument, format: SummaryFormat, options: &DocumentOptions, written_at: &str) -> Result<Vec<u8>> {
    match format {
        SummaryFormat::Docx => docx(document, options, written_at),
        SummaryFormat::Md => Ok(markdown(document, options).into_bytes()),
        SummaryFormat::Json => Ok(serde_json::to_vec_pretty(document)?),
        SummaryFormat::Xlsx => xlsx(document),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_make_links_images_html_or_blocks() {
        assert_eq!(md_escape("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
        assert_eq!(md_escape("![img](http://x/p.png)"), r"\!\[img\](http://x/p.png)");
        assert_eq!(md_escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(md_escape("<javascript:alert(1)>"), "&lt;javascript:alert(1)&gt;");
        assert_eq!(md_escape("[a]: javascript:x"), r"\[a\]: javascript:x");
        assert_eq!(md_escape("&#x6A;avascript"), r"&amp;\#x6A;avascript");
        assert_eq!(md_escape("*bold* _it_ `code` ~~del~~ a|b"), r"\*bold\* \_it\_ \`code\` \~\~del\~\~ a\|b");
        assert_eq!(md_escape("# not a heading\n- not a list"), r"\# not a heading - not a list");
        assert_eq!(md_escape("- item"), r"\- item");
        assert_eq!(md_escape("12. item"), r"12\. item");
        assert_eq!(md_escape("=== "), r"\=== ");
        assert_eq!(md_escape("O3 Industry participates (2024), -3 and 1.5"), "O3 Industry participates (2024), -3 and 1.5");
    }

    #[test]
    fn document_labels_stay_bold_while_values_are_escaped() {
        let rows = vec![vec![String::new(), String::new()], vec!["**Title:**".into(), md_escape("a|b")]];
        assert_eq!(md_table_of_markdown(&rows), "|  |  |\n|---|---|\n| **Title:** | a\\|b |\n");
    }
}
