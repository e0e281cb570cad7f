//! Files in and out: imports (all or nothing), the whole-database export, CSV tables.

use std::io::{Read, Write};
use std::path::Path;

use super::Session;
use crate::error::{Error, Result};
use crate::import::{Format, Kind};

/// What an import file holds: records of one kind, or a whole-database export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    One(Kind),
    All,
}

impl std::str::FromStr for ImportKind {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Self, String> {
        match text {
            "all" => Ok(ImportKind::All),
            _ => text.parse().map(ImportKind::One),
        }
    }
}

impl Session {
    /// Imports the file at `path`; returns the records saved. Any bad row rejects the whole
    /// file, with every bad row's line and column.
    pub fn import(&mut self, kind: ImportKind, path: &Path) -> Result<usize> {
        match kind {
            ImportKind::All => {
                let text = crate::import::read_file(path)?;
                crate::import::import_dataset(&mut self.store, &text, &path.display().to_string())
            }
            ImportKind::One(kind) => crate::import::import_file(&mut self.store, kind, path),
        }
    }

    /// Imports records of `kind` in `format` from `input`, named `source_name` in messages.
    pub fn import_from(&mut self, kind: Kind, format: Format, input: impl Read, source_name: &str) -> Result<usize> {
        crate::import::import_reader(&mut self.store, kind, format, input, source_name)
    }

    /// Imports a whole-database export held in `text`.
    pub fn import_dataset(&mut self, text: &str, source_name: &str) -> Result<usize> {
        crate::import::import_dataset(&mut self.store, text, source_name)
    }

    /// Writes the whole database to `path` as one JSON document, re-importable as `all`.
    pub fn export_dataset(&self, path: &Path) -> Result<()> {
        crate::output::write_file(&self.store, path, |file| crate::export::json::write_dataset(&self.store, file))
    }

    /// Writes the whole database as one JSON document to `out`.
    pub fn write_dataset(&self, out: impl Write) -> Result<()> {
        crate::export::json::write_dataset(&self.store, out)
    }

    /// Writes table `name` (of the database, or of cycle `cycle`'s summary) as CSV to `path`;
    /// returns its number of rows.
    pub fn export_table(&self, name: &str, cycle: Option<i64>, include_confidential: bool, path: &Path) -> Result<usize> {
        crate::export::tables::write_csv(&self.store, name, cycle, include_confidential, path)
    }

    /// Reads a text file a user named (a JSON summary to verify).
    pub fn read_text(path: &Path) -> Result<String> {
        std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
    }
}
