//! The use cases: one method per thing a user does, on a [`Session`] (an open database).
//!
//! This is the core's front door. The CLI, the desktop shell and the tests call nothing else;
//! they never see SQL, a connection or a storage type. Each use case loads what it needs from
//! storage once, hands it to the pure analysis (`stats`, `metrics`, `agreement`, `review`,
//! `export`) and writes through storage's validated transaction.
//!
//! What this layer does not know: SQL (storage owns it), how a figure is computed (analysis
//! owns it), and how a result is shown (the faces own that).

mod analysis;
mod files;
mod meetings;
pub mod packages;
mod merging;
mod records;
mod sheets;
pub(crate) mod review;
pub(crate) mod trash;

pub use analysis::{Indicators, ObjectiveIndicators};
// The types the use cases take and return, so that faces name them from here.
pub use crate::capture::{CaptureKind, CaptureLine, CaptureResult};
pub use crate::check::CheckReport;
pub use crate::demo::scale::{Generated, Scale};
pub use crate::export::csv::write_table as write_csv_table;
pub use crate::export::summary::{DocumentOptions, SummaryFormat};
pub use crate::import::Format;
pub use crate::metrics::MetricValue;
pub use crate::package::{
    deadline_after, Change, Conflict, Issue, Merged, Package, ReturnedScore, Work, PACKAGE_EXTENSION, RETURN_EXTENSION,
};
pub use packages::{IssuedPackage, ReturnedFile};
pub use crate::model::metrics::{format_value, Unit};
pub use crate::review::words::plural;
pub use crate::review::{
    Agreement, BelowQuorum, Completeness, MissingScores, CycleSummary, Difference, DraftReport, IndicatorResult, LinkedProposal, ObjectiveResult, ObjectiveStatus,
    ReviewerScore, ScoredObjective, SummaryDocument, SummaryMetric, SummaryOptions,
};
pub use crate::stats::{StatsColumn, StatsRow, StatsTable};
pub use crate::storage::backups::{Backup, Reason};
pub use crate::storage::queries::{
    ContributionSummary, CycleProgress, Dashboard, MeetingQuery, MeetingRecords, MeetingSummary, OpenAction, PersonMatch,
    RosterEntry, YearParticipation,
};
pub use files::{Copied, ImportKind};
pub use meetings::{regions, MeetingDetail, RegionName};
pub use records::{RecordKind, RecordType};
pub use merging::{Duplicate, MergedRecords};
pub use sheets::{mappings_path, save_mapping, saved_mappings, SheetImported, Undone};
pub use crate::sheet::mapping::{Field as SheetField, Mapping as SheetMapping};
pub use crate::sheet::dates::DateOrder;
pub use crate::sheet::matching::Band;
pub use crate::sheet::plan::{Choices as SheetChoices, Plan as SheetPlan, PlanMatch, SheetImport};
pub use review::{CycleListing, CycleReview, SavedScore};
pub use trash::{Deleted, Restored, TrashEntry};

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::history::WriteCause;
use crate::model::{TeamRole, TeamUser};
use crate::storage::backups;
use crate::storage::Store;

/// An open database and everything a user can do with it.
pub struct Session {
    /// The database: a SQLite file or a team database, the store's connection choosing the
    /// engine (`storage::db`).
    store: Store,
    /// What killed writes had left beside the file, removed when it was opened.
    leftovers: Vec<String>,
}

/// How a face wants a database opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// An existing database (a missing file is [`Error::NoDatabase`]); its schema is brought up
    /// to date, after a backup.
    Existing,
    /// An existing database, or a new one when the file does not exist (`init`, `demo`).
    CreateIfMissing,
    /// A new database; the file must not exist yet (the app's New…).
    New,
    /// Reading only: nothing in the file changes.
    ReadOnly,
    /// Even a file marked damaged, to examine or back it up (`check`).
    ToExamine,
}

impl Session {
    /// Opens the database at `path` as `opening` says. A failure that reveals a damaged file
    /// is noted beside it, so that the next start says so.
    pub fn open(path: &Path, opening: Opening) -> Result<Session> {
        let store = match opening {
            Opening::Existing => Store::open(path),
            Opening::CreateIfMissing => Store::open_or_create(path),
            Opening::New => Store::create_database(path),
            Opening::ReadOnly => Store::open_read_only(path),
            Opening::ToExamine => Store::open_despite_damage(path),
        };
        let mut session =
            store.map(Session::on).map_err(|e| e.during("opening the database")).inspect_err(|e| Store::note_failure_at(path, e))?;
        if opening != Opening::ReadOnly && !session.store.is_read_only() {
            session.leftovers = Store::remove_leftovers(path);
        }
        Ok(session)
    }

    /// Opens the team database on a PostgreSQL server (`url`: `postgres://user@host:port/db`),
    /// with `password` when the URL has none. `New` and `CreateIfMissing` set up a blank
    /// database (`team init`, `init`); the others need one already set up.
    pub fn open_server(url: &str, password: Option<&str>, opening: Opening) -> Result<Session> {
        let set_up = matches!(opening, Opening::New | Opening::CreateIfMissing);
        let mut store = Store::open_server(url, password, set_up).map_err(|e| e.during("connecting to the team database"))?;
        if opening == Opening::ReadOnly {
            store.read_only_from_now()?;
        }
        Ok(Session::on(store))
    }

    /// `place` (a file's path or a server's URL) as it may be shown: without a password.
    pub fn shown_location(place: &str) -> String {
        crate::storage::server::without_password(place)
    }

    /// True when `text` names a database on a server rather than a file.
    pub fn is_server_url(text: &str) -> bool {
        crate::storage::server::is_server_url(text)
    }

    /// Where the database is, as users are shown it: the file's path, or the server's URL
    /// without its password.
    pub fn describe(&self) -> String {
        self.store.describe()
    }

    /// Who this session is on a team database; `None` on a file.
    pub fn team_user(&self) -> Result<Option<TeamUser>> {
        self.store.team_user()
    }

    /// Sets up (or refreshes) the team database's roles, grants and row-level policies.
    pub fn set_up_team(&mut self) -> Result<()> {
        self.store.set_up_team()
    }

    /// Adds `login` to the team as `role`. A new login is created with `password`; an existing
    /// one keeps its own. Reviewers (and a rapporteur who scores) score as reviewer `reviewer`.
    /// Returns whether the login was created.
    pub fn add_team_user(&mut self, login: &str, role: TeamRole, password: Option<&str>, reviewer: Option<&str>) -> Result<bool> {
        self.store.add_team_user(login, role, password, reviewer)
    }

    /// A number that changes when someone else saves: screens that show it unchanged are up to
    /// date; when it changes, they load again. Cheap enough to ask every few seconds.
    pub fn data_version(&self) -> Result<i64> {
        self.store.data_version()
    }

    /// Takes `login` out of the team (it keeps its server login); returns whether it was in it.
    pub fn remove_team_user(&mut self, login: &str) -> Result<bool> {
        self.store.remove_team_user(login)
    }

    /// Refuses, before anything is done, what the login's role on a team database does not
    /// allow (`allowed` lists the roles that may); a file, and the owner, may do everything.
    pub(crate) fn require_role(&self, allowed: &[TeamRole], doing: &str) -> Result<()> {
        match self.store.team_user()? {
            Some(TeamUser { role: Some(role), login, .. }) if !allowed.contains(&role) => Err(Error::Denied {
                user: login,
                reason: format!(
                    "{doing} is for {}; this login is a {role}",
                    crate::review::words::join_and(&allowed.iter().map(|r| r.as_str().to_string()).collect::<Vec<_>>())
                ),
            }),
            _ => Ok(()),
        }
    }

    /// The team's logins, by name.
    pub fn team_members(&self) -> Result<Vec<TeamUser>> {
        self.store.team_members()
    }

    /// A private database that vanishes when dropped (tests, previews).
    pub fn in_memory() -> Result<Session> {
        Ok(Session::on(Store::open_in_memory()?))
    }

    /// A session on an open store.
    pub(crate) fn on(store: Store) -> Session {
        Session { store, leftovers: Vec::new() }
    }

    /// What killed writes had left beside the file (hidden partial files, a gone writer's
    /// note, a backup's unused log) and opening removed: one sentence per file.
    pub fn removed_leftovers(&self) -> &[String] {
        &self.leftovers
    }

    /// The database file of this platform's user when none is named.
    pub fn default_path() -> Result<PathBuf> {
        crate::storage::default_db_path()
    }

    pub fn path(&self) -> Option<&Path> {
        self.store.path()
    }

    /// The file can only be read: every save is refused with [`Error::ReadOnly`].
    pub fn is_read_only(&self) -> bool {
        self.store.is_read_only()
    }

    /// Notes a failure that reveals a damaged file (the next start says so); other failures
    /// are ignored.
    pub fn note_failure(&self, error: &Error) {
        self.store.note_failure(error);
    }

    /// Writes a consistent copy of the database to `target`, which must not exist.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        crate::output::refuse_working_file(self.store.path(), target)?;
        self.store.backup(target)
    }

    /// Makes a rolling backup now.
    pub fn backup_now(&self) -> Result<Backup> {
        self.store.backup_now(Reason::Manual)
    }

    /// Makes the daily rolling backup when one is due.
    pub fn backup_if_due(&self) -> Result<Option<Backup>> {
        if self.store.is_read_only() {
            return Ok(None);
        }
        self.store.backup_if_due()
    }

    /// The rolling backups of the open database, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        self.store.backups()
    }

    /// The rolling backups of the database at `path`, newest first; works when it cannot be
    /// opened.
    pub fn backups_of(path: &Path) -> Result<Vec<Backup>> {
        backups::list(path)
    }

    /// The folder that holds the rolling backups of the database at `path`.
    pub fn backup_folder(path: &Path) -> PathBuf {
        backups::folder(path)
    }

    /// Makes a rolling backup of the database at `path` (even one marked damaged).
    pub fn back_up_file(path: &Path) -> Result<Backup> {
        Store::open_despite_damage(path)?.backup_now(Reason::Manual)
    }

    /// Replaces the database at `path` with `backup` (by default the newest), keeping the
    /// replaced file as a backup, which is returned. No session may be open on it.
    pub fn restore_backup(path: &Path, backup: Option<&Path>) -> Result<(PathBuf, Backup)> {
        let backup = match backup {
            Some(file) => file.to_path_buf(),
            None => backups::list(path)?
                .into_iter()
                .next()
                .map(|b| b.path)
                .ok_or_else(|| Error::invalid_because("file", crate::msg!("invalid-no-backups", path = path.display().to_string())))?,
        };
        let kept = Store::restore_backup(path, &backup)?;
        Ok((backup, kept))
    }

    /// Checks the database (SQLite's integrity, references, kept aggregates, sign-off
    /// digests); with `repair`, mends what can be mended.
    pub fn check(&mut self, repair: bool) -> Result<crate::check::CheckReport> {
        crate::check::run(&mut self.store, repair).map_err(|e| e.during("checking the database"))
    }

    /// Fills an empty database with the demo data; returns the records saved.
    pub fn load_demo(&mut self) -> Result<usize> {
        // One batch, like an import: the Activity screen shows the demo data as one line.
        let cause = files::import_cause("the demo data")?;
        self.with_cause(cause, |session| crate::demo::load(&mut session.store))
            .map_err(|e| e.during("loading the demo data"))
    }

    /// The history entries `query` asks for, newest first.
    pub fn history(&self, query: &crate::model::history::HistoryQuery) -> Result<Vec<crate::model::history::HistoryEntry>> {
        let mut entries = self.store.history(query).map_err(|e| e.during("reading the history"))?;
        for entry in &mut entries {
            entry.fields = entry.field_changes();
        }
        Ok(entries)
    }

    /// The database's activity `query` asks for, newest first: each write of a record, each
    /// import's batch as one line (`query.limit` lines, 200 when not given).
    pub fn activity(&self, query: &crate::model::history::HistoryQuery) -> Result<Vec<crate::model::history::Activity>> {
        let mut lines = self.store.activity(query).map_err(|e| e.during("reading the activity"))?;
        for line in &mut lines {
            line.latest.fields = line.latest.field_changes();
        }
        Ok(lines)
    }

    /// The history of record `id` of `kind`, newest first (its key read from the record).
    pub fn record_history(&self, kind: crate::model::Kind, id: i64) -> Result<Vec<crate::model::history::HistoryEntry>> {
        let key = self.store.key_of(kind, id).map_err(|e| e.during("reading the history"))?;
        let query = crate::model::history::HistoryQuery {
            kind: Some(kind.as_str().to_string()),
            key: Some(key),
            limit: Some(500),
            ..Default::default()
        };
        self.history(&query)
    }

    /// Says why the writes that follow are made (the app's forms, the command line), for the
    /// history they write.
    pub fn set_cause(&mut self, cause: WriteCause) {
        self.store.set_cause(cause);
    }

    /// Runs `work` with the writes it makes recorded under `cause`, then says again what was
    /// said before.
    pub(crate) fn with_cause<T>(&mut self, cause: WriteCause, work: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        let before = self.store.cause().clone();
        self.store.set_cause(cause);
        let done = work(self);
        self.store.set_cause(before);
        done
    }

    /// Fills an empty database with a synthetic dataset of `scale`; with `csv`, also writes
    /// its directory, meetings and rosters as CSV files there.
    pub fn generate(
        &mut self,
        scale: crate::demo::scale::Scale,
        seed: u64,
        csv: Option<&Path>,
    ) -> Result<crate::demo::scale::Generated> {
        crate::demo::scale::generate(&mut self.store, scale, seed, csv, true)
    }

    /// The same synthetic dataset without its rosters, which are left for an import to add
    /// (the import benchmark starts from it).
    pub fn generate_without_rosters(
        &mut self,
        scale: crate::demo::scale::Scale,
        seed: u64,
    ) -> Result<crate::demo::scale::Generated> {
        crate::demo::scale::generate(&mut self.store, scale, seed, None, false)
    }
}

/// What the fuzz targets need to reset and compare a database between inputs.
#[cfg(feature = "fuzzing")]
impl Session {
    pub fn pages(&mut self) -> Result<Vec<u8>> {
        self.store.pages()
    }

    pub fn restore_pages(&mut self, pages: &[u8]) -> Result<()> {
        self.store.restore_pages(pages)
    }

    pub fn in_transaction(&self) -> bool {
        self.store.in_transaction()
    }
}

#[cfg(test)]
mod tests;
