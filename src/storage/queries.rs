//! Read-only queries behind lists and statistics.

use chrono::NaiveDate;
use super::db::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::error::{Error, Result};

/// Said of stored counts whose sum no number can hold (only possible through edits made outside
/// the product, since forms and imports bound every count).
use crate::model::facts::{ActionFacts, MeetingFigures, PeriodFacts};
use crate::model::{ActionStatus, AttendanceMode, Country, MeetingKind, MeetingStatus, Region};

/// A date range with its open ends closed: a closed range (rather than "?1 IS NULL OR …") lets
/// SQLite use a date index. Dates compare as ISO text, so the ends are the first and last
/// four-digit years.
fn closed_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (from.or(NaiveDate::from_ymd_opt(1, 1, 1)), to.or(NaiveDate::from_ymd_opt(9999, 12, 31)))
}

/// Meetings that started within the range (inclusive), oldest first, with their attendance per region.
///
/// A roster counts the people who attended: secretariat staff under TSB, everyone else under
/// their organization's country's region. Counts are taken as recorded.
pub fn meeting_figures(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<MeetingFigures>> {
    let (from, to) = closed_range(from, to);
    let mut meetings: Vec<MeetingFigures> = conn
        .prepare_cached(
            "SELECT id, key, title, start_date, documents, report_ref, report_date, attendance_mode,
                    kind, status, end_date, communique_date FROM meeting
             WHERE start_date BETWEEN ?1 AND ?2
             ORDER BY start_date, id",
        )?
        .query_map(params![from, to], |row| {
            Ok(MeetingFigures {
                id: row.get(0)?,
                key: row.get(1)?,
                title: row.get(2)?,
                start_date: row.get(3)?,
                documents: row.get(4)?,
                report_ref: row.get(5)?,
                report_date: row.get(6)?,
                attendance_mode: row.get(7)?,
                kind: row.get(8)?,
                status: row.get(9)?,
                end_date: row.get(10)?,
                communique_date: row.get(11)?,
                regions: [0; 7],
                executives: 0,
            })
        })?
        .collect::<super::db::Result<_>>()?;
    let index: std::collections::HashMap<i64, usize> = meetings.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
    let mut stmt = conn.prepare_cached(
        // Rosters are counted in meeting_tally as they are written (storage::aggregates).
        "SELECT t.meeting_id, t.region_code, t.participants, t.executives
         FROM meeting m JOIN meeting_tally t ON t.meeting_id = m.id
         WHERE m.attendance_mode = 'roster' AND m.start_date BETWEEN ?1 AND ?2
         UNION ALL
         SELECT n.meeting_id, n.region_code, n.participants, n.executives
         FROM meeting m JOIN attendance_count n ON n.meeting_id = m.id
         WHERE m.attendance_mode = 'counts'
           AND m.start_date BETWEEN ?1 AND ?2",
    )?;
    stmt.for_each(params![from, to], |row| {
        let meeting_id: i64 = row.get(0)?;
        let region: Region = row.get(1)?;
        if let Some(meeting) = index.get(&meeting_id).map(|i| &mut meetings[*i]) {
            let too_many = || Error::Inconsistent(crate::msg!("inconsistent-meeting-uncountable", meeting = &meeting.key));
            let cell = &mut meeting.regions[region.index()];
            *cell = cell.checked_add(row.get::<i64>(2)?).ok_or_else(too_many)?;
            meeting.executives = meeting.executives.checked_add(row.get::<i64>(3)?).ok_or_else(too_many)?;
        }
        Ok(())
    })?;
    Ok(meetings)
}

/// One row of the meetings list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct MeetingSummary {
    pub id: i64,
    pub key: String,
    pub kind: MeetingKind,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub venue: String,
    pub status: MeetingStatus,
    pub attendance_mode: AttendanceMode,
    pub participants: i64,
    pub documents: i64,
    pub open_actions: i64,
}

/// Filters and paging of the meetings list.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, specta::Type)]
#[serde(default)]
pub struct MeetingQuery {
    /// Matches key, title, venue or host (case-insensitive substring).
    pub search: Option<String>,
    pub kind: Option<MeetingKind>,
    #[specta(type = Option<String>)]
    pub from: Option<NaiveDate>,
    #[specta(type = Option<String>)]
    pub to: Option<NaiveDate>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// A meetings list's columns over `m`, a page of meetings already chosen.
const SUMMARY_COLUMNS: &str = "m.id, m.key, m.kind, m.title, m.start_date, m.end_date, m.venue, m.status, m.attendance_mode,
    CASE m.attendance_mode
        WHEN 'roster' THEN (SELECT CAST(coalesce(sum(participants), 0) AS BIGINT) FROM meeting_tally t WHERE t.meeting_id = m.id)
        ELSE (SELECT CAST(coalesce(sum(participants), 0) AS BIGINT) FROM attendance_count n WHERE n.meeting_id = m.id)
    END,
    m.documents,
    (SELECT count(*) FROM action x WHERE x.meeting_id = m.id AND x.status IN ('open', 'in_progress'))";

/// The meetings' counts outside what users may enter (0 to [`crate::model::MAX_COUNT`]): by
/// meeting key, what is counted, and the number; the first 20.
pub fn counts_beyond_bounds(conn: &Connection) -> Result<Vec<(String, String, i64)>> {
    let sql = "SELECT m.key, 'participants', n.participants FROM attendance_count n JOIN meeting m ON m.id = n.meeting_id
             WHERE n.participants NOT BETWEEN 0 AND ?1
         UNION ALL
         SELECT m.key, 'executives', n.executives FROM attendance_count n JOIN meeting m ON m.id = n.meeting_id
             WHERE n.executives NOT BETWEEN 0 AND ?1
         UNION ALL
         SELECT m.key, 'participants (kept count)', t.participants FROM meeting_tally t JOIN meeting m ON m.id = t.meeting_id
             WHERE t.participants NOT BETWEEN 0 AND ?1
         UNION ALL
         SELECT m.key, 'documents', m.documents FROM meeting m WHERE m.documents NOT BETWEEN 0 AND ?1
         ORDER BY 1, 2
         LIMIT 20";
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(params![crate::model::MAX_COUNT], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub fn meeting_summaries(conn: &Connection, query: &MeetingQuery) -> Result<Vec<MeetingSummary>> {
    let pattern = query.search.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(contains_pattern);
    let (limit, offset) = (query.limit.unwrap_or(i64::MAX), query.offset.unwrap_or(0));
    // The page is chosen first, then counted: PostgreSQL would otherwise count the participants
    // and actions of every meeting skipped by the offset too (2,600 meetings' worth for page 26
    // at ten years, 40 ms against 2). Unfiltered, the page is chosen from the start date's
    // index alone, without reading the meetings it skips.
    let unfiltered = pattern.is_none() && query.kind.is_none() && query.from.is_none() && query.to.is_none();
    if unfiltered {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}
             FROM (SELECT id FROM meeting ORDER BY start_date DESC, id DESC LIMIT ?1 OFFSET ?2) page
             JOIN meeting m ON m.id = page.id
             ORDER BY m.start_date DESC, m.id DESC"
        ))?;
        let rows = stmt.query_map(params![limit, offset], meeting_summary)?;
        return rows.collect::<super::db::Result<_>>().map_err(Error::from);
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS}
         FROM (SELECT id, key, kind, title, start_date, end_date, venue, status, attendance_mode, documents
               FROM meeting
               WHERE (CAST(?1 AS TEXT) IS NULL OR lower(key) LIKE lower(?1) ESCAPE '\\' OR lower(title) LIKE lower(?1) ESCAPE '\\'
                      OR lower(venue) LIKE lower(?1) ESCAPE '\\' OR lower(host) LIKE lower(?1) ESCAPE '\\')
                 AND (CAST(?2 AS TEXT) IS NULL OR kind = ?2)
                 AND (CAST(?3 AS TEXT) IS NULL OR start_date >= ?3) AND (CAST(?4 AS TEXT) IS NULL OR start_date <= ?4)
               ORDER BY start_date DESC, id DESC
               LIMIT ?5 OFFSET ?6) m
         ORDER BY m.start_date DESC, m.id DESC"
    ))?;
    let rows = stmt.query_map(params![pattern, query.kind, query.from, query.to, limit, offset], meeting_summary)?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}

fn meeting_summary(row: &super::db::Row<'_>) -> super::db::Result<MeetingSummary> {
    Ok(MeetingSummary {
        id: row.get(0)?,
        key: row.get(1)?,
        kind: row.get(2)?,
        title: row.get(3)?,
        start_date: row.get(4)?,
        end_date: row.get(5)?,
        venue: row.get(6)?,
        status: row.get(7)?,
        attendance_mode: row.get(8)?,
        participants: row.get(9)?,
        documents: row.get(10)?,
        open_actions: row.get(11)?,
    })
}

/// A LIKE pattern matching text that contains `search`; wildcards typed by the user are matched
/// literally (the statement escapes with a backslash).
fn contains_pattern(search: &str) -> String {
    format!("%{}%", search.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

/// A person as the roster's suggestions show them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct PersonMatch {
    pub name: String,
    pub organization: String,
}

/// People whose name contains `search` (case-insensitive): the one named exactly so first, then
/// by name; at most `limit`. The roster asks as the user types rather than loading 20,000 names.
pub fn people_matching(conn: &Connection, search: &str, limit: i64) -> Result<Vec<PersonMatch>> {
    let search = search.trim();
    if search.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT p.name, o.name FROM person p JOIN organization o ON o.id = p.organization_id
         WHERE p.name LIKE ?1 ESCAPE '\\'
         ORDER BY p.name <> ?2, p.name
         LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![contains_pattern(search), search, limit], |row| {
        Ok(PersonMatch { name: row.get(0)?, organization: row.get(1)? })
    })?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}

/// The reference list of countries and their regions.
pub fn countries(conn: &Connection) -> Result<Vec<Country>> {
    let mut stmt = conn.prepare_cached("SELECT code, name, region_code FROM country ORDER BY name")?;
    let rows = stmt.query_map((), |row| Ok(Country { code: row.get(0)?, name: row.get(1)?, region: row.get(2)? }))?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}

/// One row of the contributions list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct ContributionSummary {
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub date: NaiveDate,
    pub is_base_document: bool,
    pub sources: String,
    pub proposals: i64,
    pub agreed: i64,
}

/// Contributions dated between `from` and `to` (open ends: all), oldest first; only the first
/// `limit` when given.
pub fn contribution_summaries(
    conn: &Connection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    limit: Option<i64>,
) -> Result<Vec<ContributionSummary>> {
    let (from, to) = closed_range(from, to);
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.symbol, c.title, c.date, c.is_base_document,
                coalesce((SELECT string_agg(CAST(o.name AS TEXT), '; ' ORDER BY o.id) FROM contribution_source s
                          JOIN organization o ON o.id = s.organization_id WHERE s.contribution_id = c.id), ''),
                (SELECT count(*) FROM proposal p WHERE p.contribution_id = c.id),
                (SELECT count(*) FROM proposal p WHERE p.contribution_id = c.id AND p.disposition = 'agreed')
         FROM contribution c WHERE c.date BETWEEN ?1 AND ?2 ORDER BY c.date, c.symbol LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![from, to, limit.unwrap_or(i64::MAX)], |row| {
        Ok(ContributionSummary {
            id: row.get(0)?,
            symbol: row.get(1)?,
            title: row.get(2)?,
            date: row.get(3)?,
            is_base_document: row.get(4)?,
            sources: row.get(5)?,
            proposals: row.get(6)?,
            agreed: row.get(7)?,
        })
    })?;
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}

/// Gathers what the metrics need about the period `from`..=`to`.
pub fn period_facts(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<PeriodFacts> {
    let figures = meeting_figures(conn, Some(from), Some(to))?;
    period_facts_with(conn, from, to, &figures)
}

/// [`period_facts`] from the period's meeting figures already read (a review summary needs
/// them for its statistics too).
pub fn period_facts_with(conn: &Connection, from: NaiveDate, to: NaiveDate, figures: &[MeetingFigures]) -> Result<PeriodFacts> {
    let meetings: Vec<MeetingFigures> = figures
        .iter()
        .filter(|m| m.kind != MeetingKind::RgIem && m.status != MeetingStatus::Planned)
        .cloned()
        .collect();
    const EXECUTIVE: &str = "m.kind <> 'rg_iem' AND m.status <> 'planned'";
    // One grouped query rather than one per meeting: on a server each query is a round trip,
    // and a period of a few years holds thousands of meetings.
    let mut counted: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    conn.prepare_cached(&format!(
        "SELECT x.meeting_id, count(*) FROM priority x JOIN meeting m ON m.id = x.meeting_id
         WHERE m.start_date BETWEEN ?1 AND ?2 AND {EXECUTIVE} GROUP BY x.meeting_id"
    ))?
    .for_each(params![from, to], |row| {
        counted.insert(row.get(0)?, row.get(1)?);
        Ok(())
    })?;
    let priorities: Vec<i64> = meetings.iter().map(|m| counted.get(&m.id).copied().unwrap_or(0)).collect();
    let organizations: i64 = conn.query_row(
        &format!(
            "SELECT count(DISTINCT p.organization_id)
             FROM meeting m
             JOIN attendance a ON a.meeting_id = m.id
             JOIN person p ON p.id = a.person_id
             JOIN organization o ON o.id = p.organization_id
             WHERE m.start_date BETWEEN ?1 AND ?2 AND {EXECUTIVE}
               AND a.status = 'attended' AND o.category <> 'secretariat'"
        ),
        params![from, to],
        |row| row.get(0),
    )?;
    // An organization whose first executive meeting falls in the period attended one in it.
    let first_time_organizations: i64 = conn.query_row(
        "SELECT count(*) FROM organization_debut d JOIN organization o ON o.id = d.organization_id
         WHERE d.first_executive_meeting BETWEEN ?1 AND ?2 AND o.category <> 'secretariat'",
        params![from, to],
        |row| row.get(0),
    )?;
    let actions: Vec<ActionFacts> = conn
        .prepare_cached(&format!(
            "SELECT m.end_date, x.status, x.closed_date FROM action x JOIN meeting m ON m.id = x.meeting_id
             WHERE m.start_date BETWEEN ?1 AND ?2 AND {EXECUTIVE} ORDER BY x.id"
        ))?
        .query_map(params![from, to], |row| {
            Ok(ActionFacts { meeting_end: row.get(0)?, status: row.get(1)?, closed_date: row.get(2)? })
        })?
        .collect::<super::db::Result<_>>()?;
    let overdue_actions: i64 = conn.query_row(
        "SELECT count(*) FROM action x JOIN meeting m ON m.id = x.meeting_id
         WHERE m.start_date <= ?1 AND x.due_date < ?1 AND (x.closed_date IS NULL OR x.closed_date > ?1)
           AND (x.status <> 'dropped' OR x.closed_date > ?1)",
        params![to],
        |row| row.get(0),
    )?;
    let contributions: i64 = conn.query_row(
        "SELECT count(*) FROM contribution WHERE date BETWEEN ?1 AND ?2 AND NOT is_base_document",
        params![from, to],
        |row| row.get(0),
    )?;
    let source_categories = column_values(conn, from, to,
        "SELECT DISTINCT o.category FROM contribution c JOIN contribution_source s ON s.contribution_id = c.id
         JOIN organization o ON o.id = s.organization_id
         WHERE c.date BETWEEN ?1 AND ?2 AND NOT c.is_base_document ORDER BY 1",
    )?;
    let source_regions = column_values(conn, from, to,
        "SELECT DISTINCT CASE WHEN o.category = 'secretariat' THEN 'TSB' ELSE k.region_code END
         FROM contribution c JOIN contribution_source s ON s.contribution_id = c.id
         JOIN organization o ON o.id = s.organization_id LEFT JOIN country k ON k.code = o.country
         WHERE c.date BETWEEN ?1 AND ?2 AND NOT c.is_base_document ORDER BY 1",
    )?;
    let dispositions = column_values(conn, from, to,
        "SELECT p.disposition FROM proposal p JOIN contribution c ON c.id = p.contribution_id
         WHERE c.date BETWEEN ?1 AND ?2 AND NOT c.is_base_document ORDER BY p.id",
    )?;
    Ok(PeriodFacts {
        meetings,
        priorities,
        organizations,
        first_time_organizations,
        actions,
        overdue_actions,
        contributions,
        source_categories,
        source_regions,
        dispositions,
    })
}

/// The first column of every row of `sql`, which takes the period as ?1 and ?2.
fn column_values<T: super::db::FromSql>(conn: &Connection, from: NaiveDate, to: NaiveDate, sql: &str) -> Result<Vec<T>> {
    conn.prepare_cached(sql)?
        .query_map(params![from, to], |row| row.get(0))?
        .collect::<super::db::Result<_>>()
        .map_err(Error::from)
}

/// Participation in one calendar year, all meetings included.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct YearParticipation {
    pub year: i32,
    pub meetings: i64,
    /// Participants per region in Annex B's row order, TSB last.
    pub regions: [i64; 7],
    pub executives: i64,
    /// Organizations whose first attendance at any meeting falls in this year.
    pub first_time_organizations: i64,
}

/// The review cycle in progress, for the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct CycleProgress {
    pub id: i64,
    pub name: String,
    pub status: crate::model::CycleStatus,
    pub objectives: i64,
    pub reviewers: i64,
    pub scores: i64,
}

/// An action still open, for the dashboard and the actions list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct OpenAction {
    pub id: i64,
    pub meeting: String,
    pub meeting_date: NaiveDate,
    pub text: String,
    pub owner: String,
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    pub overdue: bool,
}

/// The dashboard's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct Dashboard {
    pub participation: Vec<YearParticipation>,
    pub meetings: i64,
    pub planned_meetings: i64,
    pub open_actions: i64,
    pub overdue_actions: i64,
    pub contributions: i64,
    pub pending_proposals: i64,
    /// The most overdue open actions, oldest due date first.
    pub most_overdue: Vec<OpenAction>,
    pub current_cycle: Option<CycleProgress>,
}

/// The dashboard as of `today`, with the progress of cycle `current` (the use case chooses it).
pub fn dashboard(conn: &Connection, today: NaiveDate, current: Option<i64>) -> Result<Dashboard> {
    let mut years: std::collections::BTreeMap<i32, YearParticipation> = std::collections::BTreeMap::new();
    fn entry(years: &mut std::collections::BTreeMap<i32, YearParticipation>, year: i32) -> &mut YearParticipation {
        years.entry(year).or_insert(YearParticipation {
            year,
            meetings: 0,
            regions: [0; 7],
            executives: 0,
            first_time_organizations: 0,
        })
    }
    // The counts are kept as records are written (migration 0011_dashboard_counts): a few rows
    // per figure, where counting read 70,000 rows at ten years.
    let mut counts: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    {
        let mut stmt = conn.prepare_cached("SELECT figure, year, CAST(sum(n) AS BIGINT) FROM kept_count GROUP BY figure, year")?;
        stmt.for_each((), |row| {
            let (figure, year, n): (String, i64, i64) = (row.get(0)?, row.get(1)?, row.get(2)?);
            if figure == "meetings" && n != 0 {
                let year = i32::try_from(year).map_err(|_| Error::Inconsistent(crate::msg!("inconsistent-meetings-year", year = year.to_string())))?;
                entry(&mut years, year).meetings = n;
            }
            *counts.entry(figure).or_default() += n;
            Ok(())
        })?;
    }
    {
        // The yearly tally is kept as meetings' tallies change (storage::aggregates): a few rows
        // per year, where summing the meetings' tallies read 70,000 at ten years.
        let sql = "SELECT year, region_code, participants, executives FROM year_tally";
        let mut stmt = conn.prepare_cached(sql)?;
        stmt.for_each((), |row| {
            let region: Region = row.get(1)?;
            let year = entry(&mut years, row.get(0)?);
            let too_many = || Error::Inconsistent(crate::msg!("inconsistent-year-uncountable", year = year.year.to_string()));
            let cell = &mut year.regions[region.index()];
            *cell = cell.checked_add(row.get::<i64>(2)?).ok_or_else(too_many)?;
            year.executives = year.executives.checked_add(row.get::<i64>(3)?).ok_or_else(too_many)?;
            Ok(())
        })?;
    }
    {
        let mut stmt = conn.prepare_cached(
            "SELECT CAST(substr(d.first_meeting, 1, 4) AS INTEGER), count(*)
             FROM organization_debut d JOIN organization o ON o.id = d.organization_id
             WHERE o.category <> 'secretariat'
             GROUP BY 1",
        )?;
        stmt.for_each((), |row| {
            entry(&mut years, row.get(0)?).first_time_organizations = row.get(1)?;
            Ok(())
        })?;
    }
    let overdue_actions: i64 = conn
        .prepare_cached("SELECT count(*) FROM action WHERE status IN ('open', 'in_progress') AND due_date < ?1")?
        .query_row(params![today], |row| row.get(0))?;
    let count = |figure: &str| counts.get(figure).copied().unwrap_or(0);
    let most_overdue = open_actions_list(conn, today, true, 5)?;
    let current_cycle = conn
        .prepare_cached(
            "SELECT c.id, c.name, c.status,
                    (SELECT count(*) FROM cycle_objective WHERE cycle_id = c.id),
                    (SELECT count(*) FROM cycle_reviewer WHERE cycle_id = c.id),
                    (SELECT count(*) FROM score WHERE cycle_id = c.id)
             FROM review_cycle c WHERE c.id = ?1",
        )?
        .query_row([current], |row| {
            Ok(CycleProgress {
                id: row.get(0)?,
                name: row.get(1)?,
                status: row.get(2)?,
                objectives: row.get(3)?,
                reviewers: row.get(4)?,
                scores: row.get(5)?,
            })
        })
        .optional()?;
    Ok(Dashboard {
        participation: years.into_values().collect(),
        meetings: count("meetings"),
        planned_meetings: count("planned_meetings"),
        open_actions: count("open_actions"),
        overdue_actions,
        contributions: count("contributions"),
        pending_proposals: count("pending_proposals"),
        most_overdue,
        current_cycle,
    })
}

/// Open and in-progress actions of every meeting (they are carried forward until closed),
/// oldest due date first; `only_overdue` keeps those due before `today`, read from the open
/// actions' index in due order (the dashboard reads its five rows rather than sorting 9,000).
pub fn open_actions_list(conn: &Connection, today: NaiveDate, only_overdue: bool, limit: i64) -> Result<Vec<OpenAction>> {
    let rows = if only_overdue {
        conn.prepare_cached(
            "SELECT x.id, m.key, m.start_date, x.text, x.owner, x.due_date, x.status
             FROM action x JOIN meeting m ON m.id = x.meeting_id
             WHERE x.status IN ('open', 'in_progress') AND x.due_date < ?1
             ORDER BY x.due_date, x.id
             LIMIT ?2",
        )?
        .query_map(params![today, limit], |row| open_action(row, today))?
    } else {
        conn.prepare_cached(
            "SELECT x.id, m.key, m.start_date, x.text, x.owner, x.due_date, x.status
             FROM action x JOIN meeting m ON m.id = x.meeting_id
             WHERE x.status IN ('open', 'in_progress')
             ORDER BY x.due_date IS NULL, x.due_date, x.id
             LIMIT ?1",
        )?
        .query_map(params![limit], |row| open_action(row, today))?
    };
    rows.collect::<super::db::Result<_>>().map_err(Error::from)
}

/// An open action from a row of [`open_actions_list`]'s statements.
fn open_action(row: &super::db::Row<'_>, today: NaiveDate) -> super::db::Result<OpenAction> {
    let due_date: Option<NaiveDate> = row.get(5)?;
    Ok(OpenAction {
        id: row.get(0)?,
        meeting: row.get(1)?,
        meeting_date: row.get(2)?,
        text: row.get(3)?,
        owner: row.get(4)?,
        due_date,
        status: row.get(6)?,
        overdue: due_date.is_some_and(|d| d < today),
    })
}

/// One person on a meeting's roster, with where they count.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RosterEntry {
    /// The attendance record's id.
    pub id: i64,
    pub person: String,
    pub role: crate::model::Role,
    pub organization: String,
    pub region: Region,
    pub status: crate::model::AttendanceStatus,
    pub executive: bool,
}

/// The records the meeting screen shows (its statistics column is laid out by the analysis).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct MeetingRecords {
    pub meeting: crate::model::Record<crate::model::Meeting>,
    pub roster: Vec<RosterEntry>,
    pub counts: Vec<crate::model::Record<crate::model::AttendanceCount>>,
    pub priorities: Vec<crate::model::Record<crate::model::Priority>>,
    pub decisions: Vec<crate::model::Record<crate::model::Decision>>,
    pub actions: Vec<crate::model::Record<crate::model::Action>>,
    /// Actions of earlier meetings still open: carried forward until closed.
    pub carried_actions: Vec<OpenAction>,
}

/// Meeting `id`'s records, and its figures for the statistics column.
pub fn meeting_detail(conn: &Connection, id: i64) -> Result<(MeetingRecords, Vec<MeetingFigures>)> {
    use crate::model::{Action, AttendanceCount, Decision, Meeting, Priority, Record};
    use crate::storage::Entity;
    let meeting = Meeting::load(conn, Some(id))?
        .into_iter()
        .next()
        .ok_or(Error::NotFound { entity: "meeting", key: format!("#{id}") })?;
    let roster = conn
        .prepare_cached(
            "SELECT a.id, p.name, p.role, o.name,
                    CASE WHEN o.category = 'secretariat' THEN 'TSB' ELSE c.region_code END, a.status, a.executive
             FROM attendance a JOIN person p ON p.id = a.person_id JOIN organization o ON o.id = p.organization_id
             LEFT JOIN country c ON c.code = o.country
             WHERE a.meeting_id = ?1 ORDER BY p.name",
        )?
        .query_map(params![id], |row| {
            Ok(RosterEntry {
                id: row.get(0)?,
                person: row.get(1)?,
                role: row.get(2)?,
                organization: row.get(3)?,
                region: row.get(4)?,
                status: row.get(5)?,
                executive: row.get(6)?,
            })
        })?
        .collect::<super::db::Result<Vec<_>>>()?;
    let ids = |sql: &str| -> Result<Vec<i64>> {
        conn.prepare_cached(sql)?.query_map(params![id], |row| row.get(0))?.collect::<super::db::Result<_>>().map_err(Error::from)
    };
    fn records<E: Entity>(conn: &Connection, ids: Vec<i64>) -> Result<Vec<Record<E>>> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(E::load(conn, Some(id))?);
        }
        Ok(out)
    }
    let counts = records::<AttendanceCount>(
        conn,
        ids("SELECT n.id FROM attendance_count n JOIN region r ON r.code = n.region_code WHERE n.meeting_id = ?1 ORDER BY r.sort_order")?,
    )?;
    let priorities = records::<Priority>(conn, ids("SELECT id FROM priority WHERE meeting_id = ?1 ORDER BY rank")?)?;
    let decisions = records::<Decision>(conn, ids("SELECT id FROM decision WHERE meeting_id = ?1 ORDER BY id")?)?;
    let actions = records::<Action>(conn, ids("SELECT id FROM action WHERE meeting_id = ?1 ORDER BY id")?)?;
    let carried_actions = open_actions_list(conn, meeting.data.start_date, false, 1_000)?
        .into_iter()
        .filter(|a| a.meeting_date < meeting.data.start_date)
        .collect();
    let figures: Vec<MeetingFigures> = meeting_figures(conn, Some(meeting.data.start_date), Some(meeting.data.start_date))?
        .into_iter()
        .filter(|m| m.id == id)
        .collect();
    Ok((MeetingRecords { meeting, roster, counts, priorities, decisions, actions, carried_actions }, figures))
}

/// The proposals of the contributions dated in the period, with the objectives they address.
pub fn proposals_in_period(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<crate::model::Proposal>> {
    let records = super::contributions::load_proposals(
        conn,
        "c.date BETWEEN ?1 AND ?2",
        "c.date, c.symbol, t.seq",
        params![from, to],
    )?;
    Ok(records.into_iter().map(|r| r.data).collect())
}
