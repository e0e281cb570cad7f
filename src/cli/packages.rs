//! `review package`: review packages out to reviewers, scores back, merged with a report. The
//! reviewer's commands (`show`, `score`, `return`) work on the package file alone.

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use cxo_review::app::packages::{key_folder, open_package, return_package, score_in_package};
use cxo_review::app::{deadline_after, plural, Merged, ReturnedScore, Session};
use cxo_review::model::Evidence;
use cxo_review::{Error, Result};

use super::args::PackageCommand;
use super::{shown, stdout_error};

/// How long a reviewer has by default.
const DEFAULT_DAYS: u64 = 30;

/// Whether `command` works without a database (on the reviewer's machine).
pub fn is_reviewers(command: &PackageCommand) -> bool {
    matches!(command, PackageCommand::Show { .. } | PackageCommand::Score { .. } | PackageCommand::Return { .. })
}

/// The reviewer's commands: on the package file, with this machine's key.
pub fn reviewers(command: PackageCommand, out: &mut impl Write) -> Result<()> {
    match command {
        PackageCommand::Show { package } => show(&package, out),
        PackageCommand::Score { package, objective, level, rationale, evidence } => {
            let evidence = evidence
                .iter()
                .map(|e| e.parse::<Evidence>().map_err(|message| Error::invalid("evidence", message)))
                .collect::<Result<Vec<_>>>()?;
            let score = ReturnedScore { objective, level, rationale, evidence };
            let code = score.objective.trim().to_string();
            let opened = score_in_package(&package, score, Utc::now())?;
            let objective = opened.issue.objectives.iter().find(|o| o.code == code);
            let label = objective
                .and_then(|o| o.effective_rubric().into_iter().find(|l| l.level == level))
                .map(|l| l.label)
                .unwrap_or_default();
            writeln!(
                out,
                "scored {code} at {level} ({label}) in {}; {} of {} objectives scored",
                package.display(),
                opened.work.scores.len(),
                opened.issue.objectives.len()
            )
            .map_err(stdout_error)
        }
        PackageCommand::Return { package, out: file } => {
            let returned = return_package(&package, &file, &key_folder()?, Utc::now())?;
            writeln!(out, "wrote the return of {} to {}", plural(returned.scores, "score"), returned.path).map_err(stdout_error)?;
            writeln!(out, "signed by this machine's reviewer key {}: tell the rapporteur this fingerprint", returned.key)
                .map_err(stdout_error)
        }
        PackageCommand::Issue { .. } | PackageCommand::Merge { .. } => {
            Err(Error::Internal("a rapporteur's package command reached the reviewer's side".into()))
        }
    }
}

/// The rapporteur's commands: on the database.
pub fn rapporteurs(session: &mut Session, command: PackageCommand, out: &mut impl Write) -> Result<()> {
    match command {
        PackageCommand::Issue { cycle, reviewer, deadline, out: path } => {
            let cycle = session.cycle(&cycle)?;
            let today = chrono::Local::now().date_naive();
            let deadline = deadline.unwrap_or_else(|| deadline_after(today, DEFAULT_DAYS));
            let issued = session.issue_packages(cycle.id, reviewer.as_deref(), deadline, &path, Utc::now())?;
            for package in &issued {
                writeln!(
                    out,
                    "issued package {} of \"{}\" to {} (deadline {}): {}",
                    package.package, cycle.data.name, package.reviewer, package.deadline, package.path
                )
                .map_err(stdout_error)?;
            }
            Ok(())
        }
        PackageCommand::Merge { files, accept_late } => {
            let mut refused = 0;
            for file in &files {
                match session.merge_return(file, accept_late) {
                    Ok(merged) => report(&merged, out)?,
                    Err(error) if error.is_invalid_input() => {
                        refused += 1;
                        let (file, error) = (shown(&file.display().to_string()), super::shown_lines(&error.to_string()));
                        writeln!(out, "{file}: refused, nothing merged: {error}").map_err(stdout_error)?;
                    }
                    Err(error) => return Err(error),
                }
            }
            if refused > 0 {
                return Err(Error::Discrepancies(cxo_review::msg!("discrepancies-returns-refused", refused = refused, count = files.len())));
            }
            Ok(())
        }
        other => reviewers(other, out),
    }
}

fn report(merged: &Merged, out: &mut impl Write) -> Result<()> {
    // Every text here comes from the return file: shown with its control characters escaped.
    writeln!(
        out,
        "{}: merged the return of {} for \"{}\" (package {}, returned {}, key {})",
        shown(&merged.file),
        shown(&merged.reviewer),
        shown(&merged.cycle),
        shown(&merged.package),
        shown(&merged.returned_at),
        shown(&merged.key)
    )
    .map_err(stdout_error)?;
    for change in &merged.applied {
        let objective = shown(&change.objective);
        match change.from {
            Some(from) if from == change.to => writeln!(out, "  {objective}: {from}, new rationale or evidence").map_err(stdout_error)?,
            Some(from) => writeln!(out, "  {objective}: {from} → {}", change.to).map_err(stdout_error)?,
            None => writeln!(out, "  {objective}: new, {}", change.to).map_err(stdout_error)?,
        }
    }
    if !merged.unchanged.is_empty() {
        let unchanged: Vec<String> = merged.unchanged.iter().map(|o| shown(o)).collect();
        writeln!(out, "  unchanged: {}", unchanged.join(", ")).map_err(stdout_error)?;
    }
    for conflict in &merged.conflicts {
        writeln!(out, "  CONFLICT {}: {} (not applied)", shown(&conflict.objective), shown(&conflict.reason)).map_err(stdout_error)?;
    }
    if merged.applied.is_empty() && merged.conflicts.is_empty() {
        writeln!(out, "  nothing new: the database already holds every returned score").map_err(stdout_error)?;
    }
    Ok(())
}

fn show(path: &Path, out: &mut impl Write) -> Result<()> {
    let opened = open_package(path)?;
    let issue = &opened.issue;
    writeln!(out, "package {} of \"{}\" for {}", issue.package, issue.cycle.name, issue.reviewer).map_err(stdout_error)?;
    writeln!(
        out,
        "issued {} by database {}; return by {}",
        issue.issued_at, issue.database, issue.deadline
    )
    .map_err(stdout_error)?;
    writeln!(
        out,
        "evidence: {} meeting(s), {} contribution(s) from {} to {}\n",
        issue.meetings.len(),
        issue.contributions.len(),
        issue.cycle.period_from,
        issue.cycle.period_to
    )
    .map_err(stdout_error)?;
    for objective in &issue.objectives {
        let score = opened.work.scores.iter().find(|s| s.objective == objective.code);
        let given = score.map(|s| s.level.to_string()).unwrap_or_else(|| "-".into());
        writeln!(out, "{:<5} {:<3} {}", objective.code, given, objective.title).map_err(stdout_error)?;
    }
    let meetings: Vec<String> = issue.meetings.iter().map(|m| format!("meeting:{}", m.key)).collect();
    let contributions: Vec<String> =
        issue.contributions.iter().map(|c| format!("contribution:{}", c.contribution.symbol)).collect();
    writeln!(out, "
evidence to cite: {}", meetings.iter().chain(&contributions).cloned().collect::<Vec<_>>().join(", "))
        .map_err(stdout_error)?;
    Ok(())
}
