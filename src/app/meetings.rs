//! Meetings, their outcomes, contributions and the directory: the lists and screens of TSB
//! staff's daily work.

use chrono::NaiveDate;
use serde::Serialize;

use super::Session;
use crate::capture::{CaptureLine, CaptureResult};
use crate::error::{Error, Result};
use crate::model::history::{Cause, WriteCause};
use crate::model::{Country, Priority};
use crate::storage::Purpose;
use crate::stats::StatsTable;
use crate::storage::queries::{
    ContributionSummary, Dashboard, MeetingQuery, MeetingRecords, MeetingSummary, OpenAction, PersonMatch,
};

/// A region as screens name it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, specta::Type)]
pub struct RegionName {
    pub code: crate::model::Region,
    pub label: &'static str,
}

/// The ITU regions and TSB in Annex B's row order, the order of every `regions` array the core
/// returns, with the labels Annex B gives them.
pub fn regions() -> Vec<RegionName> {
    crate::model::Region::ALL.iter().map(|r| RegionName { code: *r, label: r.label() }).collect()
}

/// Everything the meeting screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct MeetingDetail {
    #[serde(flatten)]
    pub records: MeetingRecords,
    /// This meeting's column of the statistics table.
    pub statistics: StatsTable,
    /// The meeting's version: its form sends it back, so that a save after someone else's is
    /// refused rather than overwriting it.
    pub meeting_version: i64,
}

impl Session {
    /// The dashboard as of `today`.
    pub fn dashboard(&self, today: NaiveDate) -> Result<Dashboard> {
        let cycles = self.store.list::<crate::model::ReviewCycle>()?;
        let current = crate::review::current_cycle(&cycles);
        self.store.dashboard(today, current).map_err(|e| e.during("reading the dashboard"))
    }

    /// Meetings matching `query`, newest first.
    pub fn meetings(&self, query: &MeetingQuery) -> Result<Vec<MeetingSummary>> {
        self.store.meeting_summaries(query).map_err(|e| e.during("listing the meetings"))
    }

    /// Everything the meeting screen shows of meeting `id`.
    pub fn meeting(&self, id: i64) -> Result<MeetingDetail> {
        let (records, figures) = self.store.meeting_detail(id).map_err(|e| e.during("reading the meeting"))?;
        let meeting_version = self.store.kind_version(crate::model::Kind::Meetings, id)?;
        Ok(MeetingDetail { records, statistics: crate::stats::table(&figures, None, None), meeting_version })
    }

    /// Open and in-progress actions of every meeting, oldest due date first.
    pub fn open_actions(&self, today: NaiveDate) -> Result<Vec<OpenAction>> {
        self.store.open_actions(today, false, i64::MAX).map_err(|e| e.during("listing the open actions"))
    }

    /// Contributions dated in the range, by date; only the first `limit` when given.
    pub fn contributions(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: Option<i64>,
    ) -> Result<Vec<ContributionSummary>> {
        self.store.contribution_summaries(from, to, limit).map_err(|e| e.during("listing the contributions"))
    }

    /// People whose name contains `search`, for the roster's picker.
    pub fn people_matching(&self, search: &str, limit: i64) -> Result<Vec<PersonMatch>> {
        self.store.people_matching(search, limit).map_err(|e| e.during("looking up people"))
    }

    /// The countries and their ITU regions.
    pub fn countries(&self) -> Result<Vec<Country>> {
        self.store.countries()
    }

    /// What the quick-capture box would save, line by line (nothing is saved).
    pub fn capture_preview(text: &str) -> Vec<CaptureLine> {
        crate::capture::parse(text)
    }

    /// Saves the quick-capture box as outcomes of meeting `meeting_key`: all lines or none.
    pub fn capture(&mut self, meeting_key: &str, text: &str) -> Result<CaptureResult> {
        self.with_cause(WriteCause::new(Cause::Capture), |session| crate::capture::apply(&mut session.store, meeting_key, text))
            .map_err(|e| e.during("saving the quick capture"))
    }

    /// Swaps the ranks of priorities `a` and `b` of one meeting (moving a priority up or down),
    /// in one transaction: a meeting's ranks are unique, so one of them is first set aside,
    /// and a failure part way must not leave it there.
    pub fn swap_priorities(&mut self, a: i64, b: i64) -> Result<()> {
        self.store
            .write(Purpose::Edit, |tx| {
                let first = tx.get::<Priority>(a)?.data;
                let second = tx.get::<Priority>(b)?.data;
                if first.meeting != second.meeting {
                    return Err(Error::Precondition(crate::msg!("precondition-swap-meetings", first = &first.meeting, second = &second.meeting)));
                }
                let aside = tx.next_priority_rank(&first.meeting)?;
                tx.update(a, &Priority { rank: aside, ..first.clone() })?;
                tx.update(b, &Priority { rank: first.rank, ..second.clone() })?;
                tx.update(a, &Priority { rank: second.rank, ..first })
            })
            .map_err(|e| e.during("moving the priority"))
    }
}
