//! Records by kind: the generic editing of the app's forms, and typed access for tests and
//! benchmarks. Writes are validated by storage's transaction whatever the path.

use serde_json::Value;

use super::Session;
use crate::error::{Error, Result};
use crate::model::{with_kind, Record};

pub use crate::import::Kind as RecordKind;
/// A record type the database keeps (one per [`RecordKind`]).
pub use crate::model::RecordType;

impl Session {
    /// The records of `kind` in id order as `{id, …fields}` objects; only the first `limit`
    /// when given (a long list's first screenful, sent before the rest).
    pub fn records(&self, kind: RecordKind, limit: Option<usize>) -> Result<Value> {
        crate::records::list(&self.store, kind, limit).map_err(|e| e.during("listing the records"))
    }

    /// Record `id` of `kind` as `{id, version, …fields}`: what a form loads, and loads again
    /// when its save was refused because someone else saved first.
    pub fn record(&self, kind: RecordKind, id: i64) -> Result<Value> {
        crate::records::get(&self.store, kind, id).map_err(|e| e.during("loading the record"))
    }

    /// Saves a new record of `kind` given as JSON; returns its id.
    pub fn create_record(&mut self, kind: RecordKind, record: Value) -> Result<i64> {
        crate::records::create(&mut self.store, kind, record).map_err(|e| e.during("saving the record"))
    }

    /// Saves changes to record `id` of `kind` (an improvement proposal whose words change is
    /// marked edited, so that drafting keeps it). With the `version` the record was loaded
    /// with, a save after someone else's is refused with [`Error::Conflict`](crate::Error::Conflict).
    pub fn update_record(&mut self, kind: RecordKind, id: i64, record: Value) -> Result<()> {
        crate::records::update(&mut self.store, kind, id, record).map_err(|e| e.during("saving the record"))
    }

    /// Saves a new record; returns its id.
    pub fn create<E: RecordType>(&mut self, record: &E) -> Result<i64> {
        with_kind!(E::KIND, T => self.store.create::<T>(as_stored(record)?))
    }

    pub fn update<E: RecordType>(&mut self, id: i64, record: &E) -> Result<()> {
        with_kind!(E::KIND, T => self.store.update::<T>(id, as_stored(record)?))
    }

    pub fn get<E: RecordType>(&self, id: i64) -> Result<Record<E>> {
        with_kind!(E::KIND, T => as_record(self.store.get::<T>(id)?))
    }

    pub fn list<E: RecordType>(&self) -> Result<Vec<Record<E>>> {
        with_kind!(E::KIND, T => as_record(self.store.list::<T>()?))
    }
}

// The typed shortcuts take any `RecordType` (what faces and benchmarks name), while storage
// knows each kind's type by its SQL (`Entity`); `with_kind!` finds the type of `E::KIND`, which
// is `E` itself (model::kinds checks it), and these two put the one in place of the other.

fn as_stored<E: RecordType, T: 'static>(record: &E) -> Result<&T> {
    (record as &dyn std::any::Any).downcast_ref::<T>().ok_or_else(|| wrong_type(E::KIND))
}

fn as_record<T: 'static, R: 'static>(value: T) -> Result<R> {
    let boxed: Box<dyn std::any::Any> = Box::new(value);
    boxed.downcast::<R>().map(|r| *r).map_err(|_| Error::Internal("a record's kind and type disagree".into()))
}

fn wrong_type(kind: crate::model::Kind) -> Error {
    Error::Internal(format!("a record of kind {kind} is not of its kind's type"))
}
