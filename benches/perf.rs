//! Performance of CxO Review on a ten-year synthetic dataset, each figure beside a baseline
//! measured in the same run: hand-written SQL through raw rusqlite, or the sqlite3 shell.
//!
//!   cargo bench --bench perf            (docs/performance.md explains the figures)
//!
//! Set PERF_RUNS to change the number of runs per measurement (default 7).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use cxo_review::app::{DocumentOptions, ImportKind, MeetingQuery, Opening, Scale, Session, SummaryFormat};
use cxo_review::i18n::Language;
use cxo_review::model::{Attendance, AttendanceStatus, Kind};
use rusqlite::{params, Connection};

/// Median and range of repeated timings.
#[derive(Clone)]
struct Timing {
    median: Duration,
    min: Duration,
    max: Duration,
}

fn measure(runs: usize, mut work: impl FnMut()) -> Timing {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    Timing { median: times[times.len() / 2], min: times[0], max: times[times.len() - 1] }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

struct Row {
    name: &'static str,
    ours: Timing,
    baseline: Option<(&'static str, Timing)>,
    target: &'static str,
    met: bool,
}

fn print_rows(rows: &[Row]) {
    println!(
        "\n{:<44} {:>11} {:>23} {:>11} {:>7}  {:<28} met",
        "measurement", "median", "spread (min–max)", "baseline", "ratio", "target"
    );
    for row in rows {
        let (baseline, ratio) = match &row.baseline {
            Some((_, b)) => (ms(b.median), format!("{:.2}×", row.ours.median.as_secs_f64() / b.median.as_secs_f64())),
            None => ("–".into(), "–".into()),
        };
        println!(
            "{:<44} {:>11} {:>23} {:>11} {:>7}  {:<28} {}",
            row.name,
            ms(row.ours.median),
            format!("{}–{}", ms(row.ours.min), ms(row.ours.max)),
            baseline,
            ratio,
            row.target,
            if row.met { "yes" } else { "NO" }
        );
    }
    println!("\nBaselines:");
    for row in rows {
        if let Some((what, _)) = &row.baseline {
            println!("  {:<42} {}", row.name, what);
        }
    }
}

fn ratio_within(row_ours: &Timing, baseline: &Timing, max_ratio: f64) -> bool {
    row_ours.median.as_secs_f64() <= max_ratio * baseline.median.as_secs_f64()
}

/// Reads each meeting's labels and report, as the statistics table shows them.
fn meeting_columns(conn: &Connection, from: NaiveDate, to: NaiveDate) -> usize {
    conn.prepare_cached(
        "SELECT id, key, title, start_date, documents, report_ref, report_date FROM meeting
         WHERE start_date BETWEEN ?1 AND ?2 ORDER BY start_date",
    )
    .unwrap()
    .query_map(params![from, to], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, NaiveDate>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<NaiveDate>>(6)?,
        ))
    })
    .unwrap()
    .count()
}

/// Hand-written Annex B figures for one year: per meeting and region.
fn raw_stats(conn: &Connection, from: NaiveDate, to: NaiveDate) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT a.meeting_id, CASE WHEN o.category = 'secretariat' THEN 'TSB' ELSE c.region_code END, count(*)
             FROM meeting m JOIN attendance a ON a.meeting_id = m.id JOIN person p ON p.id = a.person_id
             JOIN organization o ON o.id = p.organization_id LEFT JOIN country c ON c.code = o.country
             WHERE m.attendance_mode = 'roster' AND a.status = 'attended' AND m.start_date BETWEEN ?1 AND ?2
             GROUP BY 1, 2
             UNION ALL
             SELECT n.meeting_id, n.region_code, n.participants FROM meeting m JOIN attendance_count n ON n.meeting_id = m.id
             WHERE m.attendance_mode = 'counts' AND m.start_date BETWEEN ?1 AND ?2",
        )
        .unwrap();
    let cells = stmt.query_map(params![from, to], |r| r.get::<_, i64>(2)).unwrap().count();
    cells + meeting_columns(conn, from, to)
}

/// Hand-written Annex B figures for one year from the aggregates the core keeps (meeting_tally).
fn raw_stats_from_tally(conn: &Connection, from: NaiveDate, to: NaiveDate) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT t.meeting_id, t.region_code, t.participants FROM meeting m JOIN meeting_tally t ON t.meeting_id = m.id
             WHERE m.attendance_mode = 'roster' AND m.start_date BETWEEN ?1 AND ?2
             UNION ALL
             SELECT n.meeting_id, n.region_code, n.participants FROM meeting m JOIN attendance_count n ON n.meeting_id = m.id
             WHERE m.attendance_mode = 'counts' AND m.start_date BETWEEN ?1 AND ?2",
        )
        .unwrap();
    let cells = stmt.query_map(params![from, to], |r| r.get::<_, i64>(2)).unwrap().count();
    cells + meeting_columns(conn, from, to)
}

/// The dashboard by hand-written SQL over the aggregates the core keeps: the yearly tally, the
/// kept counts, the organizations' debuts, and the open actions' index for the overdue ones.
fn raw_dashboard_kept(conn: &Connection, today: NaiveDate) {
    for sql in [
        "SELECT figure, year, sum(n) FROM kept_count GROUP BY figure, year",
        "SELECT year, region_code, participants, executives FROM year_tally",
        "SELECT substr(d.first_meeting, 1, 4), count(*) FROM organization_debut d JOIN organization o ON o.id = d.organization_id
         WHERE o.category <> 'secretariat' GROUP BY 1",
    ] {
        let mut stmt = conn.prepare_cached(sql).unwrap();
        let _ = stmt.query_map([], |r| r.get::<_, rusqlite::types::Value>(0)).unwrap().count();
    }
    let _: i64 = conn
        .query_row("SELECT count(*) FROM action WHERE status IN ('open', 'in_progress') AND due_date < ?1", params![today], |r| r.get(0))
        .unwrap();
    raw_most_overdue(conn, today);
}

/// The five most overdue open actions, by hand-written SQL.
fn raw_most_overdue(conn: &Connection, today: NaiveDate) {
    let mut stmt = conn
        .prepare_cached(
            "SELECT x.id FROM action x JOIN meeting m ON m.id = x.meeting_id WHERE x.status IN ('open', 'in_progress') AND x.due_date < ?1
             ORDER BY x.due_date, x.id LIMIT 5",
        )
        .unwrap();
    let _ = stmt.query_map(params![today], |r| r.get::<_, i64>(0)).unwrap().count();
}

/// Hand-written dashboard aggregates.
fn raw_dashboard(conn: &Connection, today: NaiveDate) {
    for sql in [
        "SELECT strftime('%Y', start_date), count(*) FROM meeting WHERE status <> 'planned' GROUP BY 1",
        "SELECT strftime('%Y', m.start_date), CASE WHEN o.category = 'secretariat' THEN 'TSB' ELSE c.region_code END, count(*), sum(a.executive)
         FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.person_id
         JOIN organization o ON o.id = p.organization_id LEFT JOIN country c ON c.code = o.country
         WHERE a.status = 'attended' AND m.attendance_mode = 'roster' GROUP BY 1, 2
         UNION ALL SELECT strftime('%Y', m.start_date), n.region_code, sum(n.participants), sum(n.executives)
         FROM attendance_count n JOIN meeting m ON m.id = n.meeting_id WHERE m.attendance_mode = 'counts' GROUP BY 1, 2",
        "SELECT y, count(*) FROM (SELECT p.organization_id, min(strftime('%Y', m.start_date)) AS y FROM attendance a
         JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.person_id JOIN organization o ON o.id = p.organization_id
         WHERE a.status = 'attended' AND o.category <> 'secretariat' GROUP BY 1) GROUP BY y",
    ] {
        let mut stmt = conn.prepare_cached(sql).unwrap();
        let _ = stmt.query_map([], |r| r.get::<_, Option<String>>(0)).unwrap().count();
    }
    raw_dashboard_counts(conn, today);
}

/// The dashboard's counts and most overdue actions, by hand-written SQL.
fn raw_dashboard_counts(conn: &Connection, today: NaiveDate) {
    let _: (i64, i64, i64, i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM meeting WHERE status <> 'planned'), (SELECT count(*) FROM meeting WHERE status = 'planned'),
                    (SELECT count(*) FROM action WHERE status IN ('open', 'in_progress')),
                    (SELECT count(*) FROM action WHERE status IN ('open', 'in_progress') AND due_date < ?1),
                    (SELECT count(*) FROM contribution WHERE NOT is_base_document), (SELECT count(*) FROM proposal WHERE disposition = 'pending')",
            params![today],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .unwrap();
    raw_most_overdue(conn, today);
}

/// Peak resident memory (VmHWM) of a command, sampled from /proc while it runs.
fn peak_memory_mib(mut command: Command) -> (f64, Duration) {
    let start = Instant::now();
    let mut child = command.stdout(Stdio::null()).stderr(Stdio::inherit()).spawn().expect("run the CLI");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0u64;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            if let Some(line) = text.lines().find(|l| l.starts_with("VmHWM:")) {
                let kib: u64 = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
                peak_kib = peak_kib.max(kib);
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            assert!(status.success(), "the CLI failed");
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    (peak_kib as f64 / 1024.0, start.elapsed())
}

fn cli() -> PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("release").join("cxo-review")
}

fn main() {
    let runs: usize = std::env::var("PERF_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(7);
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ten-years.sqlite");
    let base = dir.path().join("without-attendance.sqlite");
    let csv = dir.path().join("csv");
    let scale = Scale::parse("10y").expect("scale");

    println!("CxO Review performance, {} runs per measurement", runs);
    println!("machine: {} cores, {}", std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1), cpu_model());
    let started = Instant::now();
    let mut store = Session::open(&db, Opening::New).expect("create");
    let generated = store.generate(scale, 68, Some(&csv)).expect("generate");
    println!(
        "generated the ten-year dataset in {:.1} s: {} meetings, {} attendance rows, {} contributions, {} proposals, {} scores",
        started.elapsed().as_secs_f64(),
        generated.meetings,
        generated.attendance,
        generated.contributions,
        generated.proposals,
        generated.scores
    );
    {
        let mut base_store = Session::open(&base, Opening::New).expect("create");
        base_store.generate_without_rosters(scale, 68).expect("generate without attendance");
    }
    let raw = Connection::open(&db).expect("raw connection");
    let mut rows = Vec::new();

    // Annex B statistics, one table per year over ten years.
    let years: Vec<(NaiveDate, NaiveDate)> = (2016..=2025)
        .map(|y| (NaiveDate::from_ymd_opt(y, 1, 1).unwrap(), NaiveDate::from_ymd_opt(y, 12, 31).unwrap()))
        .collect();
    let ours = measure(runs, || {
        for (from, to) in &years {
            store.statistics(Some(*from), Some(*to)).expect("stats");
        }
    });
    let baseline = measure(runs, || {
        for (from, to) in &years {
            raw_stats(&raw, *from, *to);
        }
    });
    let from_tally = measure(runs, || {
        for (from, to) in &years {
            raw_stats_from_tally(&raw, *from, *to);
        }
    });
    let per_year = ours.median / 10;
    rows.push(Row {
        name: "Annex B statistics, 10 years (one per year)",
        met: ratio_within(&ours, &baseline, 1.5) && per_year < Duration::from_millis(50),
        target: "≤ 1.5× SQL, < 50 ms per table",
        ours: ours.clone(),
        baseline: Some(("the same figures by hand-written SQL over the attendance rows", baseline)),
    });
    rows.push(Row {
        name: "  the same, against SQL over the kept tally",
        met: ratio_within(&ours, &from_tally, 1.5) && per_year < Duration::from_millis(50),
        target: "≤ 1.5× SQL, < 50 ms per table",
        ours,
        baseline: Some(("hand-written SQL over meeting_tally, the aggregates the core keeps", from_tally)),
    });

    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let ours = measure(runs, || {
        store.dashboard(today).expect("dashboard");
    });
    let baseline = measure(runs, || raw_dashboard(&raw, today));
    let from_tally = measure(runs, || raw_dashboard_kept(&raw, today));
    rows.push(Row {
        name: "dashboard aggregates",
        met: ratio_within(&ours, &baseline, 2.0) && ours.median < Duration::from_millis(100),
        target: "≤ 2× SQL, < 100 ms",
        ours: ours.clone(),
        baseline: Some(("the same aggregates by hand-written SQL over the attendance rows", baseline)),
    });
    rows.push(Row {
        name: "  the same, against SQL over the kept tally",
        met: ratio_within(&ours, &from_tally, 2.0) && ours.median < Duration::from_millis(100),
        target: "≤ 2× SQL, < 100 ms",
        ours,
        baseline: Some(("hand-written SQL over the kept tally, counts and debuts", from_tally)),
    });

    let query = MeetingQuery { search: Some("workshop 01".into()), limit: Some(50), ..MeetingQuery::default() };
    let ours = measure(runs, || {
        store.meetings(&query).expect("meetings");
    });
    let baseline = measure(runs, || {
        let mut stmt = raw
            .prepare_cached("SELECT id, key, title FROM meeting WHERE title LIKE '%workshop 01%' ORDER BY start_date DESC LIMIT 50")
            .unwrap();
        let _ = stmt.query_map([], |r| r.get::<_, i64>(0)).unwrap().count();
    });
    rows.push(Row {
        name: "meetings list, first page, search filter",
        met: ours.median < Duration::from_millis(100),
        target: "< 100 ms",
        ours,
        baseline: Some(("id, key, title by hand-written SQL (no counts)", baseline)),
    });

    // One roster row saved and removed as the app does it: validation, the write, and the
    // aggregates of its meeting and organization brought up to date before each commit.
    let (meeting, people): (String, Vec<String>) = {
        let meeting: String = raw
            .query_row("SELECT key FROM meeting WHERE attendance_mode = 'roster' ORDER BY start_date DESC LIMIT 1", [], |r| r.get(0))
            .unwrap();
        let mut stmt = raw
            .prepare(
                "SELECT name FROM person WHERE id NOT IN
                     (SELECT person_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.key = ?1)
                 ORDER BY id LIMIT ?2",
            )
            .unwrap();
        let people = stmt.query_map(params![meeting, runs as i64], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
        (meeting, people)
    };
    let mut next = people.iter().cycle();
    let ours = measure(runs, || {
        let row = Attendance {
            meeting: meeting.clone(),
            person: next.next().expect("a person").clone(),
            status: AttendanceStatus::Attended,
            executive: true,
        };
        let id = store.create(&row).expect("save a roster row");
        store.delete::<Attendance>(id).expect("remove it");
    });
    rows.push(Row {
        name: "save and remove one roster row",
        met: ours.median < Duration::from_millis(100),
        target: "< 100 ms (a form's save)",
        ours,
        baseline: None,
    });

    // Importing the 500,000 attendance rows with full validation, against sqlite3 .import.
    let attendance_csv = csv.join("attendance.csv");
    let import_runs = runs.min(3);
    let ours = measure(import_runs, || {
        let copy = dir.path().join("import.sqlite");
        let _ = std::fs::remove_file(&copy);
        std::fs::copy(&base, &copy).expect("copy");
        let mut target = Session::open(&copy, Opening::Existing).expect("open");
        let saved = target.import(ImportKind::One(Kind::Attendance), &attendance_csv).expect("import");
        assert_eq!(saved, generated.attendance);
    });
    let baseline = measure(import_runs, || {
        let bare = dir.path().join("bare.sqlite");
        let _ = std::fs::remove_file(&bare);
        let status = Command::new("sqlite3")
            .arg(&bare)
            .arg("CREATE TABLE bare (meeting TEXT, person TEXT, status TEXT, executive TEXT);")
            .arg(format!(".import --csv --skip 1 {} bare", attendance_csv.display()))
            .status()
            .expect("sqlite3 (apt-get install sqlite3)");
        assert!(status.success());
    });
    // The same import into the same file with its history triggers dropped: what recording
    // every row in the history costs.
    let without_history = measure(import_runs, || {
        let copy = dir.path().join("import-no-history.sqlite");
        let _ = std::fs::remove_file(&copy);
        std::fs::copy(&base, &copy).expect("copy");
        {
            let conn = Connection::open(&copy).expect("open");
            let names: Vec<String> = conn
                .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'history%'")
                .expect("triggers")
                .query_map([], |r| r.get(0))
                .expect("triggers")
                .map(|name| name.expect("name"))
                .collect();
            for name in names {
                conn.execute_batch(&format!("DROP TRIGGER \"{name}\"")).expect("drop");
            }
        }
        let mut target = Session::open(&copy, Opening::Existing).expect("open");
        let saved = target.import(ImportKind::One(Kind::Attendance), &attendance_csv).expect("import");
        assert_eq!(saved, generated.attendance);
    });
    rows.push(Row {
        name: "import 500,000 attendance rows (CSV)",
        met: ratio_within(&ours, &baseline, 2.0) && ours.median < Duration::from_secs(3),
        target: "≤ 2× .import, < 3 s",
        ours: ours.clone(),
        baseline: Some(("sqlite3 .import of the same file into a bare table", baseline)),
    });
    rows.push(Row {
        name: "  the same, against the import without history",
        met: ratio_within(&ours, &without_history, 1.15),
        target: "≤ 1.15× (history's cost)",
        ours,
        baseline: Some(("the same import into the same file, its history triggers dropped", without_history)),
    });

    let cycle = 1;
    let ours = measure(runs, || {
        store.render_summary(cycle, SummaryFormat::Docx, false, &DocumentOptions::default(), Language::En).expect("docx");
    });
    rows.push(Row {
        name: "review summary .docx, 25 objectives",
        met: ours.median < Duration::from_millis(300),
        target: "< 300 ms",
        ours,
        baseline: None,
    });

    let export = dir.path().join("export.json");
    let ours = measure(runs.min(3), || {
        let file = std::fs::File::create(&export).expect("create");
        store.write_dataset(file).expect("export");
    });
    rows.push(Row { name: "whole-database JSON export", met: true, target: "(measured)", ours, baseline: None });
    let text = std::fs::read_to_string(&export).expect("read export");
    let ours = measure(1, || {
        let copy = dir.path().join("reimport.sqlite");
        let _ = std::fs::remove_file(&copy);
        let mut target = Session::open(&copy, Opening::New).expect("create");
        target.import_dataset(&text, "export").expect("re-import");
    });
    rows.push(Row { name: "whole-database JSON re-import", met: true, target: "(measured)", ours, baseline: None });
    drop(text);

    print_rows(&rows);

    // Peak memory of the command-line tool, importing and exporting.
    let binary = cli();
    if binary.exists() {
        let copy = dir.path().join("memory.sqlite");
        std::fs::copy(&base, &copy).expect("copy");
        let mut import = Command::new(&binary);
        import.arg("--db").arg(&copy).args(["import", "attendance"]).arg(&attendance_csv);
        let (import_mib, import_time) = peak_memory_mib(import);
        let mut export_cmd = Command::new(&binary);
        export_cmd.arg("--db").arg(&db).args(["export", "json", "--out"]).arg(dir.path().join("cli-export.json"));
        let (export_mib, export_time) = peak_memory_mib(export_cmd);
        println!("\nPeak memory of the CLI (target < 200 MB):");
        println!("  import 500,000 attendance rows: {import_mib:.0} MiB ({:.1} s) {}", import_time.as_secs_f64(), verdict(import_mib));
        println!("  export the whole database:      {export_mib:.0} MiB ({:.1} s) {}", export_time.as_secs_f64(), verdict(export_mib));
    } else {
        println!("\n(build the CLI in release to measure its memory: cargo build --release --bin cxo-review)");
    }
}

fn verdict(mib: f64) -> &'static str {
    if mib < 200.0 {
        "met"
    } else {
        "NOT met"
    }
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| t.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string()))
        .unwrap_or_else(|| "unknown CPU".into())
}
