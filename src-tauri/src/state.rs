//! The shell's state: the open [`Session`] (or why none could be opened at start), and the one
//! way commands reach it, [`with_session`], which runs the use case off the UI thread and turns
//! its error into the [`ErrorReport`] the window shows.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cxo_review::app::{Opening, Session};
use cxo_review::ErrorCode;
use cxo_review::{Error, ErrorReport};
use tauri::State;

/// What a command returns: its result, or the error report the UI shows.
pub type Reply<T> = Result<T, ErrorReport>;

/// The open database; `None` while another is being opened, or when none could be opened at
/// start (then `startup_error` says why and the window offers to restore a backup), or in
/// reviewer mode when the app was started on a review package.
pub struct AppState {
    pub session: Arc<Mutex<Option<Session>>>,
    /// The review package the window shows (reviewer mode), if any: given on the command line
    /// (a file association launches the app so) or opened from the Review screen.
    pub package: Mutex<Option<PathBuf>>,
    /// Why no database could be opened at start.
    pub startup_error: Mutex<Option<ErrorReport>>,
    /// When a command last used the session (seconds since launch), so that the daily backup
    /// waits for a quiet moment.
    pub last_used: Arc<AtomicU64>,
    /// Whether this run created the database and filled it with the demo data.
    pub loaded_demo: bool,
    /// When the process started, to report the cold start when CXO_REVIEW_TIMING is set.
    pub launched: Instant,
}

impl AppState {
    /// Opens the database at start (creating it with the demo data on the first run). A
    /// database that cannot be opened (damaged, newer, missing folder…) is said in the window,
    /// which offers its backups, rather than on a terminal nobody sees. Started on a review
    /// `package`, the app opens no database at all: the reviewer's side needs none.
    pub fn start(launched: Instant, package: Option<PathBuf>) -> AppState {
        let (session, loaded_demo, startup_error) = match &package {
            Some(_) => (None, false, None),
            None => match open_at_start() {
                Ok((session, loaded_demo)) => (Some(session), loaded_demo, None),
                Err(error) => (None, false, Some(report(&error))),
            },
        };
        AppState {
            session: Arc::new(Mutex::new(session)),
            package: Mutex::new(package),
            startup_error: Mutex::new(startup_error),
            last_used: Arc::new(AtomicU64::new(0)),
            loaded_demo,
            launched,
        }
    }

    /// Whether a database is open (none when it could not be opened at start).
    pub fn has_session(&self) -> bool {
        self.session.lock().map(|s| s.is_some()).unwrap_or(false)
    }

    /// Forgets why no database could be opened at start, once one is.
    pub fn clear_startup_error(&self) {
        if let Ok(mut startup) = self.startup_error.lock() {
            *startup = None;
        }
    }
}

pub fn report(error: &Error) -> ErrorReport {
    ErrorReport::from(error)
}

/// A failure of the shell itself (not of a use case).
pub fn failure(code: ErrorCode, message: impl Into<String>) -> ErrorReport {
    ErrorReport { code, message: message.into(), fields: Vec::new(), rows: Vec::new() }
}

fn unavailable() -> ErrorReport {
    failure(ErrorCode::Internal, "the database is unavailable after an earlier failure; restart CxO Review")
}

fn stopped(error: impl std::fmt::Display) -> ErrorReport {
    failure(ErrorCode::Internal, format!("the operation stopped unexpectedly: {error}"))
}

/// Runs `work` on the open session on a blocking thread, so the window stays responsive.
pub async fn with_session<T: Send + 'static>(
    state: &State<'_, AppState>,
    work: impl FnOnce(&mut Session) -> cxo_review::Result<T> + Send + 'static,
) -> Reply<T> {
    state.last_used.store(state.launched.elapsed().as_secs(), Ordering::Relaxed);
    peek_session(state, work).await
}

/// Runs `work` as [`with_session`] does, but without counting as a use of the app: for what the
/// window asks by itself every few seconds (whether someone else saved), which must not keep
/// the daily backup from finding a quiet moment.
pub async fn peek_session<T: Send + 'static>(
    state: &State<'_, AppState>,
    work: impl FnOnce(&mut Session) -> cxo_review::Result<T> + Send + 'static,
) -> Reply<T> {
    let session = state.session.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let mut guard = session.lock().map_err(|_| unavailable())?;
        let session = guard.as_mut().ok_or_else(|| failure(ErrorCode::NoDatabase, "no database is open"))?;
        work(session).map_err(|error| {
            session.note_failure(&error);
            report(&error)
        })
    })
    .await
    .map_err(stopped)?
}

/// Runs `work`, which needs no database (the reviewer's side of review packages), on a
/// blocking thread.
pub async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> cxo_review::Result<T> + Send + 'static) -> Reply<T> {
    tauri::async_runtime::spawn_blocking(move || work().map_err(|error| report(&error))).await.map_err(stopped)?
}

/// Runs `work` on the slot of the open session (empty when none is open) on a blocking thread:
/// the commands that open another database, or replace the open one's file, use it. Once it
/// succeeds, the error met at start no longer applies.
pub async fn replace_session<T: Send + 'static>(
    state: &State<'_, AppState>,
    work: impl FnOnce(&mut Option<Session>) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    let session = state.session.clone();
    state.last_used.store(state.launched.elapsed().as_secs(), Ordering::Relaxed);
    let result = tauri::async_runtime::spawn_blocking(move || {
        let mut guard = session.lock().map_err(|_| unavailable())?;
        work(&mut guard)
    })
    .await
    .map_err(stopped)??;
    state.clear_startup_error();
    Ok(result)
}

/// The review package named on the command line: the first argument that is not a flag
/// (`cxo-review-app FILE.cxopkg`, as a file association launches it).
pub fn package_argument(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    args.into_iter().skip(1).find(|arg| !arg.starts_with('-')).map(PathBuf::from)
}

/// The database to open: `CXO_REVIEW_DB`, or the default location.
pub fn database_path() -> cxo_review::Result<PathBuf> {
    match std::env::var_os("CXO_REVIEW_DB") {
        Some(path) => Ok(PathBuf::from(path)),
        None => Session::default_path(),
    }
}

/// The team database to open at start, when `CXO_REVIEW_DB` is a server's URL
/// (`postgres://user@host:port/database`) rather than a file's path.
pub fn start_server_url() -> Option<String> {
    std::env::var("CXO_REVIEW_DB").ok().filter(|place| Session::is_server_url(place))
}

/// The database the app tries to open at start, as the window may show it: a file's path, or
/// a server's URL without its password.
pub fn start_location() -> String {
    match start_server_url() {
        Some(url) => Session::shown_location(&url),
        None => database_path().map(|p| p.display().to_string()).unwrap_or_default(),
    }
}

/// Opens the database at start; the first run creates it and loads the demo data. A team
/// database (`CXO_REVIEW_DB=postgres://…`) is never created: its password comes from the URL
/// or PGPASSWORD, as on the command line, and when neither gives one the window asks for it.
fn open_at_start() -> cxo_review::Result<(Session, bool)> {
    if let Some(url) = start_server_url() {
        let password = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
        return Ok((Session::open_server(&url, password.as_deref(), Opening::Existing)?, false));
    }
    let path = database_path()?;
    if !path.exists() {
        let mut session = Session::open(&path, Opening::New)?;
        session.load_demo()?;
        return Ok((session, true));
    }
    Ok((Session::open(&path, Opening::Existing)?, false))
}

/// How often the idle backup looks whether a daily backup is due, and how long the app must
/// have been left alone before it makes one.
const BACKUP_LOOK_EVERY: Duration = Duration::from_secs(5 * 60);
const BACKUP_AFTER_IDLE_SECS: u64 = 60;

/// Makes the daily backup when one is due and nobody has used the app for a minute.
pub fn back_up_when_idle(state: &AppState) {
    let (session, last_used, launched) = (state.session.clone(), state.last_used.clone(), state.launched);
    std::thread::spawn(move || loop {
        std::thread::sleep(BACKUP_LOOK_EVERY);
        let idle = launched.elapsed().as_secs().saturating_sub(last_used.load(Ordering::Relaxed));
        if idle < BACKUP_AFTER_IDLE_SECS {
            continue;
        }
        // Never waits for the lock: a command in progress means the app is not idle.
        let Ok(guard) = session.try_lock() else { continue };
        if let Some(session) = guard.as_ref() {
            if let Err(error) = session.backup_if_due() {
                eprintln!("CxO Review: the daily backup could not be made: {error}");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::package_argument;
    use std::path::PathBuf;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_first_argument_that_is_not_a_flag_is_the_package() {
        assert_eq!(package_argument(args(&["cxo-review-app"])), None);
        assert_eq!(package_argument(args(&["cxo-review-app", "--verbose"])), None);
        assert_eq!(package_argument(args(&["cxo-review-app", "-x", "a.cxopkg", "b"])), Some(PathBuf::from("a.cxopkg")));
    }
}
