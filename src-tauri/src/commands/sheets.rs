//! Bringing in a spreadsheet: its plan, its import, and the undo of a batch.

use std::path::Path;

use cxo_review::app::{SheetImport, SheetImported, SheetMapping, SheetPlan, Undone};
use cxo_review::ErrorReport;
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// What importing the spreadsheet at `path` would do, as `options` say to read it: nothing is
/// written.
#[tauri::command]
#[specta::specta]
pub async fn sheet_plan(state: State<'_, AppState>, path: String, options: SheetImport) -> Reply<SheetPlan> {
    with_session(&state, move |session| session.plan_sheet_at(Path::new(&path), &options)).await
}

/// Imports the spreadsheet at `path` as its plan says, all or nothing, under one batch id.
#[tauri::command]
#[specta::specta]
pub async fn sheet_import(state: State<'_, AppState>, path: String, options: SheetImport) -> Reply<SheetImported> {
    with_session(&state, move |session| session.import_sheet_at(Path::new(&path), &options)).await
}

/// Takes back what batch `batch` wrote (an import, a merge).
#[tauri::command]
#[specta::specta]
pub async fn undo_batch(state: State<'_, AppState>, batch: String) -> Reply<Undone> {
    with_session(&state, move |session| session.undo_batch(&batch)).await
}

/// The sheet mappings this computer's user saved, by name.
#[tauri::command]
#[specta::specta]
pub async fn sheet_mappings() -> Reply<Vec<SheetMapping>> {
    cxo_review::app::mappings_path().and_then(|path| cxo_review::app::saved_mappings(&path)).map_err(|e| ErrorReport::from(&e))
}

/// Saves `mapping` under its name (replacing one of the same name); returns them all.
#[tauri::command]
#[specta::specta]
pub async fn sheet_mapping_save(mapping: SheetMapping) -> Reply<Vec<SheetMapping>> {
    cxo_review::app::mappings_path().and_then(|path| cxo_review::app::save_mapping(&path, mapping)).map_err(|e| ErrorReport::from(&e))
}
