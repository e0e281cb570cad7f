//! Nothing lost, nothing locked, nothing forged: the database file under mistyped paths,
//! hostile output paths, edits behind the product's back, damage, two writers at once, and
//! processes killed mid-write.

mod common;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use common::{command, run_with_db, visible_files, Random, Workspace};

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Checkpoints the write-ahead log into the file, so that its bytes say everything.
fn settle(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
}

#[test]
fn a_mistyped_database_path_is_refused_and_not_created() {
    let ws = Workspace::empty();
    let typo = ws.path("no/such/folder/reviw.sqlite");
    let out = run_with_db(&typo, &["meetings", "list"]).invalid();
    assert!(out.stderr.contains("there is no database at"), "{}", out.stderr);
    assert!(out.stderr.contains("init"), "says how to create one: {}", out.stderr);
    assert!(!ws.path("no").exists(), "neither the file nor its folders are created");
    // Creating is explicit.
    let out = run_with_db(&typo, &["init"]).success();
    assert!(out.stdout.contains("database ready"), "{}", out.stdout);
    assert!(typo.is_file());
}

#[test]
fn exports_never_overwrite_the_open_database() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    settle(&ws.db());
    let before = bytes(&ws.db());
    let db = s(&ws.db()).to_string();
    let dotted = format!("{}/./review.sqlite", ws.dir.path().display());
    let wal = format!("{db}-wal");
    for args in [
        vec!["export", "csv", "--table", "organizations", "--out", &db],
        vec!["export", "json", "--out", &db],
        vec!["export", "json", "--out", &dotted],
        vec!["export", "json", "--out", &wal],
        vec!["review", "summary", "--cycle", "1", "--format", "docx", "--out", &db],
        vec!["review", "summary", "--cycle", "1", "--format", "md", "--out", &db],
    ] {
        let out = ws.run(&args).invalid();
        assert!(out.stderr.contains("choose another file name"), "{args:?}: {}", out.stderr);
    }
    assert!(bytes(&ws.db()) == before, "the database is untouched");
    assert!(ws.run(&["check"]).success().stdout.starts_with("ok"));

    // Nor another database.
    let other = Workspace::new();
    let out = ws.run(&["export", "json", "--out", s(&other.db())]).invalid();
    assert!(out.stderr.contains("is a database"), "{}", out.stderr);
}

#[test]
fn foreign_and_newer_files_are_refused_without_a_byte_changed() {
    let ws = Workspace::empty();
    let foreign = ws.path("foreign.sqlite");
    rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE notes (x); INSERT INTO notes VALUES (1);").unwrap();
    let before = bytes(&foreign);
    let out = run_with_db(&foreign, &["meetings", "list"]).invalid();
    assert!(out.stderr.contains("not one of CxO Review"), "{}", out.stderr);
    assert!(bytes(&foreign) == before, "not even switched to WAL");

    let newer = ws.path("newer.sqlite");
    run_with_db(&newer, &["init"]).success();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let before = bytes(&newer);
    let out = run_with_db(&newer, &["meetings", "list"]).invalid();
    assert!(out.stderr.contains("newer version of CxO Review"), "{}", out.stderr);
    assert!(bytes(&newer) == before, "the newer file is untouched");

    let text = ws.file("notes.sqlite", "just some text, long enough to look like a header");
    let out = run_with_db(&text, &["meetings", "list"]).invalid();
    assert!(out.stderr.contains("not an SQLite file"), "{}", out.stderr);
}

#[test]
fn read_only_opening_reads_everything_and_writes_nothing() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    settle(&ws.db());
    let before = bytes(&ws.db());
    let listed = ws.run(&["--read-only", "meetings", "list"]).success().stdout;
    assert!(listed.contains("RGIEM-2023-01"), "{listed}");
    let file = ws.file("orgs.csv", "name,category,country\nRead Only Org,academia,CH\n");
    let out = ws.run(&["--read-only", "import", "organizations", s(&file)]).invalid();
    assert!(out.stderr.contains("is read-only"), "{}", out.stderr);
    assert!(bytes(&ws.db()) == before, "the read-only file is untouched");
}

/// Signs the demo cycle off and changes one of its scores behind the product's back.
fn tampered_demo() -> Workspace {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    ws.run(&["review", "sign-off", "--cycle", "1"]).success();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    // The file's own guard refuses this (migration 0012); someone editing the file by hand can
    // drop it first, and the digest still tells.
    conn.execute_batch("DROP TRIGGER score_frozen_update").unwrap();
    let changed = conn
        .execute(
            "UPDATE score SET level = CASE level WHEN 0 THEN 1 ELSE 0 END
             WHERE id = (SELECT min(id) FROM score WHERE cycle_id = 1)",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    ws
}

#[test]
fn a_signed_off_cycle_changed_outside_the_product_is_reported_and_not_exported() {
    let ws = tampered_demo();
    let out = ws.run(&["check"]).invalid();
    assert!(out.stdout.contains("was signed off under digest"), "{}", out.stdout);
    assert!(out.stdout.contains("changed outside CxO Review"), "{}", out.stdout);

    let out = ws.run(&["review", "show", "--cycle", "1"]).failure();
    assert!(out.stdout.starts_with("WARNING: review cycle"), "{}", out.stdout);

    for format in ["docx", "md", "json", "xlsx"] {
        let target = ws.path(&format!("summary.{format}"));
        let out = ws.run(&["review", "summary", "--cycle", "1", "--format", format, "--out", s(&target)]).failure();
        assert!(out.stderr.contains("changed outside CxO Review"), "{format}: {}", out.stderr);
        assert!(!target.exists(), "{format}: no summary is written under a digest that does not hold");
    }
}

#[test]
fn an_untouched_signed_off_cycle_exports_under_the_digest_just_computed() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    let signed = ws.run(&["review", "sign-off", "--cycle", "1"]).success().stdout;
    let digest = signed.trim().rsplit(' ').next().unwrap().to_string();
    assert!(ws.run(&["check"]).success().stdout.starts_with("ok"));
    let target = ws.path("summary.md");
    ws.run(&["review", "summary", "--cycle", "1", "--format", "md", "--out", s(&target)]).success();
    assert!(std::fs::read_to_string(&target).unwrap().contains(&digest));
}

#[test]
fn backups_are_made_listed_and_restored() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    // The demo wrote, and no backup existed: the daily one was made.
    let listed = ws.run(&["backups", "list"]).success().stdout;
    assert!(listed.contains("daily"), "{listed}");
    let made = ws.run(&["backups", "create"]).success().stdout;
    assert!(made.starts_with("backed up to "), "{made}");
    let list: serde_json::Value =
        serde_json::from_str(&ws.run(&["backups", "list", "--format", "json"]).success().stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    assert_eq!(list[0]["reason"], "manual");

    // A change, then the newest backup restored: the change is gone, and kept aside.
    let file = ws.file("orgs.csv", "name,category,country\nAfter The Backup,academia,CH\n");
    ws.run(&["import", "organizations", s(&file)]).success();
    let out = ws.run(&["backups", "restore"]).success().stdout;
    assert!(out.contains("the replaced database is kept as"), "{out}");
    let orgs = ws.path("orgs.json");
    ws.run(&["export", "json", "--out", s(&orgs)]).success();
    assert!(!std::fs::read_to_string(&orgs).unwrap().contains("After The Backup"));
    let list: serde_json::Value =
        serde_json::from_str(&ws.run(&["backups", "list", "--format", "json"]).success().stdout).unwrap();
    assert!(list.as_array().unwrap().iter().any(|b| b["reason"] == "before_restore"), "{list}");

    // A file that is not a backup is refused, and the database stays as it is.
    let out = ws.run(&["backups", "restore", s(&file)]).invalid();
    assert!(out.stderr.contains("not"), "{}", out.stderr);
    assert!(ws.run(&["check"]).success().stdout.starts_with("ok"));
}

#[test]
fn a_damaged_database_is_marked_and_the_next_start_offers_the_latest_backup() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    ws.run(&["backups", "create"]).success();
    settle(&ws.db());
    // Overwrite every page but the first (the header and the schema's root) with garbage.
    let mut content = bytes(&ws.db());
    let page: usize = 4096;
    for byte in &mut content[page..] {
        *byte = 0x5a;
    }
    std::fs::write(ws.db(), &content).unwrap();
    let first = ws.run(&["stats"]);
    let second = ws.run(&["meetings", "list"]);
    let third = ws.run(&["stats"]);
    let damaged = [&first, &second, &third].iter().any(|o| o.stderr.contains("malformed") || o.stderr.contains("damaged"));
    assert!(damaged, "SQLite reports the damage: {}\n{}\n{}", first.stderr, second.stderr, third.stderr);
    assert!(
        third.stderr.contains("was found damaged") && third.stderr.contains("backups restore"),
        "the mark names the way back: {}",
        third.stderr
    );
    ws.run(&["backups", "restore"]).success();
    assert!(ws.run(&["check"]).success().stdout.starts_with("ok"));
    assert!(ws.run(&["meetings", "list"]).success().stdout.contains("RGIEM-2023-01"));
}

/// A one-organization CSV file named after `tag`.
fn one_organization(ws: &Workspace, tag: &str) -> PathBuf {
    ws.file(&format!("{tag}.csv"), format!("name,category,country\nOrg {tag},academia,CH\n"))
}

/// Writes organizations, people, meetings and attendance CSV files of a one-year dataset into
/// `dir` and returns the attendance file (50,000 rows).
fn scaled_csv(ws: &Workspace, dir: &str) -> PathBuf {
    let scratch = ws.path("scratch.sqlite");
    let folder = ws.path(dir);
    run_with_db(&scratch, &["demo", "--scale", "1y", "--csv", s(&folder)]).success();
    std::fs::remove_file(&scratch).unwrap();
    folder.join("attendance.csv")
}

/// A database holding the one-year dataset's organizations, people and meetings.
fn base_for_attendance(ws: &Workspace, dir: &str) {
    let folder = ws.path(dir);
    for kind in ["organizations", "people", "meetings"] {
        ws.run(&["import", kind, s(&folder.join(format!("{kind}.csv")))]).success();
    }
}

#[test]
fn concurrent_writers_wait_for_each_other_and_lose_nothing() {
    let ws = Workspace::new();
    let attendance = scaled_csv(&ws, "year");
    base_for_attendance(&ws, "year");
    // A long import (50,000 rows) and, at the same time, two loops of short writes from other
    // processes and an app-shaped writer: one connection kept open, saving forms.
    let long = command().arg("--db").arg(ws.db()).args(["import", "attendance", s(&attendance)]).output();
    let db = ws.db();
    let app = std::thread::spawn(move || {
        let mut store = cxo_review::app::Session::open(&db, cxo_review::app::Opening::Existing).expect("open");
        let mut failed = Vec::new();
        for n in 0..15 {
            let org = cxo_review::model::Organization {
                name: format!("App Org {n}"),
                category: "academia".parse().expect("category"),
                country: Some("KE".into()),
            };
            if let Err(e) = store.create(&org) {
                failed.push(e.to_string());
            }
        }
        failed
    });
    let loops: Vec<_> = (0..2)
        .map(|l| {
            let files: Vec<PathBuf> = (0..15).map(|n| one_organization(&ws, &format!("l{l}-{n}"))).collect();
            let db = ws.db();
            std::thread::spawn(move || {
                files
                    .iter()
                    .map(|f| command().arg("--db").arg(&db).args(["import", "organizations", s(f)]).output().expect("run"))
                    .filter(|o| !o.status.success())
                    .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let long = long.expect("run the long import");
    let mut failures: Vec<String> = loops.into_iter().flat_map(|l| l.join().expect("loop")).collect();
    failures.extend(app.join().expect("app writer"));
    if !long.status.success() {
        failures.push(String::from_utf8_lossy(&long.stderr).into_owned());
    }
    let locked = failures.iter().filter(|f| f.contains("locked") || f.contains("busy")).count();
    println!("concurrent writes: 46 attempted, {} failed, {locked} locked/busy", failures.len());
    assert!(failures.is_empty(), "{failures:#?}");

    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let orgs: i64 = conn
        .query_row("SELECT count(*) FROM organization WHERE name LIKE 'Org l%' OR name LIKE 'App Org %'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orgs, 45, "every short write is there");
    let rows: i64 = conn.query_row("SELECT count(*) FROM attendance", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 50_000, "the long import is whole");
}

/// Runs `args` and kills the process (SIGKILL) after `delay`; returns whether it had finished.
fn run_and_kill(db: &Path, args: &[&str], delay: Duration) -> bool {
    let mut child =
        command().arg("--db").arg(db).args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("spawn");
    std::thread::sleep(delay);
    let finished = matches!(child.try_wait(), Ok(Some(_)));
    let _ = child.kill();
    let _ = child.wait();
    finished
}

fn attendance_rows(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT count(*) FROM attendance", [], |r| r.get(0)).unwrap()
}

/// Drops the file's triggers whose names are `LIKE` the pattern, as a tamperer would; returns
/// how many.
fn drop_triggers(conn: &rusqlite::Connection, like: &str) -> usize {
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ?1")
        .unwrap()
        .query_map([like], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for name in &names {
        conn.execute_batch(&format!("DROP TRIGGER \"{name}\"")).unwrap();
    }
    names.len()
}

#[test]
fn killed_imports_backups_and_exports_leave_the_before_or_the_after() {
    let ws = Workspace::new();
    let attendance = scaled_csv(&ws, "year");
    base_for_attendance(&ws, "year");
    settle(&ws.db());
    let pristine = ws.path("pristine.sqlite");
    std::fs::copy(ws.db(), &pristine).unwrap();
    let mut random = Random::new(68);
    let (mut before, mut after) = (0, 0);

    // Imports: all 50,000 rows or none, and a sound file.
    for _ in 0..12 {
        let trial = ws.path("trial.sqlite");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", trial.display()));
        }
        std::fs::copy(&pristine, &trial).unwrap();
        run_and_kill(&trial, &["import", "attendance", s(&attendance)], Duration::from_millis(random.below(1500)));
        match attendance_rows(&trial) {
            0 => before += 1,
            50_000 => after += 1,
            n => panic!("a killed import left {n} of 50,000 rows"),
        }
        assert!(run_with_db(&trial, &["check"]).success().stdout.starts_with("ok"));
    }

    // The full database for backups and exports.
    ws.run(&["import", "attendance", s(&attendance)]).success();
    let reference = ws.path("reference.json");
    ws.run(&["export", "json", "--out", s(&reference)]).success();
    let reference = bytes(&reference);
    let out_dir = ws.path("out");
    std::fs::create_dir(&out_dir).unwrap();

    // Backups: no file under the target's name, or a complete database.
    for n in 0..12 {
        let target = out_dir.join(format!("backup-{n}.sqlite"));
        run_and_kill(&ws.db(), &["backup", s(&target)], Duration::from_millis(random.below(400)));
        if target.exists() {
            after += 1;
            assert_eq!(attendance_rows(&target), 50_000, "a backup under its name is complete");
            assert!(run_with_db(&target, &["check"]).success().stdout.starts_with("ok"));
        } else {
            before += 1;
            // Retrying works: nothing half-made stands in the way.
            ws.run(&["backup", s(&target)]).success();
        }
    }

    // Exports: the earlier export left whole, or the new one complete.
    let export = out_dir.join("export.json");
    std::fs::write(&export, b"the earlier export").unwrap();
    for _ in 0..12 {
        let earlier = bytes(&export);
        run_and_kill(&ws.db(), &["export", "json", "--out", s(&export)], Duration::from_millis(random.below(1200)));
        let now = bytes(&export);
        if now == earlier {
            before += 1;
        } else {
            assert!(now == reference, "an export under its name is complete ({} bytes, the complete one {})", now.len(), reference.len());
            after += 1;
        }
    }
    let names = visible_files(&out_dir);
    assert!(names.iter().all(|n| n == "export.json" || (n.starts_with("backup-") && n.ends_with(".sqlite"))), "{names:?}");
    println!("crash trials: 36, {before} ended in the before state, {after} in the after state, 0 in between");
    assert!(before > 0 && after > 0, "the delays should catch both outcomes ({before} before, {after} after)");
}

#[test]
fn check_finds_wrong_kept_aggregates_and_repair_recomputes_them() {
    let ws = Workspace::demo();
    ws.execute("UPDATE meeting_tally SET participants = participants + 7 WHERE (meeting_id, region_code) = (SELECT meeting_id, region_code FROM meeting_tally ORDER BY 1, 2 LIMIT 1)");
    let out = ws.run(&["check"]).invalid();
    assert!(out.stdout.contains("row(s) of the kept attendance aggregates differ"), "{}", out.stdout);
    assert!(out.stdout.contains("check --repair"), "{}", out.stdout);
    let out = ws.run(&["check", "--repair"]).success();
    assert!(out.stdout.contains("repaired: 2 row(s) of the kept attendance aggregates recomputed"), "{}", out.stdout);
    assert!(ws.run(&["check"]).success().stdout.starts_with("ok"));
}

#[test]
fn an_upgrade_of_the_schema_is_preceded_by_a_backup_of_the_file_as_it_was() {
    let ws = Workspace::demo();
    // The file as CxO Review with schema version 3 left it: without the aggregates of 0004,
    // the review packages of 0005, the record versions of 0006, the yearly tally of 0007, the
    // trash of 0008, the document options of 0009, the dashboard's kept counts of 0011 and the
    // signed-off guards of 0012, the sign-off records of 0015, the history of 0016 and the
    // aliases of 0018 (0010 replaced a trigger of 0004), and the type guards made after the
    // migrations since 0014.
    assert!(drop_triggers(&rusqlite::Connection::open(ws.db()).unwrap(), "typed_%") > 60);
    assert!(drop_triggers(&rusqlite::Connection::open(ws.db()).unwrap(), "history%") > 40);
    ws.execute(
        "DROP TABLE organization_alias; DROP TABLE person_alias; DROP TABLE history; DROP TABLE history_context;
         DROP TRIGGER cycle_sign_off_recorded; DROP TRIGGER cycle_sign_off_recorded_insert;
         DROP TRIGGER cycle_sign_off_kept; DROP TRIGGER cycle_sign_off_kept_delete; DROP TABLE cycle_sign_off;
         DROP TRIGGER signed_off_is_final; DROP TRIGGER signed_off_is_final_delete;
         DROP TRIGGER cycle_objective_frozen_insert; DROP TRIGGER cycle_objective_frozen_update;
         DROP TRIGGER cycle_objective_frozen_delete; DROP TRIGGER cycle_reviewer_frozen_insert;
         DROP TRIGGER cycle_reviewer_frozen_update; DROP TRIGGER cycle_reviewer_frozen_delete;
         DROP TRIGGER score_frozen_insert; DROP TRIGGER score_frozen_update;
         DROP TRIGGER score_frozen_delete; DROP TRIGGER score_evidence_frozen_insert;
         DROP TRIGGER score_evidence_frozen_update; DROP TRIGGER score_evidence_frozen_delete;
         DROP TRIGGER improvement_frozen_insert; DROP TRIGGER improvement_frozen_update;
         DROP TRIGGER improvement_frozen_delete; DROP TRIGGER improvement_action_plan_frozen_insert;
         DROP TRIGGER improvement_action_plan_frozen_update;
         DROP TRIGGER improvement_action_plan_frozen_delete;
         DROP TRIGGER improvement_contribution_frozen_insert;
         DROP TRIGGER improvement_contribution_frozen_update;
         DROP TRIGGER improvement_contribution_frozen_delete; DROP TRIGGER objective_frozen_update;
         DROP TRIGGER objective_frozen_delete; DROP TRIGGER indicator_frozen_insert;
         DROP TRIGGER indicator_frozen_update; DROP TRIGGER indicator_frozen_delete;
         DROP TRIGGER rubric_level_frozen_insert; DROP TRIGGER rubric_level_frozen_update;
         DROP TRIGGER rubric_level_frozen_delete; DROP TRIGGER objective_action_plan_frozen_insert;
         DROP TRIGGER objective_action_plan_frozen_update; DROP TRIGGER objective_action_plan_frozen_delete;
         DROP TRIGGER reviewer_frozen_name; DROP TRIGGER action_plan_item_frozen_code;
         DROP TRIGGER contribution_frozen_symbol;
         DROP TRIGGER meeting_counted; DROP TRIGGER meeting_uncounted; DROP TRIGGER meeting_recounted;
         DROP TRIGGER action_counted; DROP TRIGGER action_uncounted; DROP TRIGGER action_recounted;
         DROP TRIGGER contribution_counted; DROP TRIGGER contribution_uncounted; DROP TRIGGER contribution_recounted;
         DROP TRIGGER proposal_counted; DROP TRIGGER proposal_uncounted; DROP TRIGGER proposal_recounted;
         DROP TABLE kept_count; DROP INDEX action_open_due;
         DROP TABLE document_options; DROP TABLE trash;
         DROP TRIGGER meeting_deleted; DROP TRIGGER count_inserted; DROP TRIGGER count_updated; DROP TRIGGER count_deleted;
         DROP TABLE year_tally;
         ALTER TABLE organization DROP COLUMN version; ALTER TABLE organization DROP COLUMN changed_by; ALTER TABLE organization DROP COLUMN changed_at;
         ALTER TABLE person DROP COLUMN version; ALTER TABLE person DROP COLUMN changed_by; ALTER TABLE person DROP COLUMN changed_at;
         ALTER TABLE meeting DROP COLUMN version; ALTER TABLE meeting DROP COLUMN changed_by; ALTER TABLE meeting DROP COLUMN changed_at;
         ALTER TABLE attendance DROP COLUMN version; ALTER TABLE attendance DROP COLUMN changed_by; ALTER TABLE attendance DROP COLUMN changed_at;
         ALTER TABLE attendance_count DROP COLUMN version; ALTER TABLE attendance_count DROP COLUMN changed_by; ALTER TABLE attendance_count DROP COLUMN changed_at;
         ALTER TABLE priority DROP COLUMN version; ALTER TABLE priority DROP COLUMN changed_by; ALTER TABLE priority DROP COLUMN changed_at;
         ALTER TABLE decision DROP COLUMN version; ALTER TABLE decision DROP COLUMN changed_by; ALTER TABLE decision DROP COLUMN changed_at;
         ALTER TABLE action DROP COLUMN version; ALTER TABLE action DROP COLUMN changed_by; ALTER TABLE action DROP COLUMN changed_at;
         ALTER TABLE objective DROP COLUMN version; ALTER TABLE objective DROP COLUMN changed_by; ALTER TABLE objective DROP COLUMN changed_at;
         ALTER TABLE contribution DROP COLUMN version; ALTER TABLE contribution DROP COLUMN changed_by; ALTER TABLE contribution DROP COLUMN changed_at;
         ALTER TABLE proposal DROP COLUMN version; ALTER TABLE proposal DROP COLUMN changed_by; ALTER TABLE proposal DROP COLUMN changed_at;
         ALTER TABLE action_plan_item DROP COLUMN version; ALTER TABLE action_plan_item DROP COLUMN changed_by; ALTER TABLE action_plan_item DROP COLUMN changed_at;
         ALTER TABLE reviewer DROP COLUMN version; ALTER TABLE reviewer DROP COLUMN changed_by; ALTER TABLE reviewer DROP COLUMN changed_at;
         ALTER TABLE review_cycle DROP COLUMN version; ALTER TABLE review_cycle DROP COLUMN changed_by; ALTER TABLE review_cycle DROP COLUMN changed_at;
         ALTER TABLE score DROP COLUMN version; ALTER TABLE score DROP COLUMN changed_by; ALTER TABLE score DROP COLUMN changed_at;
         ALTER TABLE improvement DROP COLUMN version; ALTER TABLE improvement DROP COLUMN changed_by; ALTER TABLE improvement DROP COLUMN changed_at;
         DROP TABLE review_package; DROP TABLE signing_key;
         ALTER TABLE score DROP COLUMN source_package; ALTER TABLE score DROP COLUMN returned_at;
         ALTER TABLE score DROP COLUMN reviewer_key;
         DROP TRIGGER attendance_inserted; DROP TRIGGER attendance_deleted; DROP TRIGGER attendance_updated;
         DROP TRIGGER person_moved; DROP TRIGGER organization_regrouped; DROP TRIGGER meeting_changed;
         DROP TABLE meeting_tally; DROP TABLE organization_debut; DROP TABLE stale_meeting; DROP TABLE stale_organization;
         CREATE INDEX attendance_meeting_status ON attendance(meeting_id, status, person_id, executive);
         PRAGMA user_version = 3;",
    );
    for old in std::fs::read_dir(ws.path("backups")).unwrap() {
        std::fs::remove_file(old.unwrap().path()).unwrap();
    }
    let stats = ws.run(&["stats", "--to", "2023-06-30"]).success().stdout;
    assert!(stats.contains("Number of participants"), "{stats}");
    let list: serde_json::Value =
        serde_json::from_str(&ws.run(&["backups", "list", "--format", "json"]).success().stdout).unwrap();
    let backups = list.as_array().unwrap();
    assert_eq!(backups.len(), 1, "{list}");
    assert_eq!(backups[0]["reason"], "before_upgrade");
    let kept = rusqlite::Connection::open(backups[0]["path"].as_str().unwrap()).unwrap();
    let version: i64 = kept.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 3, "the backup is the file before the upgrade");
}

#[test]
fn the_file_refuses_a_value_of_the_wrong_type_from_any_program() {
    let ws = Workspace::demo();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let attempts = [
        "UPDATE attendance_count SET participants = 'lots' WHERE rowid = (SELECT min(rowid) FROM attendance_count)",
        "UPDATE priority SET rank = 1e308 WHERE rowid = (SELECT min(rowid) FROM priority)",
        "UPDATE meeting SET documents = x'00ff' WHERE rowid = (SELECT min(rowid) FROM meeting)",
        "UPDATE indicator SET target = 'NaN' WHERE rowid = (SELECT min(rowid) FROM indicator)",
        "INSERT INTO region (code, name, sort_order) VALUES ('XX', 'Nowhere', 'last')",
    ];
    for sql in attempts {
        let error = conn.execute(sql, []).expect_err(sql).to_string();
        assert!(error.contains("is not of its column's type"), "{sql}: {error}");
    }
    // Values of the right type, given as SQLite converts them (a numeric text into an integer
    // column), still go in.
    conn.execute("UPDATE priority SET rank = '7' WHERE rowid = (SELECT min(rowid) FROM priority)", []).unwrap();
    drop(conn);
    ws.run(&["check"]).success();
}

#[test]
fn wrong_values_in_every_table_are_named_and_stop_neither_backups_nor_the_repair() {
    let ws = Workspace::demo();
    // Around the product, guards and checks off: in every table with rows, one value of the
    // wrong type in a column that is neither its key nor a reference.
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF;").unwrap();
    drop_triggers(&conn, "%");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut spoiled = Vec::new();
    for table in tables {
        let column: Option<(String, String)> = conn
            .query_row(
                &format!(
                    "SELECT i.name, upper(i.type) FROM pragma_table_info('{table}') i
                     WHERE i.pk = 0 AND i.name NOT IN (SELECT \"from\" FROM pragma_foreign_key_list('{table}'))
                       AND upper(i.type) IN ('INTEGER', 'REAL', 'TEXT') ORDER BY i.cid LIMIT 1"
                ),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ok();
        let Some((column, declared)) = column else { continue };
        let wrong = if declared == "TEXT" { "x'00ff'" } else { "'wrong'" };
        let changed = conn.execute(&format!("UPDATE \"{table}\" SET \"{column}\" = {wrong} WHERE rowid = (SELECT min(rowid) FROM \"{table}\")"), []).unwrap();
        if changed == 1 {
            spoiled.push((table, column));
        }
    }
    drop(conn);
    assert!(spoiled.len() > 15, "{spoiled:?}");

    let check = ws.run(&["check"]);
    assert_eq!(check.code, 2, "{}", check.stderr);
    for (table, column) in &spoiled {
        assert!(check.stdout.contains(&format!("{table} row ")) && check.stdout.contains(&format!("column {column}:")), "{table}.{column}: {}", check.stdout);
    }
    ws.run(&["--read-only", "check"]).invalid();
    let copy = ws.path("copy.sqlite");
    ws.run(&["backup", s(&copy)]).success();
    ws.run(&["backups", "create"]).success();
    let refused = ws.run(&["export", "json", "--out", s(&ws.path("all.json"))]).invalid();
    assert!(refused.stderr.contains("check --repair") && !ws.path("all.json").exists(), "{}", refused.stderr);

    let repaired = ws.run(&["check", "--repair"]);
    assert!(!repaired.stderr.contains("panicked"), "{}", repaired.stderr);
    let quarantined: Vec<PathBuf> = std::fs::read_dir(ws.path(""))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".quarantined-"))
        .collect();
    assert_eq!(quarantined.len(), 1, "the values are kept aside in one file");
    let kept: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&quarantined[0]).unwrap()).unwrap();
    assert_eq!(kept.as_array().unwrap().len(), spoiled.len());
    // What the repair could not replace (a rule of the schema refuses the column's default or
    // zero, as for a name) is still named, each by table, row and column; the rest is gone.
    let after = ws.run(&["check"]).invalid();
    let left = after.stdout.lines().filter(|l| l.contains("where the column holds")).count();
    println!("wrong values: {} planted, {} set aside, {left} left for a person", spoiled.len(), spoiled.len() - left);
    assert!(left < spoiled.len(), "some were set aside");
    assert!(repaired.stdout.matches("set aside in").count() == spoiled.len() - left, "{}", repaired.stdout);
}

#[test]
fn the_repair_sets_wrong_counts_aside_and_the_export_works_again() {
    // The hostile tester's own example: a count of 'lots', a number too large for an integer,
    // and text where a target number goes.
    let ws = Workspace::demo();
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    for guard in ["typed_attendance_count_update", "typed_indicator_update", "typed_meeting_update"] {
        conn.execute_batch(&format!("DROP TRIGGER {guard}")).unwrap();
    }
    conn.execute_batch(
        "UPDATE attendance_count SET participants = 'lots' WHERE rowid = (SELECT min(rowid) FROM attendance_count);
         UPDATE meeting SET documents = 1e308 WHERE rowid = (SELECT max(rowid) FROM meeting);
         UPDATE indicator SET target = 'NaN' WHERE rowid = (SELECT min(rowid) FROM indicator);",
    )
    .unwrap();
    drop(conn);
    let check = ws.run(&["check"]).invalid();
    assert_eq!(check.stdout.matches("where the column holds").count(), 3, "{}", check.stdout);
    ws.run(&["stats"]).failure();
    ws.run(&["export", "json", "--out", s(&ws.path("all.json"))]).invalid();
    let repaired = ws.run(&["check", "--repair"]).success();
    assert_eq!(repaired.stdout.matches("set aside in").count(), 3, "{}", repaired.stdout);
    ws.run(&["check"]).success();
    ws.run(&["stats"]).success();
    ws.run(&["export", "json", "--out", s(&ws.path("all.json"))]).success();
    // The guards are back after the repair.
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    assert!(conn.execute("UPDATE indicator SET target = 'NaN' WHERE rowid = 1", []).is_err());
}

/// Every export of a cycle's content, run on cycle 1 of `ws` into files named after `tag`:
/// (what it is, its output, the file it was to write).
fn cycle_exports(ws: &Workspace, tag: &str) -> Vec<(String, common::Output, PathBuf)> {
    let mut runs = Vec::new();
    for format in ["docx", "md", "json", "xlsx"] {
        let target = ws.path(&format!("{tag}-summary.{format}"));
        let out = ws.run(&["review", "summary", "--cycle", "1", "--format", format, "--out", s(&target)]);
        runs.push((format!("review summary --format {format}"), out, target));
    }
    for table in ["results", "scores", "indicators", "metrics", "objectives", "improvements"] {
        let target = ws.path(&format!("{tag}-{table}.csv"));
        let out = ws.run(&["export", "csv", "--table", table, "--cycle", "1", "--out", s(&target)]);
        runs.push((format!("export csv --table {table} --cycle 1"), out, target));
    }
    runs
}

/// Each export of `ws`'s cycle 1 is refused as changed outside the product (exit 1, the
/// tamper message, no file written). The whole database still exports, as stored: it is how
/// data gets out (a backup, a copy), and it carries the cycle with its recorded digest, so
/// that `check` reports the change wherever the document is imported.
fn every_export_is_refused(ws: &Workspace, tag: &str) {
    for (what, out, target) in cycle_exports(ws, tag) {
        let out = out.failure();
        assert!(out.stderr.contains("was signed off under digest"), "{tag}: {what}: {}", out.stderr);
        assert!(out.stderr.contains("changed outside CxO Review"), "{tag}: {what}: {}", out.stderr);
        assert!(!target.exists(), "{tag}: {what}: nothing is written under a sign-off that does not hold");
    }
    ws.run(&["export", "json", "--out", s(&ws.path(&format!("{tag}-all.json")))]).success();
}

/// Each export of `ws`'s cycle 1 succeeds and writes its file.
fn every_export_is_written(ws: &Workspace, tag: &str) {
    for (what, out, target) in cycle_exports(ws, tag) {
        out.success();
        assert!(target.exists(), "{tag}: {what}");
    }
}

#[test]
fn every_export_of_a_signed_off_cycle_whose_scores_changed_outside_the_product_is_refused() {
    let ws = tampered_demo();
    every_export_is_refused(&ws, "score");
    // The whole database, exported as stored and imported into a new one, is reported there.
    let elsewhere = Workspace::empty();
    elsewhere.run(&["init"]).success();
    elsewhere.run(&["import", "all", s(&ws.path("score-all.json"))]).success();
    let check = elsewhere.run(&["check"]).invalid();
    assert!(check.stdout.contains("changed outside CxO Review"), "{}", check.stdout);
}

/// The demo with cycle 1 signed off, and one meeting of the cycle's period (attendance counted
/// per region, or a roster): its id.
fn signed_off_demo_and_a_meeting_of_its_period(ws: &Workspace, counted: bool) -> i64 {
    ws.run(&["demo"]).success();
    ws.run(&["review", "sign-off", "--cycle", "1"]).success();
    let mode = if counted { "counts" } else { "roster" };
    ws.query(&format!(
        "SELECT min(m.id) FROM meeting m, review_cycle c
         WHERE c.id = 1 AND m.start_date BETWEEN c.period_from AND c.period_to
           AND m.attendance_mode = '{mode}'
           AND (m.attendance_mode = 'roster' OR EXISTS (SELECT 1 FROM attendance_count n WHERE n.meeting_id = m.id))"
    )) as i64
}

#[test]
fn a_signed_off_cycle_whose_periods_statistics_changed_outside_the_product_is_reported_and_not_exported() {
    // The attendance counted at an RG-IEM meeting of the period, an attendee of an executive
    // meeting, its documents: what the summary states in Annex B and the metrics, not in the
    // scores.
    let edits = [
        ("counts", true, "UPDATE attendance_count SET participants = participants + 5 WHERE meeting_id = {id}"),
        ("roster", false, "DELETE FROM attendance WHERE id = (SELECT min(id) FROM attendance WHERE meeting_id = {id})"),
        ("documents", false, "UPDATE meeting SET documents = documents + 3 WHERE id = {id}"),
    ];
    for (tag, counted, edit) in edits {
        let ws = Workspace::new();
        let meeting = signed_off_demo_and_a_meeting_of_its_period(&ws, counted);
        assert!(meeting > 0, "{tag}: the demo's period has such a meeting");
        assert!(ws.run(&["check"]).success().stdout.starts_with("ok"), "{tag}");
        ws.execute(&edit.replace("{id}", &meeting.to_string()));

        let out = ws.run(&["check"]).invalid();
        assert!(out.stdout.contains("was signed off under digest"), "{tag}: {}", out.stdout);
        let out = ws.run(&["review", "show", "--cycle", "1"]).failure();
        assert!(out.stdout.starts_with("WARNING: review cycle"), "{tag}: {}", out.stdout);
        every_export_is_refused(&ws, tag);
    }
}

#[test]
fn a_sign_off_cleared_outside_the_product_is_reported_and_the_cycle_is_neither_signed_again_nor_exported() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    ws.run(&["review", "sign-off", "--cycle", "1"]).success();
    // The file's guard refuses this; someone editing the file by hand drops it first, clears
    // the sign-off, changes a score while the cycle is open again.
    ws.execute(
        "DROP TRIGGER signed_off_is_final;
         UPDATE review_cycle SET status = 'open', signed_off_at = NULL, digest = NULL WHERE id = 1;
         UPDATE score SET level = CASE level WHEN 0 THEN 1 ELSE 0 END WHERE id = (SELECT min(id) FROM score WHERE cycle_id = 1);",
    );
    let out = ws.run(&["check"]).invalid();
    assert!(out.stdout.contains("no longer marked signed off"), "{}", out.stdout);
    assert!(out.stdout.contains("changed outside CxO Review"), "{}", out.stdout);
    let out = ws.run(&["review", "show", "--cycle", "1"]).failure();
    assert!(out.stdout.starts_with("WARNING: review cycle"), "{}", out.stdout);

    // Signing it off again is refused, and changes nothing.
    let out = ws.run(&["review", "sign-off", "--cycle", "1"]).failure();
    assert!(out.stderr.contains("no longer marked signed off"), "{}", out.stderr);
    assert_eq!(ws.query("SELECT count(*) FROM review_cycle WHERE id = 1 AND status = 'open'"), 1);
    every_export_is_refused(&ws, "cleared");
    let folder = ws.path("packages");
    let out = ws.run(&["review", "package", "issue", "--cycle", "1", "--out", s(&folder)]).failure();
    assert!(out.stderr.contains("changed outside CxO Review"), "{}", out.stderr);

    // Signed off again by hand, under the digest of what it now holds: the first sign-off,
    // kept by the file, still tells.
    let digest = {
        let copy = Workspace::empty();
        settle(&ws.db());
        std::fs::copy(ws.db(), copy.db()).unwrap();
        copy.execute("DROP TRIGGER cycle_sign_off_kept_delete; DELETE FROM cycle_sign_off;");
        let signed = copy.run(&["review", "sign-off", "--cycle", "1"]).success().stdout;
        signed.trim().rsplit(' ').next().unwrap().to_string()
    };
    ws.execute(&format!(
        "UPDATE review_cycle SET status = 'signed_off', signed_off_at = '2026-02-01T00:00:00Z', digest = '{digest}' WHERE id = 1"
    ));
    let out = ws.run(&["check"]).invalid();
    assert!(out.stdout.contains("was replaced by one under"), "{}", out.stdout);
    every_export_is_refused(&ws, "re-signed");

    // The record itself cannot be changed or taken away without dropping the file's guards.
    for sql in ["DELETE FROM cycle_sign_off", "UPDATE cycle_sign_off SET digest = NULL"] {
        let conn = rusqlite::Connection::open(ws.db()).unwrap();
        let error = conn.execute_batch(sql).unwrap_err().to_string();
        assert!(error.contains("sign-off record"), "{sql}: {error}");
    }
}

#[test]
fn untouched_signed_off_cycles_export_under_either_digest_rule_and_an_old_one_survives_the_upgrade() {
    // Signed off by this version.
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    let signed = ws.run(&["review", "sign-off", "--cycle", "1"]).success().stdout;
    let digest = signed.trim().rsplit(' ').next().unwrap().to_string();
    assert!(digest.starts_with("v2:sha256:"), "{digest}");
    assert!(ws.run(&["check"]).success().stdout.starts_with("ok"));
    every_export_is_written(&ws, "new");
    assert!(std::fs::read_to_string(ws.path("new-summary.md")).unwrap().contains(&digest));

    // A file of an earlier version (schema 14, no sign-off records, no history) with the cycle
    // signed off under the first rule, whose digest is the content's half of this version's.
    let old = Workspace::new();
    old.run(&["demo"]).success();
    drop_triggers(&rusqlite::Connection::open(old.db()).unwrap(), "history%");
    let first_rule = digest.strip_prefix("v2:").unwrap().rsplit_once(':').unwrap().0.to_string();
    assert!(first_rule.starts_with("sha256:") && first_rule.len() == 7 + 64, "{first_rule}");
    old.execute(&format!(
        "DROP TRIGGER cycle_sign_off_recorded; DROP TRIGGER cycle_sign_off_recorded_insert;
         DROP TRIGGER cycle_sign_off_kept; DROP TRIGGER cycle_sign_off_kept_delete; DROP TABLE cycle_sign_off;
         DROP TABLE organization_alias; DROP TABLE person_alias; DROP TABLE history; DROP TABLE history_context;
         UPDATE review_cycle SET status = 'signed_off', signed_off_at = '2025-12-01T10:00:00Z', digest = '{first_rule}' WHERE id = 1;
         PRAGMA user_version = 14;"
    ));
    // Opened by this version: upgraded, the sign-off recorded as it stood, nothing reported.
    assert!(old.run(&["check"]).success().stdout.starts_with("ok"));
    // Brought to this version's schema: as many as the migrations it ships.
    let migrations = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite")).unwrap().count();
    assert_eq!(old.query("PRAGMA user_version"), migrations);
    assert_eq!(old.query(&format!("SELECT count(*) FROM cycle_sign_off WHERE cycle_id = 1 AND digest = '{first_rule}'")), 1);
    old.run(&["review", "show", "--cycle", "1"]).success();
    every_export_is_written(&old, "old");
    assert!(std::fs::read_to_string(old.path("old-summary.md")).unwrap().contains(&first_rule));

    // Under the first rule the scores are still covered.
    old.execute(
        "DROP TRIGGER score_frozen_update;
         UPDATE score SET level = CASE level WHEN 0 THEN 1 ELSE 0 END WHERE id = (SELECT min(id) FROM score WHERE cycle_id = 1);",
    );
    old.run(&["check"]).invalid();
    every_export_is_refused(&old, "old-score");
}

#[test]
fn an_empty_file_becomes_a_database_only_when_asked() {
    let ws = Workspace::new();
    let empty = ws.file("empty.sqlite", b"");
    let blank = ws.path("blank.sqlite");
    rusqlite::Connection::open(&blank).unwrap().execute_batch("PRAGMA user_version = 0; VACUUM;").unwrap();
    for (file, what) in [(&empty, "is an empty file"), (&blank, "is an SQLite database with nothing in it")] {
        let before = bytes(file);
        for args in [&["stats"][..], &["check"], &["backup", "b.sqlite"], &["import", "organizations", "x.csv"]] {
            let out = run_with_db(file, args);
            assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
            assert!(out.stderr.contains(what) && out.stderr.contains("init`"), "{args:?}: {}", out.stderr);
            assert_eq!(bytes(file), before, "{args:?} changed the file");
        }
        run_with_db(file, &["init"]).success();
        assert!(run_with_db(file, &["check"]).success().stdout.starts_with("ok"));
    }
}

#[test]
fn a_backup_or_a_copy_is_never_made_under_a_working_files_name() {
    let ws = Workspace::demo();
    for suffix in ["-writer", "-wal", "-shm", "-journal", ".damaged"] {
        let target = common::sibling(&ws.db(), suffix);
        let _ = std::fs::remove_file(&target);
        let out = ws.run(&["backup", s(&target)]);
        assert_eq!(out.code, 2, "backup to {suffix}: {}", out.stderr);
        assert!(out.stderr.contains("is a working file of the open database"), "{}", out.stderr);
        let out = command().args(["copy", "--from", s(&ws.db()), "--to", s(&target)]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "copy to {suffix}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(!target.exists() || suffix == "-wal" || suffix == "-shm", "{suffix} was made");
    }
    ws.run(&["backup", s(&ws.path("fine.sqlite"))]).success();
}

#[test]
fn upgrades_interrupted_again_and_again_keep_the_file_as_it_first_was() {
    let ws = Workspace::demo();
    // A file one migration behind, whose next migration fails every time (its table is
    // there already): each start backs the file up, upgrades it by one step, and stops.
    ws.execute("PRAGMA user_version = 13;");
    for old in std::fs::read_dir(ws.path("backups")).unwrap() {
        std::fs::remove_file(old.unwrap().path()).unwrap();
    }
    for attempt in 0..8 {
        let out = ws.run(&["stats"]);
        assert_ne!(out.code, 0, "attempt {attempt} upgraded: {}", out.stdout);
        assert!(out.stderr.contains("cycle_sign_off already exists"), "{}", out.stderr);
    }
    let versions: Vec<i64> = std::fs::read_dir(ws.path("backups"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "sqlite"))
        .map(|path| rusqlite::Connection::open(path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap())
        .collect();
    assert!(versions.contains(&13), "the file as it was before the first attempt is kept: {versions:?}");
    assert_eq!(versions.len(), 6, "the newest five and the first of the older version: {versions:?}");
}
