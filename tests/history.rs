//! The history on a file: every change recorded by the database with who, when, why and each
//! field's old and new value — from the command line, an import, a deletion with what it takes
//! along, a restore, another program — and a chain that `check` walks, so that an entry edited
//! or removed with the sqlite3 shell is found.

mod common;

use common::Workspace;
use cxo_review::app::{Opening, RecordKind, Session};

fn entries(ws: &Workspace, args: &[&str]) -> Vec<serde_json::Value> {
    let out = ws.run(&[&["history", "--format", "json"][..], args].concat()).success();
    serde_json::from_str::<serde_json::Value>(&out.stdout).unwrap().as_array().unwrap().clone()
}

fn fields(entry: &serde_json::Value) -> serde_json::Value {
    serde_json::from_str(entry["changes"].as_str().unwrap()).unwrap()
}

/// A meeting of the demo with a roster.
const ROSTERED: &str = "CTO-2024-10";

#[test]
fn a_meeting_and_its_roster_are_recorded_through_edit_import_delete_and_restore() {
    let ws = Workspace::demo();
    let roster: usize = ws.query(&format!(
        "SELECT count(*) FROM attendance WHERE meeting_id = (SELECT id FROM meeting WHERE key = '{ROSTERED}')"
    ));
    assert!(roster > 0, "the demo's meeting has a roster");

    // From the command line: old → new, the computer's account, the cause.
    let out = ws.run(&["edit", "meetings", ROSTERED, "venue=Bern", "documents=12"]).success();
    assert!(out.stdout.starts_with(&format!("saved meetings {ROSTERED}")), "{}", out.stdout);
    let last = &entries(&ws, &["--key", ROSTERED, "--limit", "1"])[0];
    assert_eq!((last["operation"].as_str(), last["cause"].as_str()), (Some("update"), Some("command line")));
    assert_eq!(fields(last)["venue"][1], "Bern");
    assert_eq!(fields(last)["documents"][1], 12);
    assert!(fields(last).get("title").is_none(), "only what changed");
    assert!(!last["who"].as_str().unwrap().is_empty());

    // Bad input changes nothing and is said with the core's message.
    let before = ws.query("SELECT count(*) FROM history");
    for (args, says) in [
        (vec!["edit", "meetings", ROSTERED, "documents=many"], "documents: \"many\" is not a number"),
        (vec!["edit", "meetings", ROSTERED, "end_date=2001-01-01"], "end_date"),
        (vec!["edit", "meetings", ROSTERED, "colour=red"], "colour: is not a field of meetings"),
        (vec!["edit", "meetings", "NO-SUCH", "venue=x"], "no meetings has the key \"NO-SUCH\""),
    ] {
        let out = ws.run(&args).invalid();
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
    }
    assert_eq!(ws.query("SELECT count(*) FROM history"), before, "refused edits record nothing");

    // An import: its file and one batch for all its records.
    let file = ws.file("meetings.csv", "key,kind,title,start_date,end_date,venue,status,attendance_mode\nW-1,workshop,One,2024-07-01,2024-07-01,Geneva,held,counts\nW-2,workshop,Two,2024-07-02,2024-07-02,Geneva,held,counts\n");
    ws.run(&["import", "meetings", file.to_str().unwrap()]).success();
    let imported = entries(&ws, &["--cause", "import", "--kind", "meetings", "--limit", "2"]);
    assert_eq!(imported.len(), 2);
    assert!(imported.iter().all(|e| e["detail"] == file.to_str().unwrap()), "{imported:?}");
    assert_eq!(imported[0]["batch"], imported[1]["batch"]);
    // The activity: the import as one line of its two meetings, after the edit's line; its batch
    // lists them; the meeting's records under its key hold its roster.
    let out = ws.run(&["history", "--activity", "--format", "json", "--limit", "2"]).success();
    let lines: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(lines[0]["entries"], 2, "{lines}");
    assert_eq!(lines[0]["kinds"], serde_json::json!([{"kind": "meetings", "entries": 2}]));
    assert_eq!(lines[1]["entries"], 1);
    assert_eq!(lines[1]["latest"]["key"], ROSTERED);
    let batch = lines[0]["latest"]["batch"].as_str().unwrap();
    let listed = entries(&ws, &["--batch", batch]);
    assert_eq!(listed.iter().map(|e| e["key"].as_str().unwrap()).collect::<Vec<_>>(), ["W-2", "W-1"]);
    let text = ws.run(&["history", "--activity", "--limit", "1"]).success().stdout;
    assert!(text.contains("2 meetings") && text.contains(batch), "{text}");
    let under = entries(&ws, &["--under", ROSTERED]);
    assert!(under.iter().filter(|e| e["kind"] == "attendance").count() >= roster, "the roster is under the meeting");
    assert!(under.iter().all(|e| e["key"] == ROSTERED || e["key"].as_str().unwrap().starts_with(&format!("{ROSTERED} / "))));
    assert_ne!(imported[0]["batch"], "");

    // Deleted with its roster, then restored from the trash: each record under its own key.
    let mut session = Session::open(&ws.db(), Opening::Existing).unwrap();
    let id = session.records(RecordKind::Meetings, None).unwrap().as_array().unwrap().iter()
        .find(|m| m["key"] == ROSTERED).unwrap()["id"].as_i64().unwrap();
    let deleted = session.delete_record(RecordKind::Meetings, id).unwrap();
    session.restore_from_trash(deleted.entry).unwrap();
    drop(session);
    let roster_entries = entries(&ws, &["--kind", "attendance"]);
    let of_meeting = |operation: &str| {
        roster_entries.iter().filter(|e| e["operation"] == operation && e["key"].as_str().unwrap().starts_with(&format!("{ROSTERED} / "))).count()
    };
    assert_eq!(of_meeting("delete"), roster, "every roster row's deletion, named by its meeting and person");
    assert!(of_meeting("insert") >= 2 * roster, "inserted by the demo, then by the restore");
    let meeting = entries(&ws, &["--key", ROSTERED]);
    let causes: Vec<(&str, &str)> = meeting.iter().map(|e| (e["operation"].as_str().unwrap(), e["cause"].as_str().unwrap())).collect();
    assert_eq!(&causes[..3], [("insert", "restore"), ("delete", "form"), ("update", "command line")], "{causes:?}");
    assert_eq!(fields(&meeting[1])["venue"][0], "Bern", "a deletion lists what was there");

    let check = ws.run(&["check"]).success();
    assert!(check.stdout.contains("\nhistory: "), "{}", check.stdout);
}

#[test]
fn an_entry_edited_or_removed_with_sqlite3_is_found_by_check() {
    let ws = Workspace::demo();
    // Refused as long as the file's guards stand.
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    assert!(conn.execute("UPDATE history SET who = 'mallory' WHERE id = 5", []).is_err());
    assert!(conn.execute("DELETE FROM history WHERE id = 5", []).is_err());

    // Another program's change is recorded as from outside, and chained by the next command.
    conn.execute("UPDATE meeting SET venue = 'Rome' WHERE key = ?1", [ROSTERED]).unwrap();
    let outside = &entries(&ws, &["--key", ROSTERED, "--limit", "1"])[0];
    assert_eq!((outside["cause"].as_str(), outside["who"].as_str()), (Some("outside"), Some("outside CxO Review")));
    assert!(outside["hash"].is_null(), "not chained yet");
    let check = ws.run(&["check"]).success();
    assert!(check.stdout.contains("1 more written by another program, not chained yet"), "{}", check.stdout);
    let repaired = ws.run(&["check", "--repair"]).success();
    assert!(repaired.stdout.contains("repaired: 1 history entry written by another program chained"), "{}", repaired.stdout);

    // Edited around the guard: named; put back: whole again; removed: the next one is named.
    conn.execute_batch("DROP TRIGGER history_sealed; DROP TRIGGER history_kept;").unwrap();
    let original: String = conn.query_row("SELECT who FROM history WHERE id = 5", [], |r| r.get(0)).unwrap();
    conn.execute("UPDATE history SET who = 'mallory' WHERE id = 5", []).unwrap();
    let check = ws.run(&["check"]);
    assert_eq!(check.code, 2);
    assert!(check.stdout.contains("history entry 5 does not follow from the one before it"), "{}", check.stdout);
    conn.execute("UPDATE history SET who = ?1 WHERE id = 5", [&original]).unwrap();
    ws.run(&["check"]).success();
    conn.execute("DELETE FROM history WHERE id = 9", []).unwrap();
    let check = ws.run(&["check"]);
    assert_eq!(check.code, 2);
    assert!(check.stdout.contains("history entry 10 does not follow"), "{}", check.stdout);
}

/// The end of the chain as `check` prints it: (entries, hash).
fn head(ws: &Workspace) -> (String, String) {
    let out = ws.run(&["check"]).success().stdout;
    let line = out.lines().find_map(|l| l.strip_prefix("history: ")).unwrap().to_string();
    let (entries, hash) = line.split_once(" entries, head ").unwrap();
    (entries.to_string(), hash.split_whitespace().next().unwrap().to_string())
}

#[test]
fn the_chains_head_goes_into_the_td_properties_and_each_package_and_return() {
    let ws = Workspace::demo();
    let (entries, hash) = head(&ws);

    let docx = ws.path("summary.docx");
    ws.run(&["review", "summary", "--cycle", "1", "--format", "docx", "--out", docx.to_str().unwrap()]).success();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    let mut custom = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("docProps/custom.xml").unwrap(), &mut custom).unwrap();
    assert!(custom.contains("CxO Review history head") && custom.contains(&hash), "{custom}");
    assert!(custom.contains(&format!(">{entries}<")), "{custom}");
    let markdown = ws.path("summary.md");
    ws.run(&["review", "summary", "--cycle", "1", "--format", "md", "--out", markdown.to_str().unwrap()]).success();
    assert!(!std::fs::read_to_string(&markdown).unwrap().contains(&hash), "the summary's text carries no history");

    let package = ws.path("a.cxopkg");
    ws.run(&["review", "package", "issue", "--cycle", "1", "--reviewer", "Delegate A (example)", "--out", package.to_str().unwrap()]).success();
    let text = std::fs::read_to_string(&package).unwrap();
    assert!(text.contains(&hash), "the package records the head it was issued under");
}

#[test]
fn a_document_exported_with_its_history_brings_it_and_a_changed_history_is_refused() {
    let ws = Workspace::demo();
    ws.run(&["edit", "meetings", ROSTERED, "venue=Bern"]).success();
    let document = ws.path("with-history.json");
    ws.run(&["export", "json", "--history", "--out", document.to_str().unwrap()]).success();
    let plain = ws.path("plain.json");
    ws.run(&["export", "json", "--out", plain.to_str().unwrap()]).success();
    let exported: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&document).unwrap()).unwrap();
    let source_entries = exported["history"].as_array().unwrap().len();
    assert_eq!(source_entries, ws.query("SELECT count(*) FROM history"));
    assert!(serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&plain).unwrap()).unwrap().get("history").is_none(), "only when asked");

    // Brought into another database: the source's entries first, each saying who, when and
    // why in the source, under this database's account and time; then the import's own.
    let other = Workspace::new();
    other.run(&["import", "all", document.to_str().unwrap()]).success();
    let brought = entries(&other, &["--cause", "import", "--key", ROSTERED]);
    let edit = brought.iter().find(|e| e["operation"] == "update").expect("the source's edit");
    assert!(edit["detail"].as_str().unwrap().contains(": command line by "), "{edit}");
    assert_eq!(fields(edit)["venue"][1], "Bern");
    assert!(other.query("SELECT count(*) FROM history") > source_entries, "the source's entries and the import's own");
    other.run(&["check"]).success();

    // A document whose history was changed after it was written is refused whole.
    let mut tampered = exported.clone();
    tampered["history"][3]["who"] = "mallory".into();
    let file = ws.file("tampered.json", serde_json::to_string_pretty(&tampered).unwrap());
    let third = Workspace::new();
    let refused = third.run(&["import", "all", file.to_str().unwrap()]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    let id = tampered["history"][3]["id"].as_i64().unwrap();
    assert!(refused.stderr.contains(&format!("its history is broken at entry {id}")), "{}", refused.stderr);
    assert_eq!(third.organizations(), 0, "nothing was imported");
}
