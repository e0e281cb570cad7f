//! The trash: what users deleted, restored or deleted for good.

use cxo_review::app::{Restored, TrashEntry};
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// The trash, most recently deleted first.
#[tauri::command]
#[specta::specta]
pub async fn trash_list(state: State<'_, AppState>) -> Reply<Vec<TrashEntry>> {
    with_session(&state, move |session| session.trash()).await
}

/// Restores entry `id` (Undo after a delete, or Restore in the Trash panel).
#[tauri::command]
#[specta::specta]
pub async fn trash_restore(state: State<'_, AppState>, id: i64) -> Reply<Restored> {
    with_session(&state, move |session| session.restore_from_trash(id)).await
}

/// Deletes every entry, or those deleted more than `older_than_days` days ago; returns how many.
#[tauri::command]
#[specta::specta]
pub async fn trash_empty(state: State<'_, AppState>, older_than_days: Option<u32>) -> Reply<usize> {
    with_session(&state, move |session| session.empty_trash(older_than_days)).await
}
