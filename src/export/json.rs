//! The whole database as one JSON document that the import reads back losslessly.
//!
//! Records refer to each other by natural keys, so the document does not depend on database
//! ids; sections appear in import order (`model::SECTIONS`). The use case hands the writer one
//! section at a time, so that a large database is never held in memory whole.

use std::io::Write;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{DATASET_FORMAT, DATASET_VERSION};
use crate::model::Record;

/// Writes the document section by section: [`DatasetWriter::section`] for each, then
/// [`DatasetWriter::finish`].
pub struct DatasetWriter<W: Write> {
    out: std::io::BufWriter<W>,
}

fn io(e: std::io::Error) -> Error {
    Error::io("export", e)
}

impl<W: Write> DatasetWriter<W> {
    pub fn new(out: W) -> Result<Self> {
        let mut out = std::io::BufWriter::new(out);
        write!(out, "{{\n  \"format\": \"{DATASET_FORMAT}\",\n  \"version\": {DATASET_VERSION}").map_err(io)?;
        Ok(DatasetWriter { out })
    }

    /// One section of records as a JSON array with one record per line, so that files diff
    /// well and import errors point at a line.
    pub fn section<E: Serialize + specta::Flatten>(&mut self, name: &str, records: &[Record<E>]) -> Result<()> {
        self.rows(name, records.iter().map(|record| &record.data))
    }

    /// One section of plain rows (not records of a kind: a cycle's document options), laid out
    /// as [`DatasetWriter::section`] lays out records.
    pub fn rows<'a, T: Serialize + 'a>(&mut self, name: &str, rows: impl IntoIterator<Item = &'a T>) -> Result<()> {
        let out = &mut self.out;
        write!(out, ",\n  \"{name}\": [").map_err(io)?;
        let mut empty = true;
        for row in rows {
            let separator = if empty { "" } else { "," };
            write!(out, "{separator}\n    ").map_err(io)?;
            serde_json::to_writer(&mut *out, row)?;
            empty = false;
        }
        if empty {
            return write!(out, "]").map_err(io);
        }
        write!(out, "\n  ]").map_err(io)
    }

    pub fn finish(mut self) -> Result<()> {
        writeln!(self.out, "\n}}").map_err(io)?;
        self.out.flush().map_err(io)
    }
}
