//! End-to-end tests of the real desktop app: the built binary under Xvfb, driven through
//! tauri-driver and WebKitWebDriver. Run by scripts/test.sh (they need a display and the
//! drivers, hence `--ignored`):
//!   cargo build -p cxo-review-app --features tauri/custom-protocol
//!   TAURI_DRIVER=tools/bin/tauri-driver xvfb-run -a cargo test --test e2e -- --ignored --test-threads=1

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

#[path = "common/gate.rs"]
mod gate;

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// Whether the end-to-end prerequisites are here (a display, tauri-driver, WebKitWebDriver and
/// the app built with its UI inside); when not, a loud skip, or a failure in CI (tests/common/gate.rs).
fn e2e_ready() -> bool {
    let driver = driver_path();
    let binary = target_dir().join("debug").join("cxo-review-app");
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
    };
    let missing = [
        (std::env::var_os("DISPLAY").is_none(), "a display (DISPLAY; run under xvfb-run)"),
        (!driver.is_file(), "tauri-driver (TAURI_DRIVER, or tools/bin/tauri-driver)"),
        (!on_path("WebKitWebDriver"), "WebKitWebDriver on PATH"),
        (!binary.is_file(), "the built app (target/debug/cxo-review-app)"),
    ]
    .into_iter()
    .filter_map(|(missing, what)| missing.then_some(what))
    .collect::<Vec<_>>();
    let what = missing.join(", ");
    gate::required(
        missing.is_empty().then_some(()),
        &what,
        "bash scripts/setup.sh --test; cargo build -p cxo-review-app --features tauri/custom-protocol; then xvfb-run as scripts/test.sh does",
    )
    .is_some()
}

fn driver_path() -> PathBuf {
    std::env::var("TAURI_DRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/bin/tauri-driver"))
}

/// Two TCP ports nothing listens on now (the system's choice), both held while chosen so that
/// they differ.
fn free_ports() -> std::io::Result<(u16, u16)> {
    let first = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    let second = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    Ok((first.local_addr()?.port(), second.local_addr()?.port()))
}

/// Stops tauri-driver with SIGTERM so that it stops WebKitWebDriver too (SIGKILL would orphan it).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The app under test, with its own database that starts with the demo data.
struct App {
    client: Client,
    _driver: Driver,
    _dir: tempfile::TempDir,
}

fn target_dir() -> PathBuf {
    std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// The engine the workflows run on: `CXO_REVIEW_E2E_BACKEND=postgres` runs them on a new team
/// database on the test server (CXO_REVIEW_TEST_SERVER), loaded with the demo data.
fn on_server() -> bool {
    std::env::var("CXO_REVIEW_E2E_BACKEND").as_deref() == Ok("postgres")
}

/// A new database on the test server with the demo data; its URL (with the superuser's password).
fn server_database_with_demo() -> Result<String, Box<dyn std::error::Error>> {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let superuser = std::env::var("CXO_REVIEW_TEST_SERVER").map_err(|_| "CXO_REVIEW_E2E_BACKEND=postgres needs CXO_REVIEW_TEST_SERVER")?;
    let name = format!("e2e_{}_{}", std::process::id(), COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst));
    let mut admin = postgres::Client::connect(&superuser, postgres::NoTls)?;
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))?;
    admin.batch_execute(&format!("CREATE DATABASE {name}"))?;
    let url = format!("{}/{name}", superuser.rsplit_once('/').ok_or("a URL with a database")?.0);
    let output = Command::new(env!("CARGO_BIN_EXE_cxo-review")).args(["--db", &url, "demo"]).output()?;
    if !output.status.success() {
        return Err(format!("demo data on the server: {}", String::from_utf8_lossy(&output.stderr)).into());
    }
    Ok(url)
}

impl App {
    /// The app on the demo data: a new file the app creates at its first start, or with
    /// CXO_REVIEW_E2E_BACKEND=postgres a team database on the test server.
    async fn launch() -> Result<App, Box<dyn std::error::Error>> {
        if on_server() {
            // The blocking client runs its own runtime: on a thread of its own, not this one.
            let url = std::thread::spawn(|| server_database_with_demo().map_err(|e| e.to_string()))
                .join()
                .map_err(|_| "setting up the server database panicked")??;
            return App::launch_on(tempfile::tempdir()?, std::path::Path::new(&url), &[], &[], "[data-testid=dashboard-cards]").await;
        }
        App::launch_with(|db| cli(db, &["demo"]), "[data-testid=dashboard-cards]").await
    }

    /// Launches the app on a database that `prepare` made at the given path (or left absent),
    /// and waits for `ready` to appear.
    async fn launch_with(prepare: impl FnOnce(&std::path::Path), ready: &str) -> Result<App, Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let db = dir.path().join("e2e.sqlite");
        prepare(&db);
        App::launch_on(dir, &db, &[], &[], ready).await
    }

    /// Launches the app with `args` on its command line and `env` added to its environment, on
    /// the database `db` (kept in `dir`, which lives as long as the app), and waits for `ready`.
    async fn launch_on(
        dir: tempfile::TempDir,
        db: &std::path::Path,
        args: &[&std::path::Path],
        env: &[(&str, &std::path::Path)],
        ready: &str,
    ) -> Result<App, Box<dyn std::error::Error>> {
        let binary = target_dir().join("debug").join("cxo-review-app");
        assert!(binary.exists(), "build the app first: cargo build -p cxo-review-app --features tauri/custom-protocol");
        let driver_path = driver_path();
        // Ports the system has free, so that two runs on one machine do not meet.
        let (port, native_port) = free_ports()?;
        let driver = Driver(
            Command::new(&driver_path)
                .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
                .env("CXO_REVIEW_DB", db)
                // The app's data and config folders (the demo database, the recent list) are the
                // test's own, and it runs beside any CxO Review the tester has open rather than
                // handing its arguments over to it (single instance).
                .env("XDG_DATA_HOME", dir.path().join("data"))
                .env("XDG_CONFIG_HOME", dir.path().join("config"))
                .env("CXO_REVIEW_MULTIPLE_INSTANCES", "1")
                .envs(env.iter().map(|(name, value)| (*name, *value)))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::inherit())
                .spawn()
                .map_err(|e| format!("cannot start {}: {e}", driver_path.display()))?,
        );
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < Duration::from_secs(15), "tauri-driver did not open port {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        let args: Vec<String> = args.iter().map(|a| a.display().to_string()).collect();
        caps.insert("tauri:options".into(), json!({ "application": binary.to_string_lossy(), "args": args }));
        // A window that cannot open (no display) must fail the test, not hang it.
        let mut builder = ClientBuilder::native();
        builder.capabilities(caps);
        let url = format!("http://127.0.0.1:{port}");
        let client = tokio::time::timeout(Duration::from_secs(90), builder.connect(&url))
            .await
            .map_err(|_| "the app did not open a window within 90 s")??;
        let app = App { client, _driver: driver, _dir: dir };
        app.wait_for(ready).await?;
        Ok(app)
    }

    /// Waits for an element; a timeout names the selector and what the screen showed, so a
    /// failure in CI says which step it was.
    async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element, Box<dyn std::error::Error>> {
        match self.client.wait().at_most(Duration::from_secs(15)).for_element(Locator::Css(css)).await {
            Ok(element) => Ok(element),
            Err(fantoccini::error::CmdError::WaitTimeout) => Err(self.timed_out(css).await),
            Err(other) => Err(other.into()),
        }
    }

    /// Clicks an element once it has stopped moving: WebDriver clicks at a point, and a list
    /// that loads above the element would otherwise move another one under that point.
    async fn click(&self, css: &str) -> TestResult {
        let element = self.wait_for(css).await?;
        let rect = "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height]";
        let mut last = Value::Null;
        for _ in 0..30 {
            let now = self.client.execute(rect, vec![serde_json::to_value(&element)?]).await?;
            if now == last {
                break;
            }
            last = now;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        element.click().await?;
        Ok(())
    }

    /// Sets a field the way typing does, firing the events the UI listens to.
    async fn set(&self, css: &str, value: &str) -> TestResult {
        self.wait_for(css).await?;
        self.client
            .execute(
                "const e = document.querySelector(arguments[0]); e.value = arguments[1];
                 e.dispatchEvent(new Event('input', { bubbles: true }));
                 e.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![json!(css), json!(value)],
            )
            .await?;
        Ok(())
    }

    async fn text(&self, css: &str) -> Result<String, Box<dyn std::error::Error>> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    async fn js(&self, script: &str) -> Result<Value, Box<dyn std::error::Error>> {
        Ok(self.client.execute(script, vec![]).await?)
    }

    /// Types `text` into a list's search field and opens the first row once the list shows only
    /// rows matching it: clicking earlier would open whatever row the unfiltered list had there.
    async fn open_found(&self, search: &str, rows: &str, text: &str) -> TestResult {
        self.set(search, text).await?;
        let filtered = format!(
            "const rows = [...document.querySelectorAll({rows})]; return rows.length > 0 && rows.every((r) => r.innerText.includes({text}))",
            rows = json!(rows),
            text = json!(text)
        );
        self.until(&filtered, &format!("{rows} filtered to {text:?}")).await?;
        self.click(rows).await
    }

    /// A wait that ran out, with what the screen showed then.
    async fn timed_out(&self, what: &str) -> Box<dyn std::error::Error> {
        match self.js("return document.querySelector('main')?.innerText ?? document.body.innerText").await {
            Ok(body) => format!("timed out waiting for {what}; the screen shows:\n{body}").into(),
            Err(error) => format!("timed out waiting for {what}; the screen could not be read: {error}").into(),
        }
    }

    /// Waits until `script` returns true.
    async fn until(&self, script: &str, what: &str) -> TestResult {
        let start = Instant::now();
        loop {
            if self.js(script).await? == json!(true) {
                return Ok(());
            }
            if start.elapsed() > Duration::from_secs(15) {
                return Err(self.timed_out(what).await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn screenshot(&self, name: &str) -> TestResult {
        if let Ok(dir) = std::env::var("SCREENSHOT_DIR") {
            std::fs::create_dir_all(&dir)?;
            std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), self.client.screenshot().await?)?;
        }
        Ok(())
    }

    async fn new_meeting(&self, key: &str, title: &str, start: &str, end: &str) -> TestResult {
        self.click("[data-testid=nav-meetings]").await?;
        self.click("[data-testid=new-meeting]").await?;
        self.set("[data-testid=input-key]", key).await?;
        self.set("[data-testid=input-title]", title).await?;
        self.set("[data-testid=input-start]", start).await?;
        self.set("[data-testid=input-end]", end).await?;
        self.set("[data-testid=input-venue]", "Geneva").await?;
        self.set("[data-testid=input-status]", "held").await?;
        self.set("[data-testid=input-documents]", "3").await?;
        self.set("[data-testid=input-report]", "DOC2").await?;
        self.click("[data-testid=save-meeting]").await
    }

    async fn close(self) -> TestResult {
        self.client.close().await?;
        Ok(())
    }
}

/// Two people of the demo data: a secretariat staff member and someone from an African organization.
fn demo_people() -> (String, String) {
    let demo: Value = serde_json::from_str(include_str!("../src/demo/demo.json")).expect("demo data");
    let orgs = demo["organizations"].as_array().expect("organizations");
    let african = orgs
        .iter()
        .find(|o| o["country"] == "KE")
        .and_then(|o| o["name"].as_str())
        .expect("a Kenyan organization in the demo");
    let people = demo["people"].as_array().expect("people");
    let name_of = |org: &str| {
        people.iter().find(|p| p["organization"] == org).and_then(|p| p["name"].as_str()).map(str::to_string).expect("a person")
    };
    (name_of("ITU/TSB"), name_of(african))
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn meeting_with_a_roster_shows_its_statistics() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;
    app.new_meeting("E2E-ROSTER", "CTO consultation, end-to-end", "2025-05-05", "2025-05-05").await?;
    app.wait_for("[data-testid=roster-form]").await?;
    let (staff, african) = demo_people();
    for person in [&staff, &african] {
        app.set("[data-testid=roster-person]", person).await?;
        app.click("[data-testid=roster-add]").await?;
        app.until(&format!("return document.querySelector('[data-testid=roster]').innerText.includes({})", json!(person)), "the roster")
            .await?;
    }
    app.until("return document.querySelector('[data-testid=meeting-stats-participants]').innerText === '2'", "2 participants").await?;
    let africa = app.text("[data-testid=meeting-stats-region-0]").await?;
    let tsb = app.text("[data-testid=meeting-stats-region-6]").await?;
    assert_eq!((africa.as_str(), tsb.as_str()), ("1", "1"), "the secretariat counts under TSB, the Kenyan under Africa");

    // Someone not yet in the directory is registered from the roster itself.
    app.set("[data-testid=roster-person]", "Nadia Newcomer (example)").await?;
    app.set("[data-testid=new-person-organization]", "ITU/TSB").await?;
    app.click("[data-testid=roster-add]").await?;
    app.until("return document.querySelector('[data-testid=meeting-stats-participants]').innerText === '3'", "3 participants").await?;
    assert_eq!(app.text("[data-testid=meeting-stats-region-6]").await?, "2");
    assert_eq!(app.text("[data-testid=meeting-stats-report]").await?, "DOC2");
    app.screenshot("meeting").await?;
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn quick_capture_previews_then_saves_outcomes() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;
    app.new_meeting("E2E-CAPTURE", "CxO roundtable, end-to-end", "2025-06-10", "2025-06-10").await?;
    app.wait_for("[data-testid=capture-text]").await?;
    app.set(
        "[data-testid=capture-text]",
        "DECISION: Hold a roundtable on quantum-safe security\nACTION: TSB | Circulate the summary | due 2025-07-01\nPRIORITY: Post-quantum migration\nA line that is only a note",
    )
    .await?;
    app.click("[data-testid=capture-preview]").await?;
    app.until("return document.querySelectorAll('[data-testid=capture-table] tbody tr').length === 4", "the preview").await?;
    let preview = app.text("[data-testid=capture-table]").await?;
    assert!(preview.contains("not saved"), "the note line is shown as not saved: {preview}");
    app.click("[data-testid=capture-save]").await?;
    app.until("return document.querySelector('[data-testid=decisions]').innerText.includes('quantum-safe security')", "the decision").await?;
    assert!(app.text("[data-testid=actions]").await?.contains("Circulate the summary"));
    assert!(app.text("[data-testid=priorities]").await?.contains("Post-quantum migration"));
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn two_reviewers_score_and_the_rapporteur_sees_the_widest_disagreement_first() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;
    app.click("[data-testid=nav-review]").await?;
    app.wait_for("[data-testid=score-O1]").await?;
    let reviewers: Vec<String> = serde_json::from_value(app.js(
        "return Array.from(document.querySelectorAll('[data-testid=review-reviewer] option')).map(o => o.value).filter(v => v)",
    ).await?)?;
    assert!(reviewers.len() >= 2, "the demo cycle has several reviewers: {reviewers:?}");
    for (reviewer, level) in [(&reviewers[0], 0), (&reviewers[1], 4)] {
        app.set("[data-testid=review-reviewer]", reviewer).await?;
        app.click(&format!("[data-testid=level-O1-{level}]")).await?;
        app.set("[data-testid=rationale-O1]", &format!("Scored {level} in the end-to-end test")).await?;
        // Evidence is typed (or picked from the suggestions) by key; something outside the
        // cycle's period is refused beside the field.
        app.set("[data-testid=evidence-O1]", "no-such-meeting").await?;
        assert!(app.text("[data-testid=score-error-O1]").await?.contains("is not a meeting, contribution or indicator"));
        app.set("[data-testid=evidence-O1]", "cto-2024-10").await?;
        app.until("return document.querySelector('[data-testid=evidence-list-O1]').innerText.includes('CTO-2024-10')", "the cited meeting").await?;
        app.click("[data-testid=save-score-O1]").await?;
        app.until("return document.querySelector('[data-testid=score-O1]').innerText.includes('saved')", "the saved score").await?;
    }
    // Saved with the score: shown again after the screen reloads the cycle.
    app.click("[data-testid=nav-dashboard]").await?;
    app.click("[data-testid=nav-review]").await?;
    // The cycle's reviewers are offered once it has loaded.
    app.wait_for("[data-testid=score-O1]").await?;
    app.set("[data-testid=review-reviewer]", &reviewers[1]).await?;
    app.until("return document.querySelector('[data-testid=evidence-list-O1]').innerText.includes('CTO-2024-10')", "the stored evidence").await?;
    // The score's history: this reviewer's change on top of the demo's score it replaced.
    app.click("[data-testid=score-history-O1]").await?;
    app.until(
        "const e = document.querySelectorAll('[data-testid=score-O1] [data-testid=history-entry]'); return e.length >= 2
            && e[0].innerText.includes('Scored 4 in the end-to-end test') && e[0].innerText.includes('form')
            && e[e.length - 1].innerText.includes('Created') && e[e.length - 1].innerText.includes('import (the demo data)')",
        "the score's history",
    )
    .await?;
    app.screenshot("review-score-history").await?;
    app.click("[data-testid=tab-rapporteur]").await?;
    app.wait_for("[data-testid=rapporteur-row]").await?;
    let first = app.text("[data-testid=rapporteur-row]").await?;
    assert!(first.starts_with("O1"), "O1 now has the widest spread (0 to 4) and comes first: {first}");
    assert!(first.contains('⚠'), "flagged as disagreement: {first}");
    app.screenshot("review-rapporteur").await?;
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_rationale_typed_is_still_there_after_changing_screen_and_reviewer() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    // The database and the window's stored data (XDG_DATA_HOME) outlive one run of the app, so
    // that the test can restart it; and no earlier test's choice of reviewer is seen.
    let keep = tempfile::tempdir()?;
    let db = keep.path().join("e2e.sqlite");
    let data = keep.path().join("data");
    std::fs::create_dir_all(&data)?;
    cli(&db, &["demo"]);
    let env = [("XDG_DATA_HOME", data.as_path())];
    let launch = || App::launch_on(tempfile::tempdir().expect("a temporary folder"), &db, &[], &env, "[data-testid=dashboard-cards]");
    let app = launch().await?;
    app.click("[data-testid=nav-review]").await?;
    app.wait_for("[data-testid=score-O2]").await?;
    // Nobody is chosen for the user: "Scoring as" asks first.
    let chosen = app.js("return document.querySelector('[data-testid=review-reviewer]').value").await?;
    assert_eq!(chosen, json!(""), "no reviewer is picked silently");
    assert!(app.text("[data-testid=choose-reviewer]").await?.contains("Choose who you are"));
    app.screenshot("review-choose-reviewer").await?;
    let reviewers: Vec<String> = serde_json::from_value(app.js(
        "return Array.from(document.querySelectorAll('[data-testid=review-reviewer] option')).map(o => o.value).filter(v => v)",
    ).await?)?;
    assert!(reviewers.len() >= 2, "the demo cycle has several reviewers: {reviewers:?}");
    app.set("[data-testid=review-reviewer]", &reviewers[0]).await?;

    // A rationale typed before any level is chosen: not a score the core could save yet.
    let typed = "Typed before choosing a level: the communiqués rank priorities (kept as a draft)";
    app.set("[data-testid=rationale-O2]", typed).await?;
    app.wait_for("[data-testid=draft-O2]").await?;
    const VALUE: &str = "return document.querySelector('[data-testid=rationale-O2]')?.value ?? null";

    app.click("[data-testid=nav-dashboard]").await?;
    app.until("return !document.querySelector('[data-testid=rationale-O2]')", "the Review screen to close").await?;
    app.click("[data-testid=nav-review]").await?;
    app.wait_for("[data-testid=draft-O2]").await?;
    assert_eq!(app.js(VALUE).await?, json!(typed), "the rationale is there after changing screen");
    app.screenshot("review-draft").await?;

    app.set("[data-testid=review-reviewer]", &reviewers[1]).await?;
    app.until(&format!("return document.querySelector('[data-testid=rationale-O2]').value !== {}", json!(typed)), "the other reviewer's form").await?;
    app.set("[data-testid=review-reviewer]", &reviewers[0]).await?;
    app.until(&format!("return document.querySelector('[data-testid=rationale-O2]').value === {}", json!(typed)), "the draft back").await?;

    // And after the app is closed and started again.
    app.close().await?;
    let app = launch().await?;
    app.click("[data-testid=nav-review]").await?;
    app.wait_for("[data-testid=draft-O2]").await?;
    assert_eq!(app.js(VALUE).await?, json!(typed), "the rationale is there after a restart");

    // Saved with a level, it is a score and no longer a draft.
    app.click("[data-testid^=level-O2-]").await?;
    app.click("[data-testid=save-score-O2]").await?;
    app.until("return !document.querySelector('[data-testid=draft-O2]') && document.querySelector('[data-testid=score-O2]').innerText.includes('saved')", "the saved score").await?;
    app.click("[data-testid=nav-dashboard]").await?;
    app.click("[data-testid=nav-review]").await?;
    app.wait_for("[data-testid=score-O2]").await?;
    app.until(&format!("return document.querySelector('[data-testid=rationale-O2]').value === {}", json!(typed)), "the saved rationale").await?;
    assert_eq!(app.js("return !!document.querySelector('[data-testid=draft-O2]')").await?, json!(false));
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn the_summary_document_options_are_remembered_and_a_bad_email_is_refused_beside_its_field() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;
    app.click("[data-testid=nav-proposals]").await?;
    app.wait_for("[data-testid=document-options]").await?;
    let value = |testid: &str| format!("return document.querySelector('[data-testid={testid}]').value");
    // Never saved: the contact is the cycle's first reviewer, without Tel or E-mail.
    assert_ne!(app.js(&value("option-contact-name")).await?, json!(""));
    assert_eq!(app.js(&value("option-contact-email")).await?, json!(""));

    app.set("[data-testid=option-contact-email]", "rapporteur at example").await?;
    app.click("[data-testid=save-options]").await?;
    assert!(app.text("[data-testid='error-contact.email']").await?.contains("is not an e-mail address"));

    app.set("[data-testid=option-td-number]", "TSAG-TD42").await?;
    app.set("[data-testid=option-contact-tel]", "+41 22 730 5851").await?;
    app.set("[data-testid=option-contact-email]", "rapporteur@example.org").await?;
    app.click("[data-testid=save-options]").await?;
    app.until("return !document.querySelector(\"[data-testid='error-contact.email']\")", "the error gone once saved").await?;

    app.click("[data-testid=nav-dashboard]").await?;
    app.click("[data-testid=nav-proposals]").await?;
    app.until("return document.querySelector('[data-testid=option-td-number]')?.value === 'TSAG-TD42'", "the stored TD number").await?;
    assert_eq!(app.js(&value("option-contact-tel")).await?, json!("+41 22 730 5851"));
    assert_eq!(app.js(&value("option-contact-email")).await?, json!("rapporteur@example.org"));
    app.screenshot("proposals-document-options").await?;
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_meetings_history_shows_the_last_edit_and_brings_the_old_value_back() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;
    app.new_meeting("E2E-HISTORY", "History, end-to-end", "2025-06-02", "2025-06-02").await?;
    app.click("[data-testid=edit-meeting]").await?;
    app.set("[data-testid=input-venue]", "Bern").await?;
    app.click("[data-testid=save-meeting]").await?;
    app.until("return document.querySelector('.sub')?.innerText.includes('Bern') === true", "the saved venue").await?;
    app.click("[data-testid=meeting-history]").await?;
    // Newest first: the edit, old → new, then the creation.
    let newest = "const e = document.querySelectorAll('[data-testid=history-entry]'); return e.length >= 2
        && e[0].querySelector('[data-testid=history-old]')?.innerText === 'Geneva'
        && e[0].querySelector('[data-testid=history-new]')?.innerText === 'Bern'
        && e[0].innerText.includes('form') && e[1].innerText.includes('Created')";
    app.until(newest, "the edit's old and new venue").await?;
    app.screenshot("history").await?;
    // Restoring the old value writes a change of its own; the past stays.
    app.click("[data-testid=history-restore]").await?;
    app.until("return document.querySelector('[data-testid=history-notice]')?.innerText.includes('venue restored to Geneva') === true", "the restore said").await?;
    let restored = "const e = document.querySelectorAll('[data-testid=history-entry]'); return e.length >= 3
        && e[0].querySelector('[data-testid=history-new]')?.innerText === 'Geneva'
        && e[0].innerText.includes('restore (from the history)')
        && e[1].querySelector('[data-testid=history-new]')?.innerText === 'Bern'";
    app.until(restored, "the restore recorded on top of the edit").await?;
    app.until("return document.querySelector('.sub')?.innerText.includes('Geneva') === true", "the venue back").await?;
    app.screenshot("history-restored").await?;

    // The Activity screen: the restore on top, the demo data further down as one line of its
    // batch, which opens to the records it brought in.
    app.click("[data-testid=nav-activity]").await?;
    let lines = "const l = document.querySelectorAll('[data-testid=activity-line]'); return l.length >= 4
        && l[0].innerText.includes('restore (from the history)') && l[0].innerText.includes('Changed meetings E2E-HISTORY')
        && l[1].innerText.includes('Changed meetings E2E-HISTORY')
        && [...l].some((x) => x.innerText.includes('Created meetings E2E-HISTORY'))";
    app.until(lines, "the meeting's changes, newest first").await?;
    let demo = "[...document.querySelectorAll('[data-testid=activity-line]')].find((l) => l.innerText.includes('import (the demo data)'))";
    app.until(&format!("const d = {demo}; return !!d && /[0-9]+ entries: .*meetings/.test(d.innerText)"), "the demo data as one line").await?;
    app.js(&format!("{demo}.querySelector('button').click(); return true")).await?;
    app.until(
        "const b = document.querySelector('[data-testid=activity-batch]'); return !!b && b.querySelectorAll('tbody tr').length > 10",
        "the demo batch's records",
    )
    .await?;
    app.screenshot("activity").await?;
    // Filtered by cause, only the restore is left.
    app.js("const s = document.querySelector('[data-testid=activity-cause]'); s.value = 'restore'; s.dispatchEvent(new Event('change')); return true").await?;
    app.click("[data-testid=activity-show]").await?;
    app.until(
        "const l = document.querySelectorAll('[data-testid=activity-line]'); return l.length === 1 && l[0].innerText.includes('restore')",
        "only the restore",
    )
    .await?;
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn invalid_meeting_shows_the_core_message_and_saves_nothing() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;
    // The window names the file it is on.
    app.until("return document.title === 'e2e.sqlite — CxO Review'", "the window's title").await?;
    app.new_meeting("E2E-BAD", "Ends before it starts", "2025-05-10", "2025-05-01").await?;
    let message = app.text("[data-testid=error-end_date]").await?;
    assert_eq!(message, "is before the start date", "the core's message beside the field");
    app.set("[data-testid=input-key]", "has a space").await?;
    app.click("[data-testid=save-meeting]").await?;
    app.until("return !!document.querySelector('[data-testid=error-key]')", "the key's message").await?;
    assert!(app.text("[data-testid=error-key]").await?.contains("must not contain spaces"));
    app.screenshot("meeting-invalid").await?;
    // Leaving the form with what was typed asks first; discarded, nothing was saved.
    app.click("[data-testid=nav-dashboard]").await?;
    app.click("[data-testid=unsaved-discard]").await?;
    app.click("[data-testid=nav-meetings]").await?;
    app.set("[data-testid=meetings-search]", "E2E-BAD").await?;
    app.until("return document.querySelector('[data-testid=meetings-count]').innerText.startsWith('0 of')", "no such meeting").await?;
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn markup_in_a_title_is_shown_as_text_and_runs_nothing() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;
    let hostile = "<img src=x onerror=alert(1)>";
    app.new_meeting("E2E-XSS", hostile, "2025-05-05", "2025-05-05").await?;
    assert_eq!(app.text("[data-testid=meeting-title]").await?, hostile);
    assert_eq!(app.js("return document.querySelectorAll('main img').length").await?, json!(0), "no image element was created");
    app.click("[data-testid=back-to-meetings]").await?;
    app.set("[data-testid=meetings-search]", "E2E-XSS").await?;
    app.until("return document.querySelector('[data-testid=meetings]').innerText.includes('<img src=x onerror=alert(1)>')", "the list row").await?;
    assert_eq!(app.js("return document.querySelectorAll('main img').length").await?, json!(0));
    app.close().await
}

/// `cxo-review --db DB args…`, which must succeed.
fn cli(db: &std::path::Path, args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_cxo-review")).arg("--db").arg(db).args(args).status().expect("run cxo-review");
    assert!(status.success(), "cxo-review {args:?} failed");
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_signed_off_cycle_changed_outside_the_app_is_announced() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch_with(
        |db| {
            cli(db, &["demo"]);
            cli(db, &["review", "sign-off", "--cycle", "1"]);
            let conn = rusqlite::Connection::open(db).expect("open");
            // The file's own guard refuses this (migration 0012): someone editing it by hand drops it first.
            conn.execute_batch("DROP TRIGGER score_frozen_update").expect("drop the guard");
            conn.execute("UPDATE score SET rationale = rationale || ' (edited)' WHERE id = (SELECT min(id) FROM score)", [])
                .expect("edit behind the app's back");
        },
        "[data-testid=integrity-warning]",
    )
    .await?;
    let warning = app.text("[data-testid=integrity-warning]").await?;
    assert!(warning.contains("changed outside CxO Review"), "{warning}");
    assert_eq!(app.js("return document.querySelector('[data-testid=integrity-warning]').getAttribute('role')").await?, json!("alert"));
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_database_marked_damaged_opens_on_its_backups() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch_with(
        |db| {
            cli(db, &["demo"]);
            cli(db, &["backups", "create"]);
            let mark = db.with_file_name("e2e.sqlite.damaged");
            std::fs::write(mark, "2026-11-26 09:00\ndatabase disk image is malformed\n").expect("mark");
        },
        "[data-testid=recovery]",
    )
    .await?;
    let text = app.text("[data-testid=recovery]").await?;
    assert!(text.contains("was found damaged on 2026-11-26 09:00"), "{text}");
    assert!(text.contains("made on request"), "the backup is offered: {text}");
    app.screenshot("recovery").await.ok();
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_database_named_on_the_command_line_is_opened_and_named_in_the_title() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let given = dir.path().join("tsb-2026.sqlite");
    cli(&given, &["init"]);
    // The command line wins over CXO_REVIEW_DB.
    let elsewhere = dir.path().join("not-this-one.sqlite");
    let app = App::launch_on(dir, &elsewhere, &[&given], &[], "[data-testid=sidebar-database]").await?;
    app.until("return document.title === 'tsb-2026.sqlite — CxO Review'", "the title naming the database").await?;
    assert_eq!(app.js("return document.querySelector('[data-testid=sidebar-database]').textContent").await?, json!("tsb-2026.sqlite"));
    assert!(app.js("return document.querySelector('[data-testid=demo-banner]') === null").await? == json!(true), "not the demo");
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn the_first_run_opens_the_demo_as_a_database_of_its_own() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data").join("cxo-review");
    // No CXO_REVIEW_DB (empty is none), no database of the user's yet.
    let app = App::launch_on(dir, std::path::Path::new(""), &[], &[], "[data-testid=demo-banner]").await?;
    assert_eq!(app.js("return document.querySelector('[data-testid=sidebar-demo]').textContent").await?, json!("Demo database"));
    app.until("return document.title === 'CxO Review demo.sqlite — CxO Review'", "the demo named in the title").await?;
    app.wait_for("[data-testid=dashboard-cards]").await?;
    assert!(data.join("CxO Review demo.sqlite").is_file(), "the demo is a file of its own");
    assert!(!data.join("cxo-review.sqlite").exists(), "the user's database is made only when asked for");
    app.screenshot("demo-database").await.ok();
    // The demo's banner and marker pass the accessibility checks every screen passes.
    let mut failures = Vec::new();
    tokio::time::sleep(Duration::from_millis(700)).await;
    app.axe("demo database", &axe_source()?, &mut failures).await?;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    app.close().await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_missing_database_is_said_in_the_window_which_offers_the_demo() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let missing = dir.path().join("gone").join("review.sqlite");
    let app = App::launch_on(dir, &missing, &[], &[], "[data-testid=recovery]").await?;
    let text = app.text("[data-testid=recovery]").await?;
    assert!(text.contains("there is no database at"), "{text}");
    app.wait_for("[data-testid=recovery-open]").await?;
    app.wait_for("[data-testid=recovery-new]").await?;
    let mut failures = Vec::new();
    app.axe("a database that cannot be opened", &axe_source()?, &mut failures).await?;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    app.screenshot("missing-database").await.ok();
    app.click("[data-testid=recovery-demo]").await?;
    app.wait_for("[data-testid=demo-banner]").await?;
    app.wait_for("[data-testid=dashboard-cards]").await?;
    assert!(!missing.exists(), "the mistyped path was not made into a database");
    app.close().await
}

/// The level of `objective` in the review package at `path`'s work, and its rationale.
fn package_work(path: &std::path::Path, objective: &str) -> Option<(i64, String)> {
    let file: Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    let score = file["work"]["scores"].as_array()?.iter().find(|s| s["objective"] == objective)?.clone();
    Some((score["level"].as_i64()?, score["rationale"].as_str().unwrap_or_default().to_string()))
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_reviewer_scores_a_package_offline_and_the_rapporteur_sees_where_the_scores_came_from() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    // The rapporteur issues a package with the CLI.
    let work = tempfile::tempdir()?;
    let db = work.path().join("rapporteur.sqlite");
    let package = work.path().join("delegate-a.cxopkg");
    cli(&db, &["demo"]);
    let out = package.display().to_string();
    cli(&db, &["review", "package", "issue", "--cycle", "1", "--reviewer", "Delegate A (example)", "--out", &out]);

    // The reviewer opens it in the app: no database at all (the one named is never created).
    let keys = work.path().join("keys");
    let no_db = work.path().join("reviewer-has-no-database.sqlite");
    let reviewer_dir = tempfile::tempdir()?;
    let app = App::launch_on(reviewer_dir, &no_db, &[&package], &[("CXO_REVIEW_KEYS", &keys)], "[data-testid=reviewer-mode]").await?;
    assert_eq!(app.text("[data-testid=package-reviewer]").await?, "Delegate A (example)", "the reviewer is fixed");
    assert_eq!(app.js("return document.querySelectorAll('[data-testid^=nav-]').length").await?, json!(0), "no database screens");
    assert_eq!(app.js("return !!document.querySelector('[data-testid=review-reviewer]')").await?, json!(false), "no 'Scoring as' choice");
    for (objective, level) in [("O1", 1), ("O2", 1)] {
        let rationale = format!("Scored {level} offline in the end-to-end test");
        app.click(&format!("[data-testid=pkg-level-{objective}-{level}]")).await?;
        app.set(&format!("[data-testid=pkg-rationale-{objective}]"), &rationale).await?;
        // Saved into the package file at once.
        let start = Instant::now();
        while package_work(&package, objective) != Some((level, rationale.clone())) {
            assert!(start.elapsed() < Duration::from_secs(15), "{objective} was not saved into the package: {:?}", package_work(&package, objective));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        app.until(&format!("return document.querySelector('[data-testid=pkg-status-{objective}]').innerText === 'Saved'"), "Saved").await?;
    }
    assert_eq!(
        app.js("return document.querySelector('[data-testid=pkg-status-O1]').getAttribute('role')").await?,
        json!("status"),
        "the saved status is announced"
    );
    app.js("window.scrollTo(0, 0); return true").await?;
    app.screenshot("reviewer-mode").await?;

    // Returned beside the package (the save dialog's default), signed by this machine's key.
    app.click("[data-testid=return-beside]").await?;
    let key = app.text("[data-testid=return-key]").await?;
    assert_eq!(key.len(), 16, "a fingerprint: {key}");
    assert!(app.text("[data-testid=return-result]").await?.contains("Tell the rapporteur this fingerprint"));
    let returned = package.with_extension("cxoreturn");
    assert!(returned.exists(), "the return is written beside the package");
    app.close().await?;
    assert!(!no_db.exists(), "reviewer mode opened no database");
    assert!(keys.join("reviewer.key").exists(), "the key is kept in CXO_REVIEW_KEYS");

    // The rapporteur merges the return (with the CLI: the app's file picker cannot be driven).
    cli(&db, &["review", "package", "merge", &returned.display().to_string()]);

    // The rapporteur's view shows both scores, with where they came from.
    let rapporteur_dir = tempfile::tempdir()?;
    let app = App::launch_on(rapporteur_dir, &db, &[], &[], "[data-testid=dashboard-cards]").await?;
    app.click("[data-testid=nav-review]").await?;
    app.click("[data-testid=tab-rapporteur]").await?;
    app.wait_for("[data-testid=provenance]").await?;
    let provenance: Vec<String> = serde_json::from_value(
        app.js("return Array.from(document.querySelectorAll('[data-testid=provenance] li')).map(l => l.innerText)").await?,
    )?;
    assert_eq!(provenance.len(), 2, "only the two changed scores came from the package: {provenance:?}");
    for (line, objective) in provenance.iter().zip(["O1", "O2"]) {
        assert!(line.starts_with(objective), "{objective} first: {provenance:?}");
        assert!(line.contains("Delegate A (example): returned") && line.contains(&key), "{objective} scored offline: {line}");
    }
    assert_eq!(
        app.js("return document.querySelectorAll('[data-testid=rapporteur-table] .offline').length").await?,
        json!(2),
        "the two offline scores are marked ↩ in the table"
    );
    app.js("const p = document.querySelector('[data-testid=provenance]'); p.scrollIntoView({ block: 'center' }); return true").await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.screenshot("rapporteur-provenance").await?;
    app.close().await
}

/// Not a check: regenerates docs/screenshots/ (scripts/screenshots.sh sets SCREENSHOT_DIR).
#[tokio::test]
#[ignore = "writes screenshots; run through scripts/screenshots.sh"]
async fn screenshots_of_every_screen() -> TestResult {
    if std::env::var("SCREENSHOT_DIR").is_err() {
        return Ok(());
    }
    let app = App::launch().await?;
    for screen in ["dashboard", "meetings", "directory", "actions", "contributions", "objectives", "review", "proposals", "settings"] {
        app.click(&format!("[data-testid=nav-{screen}]")).await?;
        tokio::time::sleep(Duration::from_millis(700)).await;
        app.screenshot(screen).await?;
    }
    app.click("[data-testid=nav-meetings]").await?;
    app.open_found("[data-testid=meetings-search]", "[data-testid=meetings-row]", "CTO-2024-10").await?;
    app.wait_for("[data-testid=meeting-stats]").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.screenshot("meeting-detail").await?;
    app.click("[data-testid=nav-proposals]").await?;
    app.click("[data-testid=draft-proposals]").await?;
    app.wait_for("[data-testid=proposal]").await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.screenshot("proposals").await?;
    app.close().await
}

/// A review package the rapporteur issued to Delegate A on the demo data (in `work`), the folder
/// for the reviewer's key and a database path the reviewer does not have.
struct Issued {
    package: PathBuf,
    keys: PathBuf,
    no_db: PathBuf,
}

fn issue_package(work: &Path) -> Issued {
    let db = work.join("rapporteur.sqlite");
    let package = work.join("delegate-a.cxopkg");
    cli(&db, &["demo"]);
    cli(&db, &["review", "package", "issue", "--cycle", "1", "--reviewer", "Delegate A (example)", "--out", &package.display().to_string()]);
    Issued { package, keys: work.join("keys"), no_db: work.join("reviewer-has-no-database.sqlite") }
}

/// axe-core, read from the UI's node_modules (`npm ci` in ui/ puts it there).
fn axe_source() -> Result<String, Box<dyn std::error::Error>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).map_err(|e| {
        format!("cannot read {}: {e}; install the UI's dev dependencies first (npm --prefix ui ci)", path.display()).into()
    })
}

/// Runs axe-core on the page with the WCAG 2.x A/AA rules (2.2 included) and returns every
/// violation as { id, impact, help, targets }.
const AXE_RUN: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
}).then(
  (r) => done(JSON.stringify(r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
  })))),
  (e) => done(JSON.stringify({ error: String(e) })),
);"#;

impl App {
    /// Checks the page as it is now with axe-core; adds every serious or critical violation to
    /// `failures` under `screen`, and prints every violation found (the lesser ones as notes).
    async fn axe(&self, screen: &str, source: &str, failures: &mut Vec<String>) -> TestResult {
        if self.js("return typeof window.axe === 'object'").await? != json!(true) {
            self.client.execute(source, vec![]).await?;
        }
        let found = self.client.execute_async(AXE_RUN, vec![]).await?;
        let found: Value = serde_json::from_str(found.as_str().ok_or("axe returned no JSON")?)?;
        if let Some(error) = found.get("error") {
            return Err(format!("axe failed on {screen}: {error}").into());
        }
        for violation in found.as_array().ok_or("axe returned no list")? {
            let impact = violation["impact"].as_str().unwrap_or("unknown");
            let targets: Vec<&str> = violation["targets"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            let line = format!(
                "{screen}: [{impact}] {} — {}\n    {}",
                violation["id"].as_str().unwrap_or("?"),
                violation["help"].as_str().unwrap_or(""),
                targets.join("\n    ")
            );
            eprintln!("{line}");
            if matches!(impact, "serious" | "critical") {
                failures.push(line);
            }
        }
        Ok(())
    }
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn every_screen_passes_the_wcag_checks_of_axe_core() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let source = axe_source()?;
    let mut failures = Vec::new();
    let app = App::launch().await?;
    let settle = || tokio::time::sleep(Duration::from_millis(700));
    for (screen, ready) in [
        ("dashboard", "[data-testid=dashboard-cards]"),
        ("meetings", "[data-testid=meetings-row]"),
        ("directory", "[data-testid=people-row]"),
        ("actions", "main h1"),
        ("contributions", "main h1"),
        ("objectives", "main h1"),
        ("review", "[data-testid=score-O1]"),
        ("proposals", "[data-testid=draft-proposals]"),
        ("settings", "main h1"),
    ] {
        app.click(&format!("[data-testid=nav-{screen}]")).await?;
        app.wait_for(ready).await?;
        settle().await;
        app.axe(screen, &source, &mut failures).await?;
    }
    app.click("[data-testid=nav-review]").await?;
    app.click("[data-testid=tab-rapporteur]").await?;
    app.wait_for("[data-testid=rapporteur-row]").await?;
    settle().await;
    app.axe("review (rapporteur)", &source, &mut failures).await?;
    app.click("[data-testid=nav-proposals]").await?;
    app.click("[data-testid=draft-proposals]").await?;
    app.wait_for("[data-testid=proposal]").await?;
    settle().await;
    app.axe("proposals (drafted)", &source, &mut failures).await?;
    app.click("[data-testid=nav-meetings]").await?;
    app.click("[data-testid=new-meeting]").await?;
    app.wait_for("[data-testid=input-key]").await?;
    settle().await;
    app.axe("new meeting", &source, &mut failures).await?;
    app.click("[data-testid=nav-dashboard]").await?;
    app.click("[data-testid=nav-meetings]").await?;
    app.open_found("[data-testid=meetings-search]", "[data-testid=meetings-row]", "CTO-2024-10").await?;
    app.wait_for("[data-testid=meeting-stats]").await?;
    settle().await;
    app.axe("meeting detail", &source, &mut failures).await?;
    // Forms that edit in place: a roster's meeting with an action open for editing, a person.
    app.click("[data-testid=actions] button[aria-label^='Edit action']").await?;
    app.wait_for("[data-testid=meeting-action-form-text]").await?;
    settle().await;
    app.axe("meeting detail (editing an action)", &source, &mut failures).await?;
    app.click("[data-testid=meeting-action-form-cancel]").await?;
    app.click("[data-testid=nav-directory]").await?;
    app.click("[data-testid=people-row]").await?;
    app.wait_for("[data-testid=person-name]").await?;
    settle().await;
    app.axe("directory (editing a person)", &source, &mut failures).await?;
    app.click("[data-testid=tab-organizations]").await?;
    app.wait_for("[data-testid=organizations-row]").await?;
    settle().await;
    app.axe("directory (organizations)", &source, &mut failures).await?;
    app.click("[data-testid=nav-objectives]").await?;
    app.wait_for("[data-testid=objective-O5]").await?;
    app.click("[data-testid=action-plan] button[aria-label^='Edit']").await?;
    app.wait_for("[data-testid=plan-code]").await?;
    settle().await;
    app.axe("objectives (editing an action-plan item)", &source, &mut failures).await?;
    app.close().await?;

    // Reviewer mode, on a package issued with the CLI.
    let work = tempfile::tempdir()?;
    let Issued { package, keys, no_db } = issue_package(work.path());
    let app = App::launch_on(tempfile::tempdir()?, &no_db, &[&package], &[("CXO_REVIEW_KEYS", &keys)], "[data-testid=reviewer-mode]").await?;
    settle().await;
    app.axe("reviewer mode", &source, &mut failures).await?;
    app.close().await?;

    assert!(failures.is_empty(), "{} serious or critical accessibility violations:\n{}", failures.len(), failures.join("\n"));
    Ok(())
}

/// Waits until `css` holds `text`.
async fn shows(app: &App, css: &str, text: &str) -> TestResult {
    app.wait_for(css).await?;
    app.until(&format!("return document.querySelector({}).innerText.includes({})", json!(css), json!(text)), &format!("{css} to show {text:?}"))
        .await
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn records_are_edited_in_place_and_unsaved_changes_are_asked_about() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let mut db = PathBuf::new();
    let app = App::launch_with(
        |path| {
            cli(path, &["demo"]);
            db = path.to_path_buf();
        },
        "[data-testid=dashboard-cards]",
    )
    .await?;

    // A newcomer's organization: the core's message stands beside the field it concerns.
    app.click("[data-testid=nav-directory]").await?;
    app.click("[data-testid=tab-organizations]").await?;
    app.click("[data-testid=new-organization]").await?;
    app.set("[data-testid=organization-name]", "Newcomer Labs (example)").await?;
    app.set("[data-testid=organization-category]", "sector_member").await?;
    app.click("[data-testid=organization-form-save]").await?;
    assert!(app.text("[data-testid=error-country]").await?.contains("is required"), "the country is asked for beside its field");
    app.screenshot("directory-organization-error").await?;
    app.set("[data-testid=organization-country]", "KE").await?;
    app.click("[data-testid=organization-form-save]").await?;
    shows(&app, "[data-testid=directory-notice]", "Newcomer Labs (example) saved").await?;

    // And the newcomer, in it.
    app.click("[data-testid=tab-people]").await?;
    app.click("[data-testid=new-person]").await?;
    app.set("[data-testid=person-name]", "Ada Newcomer (example)").await?;
    app.set("[data-testid=person-title]", "Chief Technology Officer").await?;
    app.set("[data-testid=person-organization]", "Newcomer Labs (example)").await?;
    app.set("[data-testid=person-email]", "ada@example.org").await?;
    app.click("[data-testid=person-form-save]").await?;
    shows(&app, "[data-testid=directory-notice]", "Ada Newcomer (example) saved").await?;

    // Any record a form edits has its history: the person's new title, old → new.
    app.open_found("[data-testid=people-search]", "[data-testid=people-row]", "Ada Newcomer (example)").await?;
    app.set("[data-testid=person-title]", "CTO").await?;
    app.click("[data-testid=person-form-save]").await?;
    // Saved, the form closes.
    app.until("return !document.querySelector('[data-testid=person-form]')", "the form closed once saved").await?;
    app.open_found("[data-testid=people-search]", "[data-testid=people-row]", "Ada Newcomer (example)").await?;
    app.click("[data-testid=person-form-history]").await?;
    app.until(
        "const e = document.querySelectorAll('[data-testid=history-entry]'); return e.length === 2
            && e[0].querySelector('[data-testid=history-old]')?.innerText === 'Chief Technology Officer'
            && e[0].querySelector('[data-testid=history-new]')?.innerText === 'CTO'",
        "the person's history",
    )
    .await?;
    app.screenshot("directory-person-history").await?;
    app.click("[data-testid=person-form-cancel]").await?;

    // Leaving a form with typed text asks first: Keep editing keeps it, Discard leaves.
    app.click("[data-testid=new-person]").await?;
    app.set("[data-testid=person-name]", "Half-typed name").await?;
    app.screenshot("directory-person-form").await?;
    app.click("[data-testid=nav-meetings]").await?;
    app.until("return document.querySelector('[data-testid=unsaved-dialog]').open === true", "the unsaved-changes question").await?;
    app.screenshot("unsaved-changes").await?;
    app.click("[data-testid=unsaved-keep]").await?;
    assert_eq!(app.js("return document.querySelector('[data-testid=person-name]').value").await?, json!("Half-typed name"));
    assert_eq!(app.js("return document.querySelector('[data-testid=nav-directory]').getAttribute('aria-current')").await?, json!("page"));
    app.click("[data-testid=nav-meetings]").await?;
    app.click("[data-testid=unsaved-discard]").await?;
    app.wait_for("[data-testid=new-meeting]").await?;

    // The newcomer on a roster; then their status and executive flag changed in the row.
    app.new_meeting("E2E-EDIT", "CTO meeting, edited in place", "2025-05-05", "2025-05-05").await?;
    app.set("[data-testid=roster-person]", "Ada Newcomer (example)").await?;
    app.click("[data-testid=roster-add]").await?;
    shows(&app, "[data-testid=roster]", "Newcomer Labs (example)").await?;
    app.until("return document.querySelector('[data-testid=meeting-stats-participants]').innerText === '1'", "1 participant").await?;
    app.set("[data-testid=roster-status]", "registered").await?;
    shows(&app, "[data-testid=meeting-notice]", "Ada Newcomer (example): saved").await?;
    app.until("return document.querySelector('[data-testid=meeting-stats-participants]').innerText === '0'", "no participant attended").await?;
    app.click("[data-testid=roster-executive]").await?;
    app.until("return document.querySelector('[data-testid=roster-executive]').checked === true", "the executive flag").await?;

    // Outcomes: an action's due date edited, priorities re-ranked from the keyboard's buttons.
    app.set("[data-testid=capture-text]", "ACTION: TSB | Circulate the summary | due 2025-07-01\nPRIORITY: First topic\nPRIORITY: Second topic").await?;
    app.click("[data-testid=capture-save]").await?;
    shows(&app, "[data-testid=actions]", "Circulate the summary").await?;
    app.click("button[aria-label='Edit action: Circulate the summary']").await?;
    app.set("[data-testid=meeting-action-form-due]", "2025-08-15").await?;
    app.set("[data-testid=meeting-action-form-owner]", "TSB Director").await?;
    app.click("[data-testid=meeting-action-form-save]").await?;
    shows(&app, "[data-testid=actions]", "15 Aug 2025").await?;
    shows(&app, "[data-testid=actions]", "TSB Director").await?;
    let topics = "[...document.querySelectorAll('[data-testid=priority-topic-text]')].map((e) => e.innerText).join('|')";
    let order = format!("return {topics}");
    assert_eq!(app.js(&order).await?, json!("First topic|Second topic"));
    app.click("button[aria-label='Move First topic down']").await?;
    app.until(&format!("return {topics} === 'Second topic|First topic'"), "the new order").await?;
    app.until("return !!document.activeElement && document.activeElement.getAttribute('aria-label') === 'Move First topic up'", "focus kept on the moved priority")
        .await?;
    app.screenshot("meeting-edited").await?;

    // Someone else saves the action while it is open here: the save is refused, naming them,
    // and what was typed stays.
    app.click("button[aria-label='Edit action: Circulate the summary']").await?;
    app.set("[data-testid=meeting-action-form-text]", "Circulate the summary to every participant").await?;
    {
        let conn = rusqlite::Connection::open(&db)?;
        let changed = conn.execute(
            "UPDATE action SET version = version + 1, changed_by = 'Colleague (example)', changed_at = '2025-08-01T09:00:00Z'
             WHERE text = 'Circulate the summary'",
            [],
        )?;
        assert_eq!(changed, 1);
    }
    app.click("[data-testid=meeting-action-form-save]").await?;
    shows(&app, "[data-testid=meeting-action-form-message]", "Colleague (example)").await?;
    assert_eq!(
        app.js("return document.querySelector('[data-testid=meeting-action-form-text]').value").await?,
        json!("Circulate the summary to every participant")
    );
    app.screenshot("edit-conflict").await?;
    app.click("[data-testid=meeting-action-form-cancel]").await?;
    app.click("[data-testid=unsaved-discard]").await?;

    // Everything persisted: the window reloaded shows it as saved.
    app.js("location.reload(); return true").await?;
    app.wait_for("[data-testid=meetings-search]").await?;
    app.open_found("[data-testid=meetings-search]", "[data-testid=meetings-row]", "E2E-EDIT").await?;
    shows(&app, "[data-testid=roster]", "Ada Newcomer (example)").await?;
    assert_eq!(app.js("return document.querySelector('[data-testid=roster-status]').value").await?, json!("registered"));
    assert_eq!(app.js("return document.querySelector('[data-testid=roster-executive]').checked").await?, json!(true));
    assert_eq!(app.js(&order).await?, json!("Second topic|First topic"));
    let actions = app.text("[data-testid=actions]").await?;
    assert!(actions.contains("15 Aug 2025") && actions.contains("TSB Director"), "{actions}");
    assert!(!actions.contains("every participant"), "the refused save changed nothing: {actions}");
    app.close().await
}

/// Answers the window's next native confirmation with Yes (WebDriver cannot click a native
/// dialog). `window.__TAURI_INTERNALS__.invoke` cannot be replaced (Tauri defines it read-only,
/// so assigning to it does nothing and the real dialog opens); the command's request to the
/// app goes out through `fetch`, which can: the dialog's command is answered without reaching
/// the app, the way the app answers it when Yes is clicked.
const CONFIRM_YES: &str = "const fetch = window.fetch;
    window.fetch = (resource, options) => {
        if (!String(resource).includes(encodeURIComponent('plugin:dialog|message'))) return fetch(resource, options);
        window.fetch = fetch;
        return Promise.resolve(new Response(JSON.stringify('Yes'), { headers: { 'Content-Type': 'application/json', 'Tauri-Response': 'ok' } }));
    };";

/// Runs one step of a workflow; its failure (a selector that never appeared, a text never
/// shown) names the step.
async fn step<T>(what: &str, work: impl std::future::Future<Output = Result<T, Box<dyn std::error::Error>>>) -> Result<T, Box<dyn std::error::Error>> {
    work.await.map_err(|e| format!("{what}: {e}").into())
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn deleted_records_come_back_with_undo_or_from_the_trash() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let source = axe_source()?;
    let mut failures = Vec::new();
    let app = App::launch().await?;
    let open_meeting = |key: &'static str| {
        let app = &app;
        async move {
            app.click("[data-testid=nav-meetings]").await?;
            app.set("[data-testid=meetings-search]", key).await?;
            app.until(
                &format!("const rows = document.querySelectorAll('[data-testid=meetings-row]'); return rows.length === 1 && rows[0].innerText.includes({})", json!(key)),
                &format!("{key} alone in the list"),
            )
            .await?;
            app.click("[data-testid=meetings-row]").await?;
            app.wait_for("[data-testid=meeting-stats]").await.map(|_| ())
        }
    };
    let count = |css: &'static str| {
        let app = &app;
        async move {
            app.js(&format!("return document.querySelectorAll({}).length", json!(css)))
                .await?
                .as_u64()
                .ok_or_else(|| -> Box<dyn std::error::Error> { format!("no count of {css}").into() })
        }
    };

    // A priority deleted with ✕ comes back with Undo.
    step("open the meeting", open_meeting("CTO-2024-10")).await?;
    let topic = step("read the first priority", app.text("[data-testid=priority-topic-text]")).await?;
    let priorities = count("[data-testid=priority]").await?;
    assert!(priorities > 0, "the meeting has priorities");
    step("delete the priority", app.click("[data-testid=priority] button[aria-label^='Delete priority']")).await?;
    step("the toast", shows(&app, "[data-testid=undo-toast]", "Deleted the priority")).await?;
    let gone = format!("return document.querySelectorAll('[data-testid=priority]').length === {}", priorities - 1);
    step("the priority gone", app.until(&gone, "the priority gone")).await?;
    assert!(!app.text("[data-testid=priorities]").await?.contains(topic.trim()), "{topic} is no longer listed");
    step("axe with the toast", app.axe("undo notice", &source, &mut failures)).await?;
    app.js("document.querySelector('[data-testid=priorities]').scrollIntoView({ block: 'center' }); return true").await?;
    app.screenshot("undo-toast").await?;
    step("undo", app.click("[data-testid=undo]")).await?;
    step("the restored notice", shows(&app, "[data-testid=undo-toast]", "Restored the priority")).await?;
    // Loaded again from the database.
    step("open the meeting again", open_meeting("CTO-2024-10")).await?;
    let back = format!("return document.querySelectorAll('[data-testid=priority]').length === {priorities}");
    step("the priority back", app.until(&back, "the priority back")).await?;
    step("the priority's topic back", shows(&app, "[data-testid=priorities]", topic.trim())).await?;

    // A roster row removed and left in the trash; then the meeting, deleted with the rest of its
    // roster, is restored from the Trash panel in Settings, and the row after it.
    let roster = count("[data-testid=roster-row]").await?;
    assert!(roster > 1, "the meeting has a roster");
    let removed = step("read a roster row", app.text("[data-testid=roster-row] td")).await?;
    step("remove the roster row", app.click("[data-testid=roster-row] button[aria-label^='Remove']")).await?;
    step("the toast", shows(&app, "[data-testid=undo-toast]", "Deleted the roster row")).await?;
    let fewer = format!("return document.querySelectorAll('[data-testid=roster-row]').length === {}", roster - 1);
    step("the roster row gone", app.until(&fewer, "the roster row gone")).await?;
    app.js(CONFIRM_YES).await?;
    step("delete the meeting", app.click("[data-testid=delete-meeting]")).await?;
    step("the toast", shows(&app, "[data-testid=undo-toast]", "Deleted the meeting CTO-2024-10")).await?;
    step("the meeting gone from the list", async {
        app.set("[data-testid=meetings-search]", "CTO-2024-10").await?;
        app.until("return document.querySelectorAll('[data-testid=meetings-row]').length === 0", "no CTO-2024-10 in the list").await
    })
    .await?;
    step("dismiss the toast", app.click("[data-testid=undo-toast] button[aria-label=Dismiss]")).await?;
    step("open Settings", app.click("[data-testid=nav-settings]")).await?;
    step("the trash lists the meeting", shows(&app, "[data-testid=trash]", "meeting CTO-2024-10")).await?;
    step("the trash lists the roster row", shows(&app, "[data-testid=trash]", removed.trim())).await?;
    // The priority's entry left the trash with its Undo.
    assert_eq!(count("[data-testid=trash-entry]").await?, 2, "the roster row and the meeting");
    app.js("document.querySelector('[data-testid=trash]').scrollIntoView({ block: 'center' }); return true").await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.screenshot("trash").await?;
    step("axe on Settings with the trash", app.axe("settings (trash)", &source, &mut failures)).await?;
    step("restore the meeting", app.click("[data-testid=trash-restore][aria-label^='Restore the meeting CTO-2024-10']")).await?;
    step("the restored notice", shows(&app, "[data-testid=trash]", "Restored the meeting CTO-2024-10")).await?;
    step("the meeting's entry gone", app.until("return document.querySelectorAll('[data-testid=trash-entry]').length === 1", "one entry left")).await?;
    step("open the restored meeting", open_meeting("CTO-2024-10")).await?;
    step("the rest of the roster back", app.until(&fewer, "the rest of the roster back")).await?;
    step("open Settings again", app.click("[data-testid=nav-settings]")).await?;
    step("restore the roster row", app.click("[data-testid=trash-restore][aria-label^='Restore the roster row']")).await?;
    step("the trash empty", shows(&app, "[data-testid=trash]", "The trash is empty")).await?;
    step("open the meeting once more", open_meeting("CTO-2024-10")).await?;
    let whole = format!("return document.querySelectorAll('[data-testid=roster-row]').length === {roster}");
    step("the whole roster back", app.until(&whole, "the whole roster back")).await?;
    step("the removed person back", shows(&app, "[data-testid=roster]", removed.trim())).await?;
    app.close().await?;
    assert!(failures.is_empty(), "{} serious or critical accessibility violations:\n{}", failures.len(), failures.join("\n"));
    Ok(())
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn contributions_actions_objectives_and_cycles_are_edited_in_place() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    let app = App::launch().await?;

    // A contribution's "reproduced in", which no form could set before.
    app.click("[data-testid=nav-contributions]").await?;
    app.open_found("[data-testid=contributions-search]", "[data-testid=contributions-row]", "TSAG-C12").await?;
    app.click("[data-testid=edit-contribution]").await?;
    app.set("[data-testid=contribution-reproduced]", "TSAG-TD999").await?;
    app.click("[data-testid=contribution-form-save]").await?;
    shows(&app, "[data-testid=contributions-notice]", "TSAG-C12 saved").await?;
    app.click("[data-testid=edit-contribution]").await?;
    app.until("return document.querySelector('[data-testid=contribution-reproduced]')?.value === 'TSAG-TD999'", "the saved value, loaded again").await?;
    app.screenshot("contribution-edit").await?;
    app.click("[data-testid=contribution-form-cancel]").await?;

    // An action's owner, from the Actions screen.
    app.click("[data-testid=nav-actions]").await?;
    app.click("[data-testid=actions-row]").await?;
    app.click("[data-testid=edit-action]").await?;
    app.set("[data-testid=action-form-owner]", "Owner renamed (example)").await?;
    app.click("[data-testid=action-form-save]").await?;
    shows(&app, "[data-testid=actions-notice]", "Action saved").await?;
    shows(&app, "[data-testid=action-panel]", "Owner renamed (example)").await?;
    shows(&app, "[data-testid=actions]", "Owner renamed (example)").await?;

    // An action-plan item and a review cycle, on the Objectives screen.
    app.click("[data-testid=nav-objectives]").await?;
    // The objectives' cards load above the action plan: a click before they are in would land
    // where the plan's row was.
    app.wait_for("[data-testid=objective-O5]").await?;
    app.click("[data-testid=action-plan] button[aria-label='Edit AP1.1']").await?;
    app.set("[data-testid=plan-status]", "done").await?;
    app.click("[data-testid=plan-form-save]").await?;
    shows(&app, "[data-testid=action-plan]", "AP1.1 saved").await?;
    app.click("[data-testid=cycles] button[aria-label^='Edit cycle']").await?;
    app.set("[data-testid=cycle-quorum]", "0").await?;
    app.click("[data-testid=cycle-form-save]").await?;
    shows(&app, "[data-testid=error-quorum]", "between 1 and 100").await?;
    app.set("[data-testid=cycle-quorum]", "3").await?;
    app.screenshot("cycle-edit").await?;
    app.click("[data-testid=cycle-form-save]").await?;
    shows(&app, "[data-testid=cycles]", "quorum 3").await?;

    // Persisted: loaded again from the database.
    app.click("[data-testid=nav-dashboard]").await?;
    app.click("[data-testid=nav-objectives]").await?;
    shows(&app, "[data-testid=cycles]", "quorum 3").await?;
    let plan = app.js("return [...document.querySelectorAll('[data-testid=plan-row]')].find((r) => r.innerText.startsWith('AP1.1')).innerText").await?;
    assert!(plan.as_str().is_some_and(|row| row.contains("Done")), "{plan}");
    app.close().await
}

/// Answers the window's next native file-open dialog with `path`, the way the dialog answers
/// when the file is picked (see [`CONFIRM_YES`] for why through `fetch`).
fn open_file_answer(path: &Path) -> String {
    format!(
        "const fetch = window.fetch;
         window.fetch = (resource, options) => {{
             if (!String(resource).includes(encodeURIComponent('plugin:dialog|open'))) return fetch(resource, options);
             window.fetch = fetch;
             return Promise.resolve(new Response(JSON.stringify({}), {{ headers: {{ 'Content-Type': 'application/json', 'Tauri-Response': 'ok' }} }}));
         }};",
        json!(path.to_string_lossy())
    )
}

#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_registration_list_is_mapped_reviewed_imported_onto_a_roster_and_undone() -> TestResult {
    if !e2e_ready() {
        return Ok(());
    }
    // A registration list as ITU's system writes it in French: a person of the directory, one
    // misspelt, an organization in capitals without its "(example)", new people.
    let folder = tempfile::tempdir()?;
    let list = folder.path().join("inscriptions.xlsx");
    {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet().set_name("Participants")?;
        let rows = [
            ["Nom", "Prénom", "Organisation", "Pays", "Fonction", "Courriel"],
            ["EXAMPLE", "Wanjiru", "Savanna Mobile (example)", "Kenya", "Chief Technology Officer", "wanjiru@savanna.example.com"],
            ["Exampel", "Otieno", "Savanna Mobile (example)", "KE", "Head of Standards", ""],
            ["Lefèvre", "Renée", "ALPENFUNK NETWORKS", "Suisse", "Directrice technique", ""],
            ["Okafor", "Chidi", "Kano Fibre Ltd.", "NG", "Network engineer", "chidi@kano.example.com"],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *value)?;
            }
        }
        book.save(&list)?;
    }
    let app = App::launch().await?;
    app.click("[data-testid=nav-meetings]").await?;
    app.set("[data-testid=meetings-search]", "CTO-2025-06").await?;
    app.until("const rows = document.querySelectorAll('[data-testid=meetings-row]'); return rows.length === 1", "the meeting alone in the list").await?;
    app.click("[data-testid=meetings-row]").await?;
    app.wait_for("[data-testid=roster]").await?;
    let roster = "return document.querySelector('[data-testid=roster]').innerText";
    assert!(!app.js(roster).await?.as_str().unwrap_or_default().contains("Chidi Okafor"));

    app.click("[data-testid=meeting-import-list]").await?;
    app.js(&format!("{} return true", open_file_answer(&list))).await?;
    app.click("[data-testid=sheet-choose]").await?;
    // The columns as read, French headers recognised, the first rows beside them.
    app.until("return document.querySelector('[data-testid=sheet-field-B]')?.value === 'first_name'", "the columns read").await?;
    assert_eq!(app.js("return document.querySelector('[data-testid=sheet-field-D]').value").await?, json!("country"));
    assert!(app.text("[data-testid=sheet-columns]").await?.contains("Renée"));
    app.screenshot("sheet-mapping").await?;

    // Two proposed matches reviewed: the organization in capitals and the misspelt person.
    let review = "return [...document.querySelectorAll('[data-testid=sheet-match][data-band=review]')].map((r) => r.children[1].innerText)";
    assert_eq!(app.js(review).await?, json!(["ALPENFUNK NETWORKS", "Otieno Exampel"]));
    let take = |text: &str, name: &str| {
        format!(
            "const row = [...document.querySelectorAll('[data-testid=sheet-match]')].find((r) => r.children[1].innerText === {});
             const s = row.querySelector('[data-testid=sheet-choice]'); s.value = {}; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true",
            json!(text),
            json!(name)
        )
    };
    app.js(&take("ALPENFUNK NETWORKS", "Alpenfunk Networks (example)")).await?;
    app.until("return document.querySelector('[data-testid=sheet-summary]')?.innerText.includes('1 organizations')", "the organization taken").await?;
    app.js(&take("Otieno Exampel", "Otieno Example")).await?;
    app.until("return document.querySelector('[data-testid=sheet-summary]')?.innerText.includes('2 people')", "the person taken").await?;
    app.js("document.querySelector('[data-testid=sheet-organizations]').scrollIntoView(); return true").await?;
    app.screenshot("sheet-review").await?;

    // Imported: the roster and the meeting's statistics (Annex B) count the new people.
    let stats_before = app.text("[data-testid=meeting-stats]").await?;
    app.click("[data-testid=sheet-import-run]").await?;
    app.until("return document.querySelector('[data-testid=sheet-notice]')?.innerText.startsWith('Imported') === true", "the import said").await?;
    app.until(&format!("{roster}.includes('Chidi Okafor') && document.querySelector('[data-testid=roster]').innerText.includes('Renée Lefèvre')"), "the roster")
        .await?;
    app.until(
        &format!("return document.querySelector('[data-testid=meeting-stats]').innerText !== {}", json!(stats_before)),
        "the meeting's statistics counting the new participants",
    )
    .await?;
    app.js("window.scrollTo(0, 0); document.querySelector('main, .content')?.scrollTo?.(0, 0); return true").await?;
    app.screenshot("sheet-imported").await?;

    // Undone: the roster as it was.
    app.click("[data-testid=sheet-undo]").await?;
    app.until("return document.querySelector('[data-testid=sheet-notice]')?.innerText.startsWith('Undone') === true", "the undo said").await?;
    app.until(&format!("return !{}.includes('Chidi Okafor')", roster.trim_start_matches("return ")), "the roster as it was").await?;

    // Imported again without reviewing: ALPENFUNK NETWORKS becomes a second organization,
    // found among the directory's duplicates, merged into the first, and the merge undone.
    app.js(&format!("{} return true", open_file_answer(&list))).await?;
    app.click("[data-testid=sheet-choose]").await?;
    app.until("return document.querySelector('[data-testid=sheet-summary]')?.innerText.includes('2 organizations') === true", "the plan again").await?;
    app.click("[data-testid=sheet-import-run]").await?;
    app.until("return document.querySelector('[data-testid=sheet-notice]')?.innerText.startsWith('Imported') === true", "imported again").await?;
    app.click("[data-testid=nav-directory]").await?;
    app.click("[data-testid=tab-organizations]").await?;
    app.click("[data-testid=show-duplicates]").await?;
    let pair = "[...document.querySelectorAll('[data-testid=duplicate]')].find((r) => r.innerText.includes('ALPENFUNK NETWORKS') && r.innerText.includes('Alpenfunk Networks (example)'))";
    app.until(&format!("return !!{pair}"), "the two Alpenfunks listed").await?;
    app.js(&format!("[...{pair}.querySelectorAll('button')].find((b) => b.innerText.includes('Keep “Alpenfunk Networks (example)”')).click(); return true")).await?;
    app.until(
        "return document.querySelector('[data-testid=duplicates-notice]')?.innerText.includes('merged into “Alpenfunk Networks (example)”') === true",
        "the merge said",
    )
    .await?;
    app.screenshot("directory-merge").await?;
    // The list filtered to the name (it shows a window of its rows).
    app.set("[data-testid=organizations-search]", "alpenfunk").await?;
    let listed = "return [...document.querySelectorAll('[data-testid=organizations-row]')].some((r) => r.innerText.includes('ALPENFUNK NETWORKS'))";
    app.until(&format!("{listed} === false"), "one Alpenfunk left").await?;
    app.click("[data-testid=duplicates-undo]").await?;
    app.until("return document.querySelector('[data-testid=duplicates-notice]')?.innerText.startsWith('Merge undone') === true", "the merge undone").await?;
    app.until(&format!("{listed} === true"), "the second Alpenfunk back").await?;
    app.close().await
}

// ---- The six languages of ITU ----------------------------------------------------------------

impl App {
    /// Chooses `language` in Settings, as a user does, and waits until the window speaks it.
    async fn choose_language(&self, language: &str) -> TestResult {
        self.click("[data-testid=nav-settings]").await?;
        self.set("#language", language).await?;
        self.until(&format!("return document.documentElement.lang.startsWith({})", json!(language)), language).await
    }

    /// Switches to a language the Settings list does not offer (the pseudo-locale) the way a
    /// remembered choice is: kept, then read at the next start of the page.
    async fn start_in(&self, language: &str, ready: &str) -> TestResult {
        self.js(&format!("localStorage.setItem('cxo-review.language', {}); location.reload(); return true", json!(language))).await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        self.wait_for(ready).await?;
        Ok(())
    }

    /// The screens a user of the database passes through, each opened and left to settle:
    /// `visit(name)` runs on each.
    async fn each_screen<F, Fut>(&self, mut visit: F) -> TestResult
    where
        F: FnMut(&'static str) -> Fut,
        Fut: std::future::Future<Output = TestResult>,
    {
        for screen in ["dashboard", "meetings", "directory", "actions", "contributions", "objectives", "review", "proposals", "settings", "activity"] {
            self.click(&format!("[data-testid=nav-{screen}]")).await?;
            self.wait_for("main h1").await?;
            tokio::time::sleep(Duration::from_millis(700)).await;
            visit(screen).await?;
        }
        self.click("[data-testid=nav-meetings]").await?;
        self.click("[data-testid=meetings-row]").await?;
        self.wait_for("[data-testid=meeting-stats]").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        visit("meeting").await?;
        self.click("[data-testid=nav-review]").await?;
        self.click("[data-testid=tab-rapporteur]").await?;
        self.wait_for("[data-testid=rapporteur-row]").await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        visit("review (rapporteur)").await
    }
}

/// Every string value of the demo data, as the CLI exports it: what the window may show without
/// translation (names, titles, places, the objectives' text).
fn demo_strings(db: &Path) -> Vec<String> {
    let out = db.with_extension("json");
    cli(db, &["export", "json", "--out", &out.display().to_string()]);
    let data: Value = serde_json::from_slice(&std::fs::read(&out).expect("the export")).expect("JSON");
    let mut strings = Vec::new();
    fn walk(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) if !s.trim().is_empty() => out.extend(s.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty())),
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    walk(&data, &mut strings);
    strings.sort_by_key(|s| std::cmp::Reverse(s.len()));
    strings.dedup();
    strings
}

/// What of the page's text is outside the pseudo-locale's markers, once the data is taken out
/// (numbers, dates, punctuation and the data's own strings are not the window's words), and the
/// elements whose text is cut off.
const UNMARKED: &str = r#"
const data = arguments[0];
let text = document.body.innerText;
// Messages may hold messages: take the innermost marked spans out first.
for (let before = ''; before !== text; ) { before = text; text = text.replace(/⟦[^⟦⟧]*⟧/g, ' '); }
const left = [];
for (let line of text.split('\n')) {
  // The quick capture's keywords, which the core reads as typed, before the data's strings.
  line = line.replace(/\b(DECISION|ACTION|PRIORITY):/g, ' ');
  for (const d of data) if (line.includes(d)) line = line.split(d).join(' ');
  line = line.replace(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g, ' ')
    .replace(/\b[A-Z]{1,5}-?\d[\w.\-/]*\b/g, ' ')      // codes and symbols: O1, AP1.1, CTO-2024-10
    .replace(/CxO Review|CTO\/CxO|CxO|CTO|TSAG|TSB|ITU-T|ITU|RG-IEM|\.cxo\w*|\.docx|\.xlsx|\.json|\.csv|\.md/g, ' ')
    // Times in ISO form, and sizes.
    .replace(/\b\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?( UTC)?|\b[\d.,]+ ?MB\b/g, ' ');
  if (/\p{L}{2,}/u.test(line)) left.push(line.trim());
}
// The window's own words must fit; data in a dense table may end in "…" (its whole text is a
// click away), and text hidden for screen readers is clipped on purpose.
const cut = [...document.querySelectorAll('main *, nav *')].filter((e) => {
  if (e.closest('.visually-hidden, .sr') || !e.innerText?.includes('⟦')) return false;
  // A sentence that carries a long piece of data (a title) may end in "…" like the data alone.
  if (data.some((d) => d.length >= 12 && e.innerText.includes(d))) return false;
  if (!e.childElementCount && e.scrollWidth > e.clientWidth + 1) {
    const style = getComputedStyle(e);
    return style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
  }
  return false;
}).map((e) => e.innerText.slice(0, 60));
return { left, cut };
"#;

/// The end-to-end walk in the pseudo-locale: any word on screen without its markers was not
/// translated (a string written into the code), and no marked text, a third longer than English,
/// is cut off.
#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn in_the_pseudo_locale_every_word_on_screen_comes_from_the_catalogue() -> TestResult {
    if !e2e_ready() || on_server() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("e2e.sqlite");
    cli(&db, &["demo"]);
    let mut data = demo_strings(&db);
    // The database's file and its folder, and who is logged in, are shown as they are.
    data.extend([db.display().to_string(), "e2e.sqlite".to_string(), std::env::var("USER").unwrap_or_else(|_| "root".into())]);
    data.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let app = App::launch_on(dir, &db, &[], &[], "[data-testid=dashboard-cards]").await?;
    app.start_in("en-XA", "[data-testid=dashboard-cards]").await?;
    let found = std::sync::Mutex::new(Vec::new());
    app.each_screen(|screen| {
        let (app, data, found) = (&app, &data, &found);
        async move {
            let page = app.client.execute(UNMARKED, vec![json!(data)]).await?;
            let mut found = found.lock().map_err(|_| "poisoned")?;
            for line in page["left"].as_array().into_iter().flatten() {
                found.push(format!("{screen}: untranslated: {line}"));
            }
            for text in page["cut"].as_array().into_iter().flatten() {
                found.push(format!("{screen}: cut off: {text}"));
            }
            app.screenshot(&format!("pseudo-{}", screen.replace([' ', '(', ')'], ""))).await
        }
    })
    .await?;
    app.close().await?;
    let found = found.into_inner().map_err(|_| "poisoned")?;
    assert!(found.is_empty(), "{} texts not from the catalogue or cut off:\n{}", found.len(), found.join("\n"));
    Ok(())
}

/// Where an element is on the screen: [left, right].
async fn span(app: &App, css: &str) -> Result<(f64, f64), Box<dyn std::error::Error>> {
    app.wait_for(css).await?;
    let r = app
        .js(&format!("const r = document.querySelector({}).getBoundingClientRect(); return [r.left, r.right]", json!(css)))
        .await?;
    Ok((r[0].as_f64().unwrap_or(f64::NAN), r[1].as_f64().unwrap_or(f64::NAN)))
}

/// In Arabic the window is laid out right to left, read by where things are, not only by the
/// attribute: the sidebar on the right of the screen, a table's first column at its right, a
/// form's labels at the right of their fields; and the dashboard, a meeting and the review in
/// each of the six languages are kept as screenshots (docs/screenshots/lang-*.png).
#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn in_arabic_the_window_is_laid_out_right_to_left_and_each_language_is_pictured() -> TestResult {
    if !e2e_ready() || on_server() {
        return Ok(());
    }
    let app = App::launch().await?;
    // Left to right first, to compare with.
    let (nav_ltr, _) = span(&app, "nav").await?;
    let (main_ltr, _) = span(&app, "main").await?;
    assert!(nav_ltr < main_ltr, "in English the sidebar is at the left");

    app.choose_language("ar").await?;
    assert_eq!(app.js("return [document.documentElement.dir, document.documentElement.lang]").await?, json!(["rtl", "ar"]));
    app.click("[data-testid=nav-dashboard]").await?;
    app.wait_for("[data-testid=dashboard-cards]").await?;
    let (nav, _) = span(&app, "nav").await?;
    let (main, _) = span(&app, "main").await?;
    assert!(nav > main, "in Arabic the sidebar is at the right: nav at {nav}, main at {main}");
    let heading = app.text("main h1").await?;
    assert!(heading.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)), "the dashboard speaks Arabic: {heading}");

    // A table's first column is at its right.
    app.click("[data-testid=nav-meetings]").await?;
    app.wait_for("[data-testid=meetings-row]").await?;
    let (first, _) = span(&app, "[data-testid=meetings-row] > :first-child").await?;
    let (last, _) = span(&app, "[data-testid=meetings-row] > :last-child").await?;
    assert!(first > last, "the meetings table reads from the right: first column at {first}, last at {last}");

    // A meeting: its statistics table mirrored too.
    app.click("[data-testid=meetings-row]").await?;
    app.wait_for("[data-testid=meeting-stats]").await?;
    let (label, _) = span(&app, "[data-testid=meeting-stats] tr:last-child > :first-child").await?;
    let (figure, _) = span(&app, "[data-testid=meeting-stats] tr:last-child > :last-child").await?;
    assert!(label > figure, "the statistics read from the right: label at {label}, figure at {figure}");

    // The review: an objective's heading starts at the right, its rubric's levels run from the right.
    app.click("[data-testid=nav-review]").await?;
    app.wait_for("[data-testid=score-O1]").await?;
    let (row_start, row_end) = span(&app, "[data-testid=score-O1]").await?;
    let (code, _) = span(&app, "[data-testid=score-O1] h2 .tag").await?;
    assert!(code > (row_start + row_end) / 2.0, "the objective's code is at the right: {code} in [{row_start}, {row_end}]");
    let (lowest, _) = span(&app, "[data-testid=score-O1] .level:first-child").await?;
    let (highest, _) = span(&app, "[data-testid=score-O1] .level:last-child").await?;
    assert!(lowest > highest, "the rubric runs from the right: level 0 at {lowest}, the highest at {highest}");

    // The three screens in each language, for docs/screenshots/.
    for language in ["ar", "zh", "en", "fr", "ru", "es"] {
        app.choose_language(language).await?;
        app.click("[data-testid=nav-dashboard]").await?;
        app.wait_for("[data-testid=dashboard-cards]").await?;
        tokio::time::sleep(Duration::from_millis(700)).await;
        app.screenshot(&format!("lang-{language}-dashboard")).await?;
        app.click("[data-testid=nav-meetings]").await?;
        app.open_found("[data-testid=meetings-search]", "[data-testid=meetings-row]", "CTO-2024-10").await?;
        app.wait_for("[data-testid=meeting-stats]").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        app.screenshot(&format!("lang-{language}-meeting")).await?;
        app.click("[data-testid=nav-review]").await?;
        app.wait_for("[data-testid=score-O1]").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        app.screenshot(&format!("lang-{language}-review")).await?;
    }
    app.close().await
}

/// axe-core finds nothing serious in Arabic and Chinese either: the `lang` attributes are set,
/// and the mirrored layout keeps its names, contrasts and order.
#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn arabic_and_chinese_pass_the_wcag_checks_of_axe_core() -> TestResult {
    if !e2e_ready() || on_server() {
        return Ok(());
    }
    let source = axe_source()?;
    let mut failures = Vec::new();
    let app = App::launch().await?;
    for language in ["ar", "zh"] {
        app.choose_language(language).await?;
        let mut visited = Vec::new();
        app.each_screen(|screen| {
            visited.push(screen);
            async { Ok(()) }
        })
        .await?;
        for (screen, ready) in [
            ("dashboard", "[data-testid=dashboard-cards]"),
            ("meetings", "[data-testid=meetings-row]"),
            ("review", "[data-testid=score-O1]"),
            ("settings", "#language"),
        ] {
            app.click(&format!("[data-testid=nav-{screen}]")).await?;
            app.wait_for(ready).await?;
            tokio::time::sleep(Duration::from_millis(700)).await;
            app.axe(&format!("{language} {screen}"), &source, &mut failures).await?;
        }
        app.click("[data-testid=nav-meetings]").await?;
        app.click("[data-testid=meetings-row]").await?;
        app.wait_for("[data-testid=meeting-stats]").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        app.axe(&format!("{language} meeting"), &source, &mut failures).await?;
        let lang = app.js("return document.documentElement.lang").await?;
        assert!(lang.as_str().is_some_and(|l| l.starts_with(language)), "lang is set: {lang}");
    }
    app.close().await?;
    assert!(failures.is_empty(), "{} serious or critical accessibility violations:\n{}", failures.len(), failures.join("\n"));
    Ok(())
}

/// A reviewer who opens a review package on their own computer sees it in their own language:
/// on the first run, the system's (here Arabic, right to left), whatever language the
/// rapporteur's window speaks.
#[tokio::test]
#[ignore = "needs a display, tauri-driver, WebKitWebDriver and the built app (scripts/test.sh)"]
async fn a_review_package_opens_in_the_reviewers_own_language() -> TestResult {
    if !e2e_ready() || on_server() {
        return Ok(());
    }
    let work = tempfile::tempdir()?;
    let Issued { package, keys, no_db } = issue_package(work.path());
    let env = [("CXO_REVIEW_KEYS", keys.as_path()), ("LANG", Path::new("ar_EG.UTF-8")), ("LANGUAGE", Path::new("ar"))];
    let app = App::launch_on(tempfile::tempdir()?, &no_db, &[&package], &env, "[data-testid=reviewer-mode]").await?;
    assert_eq!(app.js("return [document.documentElement.lang, document.documentElement.dir]").await?, json!(["ar", "rtl"]));
    let text = app.text("[data-testid=reviewer-mode]").await?;
    assert!(text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)), "the package speaks Arabic: {text}");
    app.screenshot("lang-ar-package").await?;
    app.close().await
}
