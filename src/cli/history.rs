//! `history`: who changed what, and when, as the database recorded it.

use std::io::Write;

use cxo_review::app::Session;
use cxo_review::model::history::{HistoryEntry, HistoryQuery};
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

pub fn history(session: &Session, query: HistoryQuery, format: TableFormat, out: &mut impl Write) -> Result<()> {
    let entries = session.history(&query)?;
    let header = ["ID", "WHEN", "WHO", "CAUSE", "KIND", "KEY", "CHANGE", "FIELDS"];
    let row = |e: &HistoryEntry| {
        let cause = if e.detail.is_empty() { e.cause.clone() } else { format!("{} ({})", e.cause, e.detail) };
        vec![
            e.id.to_string(),
            e.at.replace('T', " ").replace('Z', " UTC"),
            e.who.clone(),
            cause,
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
