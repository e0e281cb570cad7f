//! Review packages. The reviewer's side (reviewer mode: the window shows one package, no
//! database is needed): open a package, score it (saved into the file at once), return it
//! signed. The rapporteur's side, on the open database: issue packages, merge returns.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use cxo_review::app::packages::{key_folder, open_package, return_package, score_in_package};
use cxo_review::app::{IssuedPackage, Merged, Package, ReturnedFile, ReturnedScore, RETURN_EXTENSION};
use cxo_review::msg;
use cxo_review::ErrorCode;
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::menu::remember;
use crate::recent::Place;
use crate::state::{failure, off_thread, with_session, AppState, Reply};

/// The package the window shows in reviewer mode.
#[derive(Serialize, specta::Type)]
pub struct OpenedPackage {
    /// The package file, where every score is saved at once.
    path: String,
    /// Where "Return" writes without asking: beside the package, `<its name>.cxoreturn`.
    return_to: String,
    /// Whether a database is open as well (the window can go back to it).
    database_open: bool,
    /// The package, each objective's rubric as in force (the default levels when it has none).
    package: Package,
}

/// The return file beside `package`: its name with the return's extension.
fn return_beside(package: &Path) -> PathBuf {
    package.with_extension(RETURN_EXTENSION)
}

fn opened(path: &Path, mut package: Package, database_open: bool) -> OpenedPackage {
    for objective in &mut package.issue.objectives {
        objective.rubric = objective.effective_rubric();
    }
    OpenedPackage {
        path: path.display().to_string(),
        return_to: return_beside(path).display().to_string(),
        database_open,
        package,
    }
}

/// The package of reviewer mode.
fn package_path(state: &State<'_, AppState>) -> Reply<PathBuf> {
    state
        .package
        .lock()
        .ok()
        .and_then(|p| p.clone())
        .ok_or_else(|| failure(ErrorCode::Precondition, msg!("shell-no-package")))
}

/// The review package the app was started on (or opened since), if any: then the window is in
/// reviewer mode.
#[tauri::command]
#[specta::specta]
pub async fn review_package(state: State<'_, AppState>) -> Reply<Option<OpenedPackage>> {
    let Some(path) = state.package.lock().ok().and_then(|p| p.clone()) else { return Ok(None) };
    let database_open = state.has_session();
    off_thread(move || Ok(Some(opened(&path, open_package(&path)?, database_open)))).await
}

/// Opens the review package at `path` (its signature checked) and shows it in reviewer mode.
#[tauri::command]
#[specta::specta]
pub async fn open_review_package(app: AppHandle, state: State<'_, AppState>, path: String) -> Reply<OpenedPackage> {
    let path = PathBuf::from(path);
    let database_open = state.has_session();
    let shown = {
        let path = path.clone();
        off_thread(move || Ok(opened(&path, open_package(&path)?, database_open))).await?
    };
    remember(&app, Place::package(&path));
    if let Ok(mut package) = state.package.lock() {
        *package = Some(path);
    }
    Ok(shown)
}

/// Leaves reviewer mode (back to the open database).
#[tauri::command]
#[specta::specta]
pub fn close_review_package(state: State<'_, AppState>) {
    if let Ok(mut package) = state.package.lock() {
        *package = None;
    }
}

/// Scores an objective in the open package, saved into the file at once; returns the package
/// as it now stands.
#[tauri::command]
#[specta::specta]
pub async fn score_package(state: State<'_, AppState>, score: ReturnedScore) -> Reply<OpenedPackage> {
    let path = package_path(&state)?;
    let database_open = state.has_session();
    off_thread(move || Ok(opened(&path, score_in_package(&path, score, Utc::now())?, database_open))).await
}

/// Writes the signed return of the open package to `out` (null: beside the package, as
/// `return_to` says); returns the file and the fingerprint of this machine's reviewer key.
#[tauri::command]
#[specta::specta]
pub async fn return_scores(state: State<'_, AppState>, out: Option<String>) -> Reply<ReturnedFile> {
    let path = package_path(&state)?;
    off_thread(move || {
        let out = out.map_or_else(|| return_beside(&path), PathBuf::from);
        return_package(&path, &out, &key_folder()?, Utc::now())
    })
    .await
}

/// Issues a package of cycle `cycle` to each of its reviewers, into `folder`.
#[tauri::command]
#[specta::specta]
pub async fn issue_packages(
    state: State<'_, AppState>,
    cycle: i64,
    deadline: NaiveDate,
    folder: String,
) -> Reply<Vec<IssuedPackage>> {
    with_session(&state, move |session| session.issue_packages(cycle, None, deadline, Path::new(&folder), Utc::now()))
        .await
}

/// Merges the return at `path` into the open database (late ones only if `accept_late`).
#[tauri::command]
#[specta::specta]
pub async fn merge_return(state: State<'_, AppState>, path: String, accept_late: bool) -> Reply<Merged> {
    with_session(&state, move |session| session.merge_return(Path::new(&path), accept_late)).await
}
