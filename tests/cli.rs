//! The `cxo-review` command driven as a process, as users and scripts drive it.

mod common;

use std::path::PathBuf;

use assert_cmd::Command;
use common::{run_with_db, Workspace};

const ORGANIZATIONS: &str = "name,category,country
Example Telecom (example),sector_member,CH
Example Networks (example),sector_member,US
Example University (example),academia,KE
ITU/TSB,secretariat,
";

const PEOPLE: &str = r#"[
  {"name": "Ana Example", "role": "CTO", "organization": "Example Telecom (example)", "email": "ana@example.org"},
  {"name": "Bo Example", "role": "CxO", "organization": "Example Networks (example)"},
  {"name": "Chidi Example", "role": "expert", "organization": "Example University (example)"},
  {"name": "Dana Example", "role": "staff", "organization": "ITU/TSB"}
]
"#;

const MEETINGS: &str = "key,kind,title,start_date,end_date,venue,status,report_ref,report_date,documents,attendance_mode
CTO-2024,cto_meeting,CTO meeting 2024,2024-03-05,2024-03-05,Geneva,held,DOC3,2024-03-06,3,roster
RG-2024,rg_iem,RG-IEM e-meeting,2024-04-09,2024-04-09,electronic,reported,DOC4,2024-04-09,4,counts
";

const ATTENDANCE: &str = "meeting,person,status,executive
CTO-2024,Ana Example,attended,yes
CTO-2024,Bo Example,attended,yes
CTO-2024,Chidi Example,registered,no
CTO-2024,Dana Example,attended,no
";

fn load_basics(ws: &Workspace) {
    ws.run(&["import", "organizations", ws.file("orgs.csv", ORGANIZATIONS).to_str().unwrap()]).success();
    ws.run(&["import", "people", ws.file("people.json", PEOPLE).to_str().unwrap()]).success();
    ws.run(&["import", "meetings", ws.file("meetings.csv", MEETINGS).to_str().unwrap()]).success();
}

#[test]
fn good_imports_are_saved_and_feed_the_statistics() {
    let ws = Workspace::new();
    load_basics(&ws);
    let out = ws.run(&["import", "attendance", ws.file("roster.csv", ATTENDANCE).to_str().unwrap()]).success();
    assert!(out.stdout.contains("imported 4 attendance record(s)"), "{}", out.stdout);
    let counts = "meeting,region,participants\nRG-2024,AFR,2\nRG-2024,AMS,3\nRG-2024,TSB,1\n";
    ws.run(&["import", "counts", ws.file("counts.csv", counts).to_str().unwrap()]).success();

    let csv = ws.run(&["stats", "--format", "csv"]).success().stdout;
    let expected = "\
,Meeting 1 (03/2024),Meeting 2 (04/2024)
Number of participants,3,6
Africa,0,2
The Americas,1,3
Arab States,0,0
Asia and the Pacific,0,0
CIS,0,0
Europe,1,0
TSB,1,1
Number of documents,3,4
Meeting report,DOC3 (240306),DOC4 (240409)
";
    assert_eq!(csv, expected, "roster counts attendees only; the secretariat counts under TSB");

    let list = ws.run(&["meetings", "list"]).success().stdout;
    assert!(list.contains("CTO-2024") && list.contains("RG-2024") && list.contains("2 meeting(s)"), "{list}");
}

#[test]
fn file_with_several_bad_rows_is_rejected_whole_naming_each_line() {
    let ws = Workspace::new();
    load_basics(&ws);
    let before = ws.export("before.json");
    let bad = "key,kind,title,start_date,end_date,venue,status,attendance_mode
GOOD-1,cto_meeting,Fine meeting,2024-05-01,2024-05-01,Geneva,held,roster
BAD-DATE,cto_meeting,Wrong date,31/01/2024,2024-02-01,Geneva,held,roster
BAD-ORDER,cto_meeting,Ends first,2024-05-10,2024-05-01,Geneva,held,roster
CTO-2024,cto_meeting,Duplicate key,2024-05-01,2024-05-01,Geneva,held,roster
BAD-KIND,dinner,Unknown kind,2024-05-01,2024-05-01,Geneva,held,roster
GOOD-2,cto_meeting,Another fine one,2024-06-01,2024-06-01,Geneva,held,roster
";
    let out = ws.run(&["import", "meetings", ws.file("bad.csv", bad).to_str().unwrap()]).invalid();
    let err = &out.stderr;
    assert!(err.contains("4 bad row(s), nothing was imported"), "{err}");
    assert!(err.contains("line 3, column start_date: \"31/01/2024\" is not a valid date"), "{err}");
    assert!(err.contains("line 4, column end_date: is before the start date"), "{err}");
    assert!(err.contains("line 5, column key: a meeting with key \"CTO-2024\" already exists"), "{err}");
    assert!(err.contains("line 6, column kind: unknown variant `dinner`"), "{err}");
    assert!(!err.contains("line 2") && !err.contains("line 7"), "good rows are not reported: {err}");
    assert_eq!(ws.export("after.json"), before, "the database is unchanged");
}

#[test]
fn json_import_reports_lines_of_bad_records() {
    let ws = Workspace::new();
    load_basics(&ws);
    let bad = r#"[
  {"name": "Eve Example", "role": "CTO", "organization": "Example Telecom (example)"},
  {"name": "Finn Example", "role": "CTO", "organization": "Nobody Inc"},
  {"name": "Gus Example", "role": "wizard",
   "organization": "Example Telecom (example)"},
  {"name": "Ana Example", "role": "CTO", "organization": "Example Telecom (example)"},
  {"name": "Hal Example", "role": "CTO", "organization": "Example Telecom (example)", "shoe_size": 44}
]"#;
    let out = ws.run(&["import", "people", ws.file("bad.json", bad).to_str().unwrap()]).invalid();
    let err = &out.stderr;
    assert!(err.contains("line 3, column organization: unknown organization \"Nobody Inc\""), "{err}");
    assert!(err.contains("line 4, column role: unknown variant `wizard`"), "{err}");
    assert!(err.contains("line 6, column name: a person named \"Ana Example\" is already registered"), "{err}");
    assert!(err.contains("line 7, column shoe_size: unknown field `shoe_size`"), "{err}");
    let people = ws.run(&["export", "json", "--out", ws.path("x.json").to_str().unwrap()]).success();
    drop(people);
    assert!(!std::fs::read_to_string(ws.path("x.json")).unwrap().contains("Eve Example"), "nothing saved");
}

#[test]
fn malformed_files_get_clear_errors() {
    let ws = Workspace::new();
    load_basics(&ws);
    let ragged = ws.file("ragged.csv", "name,category,country\nA Org,sector_member,CH,extra\n");
    let out = ws.run(&["import", "organizations", ragged.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("line 2: has 4 fields where the header has 3"), "{}", out.stderr);

    let missing_column = ws.file("missing.csv", "name,country\nA Org,CH\nB Org,US\n");
    let out = ws.run(&["import", "organizations", missing_column.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("missing field `category`"), "{}", out.stderr);
    assert_eq!(out.stderr.matches("missing field").count(), 1, "reported once: {}", out.stderr);

    let not_json = ws.file("broken.json", "[{\"name\": \"A\",\n  oops ]");
    let out = ws.run(&["import", "organizations", not_json.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("line 2: not a JSON array of records"), "{}", out.stderr);

    let binary = ws.path("binary.csv");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41, 0x0a, 0x80, 0x81]).unwrap();
    let out = ws.run(&["import", "organizations", binary.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("nothing was imported"), "{}", out.stderr);

    let unknown_ext = ws.file("orgs.txt", ORGANIZATIONS);
    let out = ws.run(&["import", "organizations", unknown_ext.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("name a .csv or .json file"), "{}", out.stderr);

    let out = ws.run(&["import", "planets", unknown_ext.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("unknown value \"planets\""), "{}", out.stderr);

    let out = ws.run(&["import", "organizations", ws.path("absent.csv").to_str().unwrap()]);
    assert_eq!(out.code, 1, "a missing file is not the content's fault: {}", out.stderr);
    assert!(out.stderr.contains("absent.csv"), "{}", out.stderr);

    let out = ws.run(&["stats", "--from", "2024-13-01"]).invalid();
    assert!(out.stderr.contains("is not a valid date"), "{}", out.stderr);
}

#[test]
fn duplicate_within_one_file_is_caught() {
    let ws = Workspace::new();
    load_basics(&ws);
    let contributions = "symbol,title,date,sources
TSAG-C12,First,2024-01-10,Example Telecom (example)
TSAG-C12,Second,2024-01-11,Example Networks (example)
";
    let out = ws.run(&["import", "contributions", ws.file("c.csv", contributions).to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("line 3, column symbol: a contribution with symbol \"TSAG-C12\" is already registered"), "{}", out.stderr);
    let listed = ws.run(&["contributions", "list"]).success().stdout;
    assert!(listed.contains("0 contribution(s)"), "{listed}");
}

#[test]
fn hostile_strings_are_stored_verbatim_and_neutralised_in_csv() {
    let ws = Workspace::new();
    load_basics(&ws);
    let meetings = "key,kind,title,start_date,end_date,venue,status,report_ref,attendance_mode
X-1,workshop,<script>alert(1)</script>,2024-07-01,2024-07-01,<img src=x onerror=alert(1)>,held,=cmd|' /C calc'!A0,counts
";
    ws.run(&["import", "meetings", ws.file("m.csv", meetings).to_str().unwrap()]).success();
    let json = ws.run(&["meetings", "list", "--format", "json"]).success().stdout;
    assert!(json.contains("<script>alert(1)</script>"), "stored as typed: {json}");
    let csv = ws.run(&["stats", "--from", "2024-07-01", "--format", "csv"]).success().stdout;
    assert!(csv.contains("Meeting report,'=cmd|' /C calc'!A0"), "{csv}");
}

#[test]
fn large_import_succeeds_and_many_bad_rows_are_capped() {
    let ws = Workspace::new();
    load_basics(&ws);
    let mut good = String::from("name,category,country\n");
    for n in 0..20_000 {
        good.push_str(&format!("Generated Org {n} (example),sector_member,CH\n"));
    }
    let out = ws.run(&["import", "organizations", ws.file("many.csv", &good).to_str().unwrap()]).success();
    assert!(out.stdout.contains("imported 20000"), "{}", out.stdout);

    let mut bad = String::from("name,category,country\n");
    for n in 0..5_000 {
        bad.push_str(&format!("Bad Org {n},sector_member,ZZ\n"));
    }
    let out = ws.run(&["import", "organizations", ws.file("bad.csv", &bad).to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("5000 bad row(s)") || out.stderr.contains("… and 4800 more bad rows"), "{}", &out.stderr[..300]);
    assert!(out.stderr.lines().count() < 300, "the listing is capped");
}

/// Annex B of the RG-IEM report (tests/fixtures/annex-b.txt, copied from the seed report),
/// parsed: meeting labels and rows of cells.
fn seed_annex_b() -> Vec<Vec<String>> {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annex-b.txt");
    let text = std::fs::read_to_string(&fixture).expect("the Annex B fixture");
    let annex = text.split("Annex B:").nth(1).expect("Annex B in the fixture");
    let cells: Vec<String> =
        annex.lines().skip(1).map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
    let meetings = 4;
    let mut rows = vec![std::iter::once(String::new()).chain(cells[..meetings].iter().cloned()).collect::<Vec<_>>()];
    for chunk in cells[meetings..].chunks(meetings + 1) {
        rows.push(chunk.to_vec());
    }
    rows
}

#[test]
fn demo_statistics_reproduce_every_figure_of_annex_b() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    let csv = ws.run(&["stats", "--from", "2022-12-01", "--to", "2023-05-31", "--format", "csv"]).success().stdout;
    let got: Vec<Vec<String>> = csv
        .lines()
        .map(|line| {
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
            reader.records().next().unwrap().unwrap().iter().map(str::to_string).collect()
        })
        .collect();
    let expected = seed_annex_b();
    assert_eq!(expected.len(), 11, "header + 10 rows in the seed");
    assert_eq!(got, expected);

    let text = ws.run(&["stats", "--from", "2022-12-01", "--to", "2023-05-31"]).success().stdout;
    assert!(text.starts_with("Meeting statistics, December 2022 – May 2023"), "{text}");
}

#[test]
fn json_export_and_import_round_trip_losslessly() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    let first = ws.export("first.json");
    let copy = ws.path("copy.sqlite");
    run_with_db(&copy, &["init"]).success();
    run_with_db(&copy, &["import", "all", ws.path("first.json").to_str().unwrap()]).success();
    let out = ws.path("second.json");
    run_with_db(&copy, &["export", "json", "--out", out.to_str().unwrap()]).success();
    let second = std::fs::read_to_string(out).unwrap();
    assert_eq!(first, second);
    let value: serde_json::Value = serde_json::from_str(&first).unwrap();
    for section in ["organizations", "people", "meetings", "attendance", "counts", "contributions", "objectives", "scores"] {
        assert!(!value[section].as_array().unwrap().is_empty(), "demo has {section}");
    }
    // Confidential fields belong to the database and so to its full export.
    assert!(first.contains("\"email\":\"") , "e-mail addresses are kept");
    // Importing again into the same database changes nothing: every record is a duplicate.
    let out = run_with_db(&copy, &["import", "all", ws.path("first.json").to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("already"), "{}", &out.stderr[..200.min(out.stderr.len())]);
}

#[test]
fn demo_refuses_a_database_that_holds_data() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    let out = ws.run(&["demo"]).invalid();
    assert!(out.stderr.contains("already holds data"), "{}", out.stderr);
}

#[test]
fn newer_schema_database_is_refused() {
    let ws = Workspace::new();
    ws.run(&["init"]).success();
    rusqlite::Connection::open(ws.db()).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let out = ws.run(&["meetings", "list"]).invalid();
    assert!(out.stderr.contains("written by a newer version of CxO Review (schema version 999"), "{}", out.stderr);
}

#[test]
fn backup_and_check_work_on_a_populated_database() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    assert!(ws.run(&["check"]).success().stdout.contains("ok"));
    let copy = ws.path("copy.sqlite");
    ws.run(&["backup", copy.to_str().unwrap()]).success();
    let listed = run_with_db(&copy, &["meetings", "list"]).success().stdout;
    assert!(listed.contains("RGIEM-2023-01"), "{listed}");
    let out = ws.run(&["backup", copy.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["init", "--help"],
        vec!["demo", "--help"],
        vec!["import", "--help"],
        vec!["export", "json", "--help"],
        vec!["meetings", "list", "--help"],
        vec!["contributions", "list", "--help"],
        vec!["stats", "--help"],
        vec!["check", "--help"],
        vec!["backup", "--help"],
    ] {
        let output = Command::cargo_bin("cxo-review").unwrap().args(&args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stdout).contains("Usage:"), "{args:?}");
    }
}

#[test]
fn documented_example_files_import_in_order() {
    let ws = Workspace::new();
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    for (kind, file) in [
        ("organizations", "organizations.csv"),
        ("people", "people.json"),
        ("meetings", "meetings.csv"),
        ("attendance", "attendance.csv"),
        ("counts", "counts.csv"),
        ("priorities", "priorities.csv"),
        ("decisions", "decisions.csv"),
        ("actions", "actions.csv"),
        ("contributions", "contributions.csv"),
        ("action-plan", "action-plan.csv"),
        ("objectives", "objectives.csv"),
        ("proposals", "proposals.csv"),
        ("reviewers", "reviewers.csv"),
        ("cycles", "cycles.csv"),
        ("scores", "scores.csv"),
        ("improvements", "improvements.json"),
    ] {
        let path = examples.join(file);
        let out = ws.run(&["import", kind, path.to_str().unwrap()]).success();
        assert!(out.stdout.starts_with("imported "), "{kind}: {}", out.stdout);
    }
    let csv = ws.run(&["stats", "--format", "csv"]).success().stdout;
    assert!(csv.starts_with(",Meeting 1 (03/2024),Meeting 2 (04/2024)\nNumber of participants,4,32\n"), "{csv}");
}

#[test]
fn summary_document_options_given_once_are_remembered_for_the_cycle() {
    let ws = Workspace::new();
    ws.run(&["demo"]).success();
    let cycles: serde_json::Value =
        serde_json::from_str(&ws.run(&["review", "list", "--format", "json"]).success().stdout).unwrap();
    let cycle = cycles[0]["id"].as_i64().unwrap().to_string();
    let export = |name: &str, extra: &[&str]| {
        let out = ws.path(name);
        let mut args = vec!["review", "summary", "--cycle", &cycle, "--format", "md", "--out", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        ws.run(&args).success();
        std::fs::read_to_string(out).unwrap()
    };

    // Never set: the cycle's first reviewer is the contact, without personal data.
    let first = export("first.md", &[]);
    assert!(first.contains("# TD number not assigned yet"), "{first}");
    assert!(!first.contains("Tel:") && !first.contains("E-mail:"), "{first}");

    let given = export(
        "given.md",
        &[
            "--td-number", "TSAG-TD77", "--place-and-date", "Geneva, 26-30 January 2026", "--source", "Rapporteur, RG-IEM",
            "--contact-name", "Ann Example", "--contact-organization", "Example Ltd", "--contact-country", "Kenya",
            "--contact-tel", "+254 20 000 0000", "--contact-email", "ann@example.org",
        ],
    );
    let contact = "| **Contact:** | Ann Example, Example Ltd, Kenya; Tel: +254 20 000 0000; E-mail: ann\u{2060}@example.org |";
    for part in ["# TSAG-TD77", "| **Source:** | Rapporteur, RG-IEM |", contact] {
        assert!(given.contains(part), "{part} missing:\n{given}");
    }
    // A later export without flags says the same; one flag changes only its field.
    let later = export("later.md", &[]);
    assert!(later.contains("# TSAG-TD77") && later.contains(contact), "{later}");
    let changed = export("changed.md", &["--contact-tel", ""]);
    assert!(changed.contains("| **Contact:** | Ann Example, Example Ltd, Kenya; E-mail: ann\u{2060}@example.org |"), "{changed}");
    assert!(changed.contains("# TSAG-TD77"), "{changed}");

    // A bad e-mail is refused, naming it, and neither saved nor exported.
    let out = ws.path("bad.md");
    let refused = ws
        .run(&["review", "summary", "--cycle", &cycle, "--format", "md", "--out", out.to_str().unwrap(), "--contact-email", "ann at example"])
        .invalid();
    assert!(refused.stderr.contains("contact.email") && refused.stderr.contains("is not an e-mail address"), "{}", refused.stderr);
    assert!(!out.exists());
    assert!(export("after.md", &[]).contains("E-mail: ann\u{2060}@example.org"));
}

#[test]
fn a_deleted_meeting_is_listed_in_the_trash_and_restored_with_its_roster() {
    let ws = Workspace::new();
    load_basics(&ws);
    ws.run(&["import", "attendance", ws.file("roster.csv", ATTENDANCE).to_str().unwrap()]).success();
    let before = ws.export("before.json");
    let empty = ws.run(&["trash"]).success().stdout;
    assert!(empty.contains("the trash is empty"), "{empty}");

    // The app deletes through the same use case.
    let mut session = cxo_review::app::Session::open(&ws.db(), cxo_review::app::Opening::Existing).unwrap();
    let meeting = session.list::<cxo_review::model::Meeting>().unwrap().into_iter().find(|m| m.data.key == "CTO-2024").unwrap();
    let deleted = session.delete::<cxo_review::model::Meeting>(meeting.id).unwrap();
    drop(session);
    assert_eq!(ws.query("SELECT count(*) FROM attendance"), 0);

    let listed = ws.run(&["trash"]).success().stdout;
    let header = listed.lines().next().unwrap_or_default();
    assert!(header.starts_with("ID") && header.contains("WHAT") && header.contains("WITH IT"), "{listed}");
    assert!(listed.contains("meeting CTO-2024 (5 Mar 2024)") && listed.contains("4 roster rows"), "{listed}");
    assert!(listed.contains("1 entry;"), "{listed}");
    let json = ws.run(&["trash", "--format", "json"]).success().stdout;
    let entries: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(entries[0]["id"], deleted.entry);
    assert_eq!(entries[0]["records"], 5);

    let id = deleted.entry.to_string();
    let restored = ws.run(&["trash", "restore", &id]).success().stdout;
    assert!(restored.contains("restored the meeting CTO-2024 (5 Mar 2024) (5 records)"), "{restored}");
    // The same records; the restored ones have new ids, so they are exported later in their sections.
    let sorted = |export: String| {
        let mut lines: Vec<String> = export.lines().map(|l| l.trim_end_matches(',').to_string()).collect();
        lines.sort();
        lines
    };
    assert_eq!(sorted(ws.export("after.json")), sorted(before), "the database is as it was before the delete");
    let again = ws.run(&["trash", "restore", &id]).invalid();
    assert!(again.stderr.contains("trash entry") && again.stderr.contains(&format!("#{id}")), "{}", again.stderr);
    assert!(ws.run(&["trash"]).success().stdout.contains("the trash is empty"));
}

#[test]
fn a_restore_that_collides_is_refused_and_the_trash_is_emptied_by_age_or_whole() {
    let ws = Workspace::new();
    load_basics(&ws);
    let mut session = cxo_review::app::Session::open(&ws.db(), cxo_review::app::Opening::Existing).unwrap();
    let meeting = session.list::<cxo_review::model::Meeting>().unwrap().into_iter().find(|m| m.data.key == "RG-2024").unwrap();
    let deleted = session.delete::<cxo_review::model::Meeting>(meeting.id).unwrap();
    drop(session);
    // The same key is created again: restoring would collide, and changes nothing.
    let one = "key,kind,title,start_date,end_date,venue,status,attendance_mode\nRG-2024,rg_iem,Again,2025-01-09,2025-01-09,electronic,held,counts\n";
    ws.run(&["import", "meetings", ws.file("again.csv", one).to_str().unwrap()]).success();
    let before = ws.export("before.json");
    let refused = ws.run(&["trash", "restore", &deleted.entry.to_string()]).invalid();
    assert!(refused.stderr.contains("nothing was restored") && refused.stderr.contains("RG-2024"), "{}", refused.stderr);
    assert_eq!(ws.export("after.json"), before);

    let kept = ws.run(&["trash", "empty", "--older-than", "1"]).success().stdout;
    assert!(kept.contains("deleted 0 entries older than 1 day from the trash for good"), "{kept}");
    assert!(ws.run(&["trash"]).success().stdout.contains("1 entry;"));
    let emptied = ws.run(&["trash", "empty"]).success().stdout;
    assert!(emptied.contains("deleted 1 entry from the trash for good"), "{emptied}");
    assert!(ws.run(&["trash"]).success().stdout.contains("the trash is empty"));
}
