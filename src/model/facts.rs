//! The facts analyses are computed from: plain values that storage gathers (one query each)
//! and the statistics, metrics and review summaries read. Defined here, below both, so that
//! neither knows the other.

use chrono::NaiveDate;

use super::{ActionStatus, AttendanceMode, Category, Disposition, MeetingKind, MeetingStatus, Region};

/// What the statistics of one meeting are computed from.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingFigures {
    pub id: i64,
    pub key: String,
    pub kind: MeetingKind,
    pub status: MeetingStatus,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub communique_date: Option<NaiveDate>,
    pub documents: i64,
    pub report_ref: String,
    pub report_date: Option<NaiveDate>,
    pub attendance_mode: AttendanceMode,
    /// Participants per region in Annex B's row order, TSB last.
    pub regions: [i64; 7],
    pub executives: i64,
}

/// The facts about a period that the metrics are computed from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PeriodFacts {
    /// Executive meetings (RG-IEM meetings excluded) held in the period, with their figures.
    pub meetings: Vec<MeetingFigures>,
    /// Ranked priorities recorded per executive meeting, in `meetings` order.
    pub priorities: Vec<i64>,
    /// Organizations (secretariat excluded) with an attendee at an executive meeting of the period.
    pub organizations: i64,
    /// Of those, the ones that never attended an executive meeting before the period.
    pub first_time_organizations: i64,
    /// Actions agreed at the period's meetings.
    pub actions: Vec<ActionFacts>,
    /// Actions due before the end of the period and not closed by then, from any earlier meeting.
    pub overdue_actions: i64,
    /// Contributions dated in the period, the base document excluded.
    pub contributions: i64,
    pub source_categories: Vec<Category>,
    pub source_regions: Vec<Region>,
    /// Dispositions of the proposals of those contributions.
    pub dispositions: Vec<Disposition>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionFacts {
    pub meeting_end: NaiveDate,
    pub status: ActionStatus,
    pub closed_date: Option<NaiveDate>,
}


/// A cycle's first sign-off as the database recorded it when it happened (migration 0015): kept
/// whatever later happens to the cycle's own status and digest. CxO Review signs a cycle off
/// once; a cycle whose status, time or digest no longer match it was changed outside.
#[derive(Debug, Clone, PartialEq)]
pub struct SignOffRecord {
    pub cycle_id: i64,
    pub signed_off_at: String,
    pub digest: Option<String>,
}

/// What a signed-off review cycle freezes under its digest: its scope, the rubrics of its
/// objectives, every score with its evidence, and its proposals.
#[derive(Debug, Clone, PartialEq)]
pub struct CycleContent {
    pub id: i64,
    pub cycle: super::ReviewCycle,
    /// The cycle's objectives, in id order.
    pub objectives: Vec<super::Objective>,
    pub scores: Vec<super::Score>,
    pub improvements: Vec<super::Record<super::Improvement>>,
}

/// What one objective's result in a review cycle is computed from: saving a score returns that
/// result, and reads the objective's scores rather than the whole cycle's (100 rather than
/// 2,500 at ten years).
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveContent {
    pub cycle: super::ReviewCycle,
    pub objective: super::Objective,
    /// The objective's scores in the cycle, in id order.
    pub scores: Vec<super::Score>,
}

/// Everything a review cycle's summary, drafting and exports are computed from, loaded once.
#[derive(Debug, Clone, PartialEq)]
pub struct CycleData {
    pub content: CycleContent,
    /// The reviewers of the cycle, in id order.
    pub reviewers: Vec<super::Reviewer>,
    /// The proposals of the contributions dated in the cycle's period.
    pub proposals: Vec<super::Proposal>,
    pub action_plan: Vec<super::ActionPlanItem>,
    /// The Resolution 68 base document, if registered.
    pub base_document: Option<super::Contribution>,
    /// Every meeting that started in the period (the statistics).
    pub figures: Vec<MeetingFigures>,
    /// What the indicators over the period are computed from.
    pub period: PeriodFacts,
}

/// A review package as the database that issued it remembers it.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageRecord {
    pub id: String,
    pub cycle_id: i64,
    pub reviewer: String,
    pub issued_at: String,
    pub deadline: NaiveDate,
    /// The reviewer's scores when the package was issued.
    pub issued_scores: Vec<super::Score>,
    /// The fingerprint of the key its first merged return was signed with.
    pub reviewer_key: Option<String>,
    /// When the last merged return was returned (RFC 3339).
    pub last_return: Option<String>,
}
