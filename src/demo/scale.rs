//! A synthetic dataset of realistic shape and volume, for trying the app and measuring it at
//! scale: ten years of executive engagement by default. Deterministic: the same seed gives
//! the same database. Records go through the same validated inserts as imports.

use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::*;
use crate::storage::{Entity, Purpose, Store, Tx};

/// How much to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Scale {
    pub years: u32,
    pub meetings: usize,
    pub attendance: usize,
    pub organizations: usize,
    pub people: usize,
    pub contributions: usize,
    pub objectives: usize,
    pub reviewers: usize,
    /// Cycles, two per year.
    pub cycles: usize,
    pub actions_per_meeting: usize,
}

impl Scale {
    /// `10y`: 10,000 meetings, 500,000 attendance rows, 20,000 contributions, 20 cycles with
    /// 50,000 scores. Other year counts scale linearly.
    pub fn parse(text: &str) -> Result<Scale> {
        let years: u32 = text
            .strip_suffix('y')
            .and_then(|n| n.parse().ok())
            .filter(|n| (1..=50).contains(n))
            .ok_or_else(|| Error::invalid_because("scale", crate::msg!("invalid-demo-scale", scale = text)))?;
        let y = years as usize;
        Ok(Scale {
            years,
            meetings: 1_000 * y,
            attendance: 50_000 * y,
            organizations: 300 * y,
            people: 2_000 * y,
            contributions: 2_000 * y,
            objectives: 25,
            reviewers: 100,
            cycles: 2 * y,
            actions_per_meeting: 3,
        })
    }
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Generated {
    pub organizations: usize,
    pub people: usize,
    pub meetings: usize,
    pub attendance: usize,
    pub actions: usize,
    pub contributions: usize,
    pub proposals: usize,
    pub scores: usize,
}

/// SplitMix64: small, fast and good enough for synthetic data; deterministic across platforms.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Countries weighted roughly like ITU-T participation, across all six regions.
const COUNTRIES: &[&str] = &[
    "US", "US", "CA", "BR", "MX", "AR", "CL", "CO", "CN", "CN", "JP", "JP", "KR", "KR", "IN", "IN", "AU", "SG", "ID",
    "MY", "TH", "VN", "PK", "BD", "DE", "DE", "FR", "FR", "GB", "GB", "IT", "ES", "SE", "FI", "NL", "CH", "PL", "TR",
    "RU", "RU", "KZ", "UZ", "BY", "AM", "AZ", "EG", "EG", "SA", "AE", "MA", "TN", "QA", "JO", "DZ", "KE", "NG", "ZA",
    "GH", "SN", "RW", "ET", "CI", "TZ", "UG",
];

const TOPICS: &[&str] = &[
    "Artificial intelligence", "IMT-2030 (6G)", "Quantum-safe security", "Digital twins", "Energy efficiency",
    "IoT interoperability", "Satellite integration", "Digital public infrastructure", "Open source", "Smart cities",
    "Trust and identity", "Network automation",
];

/// Fills an empty database with `scale`'s volume; if `csv_dir` is given, also writes the
/// organizations, people, meetings and attendance as CSV files there (for import benchmarks).
/// With `with_attendance` false, the rosters are only written to CSV, not saved.
pub fn generate(store: &mut Store, scale: Scale, seed: u64, csv_dir: Option<&Path>, with_attendance: bool) -> Result<Generated> {
    if !store.is_empty()? {
        return Err(Error::Precondition(crate::msg!("precondition-generate-not-empty")));
    }
    let mut writers = match csv_dir {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            Some(CsvFiles::create(dir)?)
        }
        None => None,
    };
    let mut rng = Random(seed);
    let mut done = Generated::default();
    let first_day = NaiveDate::from_ymd_opt(2025 - scale.years as i32 + 1, 1, 1).unwrap_or(NaiveDate::MIN);
    let days = (NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or(NaiveDate::MAX) - first_day).num_days().max(1) as usize;

    store.write(Purpose::Import, |tx| {
        let secretariat = Organization { name: "ITU/TSB".into(), category: Category::Secretariat, country: None };
        save(tx, &secretariat, writers.as_mut().map(|w| &mut w.organizations))?;
        for i in 0..scale.organizations {
            let category = match rng.below(20) {
                0..=11 => Category::SectorMember,
                12..=14 => Category::Associate,
                15..=16 => Category::Academia,
                17..=18 => Category::MemberState,
                _ => Category::NonMember,
            };
            let org = Organization {
                name: format!("Organization {i:05} (example)"),
                category,
                country: Some(COUNTRIES[rng.below(COUNTRIES.len())].to_string()),
            };
            save(tx, &org, writers.as_mut().map(|w| &mut w.organizations))?;
        }
        done.organizations = scale.organizations + 1;

        let staff = (scale.people / 100).max(2);
        let mut executive = Vec::with_capacity(scale.people);
        for i in 0..scale.people {
            let (organization, role) = if i < staff {
                ("ITU/TSB".to_string(), Role::Staff)
            } else {
                let role = [Role::Cto, Role::Cto, Role::Cxo, Role::Ceo, Role::Cio, Role::Cso, Role::Expert, Role::Expert, Role::Delegate]
                    [rng.below(9)];
                (format!("Organization {:05} (example)", rng.below(scale.organizations)), role)
            };
            executive.push(matches!(role, Role::Ceo | Role::Cto | Role::Cio | Role::Cso | Role::Cxo));
            let person = Person {
                name: format!("Person {i:06} (example)"),
                role,
                title: String::new(),
                organization,
                email: rng.chance(30).then(|| format!("person{i:06}@example.org")),
                phone: None,
            };
            save(tx, &person, writers.as_mut().map(|w| &mut w.people))?;
        }
        done.people = scale.people;

        let counts_meetings = scale.meetings / 20;
        let roster_meetings = scale.meetings - counts_meetings;
        let mut meeting_dates = Vec::with_capacity(scale.meetings);
        for i in 0..scale.meetings {
            let start = first_day + Duration::days((i * days / scale.meetings) as i64);
            let counts = i % 20 == 19;
            let kind = if counts {
                MeetingKind::RgIem
            } else {
                [MeetingKind::CtoMeeting, MeetingKind::CxoRoundtable, MeetingKind::CxoRoundtable, MeetingKind::Bilateral,
                 MeetingKind::Bilateral, MeetingKind::Bilateral, MeetingKind::Workshop][rng.below(7)]
            };
            let end = start + Duration::days(i64::from(kind == MeetingKind::Workshop));
            let meeting = Meeting {
                key: format!("M{i:05}"),
                kind,
                title: format!("{} {:05} (example)", kind.label(), i),
                start_date: start,
                end_date: end,
                venue: if rng.chance(40) { "electronic".into() } else { ["Geneva", "New Delhi", "Nairobi", "Brasilia", "Cairo", "Bangkok", "Moscow"][rng.below(7)].into() },
                host: "TSB".into(),
                status: if rng.chance(70) { MeetingStatus::Reported } else { MeetingStatus::Held },
                report_ref: format!("DOC{}", 1 + rng.below(9)),
                report_date: Some(end),
                documents: 1 + rng.below(12) as i64,
                attendance_mode: if counts { AttendanceMode::Counts } else { AttendanceMode::Roster },
                communique: if kind == MeetingKind::CtoMeeting { "Executives agreed on priority topics for ITU-T.".into() } else { String::new() },
                communique_date: (kind == MeetingKind::CtoMeeting).then(|| end + Duration::days(3 + rng.below(40) as i64)),
                notes: String::new(),
            };
            save(tx, &meeting, writers.as_mut().map(|w| &mut w.meetings))?;
            meeting_dates.push((meeting.key.clone(), start, counts));
            if counts {
                for region in Region::ALL {
                    let participants = rng.below(15) as i64;
                    tx.create(&AttendanceCount { meeting: meeting.key.clone(), region: *region, participants, executives: 0 })?;
                }
            }
            if matches!(kind, MeetingKind::CtoMeeting | MeetingKind::CxoRoundtable) {
                for rank in 0..3 {
                    let topic = TOPICS[(i + rank * 5) % TOPICS.len()].to_string();
                    tx.create(&Priority { meeting: meeting.key.clone(), rank: rank as i64 + 1, topic })?;
                }
            }
            for a in 0..scale.actions_per_meeting {
                let due = end + Duration::days(30 + rng.below(180) as i64);
                let status = match rng.below(10) {
                    0..=5 => ActionStatus::Done,
                    6 => ActionStatus::Dropped,
                    7 => ActionStatus::InProgress,
                    _ => ActionStatus::Open,
                };
                let closed = status.is_closed().then(|| end + Duration::days(5 + rng.below(200) as i64));
                Action {
                    meeting: meeting.key.clone(),
                    text: format!("Follow-up action {} of meeting {i:05}", a + 1),
                    owner: ["TSB", "RG-IEM", "SG13", "SG17"][rng.below(4)].into(),
                    due_date: Some(due),
                    status,
                    closed_date: closed,
                }
                .save_in(tx)?;
                done.actions += 1;
            }
        }
        done.meetings = scale.meetings;

        // Rosters: distinct people per meeting, stepping through everyone with a stride
        // coprime to the number of people.
        let stride = (1..).map(|k| 7919 * k + 1).find(|s| gcd(*s, scale.people) == 1).unwrap_or(1);
        let per_meeting = scale.attendance / roster_meetings.max(1);
        let mut extra = scale.attendance - per_meeting * roster_meetings;
        for (key, _, counts) in &meeting_dates {
            if *counts {
                continue;
            }
            let size = (per_meeting + usize::from(extra > 0)).min(scale.people);
            extra = extra.saturating_sub(1);
            let start = rng.below(scale.people);
            for k in 0..size {
                let person = (start + k * stride) % scale.people;
                let status = match rng.below(100) {
                    0..=89 => AttendanceStatus::Attended,
                    90..=96 => AttendanceStatus::Registered,
                    _ => AttendanceStatus::Invited,
                };
                let row = Attendance {
                    meeting: key.clone(),
                    person: format!("Person {person:06} (example)"),
                    status,
                    executive: executive[person] && status == AttendanceStatus::Attended,
                };
                if let Some(w) = writers.as_mut() {
                    w.attendance.serialize(&row).map_err(csv_error)?;
                }
                if with_attendance {
                    row.save_in(tx)?;
                }
                done.attendance += 1;
            }
        }

        for (i, (code, pillar)) in [
            ("AP1.1", Pillar::RaisingAwareness), ("AP1.2", Pillar::AddingValue), ("AP1.3", Pillar::AddingValue),
            ("AP1.4", Pillar::AttractingMembers), ("AP1.5", Pillar::StrategicMapping), ("AP1.6", Pillar::AddingValue),
            ("AP1.7", Pillar::StrategicMapping), ("AP3", Pillar::StrategicMapping), ("AP4", Pillar::StrategicMapping),
            ("AP5", Pillar::RaisingAwareness),
        ]
        .iter()
        .enumerate()
        {
            ActionPlanItem { code: code.to_string(), pillar: *pillar, title: format!("Action-plan item {}", i + 1), status: PlanStatus::InProgress }
                .save_in(tx)?;
        }
        let metrics = crate::model::metrics::METRICS;
        for o in 0..scale.objectives {
            let metric = &metrics[o % metrics.len()];
            Objective {
                code: format!("O{:02}", o + 1),
                title: format!("Objective {} of the process (example)", o + 1),
                description: "A synthetic objective for measurements.".into(),
                source: "Resolution 68".into(),
                indicators: vec![Indicator { metric: metric.name.to_string(), comparison: Comparison::AtLeast, target: 1.0 }],
                rubric: Vec::new(),
                action_plan: vec![["AP1.1", "AP1.4", "AP5"][o % 3].to_string()],
            }
            .save_in(tx)?;
        }

        for c in 0..scale.contributions {
            let date = first_day + Duration::days(rng.below(days) as i64);
            let sources = (0..1 + rng.below(3)).map(|_| format!("Organization {:05} (example)", rng.below(scale.organizations))).collect::<Vec<_>>();
            let mut sources_unique = sources.clone();
            sources_unique.dedup();
            Contribution {
                symbol: format!("TSAG-C{c:05}"),
                title: format!("Contribution {c} on Resolution 68 (example)"),
                date,
                considered_at: format!("TSAG, {}", date.year()),
                is_base_document: false,
                reproduced_in: String::new(),
                sources: sources_unique,
            }
            .save_in(tx)?;
            done.contributions += 1;
            for seq in 1..=1 + rng.below(3) {
                Proposal {
                    contribution: format!("TSAG-C{c:05}"),
                    seq: seq as i64,
                    text: format!("Proposal {seq} of contribution {c}"),
                    disposition: [Disposition::Agreed, Disposition::Noted, Disposition::NotAgreed, Disposition::Pending][rng.below(4)],
                    objectives: vec![format!("O{:02}", 1 + rng.below(scale.objectives))],
                }
                .save_in(tx)?;
                done.proposals += 1;
            }
        }

        for r in 0..scale.reviewers {
            Reviewer { name: format!("Reviewer {r:03} (example)"), affiliation: String::new(), email: None }.save_in(tx)?;
        }
        let objectives: Vec<String> = (1..=scale.objectives).map(|o| format!("O{o:02}")).collect();
        let reviewers: Vec<String> = (0..scale.reviewers).map(|r| format!("Reviewer {r:03} (example)")).collect();
        for cycle in 0..scale.cycles {
            let from = NaiveDate::from_ymd_opt(first_day.year() + (cycle / 2) as i32, if cycle % 2 == 0 { 1 } else { 7 }, 1)
                .unwrap_or(first_day);
            let to = NaiveDate::from_ymd_opt(from.year(), if cycle % 2 == 0 { 6 } else { 12 }, if cycle % 2 == 0 { 30 } else { 31 })
                .unwrap_or(from);
            let name = format!("Review {} H{}", from.year(), 1 + cycle % 2);
            ReviewCycle {
                name: name.clone(),
                period_from: from,
                period_to: to,
                quorum: 3,
                status: CycleStatus::Open,
                objectives: objectives.clone(),
                reviewers: reviewers.clone(),
                signed_off_at: None,
                digest: None,
            }
            .save_in(tx)?;
            for (o, objective) in objectives.iter().enumerate() {
                let centre = (o % 5) as i64;
                for reviewer in &reviewers {
                    let level = (centre + rng.below(3) as i64 - 1).clamp(0, 4);
                    Score {
                        cycle: name.clone(),
                        reviewer: reviewer.clone(),
                        objective: objective.clone(),
                        level,
                        rationale: "Synthetic rationale.".into(),
                        evidence: Vec::new(),
                        source_package: None,
                        returned_at: None,
                        reviewer_key: None,
                    }
                    .save_in(tx)?;
                    done.scores += 1;
                }
            }
        }
        Ok(())
    })?;
    if let Some(mut w) = writers {
        w.flush()?;
    }
    Ok(done)
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::Render { what: "the CSV files", reason: e.to_string() }
}

/// Inserts a record and, when asked, writes it to its CSV file.
/// Saves a generated record through the transaction, validated like any other.
trait SaveIn {
    fn save_in(&self, tx: &Tx) -> Result<i64>;
}

impl<E: Entity> SaveIn for E {
    fn save_in(&self, tx: &Tx) -> Result<i64> {
        tx.create(self)
    }
}

fn save<E: Entity>(tx: &Tx, record: &E, csv: Option<&mut csv::Writer<std::fs::File>>) -> Result<()> {
    tx.create(record)?;
    if let Some(writer) = csv {
        writer.serialize(record).map_err(csv_error)?;
    }
    Ok(())
}

struct CsvFiles {
    organizations: csv::Writer<std::fs::File>,
    people: csv::Writer<std::fs::File>,
    meetings: csv::Writer<std::fs::File>,
    attendance: csv::Writer<std::fs::File>,
}

impl CsvFiles {
    fn create(dir: &Path) -> Result<Self> {
        let open = |name: &str| csv::Writer::from_path(dir.join(name)).map_err(csv_error);
        Ok(CsvFiles {
            organizations: open("organizations.csv")?,
            people: open("people.csv")?,
            meetings: open("meetings.csv")?,
            attendance: open("attendance.csv")?,
        })
    }

    fn flush(&mut self) -> Result<()> {
        for writer in [&mut self.organizations, &mut self.people, &mut self.meetings, &mut self.attendance] {
            writer.flush().map_err(|e| Error::io("CSV", e))?;
        }
        Ok(())
    }
}
