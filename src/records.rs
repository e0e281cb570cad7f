//! Records by kind, for callers that hold JSON rather than Rust types (the desktop shell):
//! one dispatch from a kind's name to its record type, so that shells stay thin.

use serde_json::Value;

use crate::error::{Error, FieldError, Result};
use crate::model::{with_kind, Improvement, Kind};
use crate::model::RecordType;
use crate::storage::Store;

/// A record of type `E` from JSON, with a field error naming what does not fit.
fn decode<E: RecordType>(value: Value) -> Result<E> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let field = e.path().to_string();
        let message = e.into_inner().to_string();
        let field = if field == "." { message.split('`').nth(1).unwrap_or("record").to_string() } else { field };
        Error::Invalid(vec![FieldError::new(field, message)])
    })
}

/// The records of `kind` in id order, as `{id, …fields}` objects; only the first `limit` when
/// given (a long list's first screenful, sent before the rest).
///
/// Each object carries its `version`: a form sends it back with its changes, and the save is
/// refused if someone saved the record in between ([`update`]).
pub fn list(store: &Store, kind: Kind, limit: Option<usize>) -> Result<Value> {
    let mut records = with_kind!(kind, E => serde_json::to_value(match limit {
        Some(limit) => store.list_first::<E>(limit)?,
        None => store.list::<E>()?,
    })?);
    let versions = store.kind_versions(kind)?;
    if let Some(records) = records.as_array_mut() {
        for record in records.iter_mut().filter_map(Value::as_object_mut) {
            let version = record.get("id").and_then(Value::as_i64).and_then(|id| versions.get(&id)).copied().unwrap_or(1);
            record.insert("version".into(), version.into());
        }
    }
    Ok(records)
}

/// Record `id` of `kind` as `{id, version, …fields}`, as a form loads it (again, after its
/// save was refused because someone else saved first).
pub fn get(store: &Store, kind: Kind, id: i64) -> Result<Value> {
    let mut record = with_kind!(kind, E => serde_json::to_value(store.get::<E>(id)?)?);
    if let Some(fields) = record.as_object_mut() {
        fields.insert("version".into(), store.kind_version(kind, id)?.into());
    }
    Ok(record)
}

/// Takes the `id` and `version` a listed record carries out of a form's JSON; returns the
/// version, when there was one.
fn take_version(value: &mut Value) -> Result<Option<i64>> {
    let Some(fields) = value.as_object_mut() else { return Ok(None) };
    fields.remove("id");
    match fields.remove("version") {
        None | Some(Value::Null) => Ok(None),
        Some(version) => version
            .as_i64()
            .map(Some)
            .ok_or_else(|| Error::Invalid(vec![FieldError::of("version", crate::msg!("invalid-version"))])),
    }
}

pub fn create(store: &mut Store, kind: Kind, mut value: Value) -> Result<i64> {
    take_version(&mut value)?;
    with_kind!(kind, E => {
        let record: E = decode(value)?;
        store.create(&record)
    })
}

/// Saves changes; an improvement proposal's words changing marks it as edited. When `value`
/// carries the `version` it was listed with, a record saved by someone else since is not
/// overwritten: the save fails with [`Error::Conflict`].
pub fn update(store: &mut Store, kind: Kind, id: i64, mut value: Value) -> Result<()> {
    let expected = take_version(&mut value)?;
    let edited = match kind {
        Kind::Improvements => {
            let improvement: Improvement = decode(value)?;
            let stored = store.get::<Improvement>(id)?.data;
            serde_json::to_value(crate::review::as_edited(&stored, improvement))?
        }
        _ => value,
    };
    with_kind!(kind, E => {
        let record: E = decode(edited)?;
        store.write(crate::storage::Purpose::Edit, |w| {
            if let Some(version) = expected {
                w.expect_version::<E>(id, version)?;
            }
            w.update(id, &record)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Organization;
    use crate::testing::store_with_organizations;

    #[test]
    fn json_records_are_validated_like_typed_ones() {
        let mut store = store_with_organizations();
        let bad = serde_json::json!({"key": "M1", "kind": "cto_meeting", "title": "T", "start_date": "2024-03-05",
            "end_date": "2024-03-01", "venue": "Geneva", "status": "held", "attendance_mode": "roster"});
        let error = create(&mut store, Kind::Meetings, bad).unwrap_err();
        assert_eq!(error.field_errors()[0].field, "end_date");
        let wrong_type = serde_json::json!({"key": "M1", "kind": "cto_meeting", "title": "T", "start_date": "5 March",
            "end_date": "2024-03-01", "venue": "Geneva", "status": "held", "attendance_mode": "roster"});
        let error = create(&mut store, Kind::Meetings, wrong_type).unwrap_err();
        assert_eq!(error.field_errors()[0].field, "start_date");
        assert!(list(&store, Kind::Meetings, None).unwrap().as_array().unwrap().is_empty());
    }

    #[test]
    fn json_records_round_trip_through_create_list_update_delete() {
        let mut store = store_with_organizations();
        let org = serde_json::json!({"name": "Example (example)", "category": "academia", "country": "KE"});
        let id = create(&mut store, Kind::Organizations, org).unwrap();
        let listed = list(&store, Kind::Organizations, None).unwrap();
        assert!(listed.as_array().unwrap().iter().any(|o| o["id"] == id && o["name"] == "Example (example)"));
        update(&mut store, Kind::Organizations, id, serde_json::json!({"name": "Renamed (example)", "category": "academia", "country": "KE"})).unwrap();
        assert_eq!(store.get::<Organization>(id).unwrap().data.name, "Renamed (example)");
        store.delete::<Organization>(id).unwrap();
        assert!(store.get::<Organization>(id).is_err());
    }

    #[test]
    fn a_save_from_an_older_version_is_refused_naming_who_saved_in_between() {
        let mut store = store_with_organizations();
        let listed = list(&store, Kind::Organizations, None).unwrap();
        let loaded = listed.as_array().unwrap()[0].clone();
        let id = loaded["id"].as_i64().unwrap();
        let version = loaded["version"].as_i64().unwrap();

        // Someone saves the record they loaded: accepted, and its version rises.
        let mut theirs = loaded.clone();
        theirs["name"] = "Their name (example)".into();
        update(&mut store, Kind::Organizations, id, theirs).unwrap();
        let relisted = list(&store, Kind::Organizations, None).unwrap();
        assert_eq!(relisted.as_array().unwrap()[0]["version"].as_i64().unwrap(), version + 1);

        // A second form, loaded before that save, is refused and changes nothing.
        let mut mine = loaded;
        mine["name"] = "My name (example)".into();
        let error = update(&mut store, Kind::Organizations, id, mine.clone()).unwrap_err();
        assert!(matches!(error, Error::Conflict { entity: "organization", .. }), "{error:?}");
        assert!(error.to_string().contains("was changed by"), "{error}");
        assert_eq!(store.get::<Organization>(id).unwrap().data.name, "Their name (example)");

        // Reloaded, the same change goes through.
        mine["version"] = (version + 1).into();
        update(&mut store, Kind::Organizations, id, mine).unwrap();
        assert_eq!(store.get::<Organization>(id).unwrap().data.name, "My name (example)");
    }

    #[test]
    fn a_limited_list_is_the_first_records_in_id_order() {
        let store = store_with_organizations();
        let all = list(&store, Kind::Organizations, None).unwrap();
        let first = list(&store, Kind::Organizations, Some(2)).unwrap();
        assert!(all.as_array().unwrap().len() > 2);
        assert_eq!(first.as_array().unwrap()[..], all.as_array().unwrap()[..2]);

        // Actions limit their query rather than the loaded list.
        let mut demo = crate::storage::Store::for_tests();
        crate::demo::load(&mut demo).unwrap();
        let all = list(&demo, Kind::Actions, None).unwrap();
        let first = list(&demo, Kind::Actions, Some(3)).unwrap();
        assert!(all.as_array().unwrap().len() > 3);
        assert_eq!(first.as_array().unwrap()[..], all.as_array().unwrap()[..3]);
    }
}
