//! Speed of bringing in a spreadsheet: a 5,000-row registration list (French headers, names
//! spelled as registration lists spell them: capitals, last name first, a fifth of them new
//! people) planned against the ten-year dataset's directory, then imported as a meeting's
//! roster. Beside each figure, a baseline measured in the same run: reading the same list and
//! the same directory without matching anything.
//!
//!   cargo bench --bench sheets          (docs/import-sheets.md has the figures)
//!
//! Targets: the plan in < 1 s, the import in < 2 s.

use std::time::{Duration, Instant};

use cxo_review::app::{Opening, Scale, Session, SheetImport};
use cxo_review::model::{Meeting, Organization, Person};

const ROWS: usize = 5_000;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn timed<T>(work: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let out = work();
    (start.elapsed(), out)
}

fn main() {
    let runs: usize = std::env::var("PERF_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ten-years.sqlite");
    let started = Instant::now();
    {
        let mut store = Session::open(&db, Opening::New).expect("create");
        store.generate_without_rosters(Scale::parse("10y").expect("scale"), 68).expect("generate");
    }
    let session = Session::open(&db, Opening::Existing).expect("open");
    let people = session.list::<Person>().expect("people");
    let organizations = session.list::<Organization>().expect("organizations");
    let meeting = session
        .list::<Meeting>()
        .expect("meetings")
        .into_iter()
        .find(|m| m.data.attendance_mode == cxo_review::model::AttendanceMode::Roster)
        .expect("a meeting with a roster")
        .data
        .key;
    println!("CxO Review: bringing in a spreadsheet, {runs} runs per measurement");
    println!(
        "the ten-year directory: {} organizations, {} people (made in {:.1} s); the list: {ROWS} rows, to meeting {meeting}",
        organizations.len(),
        people.len(),
        started.elapsed().as_secs_f64()
    );

    // The list: four in five rows people of the directory, spelled otherwise; the rest new.
    let mut text = String::from("Nom;Prénom;Organisation;Pays;Fonction;Courriel;Participation\n");
    for i in 0..ROWS {
        if i % 5 == 4 {
            text.push_str(&format!("NOUVEAU{i};Personne;Organisation nouvelle {};FR;Ingénieur;;Présent\n", i % 97));
        } else {
            let person = &people[(i * 7919) % people.len()].data;
            let mut words: Vec<&str> = person.name.split(' ').collect();
            let last = words.pop().unwrap_or_default().to_uppercase();
            text.push_str(&format!("{last};{};{};;{};;Présent\n", words.join(" "), person.organization.to_uppercase(), person.title));
        }
    }
    let bytes = text.into_bytes();
    let options = SheetImport { meeting: Some(meeting.clone()), accept_review: true, ..SheetImport::default() };

    let plan_times: Vec<Duration> = (0..runs)
        .map(|_| timed(|| session.plan_sheet(&bytes, "list.csv", &options).expect("plan")).0)
        .collect();
    let plan = session.plan_sheet(&bytes, "list.csv", &options).expect("plan");
    let baseline_times: Vec<Duration> = (0..runs)
        .map(|_| {
            timed(|| {
                let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(bytes.as_slice());
                let rows = reader.records().filter_map(Result::ok).count();
                let known = session.list::<Person>().expect("people").len() + session.list::<Organization>().expect("organizations").len();
                (rows, known)
            })
            .0
        })
        .collect();
    drop(session);

    // The import, each run on a fresh copy of the database.
    let import_times: Vec<Duration> = (0..runs.min(3))
        .map(|run| {
            let copy = dir.path().join(format!("copy-{run}.sqlite"));
            std::fs::copy(&db, &copy).expect("copy");
            let mut session = Session::open(&copy, Opening::Existing).expect("open copy");
            timed(|| session.import_sheet(&bytes, "list.csv", &options).expect("import")).0
        })
        .collect();

    let count = |band: &str| plan.people.iter().filter(|p| serde_json::to_value(p.band).ok().and_then(|v| v.as_str().map(str::to_string)).as_deref() == Some(band)).count();
    println!(
        "the plan: {} people ({} auto, {} review, {} new), {} organizations; creates {:?}",
        plan.people.len(),
        count("auto"),
        count("review"),
        count("new"),
        plan.organizations.len(),
        plan.create
    );
    let (plan_time, baseline, import_time) = (median(plan_times), median(baseline_times), median(import_times));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("\n{:<52} {:>10} {:>12} {:>8}  {:<8} met", "measurement", "median", "baseline", "ratio", "target");
    println!(
        "{:<52} {:>7.1} ms {:>9.1} ms {:>7.1}×  {:<8} {}",
        "plan a 5,000-row list against the directory",
        ms(plan_time),
        ms(baseline),
        plan_time.as_secs_f64() / baseline.as_secs_f64(),
        "< 1 s",
        if plan_time < Duration::from_secs(1) { "yes" } else { "NO" }
    );
    println!(
        "{:<52} {:>7.1} ms {:>12} {:>8}  {:<8} {}",
        "import it as the meeting's roster (plan and commit)",
        ms(import_time),
        "–",
        "–",
        "< 2 s",
        if import_time < Duration::from_secs(2) { "yes" } else { "NO" }
    );
    println!("\nBaseline: the same list read by the csv crate and the same directory read, nothing matched.");
}
