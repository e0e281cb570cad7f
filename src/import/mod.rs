//! Imports of CSV and JSON files, and of the whole-database JSON document.
//!
//! An import is all or nothing: every row is parsed, validated and inserted inside one
//! transaction; if any row is bad, the transaction is rolled back and the error lists every bad
//! row with its line, column and reason.
//!
//! A file is refused before any row is read when it cannot hold records of its kind: it is not
//! UTF-8, it is empty, or (CSV) its header names unknown, repeated or too few columns.

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use serde_json::value::RawValue;

use crate::error::{Error, Result, RowError};
use crate::model::{with_kind, CycleDocumentOptions, CycleStatus, ReviewCycle};
use crate::model::RecordType;
use crate::storage::{Backend, Purpose, Writer};

pub use crate::model::Kind;
use crate::model::{DATASET_FORMAT, DATASET_VERSION, DOCUMENT_OPTIONS_SECTION, SECTIONS};

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
            _ => Err(Error::invalid("file", format!("{}: name a .csv or .json file", path.display()))),
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
pub fn import_file(store: &mut dyn Backend, kind: Kind, path: &Path) -> Result<usize> {
    let format = Format::of_path(path)?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    import_reader(store, kind, format, file, &path.display().to_string())
}

/// Imports records of `kind` read from `input`, named `source_name` in messages.
pub fn import_reader(store: &mut dyn Backend, kind: Kind, format: Format, input: impl Read, source_name: &str) -> Result<usize> {
    let text = read_text(input, source_name)?;
    let text = text.as_str();
    refuse_empty(text, source_name)?;
    store.transaction(Purpose::Import, |tx| {
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
            },
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
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

fn dispatch_csv(tx: &dyn Writer, kind: Kind, text: &str, source_name: &str, problems: &mut Problems) -> Result<usize> {
    let file = CsvFile { text, source_name, lines: LineIndex::new(text) };
    with_kind!(kind, E => csv_rows::<E>(tx, &file, problems))
}

fn dispatch_json(
    tx: &dyn Writer,
    kind: Kind,
    text: &str,
    lines: &LineIndex,
    rows: &[&RawValue],
    problems: &mut Problems,
) -> Result<usize> {
    with_kind!(kind, E => json_rows::<E>(tx, text, lines, rows, problems))
}

/// Validates and inserts one parsed record, turning what is wrong with it into row errors.
/// Only failures of the machine (not of the row) stop the import.
fn save_row<E: RecordType>(
    tx: &dyn Writer,
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
fn finish(tx: &dyn Writer, problems: &mut Problems) -> Result<usize> {
    let refused = tx.finish_import()?;
    let count = refused.len();
    for error in refused {
        problems.push(error);
    }
    Ok(count)
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

fn csv_rows<E: RecordType>(tx: &dyn Writer, file: &CsvFile, problems: &mut Problems) -> Result<usize> {
    if looks_like_json(file.text) {
        problems.push(RowError {
            line: 1,
            column: None,
            message: "looks like JSON, not CSV: give the file a .json extension".to_string(),
        });
        return Ok(0);
    }
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(file.text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(e) => {
            problems.push(RowError { line: 1, column: None, message: csv_message(&e) });
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
                problems.push(RowError { line: file.line_of(e.position()), column: None, message: csv_message(&e) });
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
fn header_problems(headers: &csv::StringRecord, known: &[&str], required: &[&str]) -> Vec<RowError> {
    let mut problems = Vec::new();
    let header_error = |column: Option<String>, message: String| RowError { line: 1, column, message };
    let mut repeated: Vec<&str> = Vec::new();
    for name in headers.iter() {
        let times = headers.iter().filter(|h| *h == name).count();
        if times > 1 && !repeated.contains(&name) {
            repeated.push(name);
            problems.push(header_error(Some(name.to_string()), format!("appears {times} times in the header")));
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
        let hint = if unknown.len() == headers.len() { "the first line must name the columns; " } else { "" };
        problems.push(header_error(
            None,
            format!(
                "{hint}unknown column(s) {}; expected columns: {} (* required)",
                unknown.iter().map(|c| quoted_column(c)).collect::<Vec<_>>().join(", "),
                expected.join(", ")
            ),
        ));
    }
    let missing: Vec<String> =
        required.iter().filter(|c| !headers.iter().any(|h| h == **c)).map(|c| format!("`{c}`")).collect();
    match missing.len() {
        0 => {}
        1 => problems.push(header_error(None, format!("missing field {}: the header lacks this required column", missing[0]))),
        _ => problems.push(header_error(
            None,
            format!("missing fields {}: the header lacks these required columns", missing.join(", ")),
        )),
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
    RowError { line, column, message }
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

/// `missing field `x`` and `unknown field `x`` name their column in the message.
fn field_in_message(message: &str) -> Option<String> {
    if !(message.starts_with("missing field") || message.starts_with("unknown field")) {
        return None;
    }
    message.split('`').nth(1).map(str::to_string)
}

/// Splits a JSON array into its elements, kept as borrowed slices of `text` so that each
/// element's line can be found. `start` is where `text` starts in its file, for the positions
/// of syntax errors.
fn json_array(text: &str, start: Position) -> std::result::Result<Vec<&RawValue>, RowError> {
    serde_json::from_str::<Vec<&RawValue>>(text).map_err(|e| {
        let at = start.advanced_by(&e);
        RowError {
            line: at.line,
            column: None,
            message: format!("not a JSON array of records: {} at column {}", strip_position(&e), at.column),
        }
    })
}

fn json_rows<E: RecordType>(
    tx: &dyn Writer,
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
fn parse_row<T: serde::de::DeserializeOwned>(raw: &RawValue, line: u64) -> std::result::Result<T, RowError> {
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    serde_path_to_error::deserialize::<_, T>(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = strip_position(&inner);
        let column = if path == "." { field_in_message(&message) } else { Some(path) };
        RowError { line: line + inner.line().saturating_sub(1) as u64, column, message }
    })
}

/// Saves the header blocks of the "document_options" section (`raw`), once the cycles they
/// name are saved; returns how many were.
fn import_document_options(
    tx: &dyn Writer,
    text: &str,
    lines: &LineIndex,
    raw: &RawValue,
    problems: &mut Problems,
) -> Result<usize> {
    let start = lines.position_of(text, offset_in(text, raw));
    let rows = match json_array(raw.get(), start) {
        Ok(rows) => rows,
        Err(e) => {
            problems.push(e);
            return Ok(0);
        }
    };
    let mut saved = 0;
    for row in rows {
        let line = lines.line_of(offset_in(text, row));
        let options = match parse_row::<CycleDocumentOptions>(row, line) {
            Ok(options) => options,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        match tx.import_document_options(&options) {
            Ok(()) => saved += 1,
            Err(e) => {
                for error in e.into_row_errors(line)? {
                    problems.push(error);
                }
            }
        }
    }
    Ok(saved)
}

/// Byte offset of a borrowed slice inside the text it was parsed from.
fn offset_in(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len())
}

/// JSON with old Mac (`\r`) line endings, as JSON with `\n` ones: serde_json counts lines by
/// `\n` only. A raw `\r` in JSON can only be whitespace between tokens, so nothing else changes.
fn lone_cr_to_lf(text: &str) -> Cow<'_, str> {
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

/// A 1-based line and column (in characters) of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Position {
    line: u64,
    column: u64,
}

impl Position {
    const START: Position = Position { line: 1, column: 1 };

    /// Where the character after `text` is; `\n`, `\r\n` and a lone `\r` each end a line.
    fn end_of(text: &str) -> Position {
        let mut position = Position::START;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let line_break = c == '\n' || (c == '\r' && chars.peek() != Some(&'\n'));
            if line_break {
                position = Position { line: position.line + 1, column: 1 };
            } else if c != '\r' {
                position.column += 1;
            }
        }
        position
    }

    /// The position in the whole file of a serde_json error in a text that starts here.
    fn advanced_by(self, error: &serde_json::Error) -> Position {
        // serde_json gives column 0 for an error before a line's first character.
        let (line, column) = (error.line() as u64, (error.column() as u64).max(1));
        if line <= 1 {
            Position { line: self.line, column: self.column.saturating_sub(1).saturating_add(column) }
        } else {
            Position { line: self.line.saturating_add(line - 1), column }
        }
    }
}

/// Where each line of a text starts, to give the line of any offset in O(log n). `\n`, `\r\n`
/// and a lone `\r` each end a line, as spreadsheets on every platform write them.
struct LineIndex {
    breaks: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let breaks = (0..bytes.len())
            .filter(|&i| bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
            .collect();
        LineIndex { breaks }
    }

    /// 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> u64 {
        self.breaks.partition_point(|line_break| *line_break < offset) as u64 + 1
    }

    /// Line and column of a byte offset of `text` (the text this index was made from).
    fn position_of(&self, text: &str, offset: usize) -> Position {
        let line = self.line_of(offset);
        let index = self.breaks.partition_point(|line_break| *line_break < offset);
        let start = index.checked_sub(1).and_then(|i| self.breaks.get(i)).map_or(0, |line_break| line_break + 1);
        let column = text.get(start..offset).map_or(0, |before| before.chars().count() as u64);
        Position { line, column: column + 1 }
    }
}

/// serde_json appends " at line L column C"; rows report their own line instead.
fn strip_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

/// The columns a record type has, read from its `Deserialize` implementation so that the
/// header checks can never disagree with what the rows accept.
mod columns {
    use serde::de::value::{Error as ProbeError, MapDeserializer, SeqDeserializer, U32Deserializer};
    use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, Visitor};

    /// Every column (field) of the record type, in declaration order.
    pub fn all<E: DeserializeOwned>() -> &'static [&'static str] {
        let mut probe = RecordProbe { fields: &[], omit: None };
        // The record is built from sample values only to learn its fields.
        let _ = E::deserialize(&mut probe);
        probe.fields
    }

    /// The columns a record cannot do without: a record with every field but one of these is
    /// refused as missing it.
    pub fn required<E: DeserializeOwned>() -> Vec<&'static str> {
        all::<E>()
            .iter()
            .copied()
            .filter(|field| {
                let mut probe = RecordProbe { fields: &[], omit: Some(field) };
                matches!(E::deserialize(&mut probe), Err(e) if e.to_string() == format!("missing field `{field}`"))
            })
            .collect()
    }

    /// Deserializes a record from a map of all its fields but `omit`, each with a sample value,
    /// and notes the fields the record declares.
    struct RecordProbe {
        fields: &'static [&'static str],
        omit: Option<&'static str>,
    }

    impl<'de> Deserializer<'de> for &mut RecordProbe {
        type Error = ProbeError;

        fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, ProbeError> {
            Err(de::Error::custom("not a record"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, ProbeError> {
            self.fields = fields;
            let omit = self.omit;
            let entries = fields.iter().copied().filter(move |f| Some(*f) != omit).map(|f| (f, Sample));
            visitor.visit_map(MapDeserializer::new(entries))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    /// A plausible value of any field type: a date-shaped text (a date is also a text), a
    /// number, false, nothing, an empty list, an enum's first variant.
    #[derive(Clone, Copy)]
    struct Sample;

    impl<'de> IntoDeserializer<'de, ProbeError> for Sample {
        type Deserializer = Sample;
        fn into_deserializer(self) -> Sample {
            self
        }
    }

    impl<'de> Deserializer<'de> for Sample {
        type Error = ProbeError;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_unit()
        }
        fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_bool(false)
        }
        fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_i64(1)
        }
        fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_u64(1)
        }
        fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_f64(1.0)
        }
        fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_str("2000-01-01")
        }
        fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_str("2000-01-01")
        }
        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_none()
        }
        fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, ProbeError> {
            visitor.visit_newtype_struct(self)
        }
        fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            SeqDeserializer::<_, ProbeError>::new(std::iter::empty::<Sample>()).deserialize_seq(visitor)
        }
        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
            MapDeserializer::<_, ProbeError>::new(std::iter::empty::<(Sample, Sample)>()).deserialize_map(visitor)
        }
        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, ProbeError> {
            visitor.visit_enum(self)
        }

        serde::forward_to_deserialize_any! {
            i8 i16 i32 i128 u8 u16 u32 u128 f32 char bytes byte_buf unit unit_struct tuple tuple_struct struct
            identifier ignored_any
        }
    }

    impl<'de> de::EnumAccess<'de> for Sample {
        type Error = ProbeError;
        type Variant = Sample;

        fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Sample), ProbeError> {
            let first: U32Deserializer<ProbeError> = 0u32.into_deserializer();
            Ok((seed.deserialize(first)?, self))
        }
    }

    impl<'de> de::VariantAccess<'de> for Sample {
        type Error = ProbeError;

        fn unit_variant(self) -> Result<(), ProbeError> {
            Ok(())
        }
        fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, ProbeError> {
            seed.deserialize(self)
        }
        fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, ProbeError> {
            self.deserialize_seq(visitor)
        }
        fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, ProbeError> {
            self.deserialize_map(visitor)
        }
    }
}


struct DatasetHeader {
    format: String,
    version: i64,
}

/// Imports a whole-database JSON document (as written by `export::json`); returns records saved.
pub fn import_dataset(store: &mut dyn Backend, text: &str, source_name: &str) -> Result<usize> {
    let text = dataset_text(text, source_name)?;
    let sections = dataset_sections(&text, source_name)?;
    store.transaction(Purpose::Import, |tx| import_sections(tx, &text, &sections, source_name))
}

/// Imports a whole-database JSON document inside the transaction `tx` (a restore from the
/// trash takes its entry out in the same one); returns records saved.
pub fn import_dataset_in(tx: &dyn Writer, text: &str, source_name: &str) -> Result<usize> {
    let text = dataset_text(text, source_name)?;
    let sections = dataset_sections(&text, source_name)?;
    import_sections(tx, &text, &sections, source_name)
}

/// The document's text without its byte-order mark, with `\n` line endings; an empty one is refused.
fn dataset_text<'a>(text: &'a str, source_name: &str) -> Result<Cow<'a, str>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    refuse_empty(text, source_name)?;
    Ok(lone_cr_to_lf(text))
}

/// The document's sections, once its identification and section names are checked.
fn dataset_sections<'a>(text: &'a str, source_name: &str) -> Result<std::collections::BTreeMap<String, &'a RawValue>> {
    let sections: std::collections::BTreeMap<String, &RawValue> = serde_json::from_str(text).map_err(|e| {
        let at = Position::START.advanced_by(&e);
        let message = format!("{} at column {}", strip_position(&e), at.column);
        import_error(source_name, RowError { line: at.line, column: None, message })
    })?;
    let header = DatasetHeader {
        format: sections.get("format").and_then(|v| serde_json::from_str(v.get()).ok()).unwrap_or_default(),
        version: sections.get("version").and_then(|v| serde_json::from_str(v.get()).ok()).unwrap_or_default(),
    };
    if header.format != DATASET_FORMAT {
        return Err(Error::wrong_file(source_name, format!("is not a CxO Review export (its \"format\" is not \"{DATASET_FORMAT}\")")));
    }
    if header.version > DATASET_VERSION {
        return Err(Error::wrong_file(
            source_name,
            format!("was exported by a newer CxO Review (document version {}); upgrade to import it", header.version),
        ));
    }
    for name in sections.keys() {
        let known = name == "format"
            || name == "version"
            || name == DOCUMENT_OPTIONS_SECTION
            || SECTIONS.iter().any(|(section, _)| section == name);
        if !known {
            return Err(Error::wrong_file(source_name, format!("has an unknown section \"{name}\"")));
        }
    }
    Ok(sections)
}

/// Saves the records of every section, in import order, all or nothing.
fn import_sections(
    tx: &dyn Writer,
    text: &str,
    sections: &std::collections::BTreeMap<String, &RawValue>,
    source_name: &str,
) -> Result<usize> {
    let lines = LineIndex::new(text);
    let mut problems = Problems::new();
    let mut saved = 0;
    let mut final_statuses = Vec::new();
    for (name, kind) in SECTIONS {
        let Some(raw) = sections.get(*name) else { continue };
        let start = lines.position_of(text, offset_in(text, raw));
        let rows = match json_array(raw.get(), start) {
            Ok(rows) => rows,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        if *kind == Kind::Cycles {
            // Cycles are restored open so that their scores can be inserted, then closed or
            // signed off as exported.
            for row in &rows {
                let line = lines.line_of(offset_in(text, row));
                match serde_json::from_str::<ReviewCycle>(row.get()) {
                    Ok(mut cycle) => {
                        final_statuses.push(cycle.clone());
                        cycle.status = CycleStatus::Open;
                        cycle.signed_off_at = None;
                        cycle.digest = None;
                        saved += usize::from(save_row(tx, line, &cycle, &mut problems)?);
                    }
                    Err(e) => problems.push(RowError { line, column: None, message: strip_position(&e) }),
                }
            }
            continue;
        }
        saved += dispatch_json(tx, *kind, text, &lines, &rows, &mut problems)?;
    }
    // Cycles' header blocks once the cycles they name are in (a document of version 1 has none;
    // one may also bring the blocks of cycles already in the database).
    if let Some(raw) = sections.get(DOCUMENT_OPTIONS_SECTION) {
        saved += import_document_options(tx, text, &lines, raw, &mut problems)?;
    }
    problems.into_result(source_name)?;
    for cycle in final_statuses {
        tx.restore_cycle_status(&cycle)?;
    }
    Ok(saved)
}

/// Reads a file holding JSON into memory (whole-database imports need random access). Bytes
/// that are not UTF-8 are the file's fault, reported at their line and column.
pub fn read_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(bytes, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attendance, AttendanceMode};
    use crate::storage::Store;
    use crate::testing::{meeting, person, store_with_organizations};

    fn roster_store() -> Store {
        let mut store = store_with_organizations();
        store.create(&meeting("M1", "2024-03-05", AttendanceMode::Roster)).unwrap();
        store.create(&meeting("M2", "2024-04-05", AttendanceMode::Roster)).unwrap();
        for (name, org) in [("Ana", "Org KE"), ("Bo", "Org US"), ("Chen", "Org CN")] {
            store.create(&person(name, org)).unwrap();
        }
        store
    }

    fn import_roster(store: &mut Store, csv: &str) -> Result<usize> {
        import_reader(store, Kind::Attendance, Format::Csv, csv.as_bytes(), "roster.csv")
    }

    #[test]
    fn roster_rows_already_listed_are_reported_by_line_and_nothing_is_saved() {
        let mut store = roster_store();
        import_roster(&mut store, "meeting,person,status,executive\nM1,Ana,attended,true\n").unwrap();
        let csv = "meeting,person,status,executive\n\
                   M2,Ana,attended,true\n\
                   M1,Bo,attended,false\n\
                   M1,Ana,attended,false\n\
                   M2,Chen,registered,false\n\
                   M1,Bo,invited,false\n";
        let error = import_roster(&mut store, csv).unwrap_err();
        let Error::Import { errors, .. } = error else { panic!("expected row errors, got {error:?}") };
        let lines: Vec<(u64, Option<&str>)> = errors.iter().map(|e| (e.line, e.column.as_deref())).collect();
        assert_eq!(lines, [(4, Some("person")), (6, Some("person"))], "{errors:?}");
        assert!(errors[0].message.contains("Ana is already on the roster of M1"), "{}", errors[0].message);
        assert_eq!(store.list::<Attendance>().unwrap().len(), 1, "only the first import's row");
    }

    /// The required columns of docs/formats.md (the ones marked *), kind by kind; except a
    /// contribution's `sources`, which may be left out of the header like an empty cell, and
    /// is then refused on every row by validation ("name at least one source organization").
    const DOCUMENTED_REQUIRED: &[(Kind, &[&str])] = &[
        (Kind::Organizations, &["name", "category"]),
        (Kind::People, &["name", "role", "organization"]),
        (Kind::Meetings, &["key", "kind", "title", "start_date", "end_date", "venue", "status", "attendance_mode"]),
        (Kind::Attendance, &["meeting", "person", "status"]),
        (Kind::Counts, &["meeting", "region", "participants"]),
        (Kind::Priorities, &["meeting", "rank", "topic"]),
        (Kind::Decisions, &["meeting", "text"]),
        (Kind::Actions, &["meeting", "text", "owner", "status"]),
        (Kind::Contributions, &["symbol", "title", "date"]),
        (Kind::Proposals, &["contribution", "seq", "text", "disposition"]),
        (Kind::ActionPlan, &["code", "pillar", "title", "status"]),
        (Kind::Objectives, &["code", "title"]),
        (Kind::Reviewers, &["name"]),
        (Kind::Cycles, &["name", "period_from", "period_to"]),
        (Kind::Scores, &["cycle", "reviewer", "objective", "level"]),
        (Kind::Improvements, &["cycle", "objective", "title", "invitation"]),
    ];

    fn columns_of(kind: Kind) -> (&'static [&'static str], Vec<&'static str>) {
        fn of<E: RecordType>() -> (&'static [&'static str], Vec<&'static str>) {
            (columns::all::<E>(), columns::required::<E>())
        }
        with_kind!(kind, E => of::<E>())
    }

    #[test]
    fn the_columns_read_from_the_records_are_the_documented_ones() {
        assert_eq!(DOCUMENTED_REQUIRED.len(), Kind::ALL.len());
        for (kind, documented) in DOCUMENTED_REQUIRED {
            let (all, required) = columns_of(*kind);
            assert_eq!(required, *documented, "required columns of {kind}");
            assert!(required.iter().all(|c| all.contains(c)), "{kind}: {all:?}");
        }
        assert_eq!(columns_of(Kind::Organizations).0, ["name", "category", "country"]);
    }

    fn header(names: &str) -> csv::StringRecord {
        csv::StringRecord::from(names.split(',').collect::<Vec<_>>())
    }

    #[test]
    fn header_problems_name_repeated_unknown_and_missing_columns_once_on_line_1() {
        let (known, required) = (["name", "category", "country"], ["name", "category"]);
        assert!(header_problems(&header("country,name,category"), &known, &required).is_empty());
        let problems = header_problems(&header("name,name,colour,colour,country"), &known, &required);
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "line 1, column name: appears 2 times in the header",
                "line 1, column colour: appears 2 times in the header",
                "line 1: unknown column(s) \"colour\"; expected columns: name*, category*, country (* required)",
                "line 1: missing field `category`: the header lacks this required column",
            ]
        );
        let none_known = header_problems(&header("a,b"), &known, &required);
        assert!(none_known[0].message.starts_with("the first line must name the columns; unknown column(s) \"a\", \"b\""));
        assert_eq!(none_known[1].message, "missing fields `name`, `category`: the header lacks these required columns");
    }

    #[test]
    fn a_row_with_several_bad_fields_counts_once() {
        let mut problems = Problems::new();
        for (line, column) in [(2, "a"), (2, "b"), (3, "a")] {
            problems.push(RowError { line, column: Some(column.into()), message: "bad".into() });
        }
        let shown = problems.into_result("f.csv").unwrap_err().to_string();
        assert!(shown.starts_with("f.csv: 2 bad row(s), nothing was imported\nline 2, column a: bad\n"), "{shown}");
    }

    #[test]
    fn bad_rows_beyond_the_listed_ones_are_counted_not_listed() {
        let mut problems = Problems::new();
        for line in 2..252 {
            problems.push(RowError { line, column: None, message: "bad".into() });
        }
        let error = problems.into_result("bad.csv").unwrap_err();
        let Error::Import { ref errors, more, .. } = error else { panic!("a capped list, got {error:?}") };
        assert_eq!((errors.len(), more), (200, 50));
        let shown = error.to_string();
        assert!(shown.starts_with("bad.csv: 250 bad row(s), nothing was imported\nline 2: bad\n"), "{shown}");
        assert!(shown.ends_with("\nline 201: bad\n… and 50 more bad row(s) not listed"), "{shown}");
        assert!(!shown.contains("line 0"));
    }

    #[test]
    fn every_line_ending_ends_a_line() {
        let text = "a\nb\r\nc\rd";
        let lines = LineIndex::new(text);
        let line_of = |needle: char| lines.line_of(text.find(needle).unwrap());
        assert_eq!([line_of('a'), line_of('b'), line_of('c'), line_of('d')], [1, 2, 3, 4]);
        assert_eq!(Position::end_of("a\nb\r\nc\réé"), Position { line: 4, column: 3 });
        assert_eq!(lines.position_of(text, text.find('d').unwrap()), Position { line: 4, column: 1 });
        assert_eq!(lone_cr_to_lf("[1,\r2,\r\n3]"), "[1,\n2,\r\n3]");
    }

    #[test]
    fn undecodable_bytes_are_reported_where_they_are() {
        let error = decode(b"name\nCaf\xc3\xa9 \xe9t\xe9\n".to_vec(), "orgs.csv").unwrap_err();
        let Error::Import { errors, .. } = error else { panic!("row errors") };
        assert_eq!(errors[0].line, 2);
        assert!(errors[0].message.contains("byte 0xE9 at column 6"), "{}", errors[0].message);
        assert_eq!(decode("\u{feff}name".as_bytes().to_vec(), "x.csv").unwrap(), "name", "the byte-order mark goes");
    }

    #[test]
    fn files_without_records_are_refused() {
        let mut store = roster_store();
        let refused = |store: &mut Store, format, text: &str| {
            import_reader(store, Kind::Attendance, format, text.as_bytes(), "roster").unwrap_err().to_string()
        };
        assert_eq!(refused(&mut store, Format::Csv, " \r\n"), "roster is empty: nothing was imported");
        assert_eq!(refused(&mut store, Format::Json, ""), "roster is empty: nothing was imported");
        assert_eq!(refused(&mut store, Format::Csv, "meeting,person,status\n"), "roster has a header but no rows: nothing was imported");
        assert_eq!(refused(&mut store, Format::Json, "[]"), "roster holds no records: nothing was imported");
        assert!(refused(&mut store, Format::Csv, "[{\"meeting\": \"M1\"}]").contains("line 1: looks like JSON"));
    }

    #[test]
    fn a_clean_roster_file_is_saved_in_file_order() {
        let mut store = roster_store();
        let csv = "meeting,person,status,executive\nM2,Chen,attended,true\nM1,Ana,attended,false\nM1,Bo,registered,false\n";
        assert_eq!(import_roster(&mut store, csv).unwrap(), 3);
        let saved: Vec<(String, String)> =
            store.list::<Attendance>().unwrap().into_iter().map(|r| (r.data.meeting, r.data.person)).collect();
        assert_eq!(saved, [("M2".into(), "Chen".into()), ("M1".into(), "Ana".into()), ("M1".into(), "Bo".into())]);
    }

    #[test]
    fn unknown_people_and_meetings_in_a_roster_are_reported_before_anything_is_written() {
        let mut store = roster_store();
        let csv = "meeting,person,status,executive\nM1,Ana,attended,true\nM9,Bo,attended,true\nM1,Nobody,attended,true\n";
        let Error::Import { errors, .. } = import_roster(&mut store, csv).unwrap_err() else { panic!("row errors") };
        let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4]);
        assert!(store.list::<Attendance>().unwrap().is_empty());
    }
}
