//! SQL for Resolution 68 contributions and their proposals.

use std::collections::HashMap;

use super::db::{params, Connection, OptionalExtension};

use super::directory::ORGANIZATION_ID;
use super::objectives::OBJECTIVE_ID;
use super::{delete_row, ensure_unique, load_links, resolve, Entity, ONE_OR_ALL};
use crate::error::{Error, Result};
use crate::model::{Contribution, Proposal, Record};

pub(crate) const CONTRIBUTION_ID: &str = "SELECT id FROM contribution WHERE symbol = ?1";

fn check_contribution(conn: &Connection, contribution: &Contribution, id: Option<i64>) -> Result<Vec<i64>> {
    ensure_unique(conn, CONTRIBUTION_ID, &contribution.symbol, id, "symbol", || {
        crate::msg!("invalid-symbol-taken", symbol = contribution.symbol.trim())
    })?;
    let mut sources = Vec::new();
    for name in &contribution.sources {
        let org = resolve(conn, ORGANIZATION_ID, name, "sources", "organization")?;
        if !sources.contains(&org) {
            sources.push(org);
        }
    }
    Ok(sources)
}

fn write_sources(conn: &Connection, id: i64, sources: &[i64]) -> Result<()> {
    super::lists::write_ids(conn, "contribution_source", "contribution_id", id, "organization_id", sources)
}

impl Entity for Contribution {
    const TABLE: &'static str = "contribution";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let sources = check_contribution(conn, self, None)?;
        conn.prepare_cached(
            "INSERT INTO contribution (symbol, title, date, considered_at, is_base_document, reproduced_in)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            self.symbol.trim(),
            self.title,
            self.date,
            self.considered_at,
            self.is_base_document,
            self.reproduced_in
        ])?;
        let id = conn.last_insert_rowid()?;
        write_sources(conn, id, &sources)?;
        Ok(id)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let sources = check_contribution(conn, self, Some(id))?;
        conn.execute(
            "UPDATE contribution SET symbol = ?2, title = ?3, date = ?4, considered_at = ?5, is_base_document = ?6,
                 reproduced_in = ?7 WHERE id = ?1",
            params![
                id,
                self.symbol.trim(),
                self.title,
                self.date,
                self.considered_at,
                self.is_base_document,
                self.reproduced_in
            ],
        )?;
        write_sources(conn, id, &sources)
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "contribution", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let mut sources = load_links(
            conn,
            "SELECT s.contribution_id, o.name FROM contribution_source s JOIN organization o ON o.id = s.organization_id
             WHERE (CAST(?1 AS BIGINT) IS NULL OR s.contribution_id = ?1) ORDER BY s.contribution_id, o.id",
            id,
        )?;
        let sql = format!(
            "SELECT t.id, t.symbol, t.title, t.date, t.considered_at, t.is_base_document, t.reproduced_in
             FROM contribution t WHERE {ONE_OR_ALL} ORDER BY t.id"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            let id: i64 = row.get(0)?;
            Ok(Record {
                id,
                data: Contribution {
                    symbol: row.get(1)?,
                    title: row.get(2)?,
                    date: row.get(3)?,
                    considered_at: row.get(4)?,
                    is_base_document: row.get(5)?,
                    reproduced_in: row.get(6)?,
                    sources: sources.remove(&id).unwrap_or_default(),
                },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

fn check_proposal(conn: &Connection, proposal: &Proposal, id: Option<i64>) -> Result<(i64, Vec<i64>)> {
    let contribution_id = resolve(conn, CONTRIBUTION_ID, &proposal.contribution, "contribution", "contribution")?;
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM proposal WHERE contribution_id = ?1 AND seq = ?2")?
        .query_row(params![contribution_id, proposal.seq], |row| row.get(0))
        .optional()?;
    if existing.is_some_and(|found| Some(found) != id) {
        return Err(Error::invalid_because(
            "seq",
            crate::msg!("invalid-proposal-number-taken", contribution = proposal.contribution.trim(), number = proposal.seq),
        ));
    }
    let mut objectives = Vec::new();
    for code in &proposal.objectives {
        let objective = resolve(conn, OBJECTIVE_ID, code, "objectives", "objective")?;
        if !objectives.contains(&objective) {
            objectives.push(objective);
        }
    }
    Ok((contribution_id, objectives))
}

fn write_proposal_objectives(conn: &Connection, id: i64, objectives: &[i64]) -> Result<()> {
    super::lists::write_ids(conn, "proposal_objective", "proposal_id", id, "objective_id", objectives)
}

impl Entity for Proposal {
    const TABLE: &'static str = "proposal";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let (contribution_id, objectives) = check_proposal(conn, self, None)?;
        conn.prepare_cached("INSERT INTO proposal (contribution_id, seq, text, disposition) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![contribution_id, self.seq, self.text, self.disposition])?;
        let id = conn.last_insert_rowid()?;
        write_proposal_objectives(conn, id, &objectives)?;
        Ok(id)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let (contribution_id, objectives) = check_proposal(conn, self, Some(id))?;
        conn.execute(
            "UPDATE proposal SET contribution_id = ?2, seq = ?3, text = ?4, disposition = ?5 WHERE id = ?1",
            params![id, contribution_id, self.seq, self.text, self.disposition],
        )?;
        write_proposal_objectives(conn, id, &objectives)
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "proposal", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        load_proposals(conn, "(CAST(?1 AS BIGINT) IS NULL OR t.id = ?1)", "t.id", params![id])
    }
}

/// Proposals matching `filter` (SQL over `t`, the proposal, and `c`, its contribution), in
/// `order`, with the objectives each addresses.
pub(crate) fn load_proposals(
    conn: &Connection,
    filter: &str,
    order: &str,
    parameters: &[&dyn super::db::ToSql],
) -> Result<Vec<Record<Proposal>>> {
    let mut objectives: HashMap<i64, Vec<String>> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT l.proposal_id, o.code FROM proposal_objective l JOIN objective o ON o.id = l.objective_id
             JOIN proposal t ON t.id = l.proposal_id JOIN contribution c ON c.id = t.contribution_id
             WHERE {filter} ORDER BY l.proposal_id, o.id"
        ))?;
        stmt.for_each(parameters, |row| {
            objectives.entry(row.get(0)?).or_default().push(row.get(1)?);
            Ok(())
        })?;
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT t.id, c.symbol, t.seq, t.text, t.disposition FROM proposal t
         JOIN contribution c ON c.id = t.contribution_id WHERE {filter} ORDER BY {order}"
    ))?;
    let rows = stmt.query_map(parameters, |row| {
        let id: i64 = row.get(0)?;
        Ok(Record {
            id,
            data: Proposal {
                contribution: row.get(1)?,
                seq: row.get(2)?,
                text: row.get(3)?,
                disposition: row.get(4)?,
                objectives: objectives.remove(&id).unwrap_or_default(),
            },
        })
    })?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}
