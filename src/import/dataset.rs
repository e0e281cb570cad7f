//! The whole-database JSON document (as written by `export::json`): its identification and
//! sections checked, then every section's records saved in import order, all or nothing, with
//! the cycles restored to the status they were exported in and their header blocks.
//!
//! It does not know how one section's rows are read (`json`) or a file decoded (`super`).

use std::borrow::Cow;

use serde_json::value::RawValue;

use crate::error::{Error, Result, RowError};
use crate::model::{CycleDocumentOptions, CycleStatus, ReviewCycle};
use crate::model::history::{check_chain, HistoryEntry, HISTORY_SECTION};
use crate::model::{DATASET_FORMAT, DATASET_VERSION, DOCUMENT_OPTIONS_SECTION, SECTIONS};
use crate::storage::{Store, Purpose, Tx};

use super::json::{dispatch_json, json_array, lone_cr_to_lf, offset_in, parse_row, strip_position};
use super::lines::{LineIndex, Position};
use super::{import_error, refuse_empty, save_row, Kind, Problems};

struct DatasetHeader {
    format: String,
    version: i64,
}

/// Imports a whole-database JSON document (as written by `export::json`); returns records saved.
pub fn import_dataset(store: &mut Store, text: &str, source_name: &str) -> Result<usize> {
    let text = dataset_text(text, source_name)?;
    let sections = dataset_sections(&text, source_name)?;
    store.write(Purpose::Import, |tx| import_sections(tx, &text, &sections, source_name))
}

/// Imports a whole-database JSON document inside the transaction `tx` (a restore from the
/// trash takes its entry out in the same one); returns records saved.
pub fn import_dataset_in(tx: &Tx, text: &str, source_name: &str) -> Result<usize> {
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
        import_error(source_name, RowError { line: at.line, column: None, message, text: None })
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
            || name == HISTORY_SECTION
            || SECTIONS.iter().any(|(section, _)| section == name);
        if !known {
            return Err(Error::wrong_file(source_name, format!("has an unknown section \"{name}\"")));
        }
    }
    Ok(sections)
}

/// Saves the records of every section, in import order, all or nothing.
fn import_sections(
    tx: &Tx,
    text: &str,
    sections: &std::collections::BTreeMap<String, &RawValue>,
    source_name: &str,
) -> Result<usize> {
    let lines = LineIndex::new(text);
    let mut problems = Problems::new();
    let mut saved = 0;
    let mut final_statuses = Vec::new();
    // The document's history first, so that it comes before the entries its records make here.
    if let Some(raw) = sections.get(HISTORY_SECTION) {
        bring_history(tx, text, &lines, raw, source_name)?;
    }
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
                    Err(e) => problems.push(RowError { line, column: None, message: strip_position(&e), text: None }),
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

/// Checks the chain of the document's "history" section (`raw`) and brings its entries into this
/// database's history; a broken chain refuses the whole document, naming the entry.
fn bring_history(tx: &Tx, text: &str, lines: &LineIndex, raw: &RawValue, source_name: &str) -> Result<()> {
    let entries: Vec<HistoryEntry> = serde_json::from_str(raw.get()).map_err(|e| {
        let line = lines.line_of(offset_in(text, raw));
        import_error(source_name, RowError { line, column: None, message: format!("the history does not read: {}", strip_position(&e)), text: None })
    })?;
    let chain = check_chain(entries.iter().cloned());
    if let Some(id) = chain.first_broken.or((chain.unchained > 0).then_some(0)) {
        let which = if id == 0 { "has entries not chained".to_string() } else { format!("is broken at entry {id}") };
        return Err(Error::wrong_file(
            source_name,
            format!("its history {which}: it was changed after it was written; nothing was imported"),
        ));
    }
    for entry in &entries {
        tx.bring_history(entry, source_name)?;
    }
    Ok(())
}

/// Saves the header blocks of the "document_options" section (`raw`), once the cycles they
/// name are saved; returns how many were.
fn import_document_options(
    tx: &Tx,
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
