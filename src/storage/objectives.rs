//! SQL for process objectives (with indicators and rubric) and action-plan items.

use std::collections::HashMap;

use super::db::{params, Connection};

use super::{delete_row, ensure_unique, load_links, resolve, Entity, ONE_OR_ALL};
use crate::error::{Error, Result};
use crate::model::{ActionPlanItem, Indicator, Objective, Record, RubricLevel};

pub(crate) const OBJECTIVE_ID: &str = "SELECT id FROM objective WHERE code = ?1";
pub(crate) const ACTION_PLAN_ID: &str = "SELECT id FROM action_plan_item WHERE code = ?1";

fn check_objective(conn: &Connection, objective: &Objective, id: Option<i64>) -> Result<Vec<i64>> {
    ensure_unique(conn, OBJECTIVE_ID, &objective.code, id, "code", || {
        crate::msg!("invalid-objective-code-taken", code = objective.code.trim())
    })?;
    if let Some(id) = id {
        // A rubric may not drop a level that reviewers have already used.
        let top = objective.effective_rubric().iter().map(|l| l.level).max().unwrap_or(0);
        let used: Option<i64> =
            conn.query_row("SELECT max(level) FROM score WHERE objective_id = ?1", params![id], |row| row.get(0))?;
        if let Some(used) = used.filter(|used| *used > top) {
            return Err(Error::invalid_because("rubric", crate::msg!("invalid-rubric-scored-level", level = used)));
        }
    }
    let mut items = Vec::new();
    for code in &objective.action_plan {
        let item = resolve(conn, ACTION_PLAN_ID, code, "action_plan", "action-plan item")?;
        if !items.contains(&item) {
            items.push(item);
        }
    }
    Ok(items)
}

fn write_objective_parts(conn: &Connection, id: i64, objective: &Objective, items: &[i64]) -> Result<()> {
    // Indicators by metric, each with its comparison and target (a metric is listed once).
    let wanted: Vec<(String, String, f64)> = objective
        .indicators
        .iter()
        .map(|i| (i.metric.trim().to_string(), i.comparison.as_str().to_string(), i.target))
        .collect();
    let stored: Vec<(String, String, f64)> = {
        let mut stmt = conn.prepare_cached("SELECT metric, comparison, target FROM indicator WHERE objective_id = ?1")?;
        let rows = stmt.query_map(params![id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        rows.collect::<super::db::Result<_>>()?
    };
    let mut delete = conn.prepare_cached("DELETE FROM indicator WHERE objective_id = ?1 AND metric = ?2")?;
    let mut insert =
        conn.prepare_cached("INSERT INTO indicator (objective_id, metric, comparison, target) VALUES (?1, ?2, ?3, ?4)")?;
    super::lists::sync(
        stored,
        &wanted,
        |(metric, _, _)| Ok(delete.execute(params![id, metric]).map(|_| ())?),
        |(metric, comparison, target)| Ok(insert.execute(params![id, metric, comparison, target]).map(|_| ())?),
    )?;

    let wanted: Vec<(i64, String)> =
        objective.effective_rubric().iter().map(|l| (l.level, l.label.trim().to_string())).collect();
    let stored: Vec<(i64, String)> = {
        let mut stmt = conn.prepare_cached("SELECT level, label FROM rubric_level WHERE objective_id = ?1")?;
        let rows = stmt.query_map(params![id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<super::db::Result<_>>()?
    };
    let mut delete = conn.prepare_cached("DELETE FROM rubric_level WHERE objective_id = ?1 AND level = ?2")?;
    let mut insert = conn.prepare_cached("INSERT INTO rubric_level (objective_id, level, label) VALUES (?1, ?2, ?3)")?;
    super::lists::sync(
        stored,
        &wanted,
        |(level, _)| Ok(delete.execute(params![id, level]).map(|_| ())?),
        |(level, label)| Ok(insert.execute(params![id, level, label]).map(|_| ())?),
    )?;

    super::lists::write_ids(conn, "objective_action_plan", "objective_id", id, "action_plan_item_id", items)
}

impl Entity for Objective {
    const TABLE: &'static str = "objective";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let items = check_objective(conn, self, None)?;
        conn.prepare_cached("INSERT INTO objective (code, title, description, source) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![self.code.trim(), self.title, self.description, self.source])?;
        let id = conn.last_insert_rowid()?;
        write_objective_parts(conn, id, self, &items)?;
        Ok(id)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let items = check_objective(conn, self, Some(id))?;
        conn.execute(
            "UPDATE objective SET code = ?2, title = ?3, description = ?4, source = ?5 WHERE id = ?1",
            params![id, self.code.trim(), self.title, self.description, self.source],
        )?;
        write_objective_parts(conn, id, self, &items)
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "objective", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let mut indicators: HashMap<i64, Vec<Indicator>> = HashMap::new();
        {
            let mut stmt = conn.prepare_cached(
                "SELECT objective_id, metric, comparison, target FROM indicator
                 WHERE (CAST(?1 AS BIGINT) IS NULL OR objective_id = ?1) ORDER BY objective_id, id",
            )?;
            stmt.for_each(params![id], |row| {
                indicators.entry(row.get(0)?).or_default().push(Indicator {
                    metric: row.get(1)?,
                    comparison: row.get(2)?,
                    target: row.get(3)?,
                });
                Ok(())
            })?;
        }
        let mut rubrics: HashMap<i64, Vec<RubricLevel>> = HashMap::new();
        {
            let mut stmt = conn.prepare_cached(
                "SELECT objective_id, level, label FROM rubric_level
                 WHERE (CAST(?1 AS BIGINT) IS NULL OR objective_id = ?1) ORDER BY objective_id, level",
            )?;
            stmt.for_each(params![id], |row| {
                rubrics.entry(row.get(0)?).or_default().push(RubricLevel { level: row.get(1)?, label: row.get(2)? });
                Ok(())
            })?;
        }
        let mut plans = load_links(
            conn,
            "SELECT l.objective_id, a.code FROM objective_action_plan l JOIN action_plan_item a ON a.id = l.action_plan_item_id
             WHERE (CAST(?1 AS BIGINT) IS NULL OR l.objective_id = ?1) ORDER BY l.objective_id, a.id",
            id,
        )?;
        let sql = format!("SELECT t.id, t.code, t.title, t.description, t.source FROM objective t WHERE {ONE_OR_ALL} ORDER BY t.id");
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            let id: i64 = row.get(0)?;
            Ok(Record {
                id,
                data: Objective {
                    code: row.get(1)?,
                    title: row.get(2)?,
                    description: row.get(3)?,
                    source: row.get(4)?,
                    indicators: indicators.remove(&id).unwrap_or_default(),
                    rubric: rubrics.remove(&id).unwrap_or_default(),
                    action_plan: plans.remove(&id).unwrap_or_default(),
                },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

impl Entity for ActionPlanItem {
    const TABLE: &'static str = "action_plan_item";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        ensure_unique(conn, ACTION_PLAN_ID, &self.code, None, "code", || {
            crate::msg!("invalid-action-plan-code-taken", code = self.code.trim())
        })?;
        conn.prepare_cached("INSERT INTO action_plan_item (code, pillar, title, status) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![self.code.trim(), self.pillar, self.title, self.status])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        ensure_unique(conn, ACTION_PLAN_ID, &self.code, Some(id), "code", || {
            crate::msg!("invalid-action-plan-code-taken", code = self.code.trim())
        })?;
        conn.execute(
            "UPDATE action_plan_item SET code = ?2, pillar = ?3, title = ?4, status = ?5 WHERE id = ?1",
            params![id, self.code.trim(), self.pillar, self.title, self.status],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "action_plan_item", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!("SELECT t.id, t.code, t.pillar, t.title, t.status FROM action_plan_item t WHERE {ONE_OR_ALL} ORDER BY t.id");
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record {
                id: row.get(0)?,
                data: ActionPlanItem { code: row.get(1)?, pillar: row.get(2)?, title: row.get(3)?, status: row.get(4)? },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}
