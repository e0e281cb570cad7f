//! Review packages end to end on the command line: a rapporteur's database and a reviewer's
//! machine (two folders, two keys), the round trip, and every way a return can be refused or
//! conflict — read back as the rapporteur's tools would.

mod common;

use std::path::{Path, PathBuf};

use common::{command, Output, Workspace};

const REVIEWER: &str = "Delegate A (example)";

/// A reviewer's machine: a folder for packages and returns, and its own key.
struct Reviewer {
    dir: tempfile::TempDir,
}

impl Reviewer {
    fn new() -> Self {
        Reviewer { dir: tempfile::tempdir().expect("temp dir") }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `cxo-review args…` on this machine: no database, this machine's key folder.
    fn run(&self, args: &[&str]) -> Output {
        let output = command().env("CXO_REVIEW_KEYS", self.path("keys")).args(args).output().expect("run cxo-review");
        Output {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    fn score(&self, package: &Path, objective: &str, level: &str, rationale: &str) -> Output {
        self.run(&["review", "package", "score", s(package), "--objective", objective, "--level", level, "--rationale", rationale])
    }

    /// Writes the return of `package` as `name`; returns its path.
    fn give_back(&self, package: &Path, name: &str) -> PathBuf {
        let out = self.path(name);
        self.run(&["review", "package", "return", s(package), "--out", s(&out)]).success();
        out
    }
}

fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The rapporteur issues a package of the demo cycle to the reviewer, into the reviewer's folder.
fn issue(ws: &Workspace, reviewer: &Reviewer, extra: &[&str]) -> PathBuf {
    let package = reviewer.path("a.cxopkg");
    let mut args = vec!["review", "package", "issue", "--cycle", "1", "--reviewer", REVIEWER, "--out", s(&package)];
    args.extend_from_slice(extra);
    let out = ws.run(&args).success();
    assert!(out.stdout.starts_with("issued package "), "{}", out.stdout);
    package
}

/// The reviewer's scores in the rapporteur's results, by objective: (level, source package).
fn results(ws: &Workspace) -> Vec<(String, i64, Option<String>)> {
    let out = ws.run(&["review", "show", "--cycle", "1", "--format", "json"]).success();
    let summary: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let mut found = Vec::new();
    for objective in summary["objectives"].as_array().expect("objectives") {
        for score in objective["scores"].as_array().expect("scores") {
            if score["reviewer"] == REVIEWER {
                found.push((
                    objective["code"].as_str().unwrap_or_default().to_string(),
                    score["level"].as_i64().unwrap_or(-1),
                    score["source_package"].as_str().map(String::from),
                ));
            }
        }
    }
    found.sort();
    found
}

fn level_of(ws: &Workspace, objective: &str) -> i64 {
    results(ws).into_iter().find(|(code, ..)| code == objective).map(|(_, level, _)| level).expect("a score")
}

#[test]
fn a_package_goes_out_comes_back_signed_and_its_scores_are_the_reviewers() {
    let ws = Workspace::demo();
    let reviewer = Reviewer::new();
    let package = issue(&ws, &reviewer, &[]);
    let shown = reviewer.run(&["review", "package", "show", s(&package)]).success();
    assert!(shown.stdout.contains(&format!("for {REVIEWER}")) && shown.stdout.contains("evidence to cite: meeting:"), "{}", shown.stdout);

    let before = level_of(&ws, "O4");
    let out = reviewer.score(&package, "O4", "3", "Actions are now tracked to closure").success();
    assert!(out.stdout.starts_with("scored O4 at 3 (Largely met)"), "{}", out.stdout);
    reviewer
        .run(&["review", "package", "score", s(&package), "--objective", "O5", "--level", "4", "--evidence", "meeting:CTO-2024-10"])
        .success();
    // What a package cannot hold is refused, and the file keeps its scores.
    reviewer.score(&package, "O9", "1", "").invalid();
    reviewer.score(&package, "O1", "7", "").invalid();
    let returned = reviewer.give_back(&package, "a.cxoreturn");
    // The return carries the head of the database's history the package was issued under.
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&package).unwrap()).unwrap();
    let issued: serde_json::Value = serde_json::from_str(file["issue"].as_str().unwrap()).unwrap();
    let head = issued["history"]["hash"].as_str().unwrap_or_else(|| panic!("a head: {}", issued["history"]));
    assert_eq!(head.len(), 64);
    assert!(std::fs::read_to_string(&returned).unwrap().contains(head), "the return carries it back");
    let key = reviewer.run(&["review", "package", "return", s(&package), "--out", s(&reviewer.path("again.cxoreturn"))]).success();
    assert!(key.stdout.contains("signed by this machine's reviewer key"), "{}", key.stdout);

    let merged = ws.run(&["review", "package", "merge", s(&returned)]).success();
    assert!(merged.stdout.contains(&format!("O4: {before} → 3")), "{}", merged.stdout);
    assert!(merged.stdout.contains("O5: "), "{}", merged.stdout);
    let scores = results(&ws);
    let o4 = scores.iter().find(|(code, ..)| code == "O4").expect("O4");
    let o5 = scores.iter().find(|(code, ..)| code == "O5").expect("O5");
    assert_eq!((o4.1, o5.1), (3, 4), "the rapporteur's results are the reviewer's scores");
    assert!(o4.2.is_some() && o4.2 == o5.2, "each merged score keeps its package");
    // The provenance is in the JSON summary, and so under the digest.
    let summary = ws.path("summary.json");
    ws.run(&["review", "summary", "--cycle", "1", "--format", "json", "--out", s(&summary)]).success();
    let text = std::fs::read_to_string(&summary).expect("summary");
    assert!(text.contains("\"source_package\"") && text.contains("\"reviewer_key\""), "provenance in the summary");

    // Merging the same file again changes nothing, not a byte of the database.
    let bytes = std::fs::read(ws.db()).expect("db");
    let again = ws.run(&["review", "package", "merge", s(&returned)]).success();
    assert!(again.stdout.contains("nothing new"), "{}", again.stdout);
    assert_eq!(std::fs::read(ws.db()).expect("db"), bytes);

    // A later return replaces only what changed, and says so.
    reviewer.score(&package, "O4", "4", "Closed on time in 2025").success();
    let later = reviewer.give_back(&package, "later.cxoreturn");
    let merged = ws.run(&["review", "package", "merge", s(&later)]).success();
    assert!(merged.stdout.contains("O4: 3 → 4"), "{}", merged.stdout);
    assert!(merged.stdout.contains("unchanged:") && merged.stdout.contains("O5"), "{}", merged.stdout);
    assert_eq!(level_of(&ws, "O4"), 4);
    // The earlier return, merged after the later one, would undo it: refused.
    ws.run(&["review", "package", "merge", s(&returned)]).invalid();
    assert_eq!(level_of(&ws, "O4"), 4);
}

#[test]
fn tampered_truncated_foreign_and_strange_returns_are_refused_and_nothing_is_written() {
    let ws = Workspace::demo();
    let reviewer = Reviewer::new();
    let package = issue(&ws, &reviewer, &[]);
    reviewer.score(&package, "O4", "3", "Tracked").success();
    let good = reviewer.give_back(&package, "good.cxoreturn");
    let text = std::fs::read_to_string(&good).expect("return");
    let variant = |name: &str, content: &[u8]| {
        let path = reviewer.path(name);
        std::fs::write(&path, content).expect("write");
        path
    };
    let replace = |from: &str, to: &str| {
        assert!(text.contains(from), "{from} in the return");
        text.replacen(from, to, 1).into_bytes()
    };
    let signature_at = text.find("\"signature\": \"").expect("signature") + 14;
    let mut flipped_signature = text.clone().into_bytes();
    flipped_signature[signature_at] = if flipped_signature[signature_at] == b'0' { b'1' } else { b'0' };
    let cases: Vec<(&str, PathBuf, &str)> = vec![
        ("header", variant("header.cxoreturn", &replace("cxo-review-return", "cxo-review-other")), "is not a CxO Review review return"),
        ("body", variant("body.cxoreturn", &replace("\\\"level\\\":3", "\\\"level\\\":4")), "was changed after it was signed"),
        ("signature", variant("signature.cxoreturn", &flipped_signature), "was changed after it was signed"),
        ("truncated", variant("truncated.cxoreturn", &text.as_bytes()[..text.len() / 2]), "is cut short"),
        ("a package", variant("package.cxoreturn", &std::fs::read(&package).expect("package")), "is a review package, not a review return"),
        ("not JSON", variant("binary.cxoreturn", b"\x00\x01SQLite format 3\x00"), "is not a CxO Review review return"),
    ];
    let bytes = std::fs::read(ws.db()).expect("db");
    for (what, path, says) in &cases {
        let out = ws.run(&["review", "package", "merge", s(path)]).invalid();
        assert!(out.stdout.contains(says), "{what}: {}", out.stdout);
        assert_eq!(std::fs::read(ws.db()).expect("db"), bytes, "{what}: the database changed");
    }

    // A return of another database's package.
    let other = Workspace::demo();
    let out = other.run(&["review", "package", "merge", s(&good)]).invalid();
    assert!(out.stdout.contains("answers a package this database did not issue"), "{}", out.stdout);

    // Once a return is merged, its package's returns must come from the same key.
    ws.run(&["review", "package", "merge", s(&good)]).success();
    let stranger = Reviewer::new();
    let forged = stranger.path("forged.cxoreturn");
    stranger.run(&["review", "package", "return", s(&package), "--out", s(&forged)]).success();
    let bytes = std::fs::read(ws.db()).expect("db");
    let out = ws.run(&["review", "package", "merge", s(&forged)]).invalid();
    assert!(out.stdout.contains("earlier returns of this package were signed by"), "{}", out.stdout);
    assert_eq!(std::fs::read(ws.db()).expect("db"), bytes);
}

#[test]
fn conflicts_are_reported_never_applied() {
    let ws = Workspace::demo();
    let reviewer = Reviewer::new();
    let package = issue(&ws, &reviewer, &[]);
    reviewer.score(&package, "O1", "2", "Fewer priorities published").success();
    reviewer.score(&package, "O4", "3", "Tracked").success();
    reviewer.score(&package, "O5", "4", "More delegates").success();
    let returned = reviewer.give_back(&package, "a.cxoreturn");
    // At the rapporteur's side, after issuing: O1 rescored here, O5 taken out of the cycle.
    ws.execute(
        "UPDATE score SET level = 0 WHERE objective_id = (SELECT id FROM objective WHERE code = 'O1')
           AND reviewer_id = (SELECT id FROM reviewer WHERE name = 'Delegate A (example)');
         DELETE FROM cycle_objective WHERE objective_id = (SELECT id FROM objective WHERE code = 'O5');",
    );
    let out = ws.run(&["review", "package", "merge", s(&returned)]).success();
    assert!(out.stdout.contains("CONFLICT O1: was changed here since the package was issued"), "{}", out.stdout);
    assert!(out.stdout.contains("CONFLICT O5: is no longer in the cycle's scope"), "{}", out.stdout);
    assert!(out.stdout.contains("O4: "), "{}", out.stdout);
    assert_eq!(level_of(&ws, "O1"), 0, "the rapporteur's own change stands");
    assert_eq!(level_of(&ws, "O4"), 3);
}

#[test]
fn late_returns_wait_to_be_accepted_and_signed_off_cycles_take_none() {
    let ws = Workspace::demo();
    let reviewer = Reviewer::new();
    let package = issue(&ws, &reviewer, &["--deadline", "2020-01-01"]);
    reviewer.score(&package, "O4", "3", "Tracked").success();
    let returned = reviewer.give_back(&package, "a.cxoreturn");
    let out = ws.run(&["review", "package", "merge", s(&returned)]).invalid();
    assert!(out.stdout.contains("after the deadline (2020-01-01); merge it with --accept-late"), "{}", out.stdout);
    ws.run(&["review", "package", "merge", "--accept-late", s(&returned)]).success();
    assert_eq!(level_of(&ws, "O4"), 3);

    reviewer.score(&package, "O4", "4", "Closed").success();
    let later = reviewer.give_back(&package, "later.cxoreturn");
    ws.run(&["review", "sign-off", "--cycle", "1"]).success();
    let out = ws.run(&["review", "package", "merge", "--accept-late", s(&later)]).invalid();
    assert!(out.stdout.contains("is signed off"), "{}", out.stdout);
    assert_eq!(level_of(&ws, "O4"), 3);
    // Nor can a signed-off cycle be sent out again.
    let again = ws.run(&["review", "package", "issue", "--cycle", "1", "--reviewer", REVIEWER, "--out", s(&ws.path("b.cxopkg"))]);
    assert!(again.invalid().stderr.contains("is signed off"));
}

#[test]
fn packages_for_every_reviewer_go_into_a_folder() {
    let ws = Workspace::demo();
    let folder = ws.path("packages");
    let out = ws.run(&["review", "package", "issue", "--cycle", "1", "--out", s(&folder)]).success();
    let mut files: Vec<String> =
        std::fs::read_dir(&folder).expect("folder").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files.len(), 3, "{}", out.stdout);
    assert!(files.iter().all(|f| f.ends_with(".cxopkg")), "{files:?}");
    assert!(files.iter().any(|f| f.contains("delegate-a-example")), "{files:?}");
}

#[test]
fn text_from_a_return_is_printed_with_its_control_characters_written_out_and_a_return_never_replaces_its_package() {
    let ws = Workspace::demo();
    let reviewer = Reviewer::new();
    let package = issue(&ws, &reviewer, &[]);
    reviewer.score(&package, "O1", "2", "Fewer priorities published").success();

    // Returned over the package itself (a slip of the tab key): refused, the package kept.
    let before = std::fs::read(&package).expect("package");
    let out = reviewer.run(&["review", "package", "return", s(&package), "--out", s(&package)]).invalid();
    assert!(out.stderr.contains("is the package itself"), "{}", out.stderr);
    assert_eq!(std::fs::read(&package).expect("package"), before);

    // A return whose file name carries a carriage return and a terminal escape sequence, as
    // a crafted file would to draw a line of its own over the report.
    let crafted = reviewer.give_back(&package, "evil\r  O5: new, 4 (applied)\x1b[2K.cxoreturn");
    let out = ws.run(&["review", "package", "merge", s(&crafted)]).success();
    assert!(!out.stdout.contains('\r') && !out.stdout.contains('\x1b'), "{:?}", out.stdout);
    assert!(out.stdout.contains("evil\\u{d}  O5: new, 4 (applied)\\u{1b}[2K.cxoreturn"), "{}", out.stdout);
    assert!(out.stdout.contains("  O1: "), "{}", out.stdout);
    // An error quoting it is written out the same way.
    let missing = reviewer.path("gone\x1b[31m.cxoreturn");
    let out = ws.run(&["review", "package", "merge", s(&missing)]).no_panic();
    assert!(!out.stderr.contains('\x1b') && !out.stdout.contains('\x1b'), "{:?} {:?}", out.stdout, out.stderr);
    assert!(out.stderr.contains("gone\\u{1b}[31m") || out.stdout.contains("gone\\u{1b}[31m"), "{:?} {:?}", out.stdout, out.stderr);
}

#[test]
fn a_reviewers_key_signs_only_that_reviewers_returns_in_every_package() {
    let ws = Workspace::demo();
    let a = Reviewer::new();
    let package_a = issue(&ws, &a, &[]);
    a.score(&package_a, "O1", "2", "Mine").success();
    let returned = a.give_back(&package_a, "a.cxoreturn");
    ws.run(&["review", "package", "merge", s(&returned)]).success();

    // A package issued to another reviewer, scored and returned on A's machine, with A's key.
    let package_b = a.path("b.cxopkg");
    ws.run(&["review", "package", "issue", "--cycle", "1", "--reviewer", "Delegate B (example)", "--out", s(&package_b)]).success();
    a.score(&package_b, "O1", "0", "Written in B's name").success();
    let forged = a.give_back(&package_b, "b-forged.cxoreturn");
    let bytes = std::fs::read(ws.db()).expect("db");
    let out = ws.run(&["review", "package", "merge", s(&forged)]).invalid();
    assert!(out.stdout.contains("which signs Delegate A (example)'s returns"), "{}", out.stdout);
    assert_eq!(std::fs::read(ws.db()).expect("db"), bytes, "nothing was merged");

    // B's own return, from B's machine, is then accepted: the forged one pinned nothing.
    let b = Reviewer::new();
    let package_b_at_b = b.path("b.cxopkg");
    std::fs::copy(&package_b, &package_b_at_b).expect("the package travels to B");
    b.score(&package_b_at_b, "O1", "3", "B's own view").success();
    let genuine = b.give_back(&package_b_at_b, "b.cxoreturn");
    ws.run(&["review", "package", "merge", s(&genuine)]).success();
}

#[test]
fn a_refused_issue_makes_no_signing_key_and_records_no_package() {
    let ws = Workspace::demo();
    let keys = || ws.query("SELECT count(*) FROM signing_key");
    let packages = || ws.query("SELECT count(*) FROM review_package");
    assert_eq!((keys(), packages()), (0, 0), "the demo has issued nothing yet");
    let out = ws.path("a.cxopkg");
    for (args, says) in [
        (&["--cycle", "1", "--reviewer", "Nobody", "--out", s(&out)][..], "is not a reviewer of"),
        (&["--cycle", "99", "--reviewer", REVIEWER, "--out", s(&out)], "no review cycle"),
        (&["--cycle", "1", "--reviewer", REVIEWER, "--out", s(&ws.db())], "is the open database"),
    ] {
        let refused = ws.run(&[&["review", "package", "issue"][..], args].concat());
        assert_eq!(refused.code, 2, "{args:?}: {}", refused.stderr);
        assert!(refused.stderr.contains(says), "{args:?}: {}", refused.stderr);
        assert_eq!((keys(), packages()), (0, 0), "{args:?} left a key or a package behind");
    }
    ws.run(&["review", "package", "issue", "--cycle", "1", "--reviewer", REVIEWER, "--out", s(&out)]).success();
    assert_eq!((keys(), packages()), (1, 1));
}
