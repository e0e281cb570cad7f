//! The review summary to TSAG, as a Word document in the layout of a TSAG temporary document,
//! as Markdown, and as a workbook with a sheet per table. The JSON form is the
//! `SummaryDocument` itself.
//!
//! Text comes from one outline (`Outline`) so that the Word and Markdown documents say the same.
//! This file holds that outline (the summary's content model), what both documents share (the
//! title, the draft mark, the contact, the Annex B tables) and `render`, which picks the form.
//! How each form is laid out is in its own file: `docx` (Word), `markdown`, `xlsx` (workbook);
//! none of them is known here beyond its entry point.
//!
//! The Word and Markdown documents are written in one of ITU's six languages: their fixed text
//! (labels, sentences, headings, statuses) comes from the catalogues' `summary-…` messages (and
//! Annex B's rows from `stats-…` and `region-…`), rendered in the outline; what the review holds
//! (titles, names, rubrics, proposals) stays as stored.

mod docx;
mod markdown;
mod xlsx;

use chrono::{Datelike, NaiveDate};

use crate::error::Result;
use crate::i18n::{Arg, Language, Message};
use crate::msg;
use crate::review::words::capitalised;
use crate::review::{comparison_sign, CycleSummary, ObjectiveStatus, SummaryDocument};
use crate::stats::StatsTable;

pub use docx::docx;
pub use markdown::markdown;
pub use xlsx::xlsx;

/// What the header block says beyond the review (stored per cycle; TSB assigns the number).
pub use crate::model::{Contact, DocumentOptions};

/// At most this many meetings per Annex B table, as in the RG-IEM report; more go into further tables.
const MEETINGS_PER_TABLE: usize = 4;

/// The summary's fixed text in its language, from the catalogues (`summary-…` messages). Data
/// (titles, names, rubric labels, proposals) is never translated: it goes into the messages as
/// arguments.
#[derive(Debug, Clone, Copy)]
struct Words(Language);

impl Words {
    /// A message in the document's language. English renders as the command line does, without
    /// direction marks around names, so that an English summary reads byte for byte as it did
    /// before the summary had other languages; the others isolate names where their direction
    /// could reorder the sentence (an Arabic name in a French sentence, a Latin one in an Arabic
    /// sentence).
    fn say(self, message: Message) -> String {
        match self.0 {
            Language::En => message.english(),
            language => message.render(language),
        }
    }

    /// A message whose text arguments are the document's own words in its language (a date, a
    /// list of statuses, a figure, objectives' codes), which need no isolation: their marks
    /// are taken out again (nested marks also make LibreOffice misplace the spaces around them).
    fn compose(self, message: Message) -> String {
        let mut text = self.say(message.clone());
        for value in message.args.values() {
            if let Arg::Text(value) = value {
                text = text.replace(&format!("\u{2068}{value}\u{2069}"), value);
            }
        }
        text
    }

    /// What the review holds (a title, a name, a rubric, a proposal's text) as a paragraph or a
    /// table cell of its own: in a right-to-left document, isolated by its own direction, so
    /// that an English sentence keeps its full stop at its end and "2023–2025 review" its order.
    fn datum(self, text: &str) -> String {
        if self.0.is_right_to_left() && !text.trim().is_empty() {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text.to_string()
        }
    }

    /// "A", "A and B", "A, B and C" in the language's words and punctuation.
    fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.compose(msg!("summary-list-and", head = self.comma_list(rest), last = last)),
        }
    }

    /// "A, B, C" with the language's comma.
    fn comma_list(self, items: &[String]) -> String {
        let mut items = items.iter();
        let first = items.next().cloned().unwrap_or_default();
        items.fold(first, |head, next| self.compose(msg!("summary-list-comma", head = head, next = next)))
    }

    /// Sentences one after the other: a space between them, none in Chinese (its full stop is
    /// a full-width character).
    fn sentences(self, sentences: &[String]) -> String {
        sentences.join(if self.0 == Language::Zh { "" } else { " " })
    }

    /// What follows a label before its text on the same line ("Source: …"): a space, none
    /// after Chinese's full-width colon.
    fn gap(self) -> &'static str {
        if self.0 == Language::Zh { "" } else { " " }
    }

    /// "1 January 2023".
    fn date(self, date: NaiveDate) -> String {
        self.say(msg!("summary-date", day = date.day(), month = date.month(), year = date.year()))
    }

    /// "January 2023".
    fn month(self, date: NaiveDate) -> String {
        self.say(msg!("summary-month", month = date.month(), year = date.year()))
    }

    /// "1 January 2023 – 31 December 2025".
    fn period(self, from: NaiveDate, to: NaiveDate) -> String {
        self.compose(msg!("summary-period", from = self.date(from), to = self.date(to)))
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

/// The document's title: the cycle's name when it already says what is reviewed, else the
/// review with the cycle's name after it (never the subject twice).
fn title_of(cycle: &str, words: Words) -> String {
    if cycle.to_lowercase().contains("cto/cxo process") {
        words.datum(&capitalised(cycle))
    } else {
        words.say(msg!("summary-title", cycle = cycle))
    }
}

/// The mark of a summary whose cycle is not signed off: its figures may still change.
fn draft_mark(summary: &CycleSummary, words: Words) -> Option<String> {
    (summary.cycle.status != crate::model::CycleStatus::SignedOff)
        .then(|| words.say(msg!("summary-draft", cycle = &summary.cycle.name)))
}

/// The contact as a TSAG TD's Contact cell gives it: who (name, organization, country, a line
/// each) and how to reach them ("Tel: …", "E-mail: …"). Empty parts are left out.
fn contact_lines(contact: &Contact, words: Words) -> (Vec<String>, Vec<String>) {
    let who = [&contact.name, &contact.organization, &contact.country]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| words.datum(s))
        .collect();
    let mut reach = Vec::new();
    if !contact.tel.trim().is_empty() {
        reach.push(words.say(msg!("summary-contact-tel", number = contact.tel.trim())));
    }
    if !contact.email.trim().is_empty() {
        reach.push(words.say(msg!("summary-contact-email", address = contact.email.trim())));
    }
    (who, reach)
}

/// The text of the summary in its language, shared by the Word and Markdown renderings: they
/// lay it out and word nothing themselves.
struct Outline {
    language: Language,
    /// The TD number TSB assigned, if it has.
    td_number: Option<String>,
    /// The header block's Source, and the banner's place and date of TSAG's meeting.
    source: String,
    place_and_date: String,
    title: String,
    draft_mark: Option<String>,
    banner: Banner,
    /// The header block's labels: Source, Title, Purpose, Contact, Keywords, Abstract.
    labels: [String; 6],
    /// Who the contact is and how to reach them, a line each (see `contact_lines`).
    contact: (Vec<String>, Vec<String>),
    purpose: String,
    keywords: String,
    abstract_text: String,
    /// Headings of sections 1 to 3.
    headings: [String; 3],
    introduction: Vec<String>,
    results: Vec<String>,
    /// Captions of Tables 1 and 2.
    captions: [String; 2],
    results_table: Vec<Vec<String>>,
    indicators_table: Vec<Vec<String>>,
    /// What the tables say when an indicator has no value to compare ("n/a"): a figure.
    not_applicable: String,
    proposals: Vec<ProposalText>,
    objectives_title: String,
    /// Annex A's labels: Source, Rubric, Indicators, and what follows a label on its line.
    objective_labels: [String; 3],
    gap: &'static str,
    objectives: Vec<ObjectiveText>,
    statistics_title: String,
    /// Annex B's tables, at most `MEETINGS_PER_TABLE` meetings each.
    statistics: Vec<Vec<Vec<String>>>,
    no_meeting: String,
    digest: String,
    /// What section 3 says when there is no proposal: that none is needed, or that objectives
    /// not met still wait for one.
    no_proposal: String,
}

/// The banner at the top of a TSAG TD's first page, and what stands for a TD number TSB has
/// not assigned yet.
struct Banner {
    union: String,
    sector: String,
    study_period: String,
    tsag: String,
    original: String,
    questions: String,
    questions_none: String,
    /// In place of the TD number in the banner and the Markdown title.
    no_td_number: String,
    /// In place of the TD number in the running header.
    running_td: String,
}

struct ProposalText {
    title: String,
    paragraphs: Vec<String>,
    /// "Action 1:", before the invitation.
    action: String,
    invitation: String,
}

struct ObjectiveText {
    heading: String,
    description: String,
    source: String,
    rubric: String,
    indicators: Vec<String>,
}

/// How many objectives have `status`, as the abstract lists them: the first with its verb
/// ("3 are met"), the others without ("2 not met").
fn status_count(status: ObjectiveStatus, count: usize, first: bool) -> Message {
    match (status, first) {
        (ObjectiveStatus::Met, true) => msg!("summary-abstract-first-met", count = count),
        (ObjectiveStatus::PartlyMet, true) => msg!("summary-abstract-first-partly-met", count = count),
        (ObjectiveStatus::NotMet, true) => msg!("summary-abstract-first-not-met", count = count),
        (ObjectiveStatus::InsufficientEvidence, true) => msg!("summary-abstract-first-insufficient", count = count),
        (ObjectiveStatus::Met, false) => msg!("summary-abstract-met", count = count),
        (ObjectiveStatus::PartlyMet, false) => msg!("summary-abstract-partly-met", count = count),
        (ObjectiveStatus::NotMet, false) => msg!("summary-abstract-not-met", count = count),
        (ObjectiveStatus::InsufficientEvidence, false) => msg!("summary-abstract-insufficient", count = count),
    }
}

/// An objective's status in Table 1.
fn status_label(status: ObjectiveStatus) -> Message {
    match status {
        ObjectiveStatus::Met => msg!("summary-status-met"),
        ObjectiveStatus::PartlyMet => msg!("summary-status-partly-met"),
        ObjectiveStatus::NotMet => msg!("summary-status-not-met"),
        ObjectiveStatus::InsufficientEvidence => msg!("summary-status-insufficient"),
    }
}

fn outline(document: &SummaryDocument, options: &DocumentOptions, language: Language) -> Outline {
    let words = Words(language);
    let say = |message: Message| words.say(message);
    let summary = &document.summary;
    let counts = summary.status_counts();
    let proposals = summary.proposed_improvements();
    let n_reviewers = summary.reviewers.len();
    let period = words.period(summary.cycle.period_from, summary.cycle.period_to);
    // "3 are met and 2 not met": the statuses that occur, the verb after the first count.
    let statuses: Vec<String> = [
        ObjectiveStatus::Met,
        ObjectiveStatus::PartlyMet,
        ObjectiveStatus::NotMet,
        ObjectiveStatus::InsufficientEvidence,
    ]
    .into_iter()
    .zip(counts)
    .filter(|(_, n)| *n > 0)
    .enumerate()
    .map(|(index, (status, n))| say(status_count(status, n, index == 0)))
    .collect();
    let abstract_text = words.sentences(&[
        words.compose(msg!("summary-abstract-review", period = &period, reviewers = n_reviewers)),
        words.compose(msg!("summary-abstract-objectives", objectives = summary.objectives.len(), statuses = words.list(&statuses))),
        say(match proposals.len() {
            0 if counts[2] > 0 => msg!("summary-abstract-no-draft"),
            0 => msg!("summary-abstract-no-proposal"),
            n => msg!("summary-abstract-proposals", count = n),
        }),
    ]);
    let meetings = summary.statistics.columns.len();
    let mut request = vec![say(msg!("summary-intro-request"))];
    if let Some(base) = &summary.base_document {
        request.push(say(if base.reproduced_in.is_empty() {
            msg!("summary-intro-base", symbol = &base.symbol)
        } else {
            msg!("summary-intro-base-reproduced", symbol = &base.symbol, reproduced = &base.reproduced_in)
        }));
    }
    let introduction = vec![
        words.sentences(&request),
        words.sentences(&[
            words.compose(msg!("summary-intro-period", period = &period)),
            say(msg!("summary-intro-reviewers", reviewers = n_reviewers)),
            say(msg!("summary-intro-meetings", meetings = meetings)),
        ]),
    ];
    let alpha = match summary.agreement.ordinal {
        Some(a) => format!("{a:.2}"),
        None => say(msg!("summary-alpha-none")),
    };
    let disagreements: Vec<String> =
        summary.objectives.iter().filter(|o| o.disagreement).map(|o| o.code.clone()).collect();
    let mut results = vec![words.sentences(&[
        say(msg!("summary-results-rule", quorum = usize::try_from(summary.cycle.quorum).unwrap_or(0))),
        words.compose(msg!("summary-results-agreement", alpha = alpha, objectives = summary.agreement.pairable_units)),
    ])];
    if !disagreements.is_empty() {
        results.push(words.compose(msg!("summary-results-disagreement", objectives = words.comma_list(&disagreements))));
    }
    let mut results_table = vec![vec![
        say(msg!("summary-column-objective")),
        say(msg!("summary-column-status")),
        say(msg!("summary-column-median")),
        say(msg!("summary-column-spread")),
        say(msg!("summary-column-reviewers")),
        say(msg!("summary-column-agreement")),
    ]];
    let mut indicators_table = vec![vec![
        say(msg!("summary-column-objective")),
        say(msg!("summary-column-indicator")),
        say(msg!("summary-column-value")),
        say(msg!("summary-column-target")),
        say(msg!("summary-column-met")),
    ]];
    let not_applicable = say(msg!("summary-not-applicable"));
    for o in &summary.objectives {
        results_table.push(vec![
            words.datum(&format!("{} {}", o.code, o.title)),
            say(status_label(o.status)),
            o.median.map(|m| format!("{m:.1}")).unwrap_or_else(|| "–".into()),
            o.spread.map(|s| s.to_string()).unwrap_or_else(|| "–".into()),
            o.n.to_string(),
            if o.n < 2 {
                "–".into()
            } else if o.disagreement {
                say(msg!("summary-agreement-divided"))
            } else {
                say(msg!("summary-agreement-consistent"))
            },
        ]);
        for i in &o.indicators {
            indicators_table.push(vec![
                words.datum(&o.code),
                words.datum(&i.label),
                words.datum(&i.value_text),
                words.datum(&i.target_text),
                match i.met {
                    Some(true) => say(msg!("summary-yes")),
                    Some(false) => say(msg!("summary-no")),
                    None => not_applicable.clone(),
                },
            ]);
        }
    }
    let proposals = proposals
        .iter()
        .enumerate()
        .map(|(index, p)| ProposalText {
            title: words.datum(&p.title),
            paragraphs: p.body.split("\n\n").map(str::trim).filter(|s| !s.is_empty()).map(|s| words.datum(s)).collect(),
            action: say(msg!("summary-action", number = index + 1)),
            invitation: words.datum(&p.invitation),
        })
        .collect();
    let objectives = summary
        .objectives
        .iter()
        .map(|o| ObjectiveText {
            heading: words.datum(&format!("{} {}", o.code, o.title)),
            description: words.datum(&o.description),
            source: words.datum(&o.source),
            rubric: words.datum(&o.rubric.iter().map(|l| format!("{} {}", l.level, l.label)).collect::<Vec<_>>().join("; ")),
            indicators: o
                .indicators
                .iter()
                .map(|i| {
                    words.datum(&format!(
                        "{} {} {}",
                        i.label,
                        comparison_sign(i.comparison),
                        i.target_text.trim_start_matches(|c: char| !c.is_ascii_digit())
                    ))
                })
                .collect(),
        })
        .collect();
    let unmet: Vec<String> = summary
        .objectives
        .iter()
        .filter(|o| o.status == ObjectiveStatus::NotMet)
        .map(|o| o.code.clone())
        .collect();
    let no_proposal = if unmet.is_empty() {
        say(msg!("summary-no-proposal"))
    } else {
        words.sentences(&[
            words.compose(msg!("summary-no-proposal-unmet", count = unmet.len(), objectives = words.list(&unmet))),
            say(msg!("summary-no-proposal-draft")),
        ])
    };
    // Annex B's title names the cycle's period, as the statistics were taken over it.
    let (from, to) = (words.month(summary.cycle.period_from), words.month(summary.cycle.period_to));
    let statistics = words.compose(msg!("summary-statistics-title", from = from, to = to));
    let year = summary.cycle.period_to.year();
    let td_number = options.td_number.trim();
    Outline {
        language,
        td_number: (!td_number.is_empty()).then(|| words.datum(&options.td_number)),
        source: words.datum(&options.source),
        place_and_date: words.datum(&options.place_and_date),
        title: title_of(&summary.cycle.name, words),
        draft_mark: draft_mark(summary, words),
        banner: Banner {
            union: say(msg!("summary-union")),
            sector: say(msg!("summary-sector")),
            study_period: words.compose(msg!("summary-study-period", period = study_period(year))),
            tsag: say(msg!("summary-tsag")),
            original: say(msg!("summary-original")),
            questions: say(msg!("summary-questions")),
            questions_none: say(msg!("summary-questions-none")),
            no_td_number: say(msg!("summary-no-td-number")),
            running_td: say(msg!("summary-running-td")),
        },
        labels: [
            say(msg!("summary-label-source")),
            say(msg!("summary-label-title")),
            say(msg!("summary-label-purpose")),
            say(msg!("summary-label-contact")),
            say(msg!("summary-label-keywords")),
            say(msg!("summary-label-abstract")),
        ],
        contact: contact_lines(&options.contact, words),
        purpose: say(if summary.proposed_improvements().is_empty() {
            msg!("summary-purpose-information")
        } else {
            msg!("summary-purpose-proposal")
        }),
        keywords: say(msg!("summary-keywords")),
        abstract_text,
        headings: [
            say(msg!("summary-heading-introduction")),
            say(msg!("summary-heading-results")),
            say(msg!("summary-heading-proposals")),
        ],
        introduction,
        results,
        captions: [say(msg!("summary-table-results")), say(msg!("summary-table-indicators"))],
        results_table,
        indicators_table,
        not_applicable,
        proposals,
        objectives_title: say(msg!("summary-annex-objectives")),
        objective_labels: [
            say(msg!("summary-annex-source")),
            say(msg!("summary-annex-rubric")),
            say(msg!("summary-annex-indicators")),
        ],
        gap: words.gap(),
        objectives,
        statistics_title: words.compose(msg!("summary-annex-statistics", statistics = statistics)),
        statistics: statistics_chunks(&summary.statistics, words),
        no_meeting: say(msg!("summary-no-meeting")),
        digest: say(msg!("summary-digest", digest = &document.digest)),
        no_proposal,
    }
}

/// The Annex B table(s): labels in the first column, a column per meeting, at most
/// `MEETINGS_PER_TABLE` meetings each. The labels are the catalogue's (`stats-…`, `region-…`),
/// in English those of `StatsTable::rows`.
fn statistics_chunks(stats: &StatsTable, words: Words) -> Vec<Vec<Vec<String>>> {
    let header: Vec<String> =
        stats.columns.iter().enumerate().map(|(index, column)| words.compose(crate::stats::column_label(index, column))).collect();
    let labels: Vec<String> = crate::stats::row_labels().into_iter().map(|label| words.say(label)).collect();
    let rows = stats.rows();
    let meetings = stats.columns.len();
    if meetings == 0 {
        return Vec::new();
    }
    (0..meetings)
        .step_by(MEETINGS_PER_TABLE)
        .map(|start| {
            let end = (start + MEETINGS_PER_TABLE).min(meetings);
            let mut table = vec![std::iter::once(String::new()).chain(header[start..end].iter().cloned()).collect()];
            for (index, row) in rows.iter().enumerate() {
                let label = labels.get(index).cloned().unwrap_or_else(|| row.label.clone());
                table.push(std::iter::once(label).chain(row.cells[start..end].iter().map(|cell| words.datum(cell))).collect());
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
/// the Word document's properties. `history`, the end of the database's history when it is
/// written, goes into the Word document's properties (never the history itself: it holds
/// personal data). The Word and Markdown documents' fixed text is in `language`; the JSON and
/// the workbook are data, the same in every language.
pub fn render(
    document: &SummaryDocument,
    format: SummaryFormat,
    options: &DocumentOptions,
    language: Language,
    written_at: &str,
    history: Option<&crate::model::history::ChainHead>,
) -> Result<Vec<u8>> {
    match format {
        SummaryFormat::Docx => docx(document, options, language, written_at, history),
        SummaryFormat::Md => Ok(markdown(document, options, language).into_bytes()),
        SummaryFormat::Json => Ok(serde_json::to_vec_pretty(document)?),
        SummaryFormat::Xlsx => xlsx(document),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::words::{join_and, plural};

    const EN: Words = Words(Language::En);

    /// The English sentences as the summary wrote them before it had other languages, from
    /// `plural` and `join_and`: the catalogue's English must say exactly the same.
    #[test]
    fn the_english_sentences_read_as_before() {
        let period = "1 January 2023 – 31 December 2025";
        for n in 0..4 {
            assert_eq!(
                EN.say(msg!("summary-abstract-review", period = period, reviewers = n)),
                format!("This document reports the review of the CTO/CxO process over {period} by {}.", plural(n, "reviewer"))
            );
            assert_eq!(
                EN.say(msg!("summary-abstract-proposals", count = n)),
                format!("It proposes {} for TSAG's consideration.", plural(n, "improvement"))
            );
            assert_eq!(
                EN.say(msg!("summary-intro-reviewers", reviewers = n)),
                format!(
                    "{} scored each objective of the process on its rubric, with a rationale and evidence; the objectives, \
                     their indicators and rubrics are in Annex A.",
                    capitalised(&plural(n, "reviewer"))
                )
            );
            assert_eq!(
                EN.say(msg!("summary-intro-meetings", meetings = n)),
                format!(
                    "{} held in the period {} summarised in Annex B.",
                    capitalised(&plural(n, "meeting")),
                    if n == 1 { "is" } else { "are" }
                )
            );
            assert_eq!(
                EN.say(msg!("summary-results-rule", quorum = n)),
                format!(
                    "An objective is met when the median score reaches three quarters of its rubric, partly met from half, \
                     and not met below; with fewer than {} it has insufficient evidence.",
                    plural(n, "score")
                )
            );
            assert_eq!(
                EN.say(msg!("summary-results-agreement", alpha = "0.52", objectives = n)),
                format!(
                    "Reviewer agreement over the cycle (Krippendorff's alpha, ordinal) is 0.52 over {} scored by at least \
                     two reviewers.",
                    plural(n, "objective")
                )
            );
            let items: Vec<String> = ["O1", "O2", "O3"][..n.min(3)].iter().map(|s| s.to_string()).collect();
            assert_eq!(EN.list(&items), join_and(&items));
            assert_eq!(EN.comma_list(&items), items.join(", "));
            if n > 0 {
                assert_eq!(
                    EN.say(msg!("summary-no-proposal-unmet", count = n, objectives = join_and(&items))),
                    format!(
                        "No improvement has been drafted yet for the {} not met ({}).",
                        if n == 1 { "objective" } else { "objectives" },
                        join_and(&items)
                    )
                );
            }
        }
        let statuses = ["met", "partly met", "not met", "without sufficient evidence"];
        let all = [ObjectiveStatus::Met, ObjectiveStatus::PartlyMet, ObjectiveStatus::NotMet, ObjectiveStatus::InsufficientEvidence];
        for (status, word) in all.into_iter().zip(statuses) {
            assert_eq!(EN.say(status_count(status, 1, true)), format!("1 is {word}"));
            assert_eq!(EN.say(status_count(status, 3, true)), format!("3 are {word}"));
            assert_eq!(EN.say(status_count(status, 2, false)), format!("2 {word}"));
            assert_eq!(EN.say(status_label(status)), status.label());
        }
        let date = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        for month in 1..=12 {
            let day = date(&format!("2024-{month:02}-09"));
            assert_eq!(EN.date(day), crate::review::long_date(day));
            assert_eq!(EN.month(day), day.format("%B %Y").to_string());
        }
        assert_eq!(EN.period(date("2023-01-01"), date("2025-12-31")), period);
    }

    /// Each language's own plural forms and dates, names isolated by direction.
    #[test]
    fn the_other_languages_count_and_date_their_own_way() {
        let ru = Words(Language::Ru);
        let reviewers = |n: usize| ru.say(msg!("summary-intro-reviewers", reviewers = n));
        assert!(reviewers(1).starts_with("1 рецензент оценил "));
        assert!(reviewers(3).starts_with("3 рецензента оценили "));
        assert!(reviewers(5).starts_with("5 рецензентов оценили "));
        assert!(reviewers(21).starts_with("21 рецензент оценил "));
        let ar = Words(Language::Ar);
        let proposals = |n: usize| ar.say(msg!("summary-abstract-proposals", count = n));
        assert!(proposals(2).contains("تحسينين"));
        assert!(proposals(3).contains("3 تحسينات"));
        assert!(proposals(11).contains("11 تحسينًا"));
        let date = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        assert_eq!(Words(Language::Fr).date(date), "1er janvier 2023");
        assert_eq!(Words(Language::Es).date(date), "1 de enero de 2023");
        assert_eq!(Words(Language::Zh).date(date), "2023年1月1日");
        assert_eq!(Words(Language::Ru).month(date), "январь 2023 г.");
        // A name in a sentence is isolated where its direction could reorder it.
        assert_eq!(Words(Language::Fr).say(msg!("summary-title", cycle = "2024")), "Examen du processus CTO/CxO : 2024");
        assert_eq!(Words(Language::Fr).say(msg!("summary-title", cycle = "مراجعة")), "Examen du processus CTO/CxO : \u{2068}مراجعة\u{2069}");
        assert_eq!(EN.say(msg!("summary-title", cycle = "2024")), "Review of the CTO/CxO process: 2024");
        // The document's own words in a sentence are not: lists, dates, figures.
        assert_eq!(Words(Language::Zh).list(&["A".into(), "B".into(), "C".into()]), "A、B和C");
        let period = Words(Language::Ar).period(date, NaiveDate::from_ymd_opt(2025, 12, 31).unwrap());
        assert_eq!(period, "من 1 يناير 2023 إلى 31 ديسمبر 2025");
        // What the review holds, on its own in an Arabic document, is isolated by its direction.
        assert_eq!(Words(Language::Ar).datum("Rubric."), "\u{2068}Rubric.\u{2069}");
        assert_eq!(Words(Language::Fr).datum("Rubric."), "Rubric.");
    }
}
