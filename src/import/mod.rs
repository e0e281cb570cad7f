//! Imports of CSV and JSON files, and of the whole-database JSON document.
//!
//! An import is all or nothing: every row is parsed, validated and inserted inside one
//! transaction; if any row is bad, the transaction is rolled back and the error lists every bad
//! row with its line, column and reason.
//!
//! A file is refused before any row is read when it cannot hold records of its kind: it is not
//! UTF-8, it is empty, or (CSV) its header names unknown, repeated or too few columns.
//!
//! This file holds the entry points, the formats, the decoding and refusals every file goes
//! through, and the bad rows collected on the way (`Problems`). How a CSV file (`csv`) or a JSON
//! array (`json`) is read, the columns of a record type (`columns`), the whole-database
//! document (`dataset`) and lines and positions in a text (`lines`) are in their own files.

pub(crate) mod columns;
mod csv;
mod dataset;
mod json;
mod lines;

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result, RowError};
use crate::storage::{Entity, Purpose, Store, Tx};

pub use crate::model::Kind;
pub use dataset::{import_dataset, import_dataset_in};

use self::csv::dispatch_csv;
use json::{dispatch_json, json_array, lone_cr_to_lf};
use lines::{LineIndex, Position};

/// File formats an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// The format a file's extension names.
    pub fn of_path(path: &Path) -> Result<Format> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("csv") => Ok(Format::Csv),
            Some("json") => Ok(Format::Json),
            _ => Err(Error::invalid_because("file", crate::msg!("invalid-import-extension", path = path.display().to_string()))),
        }
    }
}

/// At most this many bad rows are listed; the rest are counted.
const MAX_LISTED_ERRORS: usize = 200;

/// Collects bad rows of one file: the first problems to list, and every bad line to count.
struct Problems {
    listed: Vec<RowError>,
    bad_lines: std::collections::HashSet<u64>,
}

impl Problems {
    fn new() -> Self {
        Problems { listed: Vec::new(), bad_lines: std::collections::HashSet::new() }
    }

    fn push(&mut self, error: RowError) {
        // One missing column would otherwise be reported on every line.
        let repeated_column = error.message.starts_with("missing field")
            && self.listed.iter().any(|e| e.message == error.message);
        if repeated_column {
            return;
        }
        self.bad_lines.insert(error.line);
        if self.listed.len() < MAX_LISTED_ERRORS {
            self.listed.push(error);
        }
    }

    fn into_result(self, source_name: &str) -> Result<()> {
        if self.bad_lines.is_empty() {
            return Ok(());
        }
        let mut errors = self.listed;
        // Staged rows are refused when they are written, after later rows were read.
        errors.sort_by_key(|e| e.line);
        let listed_lines: std::collections::HashSet<u64> = errors.iter().map(|e| e.line).collect();
        let source_name = source_name.to_string();
        // The rows beyond the listed ones are counted, never listed as a row of their own.
        let more = self.bad_lines.len().saturating_sub(listed_lines.len());
        Err(Error::Import { source_name, errors, more })
    }
}

/// Imports one file of `kind`; returns the number of records saved.
pub fn import_file(store: &mut Store, kind: Kind, path: &Path) -> Result<usize> {
    let format = Format::of_path(path)?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    import_reader(store, kind, format, file, &path.display().to_string())
}

/// Imports records of `kind` read from `input`, named `source_name` in messages.
pub fn import_reader(store: &mut Store, kind: Kind, format: Format, input: impl Read, source_name: &str) -> Result<usize> {
    let text = read_text(input, source_name)?;
    let text = text.as_str();
    refuse_empty(text, source_name)?;
    store.write(Purpose::Import, |tx| {
        let mut problems = Problems::new();
        let count = match format {
            Format::Csv => dispatch_csv(tx, kind, text, source_name, &mut problems)?,
            Format::Json => {
                let text = lone_cr_to_lf(text);
                let lines = LineIndex::new(&text);
                let rows = json_array(&text, Position::START).map_err(|e| import_error(source_name, e))?;
                if rows.is_empty() {
                    return Err(Error::wrong_file(source_name, "holds no records: nothing was imported"));
                }
                dispatch_json(tx, kind, &text, &lines, &rows, &mut problems)?
            }
        };
        problems.into_result(source_name)?;
        Ok(count)
    })
}

/// Reads all of `input` as UTF-8 text without its byte-order mark (spreadsheets write one).
fn read_text(mut input: impl Read, source_name: &str) -> Result<String> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| Error::io(source_name, e))?;
    decode(bytes, source_name)
}

/// The bytes as UTF-8 text without a byte-order mark; text in another encoding (Latin-1,
/// UTF-16, a spreadsheet's binary format) is refused where its first undecodable byte is.
fn decode(bytes: Vec<u8>, source_name: &str) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let byte = e.as_bytes().get(at).copied().unwrap_or_default();
        // Everything before the bad byte is valid, so its lines and columns can be counted.
        let before = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or_default();
        let position = Position::end_of(before);
        import_error(
            source_name,
            RowError {
                line: position.line,
                column: None,
                message: format!(
                    "not UTF-8 text: byte 0x{byte:02X} at column {} cannot be read; save the file as UTF-8 \
                     (in spreadsheets: \"CSV UTF-8\")",
                    position.column
                ),
                text: None,
            },
        )
    })?;
    // In place: a copy would hold a large file twice.
    let mut text = text;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// An empty file (or one of only blank lines) is refused: importing it would say "0 records"
/// and look like success.
fn refuse_empty(text: &str, source_name: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::wrong_file(source_name, "is empty: nothing was imported"));
    }
    Ok(())
}

fn import_error(source_name: &str, error: RowError) -> Error {
    Error::Import { source_name: source_name.to_string(), errors: vec![error], more: 0 }
}

/// Validates and inserts one parsed record, turning what is wrong with it into row errors.
/// Only failures of the machine (not of the row) stop the import.
fn save_row<E: Entity>(
    tx: &Tx,
    line: u64,
    record: &E,
    problems: &mut Problems,
) -> Result<bool> {
    match tx.import(record, line) {
        Ok(()) => Ok(true),
        Err(e) => {
            for error in e.into_row_errors(line)? {
                problems.push(error);
            }
            Ok(false)
        }
    }
}

/// Writes the rows the import staged; the ones the database refused become row errors.
/// Returns how many were refused.
fn finish(tx: &Tx, problems: &mut Problems) -> Result<usize> {
    let refused = tx.finish_import()?;
    let count = refused.len();
    for error in refused {
        problems.push(error);
    }
    Ok(count)
}

/// `missing field `x`` and `unknown field `x`` name their column in the message.
fn field_in_message(message: &str) -> Option<String> {
    if !(message.starts_with("missing field") || message.starts_with("unknown field")) {
        return None;
    }
    message.split('`').nth(1).map(str::to_string)
}

/// Reads a file holding JSON into memory (whole-database imports need random access). Bytes
/// that are not UTF-8 are the file's fault, reported at their line and column.
pub fn read_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(bytes, &path.display().to_string())
}

#[cfg(test)]
mod tests;
