//! SQL for reviewers, review cycles, scores and improvement proposals.
//!
//! A signed-off cycle is frozen: every write that touches its scores, evidence or proposals
//! goes through [`open_cycle`], which refuses.

use std::collections::HashMap;

use super::db::{params, Connection, OptionalExtension, ToSql};

use super::contributions::CONTRIBUTION_ID;
use super::meetings::MEETING_ID;
use super::objectives::{ACTION_PLAN_ID, OBJECTIVE_ID};
use super::{delete_row, ensure_unique, load_links, resolve, Entity, ONE_OR_ALL};
use crate::error::{Error, Result};
use crate::model::{CycleStatus, Evidence, EvidenceKind, Improvement, Record, ReviewCycle, Reviewer, Score};

pub(crate) const REVIEWER_ID: &str = "SELECT id FROM reviewer WHERE name = ?1";
pub(crate) const CYCLE_ID: &str = "SELECT id FROM review_cycle WHERE name = ?1";

/// The id of a cycle that may still change; a signed-off one is refused.
pub(crate) fn open_cycle(conn: &Connection, name: &str) -> Result<i64> {
    let found: Option<(i64, CycleStatus, String)> = conn
        .prepare_cached("SELECT id, status, name FROM review_cycle WHERE name = ?1")?
        .query_row(params![name.trim()], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .optional()?;
    match found {
        None => Err(Error::invalid_because("cycle", crate::msg!("invalid-unknown-cycle", key = name.trim()))),
        Some((_, CycleStatus::SignedOff, name)) => Err(Error::Frozen(name)),
        Some((id, _, _)) => Ok(id),
    }
}

/// The cycle of a stored score or proposal, refused when signed off.
fn open_cycle_of(conn: &Connection, table: &str, id: i64) -> Result<()> {
    let name: String = conn.query_row(
        &format!("SELECT c.name FROM {table} t JOIN review_cycle c ON c.id = t.cycle_id WHERE t.id = ?1"),
        params![id],
        |row| row.get(0),
    )?;
    open_cycle(conn, &name).map(|_| ())
}

impl Entity for Reviewer {
    const TABLE: &'static str = "reviewer";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        ensure_unique(conn, REVIEWER_ID, &self.name, None, "name", || {
            crate::msg!("invalid-reviewer-taken", name = self.name.trim())
        })?;
        conn.prepare_cached("INSERT INTO reviewer (name, affiliation, email) VALUES (?1, ?2, ?3)")?
            .execute(params![self.name.trim(), self.affiliation, self.email])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        ensure_unique(conn, REVIEWER_ID, &self.name, Some(id), "name", || {
            crate::msg!("invalid-reviewer-taken", name = self.name.trim())
        })?;
        conn.execute(
            "UPDATE reviewer SET name = ?2, affiliation = ?3, email = ?4 WHERE id = ?1",
            params![id, self.name.trim(), self.affiliation, self.email],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "reviewer", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!(
            "SELECT t.id, t.name, t.affiliation, {} FROM reviewer t WHERE {ONE_OR_ALL} ORDER BY t.id",
            conn.confidential("t.email", "CAST(NULL AS TEXT)")
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record { id: row.get(0)?, data: Reviewer { name: row.get(1)?, affiliation: row.get(2)?, email: row.get(3)? } })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

struct CycleMembers {
    objectives: Vec<i64>,
    reviewers: Vec<i64>,
}

fn check_cycle(conn: &Connection, cycle: &ReviewCycle, id: Option<i64>) -> Result<CycleMembers> {
    ensure_unique(conn, CYCLE_ID, &cycle.name, id, "name", || {
        crate::msg!("invalid-cycle-taken", name = cycle.name.trim())
    })?;
    let mut members = CycleMembers { objectives: Vec::new(), reviewers: Vec::new() };
    for code in &cycle.objectives {
        let objective = resolve(conn, OBJECTIVE_ID, code, "objectives", "objective")?;
        if !members.objectives.contains(&objective) {
            members.objectives.push(objective);
        }
    }
    for name in &cycle.reviewers {
        let reviewer = resolve(conn, REVIEWER_ID, name, "reviewers", "reviewer")?;
        if !members.reviewers.contains(&reviewer) {
            members.reviewers.push(reviewer);
        }
    }
    Ok(members)
}

fn write_cycle_members(conn: &Connection, id: i64, members: &CycleMembers) -> Result<()> {
    // Members with scores must stay: removing them would silently delete the scores.
    let scored = |sql: &str, keep: &[i64]| -> Result<Option<String>> {
        let mut first_kept_out = None;
        conn.prepare(sql)?.for_each(params![id], |row| {
            let member: i64 = row.get(0)?;
            if first_kept_out.is_none() && !keep.contains(&member) {
                first_kept_out = Some(row.get(1)?);
            }
            Ok(())
        })?;
        Ok(first_kept_out)
    };
    if let Some(code) = scored(
        "SELECT DISTINCT s.objective_id, o.code FROM score s JOIN objective o ON o.id = s.objective_id WHERE s.cycle_id = ?1",
        &members.objectives,
    )? {
        return Err(Error::invalid_because("objectives", crate::msg!("invalid-objective-scored", code = code)));
    }
    if let Some(name) = scored(
        "SELECT DISTINCT s.reviewer_id, r.name FROM score s JOIN reviewer r ON r.id = s.reviewer_id WHERE s.cycle_id = ?1",
        &members.reviewers,
    )? {
        return Err(Error::invalid_because("reviewers", crate::msg!("invalid-reviewer-scored", name = name)));
    }
    // Nothing scored is left out (above): the lists are saved by their difference.
    super::lists::write_ids(conn, "cycle_objective", "cycle_id", id, "objective_id", &members.objectives)?;
    super::lists::write_ids(conn, "cycle_reviewer", "cycle_id", id, "reviewer_id", &members.reviewers)
}

/// Records a cycle's sign-off (or restores it from an export): status, time and digest.
pub(crate) fn set_cycle_signed_off(conn: &Connection, id: i64, signed_off_at: &str, digest: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE review_cycle SET status = 'signed_off', signed_off_at = ?2, digest = ?3 WHERE id = ?1",
        params![id, signed_off_at, digest],
    )?;
    Ok(())
}

impl Entity for ReviewCycle {
    const TABLE: &'static str = "review_cycle";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        if self.status == CycleStatus::SignedOff {
            return Err(Error::invalid_because("status", crate::msg!("invalid-new-cycle-signed-off")));
        }
        let members = check_cycle(conn, self, None)?;
        conn.prepare_cached(
            "INSERT INTO review_cycle (name, period_from, period_to, quorum, status) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![self.name.trim(), self.period_from, self.period_to, self.quorum, self.status])?;
        let id = conn.last_insert_rowid()?;
        write_cycle_members(conn, id, &members)?;
        Ok(id)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let stored: String = conn.query_row("SELECT name FROM review_cycle WHERE id = ?1", params![id], |row| row.get(0))?;
        open_cycle(conn, &stored)?;
        if self.status == CycleStatus::SignedOff {
            return Err(Error::invalid_because("status", crate::msg!("invalid-sign-off-by-command")));
        }
        let members = check_cycle(conn, self, Some(id))?;
        conn.execute(
            "UPDATE review_cycle SET name = ?2, period_from = ?3, period_to = ?4, quorum = ?5, status = ?6 WHERE id = ?1",
            params![id, self.name.trim(), self.period_from, self.period_to, self.quorum, self.status],
        )?;
        write_cycle_members(conn, id, &members)
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        let stored: String = conn.query_row("SELECT name FROM review_cycle WHERE id = ?1", params![id], |row| row.get(0))?;
        open_cycle(conn, &stored)?;
        // Its scores first, as deletions of their own: a server refuses to delete scores as a
        // side effect of their cycle (migrations/postgres/0012), and checks that this login
        // may delete them (on a team database, the owner; the reviewers' own otherwise).
        let scores: i64 = conn.query_row("SELECT count(*) FROM score WHERE cycle_id = ?1", params![id], |row| row.get(0))?;
        if scores > 0 {
            conn.execute("DELETE FROM score WHERE cycle_id = ?1", params![id])?;
        }
        delete_row(conn, "review_cycle", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let mut objectives = load_links(
            conn,
            "SELECT l.cycle_id, o.code FROM cycle_objective l JOIN objective o ON o.id = l.objective_id
             WHERE (CAST(?1 AS BIGINT) IS NULL OR l.cycle_id = ?1) ORDER BY l.cycle_id, o.id",
            id,
        )?;
        let mut reviewers = load_links(
            conn,
            "SELECT l.cycle_id, r.name FROM cycle_reviewer l JOIN reviewer r ON r.id = l.reviewer_id
             WHERE (CAST(?1 AS BIGINT) IS NULL OR l.cycle_id = ?1) ORDER BY l.cycle_id, r.id",
            id,
        )?;
        let sql = format!(
            "SELECT t.id, t.name, t.period_from, t.period_to, t.quorum, t.status, t.signed_off_at, t.digest
             FROM review_cycle t WHERE {ONE_OR_ALL} ORDER BY t.id"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            let id: i64 = row.get(0)?;
            Ok(Record {
                id,
                data: ReviewCycle {
                    name: row.get(1)?,
                    period_from: row.get(2)?,
                    period_to: row.get(3)?,
                    quorum: row.get(4)?,
                    status: row.get(5)?,
                    signed_off_at: row.get(6)?,
                    digest: row.get(7)?,
                    objectives: objectives.remove(&id).unwrap_or_default(),
                    reviewers: reviewers.remove(&id).unwrap_or_default(),
                },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

struct ScoreIds {
    cycle: i64,
    reviewer: i64,
    objective: i64,
}

fn check_score(conn: &Connection, score: &Score, id: Option<i64>) -> Result<ScoreIds> {
    let cycle = open_cycle(conn, &score.cycle)?;
    let reviewer = resolve(conn, REVIEWER_ID, &score.reviewer, "reviewer", "reviewer")?;
    let objective = resolve(conn, OBJECTIVE_ID, &score.objective, "objective", "objective")?;
    let in_cycle = |sql: &str, member: i64| -> Result<bool> {
        Ok(conn.prepare_cached(sql)?.exists(params![cycle, member])?)
    };
    if !in_cycle("SELECT 1 FROM cycle_reviewer WHERE cycle_id = ?1 AND reviewer_id = ?2", reviewer)? {
        return Err(Error::invalid_because(
            "reviewer",
            crate::msg!("invalid-not-reviewer-of", reviewer = score.reviewer.trim(), cycle = score.cycle.trim()),
        ));
    }
    if !in_cycle("SELECT 1 FROM cycle_objective WHERE cycle_id = ?1 AND objective_id = ?2", objective)? {
        return Err(Error::invalid_because(
            "objective",
            crate::msg!("invalid-objective-out-of-scope", objective = score.objective.trim(), cycle = score.cycle.trim()),
        ));
    }
    let levels: Vec<i64> = conn
        .prepare_cached("SELECT level FROM rubric_level WHERE objective_id = ?1 ORDER BY level")?
        .query_map(params![objective], |row| row.get(0))?
        .collect::<super::db::Result<_>>()?;
    if !levels.contains(&score.level) {
        return Err(Error::invalid_because(
            "level",
            crate::msg!("invalid-not-rubric-level",
                level = score.level,
                objective = score.objective.trim(),
                levels = levels.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM score WHERE cycle_id = ?1 AND reviewer_id = ?2 AND objective_id = ?3")?
        .query_row(params![cycle, reviewer, objective], |row| row.get(0))
        .optional()?;
    if existing.is_some_and(|found| Some(found) != id) {
        return Err(Error::invalid_because(
            "objective",
            crate::msg!("invalid-already-scored", reviewer = score.reviewer.trim(), objective = score.objective.trim(), cycle = score.cycle.trim()),
        ));
    }
    for evidence in &score.evidence {
        check_evidence(conn, evidence)?;
    }
    Ok(ScoreIds { cycle, reviewer, objective })
}

fn check_evidence(conn: &Connection, evidence: &Evidence) -> Result<()> {
    match evidence.kind {
        EvidenceKind::Meeting => resolve(conn, MEETING_ID, &evidence.reference, "evidence", "meeting").map(|_| ()),
        EvidenceKind::Contribution => {
            resolve(conn, CONTRIBUTION_ID, &evidence.reference, "evidence", "contribution").map(|_| ())
        }
        EvidenceKind::Indicator => match crate::model::metrics::find(&evidence.reference) {
            Some(_) => Ok(()),
            None => Err(Error::invalid_because("evidence", crate::msg!("invalid-unknown-indicator", key = &evidence.reference))),
        },
    }
}

fn write_evidence(conn: &Connection, id: i64, evidence: &[Evidence]) -> Result<()> {
    let wanted: Vec<(String, String)> =
        evidence.iter().map(|e| (e.kind.as_str().to_string(), e.reference.trim().to_string())).collect();
    let stored: Vec<(String, String)> = {
        let mut stmt = conn.prepare_cached("SELECT kind, reference FROM score_evidence WHERE score_id = ?1")?;
        let rows = stmt.query_map(params![id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<super::db::Result<_>>()?
    };
    let mut delete = conn.prepare_cached("DELETE FROM score_evidence WHERE score_id = ?1 AND kind = ?2 AND reference = ?3")?;
    let mut insert = conn.prepare_cached("INSERT INTO score_evidence (score_id, kind, reference) VALUES (?1, ?2, ?3)")?;
    super::lists::sync(
        stored,
        &wanted,
        |(kind, reference)| Ok(delete.execute(params![id, kind, reference]).map(|_| ())?),
        |(kind, reference)| Ok(insert.execute(params![id, kind, reference]).map(|_| ())?),
    )
}

/// A score's columns, in the order the insert and the update name them.
fn score_row<'a>(ids: &'a ScoreIds, score: &'a Score) -> [&'a dyn ToSql; 8] {
    [
        &ids.cycle,
        &ids.reviewer,
        &ids.objective,
        &score.level,
        &score.rationale,
        &score.source_package,
        &score.returned_at,
        &score.reviewer_key,
    ]
}

impl Entity for Score {
    const TABLE: &'static str = "score";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let ids = check_score(conn, self, None)?;
        conn.prepare_cached(
            "INSERT INTO score (cycle_id, reviewer_id, objective_id, level, rationale, source_package, returned_at, reviewer_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(super::db::params_from_iter(score_row(&ids, self)))?;
        let id = conn.last_insert_rowid()?;
        write_evidence(conn, id, &self.evidence)?;
        Ok(id)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        open_cycle_of(conn, "score", id)?;
        let ids = check_score(conn, self, Some(id))?;
        conn.execute(
            "UPDATE score SET cycle_id = ?1, reviewer_id = ?2, objective_id = ?3, level = ?4, rationale = ?5,
                    source_package = ?6, returned_at = ?7, reviewer_key = ?8 WHERE id = ?9",
            super::db::params_from_iter(score_row(&ids, self).into_iter().chain([&id as &dyn ToSql])),
        )?;
        write_evidence(conn, id, &self.evidence)
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        open_cycle_of(conn, "score", id)?;
        delete_row(conn, "score", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        load_scores(conn, "(CAST(?1 AS BIGINT) IS NULL OR t.id = ?1)", params![id])
    }
}

/// The scores of one cycle, in id order.
pub(crate) fn scores_of_cycle(conn: &Connection, cycle_id: i64) -> Result<Vec<Record<Score>>> {
    load_scores(conn, "t.cycle_id = ?1", params![cycle_id])
}

/// The scores reviewer `reviewer` (by name) gave in one cycle, in id order.
pub(crate) fn scores_of_reviewer(conn: &Connection, cycle_id: i64, reviewer: &str) -> Result<Vec<Record<Score>>> {
    load_scores(conn, "t.cycle_id = ?1 AND t.reviewer_id = (SELECT id FROM reviewer WHERE name = ?2)", params![cycle_id, reviewer])
}

/// The scores of objective `objective_id` in one cycle, in id order.
pub(crate) fn scores_of_objective(conn: &Connection, cycle_id: i64, objective_id: i64) -> Result<Vec<Record<Score>>> {
    load_scores(conn, "t.cycle_id = ?1 AND t.objective_id = ?2", params![cycle_id, objective_id])
}

/// Scores matching `filter` (SQL over `t`, the score table, taking `values`).
fn load_scores(conn: &Connection, filter: &str, values: &[&dyn ToSql]) -> Result<Vec<Record<Score>>> {
    let mut evidence: HashMap<i64, Vec<Evidence>> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT e.score_id, e.kind, e.reference FROM score_evidence e JOIN score t ON t.id = e.score_id
             WHERE {filter} ORDER BY e.score_id, e.kind, e.reference"
        ))?;
        stmt.for_each(values, |row| {
            evidence.entry(row.get(0)?).or_default().push(Evidence { kind: row.get(1)?, reference: row.get(2)? });
            Ok(())
        })?;
    }
    let sql = format!(
        "SELECT t.id, c.name, r.name, o.code, t.level, t.rationale, t.source_package, t.returned_at, t.reviewer_key FROM score t
         JOIN review_cycle c ON c.id = t.cycle_id JOIN reviewer r ON r.id = t.reviewer_id
         JOIN objective o ON o.id = t.objective_id WHERE {filter} ORDER BY t.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(values, |row| {
        let id: i64 = row.get(0)?;
        Ok(Record {
            id,
            data: Score {
                cycle: row.get(1)?,
                reviewer: row.get(2)?,
                objective: row.get(3)?,
                level: row.get(4)?,
                rationale: row.get(5)?,
                evidence: evidence.remove(&id).unwrap_or_default(),
                source_package: row.get(6)?,
                returned_at: row.get(7)?,
                reviewer_key: row.get(8)?,
            },
        })
    })?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}

struct ImprovementIds {
    cycle: i64,
    objective: i64,
    action_plan: Vec<i64>,
    contributions: Vec<i64>,
}

fn check_improvement(conn: &Connection, improvement: &Improvement, id: Option<i64>) -> Result<ImprovementIds> {
    let cycle = open_cycle(conn, &improvement.cycle)?;
    let objective = resolve(conn, OBJECTIVE_ID, &improvement.objective, "objective", "objective")?;
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM improvement WHERE cycle_id = ?1 AND objective_id = ?2 AND title = ?3")?
        .query_row(params![cycle, objective, improvement.title.trim()], |row| row.get(0))
        .optional()?;
    if existing.is_some_and(|found| Some(found) != id) {
        return Err(Error::invalid_because("title", crate::msg!("invalid-proposal-title-taken")));
    }
    let mut ids = ImprovementIds { cycle, objective, action_plan: Vec::new(), contributions: Vec::new() };
    for code in &improvement.action_plan {
        let item = resolve(conn, ACTION_PLAN_ID, code, "action_plan", "action-plan item")?;
        if !ids.action_plan.contains(&item) {
            ids.action_plan.push(item);
        }
    }
    for symbol in &improvement.contributions {
        let contribution = resolve(conn, CONTRIBUTION_ID, symbol, "contributions", "contribution")?;
        if !ids.contributions.contains(&contribution) {
            ids.contributions.push(contribution);
        }
    }
    Ok(ids)
}

fn write_improvement_links(conn: &Connection, id: i64, ids: &ImprovementIds) -> Result<()> {
    super::lists::write_ids(conn, "improvement_action_plan", "improvement_id", id, "action_plan_item_id", &ids.action_plan)?;
    super::lists::write_ids(conn, "improvement_contribution", "improvement_id", id, "contribution_id", &ids.contributions)
}

impl Entity for Improvement {
    const TABLE: &'static str = "improvement";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let ids = check_improvement(conn, self, None)?;
        conn.prepare_cached(
            "INSERT INTO improvement (cycle_id, objective_id, title, body, invitation, status, origin)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![ids.cycle, ids.objective, self.title.trim(), self.body, self.invitation, self.status, self.origin])?;
        let id = conn.last_insert_rowid()?;
        write_improvement_links(conn, id, &ids)?;
        Ok(id)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        open_cycle_of(conn, "improvement", id)?;
        let ids = check_improvement(conn, self, Some(id))?;
        conn.execute(
            "UPDATE improvement SET cycle_id = ?2, objective_id = ?3, title = ?4, body = ?5, invitation = ?6,
                 status = ?7, origin = ?8 WHERE id = ?1",
            params![id, ids.cycle, ids.objective, self.title.trim(), self.body, self.invitation, self.status, self.origin],
        )?;
        write_improvement_links(conn, id, &ids)
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        open_cycle_of(conn, "improvement", id)?;
        delete_row(conn, "improvement", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        load_improvements(conn, "(CAST(?1 AS BIGINT) IS NULL OR t.id = ?1)", id)
    }
}

/// The improvement proposals of one cycle, in id order.
pub(crate) fn improvements_of_cycle(conn: &Connection, cycle_id: i64) -> Result<Vec<Record<Improvement>>> {
    load_improvements(conn, "t.cycle_id = ?1", Some(cycle_id))
}

fn load_improvements(conn: &Connection, filter: &str, param: Option<i64>) -> Result<Vec<Record<Improvement>>> {
    let mut plans = load_links(
        conn,
        &format!(
            "SELECT l.improvement_id, a.code FROM improvement_action_plan l JOIN action_plan_item a ON a.id = l.action_plan_item_id
             JOIN improvement t ON t.id = l.improvement_id WHERE {filter} ORDER BY l.improvement_id, a.id"
        ),
        param,
    )?;
    let mut contributions = load_links(
        conn,
        &format!(
            "SELECT l.improvement_id, c.symbol FROM improvement_contribution l JOIN contribution c ON c.id = l.contribution_id
             JOIN improvement t ON t.id = l.improvement_id WHERE {filter} ORDER BY l.improvement_id, c.id"
        ),
        param,
    )?;
    let sql = format!(
        "SELECT t.id, c.name, o.code, t.title, t.body, t.invitation, t.status, t.origin FROM improvement t
         JOIN review_cycle c ON c.id = t.cycle_id JOIN objective o ON o.id = t.objective_id
         WHERE {filter} ORDER BY t.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![param], |row| {
        let id: i64 = row.get(0)?;
        Ok(Record {
            id,
            data: Improvement {
                cycle: row.get(1)?,
                objective: row.get(2)?,
                title: row.get(3)?,
                body: row.get(4)?,
                invitation: row.get(5)?,
                status: row.get(6)?,
                origin: row.get(7)?,
                action_plan: plans.remove(&id).unwrap_or_default(),
                contributions: contributions.remove(&id).unwrap_or_default(),
            },
        })
    })?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}
