//! Files in and out: imports (all or nothing), the whole-database export, CSV tables.

use std::io::{Read, Write};
use std::path::Path;

use super::{Opening, Session};
use crate::error::{Error, Result};
use crate::msg;
use crate::export::json::DatasetWriter;
use crate::export::tables::{self, DatabaseTable, Table, TableData};
use crate::import::Format;
use crate::model::history::{Cause, WriteCause};
use crate::model::{with_kind, CycleDocumentOptions, Kind, ReviewCycle, DOCUMENT_OPTIONS_SECTION, SECTIONS};

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

/// An import's cause: its file, and a batch id shared by the records it brings in.
pub(crate) fn import_cause(source_name: &str) -> Result<WriteCause> {
    Ok(WriteCause { cause: Cause::Import, detail: source_name.to_string(), batch: hex::encode(super::packages::random::<8>()?) })
}

impl Session {
    /// Imports the file at `path`; returns the records saved. Any bad row rejects the whole
    /// file, with every bad row's line and column.
    pub fn import(&mut self, kind: ImportKind, path: &Path) -> Result<usize> {
        let name = path.display().to_string();
        let imported = self.with_cause(import_cause(&name)?, |session| match kind {
            ImportKind::All => {
                let text = crate::import::read_file(path)?;
                crate::import::import_dataset(&mut session.store, &text, &name)
            }
            ImportKind::One(kind) => crate::import::import_file(&mut session.store, kind, path),
        });
        imported.map_err(|e| e.during("importing the file"))
    }

    /// Imports records of `kind` in `format` from `input`, named `source_name` in messages.
    pub fn import_from(&mut self, kind: Kind, format: Format, input: impl Read, source_name: &str) -> Result<usize> {
        self.with_cause(import_cause(source_name)?, |session| {
            crate::import::import_reader(&mut session.store, kind, format, input, source_name)
        })
        .map_err(|e| e.during("importing the file"))
    }

    /// Imports a whole-database export held in `text`.
    pub fn import_dataset(&mut self, text: &str, source_name: &str) -> Result<usize> {
        self.with_cause(import_cause(source_name)?, |session| crate::import::import_dataset(&mut session.store, text, source_name))
            .map_err(|e| e.during("importing the file"))
    }

    /// Writes the whole database to `path` as one JSON document, re-importable as `all`.
    /// A file holding values of the wrong type (written around the product) is refused, naming
    /// them, before anything is written: `check --repair` sets them aside, then it exports.
    pub fn export_dataset(&self, path: &Path) -> Result<()> {
        self.export_dataset_as(path, false)
    }

    /// The same, with the database's history after the records when this login may read all
    /// of it (`export json --history`): a document another database can be given with its past.
    pub fn export_dataset_with_history(&self, path: &Path) -> Result<()> {
        self.export_dataset_as(path, true)
    }

    fn export_dataset_as(&self, path: &Path, with_history: bool) -> Result<()> {
        let wrong = self.store.wrong_values()?;
        if !wrong.is_empty() {
            let listed: Vec<String> = wrong.iter().take(10).map(ToString::to_string).collect();
            let values = format!("{}{}", listed.join("; "), if wrong.len() > listed.len() { "; …" } else { "" });
            return Err(Error::Inconsistent(msg!("inconsistent-wrong-values", count = wrong.len(), values = values)));
        }
        crate::output::write_file(&self.store, path, |file| self.write_dataset_as(file, with_history))
            .map_err(|e| e.during("exporting the database"))
    }

    /// Writes the whole database as one JSON document to `out`, a section at a time. A signed-off
    /// cycle changed outside the product is written as stored, with its recorded digest: this is
    /// how data gets out (a backup, a copy), and wherever the document is imported `check`
    /// reports the change again. Every export of the cycle's content alone is refused.
    pub fn write_dataset(&self, out: impl Write) -> Result<()> {
        self.write_dataset_as(out, false)
    }

    /// The whole database as [`Session::write_dataset`] writes it, and its history after the
    /// records when this login may read all of it (docs/formats.md): what `export json` writes
    /// and a copy carries.
    pub fn write_dataset_with_history(&self, out: impl Write) -> Result<()> {
        self.write_dataset_as(out, true)
    }

    fn write_dataset_as(&self, out: impl Write, with_history: bool) -> Result<()> {
        let mut writer = DatasetWriter::new(out)?;
        for (name, kind) in SECTIONS {
            with_kind!(*kind, E => writer.section(name, &self.store.list::<E>()?)?);
            if *kind == Kind::Cycles {
                writer.rows(DOCUMENT_OPTIONS_SECTION, &self.cycles_document_options()?)?;
            }
        }
        if with_history {
            if let Some(entries) = self.store.whole_history()? {
                writer.rows(crate::model::history::HISTORY_SECTION, &entries)?;
            }
        }
        writer.finish()
    }

    /// The header block of every cycle that has one saved, in the cycles' order (a few cycles,
    /// one read each).
    fn cycles_document_options(&self) -> Result<Vec<CycleDocumentOptions>> {
        let mut saved = Vec::new();
        for cycle in self.store.list::<ReviewCycle>()? {
            if let Some(options) = self.store.document_options(cycle.id)? {
                saved.push(CycleDocumentOptions::new(cycle.data.name, options));
            }
        }
        Ok(saved)
    }

    /// Copies every record of this database into `target`, which must hold none yet (a file
    /// just created, or a team database just set up): from a file to a server, a server to a
    /// file, or between two of either. The copy is checked: its whole-database export must be
    /// the source's byte for byte, else the copy is reported as failed.
    pub fn copy_to(&self, target: &mut Session) -> Result<Copied> {
        if !target.store.is_empty()? {
            return Err(Error::Precondition(msg!("precondition-copy-target-not-empty", target = target.describe())));
        }
        let mut source = Vec::new();
        self.write_dataset_with_history(&mut source).map_err(|e| e.during("reading the database to copy"))?;
        let text = String::from_utf8(source).map_err(|e| Error::Internal(format!("the export is not UTF-8: {e}")))?;
        // The records are compared; the copy's history holds the source's and its own entries.
        let mut source_records = Vec::new();
        self.write_dataset(&mut source_records).map_err(|e| e.during("reading the database to copy"))?;
        let source_name = self.describe();
        let records = target
            .with_cause(WriteCause::with_detail(Cause::Copy, &source_name), |target| {
                crate::import::import_dataset(&mut target.store, &text, &source_name)
            })
            .map_err(|e| e.during("writing the copy"))?;
        let mut copy = Vec::new();
        target.write_dataset(&mut copy).map_err(|e| e.during("reading the copy back"))?;
        if copy != source_records {
            return Err(Error::Inconsistent(msg!("inconsistent-copy-differs", copy = target.describe(), source = self.describe())));
        }
        Ok(Copied { records, bytes: copy.len() })
    }

    /// Copies every record into a new database file at `target`, which must not exist yet. The
    /// copy is built under a hidden temporary name beside it, checked, and given `target`'s name
    /// only when complete: an interrupted or failed copy leaves nothing under the name asked for
    /// (a retry works), and a failure removes what it made and says its real cause.
    pub fn copy_to_new_file(&self, target: &Path) -> Result<Copied> {
        crate::output::refuse_working_file(self.store.path(), target)?;
        if target.exists() {
            return Err(Error::invalid_because("file", msg!("invalid-file-exists", path = target.display().to_string())));
        }
        let partial = crate::storage::file::partial_database_beside(target);
        let copied = (|| {
            let mut copy = Session::open(&partial, Opening::New)?;
            let copied = self.copy_to(&mut copy)?;
            // Closed first: its -wal is written into the file before the file takes the name.
            drop(copy);
            crate::storage::file::publish_database(&partial, target)?;
            Ok(copied)
        })();
        if copied.is_err() {
            crate::storage::file::remove_database(&partial);
        }
        copied
    }

    /// Table `name`: of the database, or of cycle `cycle`'s summary when one is given.
    pub fn table(&self, name: &str, cycle: Option<i64>, include_confidential: bool) -> Result<Table> {
        if let Some(cycle) = cycle {
            // A cycle's tables carry what its summary states: a signed-off cycle changed outside
            // the product is refused, as its summary is.
            let (data, _) = super::review::sealed_cycle(&self.store, cycle)?;
            let summary = crate::review::summarize(&data, crate::review::SummaryOptions { include_confidential })?;
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
        crate::output::write_file(&self.store, path, |out| {
            crate::export::csv::write_table(out, &table.header, &table.text_rows())
        })?;
        Ok(table.rows.len())
    }

    /// Reads a text file a user named (a JSON summary to verify).
    pub fn read_text(path: &Path) -> Result<String> {
        std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, CycleStatus, DocumentOptions};
    use crate::storage::Store;
    use crate::testing::date;

    fn demo() -> Session {
        let mut session = Session::on(Store::for_tests());
        crate::demo::load(&mut session.store).unwrap();
        session
    }

    fn export(session: &Session) -> String {
        let mut out = Vec::new();
        session.write_dataset(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn options(td: &str, email: &str) -> DocumentOptions {
        DocumentOptions {
            td_number: td.into(),
            place_and_date: "Geneva, 26–30 January 2026".into(),
            source: "Rapporteur, RG-IEM".into(),
            contact: Contact {
                name: "Ann Ñandú".into(),
                organization: "TSB".into(),
                country: "Switzerland".into(),
                tel: "+41 22 730 5851".into(),
                email: email.into(),
            },
        }
    }

    /// The demo with a second, closed cycle; both cycles have their header block saved.
    fn demo_with_options() -> (Session, Vec<(String, DocumentOptions)>) {
        let mut session = demo();
        let first = session.list::<ReviewCycle>().unwrap().remove(0).data;
        session
            .create(&ReviewCycle {
                name: "Review 2026".into(),
                period_from: date("2026-01-01"),
                period_to: date("2026-12-31"),
                status: CycleStatus::Closed,
                ..first.clone()
            })
            .unwrap();
        let mut saved = Vec::new();
        for (cycle, td) in session.list::<ReviewCycle>().unwrap().into_iter().zip(["TSAG-TD101", "TSAG-TD202"]) {
            let block = options(td, &format!("{}@example.org", td.to_lowercase()));
            session.set_document_options(cycle.id, &block).unwrap();
            saved.push((cycle.data.name, block));
        }
        (session, saved)
    }

    /// Every cycle's stored header block, by the cycle's name.
    fn stored(session: &Session) -> Vec<(String, DocumentOptions)> {
        let mut found = Vec::new();
        for cycle in session.list::<ReviewCycle>().unwrap() {
            if let Some(block) = session.store.document_options(cycle.id).unwrap() {
                found.push((cycle.data.name, block));
            }
        }
        found
    }

    #[test]
    fn the_cycles_document_options_survive_an_export_and_an_import() {
        let (session, saved) = demo_with_options();
        let text = export(&session);
        assert!(text.contains("\n  \"document_options\": [\n    {\"cycle\":"), "one block per line after the cycles");
        let mut copy = Session::on(Store::for_tests());
        copy.import_dataset(&text, "export.json").unwrap();
        assert_eq!(stored(&copy), saved);
        assert_eq!(export(&copy), text, "exported again, byte for byte");
    }

    #[test]
    fn a_copy_carries_the_document_options() {
        let (session, saved) = demo_with_options();
        let mut target = Session::on(Store::for_tests());
        let copied = session.copy_to(&mut target).unwrap();
        assert_eq!(stored(&target), saved);
        assert_eq!(copied.bytes, export(&session).len());
    }

    #[test]
    fn a_document_without_document_options_still_imports_and_a_newer_one_is_refused() {
        let session = demo();
        let text = export(&session);
        assert!(text.contains("\"document_options\": []"), "written even when empty");
        let first_release = text
            .replace(&format!("\"version\": {}", crate::model::DATASET_VERSION), "\"version\": 1")
            .replace(",\n  \"document_options\": []", "");
        assert!(first_release.contains("\"version\": 1,") && !first_release.contains("document_options"));
        let mut copy = Session::on(Store::for_tests());
        copy.import_dataset(&first_release, "old.json").unwrap();
        assert!(stored(&copy).is_empty());
        assert_eq!(export(&copy), text);

        let newer = text.replace(&format!("\"version\": {}", crate::model::DATASET_VERSION), "\"version\": 99");
        let error = Session::on(Store::for_tests()).import_dataset(&newer, "new.json").unwrap_err().to_string();
        assert!(error.contains("newer CxO Review (document version 99)"), "{error}");
    }

    #[test]
    fn bad_document_options_are_refused_by_line_and_field_and_nothing_is_imported() {
        let (session, _) = demo_with_options();
        let text = export(&session);
        let start = text.find("\"document_options\": [").unwrap();
        let line_of = |needle: &str| text[..text[start..].find(needle).unwrap() + start].matches('\n').count() as u64 + 1;
        let (first_line, second_line) = (line_of("TSAG-TD101"), line_of("TSAG-TD202"));
        let bad = text
            .replace("tsag-td101@example.org", "not an address")
            .replace("{\"cycle\":\"Review 2026\"", "{\"cycle\":\"Review 1999\"");
        let mut target = Session::on(Store::for_tests());
        let error = target.import_dataset(&bad, "bad.json").unwrap_err();
        let Error::Import { errors, .. } = &error else { panic!("row errors, got {error:?}") };
        let found: Vec<(u64, Option<&str>)> = errors.iter().map(|e| (e.line, e.column.as_deref())).collect();
        assert_eq!(found, [(first_line, Some("contact.email")), (second_line, Some("cycle"))], "{error}");
        assert!(errors[1].message.contains("no review cycle is named \"Review 1999\""), "{error}");
        assert!(target.store.is_empty().unwrap(), "all or nothing");

        let misspelt = text.replacen("\"email\":\"tsag-td101", "\"e-mail\":\"tsag-td101", 1);
        let error = target.import_dataset(&misspelt, "typo.json").unwrap_err();
        let Error::Import { errors, .. } = &error else { panic!("row errors, got {error:?}") };
        assert_eq!((errors[0].line, errors[0].column.as_deref()), (first_line, Some("contact.e-mail")), "{error}");
        assert!(errors[0].message.contains("unknown field `e-mail`"), "{error}");
        assert!(target.store.is_empty().unwrap());
    }

    #[test]
    fn an_import_never_overwrites_a_cycles_saved_document_options() {
        let (mut session, saved) = demo_with_options();
        let (name, _) = &saved[0];
        let document = serde_json::json!({
            "format": "cxo-review",
            "version": 2,
            "document_options": [CycleDocumentOptions::new(name.clone(), options("TSAG-TD999", ""))],
        })
        .to_string();
        let error = session.import_dataset(&document, "more.json").unwrap_err().to_string();
        assert!(error.contains("already has its document options"), "{error}");
        assert_eq!(stored(&session), saved);
    }
}
