//! `trash`: what was deleted, restored or deleted for good.

use std::io::Write;

use cxo_review::app::{plural, Session};
use cxo_review::Result;

use super::args::{ListFormat, TrashCommand};
use super::stdout_error;
use super::table::print_list;

pub fn trash(session: &mut Session, what: Option<TrashCommand>, format: ListFormat, out: &mut impl Write) -> Result<()> {
    match what {
        None => {
            let entries = session.trash()?;
            if entries.is_empty() && format == ListFormat::Text {
                return writeln!(out, "the trash is empty").map_err(stdout_error);
            }
            let footer = Some(format!("{}; restore one with `trash restore ID`", entries_in_words(entries.len())));
            print_list(
                out,
                format,
                &entries,
                &["ID", "DELETED", "BY", "WHAT", "WITH IT"],
                |e| {
                    vec![
                        e.id.to_string(),
                        e.deleted_at.replace('T', " ").replace('Z', " UTC"),
                        e.deleted_by.clone().unwrap_or_default(),
                        e.label.clone(),
                        e.contents.clone(),
                    ]
                },
                footer,
            )
        }
        Some(TrashCommand::Restore { id }) => {
            let restored = session.restore_from_trash(id)?;
            writeln!(out, "restored the {} ({})", restored.label, plural(restored.records as usize, "record")).map_err(stdout_error)
        }
        Some(TrashCommand::Empty { older_than }) => {
            let deleted = session.empty_trash(older_than)?;
            let which = older_than.map(|days| format!(" older than {}", plural(days as usize, "day"))).unwrap_or_default();
            writeln!(out, "deleted {}{which} from the trash for good", entries_in_words(deleted)).map_err(stdout_error)
        }
    }
}

fn entries_in_words(n: usize) -> String {
    if n == 1 { "1 entry".to_string() } else { format!("{n} entries") }
}
