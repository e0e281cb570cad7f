//! Errors of the core, typed so that the CLI and the app can tell invalid input (exit code 2, a
//! message beside the field) from failures of the machine (exit code 1).
//!
//! This module holds the errors and their messages; [`report`] says how the faces report each
//! (the UI's code, the command line's exit code). A database engine's own errors are read and
//! classified in storage, which hands them over as a [`DatabaseError`].

use std::fmt;
use std::path::PathBuf;

mod report;

pub use report::{ErrorCode, ErrorReport};

/// One problem with one field of a record, as a form or an import shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[derive(specta::Type)]
pub struct FieldError {
    /// The field's name as it appears in forms and file headers (`start_date`, `symbol`).
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError { field: field.into(), message: message.into() }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// One bad row of an imported file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[derive(specta::Type)]
pub struct RowError {
    /// 1-based line in the file where the row starts.
    pub line: u64,
    /// The column (CSV header or JSON field), when the problem is in one field.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "line {}, column {}: {}", self.line, column, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A record failed validation; every failing field is listed.
    #[error("{}", join(.0, "; "))]
    Invalid(Vec<FieldError>),

    /// An import file had bad rows; nothing from it was saved. `errors` lists them (capped);
    /// `more` counts the bad rows beyond those listed.
    #[error("{source_name}: {} bad row(s), nothing was imported\n{}{}", listed_and_more(.errors, .more), join(.errors, "\n"), not_listed(.more))]
    Import { source_name: String, errors: Vec<RowError>, more: usize },

    /// A record looked up by id or key does not exist.
    #[error("no {entity} {key}")]
    NotFound { entity: &'static str, key: String },

    /// A signed-off review cycle is frozen.
    #[error("review cycle \"{0}\" is signed off; its scores, evidence and proposals can no longer change")]
    Frozen(String),

    /// A file that is not what it was given as (not a CxO Review export, not a database, not a
    /// JSON summary, empty): `name` is how the user named it; `reason` a predicate ("is empty").
    #[error("{name} {reason}")]
    WrongFile { name: String, reason: String },

    /// The request cannot be carried out in the database's current state (the demo into a
    /// database that holds data, a sign-off of a cycle without scores).
    #[error("{0}")]
    Precondition(String),

    /// Stored data that forms and imports could not have written (counts no number can hold):
    /// the file was edited outside the product; the message names what to correct.
    #[error("{0}")]
    Inconsistent(String),

    /// A check or a comparison found problems, listed on standard output before this error.
    #[error("{0}")]
    Discrepancies(String),

    #[error(
        "{path} was written by a newer version of CxO Review (schema version {found}; this version \
         knows up to {supported}). Open it with a newer CxO Review, or restore a backup."
    )]
    NewerSchema { path: String, found: i64, supported: i64 },

    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },

    /// Bringing the schema up to date failed; the file was left as it was (the migration runs
    /// in one transaction, after a backup).
    #[error("{path}: the upgrade to {migration} failed, nothing was changed: {source}")]
    Migration { path: String, migration: &'static str, source: DatabaseError },

    /// A document or table could not be put together (the Word, workbook or CSV writer failed).
    #[error("could not write {what}: {reason}")]
    Render { what: &'static str, reason: String },

    /// No database at this path. A database is created only when asked (`init`, `demo`, or
    /// "New database" in the app), never by a mistyped path.
    #[error("there is no database at {}; create one with `cxo-review --db {} init`, or check the path", .path.display(), .path.display())]
    NoDatabase { path: PathBuf },

    /// The file (or its folder, or its medium) cannot be written: it was opened for reading only.
    #[error("{} is read-only: it can be read, but nothing can be saved to it (check the file's permissions, or copy it somewhere writable)", .path.display())]
    ReadOnly { path: PathBuf },

    /// Another program held the database's write lock for longer than this one waits.
    #[error("{} is busy: {holder} kept it locked for more than {waited_secs} s; nothing was saved, try again when it has finished", .path.display())]
    Busy { path: PathBuf, holder: String, waited_secs: u64 },

    /// The team database's server could not be reached, or refused the login.
    #[error("cannot connect to {address}: {reason}")]
    Connection { address: String, reason: String },

    /// Someone else saved the record after it was loaded: the save was refused so as not to
    /// overwrite their change.
    #[error(
        "this {entity} was changed by {changed_by} at {changed_at}, after you opened it; your changes were not saved. \
         Reload it to see theirs, then make yours again"
    )]
    Conflict { entity: &'static str, changed_by: String, changed_at: String },

    /// The server asks for a password and none was given: each face asks for it its own way.
    #[error("{address} asks for a password")]
    PasswordNeeded { address: String },

    /// The team database refused what the user's role does not allow.
    #[error("the team database refused this for user \"{user}\": {reason}")]
    Denied { user: String, reason: String },

    /// The content of a signed-off cycle no longer gives the digest recorded at its sign-off, or
    /// its sign-off itself was cleared or rewritten: it was changed outside CxO Review. `now`
    /// says what the database gives instead ("its content now gives sha256:…").
    #[error(
        "review cycle \"{cycle}\" was signed off under digest {recorded}, but {now}: \
         it was changed outside CxO Review after sign-off. Restore a backup made before the change \
         (`cxo-review backups list`), or ask whoever edited the file"
    )]
    Tampered { cycle: String, recorded: String, now: String },

    /// An earlier run met an SQLite corruption error on this file.
    #[error(
        "{} was found damaged on {since} ({reason}). Restore a good backup (in the app: Settings ▸ \
         Backups; on the command line: `cxo-review backups restore`{}), or run `cxo-review check` \
         to examine the file",
        .path.display(),
        .latest_backup.as_ref().map(|b| format!(" (latest: {})", b.display())).unwrap_or_default()
    )]
    Damaged { path: PathBuf, since: String, reason: String, latest_backup: Option<PathBuf> },

    /// An output path that would overwrite the open database, its journal, or another database.
    #[error("{}: {reason}; choose another file name", .path.display())]
    UnsafeOutput { path: PathBuf, reason: String },

    /// The database engine failed; `operation` says what the user was doing.
    #[error("database error while {operation}: {source}")]
    Database { operation: &'static str, source: DatabaseError },

    /// A value could not be turned into JSON: a defect, not the user's doing.
    #[error("internal error (JSON): {0}")]
    Json(#[from] serde_json::Error),

    /// A defect of the product (a broken invariant), said rather than panicked.
    #[error("internal error: {0}")]
    Internal(String),
}

/// An engine error before the use case names its operation (see [`Error::during`]).
const UNNAMED_OPERATION: &str = "working on the database";

impl From<DatabaseError> for Error {
    fn from(source: DatabaseError) -> Self {
        Error::Database { operation: UNNAMED_OPERATION, source }
    }
}

/// What a database engine reported, as storage classified it: the kind of failure the product
/// acts on, and the engine's message as it is shown. Storage alone reads the engines' own errors
/// (SQLite's result codes, PostgreSQL's SQLSTATE) and turns them into this.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DatabaseError {
    kind: DatabaseErrorKind,
    message: String,
}

/// The failures of a database engine that the product tells apart; the rest are `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseErrorKind {
    /// A row repeated a value that must be unique (a unique index or the primary key).
    UniqueViolation,
    /// A row broke another constraint of the schema (foreign key, check, not null).
    ConstraintViolation,
    /// Another writer holds the lock (SQLite), or the server gave up waiting for it.
    Busy,
    /// The server refused for lack of a privilege (a role's limit).
    PermissionDenied,
    /// SQLite found the file damaged: a corrupt page, or not a database at all.
    Corrupt,
    /// A query that must return a row returned none.
    NoRows,
    /// A stored value is not of its column's type (written around the product: `sqlite3`).
    WrongValue,
    /// A sum or product of stored numbers went beyond the engine's integers: numbers far
    /// beyond what the product lets users enter, written around it.
    Overflow,
    /// Any other failure of the engine.
    Other,
}

impl DatabaseError {
    pub fn new(kind: DatabaseErrorKind, message: impl Into<String>) -> Self {
        DatabaseError { kind, message: message.into() }
    }

    pub fn kind(&self) -> DatabaseErrorKind {
        self.kind
    }

    /// A row broke a constraint of the schema (unique, foreign key, check, not null).
    pub fn is_constraint_violation(&self) -> bool {
        matches!(self.kind, DatabaseErrorKind::UniqueViolation | DatabaseErrorKind::ConstraintViolation)
    }

    /// A row repeated a value that must be unique.
    pub fn is_unique_violation(&self) -> bool {
        self.kind == DatabaseErrorKind::UniqueViolation
    }

    /// Another writer holds the lock (SQLite), or the server gave up waiting for it.
    pub fn is_busy(&self) -> bool {
        self.kind == DatabaseErrorKind::Busy
    }

    /// The server refused for lack of a privilege (a role's limit).
    pub fn is_permission_denied(&self) -> bool {
        self.kind == DatabaseErrorKind::PermissionDenied
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    pub fn wrong_file(name: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::WrongFile { name: name.into(), reason: reason.into() }
    }

    /// Names the operation a database error was part of ("saving a score"), unless a deeper
    /// layer already did.
    pub fn during(self, operation: &'static str) -> Self {
        match self {
            Error::Database { operation: UNNAMED_OPERATION, source } => Error::Database { operation, source },
            other => other,
        }
    }

    /// What is wrong with row `line` of an import, when saving it failed through the row's fault
    /// (invalid fields, an unknown reference, a constraint the validation did not foresee);
    /// a failure of the machine comes back as the error itself, to stop the import.
    pub fn into_row_errors(self, line: u64) -> Result<Vec<RowError>> {
        match self {
            Error::Invalid(errors) => {
                Ok(errors.into_iter().map(|e| RowError { line, column: Some(e.field), message: e.message }).collect())
            }
            e @ (Error::Frozen(_) | Error::NotFound { .. } | Error::WrongFile { .. }) => {
                Ok(vec![RowError { line, column: None, message: e.to_string() }])
            }
            Error::Database { source, .. } if source.is_constraint_violation() => {
                Ok(vec![RowError { line, column: None, message: format!("rejected by the database: {source}") }])
            }
            e => Err(e),
        }
    }

    /// True when SQLite found the file damaged (a corrupt page, or not a database at all): the
    /// next start is told so and offered the latest good backup.
    pub fn is_corruption(&self) -> bool {
        matches!(self, Error::Database { source, .. } if source.kind() == DatabaseErrorKind::Corrupt)
    }

    /// The field errors of a validation failure, for forms that show them beside their fields.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Error::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

/// How many rows the errors concern: a row with two bad fields is one bad row.
fn bad_rows(errors: &[RowError]) -> usize {
    let mut lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    lines.sort_unstable();
    lines.dedup();
    lines.len()
}

/// The line that says how many bad rows were not listed, if any.
fn not_listed(more: &usize) -> String {
    match more {
        0 => String::new(),
        more => format!("\n… and {more} more bad row(s) not listed"),
    }
}

/// How many bad rows an import error counts: the listed ones and the rest.
fn listed_and_more(errors: &[RowError], more: &usize) -> usize {
    bad_rows(errors).saturating_add(*more)
}

fn join<T: fmt::Display>(items: &[T], separator: &str) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine_error() -> Error {
        Error::from(DatabaseError::new(DatabaseErrorKind::Other, "disk I/O error"))
    }

    #[test]
    fn a_database_error_names_the_operation_it_was_part_of() {
        let error = engine_error().during("saving a score").during("later");
        assert_eq!(error.to_string(), "database error while saving a score: disk I/O error");
        assert!(!error.is_invalid_input());
        assert_eq!(engine_error().to_string(), "database error while working on the database: disk I/O error");
    }

    #[test]
    fn a_row_refused_by_a_constraint_is_the_rows_fault_and_other_engine_errors_stop_the_import() {
        let refused = Error::from(DatabaseError::new(DatabaseErrorKind::UniqueViolation, "UNIQUE constraint failed: person.name"));
        assert_eq!(
            refused.into_row_errors(7).unwrap(),
            [RowError { line: 7, column: None, message: "rejected by the database: UNIQUE constraint failed: person.name".into() }]
        );
        assert!(engine_error().into_row_errors(7).is_err());
    }

    #[test]
    fn only_a_damaged_file_is_corruption() {
        let damaged = Error::from(DatabaseError::new(DatabaseErrorKind::Corrupt, "database disk image is malformed"));
        assert!(damaged.is_corruption());
        assert!(!engine_error().is_corruption());
    }
}
