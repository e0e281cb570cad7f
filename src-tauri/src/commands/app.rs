//! The open database itself: what it is, opening another, its backups, the demo data, and the
//! timing lines of the app-at-scale benchmark.

use std::path::{Path, PathBuf};

use cxo_review::app::{Backup, Opening, Session};
use cxo_review::ErrorReport;
use serde::Serialize;
use tauri::State;

use crate::state::{database_path, replace_session, report, with_session, AppState, Reply};

#[derive(Serialize, specta::Type)]
pub struct AppInfo {
    database: String,
    loaded_demo: bool,
    version: String,
    /// The file can only be read: the core refuses every save, and a banner says so.
    read_only: bool,
    /// Why no database is open, when none could be opened at start.
    startup_error: Option<ErrorReport>,
    /// The database the app tried to open at start (for restoring its backups).
    startup_path: String,
}

/// What the window shows of the open database (or why none is open).
#[tauri::command]
#[specta::specta]
pub async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    let loaded_demo = state.loaded_demo;
    let startup_error = state.startup_error.lock().map(|e| e.clone()).unwrap_or_default();
    let startup_path = database_path().map(|p| p.display().to_string()).unwrap_or_default();
    let version = env!("CARGO_PKG_VERSION").to_string();
    if let Some(error) = startup_error {
        return Ok(AppInfo {
            database: String::new(),
            loaded_demo,
            version,
            read_only: true,
            startup_error: Some(error),
            startup_path,
        });
    }
    with_session(&state, move |session| {
        Ok(AppInfo {
            database: session.path().map(|p| p.display().to_string()).unwrap_or_default(),
            loaded_demo,
            version,
            read_only: session.is_read_only(),
            startup_error: None,
            startup_path,
        })
    })
    .await
}

/// Signed-off cycles changed outside the product, one sentence each. Separate from `app_info`
/// (which every screen may ask for) because it recomputes every signed-off cycle's digest: the
/// window asks once per opened database, after its first screen.
#[tauri::command]
#[specta::specta]
pub async fn integrity_warnings(state: State<'_, AppState>) -> Reply<Vec<String>> {
    with_session(&state, |session| Ok(session.tampered_cycles()?.iter().map(ToString::to_string).collect())).await
}

/// The UI says when a view has painted its data. With CXO_REVIEW_TIMING set, prints how long
/// after launch that was, and how long after the view was opened: the app-at-scale benchmark
/// (scripts/bench-app.sh) reads these lines.
#[tauri::command]
#[specta::specta]
pub fn shown(state: State<'_, AppState>, view: String, since_opened_ms: f64) {
    if std::env::var_os("CXO_REVIEW_TIMING").is_some() {
        eprintln!(
            "{view} shown {} ms after launch, {since_opened_ms:.0} ms after it was opened",
            state.launched.elapsed().as_millis()
        );
    }
}

/// The rolling backups of the open database (or of the one that could not be opened at
/// start), newest first.
#[tauri::command]
#[specta::specta]
pub async fn backups_list(state: State<'_, AppState>) -> Reply<Vec<Backup>> {
    if !state.has_session() {
        // No database open (it could not be opened at start): its backups are still listed.
        if let Ok(path) = database_path() {
            return Session::backups_of(&path).map_err(|e| report(&e));
        }
    }
    with_session(&state, |session| session.backups()).await
}

#[tauri::command]
#[specta::specta]
pub async fn backup_now(state: State<'_, AppState>) -> Reply<Backup> {
    with_session(&state, |session| session.backup_now()).await
}

/// Writes a copy of the open database to `path`, which must not exist.
#[tauri::command]
#[specta::specta]
pub async fn backup_database(state: State<'_, AppState>, path: String) -> Reply<()> {
    with_session(&state, move |session| session.backup_to(Path::new(&path))).await
}

/// Replaces the open database (or the one that could not be opened at start) with `backup`,
/// then opens it; returns its path.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(state: State<'_, AppState>, backup: String) -> Reply<String> {
    let fallback = database_path().map_err(|e| report(&e))?;
    replace_session(&state, move |slot| {
        let path = slot.as_ref().and_then(|s| s.path().map(PathBuf::from)).unwrap_or(fallback);
        // Closes the connection: the file is replaced underneath.
        *slot = None;
        let restored = Session::restore_backup(&path, Some(Path::new(&backup)));
        *slot = Some(Session::open(&path, Opening::Existing).map_err(|e| report(&e))?);
        restored.map(|_| path.display().to_string()).map_err(|e| report(&e))
    })
    .await
}

/// Opens another database file (a new one if `create`), replacing the open one; returns its
/// path. The open one stays open when the other cannot be opened.
#[tauri::command]
#[specta::specta]
pub async fn open_database(state: State<'_, AppState>, path: String, create: bool) -> Reply<String> {
    replace_session(&state, move |slot| {
        let path = PathBuf::from(path);
        let opening = if create { Opening::New } else { Opening::Existing };
        *slot = Some(Session::open(&path, opening).map_err(|e| report(&e))?);
        Ok(path.display().to_string())
    })
    .await
}

/// Fills the (empty) open database with the demo data; returns the records saved.
#[tauri::command]
#[specta::specta]
pub async fn load_demo(state: State<'_, AppState>) -> Reply<usize> {
    with_session(&state, |session| session.load_demo()).await
}
