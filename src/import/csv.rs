//! CSV files: the header checked against the record type's columns, then every row read,
//! deserialized and saved, with the line and column of what is wrong with it.
//!
//! It does not know how a file is decoded or refused as empty (`super`), nor JSON.

use crate::error::{Error, Result, RowError};
use crate::model::with_kind;
use crate::storage::Entity;
use crate::storage::Tx;

use super::lines::LineIndex;
use super::{columns, field_in_message, finish, save_row, Kind, Problems};

pub(super) fn dispatch_csv(tx: &Tx, kind: Kind, text: &str, source_name: &str, problems: &mut Problems) -> Result<usize> {
    let file = CsvFile { text, source_name, lines: LineIndex::new(text) };
    with_kind!(kind, E => csv_rows::<E>(tx, &file, problems))
}

/// A CSV file being imported: its text, its name in messages, and where its lines start.
struct CsvFile<'a> {
    text: &'a str,
    source_name: &'a str,
    lines: LineIndex,
}

impl CsvFile<'_> {
    /// The line where a record or error starts. csv counts only `\n` as a line break, so a file
    /// with old Mac (`\r`) line endings would be all "line 1"; the byte offset is exact.
    fn line_of(&self, position: Option<&csv::Position>) -> u64 {
        position.map(|p| self.lines.line_of(usize::try_from(p.byte()).unwrap_or(usize::MAX))).unwrap_or(1)
    }
}

/// The longest row a file may hold: far more than its longest possible record (a few fields
/// of at most [`crate::model::LONG`] characters each), far less than the memory a row of a
/// gigabyte would need.
const MAX_ROW_BYTES: usize = 4 << 20;

/// Where the first row longer than [`MAX_ROW_BYTES`] starts, quotes respected (a quoted field
/// may hold line breaks); `None` when every row is shorter.
fn oversized_row(text: &str) -> Option<usize> {
    let mut start = 0;
    let mut quoted = false;
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => start = at + 1,
            _ if at - start > MAX_ROW_BYTES => return Some(start),
            _ => {}
        }
    }
    None
}

fn csv_rows<E: Entity>(tx: &Tx, file: &CsvFile, problems: &mut Problems) -> Result<usize> {
    if looks_like_json(file.text) {
        let text = crate::msg!("import-looks-like-json");
        problems.push(RowError { line: 1, column: None, message: text.english(), text: Some(text) });
        return Ok(0);
    }
    if let Some(start) = oversized_row(file.text) {
        // Read as a row, it would be held whole in memory, several times over.
        problems.push(RowError {
            line: file.lines.line_of(start),
            column: None,
            message: format!(
                "this row runs on for more than {} MiB (a quote left open?); no field may hold more than {} characters",
                MAX_ROW_BYTES >> 20,
                crate::model::LONG
            ),
            text: None,
        });
        return Ok(0);
    }
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(file.text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            problems.push(RowError { line: 1, column: None, message: csv_message(&e), text: None });
            return Ok(0);
        }
    };
    let header_problems = header_problems(&headers, columns::all::<E>(), &columns::required::<E>());
    if !header_problems.is_empty() {
        // Every row would repeat what is wrong with the header: report it once, on line 1.
        for problem in header_problems {
            problems.push(problem);
        }
        return Ok(0);
    }
    let mut saved = 0;
    let mut rows = 0;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => rows += 1,
            Err(e) => {
                rows += 1;
                problems.push(RowError { line: file.line_of(e.position()), column: None, message: csv_message(&e), text: None });
                // A broken quote or ragged row: the reader resynchronises on the next line.
                continue;
            }
        }
        let line = file.line_of(record.position());
        match record.deserialize::<E>(Some(&headers)) {
            Ok(row) => saved += usize::from(save_row(tx, line, &row, problems)?),
            Err(e) => problems.push(deserialize_error(&e, line, &headers, &record)),
        }
    }
    if rows == 0 {
        return Err(Error::wrong_file(file.source_name, "has a header but no rows: nothing was imported"));
    }
    Ok(saved - finish(tx, problems)?)
}

/// A JSON document named .csv would otherwise be read as a header of odd columns.
fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with(['[', '{'])
}

/// What is wrong with a CSV header, as errors on line 1: columns named twice, columns the kind
/// does not have (with the ones it has), required columns it lacks.
pub(super) fn header_problems(headers: &csv::StringRecord, known: &[&str], required: &[&str]) -> Vec<RowError> {
    let mut problems = Vec::new();
    let header_error = |column: Option<String>, text: crate::i18n::Message| RowError { line: 1, column, message: text.english(), text: Some(text) };
    let mut repeated: Vec<&str> = Vec::new();
    for name in headers.iter() {
        let times = headers.iter().filter(|h| *h == name).count();
        if times > 1 && !repeated.contains(&name) {
            repeated.push(name);
            problems.push(header_error(Some(name.to_string()), crate::msg!("import-column-repeated", count = times)));
        }
    }
    let mut unknown: Vec<&str> = Vec::new();
    for name in headers.iter().filter(|h| !known.contains(h)) {
        if !unknown.contains(&name) {
            unknown.push(name);
        }
    }
    if !unknown.is_empty() {
        let expected: Vec<String> =
            known.iter().map(|c| if required.contains(c) { format!("{c}*") } else { c.to_string() }).collect();
        let none_known = unknown.len() == headers.len();
        let (unknown, expected) = (unknown.iter().map(|c| quoted_column(c)).collect::<Vec<_>>().join(", "), expected.join(", "));
        problems.push(header_error(
            None,
            if none_known {
                crate::msg!("import-no-header", unknown = unknown, expected = expected)
            } else {
                crate::msg!("import-unknown-columns", unknown = unknown, expected = expected)
            },
        ));
    }
    let missing: Vec<String> =
        required.iter().filter(|c| !headers.iter().any(|h| h == **c)).map(|c| format!("`{c}`")).collect();
    match missing.len() {
        0 => {}
        1 => problems.push(header_error(None, crate::msg!("import-missing-column", column = &missing[0]))),
        _ => problems.push(header_error(None, crate::msg!("import-missing-columns", columns = missing.join(", ")))),
    }
    problems
}

/// A column name as messages quote it; a trailing comma in the header gives an empty one.
fn quoted_column(name: &str) -> String {
    if name.is_empty() {
        "\"\" (an unnamed column: a trailing comma?)".to_string()
    } else {
        format!("\"{name}\"")
    }
}

/// A row csv could not turn into a record, with the column at fault when it can be told.
fn deserialize_error(error: &csv::Error, line: u64, headers: &csv::StringRecord, record: &csv::StringRecord) -> RowError {
    let (column, message) = match error.kind() {
        csv::ErrorKind::Deserialize { err, .. } => {
            (err.field().and_then(|i| headers.get(i as usize)).map(str::to_string), err.kind().to_string())
        }
        _ => (None, csv_message(error)),
    };
    let column = column
        .or_else(|| field_in_message(&message))
        .or_else(|| column_holding_value(headers, record, &message));
    RowError { line, column, message, text: None }
}

fn csv_message(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("has {len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "is not UTF-8 text".to_string(),
        _ => error.to_string(),
    }
}

/// The column whose cell holds the value a message quotes (`x` or "x"): csv does not say
/// which field failed when a custom parser (dates, lists) or an enum rejects it.
fn column_holding_value(headers: &csv::StringRecord, record: &csv::StringRecord, message: &str) -> Option<String> {
    let quoted = [message.split('`').nth(1), message.split('"').nth(1)];
    let index = quoted.into_iter().flatten().find_map(|value| record.iter().position(|cell| cell == value))?;
    headers.get(index).map(str::to_string)
}
