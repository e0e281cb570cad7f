//! The history: who changed what, and when, and bringing a value back.

use cxo_review::app::RecordKind;
use cxo_review::model::history::{Activity, HistoryEntry, HistoryQuery};
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// The entries `query` asks for, newest first (a record's: its kind and key).
#[tauri::command]
#[specta::specta]
pub async fn history(state: State<'_, AppState>, query: HistoryQuery) -> Reply<Vec<HistoryEntry>> {
    with_session(&state, move |session| session.history(&query)).await
}

/// The database's activity `query` asks for, newest first: each write, each import as one line.
#[tauri::command]
#[specta::specta]
pub async fn activity(state: State<'_, AppState>, query: HistoryQuery) -> Reply<Vec<Activity>> {
    with_session(&state, move |session| session.activity(&query)).await
}

/// The history of record `id` of `kind`, newest first.
#[tauri::command]
#[specta::specta]
pub async fn record_history(state: State<'_, AppState>, kind: RecordKind, id: i64) -> Reply<Vec<HistoryEntry>> {
    with_session(&state, move |session| session.record_history(kind, id)).await
}

/// Sets `field` of the record of `kind` keyed `key` back to `value`, an earlier value the history
/// shows: a new change, recorded as a restore; returns the record's id.
#[tauri::command]
#[specta::specta]
pub async fn history_restore(
    state: State<'_, AppState>,
    kind: RecordKind,
    key: String,
    field: String,
    value: serde_json::Value,
) -> Reply<i64> {
    with_session(&state, move |session| session.restore_value(kind, &key, &field, value)).await
}
