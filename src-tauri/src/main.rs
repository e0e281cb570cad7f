//! The CxO Review desktop shell: Tauri commands that call the core library. No SQL and no
//! business rules live here; each command locks the store, calls one core function off the UI
//! thread, and turns its error into an `ErrorReport` for the form or screen that asked.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use cxo_review::capture::{CaptureLine, CaptureResult};
use cxo_review::export::summary::{DocumentOptions, SummaryFormat};
use cxo_review::import::Kind;
use cxo_review::metrics::MetricValue;
use chrono::NaiveDate;
use cxo_review::model::{Country, Record, Score};
use cxo_review::review::{CycleSummary, DraftReport, SummaryOptions};
use cxo_review::storage::queries::{
    ContributionSummary, Dashboard, MeetingDetail, MeetingQuery, MeetingSummary, OpenAction, PersonMatch,
};
use cxo_review::storage::backups::{Backup, Reason};
use cxo_review::{Error, ErrorReport, Store};
use serde::Serialize;
use tauri::State;

/// The open database; `None` while another is being opened, or when none could be opened at
/// start (then `startup_error` says why and the window offers to restore a backup).
struct AppState {
    store: Arc<Mutex<Option<Store>>>,
    /// Why no database could be opened at start.
    startup_error: Mutex<Option<ErrorReport>>,
    /// When a command last used the store (seconds since launch), so that the daily backup
    /// waits for a quiet moment.
    last_used: Arc<AtomicU64>,
    /// Whether this run created the database and filled it with the demo data.
    loaded_demo: bool,
    /// When the process started, to report the cold start when CXO_REVIEW_TIMING is set.
    launched: std::time::Instant,
}

type Reply<T> = Result<T, ErrorReport>;

fn report(error: Error) -> ErrorReport {
    ErrorReport::from(&error)
}

fn failure(message: impl Into<String>) -> ErrorReport {
    report(Error::Format(message.into()))
}

/// Runs `work` on the store on a blocking thread, so the window stays responsive.
async fn with_store<T: Send + 'static>(
    state: &State<'_, AppState>,
    work: impl FnOnce(&mut Store) -> cxo_review::Result<T> + Send + 'static,
) -> Reply<T> {
    let store = state.store.clone();
    state.last_used.store(state.launched.elapsed().as_secs(), Ordering::Relaxed);
    tauri::async_runtime::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| failure("the database is unavailable after an earlier failure; restart CxO Review"))?;
        let store = guard.as_mut().ok_or_else(|| failure("no database is open"))?;
        work(store).map_err(|error| {
            store.note_failure(&error);
            report(error)
        })
    })
    .await
    .map_err(|e| failure(format!("the operation stopped unexpectedly: {e}")))?
}

fn kind(text: &str) -> Reply<Kind> {
    text.parse().map_err(|e: String| report(Error::invalid("kind", e)))
}

#[derive(Serialize, specta::Type)]
struct AppInfo {
    database: String,
    loaded_demo: bool,
    version: &'static str,
    /// The file can only be read: the core refuses every save, and a banner says so.
    read_only: bool,
    /// Why no database is open, when none could be opened at start.
    startup_error: Option<ErrorReport>,
    /// The database the app tried to open at start (for restoring its backups).
    startup_path: String,
}

#[tauri::command]
async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    let loaded_demo = state.loaded_demo;
    let startup_error = state.startup_error.lock().map(|e| e.clone()).unwrap_or_default();
    let startup_path = database_path().map(|p| p.display().to_string()).unwrap_or_default();
    if let Some(error) = startup_error {
        return Ok(AppInfo {
            database: String::new(),
            loaded_demo,
            version: env!("CARGO_PKG_VERSION"),
            read_only: true,
            startup_error: Some(error),
            startup_path,
        });
    }
    with_store(&state, move |store| {
        Ok(AppInfo {
            database: store.path().map(|p| p.display().to_string()).unwrap_or_default(),
            loaded_demo,
            version: env!("CARGO_PKG_VERSION"),
            read_only: store.is_read_only(),
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
async fn integrity_warnings(state: State<'_, AppState>) -> Reply<Vec<String>> {
    with_store(&state, |store| Ok(cxo_review::review::tampered_cycles(store)?.iter().map(ToString::to_string).collect()))
        .await
}

#[tauri::command]
async fn backups_list(state: State<'_, AppState>) -> Reply<Vec<Backup>> {
    if let Ok(path) = database_path() {
        if state.store.lock().map(|s| s.is_none()).unwrap_or(true) {
            // No database open (it could not be opened at start): its backups are still listed.
            return cxo_review::storage::backups::list(&path).map_err(report);
        }
    }
    with_store(&state, |store| store.backups()).await
}

#[tauri::command]
async fn backup_now(state: State<'_, AppState>) -> Reply<Backup> {
    with_store(&state, |store| store.backup_now(Reason::Manual)).await
}

/// Replaces the open database (or the one that could not be opened at start) with `backup`,
/// then opens it.
#[tauri::command]
async fn restore_backup(state: State<'_, AppState>, backup: String) -> Reply<String> {
    let store = state.store.clone();
    let fallback = database_path().map_err(report)?;
    let restored = tauri::async_runtime::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| failure("the database is unavailable; restart CxO Review"))?;
        let path = guard.as_ref().and_then(|s| s.path().map(PathBuf::from)).unwrap_or(fallback);
        // Closes the connection: the file is replaced underneath.
        *guard = None;
        let outcome = Store::restore_backup(&path, std::path::Path::new(&backup));
        let reopened = Store::open(&path).map_err(report);
        match (outcome, reopened) {
            (Ok(_), Ok(opened)) => {
                *guard = Some(opened);
                Ok(path.display().to_string())
            }
            (Err(error), Ok(opened)) => {
                *guard = Some(opened);
                Err(report(error))
            }
            (_, Err(error)) => Err(error),
        }
    })
    .await
    .map_err(|e| failure(format!("the operation stopped unexpectedly: {e}")))??;
    if let Ok(mut startup) = state.startup_error.lock() {
        *startup = None;
    }
    Ok(restored)
}

#[tauri::command]
async fn dashboard(state: State<'_, AppState>) -> Reply<Dashboard> {
    let dashboard =
        with_store(&state, |store| cxo_review::storage::queries::dashboard(store.conn(), chrono::Local::now().date_naive()))
            .await;
    if std::env::var_os("CXO_REVIEW_TIMING").is_some() {
        eprintln!("dashboard served {} ms after launch", state.launched.elapsed().as_millis());
    }
    dashboard
}

/// The UI says when a view has painted its data. With CXO_REVIEW_TIMING set, prints how long
/// after launch that was, and how long after the view was opened: the app-at-scale benchmark
/// (scripts/bench-app.sh) reads these lines.
#[tauri::command]
fn shown(state: State<'_, AppState>, view: String, since_opened_ms: f64) {
    if std::env::var_os("CXO_REVIEW_TIMING").is_some() {
        eprintln!(
            "{view} shown {} ms after launch, {since_opened_ms:.0} ms after it was opened",
            state.launched.elapsed().as_millis()
        );
    }
}

#[tauri::command]
async fn meetings(state: State<'_, AppState>, query: MeetingQuery) -> Reply<Vec<MeetingSummary>> {
    with_store(&state, move |store| cxo_review::storage::queries::meeting_summaries(store.conn(), &query)).await
}

#[tauri::command]
async fn meeting_detail(state: State<'_, AppState>, id: i64) -> Reply<MeetingDetail> {
    with_store(&state, move |store| cxo_review::storage::queries::meeting_detail(store.conn(), id)).await
}

#[tauri::command]
async fn records_list(state: State<'_, AppState>, kind_name: String, limit: Option<usize>) -> Reply<serde_json::Value> {
    let kind = kind(&kind_name)?;
    with_store(&state, move |store| cxo_review::records::list(store, kind, limit)).await
}

#[tauri::command]
async fn record_create(state: State<'_, AppState>, kind_name: String, record: serde_json::Value) -> Reply<i64> {
    let kind = kind(&kind_name)?;
    with_store(&state, move |store| cxo_review::records::create(store, kind, record)).await
}

#[tauri::command]
async fn record_update(state: State<'_, AppState>, kind_name: String, id: i64, record: serde_json::Value) -> Reply<()> {
    let kind = kind(&kind_name)?;
    with_store(&state, move |store| cxo_review::records::update(store, kind, id, record)).await
}

#[tauri::command]
async fn record_delete(state: State<'_, AppState>, kind_name: String, id: i64) -> Reply<()> {
    let kind = kind(&kind_name)?;
    with_store(&state, move |store| cxo_review::records::delete(store, kind, id)).await
}

#[tauri::command]
fn capture_preview(text: String) -> Vec<CaptureLine> {
    cxo_review::capture::parse(&text)
}

#[tauri::command]
async fn capture_apply(state: State<'_, AppState>, meeting: String, text: String) -> Reply<CaptureResult> {
    with_store(&state, move |store| cxo_review::capture::apply(store, &meeting, &text)).await
}

#[tauri::command]
async fn open_actions(state: State<'_, AppState>) -> Reply<Vec<OpenAction>> {
    with_store(&state, |store| {
        cxo_review::storage::queries::open_actions_list(store.conn(), chrono::Local::now().date_naive(), false, 100_000)
    })
    .await
}

#[tauri::command]
async fn contributions(
    state: State<'_, AppState>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    limit: Option<i64>,
) -> Reply<Vec<ContributionSummary>> {
    with_store(&state, move |store| cxo_review::storage::queries::contribution_summaries(store.conn(), from, to, limit)).await
}

#[tauri::command]
async fn people_matching(state: State<'_, AppState>, search: String, limit: i64) -> Reply<Vec<PersonMatch>> {
    with_store(&state, move |store| cxo_review::storage::queries::people_matching(store.conn(), &search, limit)).await
}

#[tauri::command]
async fn cycle_scores(state: State<'_, AppState>, cycle: i64) -> Reply<Vec<Record<Score>>> {
    with_store(&state, move |store| cxo_review::review::cycle_scores(store, cycle)).await
}

#[tauri::command]
async fn countries(state: State<'_, AppState>) -> Reply<Vec<Country>> {
    with_store(&state, |store| cxo_review::storage::queries::countries(store.conn())).await
}

#[tauri::command]
async fn metrics(state: State<'_, AppState>, from: String, to: String) -> Reply<Vec<MetricValue>> {
    let from = cxo_review::model::parse_date(&from).map_err(|e| report(Error::invalid("from", e)))?;
    let to = cxo_review::model::parse_date(&to).map_err(|e| report(Error::invalid("to", e)))?;
    with_store(&state, move |store| cxo_review::metrics::compute(store, from, to)).await
}

#[tauri::command]
async fn cycle_summary(state: State<'_, AppState>, id: i64) -> Reply<CycleSummary> {
    with_store(&state, move |store| cxo_review::review::summarize(store, id, SummaryOptions::default())).await
}

#[tauri::command]
async fn draft_proposals(state: State<'_, AppState>, cycle: i64) -> Reply<DraftReport> {
    with_store(&state, move |store| cxo_review::review::draft_improvements(store, cycle)).await
}

#[tauri::command]
async fn sign_off(state: State<'_, AppState>, cycle: i64) -> Reply<String> {
    with_store(&state, move |store| cxo_review::review::sign_off(store, cycle, chrono::Utc::now())).await
}

#[tauri::command]
async fn export_summary(
    state: State<'_, AppState>,
    cycle: i64,
    format: String,
    path: String,
    include_confidential: bool,
    options: DocumentOptions,
) -> Reply<()> {
    let format: SummaryFormat = format.parse().map_err(|e: String| report(Error::invalid("format", e)))?;
    with_store(&state, move |store| {
        let bytes = cxo_review::export::summary::render(store, cycle, format, include_confidential, &options)?;
        cxo_review::output::write_bytes(store, std::path::Path::new(&path), &bytes)
    })
    .await
}

#[tauri::command]
async fn export_table(
    state: State<'_, AppState>,
    table: String,
    cycle: Option<i64>,
    path: String,
    include_confidential: bool,
) -> Reply<usize> {
    with_store(&state, move |store| {
        cxo_review::export::tables::write_csv(store, &table, cycle, include_confidential, std::path::Path::new(&path))
    })
    .await
}

#[tauri::command]
async fn export_database(state: State<'_, AppState>, path: String) -> Reply<()> {
    with_store(&state, move |store| {
        cxo_review::output::write_file(store, std::path::Path::new(&path), |file| {
            cxo_review::export::json::write_dataset(store, file)
        })
    })
    .await
}

#[tauri::command]
async fn import_file(state: State<'_, AppState>, kind_name: String, path: String) -> Reply<usize> {
    with_store(&state, move |store| {
        if kind_name == "all" {
            let text = cxo_review::import::read_file(std::path::Path::new(&path))?;
            return cxo_review::import::import_dataset(store, &text, &path);
        }
        let kind: Kind = kind_name.parse().map_err(|e: String| Error::invalid("kind", e))?;
        cxo_review::import::import_file(store, kind, std::path::Path::new(&path))
    })
    .await
}

#[tauri::command]
async fn backup_database(state: State<'_, AppState>, path: String) -> Reply<()> {
    with_store(&state, move |store| store.backup(std::path::Path::new(&path))).await
}

#[tauri::command]
async fn load_demo(state: State<'_, AppState>) -> Reply<usize> {
    with_store(&state, cxo_review::demo::load).await
}

/// Opens another database file (creating it if `create`), replacing the open one.
#[tauri::command]
async fn open_database(state: State<'_, AppState>, path: String, create: bool) -> Reply<String> {
    let store = state.store.clone();
    let opened = tauri::async_runtime::spawn_blocking(move || {
        let path = PathBuf::from(&path);
        if create && path.exists() {
            return Err(report(Error::invalid("file", format!("{} already exists; choose a new name", path.display()))));
        }
        let opened = if create { Store::create_database(&path) } else { Store::open(&path) }.map_err(report)?;
        let mut guard = store.lock().map_err(|_| failure("the database is unavailable; restart CxO Review"))?;
        *guard = Some(opened);
        Ok(path.display().to_string())
    })
    .await
    .map_err(|e| failure(format!("the operation stopped unexpectedly: {e}")))??;
    if let Ok(mut startup) = state.startup_error.lock() {
        *startup = None;
    }
    Ok(opened)
}

/// The database to open: `CXO_REVIEW_DB`, or the default location.
fn database_path() -> cxo_review::Result<PathBuf> {
    match std::env::var_os("CXO_REVIEW_DB") {
        Some(path) => Ok(PathBuf::from(path)),
        None => cxo_review::default_db_path(),
    }
}

fn open_store() -> cxo_review::Result<(Store, bool)> {
    let path = database_path()?;
    let first_run = !path.exists();
    if first_run {
        let mut store = Store::create_database(&path)?;
        cxo_review::demo::load(&mut store)?;
        return Ok((store, true));
    }
    let store = Store::open(&path).inspect_err(|e| Store::note_failure_at(&path, e))?;
    Ok((store, false))
}

/// How often the idle backup looks whether a daily backup is due, and how long the app must
/// have been left alone before it makes one.
const BACKUP_LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(5 * 60);
const BACKUP_AFTER_IDLE_SECS: u64 = 60;

/// Makes the daily backup when one is due and nobody has used the app for a minute.
fn back_up_when_idle(store: Arc<Mutex<Option<Store>>>, last_used: Arc<AtomicU64>, launched: std::time::Instant) {
    std::thread::spawn(move || loop {
        std::thread::sleep(BACKUP_LOOK_EVERY);
        let idle = launched.elapsed().as_secs().saturating_sub(last_used.load(Ordering::Relaxed));
        if idle < BACKUP_AFTER_IDLE_SECS {
            continue;
        }
        // Never waits for the lock: a command in progress means the app is not idle.
        let Ok(guard) = store.try_lock() else { continue };
        if let Some(store) = guard.as_ref() {
            if let Err(error) = store.backup_if_due() {
                eprintln!("CxO Review: the daily backup could not be made: {error}");
            }
        }
    });
}

fn main() {
    let launched = std::time::Instant::now();
    // A database that cannot be opened (damaged, newer, missing folder…) is said in the window,
    // which offers its backups, rather than on a terminal nobody sees.
    let (store, loaded_demo, startup_error) = match open_store() {
        Ok((store, loaded_demo)) => (Some(store), loaded_demo, None),
        Err(error) => (None, false, Some(report(error))),
    };
    let state = AppState {
        store: Arc::new(Mutex::new(store)),
        startup_error: Mutex::new(startup_error),
        last_used: Arc::new(AtomicU64::new(0)),
        loaded_demo,
        launched,
    };
    back_up_when_idle(state.store.clone(), state.last_used.clone(), launched);
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            app_info,
            dashboard,
            shown,
            meetings,
            meeting_detail,
            records_list,
            record_create,
            record_update,
            record_delete,
            capture_preview,
            capture_apply,
            open_actions,
            contributions,
            countries,
            metrics,
            cycle_summary,
            cycle_scores,
            people_matching,
            draft_proposals,
            sign_off,
            export_summary,
            export_table,
            export_database,
            import_file,
            backup_database,
            load_demo,
            open_database,
            integrity_warnings,
            backups_list,
            backup_now,
            restore_backup,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"));
    if let Err(error) = result {
        eprintln!("CxO Review stopped: {error}");
        std::process::exit(1);
    }
}
