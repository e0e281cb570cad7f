//! Errors of the core, typed so that the CLI and the app can tell invalid input (exit code 2, a
//! message beside the field) from failures of the machine (exit code 1).

use std::fmt;
use std::path::PathBuf;

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

    /// The content of a signed-off cycle no longer gives the digest recorded at its sign-off: it
    /// was changed outside CxO Review.
    #[error(
        "review cycle \"{cycle}\" was signed off under digest {recorded}, but its content now gives {computed}: \
         it was changed outside CxO Review after sign-off. Restore a backup made before the change \
         (`cxo-review backups list`), or ask whoever edited the file"
    )]
    Tampered { cycle: String, recorded: String, computed: String },

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

impl From<rusqlite::Error> for Error {
    fn from(source: rusqlite::Error) -> Self {
        Error::from(DatabaseError::Sqlite(source))
    }
}

impl From<postgres::Error> for Error {
    fn from(source: postgres::Error) -> Self {
        Error::from(DatabaseError::Postgres(source))
    }
}

/// What a database engine reported: SQLite's or PostgreSQL's own error, or a column whose value
/// the product cannot read.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("{}", postgres_message(.0))]
    Postgres(#[from] postgres::Error),
    #[error("column {column}: {reason}")]
    Value { column: usize, reason: String },
    #[error("the query returned no rows")]
    NoRows,
}

/// PostgreSQL's message with its detail ("Key (name)=(x) already exists."), which its error's
/// own display leaves out.
fn postgres_message(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{}: {detail}", db.message()),
            None => db.message().to_string(),
        },
        None => error.to_string(),
    }
}

impl DatabaseError {
    /// PostgreSQL's SQLSTATE, when the server answered with an error.
    fn sqlstate(&self) -> Option<&postgres::error::SqlState> {
        match self {
            DatabaseError::Postgres(e) => e.code(),
            _ => None,
        }
    }

    /// A row broke a constraint of the schema (unique, foreign key, check, not null).
    pub fn is_constraint_violation(&self) -> bool {
        match self {
            DatabaseError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => e.code == rusqlite::ErrorCode::ConstraintViolation,
            _ => self.sqlstate().is_some_and(|code| code.code().starts_with("23")),
        }
    }

    /// A row repeated a value that must be unique.
    pub fn is_unique_violation(&self) -> bool {
        match self {
            DatabaseError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
            }
            _ => self.sqlstate() == Some(&postgres::error::SqlState::UNIQUE_VIOLATION),
        }
    }

    /// Another writer holds the lock (SQLite), or the server gave up waiting for it.
    pub fn is_busy(&self) -> bool {
        match self {
            DatabaseError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            }
            _ => self.sqlstate().is_some_and(|code| {
                code == &postgres::error::SqlState::LOCK_NOT_AVAILABLE || code == &postgres::error::SqlState::T_R_DEADLOCK_DETECTED
            }),
        }
    }

    /// The server refused for lack of a privilege (a role's limit).
    pub fn is_permission_denied(&self) -> bool {
        self.sqlstate().is_some_and(|code| code == &postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
    }

    /// The message of a refused row, as the engine put it.
    pub fn constraint_message(&self) -> Option<String> {
        match self {
            DatabaseError::Sqlite(rusqlite::Error::SqliteFailure(_, Some(message))) => Some(message.clone()),
            DatabaseError::Postgres(e) => Some(postgres_message(e)),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// True when the user (or their file) is at fault and can fix it: the CLI exits with 2.
    pub fn is_invalid_input(&self) -> bool {
        // Every variant is named, so that a new one is classified where it is added: a
        // wildcard would let it exit 1 ("not your input's fault") unnoticed.
        match self {
            Error::Invalid(_)
            | Error::Import { .. }
            | Error::NotFound { .. }
            | Error::Frozen(_)
            | Error::WrongFile { .. }
            | Error::Precondition(_)
            | Error::Inconsistent(_)
            | Error::Discrepancies(_)
            | Error::NewerSchema { .. }
            | Error::NoDatabase { .. }
            | Error::ReadOnly { .. }
            | Error::UnsafeOutput { .. }
            | Error::Denied { .. }
            | Error::Conflict { .. } => true,
            Error::Io { .. }
            | Error::Migration { .. }
            | Error::Render { .. }
            | Error::Busy { .. }
            | Error::Connection { .. }
            | Error::PasswordNeeded { .. }
            | Error::Tampered { .. }
            | Error::Damaged { .. }
            | Error::Database { .. }
            | Error::Json(_)
            | Error::Internal(_) => false,
        }
    }

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

    /// What kind of failure this is, for the UI to choose how to show it.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::Invalid,
            Error::Import { .. } => ErrorCode::Import,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Frozen(_) => ErrorCode::Frozen,
            Error::WrongFile { .. } => ErrorCode::WrongFile,
            Error::Precondition(_) => ErrorCode::Precondition,
            Error::Inconsistent(_) => ErrorCode::Inconsistent,
            Error::Discrepancies(_) => ErrorCode::Discrepancies,
            Error::NewerSchema { .. } => ErrorCode::NewerSchema,
            Error::Io { .. } => ErrorCode::Io,
            Error::Migration { .. } => ErrorCode::Migration,
            Error::Render { .. } => ErrorCode::Render,
            Error::NoDatabase { .. } => ErrorCode::NoDatabase,
            Error::ReadOnly { .. } => ErrorCode::ReadOnly,
            Error::Busy { .. } => ErrorCode::Busy,
            Error::Connection { .. } | Error::PasswordNeeded { .. } => ErrorCode::Connection,
            Error::Conflict { .. } => ErrorCode::Conflict,
            Error::Denied { .. } => ErrorCode::Denied,
            Error::Tampered { .. } => ErrorCode::Tampered,
            Error::Damaged { .. } => ErrorCode::Damaged,
            Error::UnsafeOutput { .. } => ErrorCode::UnsafeOutput,
            Error::Database { .. } => ErrorCode::Database,
            Error::Json(_) | Error::Internal(_) => ErrorCode::Internal,
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
                let message = source.constraint_message().unwrap_or_else(|| source.to_string());
                Ok(vec![RowError { line, column: None, message: format!("rejected by the database: {message}") }])
            }
            e => Err(e),
        }
    }

    /// True when SQLite found the file damaged (a corrupt page, or not a database at all): the
    /// next start is told so and offered the latest good backup.
    pub fn is_corruption(&self) -> bool {
        matches!(
            self,
            Error::Database { source: DatabaseError::Sqlite(rusqlite::Error::SqliteFailure(e, _)), .. }
                if matches!(e.code, rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
        )
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

/// What kind of failure an error is: one code per [`Error`] variant, crossing to the UI as a
/// string union. Codes are public: the UI and scripts match on them; add, never rename.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A record's fields are invalid; `fields` says which.
    Invalid,
    /// An import file has bad rows; `rows` lists them.
    Import,
    NotFound,
    Frozen,
    WrongFile,
    Precondition,
    Inconsistent,
    Discrepancies,
    NewerSchema,
    Io,
    Migration,
    Render,
    NoDatabase,
    ReadOnly,
    Busy,
    /// The team database's server could not be reached or refused the login.
    Connection,
    /// The team database refused what the user's role does not allow.
    Denied,
    /// Someone else saved the record after it was loaded.
    Conflict,
    Tampered,
    Damaged,
    UnsafeOutput,
    Database,
    Internal,
}

/// An error as the app shows it: a message, and for forms and imports the fields and rows
/// it concerns.
#[derive(Debug, Clone, PartialEq, serde::Serialize, specta::Type)]
pub struct ErrorReport {
    pub code: ErrorCode,
    pub message: String,
    pub fields: Vec<FieldError>,
    pub rows: Vec<RowError>,
}

impl From<&Error> for ErrorReport {
    fn from(error: &Error) -> Self {
        let rows = match error {
            Error::Import { errors, .. } => errors.clone(),
            _ => Vec::new(),
        };
        ErrorReport { code: error.code(), message: error.to_string(), fields: error.field_errors().to_vec(), rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The codes are a public interface: the UI's union type and scripts match these strings.
    #[test]
    fn an_error_report_crosses_as_json_with_its_code() {
        let report = ErrorReport::from(&Error::invalid("start_date", "is not a date"));
        assert_eq!(
            serde_json::to_value(&report).unwrap(),
            serde_json::json!({
                "code": "invalid",
                "message": "start_date: is not a date",
                "fields": [{"field": "start_date", "message": "is not a date"}],
                "rows": [],
            })
        );
        let codes = [
            (Error::Frozen("2025".into()), "frozen"),
            (Error::wrong_file("x.json", "is empty"), "wrong_file"),
            (Error::Precondition("p".into()), "precondition"),
            (Error::Render { what: "the Word document", reason: "r".into() }, "render"),
            (Error::from(rusqlite::Error::InvalidQuery).during("saving a score"), "database"),
        ];
        for (error, code) in codes {
            assert_eq!(serde_json::to_value(error.code()).unwrap(), serde_json::json!(code), "{error}");
        }
    }

    #[test]
    fn a_database_error_names_the_operation_it_was_part_of() {
        let error = Error::from(rusqlite::Error::InvalidQuery).during("saving a score").during("later");
        assert!(error.to_string().starts_with("database error while saving a score:"), "{error}");
        assert!(!error.is_invalid_input());
    }
}
