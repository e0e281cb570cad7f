//! The storage seam: what the use cases need from a database, whatever holds it. One
//! implementation, [`Store`](super::Store), serves both engines (a SQLite file and a team
//! database on a PostgreSQL server), its connection choosing the engine; no use case or face
//! knows which it has.
//!
//! The traits are object-safe (a session holds a `Box<dyn Backend>`), so records cross them
//! type-erased, as `&dyn Any` with their [`Kind`]; the typed methods on `dyn Backend` and
//! `dyn Writer` below put the types back, so that callers never see the erasure.
//!
//! What a backend must keep: the meaning of every read (the same rows, in the same order, for
//! the same data), validation of every write through [`Writer`], and all-or-nothing writes.

use std::any::Any;
use std::path::Path;

use chrono::NaiveDate;

use super::backups::{Backup, Reason};
use super::trash::{NewTrashEntry, TrashEntry};
use super::queries::{ContributionSummary, Dashboard, MeetingQuery, MeetingRecords, MeetingSummary, OpenAction, PersonMatch};
use crate::error::{Error, Result, RowError};
use crate::model::facts::{CycleContent, CycleData, MeetingFigures, ObjectiveContent, PackageRecord, PeriodFacts};
use crate::model::{Country, Kind, Record, RecordType, ReviewCycle, Score, TeamRole, TeamUser};

/// What a write is for. An import may run with more memory, and tells writers that wait for it
/// what they wait for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Edit,
    Import,
}

/// What a database's own check found, before the use case adds the digests of signed-off
/// cycles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// Problems that remain, one sentence each.
    pub problems: Vec<String>,
    /// What was repaired, one sentence each.
    pub repaired: Vec<String>,
}

/// A database the use cases can read and write.
pub trait Backend: Send {
    /// The file the database is in, if it is one (messages, and exports that must not
    /// overwrite it).
    fn location(&self) -> Option<&Path>;

    /// Where the database is, as users are shown it: the file's path, the server's URL without
    /// its password, or "a private database in memory".
    fn describe(&self) -> String;

    /// Who the session is on a team database; `None` on a file.
    fn team_user(&self) -> Result<Option<TeamUser>>;

    /// Sets up (or refreshes) a team database's roles, grants and policies.
    fn set_up_team(&mut self) -> Result<()>;

    /// Adds a login to the team (created with `password` when new); returns whether it was
    /// created.
    fn add_team_user(&mut self, login: &str, role: TeamRole, password: Option<&str>, reviewer: Option<&str>) -> Result<bool>;

    /// Takes a login out of the team; returns whether it was in it.
    fn remove_team_user(&mut self, login: &str) -> Result<bool>;

    /// The team's logins.
    fn team_members(&self) -> Result<Vec<TeamUser>>;

    /// A number that changes when someone else's write commits (see `Store::data_version`).
    fn data_version(&self) -> Result<i64>;

    /// The version of every record of `kind`, by id (a form sends back the one it loaded).
    fn versions(&self, kind: Kind) -> Result<std::collections::HashMap<i64, i64>>;

    /// The version of record `id` of `kind`.
    fn version(&self, kind: Kind, id: i64) -> Result<i64>;

    /// Every write is refused with [`Error::ReadOnly`].
    fn is_read_only(&self) -> bool;

    /// Notes a failure that reveals damage, so that the next start says so.
    fn note_failure(&self, error: &Error);

    /// The records of `kind` in id order, only the first `limit` when given: a boxed
    /// `Vec<Record<E>>` of the kind's type (see `dyn Backend::list`).
    fn list_kind(&self, kind: Kind, limit: Option<usize>) -> Result<Box<dyn Any>>;

    /// Record `id` of `kind`: a boxed `Record<E>` of the kind's type.
    fn get_kind(&self, kind: Kind, id: i64) -> Result<Box<dyn Any>>;

    /// Runs `work` in one transaction: all of it is saved, or none.
    fn write(&mut self, purpose: Purpose, work: &mut dyn FnMut(&dyn Writer) -> Result<()>) -> Result<()>;

    /// The dashboard as of `today`, with the progress of review cycle `current`.
    fn dashboard(&self, today: NaiveDate, current: Option<i64>) -> Result<Dashboard>;
    fn meeting_summaries(&self, query: &MeetingQuery) -> Result<Vec<MeetingSummary>>;
    /// Meeting `id`'s records, and its figures for the statistics column.
    fn meeting_detail(&self, id: i64) -> Result<(MeetingRecords, Vec<MeetingFigures>)>;
    /// Open and in-progress actions, oldest due date first; `only_overdue` keeps those due
    /// before `today`.
    fn open_actions(&self, today: NaiveDate, only_overdue: bool, limit: i64) -> Result<Vec<OpenAction>>;
    fn contribution_summaries(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: Option<i64>,
    ) -> Result<Vec<ContributionSummary>>;
    fn people_matching(&self, search: &str, limit: i64) -> Result<Vec<PersonMatch>>;
    fn countries(&self) -> Result<Vec<Country>>;
    /// The meetings that started in the range (inclusive), oldest first, with their figures.
    fn meeting_figures(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<MeetingFigures>>;
    fn first_meeting_date(&self) -> Result<Option<NaiveDate>>;
    fn period_facts(&self, from: NaiveDate, to: NaiveDate) -> Result<PeriodFacts>;
    /// Whether the database holds no meetings and no organizations.
    fn is_empty(&self) -> Result<bool>;
    fn cycle_scores(&self, cycle_id: i64) -> Result<Vec<Record<Score>>>;
    /// The id of the cycle named `name` (case and outer spaces do not matter).
    fn cycle_named(&self, name: &str) -> Result<i64>;
    /// What cycle `id` freezes at sign-off.
    fn cycle_content(&self, id: i64) -> Result<CycleContent>;
    /// Objective `code` of cycle `id` and its scores there; None when the cycle does not review it.
    fn objective_content(&self, id: i64, code: &str) -> Result<Option<ObjectiveContent>>;
    /// Everything cycle `id`'s summary is computed from.
    fn cycle_data(&self, id: i64) -> Result<CycleData>;
    /// Signs cycle `id` off at `at` (RFC 3339) under the digest `digest_of` gives its content,
    /// read and written in one transaction; returns the digest.
    fn sign_off_with(&mut self, id: i64, at: &str, digest_of: &mut dyn FnMut(&CycleContent) -> Result<String>) -> Result<String>;
    /// The summary's header block saved for cycle `cycle_id`, None when never saved.
    fn document_options(&self, cycle_id: i64) -> Result<Option<crate::model::DocumentOptions>>;
    /// Saves cycle `cycle_id`'s header block (validated), replacing the one before.
    fn set_document_options(&mut self, cycle_id: i64, options: &crate::model::DocumentOptions) -> Result<()>;

    /// The database's Ed25519 signing key (its 32 secret bytes); `candidate` becomes it, at
    /// `now`, when it has none yet.
    fn signing_secret(&mut self, candidate: [u8; 32], now: &str) -> Result<[u8; 32]>;
    /// Remembers a package issued for a reviewer of the cycle named `cycle`.
    fn record_package(&mut self, record: &PackageRecord, cycle: &str) -> Result<()>;
    /// The package this database issued under `id`, if any.
    fn package_record(&self, id: &str) -> Result<Option<PackageRecord>>;

    /// The trash, most recently deleted first.
    fn trash(&self) -> Result<Vec<TrashEntry>>;
    /// Deletes the trash entries deleted before `before` (RFC 3339), or all; returns how many.
    fn empty_trash(&mut self, before: Option<&str>) -> Result<usize>;

    /// The database's own checks (integrity, references, kept aggregates); with `repair`,
    /// mends what it can.
    fn check(&mut self, repair: bool) -> Result<Findings>;
    /// Forgets the damage noted after an earlier failure, once the database checks out;
    /// returns when it had been noted (None when none was).
    fn clear_damage_mark(&self) -> Option<String>;
    /// A consistent copy of the whole database into `target`, which must not exist.
    fn backup_to(&self, target: &Path) -> Result<()>;
    fn backup_now(&self, reason: Reason) -> Result<Backup>;
    /// The daily rolling backup, when one is due.
    fn backup_if_due(&self) -> Result<Option<Backup>>;
    /// The rolling backups, newest first.
    fn backups(&self) -> Result<Vec<Backup>>;

    /// The database's content as bytes, for the fuzz targets to compare and reset it cheaply
    /// between inputs.
    #[cfg(feature = "fuzzing")]
    fn pages(&mut self) -> Result<Vec<u8>>;
    /// Replaces the content with `pages` (from [`Backend::pages`]).
    #[cfg(feature = "fuzzing")]
    fn restore_pages(&mut self, pages: &[u8]) -> Result<()>;
    /// Whether a transaction is still open (none may be, between use cases).
    #[cfg(feature = "fuzzing")]
    fn in_transaction(&self) -> bool;
}

/// A write in progress. Every record saved through it is validated first.
pub trait Writer {
    /// Validates and saves a new record of `kind` (a `&E` of its type); returns its id.
    fn create_kind(&self, kind: Kind, record: &dyn Any) -> Result<i64>;
    /// Validates and replaces record `id` of `kind`.
    fn update_kind(&self, kind: Kind, id: i64, record: &dyn Any) -> Result<()>;
    /// Deletes record `id` of `kind`, unless other records still refer to it.
    fn delete_kind(&self, kind: Kind, id: i64) -> Result<()>;

    /// Record `id` of `kind` as this transaction sees it: a boxed `Record<E>` of its type.
    fn load_kind(&self, kind: Kind, id: i64) -> Result<Box<dyn Any>>;
    /// The ids of the records deleting record `id` of `kind` deletes with it, by kind; fails
    /// when records that outlive it would lose their link to it (restoring could not put it back).
    fn deleted_with(&self, kind: Kind, id: i64) -> Result<Vec<(Kind, Vec<i64>)>>;
    /// Puts a deletion in the trash, by this transaction's author, now; returns the entry's id.
    fn put_in_trash(&self, entry: &NewTrashEntry) -> Result<i64>;
    /// Trash entry `id`'s label and records (the fragment to import).
    fn trash_fragment(&self, id: i64) -> Result<super::trash::KeptRecords>;
    /// Takes entry `id` out of the trash.
    fn take_from_trash(&self, id: i64) -> Result<()>;

    /// Fails with [`Error::Conflict`] unless record `id` of `kind` is still at `version`.
    fn expect_version(&self, kind: Kind, id: i64, version: i64) -> Result<()>;
    /// Validates and saves row `line` of an import; the row may be staged until
    /// [`Writer::finish_import`].
    fn import_kind(&self, kind: Kind, record: &dyn Any, line: u64) -> Result<()>;
    /// Writes the staged rows; returns every one the database refused, with its line.
    fn finish_import(&self) -> Result<Vec<RowError>>;
    /// The rank the next priority of meeting `meeting_key` gets.
    fn next_priority_rank(&self, meeting_key: &str) -> Result<i64>;
    /// Gives an imported cycle the status, sign-off time and digest it was exported with.
    fn restore_cycle_status(&self, cycle: &ReviewCycle) -> Result<()>;
    /// Notes a merged return of package `id`: the key that signed it (the first one is kept)
    /// and when it was returned.
    fn record_return(&self, id: &str, key: &str, returned_at: &str) -> Result<()>;
    /// Package `id` as this transaction sees it, held until it ends: two merges of one
    /// package's returns run one after the other, the second seeing what the first recorded.
    fn claim_package(&self, id: &str) -> Result<Option<PackageRecord>>;
    /// `reviewer`'s scores in cycle `cycle_id`, held until the transaction ends: an online
    /// save made meanwhile waits, and one made before is seen.
    fn claim_scores(&self, cycle_id: i64, reviewer: &str) -> Result<Vec<Record<Score>>>;
    /// The reviewer, other than `reviewer`, whose returns `key` already signed, if any.
    fn key_holder(&self, key: &str, reviewer: &str) -> Result<Option<String>>;
    /// The summary's header block saved for cycle `cycle_id`, as this transaction sees it.
    fn document_options(&self, cycle_id: i64) -> Result<Option<crate::model::DocumentOptions>>;
    /// Validates and saves an imported header block for the cycle it names, which must not
    /// have one yet.
    fn import_document_options(&self, options: &crate::model::CycleDocumentOptions) -> Result<()>;
}

/// A record that crossed the seam as the wrong type: a defect, never the user's doing.
pub(crate) fn wrong_type(kind: Kind) -> Error {
    Error::Internal(format!("a record of the wrong type crossed the storage seam as {kind}"))
}

/// Unboxes what `list_kind`/`get_kind` returned as `T`.
fn unbox<T: 'static>(kind: Kind, value: Box<dyn Any>) -> Result<T> {
    value.downcast::<T>().map(|v| *v).map_err(|_| wrong_type(kind))
}

impl dyn Backend + '_ {
    /// All records of type `E`, in id order.
    pub fn list<E: RecordType>(&self) -> Result<Vec<Record<E>>> {
        unbox(E::KIND, self.list_kind(E::KIND, None)?)
    }

    /// The first `limit` records of type `E`, in id order.
    pub fn list_first<E: RecordType>(&self, limit: usize) -> Result<Vec<Record<E>>> {
        unbox(E::KIND, self.list_kind(E::KIND, Some(limit))?)
    }

    pub fn get<E: RecordType>(&self, id: i64) -> Result<Record<E>> {
        unbox(E::KIND, self.get_kind(E::KIND, id)?)
    }

    /// Runs `work` in one transaction and returns what it returns.
    pub fn transaction<T>(&mut self, purpose: Purpose, work: impl FnOnce(&dyn Writer) -> Result<T>) -> Result<T> {
        let mut work = Some(work);
        let mut value = None;
        self.write(purpose, &mut |writer| {
            let work = work.take().ok_or_else(|| Error::Internal("a write ran its work twice".into()))?;
            value = Some(work(writer)?);
            Ok(())
        })?;
        value.ok_or_else(|| Error::Internal("a write returned without running its work".into()))
    }

    /// Validates and saves a new record; returns its id.
    pub fn create<E: RecordType>(&mut self, record: &E) -> Result<i64> {
        self.transaction(Purpose::Edit, |w| w.create(record))
    }

    /// Validates and saves changes to record `id`.
    pub fn update<E: RecordType>(&mut self, id: i64, record: &E) -> Result<()> {
        self.transaction(Purpose::Edit, |w| w.update(id, record))
    }

    pub fn delete<E: RecordType>(&mut self, id: i64) -> Result<()> {
        self.transaction(Purpose::Edit, |w| w.delete::<E>(id))
    }
}

impl dyn Writer + '_ {
    pub fn create<E: RecordType>(&self, record: &E) -> Result<i64> {
        self.create_kind(E::KIND, record)
    }

    pub fn update<E: RecordType>(&self, id: i64, record: &E) -> Result<()> {
        self.update_kind(E::KIND, id, record)
    }

    pub fn delete<E: RecordType>(&self, id: i64) -> Result<()> {
        self.delete_kind(E::KIND, id)
    }

    pub fn import<E: RecordType>(&self, record: &E, line: u64) -> Result<()> {
        self.import_kind(E::KIND, record, line)
    }

    /// Record `id` of type `E`, as this transaction sees it.
    pub fn get<E: RecordType>(&self, id: i64) -> Result<Record<E>> {
        unbox(E::KIND, self.load_kind(E::KIND, id)?)
    }
}
