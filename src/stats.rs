//! The meeting statistics table, laid out like Annex B of the RG-IEM report to TSAG:
//! one column per meeting; rows for participants, each region, TSB, documents and the report.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::model::Region;
use crate::msg;
use crate::model::facts::MeetingFigures;

/// The statistics of a set of meetings, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct StatsTable {
    /// "Meeting statistics, January 2023 – May 2023".
    pub title: String,
    pub columns: Vec<StatsColumn>,
}

/// One meeting's column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct StatsColumn {
    /// "Meeting 1 (01/2023)".
    pub label: String,
    pub meeting_key: String,
    pub meeting_title: String,
    pub start_date: NaiveDate,
    pub participants: i64,
    /// Participants per region in row order: Africa … Europe, then TSB.
    pub regions: [i64; 7],
    pub executives: i64,
    pub documents: i64,
    /// "DOC5 (230131)": the report's number and its date as YYMMDD.
    pub report: String,
}

/// A row as printed: its label and one cell per meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct StatsRow {
    pub label: String,
    pub cells: Vec<String>,
}

/// A body row of Annex B, in its order: what it is labelled and what each meeting's cell holds.
#[derive(Debug, Clone, Copy)]
enum Line {
    Participants,
    Region(Region),
    Documents,
    Report,
}

impl Line {
    fn all() -> impl Iterator<Item = Line> {
        std::iter::once(Line::Participants)
            .chain(Region::ALL.iter().copied().map(Line::Region))
            .chain([Line::Documents, Line::Report])
    }

    /// The row's label as the catalogues word it (the regions by their UNTERM names).
    fn label(self) -> Message {
        match self {
            Line::Participants => msg!("stats-participants"),
            Line::Region(Region::Africa) => msg!("region-AFR"),
            Line::Region(Region::Americas) => msg!("region-AMS"),
            Line::Region(Region::ArabStates) => msg!("region-ARB"),
            Line::Region(Region::AsiaPacific) => msg!("region-ASP"),
            Line::Region(Region::Cis) => msg!("region-CIS"),
            Line::Region(Region::Europe) => msg!("region-EUR"),
            Line::Region(Region::Tsb) => msg!("region-TSB"),
            Line::Documents => msg!("stats-documents"),
            Line::Report => msg!("stats-report"),
        }
    }

    fn cell(self, column: &StatsColumn) -> String {
        match self {
            Line::Participants => column.participants.to_string(),
            Line::Region(region) => column.regions[region.index()].to_string(),
            Line::Documents => column.documents.to_string(),
            Line::Report => column.report.clone(),
        }
    }
}

/// The statistics table of `figures`, the meetings that started between `from` and `to`
/// (inclusive). Counts that add up beyond what can be counted are refused, naming the meeting.
pub fn annex_b(figures: &[MeetingFigures], from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<StatsTable> {
    for meeting in figures {
        participants(meeting)?;
    }
    Ok(table(figures, from, to))
}

/// A meeting's participants over every region. Forms and imports keep each count far below
/// the limit, but a database edited by hand can hold any number: a sum that does not fit is an
/// error naming the meeting, never a wrong figure.
pub fn participants(meeting: &MeetingFigures) -> Result<i64> {
    meeting.regions.iter().try_fold(0i64, |sum, n| sum.checked_add(*n)).ok_or_else(|| {
        Error::Inconsistent(crate::msg!("inconsistent-participants-overflow",
            meeting = &meeting.key,
            counts = meeting.regions.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
        ))
    })
}

/// Lays out the table from per-meeting figures. A meeting whose participants do not add up
/// (see [`participants`]) shows the largest count there is; [`annex_b`] refuses such meetings.
pub fn table(figures: &[MeetingFigures], from: Option<NaiveDate>, to: Option<NaiveDate>) -> StatsTable {
    let columns: Vec<StatsColumn> = figures
        .iter()
        .enumerate()
        .map(|(index, meeting)| StatsColumn {
            // Numeric formatting: chrono's strftime parses its pattern on every call.
            label: format!("Meeting {} ({:02}/{})", index + 1, meeting.start_date.month(), meeting.start_date.year()),
            meeting_key: meeting.key.clone(),
            meeting_title: meeting.title.clone(),
            start_date: meeting.start_date,
            participants: participants(meeting).unwrap_or(i64::MAX),
            regions: meeting.regions,
            executives: meeting.executives,
            documents: meeting.documents,
            report: report_reference(&meeting.report_ref, meeting.report_date),
        })
        .collect();
    let first = from.or_else(|| columns.first().map(|c| c.start_date));
    let last = to.or_else(|| columns.last().map(|c| c.start_date));
    let title = match (first, last) {
        (Some(first), Some(last)) => {
            format!("Meeting statistics, {} – {}", first.format("%B %Y"), last.format("%B %Y"))
        }
        _ => "Meeting statistics".to_string(),
    };
    StatsTable { title, columns }
}

/// "DOC5 (230131)", or the bare reference when the report has no date.
pub fn report_reference(report_ref: &str, report_date: Option<NaiveDate>) -> String {
    match (report_ref.trim(), report_date) {
        ("", _) => String::new(),
        (reference, Some(date)) => {
            format!("{reference} ({:02}{:02}{:02})", date.year().rem_euclid(100), date.month(), date.day())
        }
        (reference, None) => reference.to_string(),
    }
}

impl StatsTable {
    /// The header cells: an empty corner, then each meeting's label.
    pub fn header(&self) -> Vec<String> {
        std::iter::once(String::new()).chain(self.columns.iter().map(|c| c.label.clone())).collect()
    }

    /// The body rows in Annex B's order, labelled in English (the catalogue's).
    pub fn rows(&self) -> Vec<StatsRow> {
        Line::all()
            .map(|line| StatsRow { label: line.label().english(), cells: self.columns.iter().map(|c| line.cell(c)).collect() })
            .collect()
    }
}

/// The rows' labels as the catalogues word them, in the order of [`StatsTable::rows`], whose
/// English labels they render to: for a document in another language. The window's Statistics
/// table says the same (`stats-…`, and the regions' UNTERM names `region-…`).
pub fn row_labels() -> Vec<Message> {
    Line::all().map(Line::label).collect()
}

/// The label of the column at `index` as the catalogues word it: "Meeting 1 (01/2023)" in
/// English, the column's own `label`.
pub fn column_label(index: usize, column: &StatsColumn) -> Message {
    let month = format!("{:02}/{}", column.start_date.month(), column.start_date.year());
    msg!("stats-column", number = index + 1, month = month)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attendance, AttendanceCount, AttendanceMode, AttendanceStatus};
    use crate::storage::queries::meeting_figures;
    use crate::storage::Store;
    use crate::testing::{date, meeting, person, store_with_organizations};

    /// The table as the use case builds it: figures from storage, laid out here.
    fn stats(store: &Store, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<StatsTable> {
        annex_b(&meeting_figures(store.conn(), from, to)?, from, to)
    }

    /// Attendees per organization: (organization, how many attended, how many only registered).
    const PEOPLE: &[(&str, usize, usize)] = &[
        ("Org KE", 2, 1),
        ("Org US", 5, 0),
        ("Org EG", 0, 2),
        ("Org CN", 4, 1),
        ("Org RU", 1, 0),
        ("Org CH", 3, 0),
        ("ITU/TSB", 4, 1),
    ];

    fn store_with_roster_and_counts() -> Store {
        let mut store = store_with_organizations();
        store.create(&meeting("ROSTER", "2024-03-05", AttendanceMode::Roster)).unwrap();
        store.create(&meeting("COUNTS", "2024-04-09", AttendanceMode::Counts)).unwrap();
        for (org, attended, registered) in PEOPLE {
            for n in 0..attended + registered {
                let name = format!("{org} person {n}");
                store.create(&person(&name, org)).unwrap();
                let status = if n < *attended { AttendanceStatus::Attended } else { AttendanceStatus::Registered };
                let executive = n == 0;
                store.create(&Attendance { meeting: "ROSTER".into(), person: name, status, executive }).unwrap();
            }
        }
        // The same people, as counts: KE Africa 2, US Americas 5, EG Arab States 0, CN Asia 4,
        // RU CIS 1, CH Europe 3, TSB 4.
        for (region, participants, executives) in [
            (Region::Africa, 2, 1),
            (Region::Americas, 5, 1),
            (Region::ArabStates, 0, 0),
            (Region::AsiaPacific, 4, 1),
            (Region::Cis, 1, 1),
            (Region::Europe, 3, 1),
            (Region::Tsb, 4, 1),
        ] {
            store
                .create(&AttendanceCount { meeting: "COUNTS".into(), region, participants, executives })
                .unwrap();
        }
        store
    }

    #[test]
    fn roster_and_counts_give_identical_figures() {
        let store = store_with_roster_and_counts();
        let table = stats(&store, None, None).unwrap();
        assert_eq!(table.columns.len(), 2);
        let (roster, counts) = (&table.columns[0], &table.columns[1]);
        assert_eq!(roster.meeting_key, "ROSTER");
        assert_eq!(roster.regions, [2, 5, 0, 4, 1, 3, 4], "only attendees count, secretariat under TSB");
        assert_eq!(roster.regions, counts.regions);
        assert_eq!(roster.participants, 19);
        assert_eq!(roster.participants, counts.participants);
        assert_eq!(roster.executives, counts.executives);
        let rows = table.rows();
        for row in &rows[..8] {
            assert_eq!(row.cells[0], row.cells[1], "row {} differs between roster and counts", row.label);
        }
    }

    #[test]
    fn table_rows_follow_annex_b_order_and_labels() {
        let store = store_with_roster_and_counts();
        let table = stats(&store, None, None).unwrap();
        let labels: Vec<String> = table.rows().into_iter().map(|r| r.label).collect();
        assert_eq!(
            labels,
            [
                "Number of participants",
                "Africa",
                "The Americas",
                "Arab States",
                "Asia and the Pacific",
                "CIS",
                "Europe",
                "TSB",
                "Number of documents",
                "Meeting report"
            ]
        );
        assert_eq!(table.header(), ["", "Meeting 1 (03/2024)", "Meeting 2 (04/2024)"]);
        assert_eq!(table.columns[0].report, "DOC5 (240305)");
        assert_eq!(table.title, "Meeting statistics, March 2024 – April 2024");
    }

    #[test]
    fn the_catalogue_labels_render_to_the_english_labels() {
        let store = store_with_roster_and_counts();
        let table = stats(&store, None, None).unwrap();
        let english: Vec<String> = row_labels().iter().map(Message::english).collect();
        let labels: Vec<String> = table.rows().into_iter().map(|r| r.label).collect();
        assert_eq!(english, labels);
        for (index, column) in table.columns.iter().enumerate() {
            assert_eq!(column_label(index, column).english(), column.label);
        }
        assert_eq!(row_labels()[2].render(crate::i18n::Language::Fr), "Amériques");
    }

    #[test]
    fn date_range_selects_meetings_by_start_date() {
        let store = store_with_roster_and_counts();
        let only_april = stats(&store, Some(date("2024-04-01")), Some(date("2024-04-30"))).unwrap();
        assert_eq!(only_april.columns.len(), 1);
        assert_eq!(only_april.columns[0].meeting_key, "COUNTS");
        assert_eq!(only_april.columns[0].label, "Meeting 1 (04/2024)", "numbering restarts within the range");
        let none = stats(&store, Some(date("2025-01-01")), None).unwrap();
        assert!(none.columns.is_empty());
    }

    #[test]
    fn participants_that_do_not_add_up_are_refused_naming_the_meeting() {
        let store = store_with_roster_and_counts();
        // Only a database edited by hand holds such counts: validation stops at 100000.
        store
            .conn()
            .execute("UPDATE attendance_count SET participants = 9223372036854775807 WHERE region_code IN ('AFR', 'AMS')", ())
            .unwrap();
        let error = stats(&store, None, None).unwrap_err();
        assert!(error.is_invalid_input());
        assert_eq!(
            error.to_string(),
            "meeting COUNTS: its participants per region (9223372036854775807, 9223372036854775807, 0, 4, 1, 3, 4) \
             add up to more than can be counted; correct the attendance stored for it"
        );
        let figures = meeting_figures(store.conn(), None, None).unwrap();
        assert_eq!(table(&figures, None, None).columns[1].participants, i64::MAX, "the meeting page shows the bound");
    }

    #[test]
    fn report_reference_formats_date_as_yymmdd() {
        assert_eq!(report_reference("DOC5", Some(date("2023-01-31"))), "DOC5 (230131)");
        assert_eq!(report_reference("DOC4", None), "DOC4");
        assert_eq!(report_reference("  ", Some(date("2023-01-31"))), "");
    }
}
