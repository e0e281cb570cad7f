//! Errors of the core, typed so that the CLI and the app can tell invalid input (exit code 2, a
//! message beside the field) from failures of the machine (exit code 1).

use std::fmt;
use std::path::PathBuf;

/// One problem with one field of a record, as a form or an import shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[derive(ts_rs::TS)]
#[ts(export)]
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
#[derive(ts_rs::TS)]
#[ts(export)]
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

    /// A file that is not what it claims to be (not a CxO Review export, wrong format).
    #[error("{0}")]
    Format(String),

    #[error(
        "{path} was written by a newer version of CxO Review (schema version {found}; this version \
         knows up to {supported}). Open it with a newer CxO Review, or restore a backup."
    )]
    NewerSchema { path: String, found: i64, supported: i64 },

    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },

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

    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),

    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// True when the user (or their file) is at fault and can fix it: the CLI exits with 2.
    pub fn is_invalid_input(&self) -> bool {
        matches!(
            self,
            Error::Invalid(_)
                | Error::Import { .. }
                | Error::NotFound { .. }
                | Error::Frozen(_)
                | Error::Format(_)
                | Error::NewerSchema { .. }
                | Error::NoDatabase { .. }
                | Error::ReadOnly { .. }
                | Error::UnsafeOutput { .. }
        )
    }

    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    /// What is wrong with row `line` of an import, when saving it failed through the row's fault
    /// (invalid fields, an unknown reference, a constraint the validation did not foresee);
    /// a failure of the machine comes back as the error itself, to stop the import.
    pub fn into_row_errors(self, line: u64) -> Result<Vec<RowError>> {
        match self {
            Error::Invalid(errors) => {
                Ok(errors.into_iter().map(|e| RowError { line, column: Some(e.field), message: e.message }).collect())
            }
            e @ (Error::Frozen(_) | Error::NotFound { .. } | Error::Format(_)) => {
                Ok(vec![RowError { line, column: None, message: e.to_string() }])
            }
            Error::Sql(rusqlite::Error::SqliteFailure(e, Some(message)))
                if e.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
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
            Error::Sql(rusqlite::Error::SqliteFailure(e, _))
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

/// An error as the app shows it: a message, and for forms and imports the fields and rows
/// it concerns.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ErrorReport {
    /// `invalid`, `import`, `not_found`, `frozen`, `format`, `newer_schema`, `io`, `no_database`,
    /// `read_only`, `busy`, `tampered`, `damaged`, `unsafe_output` or `database`.
    pub kind: String,
    pub message: String,
    pub fields: Vec<FieldError>,
    pub rows: Vec<RowError>,
}

impl From<&Error> for ErrorReport {
    fn from(error: &Error) -> Self {
        let kind = match error {
            Error::Invalid(_) => "invalid",
            Error::Import { .. } => "import",
            Error::NotFound { .. } => "not_found",
            Error::Frozen(_) => "frozen",
            Error::Format(_) => "format",
            Error::NewerSchema { .. } => "newer_schema",
            Error::Io { .. } => "io",
            Error::NoDatabase { .. } => "no_database",
            Error::ReadOnly { .. } => "read_only",
            Error::Busy { .. } => "busy",
            Error::Tampered { .. } => "tampered",
            Error::Damaged { .. } => "damaged",
            Error::UnsafeOutput { .. } => "unsafe_output",
            Error::Sql(_) | Error::Json(_) => "database",
        };
        let rows = match error {
            Error::Import { errors, .. } => errors.clone(),
            _ => Vec::new(),
        };
        ErrorReport { kind: kind.to_string(), message: error.to_string(), fields: error.field_errors().to_vec(), rows }
    }
}
