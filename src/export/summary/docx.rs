//! The summary as a Word document in the layout of a TSAG temporary document (TD): the
//! document's properties and page setup, the banner and header block, sections 1 to 3, Annex A
//! (objectives) and Annex B (meeting statistics), each built by a function of its own.
//!
//! It lays out the outline (`super::Outline`) and knows nothing of how its text is worded,
//! nor of the other forms. What docx-rs cannot write (the document's language, right to left
//! for Arabic, repeated header rows, the author) is written into its parts by `finish`.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, LineSpacing, PageMargin, PageNum, Paragraph, Run, RunFonts, Style,
    StyleType, Table, TableCell, TableRow, WidthType, XMLDocx,
};

use super::{outline, DocumentOptions, Outline};
use crate::error::{Error, Result};
use crate::i18n::Language;
use crate::review::SummaryDocument;

const FONT: &str = "Times New Roman";
/// The font of Chinese text in a Chinese document, as in ITU's Chinese documents.
const CHINESE_FONT: &str = "SimSun";
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

/// Whether a cell holds a figure ("12", "4.0", "64%", "-", "n/a" in the document's language):
/// figures are right-aligned so that their digits line up.
fn is_figure(content: &str, not_applicable: &str) -> bool {
    // In an Arabic document a figure is isolated by its direction, like everything the review holds.
    let trimmed = content.trim_matches(['\u{2068}', '\u{2069}']).trim().trim_end_matches('%');
    !trimmed.is_empty()
        && (trimmed.parse::<f64>().is_ok() || matches!(trimmed, "–" | "-" | "n/a") || trimmed == not_applicable)
}

fn cell(content: &str, width: usize, keep_next: bool, not_applicable: &str) -> TableCell {
    let align = if is_figure(content, not_applicable) { AlignmentType::Right } else { AlignmentType::Left };
    TableCell::new().width(width, WidthType::Dxa).add_paragraph(
        Paragraph::new().align(align).keep_next(keep_next).add_run(Run::new().add_text(content).size(TABLE_SIZE)),
    )
}

fn header_cell(content: &str, width: usize) -> TableCell {
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(Paragraph::new().keep_next(true).add_run(bold(content).size(TABLE_SIZE)))
}

/// A table with a header row (the first of `rows`), which repeats on every page the table runs
/// over: these are the only tables whose rows are kept whole (`w:cantSplit`), which is how
/// `finish` finds their header rows.
fn grid_table(rows: &[Vec<String>], widths: &[usize], outline: &Outline) -> Table {
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
                    .map(|(content, width)| if r == 0 {
                        header_cell(content, *width)
                    } else {
                        cell(content, *width, r < last, &outline.not_applicable)
                    })
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

/// The summary as a Word document (.docx) in the layout of a TSAG temporary document, its fixed
/// text in `language`.
pub fn docx(
    document: &SummaryDocument,
    options: &DocumentOptions,
    language: Language,
    written_at: &str,
    history: Option<&crate::model::history::ChainHead>,
) -> Result<Vec<u8>> {
    let outline = outline(document, options, language);
    let mut doc = document_setup(&outline, written_at);
    if let Some(head) = history {
        // Custom document properties (File ▸ Properties in Word): what the history held when
        // the document was written, which the database's history must still reach.
        doc = doc
            .custom_property("CxO Review history entries", head.entries.to_string())
            .custom_property("CxO Review history head", head.hash.clone());
    }
    doc = doc.add_table(banner(&outline));
    if let Some(mark) = &outline.draft_mark {
        doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(bold(mark).color("C00000")));
    }
    doc = doc.add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(bold("TD").size(BODY_SIZE)),
    );
    doc = doc.add_table(header_block(&outline));
    doc = introduction_and_results(doc, &outline);
    doc = proposed_improvements(doc, &outline);
    doc = objectives_annex(doc, &outline);
    doc = statistics_annex(doc, &outline);
    pack(doc, outline.language, &options.contact.name)
}

/// The document's properties (written at `written_at`), its A4 pages, fonts and paragraph
/// styles, and the running header and page numbers from page 2 on.
fn document_setup(outline: &Outline, written_at: &str) -> Docx {
    // From page 2 on, a running header names the document; every page but the first is numbered.
    let running = format!(
        "{} – {}",
        outline.td_number.as_deref().map_or(outline.banner.running_td.as_str(), str::trim),
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
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT).east_asia(
            if outline.language == Language::Zh { CHINESE_FONT } else { FONT },
        ))
        .default_size(BODY_SIZE)
        .default_line_spacing(LineSpacing::new().before(120).after(0))
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1").bold().size(BODY_SIZE).outline_lvl(0))
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("heading 2").bold().size(BODY_SIZE).outline_lvl(1))
        .add_style(Style::new("AnnexTitle", StyleType::Paragraph).name("Annex title").bold().size(28).align(AlignmentType::Center))
}

/// The banner at the top of page 1: the Sector and study period on the left, the document
/// number, TSAG, the original language and the place and date on the right.
fn banner(outline: &Outline) -> Table {
    // Header block: the Sector on the left, the document number on the right.
    let words = &outline.banner;
    let td = outline.td_number.clone().unwrap_or_else(|| words.no_td_number.clone());
    let td_size = if outline.td_number.is_none() { 24 } else { 36 };
    Table::without_borders(vec![
        TableRow::new(vec![
            TableCell::new()
                .width(5600, WidthType::Dxa)
                .add_paragraph(Paragraph::new().add_run(bold(&words.union).size(20)))
                .add_paragraph(Paragraph::new().add_run(bold(&words.sector).size(20)))
                .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&words.study_period).size(20))),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(bold(&td).size(td_size))),
        ]),
        TableRow::new(vec![
            TableCell::new().width(5600, WidthType::Dxa).add_paragraph(text("")),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(bold(&words.tsag))),
        ]),
        TableRow::new(vec![
            TableCell::new().width(5600, WidthType::Dxa).add_paragraph(text("")),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(bold(&words.original))),
        ]),
        TableRow::new(vec![
            TableCell::new()
                .width(5600, WidthType::Dxa)
                .add_paragraph(
                    Paragraph::new()
                        .add_run(bold(&words.questions))
                        .add_run(Run::new().add_text(format!("\t{}", words.questions_none))),
                ),
            TableCell::new()
                .width(4038, WidthType::Dxa)
                .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(Run::new().add_text(&outline.place_and_date))),
        ]),
    ])
    .set_grid(vec![5600, 4038])
}

/// The TD's header block under the banner: Source, Title, Purpose, Contact, Keywords and
/// Abstract, a label and its value on each row.
fn header_block(outline: &Outline) -> Table {
    let (who, reach) = &outline.contact;
    // The Contact row is the fourth.
    const CONTACT: usize = 3;
    let values = [
        outline.source.as_str(),
        outline.title.as_str(),
        outline.purpose.as_str(),
        "",
        outline.keywords.as_str(),
        outline.abstract_text.as_str(),
    ];
    // Three columns as in TSAG TDs: the Contact row gives who on the left and how to reach them
    // on the right; every other value spans both.
    let (who_width, reach_width) = (3600, TEXT_WIDTH - 1700 - 3600);
    Table::new(
        outline
            .labels
            .iter()
            .zip(values)
            .enumerate()
            .map(|(index, (label, value))| {
                let label_cell = TableCell::new().width(1700, WidthType::Dxa).add_paragraph(Paragraph::new().add_run(bold(label)));
                if index == CONTACT && !(who.is_empty() && reach.is_empty()) {
                    TableRow::new(vec![
                        label_cell,
                        lines_cell(who).width(who_width, WidthType::Dxa),
                        lines_cell(reach).width(reach_width, WidthType::Dxa),
                    ])
                } else {
                    let value = if index == CONTACT { "–" } else { value };
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
    doc = doc.add_paragraph(heading(&format!("1\t{}", outline.headings[0]), 1));
    for paragraph in &outline.introduction {
        doc = doc.add_paragraph(text(paragraph));
    }
    doc = doc.add_paragraph(heading(&format!("2\t{}", outline.headings[1]), 1));
    for paragraph in &outline.results {
        doc = doc.add_paragraph(text(paragraph));
    }
    doc = doc.add_paragraph(caption(&outline.captions[0]));
    doc = doc.add_table(grid_table(&outline.results_table, &[2700, 1450, 1200, 1150, 1538, 1600], outline));
    if outline.indicators_table.len() > 1 {
        doc = doc.add_paragraph(caption(&outline.captions[1]));
        doc = doc.add_table(grid_table(&outline.indicators_table, &[1300, 4338, 1400, 1600, 1000], outline));
    }
    doc
}

/// Section 3: each proposal with its paragraphs and the action TSAG is invited to take, or
/// what is said when there is none.
fn proposed_improvements(mut doc: Docx, outline: &Outline) -> Docx {
    doc = doc.add_paragraph(heading(&format!("3\t{}", outline.headings[2]), 1));
    if outline.proposals.is_empty() {
        doc = doc.add_paragraph(text(&outline.no_proposal));
    }
    for (index, proposal) in outline.proposals.iter().enumerate() {
        doc = doc.add_paragraph(heading(&format!("3.{}\t{}", index + 1, proposal.title), 2));
        for paragraph in &proposal.paragraphs {
            doc = doc.add_paragraph(text(paragraph));
        }
        doc = doc.add_paragraph(
            Paragraph::new()
                .add_run(bold(&proposal.action))
                .add_run(Run::new().add_tab())
                .add_run(Run::new().add_text(&proposal.invitation)),
        );
    }
    doc
}

/// Annex A, on a new page: every objective with its description, source, rubric and indicators.
fn objectives_annex(mut doc: Docx, outline: &Outline) -> Docx {
    doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    doc = doc.add_paragraph(Paragraph::new().style("AnnexTitle").add_run(Run::new().add_text(&outline.objectives_title)));
    let [source, rubric, indicators] = &outline.objective_labels;
    let label = |text: &str| bold(&format!("{text}{}", outline.gap));
    for objective in &outline.objectives {
        // An objective's paragraphs stay on one page: each is kept with the next but the last.
        let mut block = vec![heading(&objective.heading, 2)];
        if !objective.description.is_empty() {
            block.push(text(&objective.description));
        }
        if !objective.source.is_empty() {
            block.push(Paragraph::new().add_run(label(source)).add_run(Run::new().add_text(&objective.source)));
        }
        block.push(Paragraph::new().add_run(label(rubric)).add_run(Run::new().add_text(&objective.rubric)));
        if !objective.indicators.is_empty() {
            block.push(
                Paragraph::new().add_run(label(indicators)).add_run(Run::new().add_text(objective.indicators.join("; "))),
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
fn statistics_annex(mut doc: Docx, outline: &Outline) -> Docx {
    doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    doc = doc.add_paragraph(Paragraph::new().style("AnnexTitle").add_run(Run::new().add_text(&outline.statistics_title)));
    if outline.statistics.is_empty() {
        doc = doc.add_paragraph(text(&outline.no_meeting));
    }
    for chunk in &outline.statistics {
        let columns = chunk[0].len();
        doc = doc.add_table(grid_table(chunk, &widths(columns, 2700), outline));
        doc = doc.add_paragraph(text(""));
    }
    doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(Run::new().add_text("_______________")));
    doc = doc.add_paragraph(
        Paragraph::new().add_run(Run::new().add_text(&outline.digest).size(16)),
    );
    doc
}

/// The document packed as a .docx file's bytes, in `language`, its author the contact (the
/// rapporteur, as the header block names them), or "CxO Review" when no contact is named.
fn pack(doc: Docx, language: Language, contact: &str) -> Result<Vec<u8>> {
    let author = if contact.trim().is_empty() { "CxO Review" } else { contact.trim() };
    let mut bytes = Cursor::new(Vec::new());
    finish(doc.build(), language, author)
        .pack(&mut bytes)
        .map_err(|e| Error::Render { what: "the Word document", reason: e.to_string() })?;
    Ok(bytes.into_inner())
}

/// What docx-rs (0.4) cannot write, written into the XML of the document's parts after it built
/// them and before they are zipped into the .docx (the same XML the file holds):
///
/// - the header row of each table `grid_table` lays out repeats on every page (`w:tblHeader`);
///   its tables are the only ones whose rows are kept whole (`w:cantSplit`);
/// - the document's language on the default run properties (`w:lang`), which Word's spelling
///   and hyphenation follow: `w:val` for Latin and Cyrillic text, `w:eastAsia` for Chinese,
///   `w:bidi` for Arabic;
/// - the author in the document's properties (`dc:creator`, `cp:lastModifiedBy`), which docx-rs
///   sets to "unknown" and has no setter for;
/// - in Arabic, right to left throughout: `w:bidi` on every paragraph (docx-rs could set this
///   one), `w:rtl` on every run and `w:bidiVisual` on every table (it cannot set these), in the
///   body, the running header and the footer; and the explicit alignments as edges of the
///   reading direction (`left` as `start`, `right` as `end`), so that what is on the left of an
///   English page is on the right of an Arabic one.
///
/// docx-rs writes the elements changed here in one fixed form (`<w:pPr>`, `<w:rPr>` or
/// `<w:rPr />`, `<w:tblPr>`, `<w:tbl>`, `<w:tr>`) and escapes every text's `<`, so that plain
/// replacements find each of them and never text.
fn finish(mut parts: XMLDocx, language: Language, author: &str) -> XMLDocx {
    fn edit(part: &mut Vec<u8>, change: impl Fn(&str) -> String) {
        *part = change(&String::from_utf8_lossy(part)).into_bytes();
    }
    edit(&mut parts.document, |xml| {
        const KEPT_WHOLE: &str = "<w:tr><w:trPr><w:cantSplit />";
        let mut out = String::with_capacity(xml.len() + 1024);
        let mut done = 0;
        for (table, _) in xml.match_indices("<w:tbl>") {
            if let Some(row) = xml[table..].find("<w:tr>").map(|at| table + at) {
                if xml[row..].starts_with(KEPT_WHOLE) {
                    out.push_str(&xml[done..row + KEPT_WHOLE.len()]);
                    out.push_str("<w:tblHeader />");
                    done = row + KEPT_WHOLE.len();
                }
            }
        }
        out.push_str(&xml[done..]);
        out
    });
    let lang = match language {
        // Latin text (names, codes) in an Arabic or Chinese document is English.
        Language::Ar => r#"<w:lang w:val="en-GB" w:bidi="ar-SA" />"#,
        Language::Zh => r#"<w:lang w:val="en-GB" w:eastAsia="zh-CN" />"#,
        Language::En => r#"<w:lang w:val="en-GB" />"#,
        Language::Fr => r#"<w:lang w:val="fr-FR" />"#,
        Language::Ru => r#"<w:lang w:val="ru-RU" />"#,
        Language::Es => r#"<w:lang w:val="es-ES" />"#,
    };
    edit(&mut parts.styles, |xml| match xml.find("<w:rPrDefault><w:rPr>") {
        Some(at) => {
            let end = xml[at..].find("</w:rPr>").map_or(xml.len(), |e| at + e);
            format!("{}{lang}{}", &xml[..end], &xml[end..])
        }
        None => xml.to_string(),
    });
    let author = author.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    edit(&mut parts.doc_props.core, |xml| {
        xml.replace("<dc:creator>unknown</dc:creator>", &format!("<dc:creator>{author}</dc:creator>"))
            .replace("<cp:lastModifiedBy>unknown</cp:lastModifiedBy>", &format!("<cp:lastModifiedBy>{author}</cp:lastModifiedBy>"))
    });
    if language.is_right_to_left() {
        let right_to_left = |xml: &str| {
            xml.replace("<w:pPr>", "<w:pPr><w:bidi />")
                .replace("<w:pPr />", "<w:pPr><w:bidi /></w:pPr>")
                // Closing tags first, then the empty ones, so that no run is marked twice.
                .replace("</w:rPr>", "<w:rtl /></w:rPr>")
                .replace("<w:rPr />", "<w:rPr><w:rtl /></w:rPr>")
                .replace("<w:tblPr>", "<w:tblPr><w:bidiVisual />")
                .replace(r#"<w:jc w:val="left" />"#, r#"<w:jc w:val="start" />"#)
                .replace(r#"<w:jc w:val="right" />"#, r#"<w:jc w:val="end" />"#)
        };
        edit(&mut parts.document, right_to_left);
        for part in parts.headers.iter_mut().chain(parts.footers.iter_mut()) {
            edit(part, right_to_left);
        }
    }
    parts
}
