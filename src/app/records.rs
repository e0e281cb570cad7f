//! Records by kind: the generic editing of the app's forms, and typed access for tests and
//! benchmarks. Writes are validated by storage's transaction whatever the path.

use serde_json::Value;

use super::Session;
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::msg;
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

impl Session {
    /// Changes the record of `kind` whose key is `key` (as the history names it: a meeting's
    /// key, a person's name, "CYCLE / OBJECTIVE / REVIEWER"), setting each `field` to `value`
    /// as a form would: the value is read as the field's type, the record validated, and saved
    /// against the version it was read at. Returns the record's id.
    pub fn edit(&mut self, kind: RecordKind, key: &str, changes: &[(String, String)]) -> Result<i64> {
        self.change_fields(kind, key, changes.iter().map(|(field, text)| (field.as_str(), Given::Text(text))))
    }

    /// Brings a field of the record of `kind` keyed `key` back to `value` (an earlier value the
    /// history shows): a new change, recorded as a restore from the history, validated and
    /// saved as a form's; the past is not rewritten. Returns the record's id.
    pub fn restore_value(&mut self, kind: RecordKind, key: &str, field: &str, value: Value) -> Result<i64> {
        let cause = crate::model::history::WriteCause::with_detail(crate::model::history::Cause::Restore, "from the history");
        self.with_cause(cause, |session| session.change_fields(kind, key, [(field, Given::Value(value))]))
    }

    /// Loads the record of `kind` keyed `key`, sets each field given (refusing a name the
    /// record does not have, naming those it has) and saves it as a form does.
    fn change_fields<'a>(&mut self, kind: RecordKind, key: &str, changes: impl IntoIterator<Item = (&'a str, Given<'a>)>) -> Result<i64> {
        let id = self.id_by_key(kind, key)?;
        let mut record = self.record(kind, id)?;
        let Some(fields) = record.as_object_mut() else {
            return Err(Error::Internal(format!("{kind} {key} did not load as an object")));
        };
        for (field, given) in changes {
            let Some(current) = fields.get(field).filter(|_| !matches!(field, "id" | "version")) else {
                let known: Vec<&str> = fields.keys().map(String::as_str).filter(|f| !matches!(*f, "id" | "version")).collect();
                return Err(Error::invalid_because(field, msg!("invalid-not-a-field", kind = kind.as_str(), fields = known.join(", "))));
            };
            let value = match given {
                Given::Text(text) => typed_like(current, text).map_err(|message| Error::invalid_because(field, message))?,
                Given::Value(value) => value,
            };
            fields.insert(field.to_string(), value);
        }
        self.update_record(kind, id, record)?;
        Ok(id)
    }

    /// The id of the one record of `kind` keyed `key`.
    fn id_by_key(&self, kind: RecordKind, key: &str) -> Result<i64> {
        let ids = self.store.ids_by_key(kind, key)?;
        match ids.as_slice() {
            [id] => Ok(*id),
            [] => Err(Error::invalid_because("key", msg!("invalid-no-record-key", kind = kind.as_str(), key = key))),
            _ => Err(Error::invalid_because("key", msg!("invalid-key-ambiguous", count = ids.len(), kind = kind.as_str(), key = key))),
        }
    }
}

/// A field's new value: as typed on the command line (read as the field's type), or as stored.
enum Given<'a> {
    Text(&'a str),
    Value(Value),
}

/// `text` as a value of the type `current` has: a number, true or false, a list (items
/// separated by `;`), or text (empty text is no value where there was none).
fn typed_like(current: &Value, text: &str) -> std::result::Result<Value, Message> {
    let text = text.trim();
    Ok(match current {
        Value::Number(_) => {
            if let Ok(n) = text.parse::<i64>() {
                Value::from(n)
            } else {
                let n = text.parse::<f64>().map_err(|_| msg!("invalid-not-a-number", value = text))?;
                serde_json::Number::from_f64(n).map(Value::Number).ok_or_else(|| msg!("invalid-not-a-number", value = text))?
            }
        }
        Value::Bool(_) => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Value::Bool(true),
            "false" | "no" | "0" => Value::Bool(false),
            _ => return Err(msg!("invalid-not-true-or-false", value = text)),
        },
        Value::Array(_) => {
            Value::Array(text.split(';').map(str::trim).filter(|s| !s.is_empty()).map(|s| Value::from(s.to_string())).collect())
        }
        Value::Null if text.is_empty() => Value::Null,
        _ => Value::from(text.to_string()),
    })
}
