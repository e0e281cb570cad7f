//! JSON arrays of records: the array split into its elements as slices of the file, so that
//! each row's line can be told; every row deserialized and saved, naming the field at fault.
//! Also what serde_json's errors and line counting need (`strip_position`, `lone_cr_to_lf`).
//!
//! It does not know the whole-database document's sections (`dataset`), nor CSV.

use std::borrow::Cow;

use serde_json::value::RawValue;

use crate::error::{Result, RowError};
use crate::model::with_kind;
use crate::storage::Entity;
use crate::storage::Tx;

use super::lines::{LineIndex, Position};
use super::{field_in_message, finish, save_row, Kind, Problems};

pub(super) fn dispatch_json(
    tx: &Tx,
    kind: Kind,
    text: &str,
    lines: &LineIndex,
    rows: &[&RawValue],
    problems: &mut Problems,
) -> Result<usize> {
    with_kind!(kind, E => json_rows::<E>(tx, text, lines, rows, problems))
}

/// Splits a JSON array into its elements, kept as borrowed slices of `text` so that each
/// element's line can be found. `start` is where `text` starts in its file, for the positions
/// of syntax errors.
pub(super) fn json_array(text: &str, start: Position) -> std::result::Result<Vec<&RawValue>, RowError> {
    serde_json::from_str::<Vec<&RawValue>>(text).map_err(|e| {
        let at = start.advanced_by(&e);
        RowError {
            line: at.line,
            column: None,
            message: format!("not a JSON array of records: {} at column {}", strip_position(&e), at.column),
            text: None,
        }
    })
}

fn json_rows<E: Entity>(
    tx: &Tx,
    text: &str,
    lines: &LineIndex,
    rows: &[&RawValue],
    problems: &mut Problems,
) -> Result<usize> {
    let mut saved = 0;
    for raw in rows {
        let line = lines.line_of(offset_in(text, raw));
        match parse_row::<E>(raw, line) {
            Ok(row) => saved += usize::from(save_row(tx, line, &row, problems)?),
            Err(e) => problems.push(e),
        }
    }
    Ok(saved - finish(tx, problems)?)
}

/// One JSON row (at `line`) as a `T`, or what is wrong with it, naming the field at fault.
pub(super) fn parse_row<T: serde::de::DeserializeOwned>(raw: &RawValue, line: u64) -> std::result::Result<T, RowError> {
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    serde_path_to_error::deserialize::<_, T>(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = strip_position(&inner);
        let column = if path == "." { field_in_message(&message) } else { Some(path) };
        RowError { line: line + inner.line().saturating_sub(1) as u64, column, message, text: None }
    })
}

/// Byte offset of a borrowed slice inside the text it was parsed from.
pub(super) fn offset_in(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len())
}

/// JSON with old Mac (`\r`) line endings, as JSON with `\n` ones: serde_json counts lines by
/// `\n` only. A raw `\r` in JSON can only be whitespace between tokens, so nothing else changes.
pub(super) fn lone_cr_to_lf(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') { '\n' } else { c });
    }
    Cow::Owned(out)
}

/// serde_json appends " at line L column C"; rows report their own line instead.
pub(super) fn strip_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}
