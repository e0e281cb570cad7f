//! Records by kind, for callers that hold JSON rather than Rust types (the desktop shell):
//! one dispatch from a kind's name to its record type, so that shells stay thin.

use serde_json::Value;

use crate::error::{Error, FieldError, Result};
use crate::model::{with_kind, Improvement, Kind};
use crate::model::RecordType;
use crate::storage::Backend;

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
pub fn list(store: &dyn Backend, kind: Kind, limit: Option<usize>) -> Result<Value> {
    with_kind!(kind, E => Ok(serde_json::to_value(match limit {
        Some(limit) => store.list_first::<E>(limit)?,
        None => store.list::<E>()?,
    })?))
}

pub fn create(store: &mut dyn Backend, kind: Kind, value: Value) -> Result<i64> {
    with_kind!(kind, E => {
        let record: E = decode(value)?;
        store.create(&record)
    })
}

/// Saves changes; an improvement proposal's words changing marks it as edited.
pub fn update(store: &mut dyn Backend, kind: Kind, id: i64, value: Value) -> Result<()> {
    if kind == Kind::Improvements {
        let improvement: Improvement = decode(value)?;
        let stored = store.get::<Improvement>(id)?.data;
        return store.update(id, &crate::review::as_edited(&stored, improvement));
    }
    with_kind!(kind, E => {
        let record: E = decode(value)?;
        store.update(id, &record)
    })
}

pub fn delete(store: &mut dyn Backend, kind: Kind, id: i64) -> Result<()> {
    with_kind!(kind, E => store.delete::<E>(id))
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
        delete(&mut store, Kind::Organizations, id).unwrap();
        assert!(store.get::<Organization>(id).is_err());
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
