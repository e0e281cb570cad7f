//! SQL for meetings and their attendance and outcomes.

use super::db::{params, params_from_iter, Connection, OptionalExtension, ToSql};

use super::{delete_row, ensure_unique, resolve, Entity, ImportSession, ONE_OR_ALL};
use super::directory::PERSON_ID;
use crate::error::{Error, Result, RowError};
use crate::model::{
    Action, Attendance, AttendanceCount, AttendanceMode, Decision, Meeting, Priority, Record,
};

pub(crate) const MEETING_ID: &str = "SELECT id FROM meeting WHERE key = ?1";

/// The meeting's id, checking that it records attendance the way `mode` needs.
fn meeting_in_mode(conn: &Connection, key: &str, mode: AttendanceMode) -> Result<i64> {
    let found: Option<(i64, AttendanceMode)> = conn
        .prepare_cached("SELECT id, attendance_mode FROM meeting WHERE key = ?1")?
        .query_row(params![key.trim()], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match found {
        None => Err(Error::invalid_because("meeting", crate::msg!("invalid-unknown-meeting", key = key.trim()))),
        Some((id, actual)) if actual == mode => Ok(id),
        Some(_) => Err(Error::invalid_because(
            "meeting",
            match mode {
                AttendanceMode::Roster => crate::msg!("invalid-meeting-keeps-counts", key = key.trim()),
                AttendanceMode::Counts => crate::msg!("invalid-meeting-keeps-roster", key = key.trim()),
            },
        )),
    }
}

/// A meeting's columns in the order of the INSERT and UPDATE statements.
fn meeting_columns(m: &Meeting) -> [&dyn ToSql; 15] {
    [
        &m.key, &m.kind, &m.title, &m.start_date, &m.end_date, &m.venue, &m.host, &m.status, &m.report_ref,
        &m.report_date, &m.documents, &m.attendance_mode, &m.communique, &m.communique_date, &m.notes,
    ]
}

fn check_meeting(conn: &Connection, meeting: &Meeting, id: Option<i64>) -> Result<()> {
    ensure_unique(conn, MEETING_ID, &meeting.key, id, "key", || {
        crate::msg!("invalid-meeting-key-taken", key = meeting.key.trim())
    })?;
    if let Some(id) = id {
        let (roster, counts): (i64, i64) = conn.query_row(
            "SELECT (SELECT count(*) FROM attendance WHERE meeting_id = ?1),
                    (SELECT count(*) FROM attendance_count WHERE meeting_id = ?1)",
            params![id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let conflict = match meeting.attendance_mode {
            AttendanceMode::Roster if counts > 0 => Some(crate::msg!("invalid-mode-has-counts")),
            AttendanceMode::Counts if roster > 0 => Some(crate::msg!("invalid-mode-has-roster")),
            _ => None,
        };
        if let Some(message) = conflict {
            return Err(Error::invalid_because("attendance_mode", message));
        }
    }
    Ok(())
}

impl Entity for Meeting {
    const TABLE: &'static str = "meeting";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        check_meeting(conn, self, None)?;
        conn.prepare_cached(
            "INSERT INTO meeting (key, kind, title, start_date, end_date, venue, host, status, report_ref,
                 report_date, documents, attendance_mode, communique, communique_date, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?
        .execute(params_from_iter(meeting_columns(self)))?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        check_meeting(conn, self, Some(id))?;
        let id: &dyn ToSql = &id;
        conn.execute(
            "UPDATE meeting SET key = ?1, kind = ?2, title = ?3, start_date = ?4, end_date = ?5, venue = ?6,
                 host = ?7, status = ?8, report_ref = ?9, report_date = ?10, documents = ?11,
                 attendance_mode = ?12, communique = ?13, communique_date = ?14, notes = ?15
             WHERE id = ?16",
            params_from_iter(meeting_columns(self).into_iter().chain([id])),
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "meeting", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!(
            "SELECT t.id, t.key, t.kind, t.title, t.start_date, t.end_date, t.venue, t.host, t.status, t.report_ref,
                    t.report_date, t.documents, t.attendance_mode, t.communique, t.communique_date, {}
             FROM meeting t WHERE {ONE_OR_ALL} ORDER BY t.id",
            conn.confidential("t.notes", "''"),
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record {
                id: row.get(0)?,
                data: Meeting {
                    key: row.get(1)?,
                    kind: row.get(2)?,
                    title: row.get(3)?,
                    start_date: row.get(4)?,
                    end_date: row.get(5)?,
                    venue: row.get(6)?,
                    host: row.get(7)?,
                    status: row.get(8)?,
                    report_ref: row.get(9)?,
                    report_date: row.get(10)?,
                    documents: row.get(11)?,
                    attendance_mode: row.get(12)?,
                    communique: row.get(13)?,
                    communique_date: row.get(14)?,
                    notes: row.get(15)?,
                },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

fn attendance_ids(conn: &Connection, attendance: &Attendance, id: Option<i64>) -> Result<(i64, i64)> {
    let (meeting_id, person_id) = roster_ids(conn, attendance, &mut ImportSession::default())?;
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM attendance WHERE meeting_id = ?1 AND person_id = ?2")?
        .query_row(params![meeting_id, person_id], |row| row.get(0))
        .optional()?;
    if existing.is_some_and(|found| Some(found) != id) {
        return Err(Error::invalid_because("person", already_on_roster(attendance)));
    }
    Ok((meeting_id, person_id))
}

/// The ids of a roster row's meeting and person, reusing those the session resolved before.
fn roster_ids(conn: &Connection, attendance: &Attendance, session: &mut ImportSession) -> Result<(i64, i64)> {
    let meeting_id = match session.roster_meetings.get(&attendance.meeting) {
        Some(&id) => id,
        None => {
            let id = meeting_in_mode(conn, &attendance.meeting, AttendanceMode::Roster)?;
            session.roster_meetings.insert(attendance.meeting.clone(), id);
            id
        }
    };
    let person_id = match session.people.get(&attendance.person) {
        Some(&id) => id,
        None => {
            let id = resolve(conn, PERSON_ID, &attendance.person, "person", "person")?;
            session.people.insert(attendance.person.clone(), id);
            id
        }
    };
    Ok((meeting_id, person_id))
}

/// Inserts one roster row; the roster's UNIQUE (meeting, person) index finds duplicates.
fn insert_roster_row(conn: &Connection, meeting_id: i64, person_id: i64, attendance: &Attendance) -> Result<i64> {
    let inserted = conn
        .prepare_cached("INSERT INTO attendance (meeting_id, person_id, status, executive) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![meeting_id, person_id, attendance.status, attendance.executive]);
    match inserted {
        Ok(_) => Ok(conn.last_insert_rowid()?),
        Err(e) if e.is_unique_violation() => {
            Err(Error::invalid_because("person", already_on_roster(attendance)))
        }
        Err(e) => Err(e.into()),
    }
}

/// Inserts the `staged` roster rows of an import in one statement: one statement per row costs
/// twice the insert itself (docs/performance.md). If the database refuses the statement (a row
/// already on the roster), nothing of it was written, and the rows are inserted one by one so
/// that each refused row is reported with its line.
pub(crate) fn insert_staged_roster(conn: &Connection, staged: usize) -> Result<Vec<RowError>> {
    if staged == 0 {
        return Ok(Vec::new());
    }
    let at_once = conn.savepoint(|| {
        conn.execute(
            "INSERT INTO attendance (meeting_id, person_id, status, executive)
             SELECT meeting_id, person_id, status, executive FROM staged_roster ORDER BY line",
            (),
        )
    });
    let refused = match at_once {
        Ok(_) => Vec::new(),
        Err(e) if e.is_constraint_violation() => insert_staged_one_by_one(conn)?,
        Err(e) => return Err(e.into()),
    };
    conn.execute("DELETE FROM staged_roster", ())?;
    Ok(refused)
}

fn insert_staged_one_by_one(conn: &Connection) -> Result<Vec<RowError>> {
    let staged: Vec<(u64, i64, i64, Attendance)> = conn
        .prepare(
            "SELECT s.line, s.meeting_id, s.person_id, m.key, p.name, s.status, s.executive
             FROM staged_roster s JOIN meeting m ON m.id = s.meeting_id JOIN person p ON p.id = s.person_id
             ORDER BY s.line",
        )?
        .query_map((), |row| {
            let record = Attendance { meeting: row.get(3)?, person: row.get(4)?, status: row.get(5)?, executive: row.get(6)? };
            Ok((u64::try_from(row.get::<i64>(0)?).unwrap_or(0), row.get(1)?, row.get(2)?, record))
        })?
        .collect::<super::db::Result<_>>()?;
    let mut refused = Vec::new();
    for (line, meeting_id, person_id, record) in staged {
        // In a savepoint: PostgreSQL refuses every later statement of a transaction whose
        // statement failed, unless that statement is rolled back to a savepoint.
        if let Err(e) = conn.savepoint(|| insert_roster_row(conn, meeting_id, person_id, &record)) {
            refused.extend(e.into_row_errors(line)?);
        }
    }
    Ok(refused)
}

fn already_on_roster(attendance: &Attendance) -> crate::i18n::Message {
    crate::msg!("invalid-already-on-roster", person = attendance.person.trim(), meeting = attendance.meeting.trim())
}

impl Entity for Attendance {
    const TABLE: &'static str = "attendance";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let (meeting_id, person_id) = roster_ids(conn, self, &mut ImportSession::default())?;
        insert_roster_row(conn, meeting_id, person_id, self)
    }

    fn insert_in(&self, conn: &Connection, session: &mut ImportSession, line: u64) -> Result<()> {
        let (meeting_id, person_id) = roster_ids(conn, self, session)?;
        if session.staged_roster == 0 {
            // Unqualified, the temporary table is found first on both engines.
            conn.execute_batch(
                "CREATE TEMP TABLE IF NOT EXISTS staged_roster (
                     line BIGINT NOT NULL, meeting_id BIGINT NOT NULL, person_id BIGINT NOT NULL,
                     status TEXT NOT NULL, executive BOOLEAN NOT NULL);
                 DELETE FROM staged_roster;",
            )?;
        }
        conn.prepare_cached("INSERT INTO staged_roster VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![i64::try_from(line).unwrap_or(i64::MAX), meeting_id, person_id, self.status, self.executive])?;
        session.staged_roster += 1;
        Ok(())
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let (meeting_id, person_id) = attendance_ids(conn, self, Some(id))?;
        conn.execute(
            "UPDATE attendance SET meeting_id = ?2, person_id = ?3, status = ?4, executive = ?5 WHERE id = ?1",
            params![id, meeting_id, person_id, self.status, self.executive],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "attendance", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!(
            "SELECT t.id, m.key, p.name, t.status, t.executive
             FROM attendance t JOIN meeting m ON m.id = t.meeting_id JOIN person p ON p.id = t.person_id
             WHERE {ONE_OR_ALL} ORDER BY t.id"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record {
                id: row.get(0)?,
                data: Attendance { meeting: row.get(1)?, person: row.get(2)?, status: row.get(3)?, executive: row.get(4)? },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

fn count_meeting(conn: &Connection, count: &AttendanceCount, id: Option<i64>) -> Result<i64> {
    let meeting_id = meeting_in_mode(conn, &count.meeting, AttendanceMode::Counts)?;
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM attendance_count WHERE meeting_id = ?1 AND region_code = ?2")?
        .query_row(params![meeting_id, count.region], |row| row.get(0))
        .optional()?;
    if existing.is_some_and(|found| Some(found) != id) {
        return Err(Error::invalid_because(
            "region",
            crate::msg!("invalid-count-taken", meeting = count.meeting.trim(), region = count.region.label()),
        ));
    }
    Ok(meeting_id)
}

impl Entity for AttendanceCount {
    const TABLE: &'static str = "attendance_count";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let meeting_id = count_meeting(conn, self, None)?;
        conn.prepare_cached(
            "INSERT INTO attendance_count (meeting_id, region_code, participants, executives) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![meeting_id, self.region, self.participants, self.executives])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let meeting_id = count_meeting(conn, self, Some(id))?;
        conn.execute(
            "UPDATE attendance_count SET meeting_id = ?2, region_code = ?3, participants = ?4, executives = ?5
             WHERE id = ?1",
            params![id, meeting_id, self.region, self.participants, self.executives],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "attendance_count", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!(
            "SELECT t.id, m.key, t.region_code, t.participants, t.executives
             FROM attendance_count t JOIN meeting m ON m.id = t.meeting_id
             WHERE {ONE_OR_ALL} ORDER BY t.id"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record {
                id: row.get(0)?,
                data: AttendanceCount {
                    meeting: row.get(1)?,
                    region: row.get(2)?,
                    participants: row.get(3)?,
                    executives: row.get(4)?,
                },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

fn priority_meeting(conn: &Connection, priority: &Priority, id: Option<i64>) -> Result<i64> {
    let meeting_id = resolve(conn, MEETING_ID, &priority.meeting, "meeting", "meeting")?;
    let existing: Option<i64> = conn
        .prepare_cached("SELECT id FROM priority WHERE meeting_id = ?1 AND rank = ?2")?
        .query_row(params![meeting_id, priority.rank], |row| row.get(0))
        .optional()?;
    if existing.is_some_and(|found| Some(found) != id) {
        return Err(Error::invalid_because(
            "rank",
            crate::msg!("invalid-rank-taken", meeting = priority.meeting.trim(), rank = priority.rank),
        ));
    }
    Ok(meeting_id)
}

impl Entity for Priority {
    const TABLE: &'static str = "priority";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let meeting_id = priority_meeting(conn, self, None)?;
        conn.prepare_cached("INSERT INTO priority (meeting_id, rank, topic) VALUES (?1, ?2, ?3)")?
            .execute(params![meeting_id, self.rank, self.topic])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let meeting_id = priority_meeting(conn, self, Some(id))?;
        conn.execute(
            "UPDATE priority SET meeting_id = ?2, rank = ?3, topic = ?4 WHERE id = ?1",
            params![id, meeting_id, self.rank, self.topic],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "priority", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!(
            "SELECT t.id, m.key, t.rank, t.topic FROM priority t JOIN meeting m ON m.id = t.meeting_id
             WHERE {ONE_OR_ALL} ORDER BY t.id"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record { id: row.get(0)?, data: Priority { meeting: row.get(1)?, rank: row.get(2)?, topic: row.get(3)? } })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

/// The meeting of a decision or action, refusing a second record with the same text.
fn outcome_meeting(conn: &Connection, table: &str, meeting: &str, text: &str, id: Option<i64>) -> Result<i64> {
    let meeting_id = resolve(conn, MEETING_ID, meeting, "meeting", "meeting")?;
    let existing: Option<i64> = conn
        .prepare_cached(&format!("SELECT id FROM {table} WHERE meeting_id = ?1 AND text = ?2"))?
        .query_row(params![meeting_id, text], |row| row.get(0))
        .optional()?;
    if existing.is_some_and(|found| Some(found) != id) {
        return Err(Error::invalid_because(
            "text",
            match table {
                "decision" => crate::msg!("invalid-decision-twice", meeting = meeting.trim()),
                "action" => crate::msg!("invalid-action-twice", meeting = meeting.trim()),
                _ => crate::msg!("invalid-outcome-twice", meeting = meeting.trim(), table = table),
            },
        ));
    }
    Ok(meeting_id)
}

impl Entity for Decision {
    const TABLE: &'static str = "decision";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let meeting_id = outcome_meeting(conn, "decision", &self.meeting, &self.text, None)?;
        conn.prepare_cached("INSERT INTO decision (meeting_id, text) VALUES (?1, ?2)")?
            .execute(params![meeting_id, self.text])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let meeting_id = outcome_meeting(conn, "decision", &self.meeting, &self.text, Some(id))?;
        conn.execute("UPDATE decision SET meeting_id = ?2, text = ?3 WHERE id = ?1", params![id, meeting_id, self.text])?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "decision", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!(
            "SELECT t.id, m.key, t.text FROM decision t JOIN meeting m ON m.id = t.meeting_id
             WHERE {ONE_OR_ALL} ORDER BY t.id"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record { id: row.get(0)?, data: Decision { meeting: row.get(1)?, text: row.get(2)? } })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

impl Entity for Action {
    const TABLE: &'static str = "action";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let meeting_id = outcome_meeting(conn, "action", &self.meeting, &self.text, None)?;
        conn.prepare_cached(
            "INSERT INTO action (meeting_id, text, owner, due_date, status, closed_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![meeting_id, self.text, self.owner, self.due_date, self.status, self.closed_date])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let meeting_id = outcome_meeting(conn, "action", &self.meeting, &self.text, Some(id))?;
        conn.execute(
            "UPDATE action SET meeting_id = ?2, text = ?3, owner = ?4, due_date = ?5, status = ?6, closed_date = ?7
             WHERE id = ?1",
            params![id, meeting_id, self.text, self.owner, self.due_date, self.status, self.closed_date],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "action", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        load_actions(conn, id, None)
    }

    fn load_first(conn: &Connection, limit: usize) -> Result<Vec<Record<Self>>> {
        // Ten years are 30,000 actions: the list's first screenful should not load them all.
        load_actions(conn, None, Some(limit))
    }
}

fn load_actions(conn: &Connection, id: Option<i64>, limit: Option<usize>) -> Result<Vec<Record<Action>>> {
    let sql = format!(
        "SELECT t.id, m.key, t.text, t.owner, t.due_date, t.status, t.closed_date
         FROM action t JOIN meeting m ON m.id = t.meeting_id WHERE {ONE_OR_ALL} ORDER BY t.id LIMIT ?2"
    );
    let limit = limit.and_then(|l| i64::try_from(l).ok()).unwrap_or(i64::MAX);
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![id, limit], |row| {
        Ok(Record {
            id: row.get(0)?,
            data: Action {
                meeting: row.get(1)?,
                text: row.get(2)?,
                owner: row.get(3)?,
                due_date: row.get(4)?,
                status: row.get(5)?,
                closed_date: row.get(6)?,
            },
        })
    })?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}
