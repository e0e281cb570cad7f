//! How the faces report an error: the app's [`ErrorReport`] (a code the UI chooses its display
//! by, the message, and the fields and rows it concerns) and the command line's exit code. Both
//! are chosen for each [`Error`] variant in one table, `Error::classification`.

use super::{Error, FieldError, RowError};
use crate::i18n::Message;

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
    /// The English text, as the command line prints it.
    pub message: String,
    /// The same as a message of the catalogues, for the window to show in its user's language.
    pub text: Message,
    pub fields: Vec<FieldError>,
    pub rows: Vec<RowError>,
}

impl From<&Error> for ErrorReport {
    fn from(error: &Error) -> Self {
        let rows = match error {
            Error::Import { errors, .. } => errors.clone(),
            _ => Vec::new(),
        };
        ErrorReport { code: error.code(), message: error.to_string(), text: error.message(), fields: error.field_errors().to_vec(), rows }
    }
}


/// Whose fault a failure is, which the command line's exit code says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// The user (or their file) is at fault and can fix it: exit code 2.
    Input,
    /// A failure of the machine or of the product, not of the input: exit code 1.
    Machine,
}

impl Error {
    /// The error's code for the UI and whose fault it is. Every variant is named, without a
    /// wildcard, so that a new one does not compile until both are chosen: a wildcard would let
    /// it exit 1 ("not your input's fault") or show as another kind, unnoticed.
    fn classification(&self) -> (ErrorCode, Fault) {
        match self {
            Error::Invalid(_) => (ErrorCode::Invalid, Fault::Input),
            Error::Import { .. } => (ErrorCode::Import, Fault::Input),
            Error::NotFound { .. } => (ErrorCode::NotFound, Fault::Input),
            Error::Frozen(_) => (ErrorCode::Frozen, Fault::Input),
            Error::WrongFile { .. } => (ErrorCode::WrongFile, Fault::Input),
            Error::Precondition(_) => (ErrorCode::Precondition, Fault::Input),
            Error::Inconsistent(_) => (ErrorCode::Inconsistent, Fault::Input),
            Error::Discrepancies(_) => (ErrorCode::Discrepancies, Fault::Input),
            Error::NewerSchema { .. } => (ErrorCode::NewerSchema, Fault::Input),
            Error::Io { .. } => (ErrorCode::Io, Fault::Machine),
            Error::Migration { .. } => (ErrorCode::Migration, Fault::Machine),
            Error::Render { .. } => (ErrorCode::Render, Fault::Machine),
            Error::NoDatabase { .. } => (ErrorCode::NoDatabase, Fault::Input),
            Error::ReadOnly { .. } => (ErrorCode::ReadOnly, Fault::Input),
            Error::Busy { .. } => (ErrorCode::Busy, Fault::Machine),
            Error::Connection { .. } => (ErrorCode::Connection, Fault::Machine),
            Error::Conflict { .. } => (ErrorCode::Conflict, Fault::Input),
            Error::PasswordNeeded { .. } => (ErrorCode::Connection, Fault::Machine),
            Error::Denied { .. } => (ErrorCode::Denied, Fault::Input),
            Error::Tampered { .. } => (ErrorCode::Tampered, Fault::Machine),
            Error::Damaged { .. } => (ErrorCode::Damaged, Fault::Machine),
            Error::UnsafeOutput { .. } => (ErrorCode::UnsafeOutput, Fault::Input),
            Error::Database { .. } => (ErrorCode::Database, Fault::Machine),
            Error::Json(_) => (ErrorCode::Internal, Fault::Machine),
            Error::Internal(_) => (ErrorCode::Internal, Fault::Machine),
        }
    }

    /// What kind of failure this is, for the UI to choose how to show it.
    pub fn code(&self) -> ErrorCode {
        self.classification().0
    }

    /// The command line's exit code: 2 when the user (or their file) is at fault and can fix
    /// it, 1 for any other failure (0 is success).
    pub fn exit_code(&self) -> u8 {
        match self.classification().1 {
            Fault::Input => 2,
            Fault::Machine => 1,
        }
    }

    /// True when the user (or their file) is at fault and can fix it: the CLI exits with 2.
    pub fn is_invalid_input(&self) -> bool {
        self.classification().1 == Fault::Input
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::error::{DatabaseError, DatabaseErrorKind};

    /// The codes are a public interface: the UI's union type and scripts match these strings.
    #[test]
    fn an_error_report_crosses_as_json_with_its_code() {
        let report = ErrorReport::from(&Error::invalid("start_date", "is not a date"));
        assert_eq!(
            serde_json::to_value(&report).unwrap(),
            serde_json::json!({
                "code": "invalid",
                "message": "start_date: is not a date",
                "text": {"id": "error-invalid", "args": {"problems": "start_date: is not a date"}},
                "fields": [{"field": "start_date", "message": "is not a date", "text": null}],
                "rows": [],
            })
        );
        let import = Error::Import { source_name: "people.csv".into(), errors: vec![row_error()], more: 0 };
        let report = ErrorReport::from(&import);
        assert_eq!((report.code, report.rows), (ErrorCode::Import, vec![row_error()]));
    }

    fn row_error() -> RowError {
        RowError { line: 3, column: Some("name".into()), message: "is empty".into(), text: None }
    }

    /// One row per variant of [`Error`]: its pattern, a sample, the code it crosses to the UI
    /// with and the command line's exit code. The patterns make the match of `row_of`, without
    /// a wildcard: a variant without a row does not compile, and each sample must fall in its
    /// own row.
    macro_rules! every_variant {
        ($($pattern:pat => $sample:expr, $code:literal, $exit:literal;)+) => {
            /// The row whose pattern the error falls in.
            fn row_of(error: &Error) -> &'static str {
                match error {
                    $($pattern => stringify!($pattern),)+
                }
            }

            fn rows() -> Vec<(&'static str, Error, &'static str, u8)> {
                vec![$((stringify!($pattern), $sample, $code, $exit)),+]
            }
        };
    }

    every_variant! {
        Error::Invalid(_) => Error::invalid("start_date", "is not a date"), "invalid", 2;
        Error::Import { .. } => Error::Import { source_name: "people.csv".into(), errors: vec![row_error()], more: 2 }, "import", 2;
        Error::NotFound { .. } => Error::NotFound { entity: "meeting", key: "#7".into() }, "not_found", 2;
        Error::Frozen(_) => Error::Frozen("2025".into()), "frozen", 2;
        Error::WrongFile { .. } => Error::wrong_file("x.json", "is empty"), "wrong_file", 2;
        Error::Precondition(_) => Error::Precondition(crate::msg!("precondition-sign-off-no-scores", cycle = "2025")), "precondition", 2;
        Error::Inconsistent(_) => Error::Inconsistent(crate::msg!("inconsistent-signing-key")), "inconsistent", 2;
        Error::Discrepancies(_) => Error::Discrepancies(crate::msg!("discrepancies-check-problems", count = 2)), "discrepancies", 2;
        Error::NewerSchema { .. } => Error::NewerSchema { path: "a.cxo".into(), found: 99, supported: 13 }, "newer_schema", 2;
        Error::Io { .. } => Error::io("a.csv", std::io::Error::other("disk full")), "io", 1;
        Error::Migration { .. } => Error::Migration {
            path: "a.cxo".into(),
            migration: "0002_scores.sql",
            source: DatabaseError::new(DatabaseErrorKind::Other, "near \"x\": syntax error"),
        }, "migration", 1;
        Error::Render { .. } => Error::Render { what: "the Word document", reason: "r".into() }, "render", 1;
        Error::NoDatabase { .. } => Error::NoDatabase { path: PathBuf::from("a.cxo") }, "no_database", 2;
        Error::ReadOnly { .. } => Error::ReadOnly { path: PathBuf::from("a.cxo") }, "read_only", 2;
        Error::Busy { .. } => Error::Busy { path: PathBuf::from("a.cxo"), holder: "cxo-review".into(), waited_secs: 5 }, "busy", 1;
        Error::Connection { .. } => Error::Connection { address: "db.example".into(), reason: "refused".into() }, "connection", 1;
        Error::Conflict { .. } => Error::Conflict { entity: "score", changed_by: "ana".into(), changed_at: "10:00".into() }, "conflict", 2;
        Error::PasswordNeeded { .. } => Error::PasswordNeeded { address: "db.example".into() }, "connection", 1;
        Error::Denied { .. } => Error::Denied { user: "ana".into(), reason: "a reviewer".into() }, "denied", 2;
        Error::Tampered { .. } => Error::Tampered { cycle: "2025".into(), recorded: "ab".into(), now: "its content now gives cd".into() }, "tampered", 1;
        Error::Damaged { .. } => Error::Damaged {
            path: PathBuf::from("a.cxo"),
            since: "2025-01-02".into(),
            reason: "malformed".into(),
            latest_backup: None,
        }, "damaged", 1;
        Error::UnsafeOutput { .. } => Error::UnsafeOutput { path: PathBuf::from("a.cxo"), reason: "it is the open database".into() }, "unsafe_output", 2;
        Error::Database { .. } => Error::from(DatabaseError::new(DatabaseErrorKind::Busy, "database is locked")).during("saving a score"), "database", 1;
        Error::Json(_) => Error::Json(serde_json::from_str::<u8>("x").unwrap_err()), "internal", 1;
        Error::Internal(_) => Error::Internal("a broken invariant".into()), "internal", 1;
    }

    /// Each variant's code (as the UI receives it) and exit code, from the table above.
    #[test]
    fn every_variant_has_its_code_and_its_exit_code() {
        for (pattern, error, code, exit) in &rows() {
            assert_eq!(row_of(error), *pattern, "the sample of `{pattern}` is another variant: {error:?}");
            assert_eq!(serde_json::to_value(error.code()).unwrap(), serde_json::json!(code), "{pattern}");
            assert_eq!(ErrorReport::from(error).code, error.code(), "{pattern}");
            assert_eq!(error.exit_code(), *exit, "{pattern}");
            assert_eq!(error.is_invalid_input(), *exit == 2, "{pattern}");
            // Its text is the catalogue's: each language has the message, with no id left bare.
            let message = error.message();
            for language in crate::i18n::Language::ALL {
                assert!(crate::i18n::catalogue(language).has(&message.id), "{pattern}: {} lacks {}", language.code(), message.id);
            }
        }
    }
}
