//! Generic editing of records by kind, as JSON, for the forms that have no dedicated use case.

use cxo_review::app::{Deleted, RecordKind};
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// Records of `kind` in id order, as `{id, …fields}` objects; only the first `limit` when given.
#[tauri::command]
#[specta::specta]
pub async fn records_list(state: State<'_, AppState>, kind: RecordKind, limit: Option<usize>) -> Reply<serde_json::Value> {
    with_session(&state, move |session| session.records(kind, limit)).await
}

/// Record `id` of `kind` as `{id, version, …fields}`: what an edit form loads, so that its save
/// is refused if someone else saved the record in between.
#[tauri::command]
#[specta::specta]
pub async fn record_get(state: State<'_, AppState>, kind: RecordKind, id: i64) -> Reply<serde_json::Value> {
    with_session(&state, move |session| session.record(kind, id)).await
}

/// Saves a new record of `kind`; returns its id.
#[tauri::command]
#[specta::specta]
pub async fn record_create(state: State<'_, AppState>, kind: RecordKind, record: serde_json::Value) -> Reply<i64> {
    with_session(&state, move |session| session.create_record(kind, record)).await
}

#[tauri::command]
#[specta::specta]
pub async fn record_update(state: State<'_, AppState>, kind: RecordKind, id: i64, record: serde_json::Value) -> Reply<()> {
    with_session(&state, move |session| session.update_record(kind, id, record)).await
}

/// Deletes record `id` of `kind` and what is deleted with it into the trash; returns the
/// entry, for the window to offer Undo.
#[tauri::command]
#[specta::specta]
pub async fn record_delete(state: State<'_, AppState>, kind: RecordKind, id: i64) -> Reply<Deleted> {
    with_session(&state, move |session| session.delete_record(kind, id)).await
}
