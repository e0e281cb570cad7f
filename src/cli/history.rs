//! `history`: who changed what, and when, as the database recorded it.

use std::io::Write;

use cxo_review::app::Session;
use cxo_review::model::history::{Activity, HistoryEntry, HistoryQuery};
use cxo_review::Result;

use super::args::TableFormat;
use super::stdout_error;
use super::table::{print_json, print_table};

/// One entry's fields, old → new, on one line: `title: "A" → "B"; venue: → "Geneva"`.
fn changes_line(entry: &HistoryEntry) -> String {
    let shown = |value: &serde_json::Value| match value {
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    entry
        .field_changes()
        .iter()
        .map(|c| match entry.operation.as_str() {
            "insert" => format!("{}: {}", c.field, shown(&c.new)),
            "delete" => format!("{}: {}", c.field, shown(&c.old)),
            _ => format!("{}: {} → {}", c.field, shown(&c.old), shown(&c.new)),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// An entry's cause, with its detail when it has one: `import (people.csv)`.
fn cause(entry: &HistoryEntry) -> String {
    if entry.detail.is_empty() {
        entry.cause.clone()
    } else {
        format!("{} ({})", entry.cause, entry.detail)
    }
}

fn when(entry: &HistoryEntry) -> String {
    entry.at.replace('T', " ").replace('Z', " UTC")
}

/// `history --activity`: one line per write, one per import's batch (its entries by kind).
pub fn activity(session: &Session, query: HistoryQuery, format: TableFormat, out: &mut impl Write) -> Result<()> {
    let lines = session.activity(&query)?;
    let header = ["WHEN", "WHO", "CAUSE", "ENTRIES", "WHAT", "BATCH"];
    let row = |line: &Activity| {
        let e = &line.latest;
        let what = match e.batch.is_empty() {
            true => format!("{} {} {}", e.operation, e.kind, e.key),
            false => line.kinds.iter().map(|k| format!("{} {}", k.entries, k.kind)).collect::<Vec<_>>().join(", "),
        };
        vec![when(e), e.who.clone(), cause(e), line.entries.to_string(), what, e.batch.clone()]
    };
    match format {
        TableFormat::Json => print_json(out, &lines),
        TableFormat::Csv => {
            let rows: Vec<Vec<String>> = lines.iter().map(row).collect();
            let header: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
            cxo_review::app::write_csv_table(out, &header, &rows)
        }
        TableFormat::Text => {
            if lines.is_empty() {
                return writeln!(out, "no history entry matches").map_err(stdout_error);
            }
            let rows: Vec<Vec<String>> = lines.iter().map(row).collect();
            print_table(out, &header, &rows)
        }
    }
}

pub fn history(session: &Session, query: HistoryQuery, format: TableFormat, out: &mut impl Write) -> Result<()> {
    let entries = session.history(&query)?;
    let header = ["ID", "WHEN", "WHO", "CAUSE", "KIND", "KEY", "CHANGE", "FIELDS"];
    let row = |e: &HistoryEntry| {
        vec![
            e.id.to_string(),
            when(e),
            e.who.clone(),
            cause(e),
            e.kind.clone(),
            e.key.clone(),
            e.operation.clone(),
            changes_line(e),
        ]
    };
    match format {
        TableFormat::Json => print_json(out, &entries),
        TableFormat::Csv => {
            let rows: Vec<Vec<String>> = entries.iter().map(row).collect();
            let header: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
            cxo_review::app::write_csv_table(out, &header, &rows)
        }
        TableFormat::Text => {
            if entries.is_empty() {
                return writeln!(out, "no history entry matches").map_err(stdout_error);
            }
            let rows: Vec<Vec<String>> = entries.iter().map(row).collect();
            print_table(out, &header, &rows)?;
            writeln!(out, "{} entr{}", entries.len(), if entries.len() == 1 { "y" } else { "ies" }).map_err(stdout_error)
        }
    }
}
