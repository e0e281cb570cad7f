//! Records by kind: the generic editing of the app's forms, and typed access for tests and
//! benchmarks. Writes are validated by storage's transaction whatever the path.

use serde_json::Value;

use super::Session;
use crate::error::Result;
use crate::model::Record;

pub use crate::import::Kind as RecordKind;
/// A record type the database keeps (one per [`RecordKind`]).
pub use crate::model::RecordType;

impl Session {
    /// The records of `kind` in id order as `{id, …fields}` objects; only the first `limit`
    /// when given (a long list's first screenful, sent before the rest).
    pub fn records(&self, kind: RecordKind, limit: Option<usize>) -> Result<Value> {
        crate::records::list(&*self.store, kind, limit).map_err(|e| e.during("listing the records"))
    }

    /// Record `id` of `kind` as `{id, version, …fields}`: what a form loads, and loads again
    /// when its save was refused because someone else saved first.
    pub fn record(&self, kind: RecordKind, id: i64) -> Result<Value> {
        crate::records::get(&*self.store, kind, id).map_err(|e| e.during("loading the record"))
    }

    /// Saves a new record of `kind` given as JSON; returns its id.
    pub fn create_record(&mut self, kind: RecordKind, record: Value) -> Result<i64> {
        crate::records::create(&mut *self.store, kind, record).map_err(|e| e.during("saving the record"))
    }

    /// Saves changes to record `id` of `kind` (an improvement proposal whose words change is
    /// marked edited, so that drafting keeps it). With the `version` the record was loaded
    /// with, a save after someone else's is refused with [`Error::Conflict`](crate::Error::Conflict).
    pub fn update_record(&mut self, kind: RecordKind, id: i64, record: Value) -> Result<()> {
        crate::records::update(&mut *self.store, kind, id, record).map_err(|e| e.during("saving the record"))
    }

    /// Saves a new record; returns its id.
    pub fn create<E: RecordType>(&mut self, record: &E) -> Result<i64> {
        self.store.create(record)
    }

    pub fn update<E: RecordType>(&mut self, id: i64, record: &E) -> Result<()> {
        self.store.update(id, record)
    }

    pub fn get<E: RecordType>(&self, id: i64) -> Result<Record<E>> {
        self.store.get(id)
    }

    pub fn list<E: RecordType>(&self) -> Result<Vec<Record<E>>> {
        self.store.list()
    }
}
