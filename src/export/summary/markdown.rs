//! The summary as Markdown, with the same sections as the Word document, and the escaping
//! that keeps user text inert in it.
//!
//! It lays out the outline (`super::Outline`) and knows nothing of how its text is worded,
//! nor of the other forms.

use super::{outline, DocumentOptions, Outline};
use crate::i18n::Language;
use crate::review::SummaryDocument;

/// The contact on one line, for the Markdown header table: "Ann Smith, TSB, Switzerland; Tel: …; E-mail: …".
fn contact_line(outline: &Outline) -> String {
    let (who, reach) = &outline.contact;
    let mut parts = Vec::new();
    if !who.is_empty() {
        parts.push(who.join(", "));
    }
    parts.extend(reach.iter().cloned());
    if parts.is_empty() {
        "–".to_string()
    } else {
        parts.join("; ")
    }
}

/// User text (titles, rationales, proposals, names) as inert Markdown: it reads as typed and
/// nothing in it becomes a link, an image, HTML, an autolink, emphasis, code or a block of its
/// own, under CommonMark and under GitHub's extensions alike.
///
/// - Every character Markdown gives a meaning to inside a line is backslash-escaped (`[` and
///   `]` above all, so that no `[text](target)` or `![alt](src)` can form); `<`, `>` and `&`
///   become entities, so that neither HTML, `<scheme:…>` autolinks nor character references
///   survive; line breaks become spaces, so that the text stays in its paragraph or table cell.
/// - GitHub's bare autolinks: the `:` of `://` is escaped (`http\://…`), and so is the dot of
///   `www.`. An e-mail address (`mailto:` and `xmpp:` ones too) is found in the text once
///   escapes are resolved, so no escape can hide it: a word joiner (U+2060, invisible) stands
///   before each `@`.
/// - Leading spaces and tabs are dropped: four of them would start a code block.
fn md_escape(text: &str) -> String {
    let text = text.trim_start_matches([' ', '\t']);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (at, c) in text.char_indices() {
        match c {
            // `scheme://` is what GitHub takes for a bare URL.
            ':' if text[at + 1..].starts_with("//") => out.push_str("\\:"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '!' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '.' if ends_with_www(&out) => out.push_str("\\."),
            '@' => out.push_str("\u{2060}@"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    escape_block_start(out)
}

/// Whether `text` ends with `www` (any case), which a following dot would make a link.
fn ends_with_www(text: &str) -> bool {
    text.len() >= 3 && text.is_char_boundary(text.len() - 3) && text[text.len() - 3..].eq_ignore_ascii_case("www")
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

/// The summary as Markdown, with the same sections as the Word document, its fixed text in
/// `language`. The fixed text is escaped like user text (it holds nothing Markdown reads).
pub fn markdown(document: &SummaryDocument, options: &DocumentOptions, language: Language) -> String {
    let outline = outline(document, options, language);
    let mut md = String::new();
    let td = outline.td_number.as_deref().unwrap_or(&outline.banner.no_td_number);
    md.push_str(&format!("# {} — {}\n\n", md_escape(td), md_escape(&outline.title)));
    if let Some(mark) = &outline.draft_mark {
        md.push_str(&format!("**{}**\n\n", md_escape(mark)));
    }
    // The labels are the document's own bold; the values are user text.
    let contact = contact_line(&outline);
    let values = [
        outline.source.as_str(),
        outline.title.as_str(),
        outline.purpose.as_str(),
        contact.as_str(),
        outline.keywords.as_str(),
        outline.abstract_text.as_str(),
    ];
    let mut rows = vec![vec![String::new(), String::new()]];
    rows.extend(outline.labels.iter().zip(values).map(|(label, value)| vec![format!("**{}**", md_escape(label)), md_escape(value)]));
    md.push_str(&md_table_of_markdown(&rows));
    md.push_str(&format!("\n## 1 {}\n\n", md_escape(&outline.headings[0])));
    for p in &outline.introduction {
        md.push_str(&format!("{}\n\n", md_escape(p)));
    }
    md.push_str(&format!("## 2 {}\n\n", md_escape(&outline.headings[1])));
    for p in &outline.results {
        md.push_str(&format!("{}\n\n", md_escape(p)));
    }
    md.push_str(&format!("**{}**\n\n", md_escape(&outline.captions[0])));
    md.push_str(&md_table(&outline.results_table));
    if outline.indicators_table.len() > 1 {
        md.push_str(&format!("\n**{}**\n\n", md_escape(&outline.captions[1])));
        md.push_str(&md_table(&outline.indicators_table));
    }
    md.push_str(&format!("\n## 3 {}\n\n", md_escape(&outline.headings[2])));
    if outline.proposals.is_empty() {
        md.push_str(&format!("{}\n\n", md_escape(&outline.no_proposal)));
    }
    for (index, proposal) in outline.proposals.iter().enumerate() {
        md.push_str(&format!("### 3.{} {}\n\n", index + 1, md_escape(&proposal.title)));
        for p in &proposal.paragraphs {
            md.push_str(&format!("{}\n\n", md_escape(p)));
        }
        md.push_str(&format!("**{}** {}\n\n", md_escape(&proposal.action), md_escape(&proposal.invitation)));
    }
    md.push_str(&format!("## {}\n\n", md_escape(&outline.objectives_title)));
    let [source, rubric, indicators] = &outline.objective_labels;
    for o in &outline.objectives {
        md.push_str(&format!("### {}\n\n", md_escape(&o.heading)));
        if !o.description.is_empty() {
            md.push_str(&format!("{}\n\n", md_escape(&o.description)));
        }
        if !o.source.is_empty() {
            md.push_str(&format!("- **{}**{}{}\n", md_escape(source), outline.gap, md_escape(&o.source)));
        }
        md.push_str(&format!("- **{}**{}{}\n", md_escape(rubric), outline.gap, md_escape(&o.rubric)));
        if !o.indicators.is_empty() {
            md.push_str(&format!("- **{}**{}{}\n", md_escape(indicators), outline.gap, md_escape(&o.indicators.join("; "))));
        }
        md.push('\n');
    }
    md.push_str(&format!("## {}\n\n", md_escape(&outline.statistics_title)));
    if outline.statistics.is_empty() {
        md.push_str(&format!("{}\n\n", md_escape(&outline.no_meeting)));
    }
    for chunk in &outline.statistics {
        md.push_str(&md_table(chunk));
        md.push('\n');
    }
    md.push_str(&format!("_{}_\n", md_escape(&outline.digest)));
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_make_links_images_html_or_blocks() {
        assert_eq!(md_escape("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
        assert_eq!(md_escape("![img](http://x/p.png)"), r"\!\[img\](http\://x/p.png)");
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
        // GitHub's bare autolinks, and indented code.
        assert_eq!(md_escape("see https://x.org or WWW.x.org"), r"see https\://x.org or WWW\.x.org");
        assert_eq!(md_escape("ann@itu.int"), "ann\u{2060}@itu.int");
        assert_eq!(md_escape("    code?\tno"), "code?\tno");
    }

    #[test]
    fn document_labels_stay_bold_while_values_are_escaped() {
        let rows = vec![vec![String::new(), String::new()], vec!["**Title:**".into(), md_escape("a|b")]];
        assert_eq!(md_table_of_markdown(&rows), "|  |  |\n|---|---|\n| **Title:** | a\\|b |\n");
    }
}
