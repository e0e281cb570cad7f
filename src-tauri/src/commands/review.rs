//! Review cycles: scores, results, drafted proposals, sign-off, the summary to TSAG, and the
//! indicators.

use std::path::Path;

use chrono::NaiveDate;
use cxo_review::i18n::Language;
use cxo_review::app::{
    Completeness, CycleListing, CycleSummary, DocumentOptions, DraftReport, Indicators, ObjectiveIndicators, SavedScore, SummaryFormat, SummaryOptions,
};
use cxo_review::model::{Record, Score};
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// The review cycles, in id order.
#[tauri::command]
#[specta::specta]
pub async fn cycles(state: State<'_, AppState>) -> Reply<Vec<CycleListing>> {
    with_session(&state, |session| session.cycles()).await
}

#[tauri::command]
#[specta::specta]
pub async fn cycle_summary(state: State<'_, AppState>, id: i64) -> Reply<CycleSummary> {
    with_session(&state, move |session| session.cycle_summary(id, SummaryOptions::default())).await
}

/// Every reviewer's scores in cycle `cycle`.
#[tauri::command]
#[specta::specta]
pub async fn cycle_scores(state: State<'_, AppState>, cycle: i64) -> Reply<Vec<Record<Score>>> {
    with_session(&state, move |session| session.cycle_scores(cycle)).await
}

/// Saves a reviewer's score (a new one when `id` is null); returns its id and its objective's
/// result as it now stands.
#[tauri::command]
#[specta::specta]
pub async fn save_score(state: State<'_, AppState>, id: Option<i64>, score: Score) -> Reply<SavedScore> {
    with_session(&state, move |session| session.save_score(id, &score)).await
}

/// Drafts proposals for the objectives cycle `cycle` finds not met; edited ones are kept.
#[tauri::command]
#[specta::specta]
pub async fn draft_proposals(state: State<'_, AppState>, cycle: i64) -> Reply<DraftReport> {
    with_session(&state, move |session| session.draft(cycle)).await
}

/// What cycle `cycle` still lacks before sign-off, shown before it is frozen.
#[tauri::command]
#[specta::specta]
pub async fn sign_off_completeness(state: State<'_, AppState>, cycle: i64) -> Reply<Completeness> {
    with_session(&state, move |session| session.sign_off_completeness(cycle)).await
}

/// Signs cycle `cycle` off now; returns the digest its content is frozen under.
#[tauri::command]
#[specta::specta]
pub async fn sign_off(state: State<'_, AppState>, cycle: i64) -> Reply<String> {
    with_session(&state, move |session| session.sign_off(cycle, chrono::Utc::now())).await
}

/// The header block of cycle `cycle`'s summary: as saved, or the defaults when never saved.
#[tauri::command]
#[specta::specta]
pub async fn document_options(state: State<'_, AppState>, cycle: i64) -> Reply<DocumentOptions> {
    with_session(&state, move |session| session.document_options(cycle)).await
}

/// Saves the header block of cycle `cycle`'s summary for every later export of it.
#[tauri::command]
#[specta::specta]
pub async fn set_document_options(state: State<'_, AppState>, cycle: i64, options: DocumentOptions) -> Reply<()> {
    with_session(&state, move |session| session.set_document_options(cycle, &options)).await
}

/// Writes the summary of cycle `cycle` in `format` to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_summary(
    state: State<'_, AppState>,
    cycle: i64,
    format: SummaryFormat,
    path: String,
    include_confidential: bool,
    options: DocumentOptions,
    language: Language,
) -> Reply<()> {
    with_session(&state, move |session| {
        session.export_summary(cycle, format, include_confidential, &options, language, Path::new(&path))
    })
    .await
}

/// Every indicator over `from`..`to` (by default from the first meeting to today).
#[tauri::command]
#[specta::specta]
pub async fn indicators(state: State<'_, AppState>, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Reply<Indicators> {
    let today = chrono::Local::now().date_naive();
    with_session(&state, move |session| session.indicators(from, to, today)).await
}

/// Every objective's indicators over `from`..`to`, against their targets.
#[tauri::command]
#[specta::specta]
pub async fn objective_indicators(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
) -> Reply<Vec<ObjectiveIndicators>> {
    with_session(&state, move |session| session.objective_indicators(from, to)).await
}
