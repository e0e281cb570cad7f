//! Generic editing of records by kind, as JSON, for the forms that have no dedicated use case.

use cxo_review::app::RecordKind;
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// Records of `kind` in id order, as `{id, …fields}` objects; only the first `limit` when given.
#[tauri::command]
#[specta::specta]
pub async fn records_list(state: State<'_, AppState>, kind: RecordKind, limit: Option<usize>) -> Reply<serde_json::Value> {
    with_session(&state, move |session| session.records(kind, limit)).await
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

#[tauri::command]
#[specta::specta]
pub async fn record_delete(state: State<'_, AppState>, kind: RecordKind, id: i64) -> Reply<()> {
    with_session(&state, move |session| session.delete_record(kind, id)).await
}
