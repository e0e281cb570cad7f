//! `cxo-review`: the command-line face of CxO Review, a thin layer over the core library.
//! Exit codes: 0 success, 2 invalid input (errors on stderr), 1 any other failure.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use cxo_review::export::summary::{DocumentOptions, SummaryFormat};
use cxo_review::import::Kind;
use cxo_review::model::ReviewCycle;
use cxo_review::review::{draft_improvements, ensure_untampered, find_cycle, sign_off, summarize, verify, SummaryOptions};
use cxo_review::model::parse_date;
use cxo_review::stats::StatsTable;
use cxo_review::storage::queries::{contribution_summaries, meeting_summaries, MeetingQuery};
use cxo_review::{Error, Result, Store};

/// Track the ITU-T CTO/CxO process and report to TSAG.
#[derive(Parser)]
#[command(
    name = "cxo-review",
    version,
    about = "CxO Review: track ITU-T CTO/CxO meetings, Resolution 68 contributions and reviews, and report to TSAG",
    after_help = "Exit codes: 0 success, 2 invalid input (details on stderr), 1 other failures."
)]
struct Cli {
    /// The database file [default: cxo-review.sqlite in the platform's data directory]
    #[arg(long, global = true, value_name = "PATH", env = "CXO_REVIEW_DB")]
    db: Option<PathBuf>,

    /// Open the database for reading only: nothing in the file changes (a file that cannot be
    /// written is opened so anyway)
    #[arg(long, global = true)]
    read_only: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the database (if missing), bring its schema up to date and print its path
    Init,
    /// Load the demo data (RG-IEM meetings, CTO meetings, contributions, a review cycle) into an empty database
    Demo {
        /// Instead, generate a synthetic dataset of this many years (e.g. 10y: 10,000 meetings,
        /// 500,000 attendance rows, 20,000 contributions, 20 review cycles with 50,000 scores)
        #[arg(long, value_name = "YEARS")]
        scale: Option<String>,
        /// Seed of the synthetic dataset (the same seed gives the same data)
        #[arg(long, default_value_t = 68, requires = "scale")]
        seed: u64,
        /// Also write the organizations, people, meetings and attendance as CSV files into DIR
        #[arg(long, value_name = "DIR", requires = "scale")]
        csv: Option<PathBuf>,
    },
    /// Import a CSV or JSON file; any bad row rejects the whole file (formats: docs/formats.md)
    Import {
        /// What the file holds: organizations, people, meetings, attendance, counts, priorities,
        /// decisions, actions, contributions, proposals, action-plan, objectives, reviewers, cycles,
        /// scores, improvements; or `all` for a whole-database JSON export
        #[arg(value_parser = parse_import_kind, value_name = "KIND")]
        kind: ImportKind,
        /// A .csv or .json file
        file: PathBuf,
    },
    /// Export the database
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Executive meetings
    Meetings {
        #[command(subcommand)]
        what: MeetingsCommand,
    },
    /// Resolution 68 contributions
    Contributions {
        #[command(subcommand)]
        what: ContributionsCommand,
    },
    /// The meeting statistics table (Annex B layout) for the meetings that started in a date range
    Stats {
        /// First day of the range (YYYY-MM-DD)
        #[arg(long, value_parser = parse_day)]
        from: Option<NaiveDate>,
        /// Last day of the range (YYYY-MM-DD)
        #[arg(long, value_parser = parse_day)]
        to: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// Indicators computed from the data over a period
    Metrics {
        /// First day of the period (YYYY-MM-DD) [default: the first meeting]
        #[arg(long, value_parser = parse_day)]
        from: Option<NaiveDate>,
        /// Last day of the period (YYYY-MM-DD) [default: today]
        #[arg(long, value_parser = parse_day)]
        to: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Review cycles: results, drafted proposals, sign-off and the summary to TSAG
    Review {
        #[command(subcommand)]
        what: ReviewCommand,
    },
    /// Check the database: SQLite's integrity and references, the kept aggregates, and the
    /// digests of signed-off review cycles
    Check {
        /// Also repair what can be repaired (the kept aggregates are recomputed)
        #[arg(long)]
        repair: bool,
    },
    /// Write a consistent copy of the database to FILE
    Backup {
        /// The copy to create (must not exist)
        file: PathBuf,
    },
    /// The rolling backups kept in the `backups` folder beside the database
    Backups {
        #[command(subcommand)]
        what: BackupsCommand,
    },
}

#[derive(Subcommand)]
enum BackupsCommand {
    /// List the database's backups, newest first
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Make a backup now
    Create,
    /// Replace the database with a backup (by default the newest); the replaced file is kept as
    /// a backup too. Close the app first.
    Restore {
        /// The backup file to restore [default: the newest backup]
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    /// The whole database as one JSON document, re-importable with `import all`
    Json {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// One table as CSV (UTF-8; cells a spreadsheet would evaluate are neutralised)
    Csv {
        /// organizations, people, meetings, attendance, counts, actions, contributions, proposals,
        /// statistics; with --cycle: results, scores, indicators, metrics, improvements, objectives
        #[arg(long)]
        table: String,
        /// The review cycle (id or name) for the cycle's tables
        #[arg(long)]
        cycle: Option<String>,
        /// Include personal contact data and Chatham House notes
        #[arg(long)]
        include_confidential: bool,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum ReviewCommand {
    /// List review cycles
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Show a cycle's results, widest disagreement first, and the reviewers' agreement
    Show {
        /// The cycle's id or name
        #[arg(long)]
        cycle: String,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Draft improvement proposals for the objectives not met (edited proposals are kept)
    Draft {
        #[arg(long)]
        cycle: String,
    },
    /// Sign a cycle off: its scores, evidence and proposals are frozen under a digest
    SignOff {
        #[arg(long)]
        cycle: String,
    },
    /// Export the review summary to TSAG
    Summary {
        #[arg(long)]
        cycle: String,
        /// docx, md, json or xlsx
        #[arg(long, value_parser = parse_summary_format)]
        format: SummaryFormat,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Include personal contact data (left out of exports to TSAG by default)
        #[arg(long)]
        include_confidential: bool,
        /// The TD number TSB assigned, e.g. TSAG-TD123
        #[arg(long, default_value = "")]
        td_number: String,
        /// Where and when TSAG meets, e.g. "Geneva, 26-30 January 2026"
        #[arg(long, default_value = "")]
        place_and_date: String,
    },
    /// Check an exported JSON summary against the database and list every difference
    Verify {
        file: PathBuf,
    },
}

fn parse_summary_format(text: &str) -> std::result::Result<SummaryFormat, String> {
    text.parse()
}

#[derive(Subcommand)]
enum MeetingsCommand {
    /// List meetings, newest first
    List {
        /// Only meetings whose key, title, venue or host contains this text
        #[arg(long)]
        search: Option<String>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
}

#[derive(Subcommand)]
enum ContributionsCommand {
    /// List contributions by date
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum TableFormat {
    Text,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

/// The kinds `import` takes: each record kind, or `all` for a whole-database export.
#[derive(Clone, Copy)]
enum ImportKind {
    One(Kind),
    All,
}

fn parse_import_kind(text: &str) -> std::result::Result<ImportKind, String> {
    match text {
        "all" => Ok(ImportKind::All),
        _ => text.parse().map(ImportKind::One),
    }
}

fn parse_day(text: &str) -> std::result::Result<NaiveDate, String> {
    parse_date(text)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`| head`) is not a failure.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            if error.is_invalid_input() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

fn database_path(db: Option<&Path>) -> Result<PathBuf> {
    match db {
        Some(path) => Ok(path.to_path_buf()),
        None => cxo_review::default_db_path(),
    }
}

/// Opens the database as the command needs it: `init` and `demo` create a missing file; `check`
/// opens a file marked damaged, to examine it; every other command needs an existing database.
fn open(path: &Path, command: &Command, read_only: bool) -> Result<Store> {
    if read_only {
        return Store::open_read_only(path);
    }
    match command {
        Command::Init | Command::Demo { .. } => Store::open_or_create(path),
        Command::Check { .. } => Store::open_despite_damage(path),
        _ => Store::open(path),
    }
}

fn run(cli: Cli) -> Result<()> {
    let path = database_path(cli.db.as_deref())?;
    if let Command::Backups { what } = &cli.command {
        // Listing and restoring work on the files, even when the database cannot be opened.
        return backups(&path, what);
    }
    let mut store = open(&path, &cli.command, cli.read_only).inspect_err(|e| Store::note_failure_at(&path, e))?;
    let writes = matches!(
        cli.command,
        Command::Demo { .. }
            | Command::Import { .. }
            | Command::Review { what: ReviewCommand::Draft { .. } | ReviewCommand::SignOff { .. } }
    );
    let result = execute(&mut store, cli.command);
    if let Err(error) = &result {
        store.note_failure(error);
    } else if writes && !store.is_read_only() {
        // The daily backup, once a day after a command that wrote; its failure fails nothing.
        if let Err(error) = store.backup_if_due() {
            eprintln!("warning: the daily backup could not be made: {error}");
        }
    }
    result
}

fn backups(path: &Path, command: &BackupsCommand) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let out = |e: std::io::Error| Error::io("standard output", e);
    match command {
        BackupsCommand::List { format } => {
            let list = cxo_review::storage::backups::list(path)?;
            match format {
                ListFormat::Json => writeln!(stdout, "{}", serde_json::to_string_pretty(&list)?).map_err(out)?,
                ListFormat::Text => {
                    let rows: Vec<Vec<String>> = list
                        .iter()
                        .map(|b| {
                            vec![
                                b.made.clone(),
                                b.reason.as_str().to_string(),
                                format!("{:.1} MB", b.bytes as f64 / 1e6),
                                b.path.display().to_string(),
                            ]
                        })
                        .collect();
                    print_table(&mut stdout, &["MADE", "REASON", "SIZE", "FILE"], &rows)?;
                    writeln!(stdout, "{} backup(s) in {}", list.len(), cxo_review::storage::backups::folder(path).display())
                        .map_err(out)?;
                }
            }
        }
        BackupsCommand::Create => {
            let store = Store::open_despite_damage(path)?;
            let backup = store.backup_now(cxo_review::storage::backups::Reason::Manual)?;
            writeln!(stdout, "backed up to {}", backup.path.display()).map_err(out)?;
        }
        BackupsCommand::Restore { file } => {
            let backup = match file {
                Some(file) => file.clone(),
                None => cxo_review::storage::backups::list(path)?
                    .into_iter()
                    .next()
                    .map(|b| b.path)
                    .ok_or_else(|| Error::invalid("file", format!("{} has no backups to restore", path.display())))?,
            };
            let kept = Store::restore_backup(path, &backup)?;
            writeln!(stdout, "restored {} from {}", path.display(), backup.display()).map_err(out)?;
            writeln!(stdout, "the replaced database is kept as {}", kept.path.display()).map_err(out)?;
        }
    }
    Ok(())
}

fn execute(store: &mut Store, command: Command) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let out = |e: std::io::Error| Error::io("standard output", e);
    match command {
        Command::Init => {
            let path = store.path().map(|p| p.display().to_string()).unwrap_or_default();
            writeln!(stdout, "database ready: {path}").map_err(out)?;
        }
        Command::Demo { scale: None, .. } => {
            let saved = cxo_review::demo::load(store)?;
            writeln!(stdout, "loaded the demo data: {saved} records").map_err(out)?;
        }
        Command::Demo { scale: Some(scale), seed, csv } => {
            let scale = cxo_review::demo::scale::Scale::parse(&scale)?;
            let started = std::time::Instant::now();
            let done = cxo_review::demo::scale::generate(store, scale, seed, csv.as_deref(), true)?;
            writeln!(
                stdout,
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
            .map_err(out)?;
            if let Some(dir) = csv {
                writeln!(stdout, "wrote organizations.csv, people.csv, meetings.csv and attendance.csv to {}", dir.display())
                    .map_err(out)?;
            }
        }
        Command::Import { kind: ImportKind::One(kind), file } => {
            let saved = cxo_review::import::import_file(store, kind, &file)?;
            writeln!(stdout, "imported {saved} {kind} record(s) from {}", file.display()).map_err(out)?;
        }
        Command::Import { kind: ImportKind::All, file } => {
            let text = cxo_review::import::read_file(&file)?;
            let saved = cxo_review::import::import_dataset(store, &text, &file.display().to_string())?;
            writeln!(stdout, "imported {saved} record(s) from {}", file.display()).map_err(out)?;
        }
        Command::Export { what: ExportCommand::Json { out: path } } => {
            cxo_review::output::write_file(store, &path, |file| cxo_review::export::json::write_dataset(store, file))?;
            writeln!(stdout, "exported the database to {}", path.display()).map_err(out)?;
        }
        Command::Meetings { what: MeetingsCommand::List { search, format } } => {
            let meetings = meeting_summaries(store.conn(), &MeetingQuery { search, ..MeetingQuery::default() })?;
            match format {
                ListFormat::Json => writeln!(stdout, "{}", serde_json::to_string_pretty(&meetings)?).map_err(out)?,
                ListFormat::Text => {
                    let rows: Vec<Vec<String>> = meetings
                        .iter()
                        .map(|m| {
                            vec![
                                m.key.clone(),
                                m.start_date.to_string(),
                                m.kind.label().to_string(),
                                m.title.clone(),
                                m.venue.clone(),
                                m.participants.to_string(),
                                m.status.to_string(),
                            ]
                        })
                        .collect();
                    print_table(&mut stdout, &["KEY", "START", "KIND", "TITLE", "VENUE", "PARTICIPANTS", "STATUS"], &rows)?;
                    writeln!(stdout, "{} meeting(s)", meetings.len()).map_err(out)?;
                }
            }
        }
        Command::Contributions { what: ContributionsCommand::List { format } } => {
            let contributions = contribution_summaries(store.conn(), None, None, None)?;
            match format {
                ListFormat::Json => writeln!(stdout, "{}", serde_json::to_string_pretty(&contributions)?).map_err(out)?,
                ListFormat::Text => {
                    let rows: Vec<Vec<String>> = contributions
                        .iter()
                        .map(|c| {
                            vec![
                                c.symbol.clone(),
                                c.date.to_string(),
                                c.title.clone(),
                                c.sources.clone(),
                                format!("{}/{}", c.agreed, c.proposals),
                                if c.is_base_document { "base document".into() } else { String::new() },
                            ]
                        })
                        .collect();
                    print_table(&mut stdout, &["SYMBOL", "DATE", "TITLE", "SOURCES", "AGREED", ""], &rows)?;
                    writeln!(stdout, "{} contribution(s)", contributions.len()).map_err(out)?;
                }
            }
        }
        Command::Stats { from, to, format } => {
            if let (Some(from), Some(to)) = (from, to) {
                if to < from {
                    return Err(Error::invalid("to", "is before --from"));
                }
            }
            let table = cxo_review::stats::annex_b(store, from, to)?;
            print_stats(&mut stdout, &table, format)?;
        }
        Command::Metrics { from, to, format } => {
            let to = to.unwrap_or_else(|| chrono::Local::now().date_naive());
            let from = match from {
                Some(from) => from,
                None => cxo_review::stats::annex_b(store, None, None)?.columns.first().map(|c| c.start_date).unwrap_or(to),
            };
            let values = cxo_review::metrics::compute(store, from, to)?;
            match format {
                ListFormat::Json => writeln!(stdout, "{}", serde_json::to_string_pretty(&values)?).map_err(out)?,
                ListFormat::Text => {
                    writeln!(stdout, "Indicators, {from} to {to}\n").map_err(out)?;
                    let rows: Vec<Vec<String>> = values
                        .iter()
                        .map(|v| vec![v.name.to_string(), v.label.to_string(), cxo_review::metrics::format_value(v.unit, v.value)])
                        .collect();
                    print_table(&mut stdout, &["METRIC", "LABEL", "VALUE"], &rows)?;
                }
            }
        }
        Command::Review { what } => review(store, what, &mut stdout)?,
        Command::Export { what: ExportCommand::Csv { table, cycle, include_confidential, out: path } } => {
            let cycle = cycle.map(|c| cycle_id(store, &c)).transpose()?;
            let rows = cxo_review::export::tables::write_csv(store, &table, cycle, include_confidential, &path)?;
            writeln!(stdout, "wrote {table} ({rows} rows) to {}", path.display()).map_err(out)?;
        }
        Command::Check { repair } => {
            let report = cxo_review::check::run(store, repair)?;
            for line in &report.repaired {
                writeln!(stdout, "repaired: {line}").map_err(out)?;
            }
            if report.problems.is_empty() {
                writeln!(stdout, "ok: integrity, references, kept aggregates and sign-off digests check out").map_err(out)?;
            } else {
                for problem in &report.problems {
                    writeln!(stdout, "{problem}").map_err(out)?;
                }
                return Err(Error::Discrepancies(format!("{} problem(s) found", report.problems.len())));
            }
        }
        Command::Backups { what } => {
            let path = store.path().map(Path::to_path_buf).unwrap_or_default();
            backups(&path, &what)?;
        }
        Command::Backup { file } => {
            store.backup(&file)?;
            writeln!(stdout, "backed up to {}", file.display()).map_err(out)?;
        }
    }
    Ok(())
}

/// A cycle given by id or by name.
fn cycle_id(store: &Store, text: &str) -> Result<i64> {
    match text.trim().parse::<i64>() {
        Ok(id) => store.get::<ReviewCycle>(id).map(|c| c.id),
        Err(_) => find_cycle(store, text).map(|c| c.id),
    }
}

fn review(store: &mut Store, command: ReviewCommand, stdout: &mut impl Write) -> Result<()> {
    let out = |e: std::io::Error| Error::io("standard output", e);
    match command {
        ReviewCommand::List { format } => {
            let cycles: Vec<CycleListing> = store
                .list::<ReviewCycle>()?
                .into_iter()
                .map(|c| CycleListing {
                    id: c.id,
                    name: c.data.name,
                    status: c.data.status.as_str(),
                    period_from: c.data.period_from,
                    period_to: c.data.period_to,
                    objectives: c.data.objectives.len(),
                    reviewers: c.data.reviewers.len(),
                })
                .collect();
            match format {
                ListFormat::Json => writeln!(stdout, "{}", serde_json::to_string_pretty(&cycles)?).map_err(out)?,
                ListFormat::Text => {
                    let rows: Vec<Vec<String>> = cycles
                        .iter()
                        .map(|c| {
                            vec![
                                c.id.to_string(),
                                c.name.clone(),
                                format!("{} – {}", c.period_from, c.period_to),
                                c.objectives.to_string(),
                                c.reviewers.to_string(),
                                c.status.to_string(),
                            ]
                        })
                        .collect();
                    print_table(stdout, &["ID", "NAME", "PERIOD", "OBJECTIVES", "REVIEWERS", "STATUS"], &rows)?;
                }
            }
        }
        ReviewCommand::Show { cycle, format } => {
            let summary = summarize(store, cycle_id(store, &cycle)?, SummaryOptions::default())?;
            // A signed-off cycle changed outside the product is shown (to see what changed), under
            // a warning, and the command fails.
            let tampered = ensure_untampered(store, &summary.cycle).err();
            if let (Some(error), ListFormat::Text) = (&tampered, format) {
                writeln!(stdout, "WARNING: {error}\n").map_err(out)?;
            }
            match format {
                ListFormat::Json => writeln!(stdout, "{}", serde_json::to_string_pretty(&summary)?).map_err(out)?,
                ListFormat::Text => {
                    writeln!(stdout, "{} ({}), {}\n", summary.cycle.name, summary.cycle.status, summary.period_text()).map_err(out)?;
                    let rows: Vec<Vec<String>> = summary
                        .by_disagreement()
                        .iter()
                        .map(|o| {
                            vec![
                                o.code.clone(),
                                o.title.clone(),
                                o.scores.iter().map(|s| s.level.to_string()).collect::<Vec<_>>().join(" "),
                                o.median.map(|m| format!("{m:.1}")).unwrap_or_else(|| "-".into()),
                                o.spread.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
                                if o.disagreement { "yes".into() } else { String::new() },
                                o.status.label().to_string(),
                            ]
                        })
                        .collect();
                    print_table(stdout, &["CODE", "OBJECTIVE", "SCORES", "MEDIAN", "SPREAD", "DISAGREE", "STATUS"], &rows)?;
                    let alpha = |a: Option<f64>| a.map(|a| format!("{a:.3}")).unwrap_or_else(|| "n/a".into());
                    writeln!(
                        stdout,
                        "\nKrippendorff's alpha: ordinal {}, interval {}, nominal {} ({} objective(s) with two or more scores)",
                        alpha(summary.agreement.ordinal),
                        alpha(summary.agreement.interval),
                        alpha(summary.agreement.nominal),
                        summary.agreement.pairable_units
                    )
                    .map_err(out)?;
                }
            }
            if let Some(error) = tampered {
                return Err(error);
            }
        }
        ReviewCommand::Draft { cycle } => {
            let report = draft_improvements(store, cycle_id(store, &cycle)?)?;
            let list = |codes: &[String]| if codes.is_empty() { "none".to_string() } else { codes.join(", ") };
            writeln!(stdout, "drafted: {}", list(&report.drafted)).map_err(out)?;
            writeln!(stdout, "redrafted: {}", list(&report.redrafted)).map_err(out)?;
            writeln!(stdout, "kept as edited: {}", list(&report.kept)).map_err(out)?;
        }
        ReviewCommand::SignOff { cycle } => {
            let digest = sign_off(store, cycle_id(store, &cycle)?, chrono::Utc::now())?;
            writeln!(stdout, "signed off; digest {digest}").map_err(out)?;
        }
        ReviewCommand::Summary { cycle, format, out: path, include_confidential, td_number, place_and_date } => {
            let id = cycle_id(store, &cycle)?;
            let options = DocumentOptions { td_number, place_and_date, ..DocumentOptions::default() };
            let bytes = cxo_review::export::summary::render(store, id, format, include_confidential, &options)?;
            cxo_review::output::write_bytes(store, &path, &bytes)?;
            let name = store.get::<ReviewCycle>(id)?.data.name;
            writeln!(stdout, "wrote the summary of \"{name}\" to {}", path.display()).map_err(out)?;
        }
        ReviewCommand::Verify { file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
            let differences = verify(store, &text)?;
            if differences.is_empty() {
                writeln!(stdout, "ok: {} matches the database", file.display()).map_err(out)?;
            } else {
                for d in &differences {
                    writeln!(stdout, "{}: file {} / database {}", d.path, d.in_file, d.in_database).map_err(out)?;
                }
                return Err(Error::Discrepancies(format!("{} difference(s) between {} and the database", differences.len(), file.display())));
            }
        }
    }
    Ok(())
}

#[derive(serde::Serialize)]
struct CycleListing {
    id: i64,
    name: String,
    status: &'static str,
    period_from: NaiveDate,
    period_to: NaiveDate,
    objectives: usize,
    reviewers: usize,
}

fn print_stats(out: &mut impl Write, table: &StatsTable, format: TableFormat) -> Result<()> {
    let io = |e: std::io::Error| Error::io("standard output", e);
    let rows: Vec<Vec<String>> =
        table.rows().into_iter().map(|row| std::iter::once(row.label).chain(row.cells).collect()).collect();
    match format {
        TableFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(table)?).map_err(io),
        TableFormat::Csv => cxo_review::export::csv::write_table(out, &table.header(), &rows),
        TableFormat::Text => {
            writeln!(out, "{}\n", table.title).map_err(io)?;
            if table.columns.is_empty() {
                return writeln!(out, "no meetings in this range").map_err(io);
            }
            let header = table.header();
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            print_table(out, &header, &rows)
        }
    }
}

/// Prints rows under a header in aligned columns; the last column is not padded.
fn print_table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> Result<()> {
    let io = |e: std::io::Error| Error::io("standard output", e);
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count().min(60));
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let last = cells.len().saturating_sub(1);
        cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let cell: String = if cell.chars().count() > 60 {
                    cell.chars().take(59).chain(std::iter::once('…')).collect()
                } else {
                    cell.to_string()
                };
                if i == last {
                    cell
                } else {
                    format!("{cell:<width$}", width = widths[i])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header.to_vec())).map_err(io)?;
    for row in rows {
        writeln!(out, "{}", line(row.iter().map(String::as_str).collect())).map_err(io)?;
    }
    Ok(())
}
