//! Bringing in a spreadsheet, as a new user would from the command line: one registration list
//! written as .xlsx (French headers), .ods (Spanish headers) and Windows-1252 .csv (English
//! headers, semicolons) gives the same plan; the import creates what the plan says under one
//! batch and the meeting's roster; undo takes it back, or says what blocks it; a bad cell is
//! named as the spreadsheet names it and nothing is written.

mod common;

use std::io::Write;

use common::Workspace;
use serde_json::Value;

/// The meeting of the demo whose roster the lists fill.
const MEETING: &str = "CTO-2025-06";

/// The list: a person of the directory spelled in another order and case, with her e-mail; an
/// organization of the directory in capitals without its "(example)"; a new organization and
/// two new people; one row in another country's spelling of Switzerland.
fn rows(language: &str) -> (Vec<&'static str>, Vec<[&'static str; 6]>) {
    let headers = match language {
        "fr" => vec!["Nom", "Prénom", "Organisation", "Pays", "Fonction", "Courriel"],
        "es" => vec!["Apellidos", "Nombre", "Organización", "País", "Cargo", "Correo electrónico"],
        _ => vec!["Last Name", "First Name", "Organization", "Country", "Job title", "E-mail"],
    };
    let rows = vec![
        ["EXAMPLE", "Wanjiru", "Savanna Mobile (example)", "Kenya", "Chief Technology Officer", "wanjiru@savanna.example.com"],
        ["Lefèvre", "Renée", "ALPENFUNK NETWORKS", "Suisse", "Directrice technique", ""],
        ["Okafor", "Chidi", "Kano Fibre Ltd.", "NG", "Network engineer", "chidi@kano.example.com"],
        ["Okafor", "Chidi", "Kano Fibre Ltd", "Nigeria", "Network engineer", ""],
    ];
    (headers, rows)
}

fn xlsx(language: &str) -> Vec<u8> {
    let (headers, rows) = rows(language);
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Participants").unwrap();
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                sheet.write_string(r as u32 + 1, c as u16, *v).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// An OpenDocument spreadsheet, as LibreOffice writes its parts.
fn ods(language: &str) -> Vec<u8> {
    let (headers, rows) = rows(language);
    let cell = |v: &str| {
        if v.is_empty() {
            "<table:table-cell/>".to_string()
        } else {
            format!("<table:table-cell office:value-type=\"string\"><text:p>{v}</text:p></table:table-cell>")
        }
    };
    let mut table = String::new();
    for row in std::iter::once(headers.clone()).chain(rows.iter().map(|r| r.to_vec())) {
        table.push_str(&format!("<table:table-row>{}</table:table-row>", row.iter().map(|v| cell(v)).collect::<String>()));
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Participantes">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    out.into_inner()
}

/// Windows-1252 text with semicolons, as Excel saves "CSV" on a Western Windows.
fn csv_1252(language: &str) -> Vec<u8> {
    let (headers, rows) = rows(language);
    let mut text = headers.join(";") + "\r\n";
    for row in rows {
        text.push_str(&row.join(";"));
        text.push_str("\r\n");
    }
    text.chars().map(|c| u8::try_from(u32::from(c)).expect("Latin-1 text")).collect()
}

fn plan(ws: &Workspace, file: &str, extra: &[&str]) -> Value {
    let out = ws.run(&[&["import", "sheet", file, "--meeting", MEETING, "--dry-run", "--format", "json"][..], extra].concat()).success();
    serde_json::from_str(&out.stdout).unwrap()
}

/// What a plan says of each name: (text, band, match).
fn bands(plan: &Value, what: &str) -> Vec<(String, String, Option<String>)> {
    plan[what]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["text"].as_str().unwrap().to_string(), m["band"].as_str().unwrap().to_string(), m["match"].as_str().map(str::to_string)))
        .collect()
}

#[test]
fn one_list_in_three_formats_and_three_languages_gives_one_plan() {
    let ws = Workspace::demo();
    let files = [
        ws.file("inscriptions.xlsx", xlsx("fr")),
        ws.file("participantes.ods", ods("es")),
        ws.file("registrations.csv", csv_1252("en")),
    ];
    let plans: Vec<Value> = files.iter().map(|f| plan(&ws, f.to_str().unwrap(), &[])).collect();
    for (plan, file) in plans.iter().zip(&files) {
        assert_eq!(plan["rows"], 4, "{file:?}: {plan}");
        assert_eq!(plan["problems"], serde_json::json!([]), "{file:?}");
        assert_eq!(
            bands(plan, "organizations"),
            [
                ("Savanna Mobile (example)".into(), "auto".into(), Some("Savanna Mobile (example)".into())),
                ("ALPENFUNK NETWORKS".into(), "review".into(), None),
                ("Kano Fibre Ltd.".into(), "new".into(), None),
            ],
            "{file:?}"
        );
        assert_eq!(
            bands(plan, "people"),
            [
                ("Wanjiru EXAMPLE".into(), "auto".into(), Some("Wanjiru Example".into())),
                ("Renée Lefèvre".into(), "new".into(), None),
                ("Chidi Okafor".into(), "new".into(), None),
            ],
            "{file:?}"
        );
        // Reviewed, the candidate and what differs are shown.
        let review = &plan["organizations"][1]["candidates"][0];
        assert_eq!(review["name"], "Alpenfunk Networks (example)");
        assert!(review["differs"].as_str().unwrap().contains("only in the directory: example"), "{review}");
        assert_eq!(plan["create"], serde_json::json!({"attendance": 2, "organizations": 2, "people": 2}), "{file:?}");
    }
    assert_eq!(plans[0]["source"]["format"], "xlsx");
    assert_eq!(plans[0]["source"]["sheet"], "Participants");
    assert_eq!(plans[1]["source"]["format"], "ods");
    assert_eq!((plans[2]["source"]["encoding"].as_str(), plans[2]["source"]["delimiter"].as_str()), (Some("windows-1252"), Some(";")));
    // --accept-review takes the candidate.
    let accepted = plan(&ws, files[0].to_str().unwrap(), &["--accept-review"]);
    assert_eq!(bands(&accepted, "organizations")[1].2.as_deref(), Some("Alpenfunk Networks (example)"));
    assert_eq!(accepted["create"]["organizations"], 1);
}

#[test]
fn an_import_creates_what_its_plan_says_under_one_batch_and_undo_takes_it_back() {
    let ws = Workspace::demo();
    let file = ws.file("inscriptions.xlsx", xlsx("fr"));
    let (orgs, people, roster) = (
        ws.query("SELECT count(*) FROM organization"),
        ws.query("SELECT count(*) FROM person"),
        ws.query(&format!("SELECT count(*) FROM attendance WHERE meeting_id = (SELECT id FROM meeting WHERE key = '{MEETING}')")),
    );
    let before = ws.export("before.json");
    let out = ws.run(&["import", "sheet", file.to_str().unwrap(), "--meeting", MEETING, "--accept-review"]).success();
    // Wanjiru was on the roster as registered: now attended.
    assert!(out.stdout.contains("created: 2 attendance, 1 organizations, 2 people; updated: 1 attendance"), "{}", out.stdout);
    let batch = out.stdout.lines().find_map(|l| l.strip_prefix("batch ")).unwrap().split(' ').next().unwrap().to_string();
    assert_eq!(ws.query("SELECT count(*) FROM organization"), orgs + 1);
    assert_eq!(ws.query("SELECT count(*) FROM person"), people + 2);
    assert_eq!(
        ws.query(&format!("SELECT count(*) FROM attendance WHERE meeting_id = (SELECT id FROM meeting WHERE key = '{MEETING}')")),
        roster + 2,
        "Wanjiru was on the roster already"
    );
    assert_eq!(ws.query(&format!("SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id JOIN meeting m ON m.id = a.meeting_id WHERE m.key = '{MEETING}' AND p.name = 'Wanjiru Example' AND a.status = 'attended'")), 1);
    // The new people: their role from their title, Renée at the reviewed organization, Chidi
    // once though on two rows.
    assert_eq!(ws.query("SELECT count(*) FROM person p JOIN organization o ON o.id = p.organization_id WHERE p.name = 'Renée Lefèvre' AND p.role = 'CTO' AND o.name = 'Alpenfunk Networks (example)'"), 1);
    assert_eq!(ws.query("SELECT count(*) FROM person WHERE name = 'Chidi Okafor' AND role = 'delegate' AND email = 'chidi@kano.example.com'"), 1);
    assert_eq!(ws.query("SELECT count(*) FROM organization WHERE name = 'Kano Fibre Ltd.' AND country = 'NG' AND category = 'non_member'"), 1);
    // Every entry of the import carries its batch.
    assert_eq!(ws.query(&format!("SELECT count(*) FROM history WHERE batch = '{batch}'")), 6);
    // The same list again changes nothing: everyone is known and on the roster.
    let again = ws.run(&["import", "sheet", file.to_str().unwrap(), "--meeting", MEETING, "--accept-review", "--dry-run"]).success();
    assert!(again.stdout.contains("would create: nothing; would update: nothing"), "{}", again.stdout);

    // Undone: the database is as before, and the undo is recorded.
    let out = ws.run(&["import", "undo", &batch]).success();
    assert!(out.stdout.contains("5 record(s) deleted, 1 put back"), "{}", out.stdout);
    assert_eq!(ws.export("after.json"), before);
    assert_eq!(ws.query(&format!("SELECT count(*) FROM history WHERE detail = 'undo of batch {batch}'")), 6);
    // Twice: said to be undone already.
    let out = ws.run(&["import", "undo", &batch]).invalid();
    assert!(out.stderr.contains("was undone already"), "{}", out.stderr);
}

#[test]
fn undo_is_refused_when_something_was_built_on_the_import() {
    let ws = Workspace::demo();
    let file = ws.file("inscriptions.xlsx", xlsx("fr"));
    let out = ws.run(&["import", "sheet", file.to_str().unwrap()]).success();
    let batch = out.stdout.lines().find_map(|l| l.strip_prefix("batch ")).unwrap().split(' ').next().unwrap().to_string();
    ws.run(&["edit", "people", "Chidi Okafor", "title=Head of networks"]).success();
    let people = ws.query("SELECT count(*) FROM person");
    let out = ws.run(&["import", "undo", &batch]).invalid();
    assert!(out.stderr.contains("people Chidi Okafor"), "{}", out.stderr);
    assert_eq!(ws.query("SELECT count(*) FROM person"), people, "nothing undone");
    assert!(ws.run(&["import", "undo", "0000000000000000"]).invalid().stderr.contains("no import has the batch id"));
}

#[test]
fn a_bad_cell_is_named_as_the_spreadsheet_names_it_and_nothing_is_written() {
    let ws = Workspace::demo();
    let text = "Nom;Prénom;Organisation;Pays;Participation\nDupont;Marie;Orange;Atlantide;Présente\nMartin;Paul;Orange;France;peut-être\n";
    let file = ws.file("liste.csv", text);
    let entries = ws.query("SELECT count(*) FROM history");
    let out = ws.run(&["import", "sheet", file.to_str().unwrap(), "--meeting", MEETING]).invalid();
    assert!(out.stderr.contains("line 2, column D2 (Pays): \"Atlantide\" is not a country"), "{}", out.stderr);
    assert!(out.stderr.contains("line 3, column E3 (Participation): \"peut-être\" does not say whether they attended"), "{}", out.stderr);
    assert_eq!(ws.query("SELECT count(*) FROM history"), entries, "nothing written");
    // A sheet without a name column says which headers it found.
    let file = ws.file("other.csv", "Organisation,Pays\nOrange,France\n");
    let out = ws.run(&["import", "sheet", file.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("no column holds a name"), "{}", out.stderr);
    // Not a workbook, a protected one, a missing sheet: refused with the reason.
    let file = ws.file("broken.xlsx", b"PK\x03\x04 this is not a workbook");
    assert!(ws.run(&["import", "sheet", file.to_str().unwrap()]).invalid().stderr.contains("cannot be read"));
    let file = ws.file("book.xlsx", xlsx("fr"));
    let out = ws.run(&["import", "sheet", file.to_str().unwrap(), "--sheet", "Feuil2"]).invalid();
    assert!(out.stderr.contains("no sheet named \"Feuil2\"; its sheets: Participants"), "{}", out.stderr);
    assert_eq!(ws.query("SELECT count(*) FROM history"), entries, "nothing written");
}

#[test]
fn a_mapping_saved_once_reads_the_same_layout_again() {
    let ws = Workspace::demo();
    // Headers nobody could guess: mapped by hand once.
    let text = "Delegado;Entidad registrada;Situación\nAna Pérez;Iberia Cloud (example);Asistió\n";
    let file = ws.file("lista.csv", text);
    let out = ws.run(&["import", "sheet", file.to_str().unwrap(), "--dry-run"]).invalid();
    assert!(out.stderr.contains("no column holds an organization"), "{}", out.stderr);
    let mapping = ws.file(
        "mapping.json",
        r#"{"name": "Registro", "columns": {"Delegado": "full_name", "Entidad registrada": "organization", "Situación": "participation"}}"#,
    );
    let saved = ws.path("saved.json");
    let plan = plan(&ws, file.to_str().unwrap(), &["--mapping", mapping.to_str().unwrap(), "--save-mapping", saved.to_str().unwrap()]);
    assert_eq!(bands(&plan, "organizations")[0].1, "auto");
    assert_eq!(plan["create"], serde_json::json!({"attendance": 1, "people": 1}));
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(saved).unwrap()).unwrap();
    assert_eq!(saved["columns"]["Entidad registrada"], "organization");
    assert_eq!(saved["header_row"], 1);
    // A mapping that names an unknown field is refused, with the fields it may name.
    let bad = ws.file("bad.json", r#"{"columns": {"Delegado": "nickname"}}"#);
    let out = ws.run(&["import", "sheet", file.to_str().unwrap(), "--mapping", bad.to_str().unwrap(), "--dry-run"]).invalid();
    assert!(out.stderr.contains("unknown variant `nickname`"), "{}", out.stderr);
}

#[test]
fn duplicates_are_listed_merged_with_their_references_and_the_merge_undone() {
    let ws = Workspace::demo();
    // A list read without accepting reviews: ALPENFUNK NETWORKS becomes a second organization,
    // with Renée in it.
    let file = ws.file("inscriptions.xlsx", xlsx("fr"));
    ws.run(&["import", "sheet", file.to_str().unwrap(), "--meeting", MEETING]).success();
    let before = ws.export("before.json");
    let out = ws.run(&["directory", "duplicates", "--format", "json"]).success();
    let pairs: Value = serde_json::from_str(&out.stdout).unwrap();
    let pair = pairs
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Alpenfunk Networks (example)" || p["other"] == "Alpenfunk Networks (example)")
        .unwrap_or_else(|| panic!("the two Alpenfunks are listed: {pairs}"));
    assert!(pair["score"].as_f64().unwrap() >= 0.86, "{pair}");

    let out = ws
        .run(&["directory", "merge", "--kind", "organizations", "--keep", "Alpenfunk Networks (example)", "--absorb", "ALPENFUNK NETWORKS"])
        .success();
    assert!(out.stdout.contains("1 reference(s) moved"), "{}", out.stdout);
    let batch = out.stdout.split("batch ").nth(1).unwrap().split(' ').next().unwrap().to_string();
    assert_eq!(ws.query("SELECT count(*) FROM organization WHERE name = 'ALPENFUNK NETWORKS'"), 0);
    assert_eq!(
        ws.query("SELECT count(*) FROM person p JOIN organization o ON o.id = p.organization_id WHERE p.name = 'Renée Lefèvre' AND o.name = 'Alpenfunk Networks (example)'"),
        1
    );
    assert!(ws.run(&["check"]).success().stdout.starts_with("ok"));
    // Undone: as before the merge, the organization back with its person.
    let out = ws.run(&["import", "undo", &batch]).success();
    assert!(out.stdout.contains("0 record(s) deleted, 2 put back"), "{}", out.stdout);
    // The same records; the organization made again is listed last, as the newest.
    let lines = |text: String| {
        let mut lines: Vec<String> = text.lines().map(|l| l.trim_end_matches(',').to_string()).collect();
        lines.sort();
        lines
    };
    assert_eq!(lines(ws.export("after.json")), lines(before));

    // People: a misspelt second record on a roster, merged into the right one.
    ws.file("people.csv", "name,role,organization\nOtieno Exmple,expert,Savanna Mobile (example)\n");
    ws.run(&["import", "people", ws.path("people.csv").to_str().unwrap()]).success();
    ws.file("attendance.csv", "meeting,person,status\nCTO-2024-10,Otieno Exmple,attended\n");
    ws.run(&["import", "attendance", ws.path("attendance.csv").to_str().unwrap()]).success();
    let out = ws.run(&["directory", "duplicates", "--kind", "people"]).success();
    assert!(out.stdout.contains("Otieno Example  ~  Otieno Exmple") || out.stdout.contains("Otieno Exmple  ~  Otieno Example"), "{}", out.stdout);
    ws.run(&["directory", "merge", "--kind", "people", "--keep", "Otieno Example", "--absorb", "Otieno Exmple"]).success();
    assert_eq!(
        ws.query("SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id JOIN meeting m ON m.id = a.meeting_id WHERE m.key = 'CTO-2024-10' AND p.name = 'Otieno Example'"),
        1
    );
    assert_eq!(ws.query("SELECT count(*) FROM person WHERE name = 'Otieno Exmple'"), 0);
    let out = ws.run(&["directory", "merge", "--kind", "people", "--keep", "Otieno Example", "--absorb", "Nobody"]).invalid();
    assert!(out.stderr.contains("no people is named \"Nobody\""), "{}", out.stderr);
}

#[test]
fn a_name_taken_once_is_matched_at_once_until_its_import_is_undone() {
    let ws = Workspace::demo();
    let file = ws.file("inscriptions.xlsx", xlsx("fr"));
    let file = file.to_str().unwrap();
    let band_of = |plan: &Value, text: &str| -> String {
        plan["organizations"].as_array().unwrap().iter().find(|m| m["text"] == text).map(|m| m["band"].as_str().unwrap().to_string()).unwrap()
    };
    assert_eq!(band_of(&plan(&ws, file, &[]), "ALPENFUNK NETWORKS"), "review");
    // Reviewed and taken: remembered, so the next list spelling it so is matched at once.
    let out = ws.run(&["import", "sheet", file, "--meeting", MEETING, "--accept-review"]).success();
    let batch = out.stdout.lines().find_map(|l| l.strip_prefix("batch ")).unwrap().split(' ').next().unwrap().to_string();
    let again = plan(&ws, file, &[]);
    assert_eq!(band_of(&again, "ALPENFUNK NETWORKS"), "auto", "{again}");
    assert_eq!(again["organizations"][1]["match"], "Alpenfunk Networks (example)");
    // Undone, the import takes what it taught with it.
    ws.run(&["import", "undo", &batch]).success();
    assert_eq!(band_of(&plan(&ws, file, &[]), "ALPENFUNK NETWORKS"), "review");
    assert_eq!(ws.query("SELECT count(*) FROM organization_alias"), 0);

    // A merge remembers the absorbed name.
    ws.run(&["import", "sheet", file, "--meeting", MEETING]).success();
    ws.run(&["directory", "merge", "--kind", "organizations", "--keep", "Alpenfunk Networks (example)", "--absorb", "ALPENFUNK NETWORKS"]).success();
    assert_eq!(band_of(&plan(&ws, file, &[]), "ALPENFUNK NETWORKS"), "auto");
}

#[test]
fn a_sheet_of_counts_per_region_fills_a_meetings_counts_and_is_undone() {
    let ws = Workspace::demo();
    let counts = |ws: &Workspace| ws.query("SELECT sum(participants) FROM attendance_count WHERE meeting_id = (SELECT id FROM meeting WHERE key = 'RGIEM-2023-01')");
    let before = counts(&ws);
    // Spanish headers; a region the product does not know, and a count that is not one.
    let bad = ws.file("conteo.csv", "Región;Participantes;Ejecutivos\nÁfrica;3;1\nAtlántida;1;0\nEuropa;muchos;0\n");
    let out = ws.run(&["import", "sheet", bad.to_str().unwrap(), "--meeting", "RGIEM-2023-01"]).invalid();
    assert!(out.stderr.contains("column A3 (Región): \"Atlántida\" is not an ITU region"), "{}", out.stderr);
    assert!(out.stderr.contains("column B4 (Participantes): \"muchos\" is not a count"), "{}", out.stderr);
    assert_eq!(counts(&ws), before, "nothing written");
    // A roster meeting takes no counts.
    let good = ws.file("conteo-bueno.csv", "Región;Participantes;Ejecutivos\nÁfrica;3;1\nEuropa;7;0\nAsia-Pacífico;14;2\n");
    let out = ws.run(&["import", "sheet", good.to_str().unwrap(), "--meeting", MEETING, "--dry-run"]).invalid();
    assert!(out.stderr.contains("records a roster, not counts per region"), "{}", out.stderr);
    // Africa and Asia-Pacific changed; Europe as stored.
    let plan = plan_of(&ws, good.to_str().unwrap(), "RGIEM-2023-01");
    assert_eq!(plan["update"], serde_json::json!({"counts": 2}), "{plan}");
    assert_eq!(plan["create"], serde_json::json!({}));
    let out = ws.run(&["import", "sheet", good.to_str().unwrap(), "--meeting", "RGIEM-2023-01"]).success();
    assert_eq!(counts(&ws), before + 1 + 2);
    let batch = out.stdout.lines().find_map(|l| l.strip_prefix("batch ")).unwrap().split(' ').next().unwrap().to_string();
    ws.run(&["import", "undo", &batch]).success();
    assert_eq!(counts(&ws), before);
}

fn plan_of(ws: &Workspace, file: &str, meeting: &str) -> Value {
    let out = ws.run(&["import", "sheet", file, "--meeting", meeting, "--dry-run", "--format", "json"]).success();
    serde_json::from_str(&out.stdout).unwrap()
}

#[test]
fn a_register_of_meetings_is_read_with_its_dates_never_guessed() {
    let ws = Workspace::demo();
    // French headers; 03/09/2026 can be read either way.
    let register = ws.file(
        "registre.csv",
        "Clé;Titre;Type;Date de début;Date de fin;Lieu;Documents\n\
         CTO-2026-09;Réunion des CTO 2026;Réunion des CTO;03/09/2026;04/09/2026;Genève;12\n\
         CTO-2025-06;;;17/06/2025;18/06/2025;Genève (CICG);\n\
         CXO-2026-11;Table ronde CxO sur l'IA;table ronde;12 novembre 2026;;En ligne;\n",
    );
    let file = register.to_str().unwrap();
    let out = ws.run(&["import", "sheet", file, "--dry-run"]).invalid();
    assert!(out.stderr.contains("column D2 (Date de début): \"03/09/2026\" can be read day first or month first"), "{}", out.stderr);
    assert!(out.stderr.contains("column E2 (Date de fin): \"04/09/2026\""), "{}", out.stderr);
    let out = ws.run(&["import", "sheet", file, "--day-first", "--dry-run", "--format", "json"]).success();
    let plan: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(plan["date_order"], "day-first");
    assert_eq!(plan["create"], serde_json::json!({"meetings": 2}), "{plan}");
    assert_eq!(plan["update"], serde_json::json!({"meetings": 1}), "the stored meeting's venue: {plan}");
    let columns: Vec<&str> = plan["columns"].as_array().unwrap().iter().map(|c| c["field"].as_str().unwrap_or("")).collect();
    assert_eq!(columns, ["meeting_key", "meeting_title", "meeting_kind", "start_date", "end_date", "venue", "documents"]);
    let out = ws.run(&["import", "sheet", file, "--day-first"]).success();
    assert!(out.stdout.contains("dates written with numbers only: day first"), "{}", out.stdout);
    assert_eq!(ws.query("SELECT count(*) FROM meeting WHERE key = 'CTO-2026-09' AND start_date = '2026-09-03' AND end_date = '2026-09-04' AND kind = 'cto_meeting' AND documents = 12 AND status = 'held'"), 1);
    assert_eq!(ws.query("SELECT count(*) FROM meeting WHERE key = 'CXO-2026-11' AND start_date = '2026-11-12' AND kind = 'cxo_roundtable' AND venue = 'En ligne'"), 1);
    assert_eq!(ws.query("SELECT count(*) FROM meeting WHERE key = 'CTO-2025-06' AND venue = 'Genève (CICG)' AND title = 'CTO meeting 2025'"), 1, "the fields not given are kept");
}

#[test]
fn a_registers_outcomes_are_read_as_quick_capture_and_never_written_twice() {
    let ws = Workspace::demo();
    let text = "Key;Title;Start date;Venue;Outcomes\n\
                CTO-2026-09;CTO meeting 2026;2026-09-03;Geneva;\"DECISION: Hold the next meeting in Geneva\nACTION: TSB | Send the communiqué to TSAG | due 2026-10-01\nPRIORITY: AI-native networks\"\n";
    let file = ws.file("register.csv", text);
    let file = file.to_str().unwrap();
    let out = ws.run(&["import", "sheet", file, "--dry-run", "--format", "json"]).success();
    let plan: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(plan["create"], serde_json::json!({"actions": 1, "decisions": 1, "meetings": 1, "priorities": 1}), "{plan}");
    ws.run(&["import", "sheet", file]).success();
    assert_eq!(ws.query("SELECT count(*) FROM action a JOIN meeting m ON m.id = a.meeting_id WHERE m.key = 'CTO-2026-09' AND a.owner = 'TSB' AND a.due_date = '2026-10-01'"), 1);
    assert_eq!(ws.query("SELECT count(*) FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE m.key = 'CTO-2026-09'"), 1);
    // Again: everything is there already.
    let again = ws.run(&["import", "sheet", file, "--dry-run"]).success();
    assert!(again.stdout.contains("would create: nothing; would update: nothing"), "{}", again.stdout);
    // A wrong line is named with its cell and its line in it; nothing written.
    let bad = ws.file("bad.csv", "Key;Title;Start date;Venue;Outcomes\nCTO-2026-10;X;2026-10-03;Geneva;\"DECISION: fine\nACTION: TSB | Send | due someday\"\n");
    let out = ws.run(&["import", "sheet", bad.to_str().unwrap()]).invalid();
    assert!(out.stderr.contains("column E2 (Outcomes): line 2 of the cell:"), "{}", out.stderr);
    assert_eq!(ws.query("SELECT count(*) FROM meeting WHERE key = 'CTO-2026-10'"), 0);
}
