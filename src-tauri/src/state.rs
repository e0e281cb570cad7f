//! The shell's state: the open [`Session`] (or why none could be opened at start), and the one
//! way commands reach it, [`with_session`], which runs the use case off the UI thread and turns
//! its error into the [`ErrorReport`] the window shows.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cxo_review::app::{Dashboard, Opening, Session};
use cxo_review::i18n::Message;
use cxo_review::msg;
use cxo_review::ErrorCode;
use cxo_review::{Error, ErrorReport};
use tauri::State;

use crate::recent::{Place, PlaceKind};

/// What a command returns: its result, or the error report the UI shows.
pub type Reply<T> = Result<T, ErrorReport>;

/// The open database; `None` while another is being opened, or when none could be opened at
/// start (then `startup_error` says why and the window offers to restore a backup, open
/// another, create one or open the demo), or in reviewer mode when the app was started on a
/// review package.
pub struct AppState {
    pub session: Arc<Mutex<Option<Session>>>,
    /// The review package the window shows (reviewer mode), if any: given on the command line
    /// (a file association launches the app so) or opened from the Review screen.
    pub package: Mutex<Option<PathBuf>>,
    /// Why no database could be opened at start.
    pub startup_error: Mutex<Option<ErrorReport>>,
    /// The database the app tried to open at start (a file's path, or a team database's URL
    /// without its password): its backups are offered when it could not be opened.
    pub start_place: Option<Place>,
    /// When a command last used the session (seconds since launch), so that the daily backup
    /// waits for a quiet moment.
    pub last_used: Arc<AtomicU64>,
    /// When the process started, to report the cold start when CXO_REVIEW_TIMING is set.
    pub launched: Instant,
    /// The dashboard being computed while the window's page loads ([`AppState::prepare_dashboard`]).
    early_dashboard: Mutex<Option<Receiver<Prepared>>>,
}

/// A dashboard computed ahead of its screen, with when it was computed.
type Prepared = (Instant, Reply<Dashboard>);

/// How long a dashboard computed at launch may be shown as the database stands: the first
/// screen asks for it within a second of launch; a later request computes it again.
const EARLY_DASHBOARD_KEEPS: Duration = Duration::from_secs(10);

/// What the app opens at start.
#[derive(Debug, PartialEq, Eq)]
pub enum AtStart {
    /// A review package: reviewer mode, no database.
    Package(PathBuf),
    Database(PathBuf),
    /// A team database's URL, as given (it may carry the password).
    Team(String),
    /// The demo database: nobody has a database of their own yet.
    Demo,
}

impl AtStart {
    /// What to open, first found: the database or package named on the command line, then
    /// `CXO_REVIEW_DB` (`env_db`), then the database file opened last (`last`), then the
    /// default database when it exists (`default`), and otherwise the demo database. Nothing
    /// named is ever created: a mistyped path is said in the window, not made into an empty
    /// database.
    pub fn choose(argument: Option<String>, env_db: Option<String>, last: Option<PathBuf>, default: Option<PathBuf>) -> AtStart {
        if let Some(argument) = argument {
            let place = Place::of(&argument);
            return match place.kind {
                PlaceKind::Package => AtStart::Package(PathBuf::from(argument)),
                PlaceKind::Team => AtStart::Team(argument),
                PlaceKind::Database => AtStart::Database(PathBuf::from(argument)),
            };
        }
        match env_db {
            Some(place) if Session::is_server_url(&place) => AtStart::Team(place),
            Some(path) => AtStart::Database(PathBuf::from(path)),
            None => last.or(default).map_or(AtStart::Demo, AtStart::Database),
        }
    }
}

impl AppState {
    /// Opens what the app starts on (see [`AtStart::choose`]). A database that cannot be
    /// opened (damaged, newer, missing…) is said in the window, which offers its backups and
    /// other databases, rather than on a terminal nobody sees. Started on a review package, the
    /// app opens no database at all: the reviewer's side needs none.
    pub fn start(launched: Instant, at_start: AtStart) -> AppState {
        let start_place = match &at_start {
            AtStart::Package(_) => None,
            AtStart::Database(path) => Some(Place::database(path)),
            AtStart::Team(url) => Some(Place::of(url)),
            AtStart::Demo => demo_path().ok().map(|path| Place::database(&path)),
        };
        let (session, package, startup_error) = match at_start {
            AtStart::Package(path) => (None, Some(path), None),
            other => match open_at_start(other) {
                Ok(session) => (Some(session), None, None),
                Err(error) => (None, None, Some(report(&error))),
            },
        };
        AppState {
            session: Arc::new(Mutex::new(session)),
            package: Mutex::new(package),
            startup_error: Mutex::new(startup_error),
            start_place,
            last_used: Arc::new(AtomicU64::new(0)),
            launched,
            early_dashboard: Mutex::new(None),
        }
    }

    /// Starts computing the dashboard, the window's first screen, while the window's page is
    /// still loading (some 400 ms at launch): its first paint then waits for no query.
    pub fn prepare_dashboard(&self, today: NaiveDate) {
        if !self.has_session() {
            return;
        }
        let session = self.session.clone();
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let Ok(mut guard) = session.lock() else { return };
            let Some(session) = guard.as_mut() else { return };
            let dashboard = session.dashboard(today).map_err(|error| report(&error));
            let _ = sender.send((Instant::now(), dashboard));
        });
        if let Ok(mut slot) = self.early_dashboard.lock() {
            *slot = Some(receiver);
        }
    }

    /// The dashboard prepared at launch, once, if it is still fresh and was computed without
    /// error; `None` means the caller computes it now. Waits for it if it is being computed.
    pub async fn prepared_dashboard(&self) -> Option<Dashboard> {
        let receiver = self.early_dashboard.lock().ok()?.take()?;
        let (computed, dashboard) = tauri::async_runtime::spawn_blocking(move || receiver.recv().ok()).await.ok()??;
        if computed.elapsed() > EARLY_DASHBOARD_KEEPS {
            return None;
        }
        dashboard.ok()
    }

    /// Forgets a dashboard prepared at launch: the database it was computed on is replaced.
    fn forget_prepared(&self) {
        if let Ok(mut slot) = self.early_dashboard.lock() {
            *slot = None;
        }
    }

    /// The database file the app tried to open at start, if it was a file.
    pub fn start_file(&self) -> Option<PathBuf> {
        self.start_place.as_ref().filter(|p| p.kind == PlaceKind::Database).map(|p| PathBuf::from(&p.location))
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
pub fn failure(code: ErrorCode, text: Message) -> ErrorReport {
    ErrorReport { code, message: text.english(), text, fields: Vec::new(), rows: Vec::new() }
}

fn unavailable() -> ErrorReport {
    failure(ErrorCode::Internal, msg!("shell-unavailable"))
}

fn stopped(error: impl std::fmt::Display) -> ErrorReport {
    failure(ErrorCode::Internal, msg!("shell-stopped", reason = error.to_string()))
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
        let session = guard.as_mut().ok_or_else(|| failure(ErrorCode::NoDatabase, msg!("shell-no-database")))?;
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
    state.forget_prepared();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let mut guard = session.lock().map_err(|_| unavailable())?;
        work(&mut guard)
    })
    .await
    .map_err(stopped)??;
    state.clear_startup_error();
    Ok(result)
}

/// The database or review package named on the command line: the first argument that is not
/// a flag (`cxo-review-app FILE`, as a file association launches it). A relative path is
/// taken from `cwd`, the folder the command was typed in; a team database's URL is kept as is.
pub fn launch_argument(args: impl IntoIterator<Item = String>, cwd: &Path) -> Option<String> {
    let argument = args.into_iter().skip(1).find(|arg| !arg.starts_with('-') && !arg.is_empty())?;
    if Session::is_server_url(&argument) || Path::new(&argument).is_absolute() {
        return Some(argument);
    }
    Some(cwd.join(argument).display().to_string())
}

/// The demo database: a file of its own beside the default database, never the user's.
pub fn demo_path() -> cxo_review::Result<PathBuf> {
    Ok(Session::default_path()?.with_file_name("CxO Review demo.sqlite"))
}

/// Whether `session` is on the demo database.
pub fn is_demo(session: &Session) -> bool {
    match (session.path(), demo_path()) {
        (Some(path), Ok(demo)) => path == demo,
        _ => false,
    }
}

/// Makes the demo database afresh, in a file of its own at `path` (built beside it, then
/// renamed over the old one, so that a failure leaves no half-made demo), and opens it.
pub fn fresh_demo(path: &Path) -> cxo_review::Result<Session> {
    let building = path.with_file_name(format!(
        "{}.new",
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    ));
    remove_database(&building)?;
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
    }
    {
        let mut session = Session::open(&building, Opening::New)?;
        session.load_demo()?;
    }
    remove_database(path)?;
    std::fs::rename(&building, path).map_err(|e| Error::io(path, e))?;
    Session::open(path, Opening::Existing)
}

/// Removes the database file at `path` and what SQLite and the store keep beside it.
fn remove_database(path: &Path) -> cxo_review::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for suffix in ["", "-wal", "-shm", "-journal", ".damaged"] {
        let file = path.with_file_name(format!("{name}{suffix}"));
        match std::fs::remove_file(&file) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(Error::io(file, error)),
            _ => {}
        }
    }
    Ok(())
}

/// The name offered for a new database: the default database when there is none yet, else a
/// new name beside it.
pub fn new_database_suggestion() -> String {
    match Session::default_path() {
        Ok(path) if !path.exists() => path.display().to_string(),
        Ok(path) => path.with_file_name("cxo-review-2.sqlite").display().to_string(),
        Err(_) => "cxo-review.sqlite".to_string(),
    }
}

/// Opens the database the app starts on. A team database is never created: its password
/// comes from the URL or PGPASSWORD, as on the command line, and when neither gives one the
/// window asks for it. The demo database is made when it is missing or cannot be opened (it
/// holds nothing of the user's).
fn open_at_start(at_start: AtStart) -> cxo_review::Result<Session> {
    match at_start {
        AtStart::Team(url) => {
            let password = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
            Session::open_server(&url, password.as_deref(), Opening::Existing)
        }
        AtStart::Database(path) => Session::open(&path, Opening::Existing),
        AtStart::Demo => {
            let path = demo_path()?;
            Session::open(&path, Opening::Existing).or_else(|_| fresh_demo(&path))
        }
        AtStart::Package(path) => Err(Error::invalid("file", format!("{} is a review package", path.display()))),
    }
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
        // The demo database holds nothing of the user's: it is not backed up.
        if let Some(session) = guard.as_ref().filter(|s| !is_demo(s)) {
            if let Err(error) = session.backup_if_due() {
                eprintln!("CxO Review: the daily backup could not be made: {error}");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_first_argument_that_is_not_a_flag_is_what_to_open() {
        let cwd = Path::new("/home/bo/review");
        assert_eq!(launch_argument(args(&["cxo-review-app"]), cwd), None);
        assert_eq!(launch_argument(args(&["cxo-review-app", "--verbose"]), cwd), None);
        assert_eq!(launch_argument(args(&["cxo-review-app", "-x", "a.cxopkg", "b"]), cwd), Some("/home/bo/review/a.cxopkg".into()));
        assert_eq!(launch_argument(args(&["cxo-review-app", "/data/tsb.sqlite"]), cwd), Some("/data/tsb.sqlite".into()));
        let url = "postgres://bo@db.itu.int/review";
        assert_eq!(launch_argument(args(&["cxo-review-app", url]), cwd), Some(url.into()));
    }

    #[test]
    fn the_app_starts_on_what_it_is_given_then_the_last_database_then_the_default_then_the_demo() {
        let (last, default) = (Some(PathBuf::from("/data/last.sqlite")), Some(PathBuf::from("/data/cxo-review.sqlite")));
        let given = |arg: &str| AtStart::choose(Some(arg.into()), Some("/env.sqlite".into()), last.clone(), default.clone());
        assert_eq!(given("/data/a.sqlite"), AtStart::Database("/data/a.sqlite".into()));
        assert_eq!(given("/data/A.cxopkg"), AtStart::Package("/data/A.cxopkg".into()));
        assert_eq!(given("postgres://bo:pw@host/review"), AtStart::Team("postgres://bo:pw@host/review".into()));
        assert_eq!(AtStart::choose(None, Some("/env.sqlite".into()), last.clone(), None), AtStart::Database("/env.sqlite".into()));
        assert_eq!(AtStart::choose(None, Some("postgres://bo@h/r".into()), None, None), AtStart::Team("postgres://bo@h/r".into()));
        assert_eq!(AtStart::choose(None, None, last.clone(), default.clone()), AtStart::Database("/data/last.sqlite".into()));
        assert_eq!(AtStart::choose(None, None, None, default.clone()), AtStart::Database("/data/cxo-review.sqlite".into()));
        assert_eq!(AtStart::choose(None, None, None, None), AtStart::Demo);
    }

    #[test]
    fn a_fresh_demo_replaces_the_old_one_and_leaves_nothing_half_made() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo").join("CxO Review demo.sqlite");
        let first = fresh_demo(&path).unwrap();
        let meetings = first.path().map(Path::to_path_buf);
        assert_eq!(meetings.as_deref(), Some(path.as_path()));
        drop(first);
        std::fs::write(path.with_file_name("CxO Review demo.sqlite.damaged"), "marked").unwrap();
        let again = fresh_demo(&path).unwrap();
        assert!(!again.is_read_only());
        drop(again);
        let mut left: Vec<String> =
            std::fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        left.sort();
        assert!(left.iter().all(|name| !name.ends_with(".new") && !name.ends_with(".damaged")), "{left:?}");
        assert!(left.contains(&"CxO Review demo.sqlite".to_string()), "{left:?}");
        // The demo data is in it, once.
        let mut session = Session::open(&path, Opening::Existing).unwrap();
        assert!(session.load_demo().is_err(), "a second load of the demo is refused: it is already there");
    }
}
