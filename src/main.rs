//! `cxo-review`: the command-line face of CxO Review, a thin layer over the core's use cases
//! ([`Session`]). This file parses the command line, opens the database and hands each command
//! to its group in `cli`.
//! Exit codes: 0 success, 2 invalid input (errors on stderr), 1 any other failure.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use cxo_review::app::{Opening, Session};
use cxo_review::model::history::{Cause, HistoryQuery, WriteCause};
use cxo_review::{Error, Result};

use cli::args::{Cli, Command, DatabaseCommand, ReviewCommand, TeamCommand};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`| head`) is not a failure.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            // A closed standard error is no reason to panic.
            // Messages quote files and records: their control characters are written out.
            let _ = writeln!(std::io::stderr(), "error: {}", cli::shown_lines(&error.to_string()));
            if matches!(error, Error::PasswordNeeded { .. }) {
                // The core does not know where a password can come from; the command line does.
                let _ = writeln!(std::io::stderr(), "give it in PGPASSWORD, or run the command in a terminal to be asked");
            }
            ExitCode::from(error.exit_code())
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    let path = match cli.db {
        Some(path) => path,
        None => Session::default_path()?,
    };
    let server = path.to_str().filter(|text| Session::is_server_url(text)).map(str::to_string);
    let command = match cli.command {
        Command::Copy { from, to } => return copy(&from, &to, &mut std::io::stdout().lock()),
        Command::Backups { .. } if server.is_some() => {
            return Err(Error::Precondition(cxo_review::msg!("precondition-team-backups-command")))
        }
        // Listing and restoring work on the files, even when the database cannot be opened.
        Command::Backups { what } => return cli::database::backups(&path, what, &mut std::io::stdout().lock()),
        // A reviewer works on the package file alone, without a database.
        Command::OnDatabase(DatabaseCommand::Review { what: ReviewCommand::Package { what } })
            if cli::packages::is_reviewers(&what) =>
        {
            return cli::packages::reviewers(what, &mut std::io::stdout().lock())
        }
        Command::OnDatabase(command) => command,
    };
    let opening = opening(&command, cli.read_only);
    let mut session = match &server {
        Some(url) => connect(url, opening)?,
        None => Session::open(&path, opening)?,
    };
    // What a command writes is recorded as the command line's, unless the use case knows
    // better (an import, a merge, a restore).
    session.set_cause(WriteCause::new(Cause::CommandLine));
    // Said on stderr, so that every command's output (`check`'s verdict first) stays as it was.
    for removed in session.removed_leftovers() {
        let _ = writeln!(std::io::stderr(), "note: {}", cli::shown(removed));
    }
    let writes = matches!(
        command,
        DatabaseCommand::Demo { .. }
            | DatabaseCommand::Import { .. }
            | DatabaseCommand::Directory { .. }
            | DatabaseCommand::Edit { .. }
            | DatabaseCommand::Review {
                what: ReviewCommand::Draft { .. } | ReviewCommand::SignOff { .. } | ReviewCommand::Package { .. }
            }
    );
    let result = execute(&mut session, command, &mut std::io::stdout().lock());
    if let Err(error) = &result {
        session.note_failure(error);
    } else if writes {
        // The daily backup, once a day after a command that wrote; its failure fails nothing.
        if let Err(error) = session.backup_if_due() {
            let _ = writeln!(std::io::stderr(), "warning: the daily backup could not be made: {error}");
        }
    }
    result
}

/// Connects to a team database: with the password in the URL or in PGPASSWORD, else, when the
/// server asks for one and a terminal is there, the password typed at the prompt.
fn connect(url: &str, opening: Opening) -> Result<Session> {
    let password = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
    match Session::open_server(url, password.as_deref(), opening) {
        Err(Error::PasswordNeeded { address }) if std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
            let typed = rpassword::prompt_password(format!("password for {address}: "))
                .map_err(|e| Error::io("the terminal", e))?;
            Session::open_server(url, Some(&typed), opening)
        }
        other => other,
    }
}

/// Opens `place` (a file or a server URL) as `opening` says.
fn open(place: &str, opening: Opening) -> Result<Session> {
    if Session::is_server_url(place) {
        connect(place, opening)
    } else {
        Session::open(std::path::Path::new(place), opening)
    }
}

/// `copy`: every record of `from` into the new database `to`, checked against the source.
fn copy(from: &str, to: &str, out: &mut impl Write) -> Result<()> {
    let source = open(from, Opening::ReadOnly)?;
    let (copied, target) = if Session::is_server_url(to) {
        let mut target = open(to, Opening::CreateIfMissing)?;
        (source.copy_to(&mut target)?, target.describe())
    } else {
        (source.copy_to_new_file(std::path::Path::new(to))?, to.to_string())
    };
    writeln!(
        out,
        "copied {} records from {} to {}; both export the same {} bytes",
        copied.records,
        source.describe(),
        target,
        copied.bytes
    )
    .map_err(cli::stdout_error)
}

/// How the command needs the database: `init` and `demo` create a missing file; `check` opens
/// a file marked damaged, to examine it; every other command needs an existing database.
fn opening(command: &DatabaseCommand, read_only: bool) -> Opening {
    match command {
        _ if read_only => Opening::ReadOnly,
        DatabaseCommand::Init | DatabaseCommand::Demo { .. } => Opening::CreateIfMissing,
        DatabaseCommand::Team { what: TeamCommand::Init } => Opening::CreateIfMissing,
        DatabaseCommand::Check { .. } => Opening::ToExamine,
        _ => Opening::Existing,
    }
}

fn execute(session: &mut Session, command: DatabaseCommand, out: &mut impl Write) -> Result<()> {
    use cli::{analysis, database, files, records, review};
    match command {
        DatabaseCommand::Init => database::init(session, out),
        DatabaseCommand::Demo { scale, seed, csv } => database::demo(session, scale, seed, csv.as_deref(), out),
        DatabaseCommand::Check { repair } => database::check(session, repair, out),
        DatabaseCommand::Backup { file } => database::backup(session, &file, out),
        DatabaseCommand::Import { what: Some(what), .. } => cli::sheets::import(session, what, out),
        DatabaseCommand::Directory { what } => cli::sheets::directory(session, what, out),
        DatabaseCommand::Import { kind: Some(kind), file: Some(file), .. } => files::import(session, kind, &file, out),
        DatabaseCommand::Import { .. } => Err(Error::invalid("import", "name what the file holds and the file: import KIND FILE")),
        DatabaseCommand::Export { what } => files::export(session, what, out),
        DatabaseCommand::Meetings { what } => records::meetings(session, what, out),
        DatabaseCommand::Contributions { what } => records::contributions(session, what, out),
        DatabaseCommand::Stats { from, to, format } => analysis::stats(session, from, to, format, out),
        DatabaseCommand::Metrics { from, to, format } => analysis::metrics(session, from, to, format, out),
        DatabaseCommand::Review { what } => review::review(session, what, out),
        DatabaseCommand::Team { what } => cli::team::team(session, what, out),
        DatabaseCommand::Edit { kind, key, changes } => {
            let id = session.edit(kind, &key, &changes)?;
            writeln!(out, "saved {kind} {key} (id {id})").map_err(cli::stdout_error)
        }
        DatabaseCommand::History { kind, key, under, by, cause, batch, since, until, activity, limit, format } => {
            let query = HistoryQuery {
                kind: kind.map(|k| k.as_str().to_string()),
                key,
                by,
                cause: cause.map(|c| c.as_str().to_string()),
                batch,
                under,
                since,
                until,
                limit,
            };
            match activity {
                true => cli::history::activity(session, query, format, out),
                false => cli::history::history(session, query, format, out),
            }
        }
        DatabaseCommand::Trash { what, format } => cli::trash::trash(session, what, format, out),
    }
}
