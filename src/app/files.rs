//! Files in and out: imports (all or nothing), the whole-database export, CSV tables.

use std::io::{Read, Write};
use std::path::Path;

use super::Session;
use crate::error::{Error, Result};
use crate::export::json::DatasetWriter;
use crate::export::tables::{self, DatabaseTable, Table, TableData};
use crate::import::Format;
use crate::model::{with_kind, Kind, SECTIONS};

/// What a copy wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    /// The records copied.
    pub records: usize,
    /// The size of the whole-database export both databases give.
    pub bytes: usize,
}

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
        let imported = match kind {
            ImportKind::All => {
                let text = crate::import::read_file(path)?;
                crate::import::import_dataset(&mut *self.store, &text, &path.display().to_string())
            }
            ImportKind::One(kind) => crate::import::import_file(&mut *self.store, kind, path),
        };
        imported.map_err(|e| e.during("importing the file"))
    }

    /// Imports records of `kind` in `format` from `input`, named `source_name` in messages.
    pub fn import_from(&mut self, kind: Kind, format: Format, input: impl Read, source_name: &str) -> Result<usize> {
        crate::import::import_reader(&mut *self.store, kind, format, input, source_name).map_err(|e| e.during("importing the file"))
    }

    /// Imports a whole-database export held in `text`.
    pub fn import_dataset(&mut self, text: &str, source_name: &str) -> Result<usize> {
        crate::import::import_dataset(&mut *self.store, text, source_name).map_err(|e| e.during("importing the file"))
    }

    /// Writes the whole database to `path` as one JSON document, re-importable as `all`.
    pub fn export_dataset(&self, path: &Path) -> Result<()> {
        crate::output::write_file(&*self.store, path, |file| self.write_dataset(file)).map_err(|e| e.during("exporting the database"))
    }

    /// Writes the whole database as one JSON document to `out`, a section at a time.
    pub fn write_dataset(&self, out: impl Write) -> Result<()> {
        let mut writer = DatasetWriter::new(out)?;
        for (name, kind) in SECTIONS {
            with_kind!(*kind, E => writer.section(name, &self.store.list::<E>()?)?);
        }
        writer.finish()
    }

    /// Copies every record of this database into `target`, which must hold none yet (a file
    /// just created, or a team database just set up): from a file to a server, a server to a
    /// file, or between two of either. The copy is checked: its whole-database export must be
    /// the source's byte for byte, else the copy is reported as failed.
    pub fn copy_to(&self, target: &mut Session) -> Result<Copied> {
        if !target.store.is_empty()? {
            return Err(Error::Precondition(format!(
                "{} already holds records: copy into a new, empty database",
                target.describe()
            )));
        }
        let mut source = Vec::new();
        self.write_dataset(&mut source).map_err(|e| e.during("reading the database to copy"))?;
        let text = String::from_utf8(source).map_err(|e| Error::Internal(format!("the export is not UTF-8: {e}")))?;
        let records = target.import_dataset(&text, &self.describe()).map_err(|e| e.during("writing the copy"))?;
        let mut copy = Vec::new();
        target.write_dataset(&mut copy).map_err(|e| e.during("reading the copy back"))?;
        if copy != text.as_bytes() {
            return Err(Error::Inconsistent(format!(
                "the copy in {} differs from {} once exported; do not use it",
                target.describe(),
                self.describe()
            )));
        }
        Ok(Copied { records, bytes: copy.len() })
    }

    /// Table `name`: of the database, or of cycle `cycle`'s summary when one is given.
    pub fn table(&self, name: &str, cycle: Option<i64>, include_confidential: bool) -> Result<Table> {
        if let Some(cycle) = cycle {
            let summary = self.cycle_summary(cycle, crate::review::SummaryOptions { include_confidential })?;
            return tables::summary_table(&summary, name);
        }
        let data = match name.parse::<DatabaseTable>()? {
            DatabaseTable::Organizations => TableData::Organizations(self.store.list()?),
            DatabaseTable::People => TableData::People(self.store.list()?),
            DatabaseTable::Meetings => TableData::Meetings(self.store.list()?),
            DatabaseTable::Attendance => TableData::Attendance(self.store.list()?),
            DatabaseTable::Counts => TableData::Counts(self.store.list()?),
            DatabaseTable::Actions => TableData::Actions(self.store.list()?),
            DatabaseTable::Contributions => TableData::Contributions(self.store.list()?),
            DatabaseTable::Proposals => TableData::Proposals(self.store.list()?),
            DatabaseTable::Statistics => TableData::Statistics(self.statistics(None, None)?),
        };
        Ok(tables::database_table(data, include_confidential))
    }

    /// Writes table `name` (of the database, or of cycle `cycle`'s summary) as CSV to `path`;
    /// returns its number of rows.
    pub fn export_table(&self, name: &str, cycle: Option<i64>, include_confidential: bool, path: &Path) -> Result<usize> {
        let table = self.table(name, cycle, include_confidential)?;
        crate::output::write_file(&*self.store, path, |out| {
            crate::export::csv::write_table(out, &table.header, &table.text_rows())
        })?;
        Ok(table.rows.len())
    }

    /// Reads a text file a user named (a JSON summary to verify).
    pub fn read_text(path: &Path) -> Result<String> {
        std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
    }
}
