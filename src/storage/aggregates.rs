//! Aggregates kept up to date as data is written (migrations 0004, 0007 and 0011).
//!
//! Triggers mark the meetings and organizations a write touched as stale; [`refresh`] recomputes
//! just those, once per transaction, before it commits. Readers (dashboard, statistics,
//! indicators) then read a few rows per meeting instead of every attendance row. The
//! dashboard's counts (meetings, open actions, contributions, pending proposals) are kept by
//! the triggers themselves, which add or take away one as a record comes, goes or changes.

use std::collections::HashMap;

use super::db::{params, params_from_iter, Connection};

use crate::error::Result;
use crate::model::Region;

/// Whether a write left meetings or organizations marked stale.
pub(crate) fn is_stale(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM stale_meeting) OR EXISTS (SELECT 1 FROM stale_organization)")?
        .query_row((), |row| row.get(0))?)
}

/// Recomputes the aggregates of every meeting and organization marked stale, then clears the marks.
pub(crate) fn refresh(conn: &Connection) -> Result<()> {
    if !conn.writes_aggregates() || !is_stale(conn)? {
        return Ok(());
    }
    // Organizations first: their debut is recomputed in full, then the stale meetings can only
    // bring a debut earlier.
    let organizations = Marked::read(conn, "stale_organization", "organization_id")?;
    if !organizations.is_empty() {
        let ids = || params_from_iter(organizations.ids().iter());
        conn.execute(&format!("DELETE FROM organization_debut WHERE {}", organizations.condition("organization_id")), ids())?;
        // `CROSS JOIN` keeps the people as the outer loop: SQLite would otherwise scan every
        // attendance row (496 ms to save one roster row at ten years).
        conn.execute(
            &format!(
                "INSERT INTO organization_debut (organization_id, first_meeting, first_executive_meeting)
                 SELECT p.organization_id, min(m.start_date),
                        min(CASE WHEN m.kind <> 'rg_iem' AND m.status <> 'planned' THEN m.start_date END)
                 FROM person p
                 CROSS JOIN attendance a ON a.person_id = p.id
                 JOIN meeting m ON m.id = a.meeting_id
                 WHERE {} AND a.status = 'attended'
                 GROUP BY 1",
                organizations.condition("p.organization_id")
            ),
            ids(),
        )?;
        conn.execute_batch("DELETE FROM stale_organization")?;
    }
    refresh_meetings(conn)?;
    conn.execute_batch("DELETE FROM stale_meeting")?;
    Ok(())
}

/// The dashboard's counts recounted from the records (migration 0011_dashboard_counts keeps
/// them as records are written).
const RECOUNT: &str = "DELETE FROM kept_count;
     INSERT INTO kept_count (figure, year, slot, n)
         SELECT figure, year, slot, count(*) FROM (
             SELECT CASE status WHEN 'planned' THEN 'planned_meetings' ELSE 'meetings' END AS figure,
                    CASE status WHEN 'planned' THEN 0 ELSE CAST(substr(start_date, 1, 4) AS INTEGER) END AS year,
                    id % 16 AS slot
             FROM meeting
             UNION ALL SELECT 'open_actions', 0, id % 16 FROM action WHERE status IN ('open', 'in_progress')
             UNION ALL SELECT 'contributions', 0, id % 16 FROM contribution WHERE NOT is_base_document
             UNION ALL SELECT 'pending_proposals', 0, id % 16 FROM proposal WHERE disposition = 'pending'
         ) counted GROUP BY figure, year, slot;";

/// Every row of the kept aggregates (compared as sets, so in no particular order).
type Snapshot = Vec<(String, i64, String, Option<String>, i64, i64)>;

fn snapshot(conn: &Connection) -> Result<Snapshot> {
    let mut stmt = conn.prepare(
        "SELECT 'meeting', meeting_id, region_code, CAST(year AS TEXT), participants, executives FROM meeting_tally
         UNION ALL
         SELECT 'year', year, region_code, CAST(slot AS TEXT), participants, executives FROM year_tally
         UNION ALL
         SELECT 'debut', organization_id, coalesce(first_meeting, ''), first_executive_meeting, -1, -1 FROM organization_debut
         UNION ALL
         SELECT 'count', year, figure, CAST(slot AS TEXT), n, -1 FROM kept_count WHERE n <> 0",
    )?;
    let rows = stmt.query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?;
    Ok(rows.collect::<crate::storage::db::Result<_>>()?)
}

/// Recomputes every aggregate from the records inside the caller's transaction and
/// returns how many kept rows differed from the recomputation (0 when they were right). The
/// caller commits to repair, or rolls back to only look.
pub(crate) fn recompute_all(conn: &Connection) -> Result<usize> {
    let kept = snapshot(conn)?;
    // The yearly tally is moved by differences, so it is summed again from the meetings'
    // tallies, which are recomputed first (those of meetings no longer there removed).
    conn.execute_batch(
        "INSERT INTO stale_meeting SELECT id FROM meeting WHERE true ON CONFLICT DO NOTHING;
         INSERT INTO stale_meeting SELECT meeting_id FROM meeting_tally WHERE true ON CONFLICT DO NOTHING;
         INSERT INTO stale_organization SELECT id FROM organization WHERE true ON CONFLICT DO NOTHING;",
    )?;
    refresh(conn)?;
    conn.execute_batch(&format!(
        "DELETE FROM year_tally;
         INSERT INTO year_tally (year, region_code, slot, participants, executives)
             SELECT year, region_code, meeting_id % {YEAR_SLOTS}, sum(participants), sum(executives) FROM meeting_tally
             GROUP BY year, region_code, meeting_id % {YEAR_SLOTS} HAVING sum(participants) <> 0;"
    ))?;
    conn.execute_batch(RECOUNT)?;
    let recomputed = snapshot(conn)?;
    let kept: std::collections::HashSet<_> = kept.into_iter().collect();
    let recomputed: std::collections::HashSet<_> = recomputed.into_iter().collect();
    Ok(kept.symmetric_difference(&recomputed).count())
}

/// A stale meeting as the recomputation needs it.
struct StaleMeeting {
    roster: bool,
    start_date: String,
    /// The year it counts under in the yearly tally.
    year: i64,
    executive_meeting: bool,
    /// Participants and executives per region, in `Region::ALL` order (TSB last).
    regions: [(i64, i64); 7],
}

/// The earliest meetings of one organization among the stale meetings.
#[derive(Default)]
struct Debut {
    first_meeting: Option<String>,
    first_executive_meeting: Option<String>,
}

/// What the recomputation changes in the yearly tally: participants and executives to add
/// (or, negative, to take away) per year, region and slot, in key order.
type YearChanges = std::collections::BTreeMap<(i64, Region, i64), (i64, i64)>;

/// How many rows share a year and region's count. A writer locks the rows it adds to until it
/// commits; with the count spread over rows chosen by meeting, writers of different meetings
/// of one year rarely wait for each other, and the dashboard still reads only a few hundred
/// rows for ten years (it sums the slots).
const YEAR_SLOTS: i64 = 16;

fn slot_of(meeting_id: i64) -> i64 {
    meeting_id.rem_euclid(YEAR_SLOTS)
}

/// The meetings or organizations a recomputation reads, as marked stale. A few (a form's save,
/// a roster row added) are named by id in each statement: a server's planner cannot know how
/// few rows a marks' table holds (it is empty whenever anyone looks), and joined it with every
/// attendance row, 5 s to add one roster row under load at ten years. Many (an import) are
/// read through the marks' table.
struct Marked {
    /// The marks' table and its column.
    table: &'static str,
    column: &'static str,
    /// The ids, when there are few.
    few: Option<Vec<i64>>,
}

/// Up to this many marks are named by id.
const FEW_MARKS: usize = 100;

impl Marked {
    fn read(conn: &Connection, table: &'static str, column: &'static str) -> Result<Marked> {
        let mut ids = Vec::new();
        conn.prepare_cached(&format!("SELECT {column} FROM {table} ORDER BY {column} LIMIT {}", FEW_MARKS + 1))?.for_each(
            (),
            |row| {
                ids.push(row.get(0)?);
                Ok(())
            },
        )?;
        Ok(Marked { table, column, few: (ids.len() <= FEW_MARKS).then_some(ids) })
    }

    /// `column` holds a marked id; the statement's parameters are [`Marked::ids`].
    fn condition(&self, column: &str) -> String {
        match &self.few {
            Some(ids) => format!("{column} IN ({})", placeholders(ids.len())),
            None => format!("{column} IN (SELECT {} FROM {})", self.column, self.table),
        }
    }

    fn ids(&self) -> &[i64] {
        self.few.as_deref().unwrap_or_default()
    }

    fn is_few(&self) -> bool {
        self.few.is_some()
    }

    fn is_empty(&self) -> bool {
        self.few.as_ref().is_some_and(Vec::is_empty)
    }
}

/// `?1, ?2, …`: `count` numbered placeholders, for an `IN` list.
fn placeholders(count: usize) -> String {
    (1..=count).map(|n| format!("?{n}")).collect::<Vec<_>>().join(", ")
}

/// The year of an ISO date (validated when saved: the first four characters).
fn year_of(date: &str) -> Result<i64> {
    date.get(..4)
        .and_then(|year| year.parse().ok())
        .ok_or_else(|| crate::error::Error::Inconsistent(crate::msg!("inconsistent-meeting-date", date = date)))
}

/// Recomputes the tally of the stale meetings (a meeting deleted in this transaction leaves an
/// empty one) and merges their attendees into the debuts, in one pass over their attended rows
/// (after an import of ten years, every row); then moves the yearly tally by the difference.
fn refresh_meetings(conn: &Connection) -> Result<()> {
    let marked = Marked::read(conn, "stale_meeting", "meeting_id")?;
    if marked.is_empty() {
        return Ok(());
    }
    let ids = || params_from_iter(marked.ids().iter());
    let mut meetings: HashMap<i64, StaleMeeting> = HashMap::new();
    {
        // Meetings deleted in this transaction are marked but gone: their tally is emptied below.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT m.id, m.attendance_mode = 'roster', m.start_date, m.kind <> 'rg_iem' AND m.status <> 'planned'
             FROM meeting m WHERE {}",
            marked.condition("m.id")
        ))?;
        let mut rows = Vec::new();
        stmt.for_each(ids(), |row| {
            rows.push((row.get::<i64>(0)?, row.get::<bool>(1)?, row.get::<String>(2)?, row.get::<bool>(3)?));
            Ok(())
        })?;
        for (id, roster, start_date, executive_meeting) in rows {
            let year = year_of(&start_date)?;
            meetings.insert(id, StaleMeeting { roster, start_date, year, executive_meeting, regions: [(0, 0); 7] });
        }
    }
    let mut people = People::new(conn, &marked)?;
    let mut debuts: HashMap<i64, Debut> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT a.meeting_id, a.person_id, a.executive FROM attendance a WHERE {} AND a.status = 'attended'",
            marked.condition("a.meeting_id")
        ))?;
        stmt.for_each(ids(), |row| {
            let (meeting_id, person_id, executive): (i64, i64, bool) = (row.get(0)?, row.get(1)?, row.get(2)?);
            let Some(meeting) = meetings.get_mut(&meeting_id) else { return Ok(()) };
            let (organization_id, region) = people.get(conn, person_id)?;
            if meeting.roster {
                let cell = &mut meeting.regions[region.index()];
                cell.0 += 1;
                cell.1 += i64::from(executive);
            }
            let debut = debuts.entry(organization_id).or_default();
            keep_earliest(&mut debut.first_meeting, &meeting.start_date);
            if meeting.executive_meeting {
                keep_earliest(&mut debut.first_executive_meeting, &meeting.start_date);
            }
            Ok(())
        })?;
    }
    // A counts meeting's tally is its counts, so that the yearly tally can follow one table.
    conn.prepare_cached(&format!(
        "SELECT n.meeting_id, n.region_code, n.participants, n.executives FROM attendance_count n WHERE {}",
        marked.condition("n.meeting_id")
    ))?
    .for_each(ids(), |row| {
        let region: Region = row.get(1)?;
        if let Some(meeting) = meetings.get_mut(&row.get(0)?).filter(|m| !m.roster) {
            meeting.regions[region.index()] = (row.get(2)?, row.get(3)?);
        }
        Ok(())
    })?;

    let mut changes = YearChanges::new();
    conn.prepare_cached(&format!(
        "SELECT t.meeting_id, t.year, t.region_code, t.participants, t.executives FROM meeting_tally t WHERE {}",
        marked.condition("t.meeting_id")
    ))?
    .for_each(ids(), |row| {
        let change = changes.entry((row.get(1)?, row.get(2)?, slot_of(row.get(0)?))).or_default();
        change.0 -= row.get::<i64>(3)?;
        change.1 -= row.get::<i64>(4)?;
        Ok(())
    })?;
    conn.execute(&format!("DELETE FROM meeting_tally WHERE {}", marked.condition("meeting_id")), ids())?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO meeting_tally (meeting_id, region_code, year, participants, executives) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (id, meeting) in &meetings {
        for (region, &(participants, executives)) in Region::ALL.iter().zip(&meeting.regions) {
            if participants > 0 {
                insert.execute(params![id, region, meeting.year, participants, executives])?;
                let change = changes.entry((meeting.year, *region, slot_of(*id))).or_default();
                change.0 += participants;
                change.1 += executives;
            }
        }
    }

    let mut merge = conn.prepare_cached(
        // The earlier of two dates, written out: SQLite's two-argument min() is PostgreSQL's least().
        "INSERT INTO organization_debut AS d (organization_id, first_meeting, first_executive_meeting) VALUES (?1, ?2, ?3)
         ON CONFLICT (organization_id) DO UPDATE SET
             first_meeting = CASE WHEN excluded.first_meeting < d.first_meeting
                                  THEN excluded.first_meeting ELSE d.first_meeting END,
             first_executive_meeting = CASE
                 WHEN d.first_executive_meeting IS NULL THEN excluded.first_executive_meeting
                 WHEN excluded.first_executive_meeting < d.first_executive_meeting THEN excluded.first_executive_meeting
                 ELSE d.first_executive_meeting END",
    )?;
    // A debut is written only when it becomes earlier: on a server, writing a row locks it
    // until the commit, and a roster row added to one meeting would otherwise wait for every
    // other writer of a meeting with an organization in common. In id order, so that two
    // writers lock in the same order and cannot deadlock.
    let mut debuts: Vec<(i64, Debut)> = debuts.into_iter().collect();
    debuts.sort_by_key(|(organization_id, _)| *organization_id);
    let few = debuts.len() <= 200;
    let mut kept: HashMap<i64, (String, Option<String>)> = HashMap::new();
    if few && !debuts.is_empty() {
        conn.prepare_cached(&format!(
            "SELECT d.organization_id, d.first_meeting, d.first_executive_meeting FROM organization_debut d
             WHERE d.organization_id IN ({})",
            placeholders(debuts.len())
        ))?
        .for_each(params_from_iter(debuts.iter().map(|(organization_id, _)| *organization_id)), |row| {
            kept.insert(row.get(0)?, (row.get(1)?, row.get(2)?));
            Ok(())
        })?;
    }
    for (organization_id, debut) in &debuts {
        if few {
            if let Some((first, executive)) = kept.get(organization_id) {
                if !debut.is_earlier_than(first, executive.as_deref()) {
                    continue;
                }
            }
        }
        merge.execute(params![organization_id, debut.first_meeting, debut.first_executive_meeting])?;
    }
    // Last, so that the yearly rows, which every writer of a year shares, stay locked for as
    // short a time as the transaction allows.
    apply_year_changes(conn, &changes)
}

/// Moves the yearly tally by `changes`. Each row is changed by adding to it, never by writing
/// a recomputed sum: on a server, two writers of the same year each add their own change (the
/// second waits for the first's row lock, then adds to what the first committed), where
/// recomputed sums would each miss the other's. In key order, so that two writers lock rows
/// in the same order and cannot deadlock; a row left at zero is removed.
fn apply_year_changes(conn: &Connection, changes: &YearChanges) -> Result<()> {
    let mut add = conn.prepare_cached(
        "INSERT INTO year_tally AS y (year, region_code, slot, participants, executives) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (year, region_code, slot) DO UPDATE SET
             participants = y.participants + excluded.participants,
             executives = y.executives + excluded.executives",
    )?;
    let mut remove_empty =
        conn.prepare_cached("DELETE FROM year_tally WHERE year = ?1 AND region_code = ?2 AND slot = ?3 AND participants = 0")?;
    for (&(year, region, slot), &(participants, executives)) in changes {
        if (participants, executives) == (0, 0) {
            continue;
        }
        add.execute(params![year, region, slot, participants, executives])?;
        if participants < 0 {
            remove_empty.execute(params![year, region, slot])?;
        }
    }
    Ok(())
}

impl Debut {
    /// Whether this debut would bring the stored one (`first`, `executive`) earlier.
    fn is_earlier_than(&self, first: &str, executive: Option<&str>) -> bool {
        let earlier = |mine: Option<&str>, kept: Option<&str>| match (mine, kept) {
            (Some(mine), Some(kept)) => mine < kept,
            (Some(_), None) => true,
            (None, _) => false,
        };
        earlier(self.first_meeting.as_deref(), Some(first)) || earlier(self.first_executive_meeting.as_deref(), executive)
    }
}

fn keep_earliest(earliest: &mut Option<String>, date: &str) {
    // ISO dates order as text.
    if earliest.as_deref().is_none_or(|e| date < e) {
        *earliest = Some(date.to_string());
    }
}

/// Each person's organization and region (TSB for the secretariat): all of them at once when
/// many meetings are stale (an import), else looked up as met.
struct People {
    known: HashMap<i64, (i64, Region)>,
}

const PERSON_REGION: &str = "SELECT p.id, p.organization_id, CASE WHEN o.category = 'secretariat' THEN 'TSB' ELSE c.region_code END
     FROM person p JOIN organization o ON o.id = p.organization_id LEFT JOIN country c ON c.code = o.country";

impl People {
    fn new(conn: &Connection, marked: &Marked) -> Result<People> {
        let mut people = People { known: HashMap::new() };
        // Many stale meetings (an import): everyone at once. A few (a form): the attendees of
        // those meetings, in one query rather than one per person (on a server each query is
        // a round trip).
        let sql = if marked.is_few() {
            format!(
                "{PERSON_REGION} WHERE p.id IN (SELECT a.person_id FROM attendance a WHERE {} AND a.status = 'attended')",
                marked.condition("a.meeting_id")
            )
        } else {
            PERSON_REGION.to_string()
        };
        conn.prepare_cached(&sql)?.for_each(params_from_iter(marked.ids().iter()), |row| {
            people.known.insert(row.get(0)?, (row.get(1)?, row.get(2)?));
            Ok(())
        })?;
        Ok(people)
    }

    fn get(&mut self, conn: &Connection, person_id: i64) -> Result<(i64, Region)> {
        if let Some(found) = self.known.get(&person_id) {
            return Ok(*found);
        }
        let found: (i64, Region) = conn
            .prepare_cached(&format!("{PERSON_REGION} WHERE p.id = ?1"))?
            .query_row(params![person_id], |row| Ok((row.get(1)?, row.get(2)?)))?;
        self.known.insert(person_id, found);
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Store;

    type Tally = Vec<(i64, String, i64, i64, i64)>;
    type Debuts = Vec<(i64, String, Option<String>)>;
    type Years = Vec<(i64, String, i64, i64)>;

    /// The aggregates as stored.
    fn stored(conn: &Connection) -> (Tally, Debuts, Years) {
        let tally = conn
            .prepare("SELECT meeting_id, region_code, year, participants, executives FROM meeting_tally ORDER BY 1, 2")
            .unwrap()
            .query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .unwrap()
            .collect::<crate::storage::db::Result<_>>()
            .unwrap();
        let debuts = conn
            .prepare("SELECT organization_id, first_meeting, first_executive_meeting FROM organization_debut ORDER BY 1")
            .unwrap()
            .query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<crate::storage::db::Result<_>>()
            .unwrap();
        let years = conn
            .prepare(
                "SELECT year, region_code, CAST(sum(participants) AS BIGINT), CAST(sum(executives) AS BIGINT)
                 FROM year_tally GROUP BY 1, 2 ORDER BY 1, 2",
            )
            .unwrap()
            .query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<crate::storage::db::Result<_>>()
            .unwrap();
        (tally, debuts, years)
    }

    /// The yearly tally summed afresh from the meetings' tallies, each under its meeting's year
    /// as it is now.
    fn summed_by_year(conn: &Connection) -> Years {
        conn.prepare(
            "SELECT CAST(substr(m.start_date, 1, 4) AS INTEGER), t.region_code,
                    CAST(sum(t.participants) AS BIGINT), CAST(sum(t.executives) AS BIGINT)
             FROM meeting_tally t JOIN meeting m ON m.id = t.meeting_id
             GROUP BY 1, 2 ORDER BY 1, 2",
        )
        .unwrap()
        .query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<crate::storage::db::Result<_>>()
        .unwrap()
    }

    /// The aggregates recomputed from every attendance row.
    fn recomputed(store: &mut Store) -> (Tally, Debuts, Years) {
        store
            .raw_transaction(|conn| {
                conn.execute_batch(
                    "INSERT INTO stale_meeting SELECT id FROM meeting WHERE true ON CONFLICT DO NOTHING;
                     INSERT INTO stale_organization SELECT id FROM organization WHERE true ON CONFLICT DO NOTHING;",
                )?;
                Ok(())
            })
            .unwrap();
        stored(store.conn())
    }

    fn demo_store() -> Store {
        let mut store = crate::storage::Store::for_tests();
        crate::demo::load(&mut store).unwrap();
        store
    }

    /// Applies `sql` in one transaction and checks the aggregates changed and match a full recomputation.
    fn assert_kept_up_to_date(store: &mut Store, sql: &str) {
        let before = stored(store.conn());
        store.raw_transaction(|conn| Ok(conn.execute_batch(sql)?)).unwrap();
        let kept = stored(store.conn());
        assert_ne!(kept, before, "the edit should change the aggregates: {sql}");
        assert_eq!(kept.2, summed_by_year(store.conn()), "the yearly tally after: {sql}");
        assert_eq!(kept, recomputed(store), "after: {sql}");
    }

    #[test]
    fn demo_data_aggregates_match_a_full_recomputation() {
        let mut store = demo_store();
        let kept = stored(store.conn());
        assert!(!kept.0.is_empty() && !kept.1.is_empty() && !kept.2.is_empty());
        assert_eq!(kept.2, summed_by_year(store.conn()));
        assert_eq!(kept, recomputed(&mut store));
    }

    #[test]
    fn roster_changes_are_counted_before_commit() {
        let mut store = demo_store();
        // An attendee who did not attend after all, then one removed from the roster.
        assert_kept_up_to_date(&mut store, "UPDATE attendance SET status = 'registered' WHERE id = (SELECT min(id) FROM attendance WHERE status = 'attended')");
        assert_kept_up_to_date(&mut store, "UPDATE attendance SET executive = NOT executive WHERE id = (SELECT max(id) FROM attendance WHERE status = 'attended')");
        assert_kept_up_to_date(&mut store, "DELETE FROM attendance WHERE id = (SELECT max(id) FROM attendance WHERE status = 'attended')");
    }

    /// What a statement marked stale, seen inside its transaction (the marks are cleared before
    /// it commits): (meetings, organizations).
    fn marked_by(store: &mut Store, sql: &str) -> (i64, i64) {
        store
            .raw_transaction(|conn| {
                conn.execute_batch(sql)?;
                Ok(conn.query_row(
                    "SELECT (SELECT count(*) FROM stale_meeting), (SELECT count(*) FROM stale_organization)",
                    (),
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?)
            })
            .unwrap()
    }

    #[test]
    fn only_a_change_of_what_is_counted_marks_an_attendance_stale() {
        let mut store = demo_store();
        let row = "(SELECT min(id) FROM attendance WHERE status = 'attended')";
        // A save stamps the row's version and author, and a form's save claims the row at its
        // version first; a form saved unchanged writes every column as it was. None of them
        // changes a count: recomputing the organization's debut for them made every roster
        // row added cost as much as all of its organization's attendance.
        assert_eq!(marked_by(&mut store, &format!("UPDATE attendance SET version = version + 1, changed_by = 'x' WHERE id = {row}")), (0, 0));
        assert_eq!(
            marked_by(&mut store, &format!("UPDATE attendance SET meeting_id = meeting_id, person_id = person_id, status = status, executive = executive WHERE id = {row}")),
            (0, 0)
        );
        // An executive flag changes the meeting's tally only; an attendance gone can make a debut later.
        assert_eq!(marked_by(&mut store, &format!("UPDATE attendance SET executive = NOT executive WHERE id = {row}")), (1, 0));
        assert_eq!(marked_by(&mut store, &format!("UPDATE attendance SET status = 'registered' WHERE id = {row}")), (1, 1));
        assert_eq!(stored(store.conn()), recomputed(&mut store));
    }

    #[test]
    fn a_new_roster_row_is_counted_whether_saved_from_a_form_or_imported() {
        use crate::model::{Attendance, AttendanceStatus};
        let mut store = demo_store();
        let (meeting, people): (String, Vec<String>) = {
            let conn = store.conn();
            let meeting: String = conn
                .query_row("SELECT key FROM meeting WHERE attendance_mode = 'roster' ORDER BY start_date LIMIT 1", (), |r| r.get(0))
                .unwrap();
            let people = conn
                .prepare(
                    "SELECT name FROM person WHERE id NOT IN
                         (SELECT person_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.key = ?1)
                     ORDER BY id LIMIT 3",
                )
                .unwrap()
                .query_map([&meeting], |r| r.get(0))
                .unwrap()
                .collect::<crate::storage::db::Result<_>>()
                .unwrap();
            (meeting, people)
        };
        let before = stored(store.conn());
        let row = |person: &str| Attendance {
            meeting: meeting.clone(),
            person: person.to_string(),
            status: AttendanceStatus::Attended,
            executive: true,
        };
        store.create(&row(&people[0])).unwrap();
        let after_form = stored(store.conn());
        assert_ne!(after_form, before);
        assert_eq!(after_form, recomputed(&mut store));

        let csv = format!("meeting,person,status,executive\n{meeting},{},attended,false\n{meeting},{},attended,true\n", people[1], people[2]);
        crate::import::import_reader(&mut store, crate::import::Kind::Attendance, crate::import::Format::Csv, csv.as_bytes(), "rows.csv")
            .unwrap();
        let after_import = stored(store.conn());
        assert_ne!(after_import, after_form);
        assert_eq!(after_import, recomputed(&mut store));
    }

    #[test]
    fn moving_a_person_or_an_organization_moves_their_region() {
        let mut store = demo_store();
        assert_kept_up_to_date(
            &mut store,
            "UPDATE person SET organization_id = (SELECT o.id FROM organization o JOIN country c ON c.code = o.country
                                                  WHERE c.region_code = 'AFR' ORDER BY o.id LIMIT 1)
             WHERE id = (SELECT a.person_id FROM attendance a JOIN person p ON p.id = a.person_id
                         JOIN organization o ON o.id = p.organization_id JOIN country c ON c.code = o.country
                         WHERE a.status = 'attended' AND c.region_code = 'EUR' ORDER BY a.id LIMIT 1)",
        );
        assert_kept_up_to_date(
            &mut store,
            "UPDATE organization SET country = 'BR'
             WHERE id = (SELECT p.organization_id FROM attendance a JOIN person p ON p.id = a.person_id
                         JOIN organization o ON o.id = p.organization_id
                         WHERE a.status = 'attended' AND o.country <> 'BR' ORDER BY a.id LIMIT 1)",
        );
    }

    #[test]
    fn meeting_date_mode_and_deletion_are_followed() {
        let mut store = demo_store();
        // The latest roster meeting moved before every other makes its attendees' debut.
        assert_kept_up_to_date(
            &mut store,
            "UPDATE meeting SET start_date = '2001-01-01', end_date = '2001-01-02'
             WHERE id = (SELECT m.id FROM meeting m JOIN attendance a ON a.meeting_id = m.id
                         WHERE a.status = 'attended' ORDER BY m.start_date DESC LIMIT 1)",
        );
        assert_kept_up_to_date(
            &mut store,
            "UPDATE meeting SET attendance_mode = 'counts'
             WHERE id = (SELECT meeting_id FROM attendance WHERE status = 'attended' ORDER BY id LIMIT 1)",
        );
        assert_kept_up_to_date(
            &mut store,
            "DELETE FROM meeting WHERE id = (SELECT meeting_id FROM attendance WHERE status = 'attended' ORDER BY id DESC LIMIT 1)",
        );
    }

    #[test]
    fn counts_are_followed_into_the_yearly_tally() {
        let mut store = demo_store();
        let counts: i64 = store.conn().query_row("SELECT count(*) FROM attendance_count", (), |r| r.get(0)).unwrap();
        assert!(counts > 0, "the demo has meetings counted by region");
        assert_kept_up_to_date(
            &mut store,
            "UPDATE attendance_count SET participants = participants + 3, executives = executives + 1
             WHERE id = (SELECT min(id) FROM attendance_count)",
        );
        assert_kept_up_to_date(&mut store, "DELETE FROM attendance_count WHERE id = (SELECT max(id) FROM attendance_count)");
        // A counts meeting moved to another year, then deleted with its counts.
        assert_kept_up_to_date(
            &mut store,
            "UPDATE meeting SET start_date = '2002-03-04', end_date = '2002-03-04'
             WHERE id = (SELECT meeting_id FROM attendance_count ORDER BY id LIMIT 1)",
        );
        assert_kept_up_to_date(&mut store, "DELETE FROM meeting WHERE id = (SELECT meeting_id FROM attendance_count ORDER BY id LIMIT 1)");
    }

    /// The dashboard's counts as kept, and as counted from the records.
    fn counts(store: &mut Store) -> (Vec<(String, i64, i64)>, Vec<(String, i64, i64)>) {
        let read = |conn: &Connection| -> Vec<(String, i64, i64)> {
            conn.prepare("SELECT figure, year, CAST(sum(n) AS BIGINT) FROM kept_count GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2")
                .unwrap()
                .query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .collect::<crate::storage::db::Result<_>>()
                .unwrap()
        };
        let kept = read(store.conn());
        // Recounted in place: when the kept counts were right, that changes nothing, and the
        // test stops here when they were not.
        store.raw_transaction(|conn| Ok(conn.execute_batch(RECOUNT)?)).unwrap();
        let counted = read(store.conn());
        (kept, counted)
    }

    #[test]
    fn the_dashboards_counts_follow_every_edit() {
        let mut store = demo_store();
        let (kept, counted) = counts(&mut store);
        assert!(["meetings", "open_actions", "contributions", "pending_proposals"].iter().all(|f| kept.iter().any(|k| k.0 == *f)), "{kept:?}");
        assert_eq!(kept, counted);
        for sql in [
            // A meeting planned, held, moved to another year, deleted (its actions with it).
            "INSERT INTO meeting (key, kind, title, start_date, end_date, venue, host, status, attendance_mode)
                 SELECT key || '-b', kind, title, '2031-05-01', '2031-05-02', venue, host, 'planned', attendance_mode FROM meeting WHERE id = (SELECT min(id) FROM meeting)",
            "UPDATE meeting SET status = 'held' WHERE status = 'planned'",
            "UPDATE meeting SET start_date = '2019-01-01', end_date = '2019-01-01' WHERE id = (SELECT max(id) FROM meeting)",
            "DELETE FROM meeting WHERE id = (SELECT meeting_id FROM action ORDER BY id LIMIT 1)",
            // An action closed and reopened; a contribution made a base document; a proposal decided.
            "UPDATE action SET status = 'done', closed_date = '2024-12-01' WHERE id = (SELECT min(id) FROM action WHERE status = 'open')",
            "UPDATE action SET status = 'in_progress', closed_date = NULL WHERE id = (SELECT min(id) FROM action WHERE status = 'done')",
            "UPDATE contribution SET is_base_document = NOT is_base_document WHERE id = (SELECT min(id) FROM contribution)",
            "UPDATE proposal SET disposition = 'agreed' WHERE id = (SELECT min(id) FROM proposal WHERE disposition = 'pending')",
            // A contribution deleted takes its proposals with it.
            "DELETE FROM contribution WHERE id = (SELECT contribution_id FROM proposal WHERE disposition = 'pending' ORDER BY id LIMIT 1)",
        ] {
            let before = counts(&mut store).0;
            store.raw_transaction(|conn| Ok(conn.execute_batch(sql)?)).unwrap();
            let (kept, counted) = counts(&mut store);
            assert_ne!(kept, before, "the edit should change a count: {sql}");
            assert_eq!(kept, counted, "after: {sql}");
        }
        // A form saved with its status and date as they were counts nothing twice.
        let before = counts(&mut store).0;
        store
            .raw_transaction(|conn| {
                Ok(conn.execute_batch(
                    "UPDATE meeting SET venue = 'Elsewhere (example)', status = status, start_date = start_date;
                     UPDATE action SET status = status; UPDATE proposal SET disposition = disposition;
                     UPDATE contribution SET is_base_document = is_base_document;",
                )?)
            })
            .unwrap();
        assert_eq!(counts(&mut store), (before.clone(), before));
    }

    #[test]
    fn a_wrong_kept_count_is_found_and_repaired() {
        let mut store = demo_store();
        let kept = stored(store.conn());
        let right = counts(&mut store).0;
        store.raw_transaction(|conn| Ok(conn.execute_batch("UPDATE kept_count SET n = n + 1 WHERE figure = 'open_actions'")?)).unwrap();
        let differing = store.raw_transaction(|conn| recompute_all(conn)).unwrap();
        assert!(differing > 0);
        assert_eq!((stored(store.conn()), counts(&mut store).0), (kept, right));
    }

    #[test]
    fn a_wrong_yearly_tally_is_found_and_repaired() {
        let mut store = demo_store();
        let kept = stored(store.conn());
        store.raw_transaction(|conn| Ok(conn.execute_batch("UPDATE year_tally SET participants = participants + 1")?)).unwrap();
        let differing = store.raw_transaction(|conn| recompute_all(conn)).unwrap();
        assert!(differing > 0);
        assert_eq!(stored(store.conn()), kept);
    }

    #[test]
    fn writes_made_outside_the_product_are_counted_when_the_file_is_next_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("outside.sqlite");
        let before = {
            let mut store = Store::create_database(&path).unwrap();
            crate::demo::load(&mut store).unwrap();
            stored(store.conn())
        };
        let outside = rusqlite::Connection::open(&path).unwrap();
        outside.execute("DELETE FROM attendance WHERE id = (SELECT max(id) FROM attendance WHERE status = 'attended')", ()).unwrap();
        drop(outside);
        let mut store = Store::open(&path).unwrap();
        let after = stored(store.conn());
        assert_ne!(after, before);
        assert_eq!(after, recomputed(&mut store));
    }

    #[test]
    fn a_rolled_back_write_leaves_the_aggregates_as_they_were() {
        let mut store = demo_store();
        let before = stored(store.conn());
        let failed: Result<()> = store.raw_transaction(|conn| {
            conn.execute("DELETE FROM attendance", ())?;
            Err(crate::error::Error::Precondition(crate::msg!("precondition-not-team")))
        });
        assert!(failed.is_err());
        assert_eq!(stored(store.conn()), before);
    }
}
