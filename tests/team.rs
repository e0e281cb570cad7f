//! A team database on a real PostgreSQL server (the throwaway one `scripts/postgres.sh` starts,
//! named by CXO_REVIEW_TEST_SERVER): set up with the CLI as a new team would, then each role
//! checked by connecting as its login with the plain PostgreSQL client, not through the app,
//! so that what is proved is what the server enforces.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use cxo_review::model::{Category, Region};
use postgres::error::SqlState;
use postgres::{Client, NoTls};

#[path = "team/attacks.rs"]
mod attacks;
#[path = "common/gate.rs"]
mod gate;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A team database with the demo data and one login per role.
struct Team {
    /// The server without a database: `postgres://postgres:…@127.0.0.1:port`.
    server: String,
    database: String,
    staff: String,
    reviewer: String,
    rapporteur: String,
}

impl Team {
    /// A new team database, or `None` (a loud skip; a failure in CI) when no server is named.
    fn new() -> Option<Team> {
        let superuser = gate::required(
            std::env::var("CXO_REVIEW_TEST_SERVER").ok(),
            "a PostgreSQL server (CXO_REVIEW_TEST_SERVER)",
            "export CXO_REVIEW_TEST_SERVER=$(bash scripts/postgres.sh start), or run scripts/test.sh",
        )?;
        let server = superuser.rsplit_once('/').expect("a URL with a database").0.to_string();
        let database = format!("team_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        let mut admin = Client::connect(&superuser, NoTls).expect("superuser");
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {database}")).unwrap();
        admin.batch_execute(&format!("CREATE DATABASE {database}")).unwrap();
        let team = Team {
            staff: format!("{database}_ana"),
            reviewer: format!("{database}_bo"),
            rapporteur: format!("{database}_cy"),
            server,
            database,
        };
        team.cli_ok(&["team", "init"], None);
        team.cli_ok(&["demo"], None);
        team.cli_ok(&["team", "add-user", &team.staff, "--role", "staff"], Some(&password(&team.staff)));
        team.cli_ok(
            &["team", "add-user", &team.reviewer, "--role", "reviewer", "--reviewer", "Delegate A (example)"],
            Some(&password(&team.reviewer)),
        );
        team.cli_ok(
            &["team", "add-user", &team.rapporteur, "--role", "rapporteur", "--reviewer", "Rapporteur (example)"],
            Some(&password(&team.rapporteur)),
        );
        Some(team)
    }

    /// The database's URL as the superuser (the owner).
    fn owner_url(&self) -> String {
        format!("{}/{}", self.server, self.database)
    }

    /// The database's URL as `login`, without its password.
    fn url_as(&self, login: &str) -> String {
        let host = self.server.rsplit_once('@').expect("user@host").1;
        format!("postgres://{login}@{host}/{}", self.database)
    }

    fn client_as(&self, login: &str) -> Client {
        let host_port = self.server.rsplit_once('@').unwrap().1;
        let (host, port) = host_port.split_once(':').unwrap();
        postgres::Config::new()
            .host(host)
            .port(port.parse().unwrap())
            .user(login)
            .password(password(login))
            .dbname(&self.database)
            .connect(NoTls)
            .unwrap_or_else(|e| panic!("{login} logs in: {e}"))
    }

    fn cli(&self, db: &str, password: Option<&str>, args: &[&str], stdin: Option<&str>) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_cxo-review"));
        command.arg("--db").arg(db).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        command.env_remove("PGPASSWORD");
        if let Some(password) = password {
            command.env("PGPASSWORD", password);
        }
        let mut child = command.spawn().expect("cxo-review runs");
        if let Some(input) = stdin {
            child.stdin.take().unwrap().write_all(format!("{input}\n").as_bytes()).unwrap();
        }
        drop(child.stdin.take());
        child.wait_with_output().unwrap()
    }

    fn cli_ok(&self, args: &[&str], stdin: Option<&str>) -> String {
        let output = self.cli(&self.owner_url(), None, args, stdin);
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    /// The level of `reviewer`'s score on `objective`, read as the owner.
    fn level(&self, reviewer: &str, objective: &str) -> i64 {
        let mut owner = Client::connect(&self.owner_url(), NoTls).unwrap();
        owner
            .query_one(
                "SELECT s.level FROM score s JOIN reviewer r ON r.id = s.reviewer_id JOIN objective o ON o.id = s.objective_id
                 WHERE r.name = $1 AND o.code = $2",
                &[&reviewer, &objective],
            )
            .unwrap()
            .get(0)
    }
}

fn password(login: &str) -> String {
    format!("secret-{login}")
}

/// The SQLSTATE of a refused statement (panics when it was not refused).
fn refused(result: Result<impl std::fmt::Debug, postgres::Error>) -> SqlState {
    match result {
        Ok(value) => panic!("expected the server to refuse, got {value:?}"),
        Err(e) => e.code().cloned().unwrap_or_else(|| panic!("not a server error: {e}")),
    }
}

#[test]
fn a_reviewer_cannot_read_contact_data_or_chatham_house_notes() {
    let Some(team) = Team::new() else { return };
    let mut reviewer = team.client_as(&team.reviewer);
    // What a review needs is readable…
    let people: i64 = reviewer.query_one("SELECT count(name) FROM person", &[]).unwrap().get(0);
    assert!(people > 0);
    let meetings: i64 = reviewer.query_one("SELECT count(title) FROM meeting", &[]).unwrap().get(0);
    assert!(meetings > 0);
    // …the confidential columns are not.
    for sql in ["SELECT email FROM person", "SELECT phone FROM person", "SELECT notes FROM meeting", "SELECT email FROM reviewer", "SELECT * FROM person"] {
        assert_eq!(refused(reviewer.query(sql, &[]).map(|rows| rows.len())), SqlState::INSUFFICIENT_PRIVILEGE, "{sql}");
    }
    // The rapporteur and staff read them.
    for login in [&team.rapporteur, &team.staff] {
        let mut client = team.client_as(login);
        client.query("SELECT email, phone FROM person", &[]).unwrap();
        client.query("SELECT notes FROM meeting", &[]).unwrap();
    }
    // The app, as the reviewer, still lists meetings and people, without the hidden columns.
    let output = team.cli(&team.url_as(&team.reviewer), Some(&password(&team.reviewer)), &["meetings", "list"], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn a_reviewer_writes_only_their_own_scores() {
    let Some(team) = Team::new() else { return };
    let mut reviewer = team.client_as(&team.reviewer);
    let own_before = team.level("Delegate A (example)", "O1");
    let other_before = team.level("Delegate B (example)", "O1");

    // Their own score, in the open cycle: saved (the control that the statement itself is sound).
    let changed = reviewer
        .execute(
            "UPDATE score SET level = $1 WHERE objective_id = (SELECT id FROM objective WHERE code = 'O1')
               AND reviewer_id = (SELECT id FROM reviewer WHERE name = 'Delegate A (example)')",
            &[&(4 - own_before)],
        )
        .unwrap();
    assert_eq!(changed, 1);
    assert_eq!(team.level("Delegate A (example)", "O1"), 4 - own_before);

    // Another reviewer's score is not even visible to change, let alone changed.
    let changed = reviewer
        .execute(
            "UPDATE score SET level = 0 WHERE reviewer_id = (SELECT id FROM reviewer WHERE name = 'Delegate B (example)')",
            &[],
        )
        .unwrap();
    assert_eq!(changed, 0);
    assert_eq!(team.level("Delegate B (example)", "O1"), other_before);
    let deleted = reviewer.execute("DELETE FROM score WHERE reviewer_id <> (SELECT reviewer_id FROM team_member WHERE login = current_user)", &[]).unwrap();
    assert_eq!(deleted, 0);

    // A score written in another reviewer's name is refused (the ids read as the owner: the
    // reviewer cannot even see that reviewer's scores).
    let mut owner = Client::connect(&team.owner_url(), NoTls).unwrap();
    let row = owner
        .query_one(
            "SELECT s.cycle_id, s.reviewer_id, s.objective_id FROM score s JOIN reviewer r ON r.id = s.reviewer_id
             WHERE r.name = 'Delegate B (example)' LIMIT 1",
            &[],
        )
        .unwrap();
    let (cycle, other, objective): (i64, i64, i64) = (row.get(0), row.get(1), row.get(2));
    owner.execute("DELETE FROM score WHERE cycle_id = $1 AND reviewer_id = $2 AND objective_id = $3", &[&cycle, &other, &objective]).unwrap();
    let state = refused(reviewer.execute(
        "INSERT INTO score (cycle_id, reviewer_id, objective_id, level) VALUES ($1, $2, $3, 1)",
        &[&cycle, &other, &objective],
    ));
    assert_eq!(state, SqlState::INSUFFICIENT_PRIVILEGE);

    // Staff read scores but write none.
    let mut staff = team.client_as(&team.staff);
    let scores: i64 = staff.query_one("SELECT count(*) FROM score", &[]).unwrap().get(0);
    assert!(scores > 0);
    assert_eq!(refused(staff.execute("UPDATE score SET level = 0", &[])), SqlState::INSUFFICIENT_PRIVILEGE);
}

#[test]
fn nobody_in_the_team_writes_to_a_signed_off_cycle() {
    let Some(team) = Team::new() else { return };
    let rapporteur_url = team.url_as(&team.rapporteur);
    let signed = team.cli(&rapporteur_url, Some(&password(&team.rapporteur)), &["review", "sign-off", "--cycle", "1"], None);
    assert!(signed.status.success(), "the rapporteur signs off: {}", String::from_utf8_lossy(&signed.stderr));

    let own_before = team.level("Delegate A (example)", "O1");
    let mut reviewer = team.client_as(&team.reviewer);
    let changed = reviewer
        .execute(
            "UPDATE score SET level = $1 WHERE reviewer_id = (SELECT id FROM reviewer WHERE name = 'Delegate A (example)')",
            &[&(4 - own_before)],
        )
        .unwrap();
    assert_eq!(changed, 0, "a signed-off cycle's scores stay as signed");
    assert_eq!(team.level("Delegate A (example)", "O1"), own_before);
    let state = refused(reviewer.execute(
        "INSERT INTO score (cycle_id, reviewer_id, objective_id, level)
         SELECT 1, reviewer_id, (SELECT id FROM objective WHERE code = 'O1'), 2 FROM team_member WHERE login = current_user",
        &[],
    ));
    assert_eq!(state, SqlState::INSUFFICIENT_PRIVILEGE);
    // Once signed off, the other reviewers' scores become readable.
    let visible: i64 = reviewer.query_one("SELECT count(DISTINCT reviewer_id) FROM score", &[]).unwrap().get(0);
    assert!(visible > 1);

    // Through the app, a reviewer is told their role's limit before anything is done.
    let output = team.cli(&team.url_as(&team.reviewer), Some(&password(&team.reviewer)), &["review", "sign-off", "--cycle", "1"], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("signing a cycle off is for rapporteur and staff; this login is a reviewer"), "{stderr}");
    assert!(!stderr.contains("warning"), "no list of others' missing scores: {stderr}");
}

#[test]
fn a_login_taken_out_of_the_team_is_told_so_and_its_password_never_shown() {
    let Some(team) = Team::new() else { return };
    let out = team.cli_ok(&["team", "remove-user", &team.staff], None);
    assert!(out.contains("taken out of the team"), "{out}");
    assert!(!team.cli_ok(&["team", "users"], None).contains(&team.staff));
    let output = team.cli(&team.url_as(&team.staff), Some(&password(&team.staff)), &["meetings", "list"], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not in the database's team"), "{stderr}");

    // A URL with a password in it is never repeated back.
    let with_password = format!("{}?bad-option=1", team.url_as(&team.staff).replace("://", "://someone:hunter2secret@"));
    let output = team.cli(&with_password, None, &["meetings", "list"], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(!stderr.contains("hunter2secret"), "{stderr}");
    let help = Command::new(env!("CARGO_BIN_EXE_cxo-review")).arg("--help").env("CXO_REVIEW_DB", &with_password).output().unwrap();
    assert!(!String::from_utf8_lossy(&help.stdout).contains("hunter2secret"));
}

#[test]
fn the_trash_is_kept_from_reviewers_and_they_are_told_so() {
    let Some(team) = Team::new() else { return };
    // Staff read the trash (deleted records, with whatever contact data they held).
    let output = team.cli(&team.url_as(&team.staff), Some(&password(&team.staff)), &["trash"], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    for args in [&["trash"][..], &["trash", "empty"][..]] {
        let output = team.cli(&team.url_as(&team.reviewer), Some(&password(&team.reviewer)), args, None);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("the trash is for staff and rapporteur"), "{stderr}");
    }
    // And the server refuses it whatever the client.
    let mut reviewer = team.client_as(&team.reviewer);
    assert_eq!(refused(reviewer.query("SELECT * FROM trash", &[])), SqlState::INSUFFICIENT_PRIVILEGE);
}

#[test]
fn a_wrong_password_and_a_foreign_database_are_told_apart() {
    let Some(team) = Team::new() else { return };
    let output = team.cli(&team.url_as(&team.reviewer), Some("not-the-password"), &["team", "whoami"], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("refused the password"), "{stderr}");

    let mut admin = Client::connect(&team.owner_url(), NoTls).unwrap();
    admin.batch_execute("CREATE DATABASE foreign_db_for_test").ok();
    let mut foreign = Client::connect(&format!("{}/foreign_db_for_test", team.server), NoTls).unwrap();
    foreign.batch_execute("CREATE TABLE IF NOT EXISTS invoices (id int)").unwrap();
    let output = team.cli(&format!("{}/foreign_db_for_test", team.server), None, &["meetings", "list"], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("not one of CxO Review"), "{stderr}");

    let output = team.cli(&team.url_as(&team.reviewer), Some(&password(&team.reviewer)), &["team", "whoami"], None);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("reviewer, scoring as \"Delegate A (example)\""), "{stdout}");
}

#[test]
fn two_people_saving_the_same_record_the_second_is_refused_naming_the_first() {
    use cxo_review::app::{Opening, RecordKind, Session};
    let Some(team) = Team::new() else { return };
    let second = format!("{}_dee", team.database);
    team.cli_ok(&["team", "add-user", &second, "--role", "staff"], Some(&password(&second)));
    let open = |login: &str| Session::open_server(&team.url_as(login), Some(&password(login)), Opening::Existing).unwrap();
    let (mut ana, mut dee) = (open(&team.staff), open(&second));

    let first_meeting = |session: &Session| session.records(RecordKind::Meetings, Some(1)).unwrap()[0].clone();
    let (mut theirs, mut mine) = (first_meeting(&ana), first_meeting(&dee));
    let id = theirs["id"].as_i64().unwrap();
    theirs["venue"] = "Room A (example)".into();
    ana.update_record(RecordKind::Meetings, id, theirs).unwrap();
    mine["venue"] = "Room D (example)".into();
    let error = dee.update_record(RecordKind::Meetings, id, mine).unwrap_err();
    assert!(error.to_string().contains(&format!("changed by {}", team.staff)), "{error}");
    assert_eq!(first_meeting(&dee)["venue"], "Room A (example)");

    // Ana's open screens can tell that Dee saved, by one cheap number.
    let seen = ana.data_version().unwrap();
    assert_eq!(ana.data_version().unwrap(), seen, "unchanged while nobody writes");
    let mut reloaded = first_meeting(&dee);
    reloaded["venue"] = "Room D (example)".into();
    dee.update_record(RecordKind::Meetings, id, reloaded).unwrap();
    assert_ne!(ana.data_version().unwrap(), seen);

    // At the same moment, from the same version, many times over: each time exactly one save
    // wins, and every win is kept (the version counts them all).
    let start = first_meeting(&ana)["version"].as_i64().unwrap();
    let rounds = 20;
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
    let mut wins = 0;
    let results: Vec<Vec<bool>> = std::thread::scope(|scope| {
        let handles: Vec<_> = [&mut ana, &mut dee]
            .into_iter()
            .enumerate()
            .map(|(who, session)| {
                let barrier = barrier.clone();
                scope.spawn(move || {
                    (0..rounds)
                        .map(|round| {
                            let mut record = session.records(RecordKind::Meetings, Some(1)).unwrap()[0].clone();
                            record["venue"] = format!("Room {round}-{who} (example)").into();
                            barrier.wait();
                            let saved = session.update_record(RecordKind::Meetings, id, record);
                            barrier.wait();
                            match saved {
                                Ok(()) => true,
                                Err(cxo_review::Error::Conflict { .. }) => false,
                                Err(other) => panic!("{other}"),
                            }
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for round in 0..rounds {
        assert_eq!(results.iter().filter(|r| r[round]).count(), 1, "round {round}: exactly one save wins");
        wins += 1;
    }
    assert_eq!(first_meeting(&ana)["version"].as_i64().unwrap(), start + wins);
}

#[test]
fn a_copy_from_a_file_to_the_server_and_back_exports_the_same_bytes() {
    let Some(team) = Team::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("original.sqlite");
    let back = dir.path().join("back.sqlite");
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_cxo-review")).args(args).env_remove("PGPASSWORD").output().unwrap();
        (output.status.code(), String::from_utf8_lossy(&output.stdout).to_string(), String::from_utf8_lossy(&output.stderr).to_string())
    };
    let file_arg = file.to_str().unwrap();
    assert_eq!(run(&["--db", file_arg, "demo"]).0, Some(0));
    // A signed-off cycle travels with its status, time and digest.
    assert_eq!(run(&["--db", file_arg, "review", "sign-off", "--cycle", "1"]).0, Some(0));
    // The TD's options, remembered for the cycle, travel with it (they are not in its digest).
    let summary = dir.path().join("summary.md");
    let (code, _, err) = run(&[
        "--db", file_arg, "review", "summary", "--cycle", "1", "--format", "md", "--out", summary.to_str().unwrap(),
        "--td-number", "TSAG-TD77", "--place-and-date", "Geneva, 26-30 January 2026", "--contact-name", "Ann Ñandú",
        "--contact-tel", "+41 22 730 5851", "--contact-email", "ann@example.org",
    ]);
    assert_eq!(code, Some(0), "{err}");

    let mut admin = Client::connect(&team.owner_url(), NoTls).unwrap();
    let target = format!("{}_copy", team.database);
    admin.batch_execute(&format!("CREATE DATABASE {target}")).unwrap();
    let server_copy = format!("{}/{target}", team.server);
    let (code, out, err) = run(&["copy", "--from", file_arg, "--to", &server_copy]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("copied "), "{out}");
    let (code, _, err) = run(&["copy", "--from", &server_copy, "--to", back.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    // The history travels too: the file's entries brought into the server's, under the server's
    // login and time, each saying who and when in the file; then back, and the chains check out.
    let entries = |db: &str| -> i64 {
        let (code, out, err) = run(&["--db", db, "check"]);
        assert_eq!(code, Some(0), "{err}");
        out.lines().find_map(|l| l.strip_prefix("history: ")).and_then(|l| l.split(' ').next()).unwrap().parse().unwrap()
    };
    let (in_file, on_server, back_again) = (entries(file_arg), entries(&server_copy), entries(back.to_str().unwrap()));
    assert!(on_server > in_file && back_again > on_server, "{in_file} → {on_server} → {back_again}");
    let brought: i64 = Client::connect(&server_copy, NoTls)
        .unwrap()
        .query_one("SELECT count(*) FROM history WHERE cause = 'copy' AND who = 'postgres' AND detail LIKE '%: import by % at %'", &[])
        .unwrap()
        .get(0);
    assert!(brought > 0, "the file's entries, brought under the server's login");

    let export = |db: &str, name: &str| {
        let path = dir.path().join(name);
        let (code, _, err) = run(&["--db", db, "export", "json", "--out", path.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{err}");
        std::fs::read(path).unwrap()
    };
    let original = export(file_arg, "original.json");
    assert!(original.len() > 10_000);
    let text = String::from_utf8(original.clone()).unwrap();
    let options = text.lines().find(|line| line.contains("\"td_number\":\"TSAG-TD77\"")).unwrap_or_default();
    for part in ["\"place_and_date\":\"Geneva, 26-30 January 2026\"", "\"name\":\"Ann Ñandú\"", "\"tel\":\"+41 22 730 5851\""] {
        assert!(options.contains(part), "{part} missing from the exported options: {options:?}");
    }
    assert_eq!(original, export(&server_copy, "server.json"), "file and server export the same bytes");
    assert_eq!(original, export(back.to_str().unwrap(), "back.json"), "and so does the copy back");
    let (_, review, _) = run(&["--db", &server_copy, "review", "list"]);
    assert!(review.contains("signed off") || review.contains("signed_off"), "{review}");
    // The server's copy prints them in the cycle's summary without being told again.
    let from_server = dir.path().join("from-server.md");
    let (code, _, err) = run(&["--db", &server_copy, "review", "summary", "--cycle", "1", "--format", "md", "--out", from_server.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let printed = std::fs::read_to_string(&from_server).unwrap();
    assert!(printed.contains("# TSAG-TD77") && printed.contains("E-mail: ann\u{2060}@example.org"), "{printed}");

    // A database that already holds records is not copied into.
    let (code, _, err) = run(&["copy", "--from", file_arg, "--to", &server_copy]);
    assert_eq!(code, Some(2));
    assert!(err.contains("already holds records"), "{err}");
}

#[test]
fn the_connection_is_encrypted_and_the_server_verified_when_asked() {
    let Some(team) = Team::new() else { return };
    let login = &team.reviewer;
    let whoami = |query: &str| team.cli(&format!("{}?{query}", team.url_as(login)), Some(&password(login)), &["team", "whoami"], None);
    // TLS required: the test server offers it, so the login works encrypted.
    let output = whoami("sslmode=require");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    let ca = std::env::var("CXO_REVIEW_TEST_SERVER_CA").expect("CXO_REVIEW_TEST_SERVER_CA names the test server's certificate");
    let output = whoami(&format!("sslmode=require&sslrootcert={ca}"));
    assert!(output.status.success(), "verified by its own CA: {}", String::from_utf8_lossy(&output.stderr));

    // Another CA does not vouch for this server: refused, saying why.
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.crt");
    let made = Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=elsewhere"])
        .arg("-keyout")
        .arg(dir.path().join("other.key"))
        .arg("-out")
        .arg(&other)
        .output()
        .unwrap();
    assert!(made.status.success());
    let output = whoami(&format!("sslmode=require&sslrootcert={}", other.display()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("certificate"), "{stderr}");
}

/// The columns of every table and who of the team may read them, as the server describes them.
fn described(client: &mut Client, database: &str) -> Vec<(String, String, String, bool)> {
    client
        .query(
            "SELECT table_name::text, column_name::text, data_type::text,
                    has_column_privilege($1, format('%I', table_name), column_name::text, 'SELECT')
             FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2",
            &[&format!("{database}_reviewer")],
        )
        .unwrap()
        .iter()
        .map(|row| (row.get(0), row.get(1), row.get(2), row.get(3)))
        .collect()
}

#[test]
fn a_team_database_of_the_first_release_is_upgraded_with_its_data_and_its_grants() {
    let Some(team) = Team::new() else { return };
    // A database as the first release of team databases left it: its schema, its countries,
    // a meeting counted by region, and the team's roles.
    let database = format!("{}_old", team.database);
    let mut admin = Client::connect(&format!("{}/postgres", team.server), NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {database}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {database}")).unwrap();
    let old_url = format!("{}/{database}", team.server);
    let mut old = Client::connect(&old_url, NoTls).unwrap();
    old.batch_execute(include_str!("../migrations/postgres/0006_schema.sql")).unwrap();
    // The first release's rows of regions and categories, as the model declares them.
    for (index, region) in Region::ALL.iter().enumerate() {
        old.execute("INSERT INTO region (code, name, sort_order) VALUES ($1, $2, $3)", &[&region.as_str(), &region.label(), &(index as i64 + 1)])
            .unwrap();
    }
    for (index, category) in Category::ALL.iter().enumerate() {
        old.execute(
            "INSERT INTO membership_category (code, label, sort_order) VALUES ($1, $2, $3)",
            &[&category.as_str(), &category.label(), &(index as i64 + 1)],
        )
        .unwrap();
    }
    old.batch_execute(include_str!("../migrations/sqlite/0002_countries.sql")).unwrap();
    old.batch_execute(
        "INSERT INTO meeting (key, kind, title, start_date, end_date, venue, status, attendance_mode)
             VALUES ('CTO-2019', 'cto_meeting', 'CTO meeting', '2019-05-06', '2019-05-06', 'Geneva', 'held', 'counts');
         INSERT INTO attendance_count (meeting_id, region_code, participants, executives)
             SELECT id, 'EUR', 12, 5 FROM meeting;",
    )
    .unwrap();
    // Its `team init` made the three group roles (their grants are set up again below).
    for role in ["staff", "reviewer", "rapporteur"] {
        admin.batch_execute(&format!("DROP ROLE IF EXISTS {database}_{role}; CREATE ROLE {database}_{role} NOLOGIN")).unwrap();
    }
    let version = |client: &mut Client| -> i64 { client.query_one("SELECT max(version) FROM cxo_review_schema", &[]).unwrap().get(0) };
    assert_eq!(version(&mut old), 6);

    // This release opens it: the schema is brought up to date, the kept figures recomputed,
    // the grants set up again for the new tables.
    let output = team.cli(&old_url, None, &["stats", "--from", "2019-01-01", "--to", "2019-12-31"], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("12"), "{}", String::from_utf8_lossy(&output.stdout));
    let mut new = Client::connect(&team.owner_url(), NoTls).unwrap();
    assert_eq!(version(&mut old), version(&mut new));
    let year: (i64, i64) = old
        .query_one("SELECT participants, executives FROM year_tally WHERE year = 2019 AND region_code = 'EUR'", &[])
        .map(|row| (row.get(0), row.get(1)))
        .unwrap();
    assert_eq!(year, (12, 5));
    // Upgraded and created alike: the same tables, columns and types, the same readable to a reviewer.
    let upgraded = described(&mut old, &database);
    assert_eq!(upgraded, described(&mut new, &team.database));
    assert!(upgraded.iter().any(|(table, _, _, readable)| table == "year_tally" && *readable));
}

#[test]
fn the_rapporteur_sets_the_summary_document_options_and_a_reviewer_exports_with_them() {
    let Some(team) = Team::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.md");
    let summary = |login: &str, extra: &[&str]| {
        let mut args = vec!["review", "summary", "--cycle", "1", "--format", "md", "--out", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        team.cli(&team.url_as(login), Some(&password(login)), &args, None)
    };
    let set = summary(&team.rapporteur, &["--td-number", "TSAG-TD9", "--contact-tel", "+41 22 730 5851"]);
    assert!(set.status.success(), "the rapporteur saves them: {}", String::from_utf8_lossy(&set.stderr));

    // A reviewer reads them (the export says the same) but may not change them.
    let read = summary(&team.reviewer, &[]);
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.starts_with("# TSAG-TD9") && md.contains("Tel: +41 22 730 5851"), "{md}");
    let denied = summary(&team.reviewer, &["--td-number", "TSAG-TD10"]);
    let stderr = String::from_utf8_lossy(&denied.stderr);
    assert_eq!(denied.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("is for rapporteur and staff; this login is a reviewer"), "{stderr}");
    // The server refuses it too, whatever client the reviewer uses.
    let mut reviewer = team.client_as(&team.reviewer);
    let state = refused(reviewer.execute("UPDATE document_options SET td_number = 'TSAG-TD10'", &[]));
    assert_eq!(state, SqlState::INSUFFICIENT_PRIVILEGE);
}
