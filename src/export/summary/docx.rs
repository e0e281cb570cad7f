//! The summary as a Word document in the layout of a TSAG temporary document (TD): the
//! document's properties and page setup, the banner and header block, sections 1 to 3, Annex A
//! (objectives) and Annex B (meeting statistics), each built by a function of its own.
//!
//! It lays out the outline (`super::Outline`) and knows nothing of how its text is worded,
//! nor of the other forms.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, LineSpacing, PageMargin, PageNum, Paragraph, Run, RunFonts, Style,
    StyleType, Table, TableCell, TableRow, WidthType,
};

use super::{contact_lines, draft_mark, outline, statistics_chunks, DocumentOptions, Outline, NO_TD_NUMBER};
use crate::error::{Error, Result};
use crate::review::SummaryDocument;
use crate::stats::StatsTable;

/// "2025-2028" for a date in that ITU-T study period.
fn study_period(year: i32) -> &'static str {
    match year {
        y if y >= 2025 => "2025-2028",
        y if y >= 2022 => "2022-2024",
        y if y >= 2017 => "2017-2021",
        _ => "2013-2016",
    }
}

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

/// The summary as a Word document (.docx) in the layout of a TSAG temporary document.
pub fn docx(
    document: &SummaryDocument,
    options: &DocumentOptions,
    written_at: &str,
    history: Option<&crate::model::history::ChainHead>,
) -> Result<Vec<u8>> {
    let summary = &document.summary;
    let outline = outline(summary);
    let year = summary.cycle.period_to.format("%Y").to_string().parse().unwrap_or(2025);
    let mut doc = document_setup(&outline, options, written_at);
    if let Some(head) = history {
        // Custom document properties (File ▸ Properties in Word): what the history held when
        // the document was written, which the database's history must still reach.
        doc = doc
            .custom_property("CxO Review history entries", head.entries.to_string())
            .custom_property("CxO Review history head", head.hash.clone());
    }
    doc = doc.add_table(banner(options, year));
    if let Some(mark) = draft_mark(summary) {
        doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(bold(&mark).color("C00000")));
    }
    doc = doc.add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(bold("TD").size(BODY_SIZE)),
    );
    doc = doc.add_table(header_block(&outline, options));
    doc = introduction_and_results(doc, &outline);
    doc = proposed_improvements(doc, &outline);
    doc = objectives_annex(doc, &outline);
    doc = statistics_annex(doc, &outline, &summary.statistics, &document.digest);
    pack(doc)
}

/// The document's properties (written at `written_at`), its A4 pages, fonts and paragraph
/// styles, and the running header and page numbers from page 2 on.
fn document_setup(outline: &Outline, options: &DocumentOptions, written_at: &str) -> Docx {
    // From page 2 on, a running header names the document; every page but the first is numbered.
    let running = format!(
        "{} – {}",
        if options.td_number.trim().is_empty() { "TSAG TD" } else { options.td_number.trim() },
        outline.title
    );
    Docx::new()
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
        .add_style(Style::new("AnnexTitle", StyleType::Paragraph).name("Annex title").bold().size(28).align(AlignmentType::Center))
}

/// The banner at the top of page 1: the Sector and study period of `year` on the left, the
/// document number, TSAG, the original language and the place and date on the right.
fn banner(options: &DocumentOptions, year: i32) -> Table {
    // Header block: the Sector on the left, the document number on the right.
    let td = if options.td_number.trim().is_empty() { NO_TD_NUMBER.to_string() } else { options.td_number.clone() };
    let td_size = if options.td_number.trim().is_empty() { 24 } else { 36 };
    Table::without_borders(vec![
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
    .set_grid(vec![5600, 4038])
}

/// The TD's header block under the banner: Source, Title, Purpose, Contact, Keywords and
/// Abstract, a label and its value on each row.
fn header_block(outline: &Outline, options: &DocumentOptions) -> Table {
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
    Table::new(
        fields
            .iter()
            .map(|(label, value)| {
                let label_cell = TableCell::new().width(1700, WidthType::Dxa).add_paragraph(Paragraph::new().add_run(bold(label)));
                if *label == "Contact:" && !(who.is_empty() && reach.is_empty()) {
                    TableRow::new(vec![
                        label_cell,
                        lines_cell(&who).width(who_width, WidthType::Dxa),
                        lines_cell(&reach).width(reach_width, WidthType::Dxa),
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
    .set_grid(vec![1700, who_width, reach_width])
}

/// A cell with a paragraph per line, or one empty paragraph when there is none.
fn lines_cell(lines: &[String]) -> TableCell {
    let cell = TableCell::new();
    if lines.is_empty() {
        return cell.add_paragraph(text(""));
    }
    lines.iter().fold(cell, |cell, line| cell.add_paragraph(text(line)))
}

/// Sections 1 (Introduction) and 2 (Results, with Table 1 and, when there are indicators, Table 2).
fn introduction_and_results(mut doc: Docx, outline: &Outline) -> Docx {
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
    doc
}

/// Section 3: each proposal with its paragraphs and the action TSAG is invited to take, or
/// what is said when there is none.
fn proposed_improvements(mut doc: Docx, outline: &Outline) -> Docx {
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
    doc
}

/// Annex A, on a new page: every objective with its description, source, rubric and indicators.
fn objectives_annex(mut doc: Docx, outline: &Outline) -> Docx {
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
    doc
}

/// Annex B, on a new page: the meeting statistics tables, then the end mark and the content
/// digest.
fn statistics_annex(mut doc: Docx, outline: &Outline, statistics: &StatsTable, digest: &str) -> Docx {
    doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    doc = doc.add_paragraph(Paragraph::new().style("AnnexTitle").add_run(Run::new().add_text(&outline.statistics_title)));
    let chunks = statistics_chunks(statistics);
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
        Paragraph::new().add_run(Run::new().add_text(format!("Content digest: {digest}")).size(16)),
    );
    doc
}

/// The document packed as a .docx file's bytes.
fn pack(doc: Docx) -> Result<Vec<u8>> {
    let mut bytes = Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| Error::Render { what: "the Word document", reason: e.to_string() })?;
    Ok(bytes.into_inner())
}
