//! The review commands of `cxo-review`, on the demo data, read back as a user's tools would.

use std::io::Read;
use std::path::{Path, PathBuf};

#[path = "common/gate.rs"]
mod gate;

use assert_cmd::Command;

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("cxo-review")
        .unwrap()
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CXO_REVIEW_DB")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn ok(db: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run(db, args);
    assert_eq!(code, 0, "{args:?} failed\n{stdout}\n{stderr}");
    stdout
}

fn demo() -> (tempfile::TempDir, PathBuf, i64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    ok(&db, &["demo"]);
    let cycles: serde_json::Value = serde_json::from_str(&ok(&db, &["review", "list", "--format", "json"])).unwrap();
    let first = &cycles.as_array().expect("an array of cycles")[0];
    assert!(first["name"].is_string() && first["status"].is_string());
    let id = first["id"].as_i64().unwrap();
    (dir, db, id)
}

/// The tables of a .docx, as rows of cell texts, read with a DOCX reader.
fn docx_tables(bytes: &[u8]) -> Vec<Vec<Vec<String>>> {
    let docx = docx_rs::read_docx(bytes).expect("a readable .docx");
    let mut tables = Vec::new();
    for child in &docx.document.children {
        if let docx_rs::DocumentChild::Table(table) = child {
            let mut rows = Vec::new();
            for row in &table.rows {
                let docx_rs::TableChild::TableRow(row) = row;
                let mut cells = Vec::new();
                for cell in &row.cells {
                    let docx_rs::TableRowChild::TableCell(cell) = cell;
                    let mut text = String::new();
                    for content in &cell.children {
                        if let docx_rs::TableCellContent::Paragraph(p) = content {
                            text.push_str(&p.raw_text());
                        }
                    }
                    cells.push(text);
                }
                rows.push(cells);
            }
            tables.push(rows);
        }
    }
    tables
}

/// The whole text of a .docx's main part.
fn docx_text(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn docx_summary_tables_carry_the_same_figures_as_stats() {
    let (dir, db, id) = demo();
    let out = dir.path().join("summary.docx");
    ok(&db, &["review", "summary", "--cycle", &id.to_string(), "--format", "docx", "--out", out.to_str().unwrap()]);
    let bytes = std::fs::read(&out).unwrap();
    let tables = docx_tables(&bytes);

    let show: serde_json::Value = serde_json::from_str(&ok(&db, &["review", "show", "--cycle", &id.to_string(), "--format", "json"])).unwrap();
    let from = show["cycle"]["period_from"].as_str().unwrap();
    let to = show["cycle"]["period_to"].as_str().unwrap();
    let csv = ok(&db, &["stats", "--from", from, "--to", to, "--format", "csv"]);
    let stats: Vec<Vec<String>> = csv
        .lines()
        .map(|line| {
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
            reader.records().next().unwrap().unwrap().iter().map(str::to_string).collect()
        })
        .collect();

    // Annex B may be split into several tables of at most six meetings: join them back.
    let annex: Vec<&Vec<Vec<String>>> = tables.iter().filter(|t| t.len() == 11 && t[1][0] == "Number of participants").collect();
    assert!(!annex.is_empty(), "an Annex B table in the document");
    let mut joined: Vec<Vec<String>> = annex[0].iter().map(|row| vec![row[0].clone()]).collect();
    for table in &annex {
        for (row, cells) in joined.iter_mut().zip(table.iter()) {
            row.extend(cells[1..].iter().cloned());
        }
    }
    assert_eq!(joined, stats, "the document's Annex B equals `cxo-review stats`");

    let header_block = &tables[1];
    let labels: Vec<&str> = header_block.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(labels, ["Source:", "Title:", "Purpose:", "Contact:", "Keywords:", "Abstract:"]);
    let text = docx_text(&bytes);
    for heading in ["Introduction", "Results", "Proposed improvements", "Annex A: Objectives and rubric", "Annex B: Meeting statistics"] {
        assert!(text.contains(heading), "the document has {heading}");
    }
    assert!(!text.contains("@example"), "no e-mail address without --include-confidential");
}

#[test]
fn drafted_proposals_end_with_numbered_actions_for_tsag() {
    let (dir, db, id) = demo();
    let report = ok(&db, &["review", "draft", "--cycle", &id.to_string()]);
    assert!(report.contains("drafted: O"), "{report}");
    let out = dir.path().join("summary.md");
    ok(&db, &["review", "summary", "--cycle", &id.to_string(), "--format", "md", "--out", out.to_str().unwrap()]);
    let md = std::fs::read_to_string(out).unwrap();
    assert!(md.contains("## 3 Proposed improvements"));
    assert!(md.contains("**Action 1:** TSAG is invited to "), "{md}");
    assert!(md.contains("| Number of participants |"), "{md}");
}

#[test]
fn workbook_has_a_sheet_per_table_that_reads_back() {
    use calamine::{open_workbook_from_rs, Reader, Xlsx};
    let (dir, db, id) = demo();
    let out = dir.path().join("summary.xlsx");
    ok(&db, &["review", "summary", "--cycle", &id.to_string(), "--format", "xlsx", "--out", out.to_str().unwrap()]);
    let bytes = std::fs::read(&out).unwrap();
    let mut workbook: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a readable .xlsx");
    let names = workbook.sheet_names();
    assert_eq!(names, ["results", "scores", "indicators", "metrics", "improvements", "objectives", "statistics"]);
    let results = workbook.worksheet_range("results").unwrap();
    assert_eq!(results.get((0, 0)).unwrap().to_string(), "objective");
    assert!(results.height() > 1, "one row per objective");
    let statistics = workbook.worksheet_range("statistics").unwrap();
    assert_eq!(statistics.get((1, 0)).unwrap().to_string(), "Number of participants");
}

#[test]
fn json_summary_verifies_until_the_database_changes() {
    let (dir, db, id) = demo();
    let out = dir.path().join("summary.json");
    ok(&db, &["review", "sign-off", "--cycle", &id.to_string()]);
    ok(&db, &["review", "summary", "--cycle", &id.to_string(), "--format", "json", "--out", out.to_str().unwrap()]);
    assert!(ok(&db, &["review", "verify", out.to_str().unwrap()]).starts_with("ok:"));

    let text = std::fs::read_to_string(&out).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["summary"]["objectives"][0]["scores"][0]["rationale"] = serde_json::json!("rewritten after sign-off");
    std::fs::write(&out, doc.to_string()).unwrap();
    let (code, stdout, stderr) = run(&db, &["review", "verify", out.to_str().unwrap()]);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(stdout.contains("summary.objectives[0].scores[0].rationale"), "{stdout}");
    assert!(stderr.contains("1 difference(s)"), "{stderr}");
}

#[test]
fn signed_off_cycle_refuses_new_scores_from_files() {
    let (dir, db, id) = demo();
    ok(&db, &["review", "sign-off", "--cycle", &id.to_string()]);
    let show: serde_json::Value = serde_json::from_str(&ok(&db, &["review", "show", "--cycle", &id.to_string(), "--format", "json"])).unwrap();
    let cycle = show["cycle"]["name"].as_str().unwrap();
    let reviewer = show["cycle"]["reviewers"][0].as_str().unwrap();
    let objective = show["cycle"]["objectives"][0].as_str().unwrap();
    let file = dir.path().join("late.csv");
    std::fs::write(&file, format!("cycle,reviewer,objective,level\n\"{cycle}\",\"{reviewer}\",{objective},4\n")).unwrap();
    let (code, _, stderr) = run(&db, &["import", "scores", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("is signed off"), "{stderr}");
}

#[test]
fn csv_tables_neutralise_formulas_and_hide_contact_data() {
    let (dir, db, id) = demo();
    let people = dir.path().join("people.csv");
    ok(&db, &["export", "csv", "--table", "people", "--out", people.to_str().unwrap()]);
    let text = std::fs::read_to_string(&people).unwrap();
    assert!(text.starts_with("name,role,title,organization\n"), "{text}");
    assert!(!text.contains('@'));
    ok(&db, &["export", "csv", "--table", "people", "--include-confidential", "--out", people.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&people).unwrap().contains('@'));

    let org = dir.path().join("org.csv");
    std::fs::write(&org, "name,category,country\n\"=HYPERLINK(\"\"http://x\"\")\",sector_member,CH\n").unwrap();
    ok(&db, &["import", "organizations", org.to_str().unwrap()]);
    let out = dir.path().join("orgs-out.csv");
    ok(&db, &["export", "csv", "--table", "organizations", "--out", out.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&out).unwrap().contains("\"'=HYPERLINK("), "formula neutralised");

    let results = dir.path().join("results.csv");
    ok(&db, &["export", "csv", "--table", "results", "--cycle", &id.to_string(), "--out", results.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&results).unwrap().starts_with("objective,title,status,reviewers,median,spread,disagreement\n"));
    let (code, _, stderr) = run(&db, &["export", "csv", "--table", "nonsense", "--out", results.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown table"), "{stderr}");
}

#[test]
fn docx_converts_with_libreoffice_when_it_is_installed() {
    let Some(soffice) = gate::required(which("libreoffice").ok(), "libreoffice", "scripts/test.sh installs it") else {
        return;
    };
    let (dir, db, id) = demo();
    let out = dir.path().join("summary.docx");
    ok(&db, &["review", "summary", "--cycle", &id.to_string(), "--format", "docx", "--out", out.to_str().unwrap()]);
    let status = std::process::Command::new(soffice)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&out)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let pdf = std::fs::read(dir.path().join("summary.pdf")).expect("a PDF");
    assert!(pdf.starts_with(b"%PDF"));
}

fn which(program: &str) -> Result<PathBuf, ()> {
    std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(program)).find(|p| p.is_file()))
        .ok_or(())
}
