//! Tables as exported to CSV and to the workbook: one builder per table, shared by both.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{
    Action, Attendance, AttendanceCount, Contribution, Meeting, Organization, Person, Proposal, Record,
};
use crate::review::{comparison_sign, CycleSummary};
use crate::stats::StatsTable;

/// The data of one of the database's tables, as the use case loaded it for [`database_table`].
pub enum TableData {
    Organizations(Vec<Record<Organization>>),
    People(Vec<Record<Person>>),
    Meetings(Vec<Record<Meeting>>),
    Attendance(Vec<Record<Attendance>>),
    Counts(Vec<Record<AttendanceCount>>),
    Actions(Vec<Record<Action>>),
    Contributions(Vec<Record<Contribution>>),
    Proposals(Vec<Record<Proposal>>),
    Statistics(StatsTable),
}

/// Which of the database's tables a name asks for (one of [`DATABASE_TABLES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseTable {
    Organizations,
    People,
    Meetings,
    Attendance,
    Counts,
    Actions,
    Contributions,
    Proposals,
    Statistics,
}

impl std::str::FromStr for DatabaseTable {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self> {
        Ok(match name {
            "organizations" => DatabaseTable::Organizations,
            "people" => DatabaseTable::People,
            "meetings" => DatabaseTable::Meetings,
            "attendance" => DatabaseTable::Attendance,
            "counts" => DatabaseTable::Counts,
            "actions" => DatabaseTable::Actions,
            "contributions" => DatabaseTable::Contributions,
            "proposals" => DatabaseTable::Proposals,
            "statistics" => DatabaseTable::Statistics,
            other if SUMMARY_TABLES.contains(&other) => {
                return Err(Error::invalid_because("table", crate::msg!("invalid-cycle-table", table = other)))
            }
            other => {
                return Err(Error::invalid_because(
                    "table",
                    crate::msg!("invalid-unknown-table", table = other, tables = DATABASE_TABLES.join(", ")),
                ))
            }
        })
    }
}

/// A cell: numbers stay numbers in the workbook.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Cell::Number(n) => format!("{n}"),
            Cell::Empty => String::new(),
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Cell::Text(text.to_string())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Cell::Text(text)
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Cell::Number(n as f64)
    }
}

impl From<Option<f64>> for Cell {
    fn from(n: Option<f64>) -> Self {
        n.map(Cell::Number).unwrap_or(Cell::Empty)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Short name used by `export csv --table NAME` and as the sheet name.
    pub name: &'static str,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    fn new(name: &'static str, header: &[&str]) -> Self {
        Table { name, header: header.iter().map(|h| h.to_string()).collect(), rows: Vec::new() }
    }

    fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// The rows as text, for CSV.
    pub fn text_rows(&self) -> Vec<Vec<String>> {
        self.rows.iter().map(|r| r.iter().map(Cell::text).collect()).collect()
    }
}

/// Tables of the database itself.
pub const DATABASE_TABLES: &[&str] =
    &["organizations", "people", "meetings", "attendance", "counts", "actions", "contributions", "proposals", "statistics"];

/// Tables of a review cycle's summary.
pub const SUMMARY_TABLES: &[&str] = &["results", "scores", "indicators", "metrics", "improvements", "objectives", "statistics"];

fn yes_no(value: bool) -> Cell {
    Cell::from(if value { "yes" } else { "no" })
}

fn opt_date(date: Option<chrono::NaiveDate>) -> Cell {
    date.map(|d| Cell::Text(d.to_string())).unwrap_or(Cell::Empty)
}

/// The Annex B table: a row per figure, a column per meeting.
pub fn statistics_table(stats: &StatsTable) -> Table {
    let mut table = Table { name: "statistics", header: stats.header(), rows: Vec::new() };
    for (index, row) in stats.rows().into_iter().enumerate() {
        let numeric = index < 9;
        let mut cells = vec![Cell::Text(row.label)];
        cells.extend(row.cells.into_iter().map(|c| match c.parse::<i64>() {
            Ok(n) if numeric => Cell::from(n),
            _ => Cell::Text(c),
        }));
        table.push(cells);
    }
    table
}

/// A table of the database; personal contact data and Chatham House notes only when asked for.
pub fn database_table(data: TableData, include_confidential: bool) -> Table {
    match data {
        TableData::Organizations(records) => {
            let mut t = Table::new("organizations", &["name", "category", "country"]);
            for o in records {
                t.push(vec![o.data.name.into(), o.data.category.label().into(), o.data.country.unwrap_or_default().into()]);
            }
            t
        }
        TableData::People(records) => {
            let mut header = vec!["name", "role", "title", "organization"];
            if include_confidential {
                header.extend(["email", "phone"]);
            }
            let mut t = Table::new("people", &header);
            for p in records {
                let mut row: Vec<Cell> =
                    vec![p.data.name.into(), p.data.role.as_str().into(), p.data.title.into(), p.data.organization.into()];
                if include_confidential {
                    row.push(p.data.email.unwrap_or_default().into());
                    row.push(p.data.phone.unwrap_or_default().into());
                }
                t.push(row);
            }
            t
        }
        TableData::Meetings(records) => {
            let mut header = vec![
                "key", "kind", "title", "start_date", "end_date", "venue", "host", "status", "report", "documents",
                "attendance_mode", "communique_date",
            ];
            if include_confidential {
                header.push("notes");
            }
            let mut t = Table::new("meetings", &header);
            for m in records {
                let m = m.data;
                let mut row: Vec<Cell> = vec![
                    m.key.into(),
                    m.kind.label().into(),
                    m.title.into(),
                    m.start_date.to_string().into(),
                    m.end_date.to_string().into(),
                    m.venue.into(),
                    m.host.into(),
                    m.status.as_str().into(),
                    crate::stats::report_reference(&m.report_ref, m.report_date).into(),
                    m.documents.into(),
                    m.attendance_mode.as_str().into(),
                    opt_date(m.communique_date),
                ];
                if include_confidential {
                    row.push(m.notes.into());
                }
                t.push(row);
            }
            t
        }
        TableData::Attendance(records) => {
            let mut t = Table::new("attendance", &["meeting", "person", "status", "executive"]);
            for a in records {
                t.push(vec![a.data.meeting.into(), a.data.person.into(), a.data.status.as_str().into(), yes_no(a.data.executive)]);
            }
            t
        }
        TableData::Counts(records) => {
            let mut t = Table::new("counts", &["meeting", "region", "participants", "executives"]);
            for c in records {
                t.push(vec![c.data.meeting.into(), c.data.region.label().into(), c.data.participants.into(), c.data.executives.into()]);
            }
            t
        }
        TableData::Actions(records) => {
            let mut t = Table::new("actions", &["meeting", "text", "owner", "due_date", "status", "closed_date"]);
            for a in records {
                let a = a.data;
                t.push(vec![a.meeting.into(), a.text.into(), a.owner.into(), opt_date(a.due_date), a.status.as_str().into(), opt_date(a.closed_date)]);
            }
            t
        }
        TableData::Contributions(records) => {
            let mut t = Table::new("contributions", &["symbol", "title", "date", "considered_at", "base_document", "reproduced_in", "sources"]);
            for c in records {
                let c = c.data;
                t.push(vec![
                    c.symbol.into(),
                    c.title.into(),
                    c.date.to_string().into(),
                    c.considered_at.into(),
                    yes_no(c.is_base_document),
                    c.reproduced_in.into(),
                    c.sources.join("; ").into(),
                ]);
            }
            t
        }
        TableData::Proposals(records) => {
            let mut t = Table::new("proposals", &["contribution", "seq", "text", "disposition", "objectives"]);
            for p in records {
                let p = p.data;
                t.push(vec![p.contribution.into(), p.seq.into(), p.text.into(), p.disposition.as_str().into(), p.objectives.join("; ").into()]);
            }
            t
        }
        TableData::Statistics(stats) => statistics_table(&stats),
    }
}

/// The tables of a cycle's summary, in workbook order.
pub fn summary_tables(summary: &CycleSummary) -> Vec<Table> {
    let mut results =
        Table::new("results", &["objective", "title", "status", "reviewers", "median", "spread", "disagreement"]);
    let mut scores = Table::new("scores", &["objective", "reviewer", "level", "label", "rationale", "evidence"]);
    let mut indicators = Table::new("indicators", &["objective", "metric", "indicator", "value", "target", "met"]);
    let mut objectives = Table::new("objectives", &["objective", "title", "description", "source", "rubric", "indicators", "action_plan"]);
    for o in &summary.objectives {
        results.push(vec![
            o.code.as_str().into(),
            o.title.as_str().into(),
            o.status.label().into(),
            (o.n as i64).into(),
            o.median.into(),
            o.spread.map(|s| s as f64).into(),
            yes_no(o.disagreement),
        ]);
        for s in &o.scores {
            scores.push(vec![
                o.code.as_str().into(),
                s.reviewer.as_str().into(),
                s.level.into(),
                s.label.as_str().into(),
                s.rationale.as_str().into(),
                s.evidence.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ").into(),
            ]);
        }
        for i in &o.indicators {
            indicators.push(vec![
                o.code.as_str().into(),
                i.metric.as_str().into(),
                i.label.as_str().into(),
                i.value.into(),
                format!("{} {}", comparison_sign(i.comparison), i.target).into(),
                match i.met {
                    Some(met) => yes_no(met),
                    None => "n/a".into(),
                },
            ]);
        }
        objectives.push(vec![
            o.code.as_str().into(),
            o.title.as_str().into(),
            o.description.as_str().into(),
            o.source.as_str().into(),
            o.rubric.iter().map(|l| format!("{}={}", l.level, l.label)).collect::<Vec<_>>().join("; ").into(),
            o.indicators
                .iter()
                .map(|i| format!("{} {} {}", i.metric, i.comparison, i.target))
                .collect::<Vec<_>>()
                .join("; ")
                .into(),
            o.action_plan.join("; ").into(),
        ]);
    }
    let mut metrics = Table::new("metrics", &["metric", "label", "value"]);
    for m in &summary.metrics {
        metrics.push(vec![m.name.as_str().into(), m.label.as_str().into(), m.value.into()]);
    }
    let mut improvements = Table::new("improvements", &["action", "objective", "title", "status", "invitation", "action_plan", "contributions"]);
    for (index, i) in summary.proposed_improvements().iter().enumerate() {
        improvements.push(vec![
            ((index + 1) as i64).into(),
            i.objective.as_str().into(),
            i.title.as_str().into(),
            i.status.as_str().into(),
            i.invitation.as_str().into(),
            i.action_plan.join("; ").into(),
            i.contributions.join("; ").into(),
        ]);
    }
    vec![results, scores, indicators, metrics, improvements, objectives, statistics_table(&summary.statistics)]
}

/// The table `name` of a cycle's summary (one of [`SUMMARY_TABLES`]).
pub fn summary_table(summary: &CycleSummary, name: &str) -> Result<Table> {
    summary_tables(summary).into_iter().find(|t| t.name == name).ok_or_else(|| {
        Error::invalid_because("table", crate::msg!("invalid-unknown-cycle-table", table = name, tables = SUMMARY_TABLES.join(", ")))
    })
}
