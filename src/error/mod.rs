//! Errors of the core, typed so that the CLI and the app can tell invalid input (exit code 2, a
//! message beside the field) from failures of the machine (exit code 1).
//!
//! This module holds the errors and their messages; [`report`] says how the faces report each
//! (the UI's code, the command line's exit code). A database engine's own errors are read and
//! classified in storage, which hands them over as a [`DatabaseError`].

use std::fmt;
use std::path::PathBuf;

use crate::i18n::Message;
use crate::msg;

mod report;

pub use report::{ErrorCode, ErrorReport};

/// One problem with one field of a record, as a form or an import shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[derive(specta::Type)]
pub struct FieldError {
    /// The field's name as it appears in forms and file headers (`start_date`, `symbol`).
    pub field: String,
    /// The problem in English, as the command line prints it.
    pub message: String,
    /// The same as a message of the catalogues, for the window to show in its user's language;
    /// absent where the core has the English only.
    pub text: Option<Message>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError { field: field.into(), message: message.into(), text: None }
    }

    /// A problem worded by the catalogues.
    pub fn of(field: impl Into<String>, text: Message) -> Self {
        FieldError { field: field.into(), message: text.english(), text: Some(text) }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// One bad row of an imported file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[derive(specta::Type)]
pub struct RowError {
    /// 1-based line in the file where the row starts.
    pub line: u64,
    /// The column (CSV header or JSON field), when the problem is in one field.
    pub column: Option<String>,
    pub message: String,
    /// The problem as a message of the catalogues, where the core words it so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Message>,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "line {}, column {}: {}", self.line, column, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

/// Every failure the core reports. Its text comes from the catalogues (`locales/`): see
/// [`Error::message`]; `Display` is its English, as the command line prints it.
#[derive(Debug)]
pub enum Error {
    /// A record failed validation; every failing field is listed.
    Invalid(Vec<FieldError>),

    /// An import file had bad rows; nothing from it was saved. `errors` lists them (capped);
    /// `more` counts the bad rows beyond those listed.
    Import { source_name: String, errors: Vec<RowError>, more: usize },

    /// A record looked up by id or key does not exist.
    NotFound { entity: &'static str, key: String },

    /// A signed-off review cycle is frozen.
    Frozen(String),

    /// A file that is not what it was given as (not a CxO Review export, not a database, not a
    /// JSON summary, empty): `name` is how the user named it; `reason` a predicate ("is empty").
    WrongFile { name: String, reason: String },

    /// The request cannot be carried out in the database's current state (the demo into a
    /// database that holds data, a sign-off of a cycle without scores).
    Precondition(Message),

    /// Stored data that forms and imports could not have written (counts no number can hold):
    /// the file was edited outside the product; the message names what to correct.
    Inconsistent(Message),

    /// A check or a comparison found problems, listed on standard output before this error.
    Discrepancies(Message),

    NewerSchema { path: String, found: i64, supported: i64 },

    Io { path: PathBuf, source: std::io::Error },

    /// Bringing the schema up to date failed; the file was left as it was (the migration runs
    /// in one transaction, after a backup).
    Migration { path: String, migration: &'static str, source: DatabaseError },

    /// A document or table could not be put together (the Word, workbook or CSV writer failed).
    Render { what: &'static str, reason: String },

    /// No database at this path. A database is created only when asked (`init`, `demo`, or
    /// "New database" in the app), never by a mistyped path.
    NoDatabase { path: PathBuf },

    /// The file (or its folder, or its medium) cannot be written: it was opened for reading only.
    ReadOnly { path: PathBuf },

    /// Another program held the database's write lock for longer than this one waits.
    Busy { path: PathBuf, holder: String, waited_secs: u64 },

    /// The team database's server could not be reached, or refused the login.
    Connection { address: String, reason: String },

    /// Someone else saved the record after it was loaded: the save was refused so as not to
    /// overwrite their change.
    Conflict { entity: &'static str, changed_by: String, changed_at: String },

    /// The server asks for a password and none was given: each face asks for it its own way.
    PasswordNeeded { address: String },

    /// The team database refused what the user's role does not allow.
    Denied { user: String, reason: String },

    /// The content of a signed-off cycle no longer gives the digest recorded at its sign-off, or
    /// its sign-off itself was cleared or rewritten: it was changed outside CxO Review. `now`
    /// says what the database gives instead ("its content now gives sha256:…").
    Tampered { cycle: String, recorded: String, now: String },

    /// An earlier run met an SQLite corruption error on this file.
    Damaged { path: PathBuf, since: String, reason: String, latest_backup: Option<PathBuf> },

    /// An output path that would overwrite the open database, its journal, or another database.
    UnsafeOutput { path: PathBuf, reason: String },

    /// The database engine failed; `operation` says what the user was doing.
    Database { operation: &'static str, source: DatabaseError },

    /// A value could not be turned into JSON: a defect, not the user's doing.
    Json(serde_json::Error),

    /// A defect of the product (a broken invariant), said rather than panicked.
    Internal(String),
}

impl From<serde_json::Error> for Error {
    fn from(source: serde_json::Error) -> Self {
        Error::Json(source)
    }
}

impl Error {
    /// The error as a message of the catalogues, which each face renders in its user's language.
    /// Every variant is named, without a wildcard, so that a new one does not compile until its
    /// message is chosen.
    pub fn message(&self) -> Message {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Error::Invalid(fields) => msg!("error-invalid", problems = join(fields, "; ")),
            Error::Import { source_name, errors, more } => {
                msg!("error-import", file = source_name.as_str(), count = listed_and_more(errors, more))
            }
            Error::NotFound { entity, key } => msg!("error-not-found", entity = *entity, key = key),
            Error::Frozen(cycle) => msg!("error-frozen", cycle = cycle),
            Error::WrongFile { name, reason } => msg!("error-wrong-file", name = name, reason = reason),
            Error::Precondition(message) | Error::Inconsistent(message) | Error::Discrepancies(message) => message.clone(),
            Error::NewerSchema { path, found, supported } => {
                msg!("error-newer-schema", path = path, found = *found, supported = *supported)
            }
            Error::Io { path: p, source } => msg!("error-io", path = path(p), reason = source.to_string()),
            Error::Migration { path, migration, source } => {
                msg!("error-migration", path = path, migration = *migration, reason = source.to_string())
            }
            Error::Render { what, reason } => msg!("error-render", what = *what, reason = reason),
            Error::NoDatabase { path: p } => msg!("error-no-database", path = path(p)),
            Error::ReadOnly { path: p } => msg!("error-read-only", path = path(p)),
            Error::Busy { path: p, holder, waited_secs } => {
                msg!("error-busy", path = path(p), holder = holder, waited = *waited_secs)
            }
            Error::Connection { address, reason } => msg!("error-connection", address = address, reason = reason),
            Error::Conflict { entity, changed_by, changed_at } => {
                msg!("error-conflict", entity = *entity, by = changed_by, at = changed_at)
            }
            Error::PasswordNeeded { address } => msg!("error-password-needed", address = address),
            Error::Denied { user, reason } => msg!("error-denied", user = user, reason = reason),
            Error::Tampered { cycle, recorded, now } => msg!("error-tampered", cycle = cycle, recorded = recorded, now = now),
            Error::Damaged { path: p, since, reason, latest_backup: None } => {
                msg!("error-damaged", path = path(p), since = since, reason = reason)
            }
            Error::Damaged { path: p, since, reason, latest_backup: Some(backup) } => {
                msg!("error-damaged-with-backup", path = path(p), since = since, reason = reason, backup = path(backup))
            }
            Error::UnsafeOutput { path: p, reason } => msg!("error-unsafe-output", path = path(p), reason = reason),
            Error::Database { operation, source } => msg!("error-database", operation = *operation, reason = source.to_string()),
            Error::Json(source) => msg!("error-json", reason = source.to_string()),
            Error::Internal(reason) => msg!("error-internal", reason = reason),
        }
    }
}

/// The English of the catalogue: what the command line prints. An import's bad rows follow its
/// first line, one a line.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())?;
        if let Error::Import { errors, more, .. } = self {
            write!(f, "\n{}", join(errors, "\n"))?;
            if *more > 0 {
                write!(f, "\n{}", msg!("error-import-more", count = *more).english())?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Migration { source, .. } | Error::Database { source, .. } => Some(source),
            Error::Json(source) => Some(source),
            _ => None,
        }
    }
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

    /// A field's problem worded by the catalogues.
    pub fn invalid_because(field: impl Into<String>, text: Message) -> Self {
        Error::Invalid(vec![FieldError::of(field, text)])
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
                Ok(errors.into_iter().map(|e| RowError { line, column: Some(e.field), message: e.message, text: e.text }).collect())
            }
            e @ (Error::Frozen(_) | Error::NotFound { .. } | Error::WrongFile { .. }) => {
                Ok(vec![RowError { line, column: None, message: e.to_string(), text: Some(e.message()) }])
            }
            Error::Database { source, .. } if source.is_constraint_violation() => {
                Ok(vec![RowError { line, column: None, message: format!("rejected by the database: {source}"), text: None }])
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
            [RowError { line: 7, column: None, message: "rejected by the database: UNIQUE constraint failed: person.name".into(), text: None }]
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
