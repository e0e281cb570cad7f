//! Meetings, their outcomes, contributions and the directory.

use chrono::NaiveDate;
use cxo_review::app::{
    CaptureLine, CaptureResult, ContributionSummary, Dashboard, MeetingDetail, MeetingQuery, MeetingSummary, OpenAction,
    PersonMatch, Session,
};
use cxo_review::model::Country;
use tauri::State;

use crate::state::{with_session, AppState, Reply};

/// Today where the user is: the core's dates are local dates.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
#[specta::specta]
pub async fn dashboard(state: State<'_, AppState>) -> Reply<Dashboard> {
    let dashboard = match state.prepared_dashboard().await {
        Some(prepared) => Ok(prepared),
        None => with_session(&state, |session| session.dashboard(today())).await,
    };
    if std::env::var_os("CXO_REVIEW_TIMING").is_some() {
        eprintln!("dashboard served {} ms after launch", state.launched.elapsed().as_millis());
    }
    dashboard
}

/// Meetings matching `query`, newest first.
#[tauri::command]
#[specta::specta]
pub async fn meetings(state: State<'_, AppState>, query: MeetingQuery) -> Reply<Vec<MeetingSummary>> {
    with_session(&state, move |session| session.meetings(&query)).await
}

#[tauri::command]
#[specta::specta]
pub async fn meeting_detail(state: State<'_, AppState>, id: i64) -> Reply<MeetingDetail> {
    with_session(&state, move |session| session.meeting(id)).await
}

/// What the quick-capture box would save, line by line (nothing is saved).
#[tauri::command]
#[specta::specta]
pub fn capture_preview(text: String) -> Vec<CaptureLine> {
    Session::capture_preview(&text)
}

/// Saves the quick-capture box as outcomes of `meeting`: all lines or none.
#[tauri::command]
#[specta::specta]
pub async fn capture_apply(state: State<'_, AppState>, meeting: String, text: String) -> Reply<CaptureResult> {
    with_session(&state, move |session| session.capture(&meeting, &text)).await
}

/// Moves a priority up or down: swaps its rank with priority `other`'s, in one transaction.
#[tauri::command]
#[specta::specta]
pub async fn swap_priorities(state: State<'_, AppState>, priority: i64, other: i64) -> Reply<()> {
    with_session(&state, move |session| session.swap_priorities(priority, other)).await
}

#[tauri::command]
#[specta::specta]
pub async fn open_actions(state: State<'_, AppState>) -> Reply<Vec<OpenAction>> {
    with_session(&state, |session| session.open_actions(today())).await
}

/// Contributions dated in `from`..`to` (an open end when null), oldest first; only the first
/// `limit` when given.
#[tauri::command]
#[specta::specta]
pub async fn contributions(
    state: State<'_, AppState>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    limit: Option<i64>,
) -> Reply<Vec<ContributionSummary>> {
    with_session(&state, move |session| session.contributions(from, to, limit)).await
}

/// People whose name contains `search`, the exact name first.
#[tauri::command]
#[specta::specta]
pub async fn people_matching(state: State<'_, AppState>, search: String, limit: i64) -> Reply<Vec<PersonMatch>> {
    with_session(&state, move |session| session.people_matching(&search, limit)).await
}

#[tauri::command]
#[specta::specta]
pub async fn countries(state: State<'_, AppState>) -> Reply<Vec<Country>> {
    with_session(&state, |session| session.countries()).await
}
