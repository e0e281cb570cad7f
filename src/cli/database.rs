//! The database itself: `init`, `demo`, `check`, `backup` and the rolling `backups`.

use std::io::Write;
use std::path::Path;

use cxo_review::app::Session;
use cxo_review::app::Scale;
use cxo_review::{Error, Result};

use super::args::BackupsCommand;
use super::stdout_error;
use super::table::print_list;

pub fn init(session: &Session, out: &mut impl Write) -> Result<()> {
    writeln!(out, "database ready: {}", session.describe()).map_err(stdout_error)
}

/// `demo`: the demo data, or with `scale` a synthetic dataset of that many years.
pub fn demo(
    session: &mut Session,
    scale: Option<String>,
    seed: u64,
    csv: Option<&Path>,
    out: &mut impl Write,
) -> Result<()> {
    let Some(scale) = scale else {
        let saved = session.load_demo()?;
        return writeln!(out, "loaded the demo data: {saved} records").map_err(stdout_error);
    };
    let scale = Scale::parse(&scale)?;
    let started = std::time::Instant::now();
    let done = session.generate(scale, seed, csv)?;
    writeln!(
        out,
        "generated {} meetings, {} attendance rows, {} people in {} organizations, {} actions, \
         {} contributions with {} proposals, {} scores in {:.1} s",
        done.meetings,
        done.attendance,
        done.people,
        done.organizations,
        done.actions,
        done.contributions,
        done.proposals,
        done.scores,
        started.elapsed().as_secs_f64()
    )
    .map_err(stdout_error)?;
    if let Some(dir) = csv {
        writeln!(out, "wrote organizations.csv, people.csv, meetings.csv and attendance.csv to {}", dir.display())
            .map_err(stdout_error)?;
    }
    Ok(())
}

pub fn check(session: &mut Session, repair: bool, out: &mut impl Write) -> Result<()> {
    let report = session.check(repair)?;
    for line in &report.repaired {
        writeln!(out, "repaired: {line}").map_err(stdout_error)?;
    }
    if report.problems.is_empty() {
        writeln!(out, "ok: integrity, references, kept aggregates and sign-off digests check out")
            .map_err(stdout_error)?;
        return history_line(&report, out);
    }
    for problem in &report.problems {
        writeln!(out, "{problem}").map_err(stdout_error)?;
    }
    history_line(&report, out)?;
    Err(Error::Discrepancies(cxo_review::msg!("discrepancies-check-problems", count = report.problems.len())))
}

/// The end of the history's chain, and the entries another program wrote that are not chained yet.
fn history_line(report: &cxo_review::app::CheckReport, out: &mut impl Write) -> Result<()> {
    let unchained = match report.history_unchained {
        0 => String::new(),
        n => format!(
            " ({n} more written by another program, not chained yet: the next change made with CxO Review, or `check --repair`, chains them)"
        ),
    };
    writeln!(out, "history: {}{unchained}", report.history).map_err(stdout_error)
}

pub fn backup(session: &Session, file: &Path, out: &mut impl Write) -> Result<()> {
    session.backup_to(file)?;
    writeln!(out, "backed up to {}", file.display()).map_err(stdout_error)
}

/// `backups`: works on the files beside the database at `path`, without a session, so that a
/// database that cannot be opened can still be listed, backed up and restored.
pub fn backups(path: &Path, command: BackupsCommand, out: &mut impl Write) -> Result<()> {
    match command {
        BackupsCommand::List { format } => {
            let list = Session::backups_of(path)?;
            print_list(
                out,
                format,
                &list,
                &["MADE", "REASON", "SIZE", "FILE"],
                |b| {
                    vec![
                        b.made.clone(),
                        b.reason.as_str().to_string(),
                        format!("{:.1} MB", b.bytes as f64 / 1e6),
                        b.path.display().to_string(),
                    ]
                },
                Some(format!("{} backup(s) in {}", list.len(), Session::backup_folder(path).display())),
            )
        }
        BackupsCommand::Create => {
            let backup = Session::back_up_file(path)?;
            writeln!(out, "backed up to {}", backup.path.display()).map_err(stdout_error)
        }
        BackupsCommand::Restore { file } => {
            let (restored_from, kept) = Session::restore_backup(path, file.as_deref())?;
            writeln!(out, "restored {} from {}", path.display(), restored_from.display()).map_err(stdout_error)?;
            writeln!(out, "the replaced database is kept as {}", kept.path.display()).map_err(stdout_error)
        }
    }
}
