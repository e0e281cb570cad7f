//! Meetings, their outcomes, contributions and the directory: the lists and screens of TSB
//! staff's daily work.

use chrono::NaiveDate;

use super::Session;
use crate::capture::{CaptureLine, CaptureResult};
use crate::error::Result;
use crate::model::Country;
use crate::storage::queries::{
    self, ContributionSummary, Dashboard, MeetingDetail, MeetingQuery, MeetingSummary, OpenAction, PersonMatch,
};

impl Session {
    /// The dashboard as of `today`.
    pub fn dashboard(&self, today: NaiveDate) -> Result<Dashboard> {
        queries::dashboard(self.store.conn(), today)
    }

    /// Meetings matching `query`, newest first.
    pub fn meetings(&self, query: &MeetingQuery) -> Result<Vec<MeetingSummary>> {
        queries::meeting_summaries(self.store.conn(), query)
    }

    /// Everything the meeting screen shows of meeting `id`.
    pub fn meeting(&self, id: i64) -> Result<MeetingDetail> {
        queries::meeting_detail(self.store.conn(), id)
    }

    /// Open and in-progress actions of every meeting, oldest due date first.
    pub fn open_actions(&self, today: NaiveDate) -> Result<Vec<OpenAction>> {
        queries::open_actions_list(self.store.conn(), today, false, i64::MAX)
    }

    /// Contributions dated in the range, by date; only the first `limit` when given.
    pub fn contributions(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: Option<i64>,
    ) -> Result<Vec<ContributionSummary>> {
        queries::contribution_summaries(self.store.conn(), from, to, limit)
    }

    /// People whose name contains `search`, for the roster's picker.
    pub fn people_matching(&self, search: &str, limit: i64) -> Result<Vec<PersonMatch>> {
        queries::people_matching(self.store.conn(), search, limit)
    }

    /// The countries and their ITU regions.
    pub fn countries(&self) -> Result<Vec<Country>> {
        queries::countries(self.store.conn())
    }

    /// What the quick-capture box would save, line by line (nothing is saved).
    pub fn capture_preview(text: &str) -> Vec<CaptureLine> {
        crate::capture::parse(text)
    }

    /// Saves the quick-capture box as outcomes of meeting `meeting_key`: all lines or none.
    pub fn capture(&mut self, meeting_key: &str, text: &str) -> Result<CaptureResult> {
        crate::capture::apply(&mut self.store, meeting_key, text)
    }
}
