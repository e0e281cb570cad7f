//! The CxO Review desktop shell: Tauri commands that call the core library. No SQL and no
//! business rules live here; each command locks the store, calls one core function off the UI
//! thread, and turns its error into an `ErrorReport` for the form or screen that asked.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;
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
use cxo_review::{Error, ErrorReport, Store};
use serde::Serialize;
use tauri::State;

/// The open database; `None` only while another is being opened.
struct AppState {
    store: Arc<Mutex<Option<Store>>>,
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
    tauri::async_runtime::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| failure("the database is unavailable after an earlier failure; restart CxO Review"))?;
        let store = guard.as_mut().ok_or_else(|| failure("no database is open"))?;
        work(store).map_err(report)
    })
    .await
    .map_err(|e| failure(format!("the operation stopped unexpectedly: {e}")))?
}

fn kind(text: &str) -> Reply<Kind> {
    text.parse().map_err(|e: String| report(Error::invalid("kind", e)))
}

#[derive(Serialize, ts_rs::TS)]
#[ts(export)]
struct AppInfo {
    database: String,
    loaded_demo: bool,
    version: &'static str,
}

#[tauri::command]
async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    let loaded_demo = state.loaded_demo;
    with_store(&state, move |store| {
        Ok(AppInfo {
            database: store.path().map(|p| p.display().to_string()).unwrap_or_default(),
            loaded_demo,
            version: env!("CARGO_PKG_VERSION"),
        })
    })
    .await
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
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
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
        let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        cxo_review::export::json::write_dataset(store, file)
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
    tauri::async_runtime::spawn_blocking(move || {
        let path = PathBuf::from(&path);
        if create && path.exists() {
            return Err(report(Error::invalid("file", format!("{} already exists; choose a new name", path.display()))));
        }
        if !create && !path.exists() {
            return Err(report(Error::invalid("file", format!("{} does not exist", path.display()))));
        }
        let opened = Store::open(&path).map_err(report)?;
        let mut guard = store.lock().map_err(|_| failure("the database is unavailable; restart CxO Review"))?;
        *guard = Some(opened);
        Ok(path.display().to_string())
    })
    .await
    .map_err(|e| failure(format!("the operation stopped unexpectedly: {e}")))?
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
    let mut store = Store::open(&path)?;
    if first_run {
        cxo_review::demo::load(&mut store)?;
    }
    Ok((store, first_run))
}

fn main() {
    let launched = std::time::Instant::now();
    let (store, loaded_demo) = match open_store() {
        Ok(opened) => opened,
        Err(error) => {
            // Without a database there is nothing to show; say why on the terminal and stop.
            eprintln!("CxO Review cannot open its database: {error}");
            std::process::exit(1);
        }
    };
    let state = AppState { store: Arc::new(Mutex::new(Some(store))), loaded_demo, launched };
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
        ])
        .run(tauri::generate_context!("../tauri.conf.json"));
    if let Err(error) = result {
        eprintln!("CxO Review stopped: {error}");
        std::process::exit(1);
    }
}
