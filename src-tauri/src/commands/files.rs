//! Files in and out: imports, the whole-database export, CSV tables.

use std::path::Path;

use cxo_review::app::{ImportKind, RecordKind};
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// Imports the file at `path` (all rows or none); returns the records saved. `kind` says what
/// it holds; null: a whole-database export.
#[tauri::command]
#[specta::specta]
pub async fn import_file(state: State<'_, AppState>, kind: Option<RecordKind>, path: String) -> Reply<usize> {
    let kind = kind.map_or(ImportKind::All, ImportKind::One);
    with_session(&state, move |session| session.import(kind, Path::new(&path))).await
}

/// Writes the whole database to `path` as one JSON document.
#[tauri::command]
#[specta::specta]
pub async fn export_database(state: State<'_, AppState>, path: String) -> Reply<()> {
    with_session(&state, move |session| session.export_dataset(Path::new(&path))).await
}

/// Writes table `table` (of the database, or of cycle `cycle`'s summary) as CSV to `path`;
/// returns its number of rows.
#[tauri::command]
#[specta::specta]
pub async fn export_table(
    state: State<'_, AppState>,
    table: String,
    cycle: Option<i64>,
    path: String,
    include_confidential: bool,
) -> Reply<usize> {
    with_session(&state, move |session| session.export_table(&table, cycle, include_confidential, Path::new(&path)))
        .await
}
