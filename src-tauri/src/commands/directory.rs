//! The directory's likely duplicates, and two of its records merged into one.

use cxo_review::app::{Duplicate, MergedRecords, RecordKind};
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// The pairs of organizations or people that may be one record, most alike first.
#[tauri::command]
#[specta::specta]
pub async fn directory_duplicates(state: State<'_, AppState>, kind: RecordKind) -> Reply<Vec<Duplicate>> {
    with_session(&state, move |session| session.directory_duplicates(kind)).await
}

/// Merges the record named `absorb` into the one named `keep`; `undo_batch` of the batch it
/// returns takes it back.
#[tauri::command]
#[specta::specta]
pub async fn directory_merge(state: State<'_, AppState>, kind: RecordKind, keep: String, absorb: String) -> Reply<MergedRecords> {
    with_session(&state, move |session| session.merge(kind, &keep, &absorb)).await
}
