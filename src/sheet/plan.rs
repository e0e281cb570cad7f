//! From a sheet's rows to what an import would do: every organization and person of the sheet
//! matched to the directory (auto, review, new), what would be created or updated, and every
//! problem with its cell. Nothing is written here: `Session::import_sheet` shows the plan, or
//! carries it out in one transaction.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::mapping::{columns, find_header_row, participation, region, role_of_title, Column, Countries, Field, Mapping};
use super::matching::{person_key, organization_key, Band, Candidate, Directory, Known};
use super::dates::{date_of, DateOrder};
use super::read::{Sheet, SheetSource};
use crate::i18n::Message;
use crate::msg;
use crate::model::{Attendance, AttendanceCount, AttendanceMode, AttendanceStatus, Category, Meeting, MeetingKind, MeetingStatus, Organization, Person, Region, Role};

/// How a sheet is to be read and what it fills.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, specta::Type)]
#[serde(default)]
pub struct SheetImport {
    /// The workbook's sheet (its first when none is named; the mapping's when it names one).
    pub sheet: Option<String>,
    pub mapping: Option<Mapping>,
    /// The meeting whose roster the sheet is: its people's attendance is recorded there.
    pub meeting: Option<String>,
    /// Takes each name in the review band as its best candidate, rather than as new.
    pub accept_review: bool,
    /// How a date written with numbers only is read when its order cannot be told.
    pub date_order: Option<DateOrder>,
    /// What the user chose for names of the sheet, whatever their band.
    pub choices: Choices,
}

/// The user's choice for names of the sheet (as the sheet spells them): the directory's record
/// of that name, or `None` for a new one.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, specta::Type)]
#[serde(default)]
pub struct Choices {
    pub organizations: BTreeMap<String, Option<String>>,
    pub people: BTreeMap<String, Option<String>>,
}

/// A name of the sheet and where it falls.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlanMatch {
    /// The first row that spells it so.
    pub row: u32,
    pub text: String,
    pub band: Band,
    /// The record it is taken as: the match in the auto band, the best candidate in review
    /// when reviews are accepted; none for a new one.
    #[serde(rename = "match")]
    pub matched: Option<String>,
    pub score: f64,
    pub candidates: Vec<Candidate>,
}

/// A problem with one cell (or row) of the sheet.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Problem {
    pub row: u32,
    /// The cell as a spreadsheet names it (`C14`), with its header.
    pub column: String,
    pub message: String,
    /// The same as a message of the catalogues, where the product words it so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Message>,
}

impl Problem {
    /// A problem worded by the catalogues.
    pub fn of(row: u32, column: String, text: Message) -> Problem {
        Problem { row, column, message: text.english(), text: Some(text) }
    }

    /// A problem in English only (another part's wording, such as a field's check).
    pub fn english(row: u32, column: String, message: String) -> Problem {
        Problem { row, column, message, text: None }
    }
}

/// What an import of the sheet would do.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Plan {
    pub source: SheetSource,
    /// The row of the headers (1 for the first).
    pub header_row: u32,
    pub columns: Vec<Column>,
    /// The rows read below the headers (empty rows not counted).
    pub rows: usize,
    /// The first rows below the headers, each cell as text, for a person to see what each
    /// column holds.
    pub preview: Vec<Vec<String>>,
    /// How dates written with numbers only are read when their order cannot be told; none:
    /// such a date is a problem.
    pub date_order: Option<DateOrder>,
    pub meeting: Option<String>,
    pub organizations: Vec<PlanMatch>,
    pub people: Vec<PlanMatch>,
    /// Records that would be created, by kind.
    pub create: BTreeMap<String, usize>,
    /// Records that would be changed, by kind: a person's empty e-mail, phone or title filled,
    /// a roster row's status.
    pub update: BTreeMap<String, usize>,
    pub problems: Vec<Problem>,
}

/// What the directory holds that a plan is made against.
pub struct Snapshot {
    pub organizations: Vec<(i64, Organization)>,
    pub people: Vec<(i64, Person)>,
    pub countries: Vec<(String, String)>,
    /// The names taken once as a record: (as spelled, the record's id).
    pub organization_aliases: Vec<(String, i64)>,
    pub person_aliases: Vec<(String, i64)>,
    pub meeting: Option<MeetingRoster>,
    /// The meetings already recorded, by key (a register updates them).
    pub meetings: Vec<(i64, Meeting)>,
    /// Today, for a meeting's status (one that has not started is planned).
    pub today: chrono::NaiveDate,
}

/// The meeting a sheet is the roster of, as it stands.
pub struct MeetingRoster {
    pub key: String,
    /// Whether it records a roster (rather than counts per region).
    pub keeps_roster: bool,
    /// Its roster rows by person: their id and row.
    pub rows: HashMap<String, (i64, Attendance)>,
    /// Its counts by region: their id and row (a meeting that records counts).
    pub counts: HashMap<Region, (i64, AttendanceCount)>,
}

/// The writes a plan stands for, in order: organizations, then people, then the roster.
#[derive(Debug, Default)]
pub struct Writes {
    pub organizations: Vec<Organization>,
    pub people: Vec<Person>,
    pub people_filled: Vec<(i64, Person)>,
    pub attendance: Vec<Attendance>,
    pub attendance_changed: Vec<(i64, Attendance)>,
    /// Names of the sheet taken as a record of another spelling, to remember: the name as
    /// spelled and the record's name.
    pub organization_aliases: Vec<(String, String)>,
    pub person_aliases: Vec<(String, String)>,
    /// A sheet of counts per region: the meeting's counts to create, and to change.
    pub counts: Vec<AttendanceCount>,
    pub counts_changed: Vec<(i64, AttendanceCount)>,
    /// A register of meetings: the meetings to create, and to change.
    pub meetings: Vec<Meeting>,
    pub meetings_changed: Vec<(i64, Meeting)>,
    /// A register's outcomes: the meeting's key, the cell's text (one outcome a line, as quick
    /// capture takes them), its row and cell.
    pub outcomes: Vec<Outcomes>,
}

/// The outcomes one cell of a register gives a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes {
    pub meeting: String,
    pub text: String,
    pub row: u32,
    pub cell: String,
}

/// One row, read.
struct RowRead {
    number: u32,
    name: String,
    name_cell: String,
    organization: String,
    organization_cell: String,
    country: Option<String>,
    title: String,
    role: Option<Role>,
    email: Option<String>,
    phone: Option<String>,
    status: AttendanceStatus,
}

/// Makes the plan of `sheet` against `snapshot`, and the writes that carry it out.
pub fn plan(sheet: &Sheet, options: &SheetImport, snapshot: &Snapshot) -> (Plan, Writes) {
    let mapping = options.mapping.as_ref();
    let header_index = match mapping.and_then(|m| m.header_row) {
        Some(row) => sheet.rows.iter().position(|r| r.number == row),
        None => find_header_row(sheet),
    };
    let mut problems = Vec::new();
    let Some(header_index) = header_index else {
        problems.push(Problem::of(1, String::new(), msg!("sheet-problem-no-header")));
        let plan = empty_plan(sheet, 0, Vec::new(), problems, options);
        return (plan, Writes::default());
    };
    let header_row = &sheet.rows[header_index];
    let headers: Vec<String> = header_row.cells.iter().map(|c| c.text()).collect();
    let columns = columns(&headers, mapping);
    let at = |field: Field| columns.iter().position(|c| c.field == Some(field));
    let preview: Vec<Vec<String>> = sheet.rows[header_index + 1..]
        .iter()
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
        .take(5)
        .map(|r| (0..headers.len()).map(|i| r.cells.get(i).map(|c| c.text()).unwrap_or_default()).collect())
        .collect();
    if at(Field::Region).is_some() {
        return counts_plan(sheet, header_index, columns, preview, options, snapshot);
    }
    if at(Field::StartDate).is_some() {
        return register_plan(sheet, header_index, columns, preview, options, snapshot);
    }
    let has_name = at(Field::FullName).is_some() || at(Field::LastName).is_some() || at(Field::FirstName).is_some();
    if !has_name || at(Field::Organization).is_none() {
        let shown = headers.iter().filter(|h| !h.is_empty()).map(|h| format!("\"{h}\"")).collect::<Vec<_>>().join(", ");
        let text = if !has_name && at(Field::Organization).is_none() {
            msg!("sheet-problem-no-name-nor-organization-column", headers = shown)
        } else if !has_name {
            msg!("sheet-problem-no-name-column", headers = shown)
        } else {
            msg!("sheet-problem-no-organization-column", headers = shown)
        };
        problems.push(Problem::of(header_row.number, String::new(), text));
        let plan = empty_plan(sheet, header_row.number, columns, problems, options);
        return (plan, Writes::default());
    }
    let countries = Countries::new(&snapshot.countries);
    let value_map = |field: Field, text: &str| -> Option<String> {
        mapping.and_then(|m| m.values.get(&field)).and_then(|values| values.get(text.trim())).cloned()
    };

    // Each row read, with the problems of its cells.
    let mut rows = Vec::new();
    for row in &sheet.rows[header_index + 1..] {
        if row.cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        let cell = |field: Field| -> (String, String) {
            match at(field) {
                Some(i) => (
                    row.cells.get(i).map(|c| c.text()).unwrap_or_default(),
                    format!("{}{} ({})", columns[i].letter, row.number, columns[i].header),
                ),
                None => (String::new(), String::new()),
            }
        };
        let problem = |cell: &str, text: Message| Problem::of(row.number, cell.to_string(), text);
        let (full, full_cell) = cell(Field::FullName);
        let (last, last_cell) = cell(Field::LastName);
        let (first, _) = cell(Field::FirstName);
        let name = if !full.is_empty() { full } else { [first, last].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(" ") };
        let name_cell = if at(Field::FullName).is_some() { full_cell } else { last_cell };
        if name.is_empty() {
            problems.push(problem(&name_cell, msg!("sheet-problem-no-name")));
            continue;
        }
        let (organization, organization_cell) = cell(Field::Organization);
        if organization.is_empty() {
            problems.push(problem(&organization_cell, msg!("sheet-problem-no-organization", name = &name)));
            continue;
        }
        let (country_text, country_cell) = cell(Field::Country);
        let country = if country_text.is_empty() {
            None
        } else {
            match value_map(Field::Country, &country_text).or_else(|| countries.code(&country_text)) {
                Some(code) => Some(code),
                None => {
                    problems.push(problem(
                        &country_cell,
                        msg!("sheet-problem-unknown-country", country = &country_text),
                    ));
                    None
                }
            }
        };
        let (participation_text, participation_cell) = cell(Field::Participation);
        let status = if participation_text.is_empty() {
            AttendanceStatus::Attended
        } else {
            match value_map(Field::Participation, &participation_text)
                .and_then(|v| v.parse::<AttendanceStatus>().ok())
                .or_else(|| participation(&participation_text))
            {
                Some(status) => status,
                None => {
                    problems.push(problem(
                        &participation_cell,
                        msg!("sheet-problem-participation", participation = &participation_text),
                    ));
                    continue;
                }
            }
        };
        let (role_text, role_cell) = cell(Field::Role);
        let role = if role_text.is_empty() {
            None
        } else {
            match role_text.parse::<Role>() {
                Ok(role) => Some(role),
                Err(_) => {
                    let expected = Role::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ");
                    problems.push(problem(&role_cell, msg!("sheet-problem-unknown-role", role = role_text.trim(), expected = expected)));
                    None
                }
            }
        };
        let optional = |field: Field| Some(cell(field).0).filter(|s| !s.is_empty());
        rows.push(RowRead {
            number: row.number,
            name,
            name_cell,
            organization,
            organization_cell,
            country,
            title: cell(Field::Title).0,
            role,
            email: optional(Field::Email),
            phone: optional(Field::Phone),
            status,
        });
    }

    let mut create: BTreeMap<String, usize> = BTreeMap::new();
    let mut update: BTreeMap<String, usize> = BTreeMap::new();
    let mut writes = Writes::default();

    // Organizations: each spelling once, matched to the directory; a new one is known to the
    // rows after it.
    let mut organizations = Directory::organizations(
        snapshot.organizations.iter().map(|(id, o)| Known { id: *id, name: o.name.clone(), country: o.country.clone(), email: None }).collect(),
    );
    for (text, id) in &snapshot.organization_aliases {
        organizations.alias(text, *id);
    }
    let org_names: HashMap<i64, String> = snapshot.organizations.iter().map(|(id, o)| (*id, o.name.clone())).collect();
    let mut org_lines: Vec<PlanMatch> = Vec::new();
    let mut org_of_text: HashMap<String, String> = HashMap::new();
    let mut next_new = -1i64;
    for row in &rows {
        let key = organization_key(&row.organization);
        if org_of_text.contains_key(&key) {
            continue;
        }
        let found = organizations.find(&row.organization, row.country.as_deref(), None);
        let taken: Option<String> = match options.choices.organizations.get(&row.organization) {
            Some(Some(chosen)) => match org_names.values().find(|n| *n == chosen) {
                Some(name) => Some(name.clone()),
                None => {
                    problems.push(Problem::of(
                        row.number,
                        row.organization_cell.clone(),
                        msg!("sheet-problem-chosen-organization", chosen = chosen, name = &row.organization),
                    ));
                    None
                }
            },
            Some(None) => None,
            None => match found.band {
                Band::Auto => found.candidates.first().map(|c| c.name.clone()),
                Band::Review if options.accept_review => found.candidates.first().map(|c| c.name.clone()),
                _ => None,
            },
        };
        let name = match &taken {
            Some(chosen) => chosen.clone(),
            None => {
                if let Some(existing) = org_names.values().find(|n| n.eq_ignore_ascii_case(row.organization.trim())) {
                    problems.push(Problem::of(
                        row.number,
                        row.organization_cell.clone(),
                        msg!("sheet-problem-new-organization", name = &row.organization, existing = existing),
                    ));
                }
                writes.organizations.push(Organization { name: row.organization.trim().to_string(), category: Category::NonMember, country: row.country.clone() });
                *create.entry("organizations".into()).or_default() += 1;
                organizations.remember(&row.organization, next_new, row.country.clone());
                next_new -= 1;
                row.organization.trim().to_string()
            }
        };
        if taken.is_some() && found.band != Band::Auto {
            writes.organization_aliases.push((row.organization.trim().to_string(), name.clone()));
        }
        org_of_text.insert(key, name.clone());
        org_lines.push(PlanMatch {
            row: row.number,
            text: row.organization.clone(),
            band: found.band,
            matched: taken,
            score: found.score(),
            candidates: found.candidates,
        });
    }

    // People: each once (by name as compared, or e-mail), matched to the directory; one known
    // in another organization than the sheet's is asked about.
    let mut people = Directory::people(
        snapshot.people.iter().map(|(id, p)| Known { id: *id, name: p.name.clone(), country: None, email: p.email.clone() }).collect(),
    );
    for (text, id) in &snapshot.person_aliases {
        people.alias(text, *id);
    }
    let person_by_id: HashMap<i64, &Person> = snapshot.people.iter().map(|(id, p)| (*id, p)).collect();
    let mut person_lines: Vec<PlanMatch> = Vec::new();
    let mut person_of_key: HashMap<String, String> = HashMap::new();
    let mut roster: Vec<(String, AttendanceStatus, bool, u32)> = Vec::new();
    for row in &rows {
        let key = person_key(&row.name);
        let organization = org_of_text.get(&organization_key(&row.organization)).cloned().unwrap_or_default();
        let role = row.role.unwrap_or_else(|| role_of_title(&row.title));
        let executive = matches!(role, Role::Ceo | Role::Cto | Role::Cio | Role::Cso | Role::Cxo);
        if let Some(name) = person_of_key.get(&key) {
            roster.push((name.clone(), row.status, executive, row.number));
            continue;
        }
        let mut found = people.find(&row.name, None, row.email.as_deref());
        if let Some(first) = found.candidates.first_mut() {
            if let Some(known) = person_by_id.get(&first.id) {
                if !known.organization.eq_ignore_ascii_case(&organization) {
                    let elsewhere = format!("organization {organization} in the sheet, {} in the directory", known.organization);
                    first.differs = if first.differs.is_empty() { elsewhere } else { format!("{}; {elsewhere}", first.differs) };
                    if found.band == Band::Auto && row.email.is_none() {
                        found.band = Band::Review;
                    }
                }
            }
        }
        let taken: Option<(i64, &Person)> = match options.choices.people.get(&row.name) {
            Some(Some(chosen)) => match snapshot.people.iter().find(|(_, p)| p.name == *chosen) {
                Some((id, person)) => Some((*id, person)),
                None => {
                    problems.push(Problem::of(
                        row.number,
                        row.name_cell.clone(),
                        msg!("sheet-problem-chosen-person", chosen = chosen, name = &row.name),
                    ));
                    None
                }
            },
            Some(None) => None,
            None => match found.band {
                Band::Auto => found.candidates.first(),
                Band::Review if options.accept_review => found.candidates.first(),
                _ => None,
            }
            .and_then(|c| person_by_id.get(&c.id).map(|p| (c.id, *p))),
        };
        let matched = taken.map(|(_, p)| p.name.clone());
        if let Some(name) = matched.as_ref().filter(|_| found.band != Band::Auto) {
            writes.person_aliases.push((row.name.trim().to_string(), name.clone()));
        }
        let name = match taken {
            Some((id, known)) => {
                // Fills what the directory lacks; never overwrites what it holds.
                let filled = known.filled_in(row.email.as_deref(), row.phone.as_deref(), &row.title);
                if &filled != known && !writes.people_filled.iter().any(|(i, _)| *i == id) {
                    writes.people_filled.push((id, filled));
                    *update.entry("people".into()).or_default() += 1;
                }
                known.name.clone()
            }
            None => {
                let name = row.name.trim().to_string();
                if let Some((_, existing)) = snapshot.people.iter().find(|(_, p)| p.name.eq_ignore_ascii_case(&name)) {
                    problems.push(Problem::of(
                        row.number,
                        row.name_cell.clone(),
                        msg!("sheet-problem-new-person", name = &name, existing = &existing.name, organization = &existing.organization),
                    ));
                }
                writes.people.push(Person {
                    name: name.clone(),
                    role,
                    title: row.title.clone(),
                    organization: organization.clone(),
                    email: row.email.clone(),
                    phone: row.phone.clone(),
                });
                *create.entry("people".into()).or_default() += 1;
                people.remember(&row.name, next_new, None);
                next_new -= 1;
                name
            }
        };
        person_of_key.insert(key, name.clone());
        roster.push((name, row.status, executive, row.number));
        person_lines.push(PlanMatch {
            row: row.number,
            text: row.name.clone(),
            band: found.band,
            matched,
            score: found.score(),
            candidates: found.candidates,
        });
    }

    // The meeting's roster: each person once, at the status of their last row.
    if let Some(MeetingRoster { key: meeting, keeps_roster, rows: existing, .. }) = &snapshot.meeting {
        if !keeps_roster {
            problems.push(Problem::of(header_row.number, String::new(), msg!("sheet-problem-meeting-keeps-counts", meeting = meeting)));
        }
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (person, status, executive, _) in roster {
            let record = Attendance { meeting: meeting.clone(), person: person.clone(), status, executive };
            match seen.get(&person) {
                Some(&i) => writes.attendance[i] = record,
                None => {
                    seen.insert(person.clone(), writes.attendance.len());
                    writes.attendance.push(record);
                }
            }
        }
        let mut kept = Vec::new();
        for record in std::mem::take(&mut writes.attendance) {
            match existing.get(&record.person) {
                Some((_, stored)) if stored.status == record.status && stored.executive == record.executive => {}
                Some((id, _)) => writes.attendance_changed.push((*id, record)),
                None => kept.push(record),
            }
        }
        writes.attendance = kept;
        if !writes.attendance.is_empty() {
            create.insert("attendance".into(), writes.attendance.len());
        }
        if !writes.attendance_changed.is_empty() {
            update.insert("attendance".into(), writes.attendance_changed.len());
        }
    }

    let plan = Plan {
        source: sheet.source.clone(),
        header_row: header_row.number,
        columns,
        rows: rows.len(),
        preview,
        date_order: options.date_order,
        meeting: snapshot.meeting.as_ref().map(|m| m.key.clone()),
        organizations: org_lines,
        people: person_lines,
        create,
        update,
        problems,
    };
    (plan, writes)
}

/// The plan of a sheet of counts per region (a column of regions): the meeting's counts, each
/// region once, created or changed.
fn counts_plan(sheet: &Sheet, header_index: usize, columns: Vec<Column>, preview: Vec<Vec<String>>, options: &SheetImport, snapshot: &Snapshot) -> (Plan, Writes) {
    let header_row = sheet.rows[header_index].number;
    let at = |field: Field| columns.iter().position(|c| c.field == Some(field));
    let mut problems = Vec::new();
    let mut writes = Writes::default();
    let mut seen: HashMap<Region, u32> = HashMap::new();
    let Some(meeting) = &snapshot.meeting else {
        problems.push(Problem::of(header_row, String::new(), msg!("sheet-problem-counts-need-meeting")));
        return (counts_result(sheet, header_row, columns, preview, 0, problems, options), writes);
    };
    if meeting.keeps_roster {
        problems.push(Problem::of(header_row, String::new(), msg!("sheet-problem-meeting-keeps-roster", meeting = &meeting.key)));
    }
    if at(Field::Participants).is_none() {
        problems.push(Problem::of(header_row, String::new(), msg!("sheet-problem-no-participants-column")));
        return (counts_result(sheet, header_row, columns, preview, 0, problems, options), writes);
    }
    let mut rows = 0;
    for row in &sheet.rows[header_index + 1..] {
        if row.cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        rows += 1;
        let cell = |field: Field| -> (String, String) {
            match at(field) {
                Some(i) => (row.cells.get(i).map(|c| c.text()).unwrap_or_default(), format!("{}{} ({})", columns[i].letter, row.number, columns[i].header)),
                None => (String::new(), String::new()),
            }
        };
        let problem = |cell: &str, text: Message| Problem::of(row.number, cell.to_string(), text);
        let (region_text, region_cell) = cell(Field::Region);
        let Some(region) = region(&region_text) else {
            problems.push(problem(&region_cell, msg!("sheet-problem-unknown-region", region = &region_text)));
            continue;
        };
        if let Some(first) = seen.insert(region, row.number) {
            problems.push(problem(&region_cell, msg!("sheet-problem-region-twice", region = region.label(), row = first)));
            continue;
        }
        let number = |field: Field| -> Result<i64, Problem> {
            let (text, at) = cell(field);
            if text.is_empty() {
                return Ok(0);
            }
            match text.parse::<i64>() {
                Ok(n) if n >= 0 => Ok(n),
                _ => Err(problem(&at, msg!("sheet-problem-not-a-count", value = &text))),
            }
        };
        let (participants, executives) = match (number(Field::Participants), number(Field::Executives)) {
            (Ok(p), Ok(e)) => (p, e),
            (p, e) => {
                problems.extend(p.err());
                problems.extend(e.err());
                continue;
            }
        };
        let count = AttendanceCount { meeting: meeting.key.clone(), region, participants, executives };
        let invalid = count.validate();
        if let Some(error) = invalid.first() {
            problems.push(Problem::english(row.number, region_cell.clone(), error.to_string()));
            continue;
        }
        match meeting.counts.get(&region) {
            Some((_, stored)) if *stored == count => {}
            Some((id, _)) => writes.counts_changed.push((*id, count)),
            None => writes.counts.push(count),
        }
    }
    let mut plan = counts_result(sheet, header_row, columns, preview, rows, problems, options);
    plan.meeting = Some(meeting.key.clone());
    if !writes.counts.is_empty() {
        plan.create.insert("counts".into(), writes.counts.len());
    }
    if !writes.counts_changed.is_empty() {
        plan.update.insert("counts".into(), writes.counts_changed.len());
    }
    (plan, writes)
}

/// The plan of a register of meetings (a column of first days): each meeting created, or its
/// fields the sheet gives changed where they differ (the rest kept as stored).
fn register_plan(sheet: &Sheet, header_index: usize, columns: Vec<Column>, preview: Vec<Vec<String>>, options: &SheetImport, snapshot: &Snapshot) -> (Plan, Writes) {
    let header_row = sheet.rows[header_index].number;
    let at = |field: Field| columns.iter().position(|c| c.field == Some(field));
    let mut problems = Vec::new();
    let mut writes = Writes::default();
    if at(Field::MeetingKey).is_none() {
        problems.push(Problem::of(header_row, String::new(), msg!("sheet-problem-no-key-column")));
        return (counts_result(sheet, header_row, columns, preview, 0, problems, options), writes);
    }
    let stored: HashMap<String, &(i64, Meeting)> = snapshot.meetings.iter().map(|m| (m.1.key.to_lowercase(), m)).collect();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut rows = 0;
    for row in &sheet.rows[header_index + 1..] {
        if row.cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        rows += 1;
        let cell_at = |field: Field| at(field).map(|i| (row.cells.get(i).cloned().unwrap_or(super::read::Cell::Empty), format!("{}{} ({})", columns[i].letter, row.number, columns[i].header)));
        let text = |field: Field| cell_at(field).map(|(c, _)| c.text()).unwrap_or_default();
        let name = |field: Field| cell_at(field).map(|(_, n)| n).unwrap_or_default();
        let problem = |cell: String, text: Message| Problem::of(row.number, cell, text);
        let key = text(Field::MeetingKey);
        if key.is_empty() {
            problems.push(problem(name(Field::MeetingKey), msg!("sheet-problem-no-key")));
            continue;
        }
        if let Some(first) = seen.insert(key.to_lowercase(), row.number) {
            problems.push(problem(name(Field::MeetingKey), msg!("sheet-problem-key-twice", key = &key, row = first)));
            continue;
        }
        let date = |field: Field| -> Result<Option<chrono::NaiveDate>, Problem> {
            match cell_at(field) {
                Some((cell, _)) if cell.is_empty() => Ok(None),
                Some((cell, at)) => date_of(&cell, options.date_order).map(Some).map_err(|e| problem(at, e.message())),
                None => Ok(None),
            }
        };
        let (start, end) = match (date(Field::StartDate), date(Field::EndDate)) {
            (Ok(Some(start)), Ok(end)) => (start, end.unwrap_or(start)),
            (Ok(None), Ok(_)) => {
                problems.push(problem(name(Field::StartDate), msg!("sheet-problem-no-first-day", key = &key)));
                continue;
            }
            (s, e) => {
                problems.extend(s.err());
                problems.extend(e.err());
                continue;
            }
        };
        let existing = stored.get(&key.to_lowercase()).copied();
        let kind_text = text(Field::MeetingKind);
        let kind = if kind_text.is_empty() {
            existing.map_or(MeetingKind::CtoMeeting, |(_, m)| m.kind)
        } else {
            match meeting_kind(&kind_text) {
                Some(kind) => kind,
                None => {
                    problems.push(problem(name(Field::MeetingKind), msg!("sheet-problem-meeting-kind", kind = &kind_text)));
                    continue;
                }
            }
        };
        let mode_text = text(Field::AttendanceMode);
        let attendance_mode = match (mode_text.is_empty(), existing) {
            (true, Some((_, m))) => m.attendance_mode,
            (true, None) => AttendanceMode::Roster,
            (false, _) => match super::matching::fold(&mode_text).as_str() {
                "roster" | "liste" | "lista" | "names" | "noms" | "nombres" => AttendanceMode::Roster,
                "counts" | "comptes" | "decomptes" | "recuentos" | "conteo" | "numbers" => AttendanceMode::Counts,
                _ => {
                    problems.push(problem(name(Field::AttendanceMode), msg!("sheet-problem-attendance-mode", mode = &mode_text)));
                    continue;
                }
            },
        };
        let documents = match text(Field::Documents) {
            d if d.is_empty() => existing.map_or(0, |(_, m)| m.documents),
            d => match d.parse::<i64>() {
                Ok(n) if n >= 0 => n,
                _ => {
                    problems.push(problem(name(Field::Documents), msg!("sheet-problem-documents", value = &d)));
                    continue;
                }
            },
        };
        let given = |field: Field, stored: Option<&str>| {
            let t = text(field);
            if t.is_empty() { stored.unwrap_or_default().to_string() } else { t }
        };
        let base = existing.map(|(_, m)| m.clone());
        let status = match &base {
            Some(m) if m.status != MeetingStatus::Planned => m.status,
            _ if start > snapshot.today => MeetingStatus::Planned,
            _ => MeetingStatus::Held,
        };
        let meeting = Meeting {
            key: base.as_ref().map_or(key.clone(), |m| m.key.clone()),
            kind,
            title: given(Field::MeetingTitle, base.as_ref().map(|m| m.title.as_str())),
            start_date: start,
            end_date: end,
            venue: given(Field::Venue, base.as_ref().map(|m| m.venue.as_str())),
            host: given(Field::Host, base.as_ref().map(|m| m.host.as_str())),
            status,
            report_ref: base.as_ref().map(|m| m.report_ref.clone()).unwrap_or_default(),
            report_date: base.as_ref().and_then(|m| m.report_date),
            documents,
            attendance_mode,
            communique: base.as_ref().map(|m| m.communique.clone()).unwrap_or_default(),
            communique_date: base.as_ref().and_then(|m| m.communique_date),
            notes: base.as_ref().map(|m| m.notes.clone()).unwrap_or_default(),
        };
        let invalid = meeting.validate();
        if !invalid.is_empty() {
            for error in invalid {
                let cell = match error.field.as_str() {
                    "title" => name(Field::MeetingTitle),
                    "end_date" => name(Field::EndDate),
                    "start_date" | "status" => name(Field::StartDate),
                    "venue" => name(Field::Venue),
                    _ => name(Field::MeetingKey),
                };
                problems.push(Problem::english(row.number, cell, error.to_string()));
            }
            continue;
        }
        let outcomes = text(Field::Outcomes);
        if !outcomes.is_empty() {
            writes.outcomes.push(Outcomes { meeting: meeting.key.clone(), text: outcomes, row: row.number, cell: name(Field::Outcomes) });
        }
        match existing {
            Some((_, stored)) if *stored == meeting => {}
            Some((id, _)) => writes.meetings_changed.push((*id, meeting)),
            None => writes.meetings.push(meeting),
        }
    }
    let mut plan = counts_result(sheet, header_row, columns, preview, rows, problems, options);
    if !writes.meetings.is_empty() {
        plan.create.insert("meetings".into(), writes.meetings.len());
    }
    if !writes.meetings_changed.is_empty() {
        plan.update.insert("meetings".into(), writes.meetings_changed.len());
    }
    (plan, writes)
}

/// The kind of meeting `text` names: the product's value, or its words in English, French or
/// Spanish.
fn meeting_kind(text: &str) -> Option<MeetingKind> {
    if let Ok(kind) = text.trim().parse::<MeetingKind>() {
        return Some(kind);
    }
    let folded = super::matching::fold(text);
    let has = |words: &[&str]| words.iter().any(|w| folded.contains(w));
    if has(&["roundtable", "round table", "table ronde", "mesa redonda", "cxo"]) {
        Some(MeetingKind::CxoRoundtable)
    } else if has(&["rg iem", "rgiem"]) {
        Some(MeetingKind::RgIem)
    } else if has(&["bilateral"]) {
        Some(MeetingKind::Bilateral)
    } else if has(&["workshop", "atelier", "taller"]) {
        Some(MeetingKind::Workshop)
    } else if has(&["cto"]) {
        Some(MeetingKind::CtoMeeting)
    } else {
        None
    }
}

fn counts_result(sheet: &Sheet, header_row: u32, columns: Vec<Column>, preview: Vec<Vec<String>>, rows: usize, problems: Vec<Problem>, options: &SheetImport) -> Plan {
    Plan { rows, preview, ..empty_plan(sheet, header_row, columns, problems, options) }
}

impl Plan {
    /// The plan's problems as an import's refusal (each with its row and cell), if it has any.
    pub fn refusal(&self, source_name: &str) -> Option<crate::error::Error> {
        if self.problems.is_empty() {
            return None;
        }
        let errors = self
            .problems
            .iter()
            .map(|p| crate::error::RowError {
                line: u64::from(p.row),
                column: (!p.column.is_empty()).then(|| p.column.clone()),
                message: p.message.clone(),
                text: p.text.clone(),
            })
            .collect();
        Some(crate::error::Error::Import { source_name: source_name.to_string(), errors, more: 0 })
    }
}

fn empty_plan(sheet: &Sheet, header_row: u32, columns: Vec<Column>, problems: Vec<Problem>, options: &SheetImport) -> Plan {
    Plan {
        source: sheet.source.clone(),
        header_row,
        columns,
        rows: 0,
        preview: Vec::new(),
        date_order: options.date_order,
        meeting: options.meeting.clone(),
        organizations: Vec::new(),
        people: Vec::new(),
        create: BTreeMap::new(),
        update: BTreeMap::new(),
        problems,
    }
}
