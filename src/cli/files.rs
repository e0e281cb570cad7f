//! `import` and `export`: files in and out.

use std::io::Write;
use std::path::Path;

use cxo_review::app::{ImportKind, Session};
use cxo_review::Result;

use super::args::ExportCommand;
use super::stdout_error;

pub fn import(session: &mut Session, kind: ImportKind, file: &Path, out: &mut impl Write) -> Result<()> {
    let saved = session.import(kind, file)?;
    match kind {
        ImportKind::One(kind) => writeln!(out, "imported {saved} {kind} record(s) from {}", file.display()),
        ImportKind::All => writeln!(out, "imported {saved} record(s) from {}", file.display()),
    }
    .map_err(stdout_error)
}

pub fn export(session: &Session, command: ExportCommand, out: &mut impl Write) -> Result<()> {
    match command {
        ExportCommand::Json { out: path, history } => {
            if history {
                session.export_dataset_with_history(&path)?;
            } else {
                session.export_dataset(&path)?;
            }
            writeln!(out, "exported the database to {}", path.display()).map_err(stdout_error)
        }
        ExportCommand::Csv { table, cycle, include_confidential, out: path } => {
            let cycle = cycle.map(|c| session.cycle(&c).map(|c| c.id)).transpose()?;
            let rows = session.export_table(&table, cycle, include_confidential, &path)?;
            writeln!(out, "wrote {table} ({rows} rows) to {}", path.display()).map_err(stdout_error)
        }
    }
}
