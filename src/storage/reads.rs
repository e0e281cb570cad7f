//! What the use cases read, as methods of the store: the storage seam's read side. Each runs
//! one query (or one query per part of a compound value) and returns plain values; none
//! computes a figure the analysis owns.

use chrono::NaiveDate;
use super::db::OptionalExtension;

use super::queries::{
    self, ContributionSummary, Dashboard, MeetingQuery, MeetingRecords, MeetingSummary, OpenAction, PersonMatch,
};
use super::{review, Entity, Store};
use crate::error::{Error, Result};
use crate::model::facts::{CycleContent, CycleData, MeetingFigures, ObjectiveContent, PeriodFacts, SignOffRecord};
use crate::model::{ActionPlanItem, Contribution, Country, Objective, Record, ReviewCycle, Reviewer, Score};

impl Store {
    pub fn dashboard(&self, today: NaiveDate, current: Option<i64>) -> Result<Dashboard> {
        queries::dashboard(&self.conn, today, current)
    }

    /// A page of meetings. Counts too large to add up (written around the product) are
    /// refused naming the meetings and numbers at fault, not as the engine's bare overflow.
    pub fn meeting_summaries(&self, query: &MeetingQuery) -> Result<Vec<MeetingSummary>> {
        queries::meeting_summaries(&self.conn, query).or_else(|error| match &error {
            Error::Database { source, .. } if source.kind() == crate::error::DatabaseErrorKind::Overflow => {
                let beyond = queries::counts_beyond_bounds(&self.conn)?;
                if beyond.is_empty() {
                    return Err(error);
                }
                let named: Vec<String> =
                    beyond.iter().map(|(key, what, value)| format!("meeting {key}: {value} {what}")).collect();
                Err(Error::Inconsistent(crate::msg!("inconsistent-counts-beyond-bounds", counts = named.join(", "), most = crate::model::MAX_COUNT)))
            }
            _ => Err(error),
        })
    }

    /// Meeting `id`'s records, and its figures for the statistics column.
    pub fn meeting_detail(&self, id: i64) -> Result<(MeetingRecords, Vec<MeetingFigures>)> {
        queries::meeting_detail(&self.conn, id)
    }

    /// Open and in-progress actions, oldest due date first; `only_overdue` keeps those due
    /// before `today`.
    pub fn open_actions(&self, today: NaiveDate, only_overdue: bool, limit: i64) -> Result<Vec<OpenAction>> {
        queries::open_actions_list(&self.conn, today, only_overdue, limit)
    }

    pub fn contribution_summaries(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: Option<i64>,
    ) -> Result<Vec<ContributionSummary>> {
        queries::contribution_summaries(&self.conn, from, to, limit)
    }

    pub fn people_matching(&self, search: &str, limit: i64) -> Result<Vec<PersonMatch>> {
        queries::people_matching(&self.conn, search, limit)
    }

    pub fn countries(&self) -> Result<Vec<Country>> {
        queries::countries(&self.conn)
    }

    /// The meetings that started in the range (inclusive), oldest first, with their figures.
    pub fn meeting_figures(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<MeetingFigures>> {
        queries::meeting_figures(&self.conn, from, to)
    }

    /// The day the first meeting started, if there is a meeting.
    pub fn first_meeting_date(&self) -> Result<Option<NaiveDate>> {
        Ok(self.conn.query_row("SELECT min(start_date) FROM meeting", (), |row| row.get(0))?)
    }

    /// What the indicators over `from`..=`to` are computed from.
    pub fn period_facts(&self, from: NaiveDate, to: NaiveDate) -> Result<PeriodFacts> {
        queries::period_facts(&self.conn, from, to)
    }

    /// Whether the database holds no meetings and no organizations (the demo needs that).
    pub fn is_empty(&self) -> Result<bool> {
        let has_data: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM meeting) OR EXISTS (SELECT 1 FROM organization)",
            (),
            |row| row.get(0),
        )?;
        Ok(!has_data)
    }

    /// Every reviewer's scores in cycle `cycle_id`.
    pub fn cycle_scores(&self, cycle_id: i64) -> Result<Vec<Record<Score>>> {
        review::scores_of_cycle(&self.conn, cycle_id)
    }

    /// The id of the cycle named `name` (as typed: case and outer spaces do not matter).
    pub fn cycle_named(&self, name: &str) -> Result<i64> {
        self.conn
            .query_row("SELECT id FROM review_cycle WHERE name = ?1", [name.trim()], |row| row.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound { entity: "review cycle", key: format!("\"{}\"", name.trim()) })
    }

    /// What cycle `id` freezes at sign-off.
    pub fn cycle_content(&self, id: i64) -> Result<CycleContent> {
        cycle_content_in(&self.conn, id)
    }

    /// Objective `code` of cycle `id` and its scores there; None when the cycle does not review it.
    pub fn objective_content(&self, id: i64, code: &str) -> Result<Option<ObjectiveContent>> {
        let cycle = self.get::<ReviewCycle>(id)?.data;
        if !cycle.objectives.iter().any(|o| o == code) {
            return Ok(None);
        }
        let Some(objective_id) = self
            .conn
            .prepare_cached(super::objectives::OBJECTIVE_ID)?
            .query_row(super::db::params![code], |row| row.get::<i64>(0))
            .optional()?
        else {
            return Ok(None);
        };
        let Some(objective) = Objective::load(&self.conn, Some(objective_id))?.into_iter().next().map(|o| o.data) else {
            return Ok(None);
        };
        let scores = review::scores_of_objective(&self.conn, id, objective_id)?.into_iter().map(|s| s.data).collect();
        Ok(Some(ObjectiveContent { cycle, objective, scores }))
    }

    /// Everything cycle `id`'s summary is computed from, read in one go.
    pub fn cycle_data(&self, id: i64) -> Result<CycleData> {
        cycle_data_in(&self.conn, id)
    }

    /// The first sign-off recorded of each cycle ever signed off, in cycle order.
    pub fn sign_off_records(&self) -> Result<Vec<SignOffRecord>> {
        sign_off_records_in(&self.conn, None)
    }

    /// The first sign-off recorded of cycle `id`, if it was ever signed off.
    pub fn sign_off_record(&self, id: i64) -> Result<Option<SignOffRecord>> {
        Ok(sign_off_records_in(&self.conn, Some(id))?.pop())
    }

    /// Signs cycle `id` off at `at` under the digest `digest_of` gives its content, read in
    /// the same transaction with the cycle's row held: a score saved meanwhile either came
    /// before (and is in the digest) or waits and is then refused, so the digest written is
    /// always the content's. Returns the digest.
    pub fn sign_off_with(
        &mut self,
        id: i64,
        at: &str,
        digest_of: &mut dyn FnMut(&CycleData, Option<&SignOffRecord>) -> Result<String>,
    ) -> Result<String> {
        self.raw_transaction(|conn| {
            // Holds the cycle: on a server, every score and proposal write takes a share of
            // this row's lock first (migrations/postgres/0012_server_guards.sql). A signed-off
            // cycle's row is not touched (its guard would refuse even this): `digest_of` says so.
            conn.execute("UPDATE review_cycle SET status = status WHERE id = ?1 AND status <> 'signed_off'", super::db::params![id])?;
            let recorded = sign_off_records_in(conn, Some(id))?.pop();
            let digest = digest_of(&cycle_data_in(conn, id)?, recorded.as_ref())?;
            review::set_cycle_signed_off(conn, id, at, Some(&digest))?;
            Ok(digest)
        })
    }
}

/// Everything cycle `id`'s summary is computed from, as `conn` sees it.
fn cycle_data_in(conn: &super::db::Connection, id: i64) -> Result<CycleData> {
    let content = cycle_content_in(conn, id)?;
    let (from, to) = (content.cycle.period_from, content.cycle.period_to);
    let reviewers = Reviewer::load(conn, None)?
        .into_iter()
        .map(|r| r.data)
        .filter(|r| content.cycle.reviewers.contains(&r.name))
        .collect();
    let proposals = queries::proposals_in_period(conn, from, to)?;
    let action_plan = ActionPlanItem::load(conn, None)?.into_iter().map(|a| a.data).collect();
    let base_id: Option<i64> = conn
        .query_row("SELECT id FROM contribution WHERE is_base_document ORDER BY id LIMIT 1", (), |row| row.get(0))
        .optional()?;
    let base_document = match base_id {
        Some(id) => Contribution::load(conn, Some(id))?.into_iter().next().map(|c| c.data),
        None => None,
    };
    let figures = queries::meeting_figures(conn, Some(from), Some(to))?;
    let period = queries::period_facts_with(conn, from, to, &figures)?;
    Ok(CycleData { content, reviewers, proposals, action_plan, base_document, figures, period })
}

/// The first sign-off recorded of each cycle (of cycle `id` only, when given), in cycle order:
/// CxO Review signs a cycle off once, so a later record is a sign-off made outside it.
fn sign_off_records_in(conn: &super::db::Connection, id: Option<i64>) -> Result<Vec<SignOffRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.cycle_id, s.signed_off_at, s.digest FROM cycle_sign_off s
         WHERE s.id = (SELECT min(l.id) FROM cycle_sign_off l WHERE l.cycle_id = s.cycle_id)
           AND (CAST(?1 AS BIGINT) IS NULL OR s.cycle_id = ?1)
         ORDER BY s.cycle_id",
    )?;
    let rows = stmt.query_map(super::db::params![id], |row| {
        Ok(SignOffRecord { cycle_id: row.get(0)?, signed_off_at: row.get(1)?, digest: row.get(2)? })
    })?;
    Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
}

/// What cycle `id` freezes at sign-off, as `conn` sees it.
fn cycle_content_in(conn: &super::db::Connection, id: i64) -> Result<CycleContent> {
    let cycle = ReviewCycle::load(conn, Some(id))?
        .into_iter()
        .next()
        .ok_or_else(|| Error::NotFound { entity: "review cycle", key: format!("#{id}") })?
        .data;
    let objectives = Objective::load(conn, None)?.into_iter().map(|o| o.data).filter(|o| cycle.objectives.contains(&o.code)).collect();
    let scores = review::scores_of_cycle(conn, id)?.into_iter().map(|s| s.data).collect();
    let improvements = review::improvements_of_cycle(conn, id)?;
    Ok(CycleContent { id, cycle, objectives, scores, improvements })
}
