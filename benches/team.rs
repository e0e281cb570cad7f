//! A team database under load: the ten-year dataset in PostgreSQL, 20 clients at once doing
//! what a team does (form saves, roster rows added, the dashboard, lists, scores saved), each
//! operation's p50 and p95 beside the same operations on the SQLite file with one user,
//! measured in the same run. Every write is counted, and checked afterwards: none may be lost.
//!
//!   cargo bench --bench team          (docs/performance.md, "A team database")
//!
//! The server is the one named by CXO_REVIEW_TEST_SERVER (a superuser URL), or a throwaway one
//! started and stopped by scripts/postgres.sh. TEAM_BENCH_YEARS (default 10y), TEAM_BENCH_CLIENTS
//! (20) and TEAM_BENCH_OPERATIONS (operations per client, 60) change the load.

use std::collections::HashMap;
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cxo_review::app::{MeetingQuery, Opening, RecordKind, Scale, Session};
use cxo_review::model::{Attendance, AttendanceMode, AttendanceStatus, Category, Meeting, Organization, Person, Role, Score};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Operation {
    FormSave,
    RosterRow,
    Dashboard,
    List,
    ScoreSave,
}

const OPERATIONS: [(Operation, &str, u32, Option<Duration>); 5] = [
    (Operation::FormSave, "form save (a meeting)", 30, Some(Duration::from_millis(100))),
    (Operation::RosterRow, "roster row added", 20, None),
    (Operation::Dashboard, "dashboard", 15, Some(Duration::from_millis(200))),
    (Operation::List, "meetings list (100)", 25, None),
    (Operation::ScoreSave, "score saved", 10, None),
];

/// A small deterministic generator, so that every run does the same mix.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }

    fn operation(&mut self) -> Operation {
        let total: u32 = OPERATIONS.iter().map(|o| o.2).sum();
        let mut pick = self.next(u64::from(total)) as u32;
        for (operation, _, weight, _) in OPERATIONS {
            if pick < weight {
                return operation;
            }
            pick -= weight;
        }
        Operation::List
    }
}

/// What one client may touch without stepping on another: its own meetings to edit, its own
/// people to add to rosters, its own scores.
struct Share {
    meetings: Vec<i64>,
    people: Vec<String>,
    scores: Vec<(i64, Score)>,
}

/// What the clients wrote, to be found again afterwards.
#[derive(Default)]
struct Written {
    venues: HashMap<i64, String>,
    roster_rows: usize,
    people: Vec<String>,
    levels: HashMap<i64, i64>,
}

struct Outcome {
    timings: HashMap<Operation, Vec<Duration>>,
    errors: Vec<String>,
    written: Written,
}

fn run_client(session: &mut Session, share: &Share, roster_meetings: &[String], operations: usize, seed: u64, tag: &str) -> Outcome {
    let mut random = Lcg(seed);
    let mut outcome = Outcome { timings: HashMap::new(), errors: Vec::new(), written: Written::default() };
    let today = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let mut next_person = 0;
    for step in 0..operations {
        let operation = random.operation();
        let started = Instant::now();
        let result: Result<(), cxo_review::Error> = match operation {
            Operation::FormSave => {
                let id = share.meetings[random.next(share.meetings.len() as u64) as usize];
                let venue = format!("Venue {tag}-{step} (example)");
                session.record(RecordKind::Meetings, id).and_then(|mut form| {
                    form["venue"] = venue.clone().into();
                    session.update_record(RecordKind::Meetings, id, form)?;
                    outcome.written.venues.insert(id, venue);
                    Ok(())
                })
            }
            Operation::RosterRow if next_person < share.people.len() => {
                let person = share.people[next_person].clone();
                next_person += 1;
                let meeting = roster_meetings[random.next(roster_meetings.len() as u64) as usize].clone();
                let row = Attendance { meeting, person: person.clone(), status: AttendanceStatus::Attended, executive: false };
                session.create(&row).map(|_| {
                    outcome.written.roster_rows += 1;
                    outcome.written.people.push(person);
                })
            }
            Operation::RosterRow => Ok(()),
            Operation::Dashboard => session.dashboard(today).map(|_| ()),
            Operation::List => session
                .meetings(&MeetingQuery { limit: Some(100), offset: Some(random.next(50) as i64 * 100), ..Default::default() })
                .map(|_| ()),
            Operation::ScoreSave => {
                let (id, score) = &share.scores[random.next(share.scores.len() as u64) as usize];
                let mut score = score.clone();
                score.level = (score.level + 1 + random.next(2) as i64) % 5;
                score.rationale = format!("Rationale {tag}-{step} (example)");
                session.save_score(Some(*id), &score).map(|_| {
                    outcome.written.levels.insert(*id, score.level);
                })
            }
        };
        outcome.timings.entry(operation).or_default().push(started.elapsed());
        if let Err(error) = result {
            outcome.errors.push(format!("{operation:?}: {error}"));
        }
    }
    outcome
}

/// The clients at once, each on its own connection to `url`, each doing its share.
fn run_clients(url: &str, shares: &[Share], roster_meetings: &[String], operations: usize, seed: u64) -> (Vec<Outcome>, Duration) {
    let outcomes = Mutex::new(Vec::new());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for (c, share) in shares.iter().enumerate() {
            let outcomes = &outcomes;
            scope.spawn(move || {
                let mut session = Session::open_server(url, None, Opening::Existing).expect("client connects");
                let outcome = run_client(&mut session, share, roster_meetings, operations, seed + c as u64, &format!("{seed}-{c}"));
                outcomes.lock().unwrap().push(outcome);
            });
        }
    });
    (outcomes.into_inner().unwrap(), started.elapsed())
}

fn percentile(times: &mut [Duration], p: f64) -> Duration {
    if times.is_empty() {
        return Duration::ZERO;
    }
    times.sort();
    let rank = ((p * times.len() as f64).ceil() as usize).clamp(1, times.len());
    times[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// A superuser URL: the server named in the environment, or a throwaway one (and how to stop it).
fn server() -> (String, Option<&'static str>) {
    if let Ok(url) = std::env::var("CXO_REVIEW_TEST_SERVER") {
        return (url, None);
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let output = Command::new("bash").arg(format!("{root}/scripts/postgres.sh")).arg("start").output().expect("scripts/postgres.sh");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    (String::from_utf8(output.stdout).unwrap().trim().to_string(), Some("stop"))
}

fn main() {
    let years = std::env::var("TEAM_BENCH_YEARS").unwrap_or_else(|_| "10y".into());
    let clients: usize = std::env::var("TEAM_BENCH_CLIENTS").ok().and_then(|c| c.parse().ok()).unwrap_or(20);
    let operations: usize = std::env::var("TEAM_BENCH_OPERATIONS").ok().and_then(|c| c.parse().ok()).unwrap_or(60);
    let (superuser, stop) = server();
    let base = superuser.rsplit_once('/').expect("a URL with a database").0.to_string();
    let name = format!("team_bench_{}", std::process::id());
    let mut admin = postgres::Client::connect(&superuser, postgres::NoTls).expect("the server");
    admin.batch_execute(&format!("CREATE DATABASE {name}")).expect("a database for the benchmark");
    let url = format!("{base}/{name}");

    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("team.sqlite");
    let started = Instant::now();
    let mut local = Session::open(&file, Opening::New).expect("file");
    let generated = local.generate(Scale::parse(&years).expect("TEAM_BENCH_YEARS"), 68, None).expect("dataset");
    println!(
        "CxO Review as a team: {years} dataset ({} meetings, {} attendance rows, {} scores) generated in {:.1} s",
        generated.meetings,
        generated.attendance,
        generated.scores,
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let copied = local.copy_to(&mut Session::open_server(&url, None, Opening::CreateIfMissing).expect("server")).expect("copy");
    println!("copied into PostgreSQL in {:.1} s ({} records, checked byte for byte)", started.elapsed().as_secs_f64(), copied.records);

    // Each client's share, and its own people to add to rosters (set up before the clock runs).
    let meetings = local.list::<Meeting>().expect("meetings");
    let roster_meetings: Vec<String> =
        meetings.iter().filter(|m| m.data.attendance_mode == AttendanceMode::Roster).map(|m| m.data.key.clone()).collect();
    let scores = local.list::<Score>().expect("scores");
    let cycles = local.list::<cxo_review::model::ReviewCycle>().expect("cycles");
    let open: Vec<&str> =
        cycles.iter().filter(|c| c.data.status == cxo_review::model::CycleStatus::Open).map(|c| c.data.name.as_str()).collect();
    let mut setup = Session::open_server(&url, None, Opening::Existing).expect("server");
    setup.create(&Organization { name: "Benchmark (example)".into(), category: Category::Academia, country: Some("CH".into()) }).expect("organization");
    let shares: Vec<Share> = (0..clients)
        .map(|c| {
            let people: Vec<String> = (0..operations).map(|k| format!("Bench {c}-{k} (example)")).collect();
            Share {
                meetings: meetings.iter().map(|m| m.id).filter(|id| *id as usize % clients == c).take(200).collect(),
                people,
                scores: scores
                    .iter()
                    .filter(|s| open.contains(&s.data.cycle.as_str()) && s.id as usize % clients == c)
                    .take(200)
                    .map(|s| (s.id, s.data.clone()))
                    .collect(),
            }
        })
        .collect();
    for share in &shares {
        for person in &share.people {
            setup.create(&Person { name: person.clone(), role: Role::Expert, title: String::new(), organization: "Benchmark (example)".into(), email: None, phone: None }).expect("person");
        }
    }
    let local_share = Share {
        meetings: meetings.iter().map(|m| m.id).take(200).collect(),
        people: (0..operations * 4).map(|k| format!("Bench local-{k} (example)")).collect(),
        scores: scores.iter().filter(|s| open.contains(&s.data.cycle.as_str())).take(200).map(|s| (s.id, s.data.clone())).collect(),
    };
    local.create(&Organization { name: "Benchmark (example)".into(), category: Category::Academia, country: Some("CH".into()) }).expect("organization");
    for person in &local_share.people {
        local.create(&Person { name: person.clone(), role: Role::Expert, title: String::new(), organization: "Benchmark (example)".into(), email: None, phone: None }).expect("person");
    }

    // SQLite, one user: the baseline, measured in this run.
    let baseline = run_client(&mut local, &local_share, &roster_meetings, operations * 4, 7, "local");

    // PostgreSQL, the clients at once, each on its own connection.
    let (outcomes, wall) = run_clients(&url, &shares, &roster_meetings, operations, 1000);

    // Every write found again.
    let check = Session::open_server(&url, None, Opening::Existing).expect("server");
    let mut lost = Vec::new();
    let mut writes = 0;
    for outcome in &outcomes {
        for (id, venue) in &outcome.written.venues {
            writes += 1;
            let stored = check.record(RecordKind::Meetings, *id).expect("meeting");
            if stored["venue"] != venue.as_str() {
                lost.push(format!("meeting #{id}: venue {} instead of {venue}", stored["venue"]));
            }
        }
        for (id, level) in &outcome.written.levels {
            writes += 1;
            let stored = check.get::<Score>(*id).expect("score");
            if stored.data.level != *level {
                lost.push(format!("score #{id}: level {} instead of {level}", stored.data.level));
            }
        }
        writes += outcome.written.roster_rows;
    }
    let added: std::collections::HashSet<String> = outcomes.iter().flat_map(|o| o.written.people.iter().cloned()).collect();
    let found = check.list::<Attendance>().expect("attendance").into_iter().filter(|a| added.contains(&a.data.person)).count();
    if found != added.len() {
        lost.push(format!("{} roster rows saved, {found} found", added.len()));
    }
    let errors: Vec<&String> = outcomes.iter().flat_map(|o| o.errors.iter()).collect();

    println!(
        "\n{clients} clients × {operations} operations on PostgreSQL in {:.1} s; SQLite: one user, {} operations\n",
        wall.as_secs_f64(),
        operations * 4
    );
    println!(
        "{:<24} {:>6} {:>10} {:>10}   {:>6} {:>10} {:>10}   {:<22} met",
        "operation", "n", "p50", "p95", "n", "p50", "p95", "target (p95, 20 clients)"
    );
    println!("{:<24} {:^28}   {:^28}", "", "PostgreSQL, all clients", "SQLite, one user");
    let mut all_met = true;
    for (operation, label, _, target) in OPERATIONS {
        let mut team: Vec<Duration> = outcomes.iter().flat_map(|o| o.timings.get(&operation).cloned().unwrap_or_default()).collect();
        let mut alone = baseline.timings.get(&operation).cloned().unwrap_or_default();
        let p95 = percentile(&mut team, 0.95);
        let met = target.is_none_or(|t| p95 <= t);
        all_met &= met;
        println!(
            "{:<24} {:>6} {:>10} {:>10}   {:>6} {:>10} {:>10}   {:<22} {}",
            label,
            team.len(),
            ms(percentile(&mut team, 0.5)),
            ms(p95),
            alone.len(),
            ms(percentile(&mut alone, 0.5)),
            ms(percentile(&mut alone, 0.95)),
            target.map(|t| format!("under {}", ms(t))).unwrap_or_else(|| "–".into()),
            if target.is_none() { "–" } else if met { "yes" } else { "NO" }
        );
    }
    println!("\nerrors: {} (SQLite: {}); writes checked: {writes}; lost writes: {}", errors.len(), baseline.errors.len(), lost.len());
    for line in errors.iter().take(5) {
        println!("  error: {line}");
    }
    for line in lost.iter().take(5) {
        println!("  lost: {line}");
    }
    println!("targets {}", if all_met && errors.is_empty() && lost.is_empty() { "met" } else { "NOT met" });

    // The same load again on the same database with its history triggers dropped: what the
    // server's history costs each operation (each client adds people of its own again).
    {
        let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("the server");
        let tables: Vec<String> = admin
            .query("SELECT event_object_table::text FROM information_schema.triggers WHERE trigger_name = 'history' GROUP BY 1", &[])
            .expect("history triggers")
            .iter()
            .map(|row| row.get(0))
            .collect();
        for table in &tables {
            admin.batch_execute(&format!("DROP TRIGGER history ON public.{table}")).expect("drop");
        }
    }
    let again: Vec<Share> = shares
        .iter()
        .enumerate()
        .map(|(c, share)| Share {
            meetings: share.meetings.clone(),
            people: (0..operations).map(|k| format!("Bench again {c}-{k} (example)")).collect(),
            scores: share.scores.clone(),
        })
        .collect();
    for share in &again {
        for person in &share.people {
            setup.create(&Person { name: person.clone(), role: Role::Expert, title: String::new(), organization: "Benchmark (example)".into(), email: None, phone: None }).expect("person");
        }
    }
    let (without, _) = run_clients(&url, &again, &roster_meetings, operations, 5000);
    println!("
the same load without the server's history (its triggers dropped), in the same run:");
    println!("{:<24} {:>10} {:>10}   {:>10} {:>10}   {:>7}", "operation", "p50", "p95", "p50", "p95", "p95 ×");
    println!("{:<24} {:^21}   {:^21}", "", "with history", "without");
    for (operation, label, _, _) in OPERATIONS {
        let mut with: Vec<Duration> = outcomes.iter().flat_map(|o| o.timings.get(&operation).cloned().unwrap_or_default()).collect();
        let mut bare: Vec<Duration> = without.iter().flat_map(|o| o.timings.get(&operation).cloned().unwrap_or_default()).collect();
        let (p95_with, p95_bare) = (percentile(&mut with, 0.95), percentile(&mut bare, 0.95));
        println!(
            "{:<24} {:>10} {:>10}   {:>10} {:>10}   {:>7.2}",
            label,
            ms(percentile(&mut with, 0.5)),
            ms(p95_with),
            ms(percentile(&mut bare, 0.5)),
            ms(p95_bare),
            p95_with.as_secs_f64() / p95_bare.as_secs_f64().max(1e-9)
        );
    }

    drop(check);
    drop(setup);
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).ok();
    if let Some(stop) = stop {
        Command::new("bash").arg(format!("{}/scripts/postgres.sh", env!("CARGO_MANIFEST_DIR"))).arg(stop).status().ok();
    }
}
