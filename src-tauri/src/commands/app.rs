//! The open database itself: what it is, opening another, its backups, the demo data, and the
//! timing lines of the app-at-scale benchmark.

use std::path::{Path, PathBuf};

use cxo_review::app::{Backup, Opening, Session};
use cxo_review::model::TeamUser;
use cxo_review::i18n::Language;
use cxo_review::msg;
use cxo_review::{Error, ErrorCode, ErrorReport};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};

use crate::menu::remember;
use crate::recent::{Place, PlaceKind};
use crate::state::{
    demo_path, failure, fresh_demo, is_demo, new_database_suggestion, peek_session, replace_session, report,
    with_session, AppState, Reply,
};

#[derive(Serialize, specta::Type)]
pub struct AppInfo {
    /// Where the open database is: the file's path, or the team database's URL without its
    /// password (`postgres://bo@127.0.0.1:5432/review`).
    database: String,
    /// Who this window is on a team database (login, role, the reviewer they score as); `None`
    /// on a file.
    user: Option<TeamUser>,
    /// The open database is the demo database (a file of its own, made afresh when opened from
    /// the menu): the window says so and offers to create the user's own.
    demo: bool,
    /// Where a new database is offered to be made: the default database while there is none.
    new_database: String,
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
    let startup_error = state.startup_error.lock().map(|e| e.clone()).unwrap_or_default();
    let startup_path = state.start_place.as_ref().map(|p| p.location.clone()).unwrap_or_default();
    let new_database = new_database_suggestion();
    let version = env!("CARGO_PKG_VERSION").to_string();
    if let Some(error) = startup_error {
        return Ok(AppInfo {
            database: String::new(),
            user: None,
            demo: false,
            new_database,
            version,
            read_only: true,
            startup_error: Some(error),
            startup_path,
        });
    }
    with_session(&state, move |session| {
        Ok(AppInfo {
            database: session.describe(),
            user: session.team_user()?,
            demo: is_demo(session),
            new_database,
            version,
            read_only: session.is_read_only(),
            startup_error: None,
            startup_path,
        })
    })
    .await
}

/// The language of the user's system (its locale), when it is one of ITU's six: the window's
/// language on the first run, until the user chooses one in Settings.
#[tauri::command]
#[specta::specta]
pub fn system_language() -> Option<Language> {
    sys_locale::get_locales().find_map(|tag| Language::from_tag(&tag))
}

/// The user chose a language (or the window started in the one remembered): the menu bar is
/// built again in it. The window's own words switch by themselves.
#[tauri::command]
#[specta::specta]
pub fn set_language(app: AppHandle, language: Language) -> Reply<()> {
    crate::menu::speak(&app, language).map_err(|e| failure(ErrorCode::Internal, msg!("shell-stopped", reason = e.to_string())))
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
///
/// The window starts hidden (tauri.conf.json) and the first view to say so shows it: the user
/// never sees an empty page while the web view loads, and the first thing seen is final.
#[tauri::command]
#[specta::specta]
pub fn shown(app: AppHandle, state: State<'_, AppState>, view: String, since_opened_ms: f64) {
    reveal(&app);
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
        // A team database is backed up on its server.
        return match state.start_file() {
            Some(path) => Session::backups_of(&path).map_err(|e| report(&e)),
            None => Ok(Vec::new()),
        };
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
    let fallback = state.start_file();
    replace_session(&state, move |slot| {
        let path = match slot.as_ref() {
            Some(session) => session.path().map(PathBuf::from),
            None => fallback,
        }
        .ok_or_else(|| failure(ErrorCode::Invalid, msg!("shell-team-backup")))?;
        // Closes the connection: the file is replaced underneath.
        *slot = None;
        let restored = Session::restore_backup(&path, Some(Path::new(&backup)));
        *slot = Some(Session::open(&path, Opening::Existing).map_err(|e| report(&e))?);
        restored.map(|_| path.display().to_string()).map_err(|e| report(&e))
    })
    .await
}

/// Opens another database file (a new one if `create`), replacing the open one; returns its
/// path. The open one stays open when the other cannot be opened. The file goes first in the
/// recent list (the demo database, which has its own menu item, does not).
#[tauri::command]
#[specta::specta]
pub async fn open_database(app: AppHandle, state: State<'_, AppState>, path: String, create: bool) -> Reply<String> {
    let opened = replace_session(&state, move |slot| {
        let path = PathBuf::from(path);
        let opening = if create { Opening::New } else { Opening::Existing };
        let session = Session::open(&path, opening).map_err(|e| report(&e))?;
        let demo = is_demo(&session);
        *slot = Some(session);
        Ok((path.display().to_string(), demo))
    })
    .await?;
    if !opened.1 {
        remember(&app, Place::database(Path::new(&opened.0)));
    }
    Ok(opened.0)
}

/// Opens the demo database, made afresh (whatever was changed in it before is gone), in place
/// of the open database; returns its path. The user's own databases are never touched.
#[tauri::command]
#[specta::specta]
pub async fn open_demo(state: State<'_, AppState>) -> Reply<String> {
    let path = demo_path().map_err(|e| report(&e))?;
    replace_session(&state, move |slot| {
        // Closed first when it is the demo itself: its file is replaced.
        if slot.as_ref().is_some_and(is_demo) {
            *slot = None;
        }
        *slot = Some(fresh_demo(&path).map_err(|e| report(&e))?);
        Ok(path.display().to_string())
    })
    .await
}

/// Connects to a team database on a PostgreSQL server (`postgres://user@host:port/database`),
/// replacing the open database; returns where it is, without the password. The password is
/// used to connect and kept by the connection only: it is never written anywhere nor logged.
/// An empty password means none (the server may not ask for one). The open database stays
/// open when the server cannot be reached or refuses the login.
#[tauri::command]
#[specta::specta]
pub async fn connect_team_database(
    app: AppHandle,
    state: State<'_, AppState>,
    url: String,
    password: String,
) -> Reply<String> {
    let database = replace_session(&state, move |slot| {
        let url = url.trim();
        if !Session::is_server_url(url) {
            return Err(report(&Error::invalid(
                "url",
                "a team database's address starts with postgres://, as postgres://user@host:5432/review",
            )));
        }
        let password = Some(password.as_str()).filter(|p| !p.is_empty());
        let session = Session::open_server(url, password, Opening::Existing).map_err(|e| report(&e))?;
        let database = session.describe();
        *slot = Some(session);
        Ok(database)
    })
    .await?;
    remember(&app, Place { kind: PlaceKind::Team, location: database.clone() });
    Ok(database)
}

/// A number that changes when someone else saves to the open database (another program on the
/// file, anyone on a team database): the window asks every few seconds, cheaply, to offer a
/// reload. Asking does not count as using the app (the daily backup waits for a quiet moment).
#[tauri::command]
#[specta::specta]
pub async fn data_version(state: State<'_, AppState>) -> Reply<i64> {
    peek_session(&state, |session| session.data_version()).await
}

/// Shows the main window if it is still hidden (see [`shown`]).
pub fn reveal(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        if !window.is_visible().unwrap_or(true) {
            let _ = window.show();
            let _ = window.set_focus();
        }
    }
}
