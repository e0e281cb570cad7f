//! The command line as users and scripts type it. Every command, flag, default and help text
//! here is a public interface: scripts depend on them, so they change only on purpose.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use cxo_review::app::ImportKind;
use cxo_review::app::SummaryFormat;
use cxo_review::i18n::Language;
use cxo_review::model::history::Cause;
use cxo_review::model::{parse_date, Kind, TeamRole};

/// Track the ITU-T CTO/CxO process and report to TSAG.
#[derive(Parser)]
#[command(
    name = "cxo-review",
    version,
    about = "CxO Review: track ITU-T CTO/CxO meetings, Resolution 68 contributions and reviews, and report to TSAG",
    after_help = "Exit codes: 0 success, 2 invalid input (details on stderr), 1 other failures."
)]
pub struct Cli {
    /// The database: a file, or a team database on a PostgreSQL server as
    /// postgres://USER@HOST:PORT/NAME [default: cxo-review.sqlite in the platform's data directory]
    // Its value is not shown by --help: a URL may hold a password.
    #[arg(long, global = true, value_name = "PATH", env = "CXO_REVIEW_DB", hide_env_values = true)]
    pub db: Option<PathBuf>,

    /// Open the database for reading only: nothing in the file changes (a file that cannot be
    /// written is opened so anyway)
    #[arg(long, global = true)]
    pub read_only: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    // Flattened, so the command line is unchanged, while the type tells the commands run on an
    // open database from `backups`, which works on the files even when the database cannot be
    // opened.
    #[command(flatten)]
    OnDatabase(DatabaseCommand),
    /// Copy every record from one database to another, new one: a file to a team database on a
    /// PostgreSQL server, back, or between two of either. The copy is checked against the source
    Copy {
        /// The database to copy: a file, or postgres://USER@HOST:PORT/NAME
        #[arg(long, value_name = "SOURCE")]
        from: String,
        /// The new database: a file that does not exist yet, or an empty database on a server
        #[arg(long, value_name = "TARGET")]
        to: String,
    },
    /// The rolling backups kept in the `backups` folder beside the database
    Backups {
        #[command(subcommand)]
        what: BackupsCommand,
    },
}

#[derive(Subcommand)]
pub enum DatabaseCommand {
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
    /// Import a CSV or JSON file; any bad row rejects the whole file (formats: docs/formats.md).
    /// `import sheet` brings in a spreadsheet with its own columns; `import undo` takes an
    /// import back
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Import {
        #[command(subcommand)]
        what: Option<ImportCommand>,
        /// What the file holds: organizations, people, meetings, attendance, counts, priorities,
        /// decisions, actions, contributions, proposals, action-plan, objectives, reviewers, cycles,
        /// scores, improvements; or `all` for a whole-database JSON export
        #[arg(value_parser = parse_import_kind, value_name = "KIND", required = true)]
        kind: Option<ImportKind>,
        /// A .csv or .json file
        #[arg(required = true)]
        file: Option<PathBuf>,
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
    /// A team database on a PostgreSQL server: its roles and logins (docs/team.md)
    Team {
        #[command(subcommand)]
        what: TeamCommand,
    },
    /// The trash: what was deleted (with everything deleted with it), kept until the trash is
    /// emptied. Without a subcommand, lists it, most recently deleted first
    Trash {
        #[command(subcommand)]
        what: Option<TrashCommand>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Write a consistent copy of the database to FILE
    Backup {
        /// The copy to create (must not exist)
        file: PathBuf,
    },
    /// Change one record from a script, as a form would: each FIELD=VALUE checked, the record
    /// validated and saved against the version it was read at (exit 2 with the reason when not)
    Edit {
        /// The record's kind (meetings, people, organizations, scores…)
        #[arg(value_parser = parse_kind, value_name = "KIND")]
        kind: Kind,
        /// The record's key, as `history` shows it (a meeting's key, a person's name…)
        key: String,
        /// The changes: FIELD=VALUE (a list's items separated by `;`; an empty VALUE clears a field)
        #[arg(required = true, value_name = "FIELD=VALUE", value_parser = parse_assignment)]
        changes: Vec<(String, String)>,
    },
    /// The directory's likely duplicates, and two organizations or people merged into one
    Directory {
        #[command(subcommand)]
        what: DirectoryCommand,
    },
    /// Who changed what, and when: the history the database writes of every change to a
    /// record, newest first (docs/history.md)
    History {
        /// Only records of this kind (meetings, people, scores…)
        #[arg(long, value_parser = parse_kind, value_name = "KIND")]
        kind: Option<Kind>,
        /// Only the record with this key (a meeting's key, a person's name, "CYCLE / OBJECTIVE / REVIEWER"…)
        #[arg(long, value_name = "KEY")]
        key: Option<String>,
        /// Only changes made by this login (on a file: this computer's account)
        #[arg(long, value_name = "LOGIN")]
        by: Option<String>,
        /// Only changes of this cause: form, capture, import, merge, restore, copy, migration, "command line", outside
        #[arg(long, value_parser = parse_cause, value_name = "CAUSE")]
        cause: Option<Cause>,
        /// Only the record with this key and those under it (a meeting's roster, counts and
        /// outcomes: keys "KEY / …")
        #[arg(long, value_name = "KEY")]
        under: Option<String>,
        /// Only the entries of this import (its batch id, as --activity shows it)
        #[arg(long, value_name = "BATCH")]
        batch: Option<String>,
        /// From this day on (YYYY-MM-DD, UTC)
        #[arg(long, value_parser = parse_day)]
        since: Option<NaiveDate>,
        /// Up to this day, included (YYYY-MM-DD, UTC)
        #[arg(long, value_parser = parse_day)]
        until: Option<NaiveDate>,
        /// One line per write, and one per import's whole batch, rather than per entry
        #[arg(long)]
        activity: bool,
        /// At most this many entries (with --activity: lines; 200 unless given)
        #[arg(long)]
        limit: Option<i64>,
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
}

#[derive(Subcommand)]
pub enum TeamCommand {
    /// Set up the database named by --db (a postgres:// URL) for a team: the schema when it is
    /// empty, and the roles staff, reviewer and rapporteur with what each may do. Run it as the
    /// database's owner; running it again refreshes the roles
    Init,
    /// Add a login to the team, or change an existing login's role. A new login's password is
    /// asked for (twice), or read from standard input when it is not a terminal
    AddUser {
        /// The login name
        name: String,
        /// What the login may do
        #[arg(long, value_parser = parse_team_role)]
        role: TeamRole,
        /// The reviewer the login scores as (a reviewer's name in the database); reviewers need one
        #[arg(long, value_name = "REVIEWER")]
        reviewer: Option<String>,
    },
    /// Take a login out of the team: it keeps its login on the server, but no longer has any
    /// right on this database
    RemoveUser {
        /// The login name
        name: String,
    },
    /// List the team's logins with their roles
    Users,
    /// Show which database and which login this is
    Whoami,
}

#[derive(Subcommand)]
pub enum TrashCommand {
    /// Put an entry's records back, all or nothing; refused, changing nothing, when one would
    /// collide with a record saved since
    Restore {
        /// The entry's ID, as `trash` lists it
        id: i64,
    },
    /// Delete the trash's entries for good: all, or those deleted more than DAYS days ago
    Empty {
        #[arg(long, value_name = "DAYS")]
        older_than: Option<u32>,
    },
}

#[derive(Subcommand)]
pub enum BackupsCommand {
    /// List the database's backups, newest first
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Make a backup now
    Create,
    /// Replace the database with a backup (by default the newest); the replaced content is kept
    /// as a backup too. Waits up to 10 s for other programs (the app) to close the database,
    /// then refuses, changing nothing.
    Restore {
        /// The backup file to restore [default: the newest backup]
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// The whole database as one JSON document, re-importable with `import all`
    Json {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also write the database's history after the records (docs/formats.md): importing the
        /// document brings it into the other database, its chain checked
        #[arg(long)]
        history: bool,
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
pub enum ReviewCommand {
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
        /// The TD number TSB assigned, e.g. TSAG-TD123. Like every option below, it is remembered
        /// for the cycle: later exports (and the app) use it until changed
        #[arg(long)]
        td_number: Option<String>,
        /// Where and when TSAG meets, e.g. "Geneva, 26-30 January 2026"
        #[arg(long)]
        place_and_date: Option<String>,
        /// The Source line, e.g. "Rapporteur, RG-IEM"
        #[arg(long)]
        source: Option<String>,
        /// The contact's name (by default the cycle's first reviewer)
        #[arg(long)]
        contact_name: Option<String>,
        /// The contact's organization or role
        #[arg(long)]
        contact_organization: Option<String>,
        /// The contact's country
        #[arg(long)]
        contact_country: Option<String>,
        /// The contact's telephone number, printed as "Tel: ..."
        #[arg(long)]
        contact_tel: Option<String>,
        /// The contact's e-mail address, printed as "E-mail: ..."
        #[arg(long)]
        contact_email: Option<String>,
        /// ar, zh, en, fr, ru or es: the language of the Word and Markdown documents' own text
        /// (labels, sentences, headings); what the review holds stays as entered. Not remembered
        #[arg(long, value_name = "LANGUAGE", default_value = "en", value_parser = parse_language)]
        language: Language,
    },
    /// Check an exported JSON summary against the database and list every difference
    Verify {
        file: PathBuf,
    },
    /// Review packages: issue them to reviewers, score and return them offline, merge the
    /// returns (docs/user-guide.md, "Reviewing offline")
    Package {
        #[command(subcommand)]
        what: PackageCommand,
    },
}

#[derive(Subcommand)]
pub enum PackageCommand {
    /// Issue a package to one reviewer (--reviewer, --out FILE), or to every reviewer of the
    /// cycle (--out FOLDER, one FILE per reviewer)
    Issue {
        /// The cycle's id or name
        #[arg(long)]
        cycle: String,
        /// The reviewer's name [default: every reviewer of the cycle]
        #[arg(long)]
        reviewer: Option<String>,
        /// The last day returns are accepted without --accept-late (YYYY-MM-DD) [default: 30 days from today]
        #[arg(long, value_parser = parse_day)]
        deadline: Option<NaiveDate>,
        /// The package file (.cxopkg), or the folder for every reviewer's
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// Show a package: its cycle, reviewer, deadline and the scores given so far (no database needed)
    Show {
        package: PathBuf,
    },
    /// Score an objective in a package, saved into it at once (on the reviewer's machine; no
    /// database needed)
    Score {
        package: PathBuf,
        /// The objective's code, e.g. O1
        #[arg(long)]
        objective: String,
        /// A level of the objective's rubric
        #[arg(long)]
        level: i64,
        #[arg(long, default_value = "")]
        rationale: String,
        /// What the score rests on: meeting:KEY, contribution:SYMBOL or indicator:NAME (repeatable)
        #[arg(long, value_name = "KIND:REFERENCE")]
        evidence: Vec<String>,
    },
    /// Write the return of a package's scores, signed with this machine's reviewer key (kept in
    /// CXO_REVIEW_KEYS or the data folder)
    Return {
        package: PathBuf,
        /// The return file (.cxoreturn) to send to the rapporteur
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Merge returns into the database: each is checked and applied whole or not at all, and
    /// every conflict is reported, never applied
    Merge {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Also merge returns made after their package's deadline
        #[arg(long)]
        accept_late: bool,
    },
}

fn parse_summary_format(text: &str) -> std::result::Result<SummaryFormat, String> {
    text.parse()
}

fn parse_language(text: &str) -> std::result::Result<Language, String> {
    text.parse()
}

#[derive(Subcommand)]
pub enum MeetingsCommand {
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
pub enum ContributionsCommand {
    /// List contributions by date
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
}

#[derive(Subcommand)]
pub enum DirectoryCommand {
    /// Pairs of organizations (or people) that may be one, most alike first, matched as a
    /// spreadsheet's names are (docs/import-sheets.md)
    Duplicates {
        #[arg(long, value_parser = parse_directory_kind, default_value = "organizations", value_name = "organizations|people")]
        kind: Kind,
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// Merge two records into one: every reference to the absorbed one (roster rows, people,
    /// contributions' sources) moves to the one kept, which takes what it lacks; the absorbed
    /// one is deleted. One batch: `import undo BATCH` takes it back
    Merge {
        #[arg(long, value_parser = parse_directory_kind, value_name = "organizations|people")]
        kind: Kind,
        /// The name of the record kept
        #[arg(long, value_name = "NAME")]
        keep: String,
        /// The name of the record merged into it
        #[arg(long, value_name = "NAME")]
        absorb: String,
    },
}

fn parse_directory_kind(text: &str) -> Result<Kind, String> {
    match text.parse::<Kind>()? {
        kind @ (Kind::Organizations | Kind::People) => Ok(kind),
        other => Err(format!("the directory holds organizations and people, not {other}")),
    }
}

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Bring in a spreadsheet (.xlsx, .xls, .ods, .csv, .tsv) with its own columns, such as a
    /// registration list: its organizations and people matched to the directory, and with
    /// --meeting their attendance; all or nothing, under one batch id (docs/import-sheets.md)
    Sheet {
        /// The spreadsheet
        file: PathBuf,
        /// The workbook's sheet to read [default: the mapping's, or the first]
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// A saved mapping of the sheet's columns (docs/formats.md "Sheet mappings")
        #[arg(long, value_name = "FILE")]
        mapping: Option<PathBuf>,
        /// Record the people's attendance at this meeting (its key)
        #[arg(long, value_name = "KEY")]
        meeting: Option<String>,
        /// Print what the import would do, and write nothing
        #[arg(long)]
        dry_run: bool,
        /// Take each name in the review band as its best candidate (without it, as new)
        #[arg(long)]
        accept_review: bool,
        /// Read a date written with numbers only whose order cannot be told (03/04/2025) day
        /// first; without it or --month-first, such a date is a problem, never a guess
        #[arg(long, conflicts_with = "month_first")]
        day_first: bool,
        /// Read such a date month first
        #[arg(long)]
        month_first: bool,
        /// Write the mapping used (recognised or given) to this file, to edit and use again
        #[arg(long, value_name = "FILE")]
        save_mapping: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// Take back an import or a merge: delete what its batch created and put back what it
    /// changed or deleted, if nothing has been built on it since (batch ids: `history --activity`)
    Undo {
        batch: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum TableFormat {
    Text,
    Csv,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

fn parse_import_kind(text: &str) -> std::result::Result<ImportKind, String> {
    text.parse()
}

fn parse_assignment(text: &str) -> std::result::Result<(String, String), String> {
    match text.split_once('=') {
        Some((field, value)) if !field.trim().is_empty() => Ok((field.trim().to_string(), value.to_string())),
        _ => Err(format!("\"{text}\" is not FIELD=VALUE")),
    }
}

fn parse_kind(text: &str) -> std::result::Result<Kind, String> {
    text.parse()
}

fn parse_cause(text: &str) -> std::result::Result<Cause, String> {
    text.parse()
}

fn parse_day(text: &str) -> std::result::Result<NaiveDate, String> {
    parse_date(text)
}

fn parse_team_role(text: &str) -> Result<TeamRole, String> {
    text.parse()
}
