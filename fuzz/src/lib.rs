//! What the fuzz targets share: a store preloaded with the demo data, reused from one input to
//! the next while inputs leave it as it was, and the invariants every import must keep:
//!
//! - it never panics;
//! - it returns with no transaction left open;
//! - when it fails, the error is the input's fault (`Error::is_invalid_input`: the CLI exits 2
//!   and the app shows the message beside the file, not as a failure of the machine), and the
//!   database is exactly as before: every page of it byte for byte (and so its whole-database
//!   JSON export, which is compared to report the difference when the pages differ);
//! - when it saves nothing, the database's content is unchanged: its whole-database JSON export
//!   is byte for byte the one before;
//! - when it saves records, the database's checks (`Session::check`) pass, and
//!   the whole database survives its own JSON export: export, import into a new store and export
//!   again gives the same bytes.
//!
//! Comparing the database's pages costs a copy of the small demo database; exporting it as JSON
//! after every input halved the executions per second.
//! For the same reason the store is not reloaded after an input that saved records but restored
//! from a pristine copy of its pages.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use cxo_review::app::Session;
use cxo_review::Result;

/// The package the demo store issued to [`REVIEWER`] (for the merge target's returns).
pub static PACKAGE: std::sync::OnceLock<cxo_review::app::Issue> = std::sync::OnceLock::new();

/// The reviewer of the demo cycle whose package the merge target answers.
pub const REVIEWER: &str = "Delegate A (example)";

/// A store holding the demo data and one issued review package.
pub fn demo_store() -> Session {
    let mut store = Session::in_memory().expect("an in-memory store opens");
    store.load_demo().expect("the demo data loads");
    let deadline = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("a date");
    let (issue, _) = store.issue_package(1, REVIEWER, deadline, chrono::Utc::now()).expect("a package issues");
    let _ = PACKAGE.set(issue);
    store
}

/// The whole-database JSON export of `store`.
pub fn export(store: &Session) -> Vec<u8> {
    let mut out = Vec::new();
    store.write_dataset(&mut out).expect("the database exports");
    out
}

/// The bytes of the database (what `VACUUM INTO` or a backup would write, page for page).
pub fn pages(store: &mut Session) -> Vec<u8> {
    store.pages().expect("the database serializes")
}

/// Replaces the whole content of `target` with `pages` (an in-memory copy): much cheaper than
/// opening a new store and loading it again.
fn restore(target: &mut Session, pages: &[u8]) {
    assert!(!target.in_transaction(), "restore into a store in a transaction");
    target.restore_pages(pages).expect("the pages restore the database");
}

struct Harness {
    /// Where inputs are imported.
    store: Session,
    /// The pages of the demo data: `store` is restored from them.
    demo: Vec<u8>,
    /// The pages of a new empty database: `scratch` is restored from them.
    empty: Vec<u8>,
    /// Where exports are imported back.
    scratch: Session,
    /// The bytes and the export of the demo data, which `store` holds while `dirty` is false.
    baseline_pages: Vec<u8>,
    baseline_export: Vec<u8>,
    /// `store` may differ from the demo data: it is restored before the next input.
    dirty: bool,
}

impl Harness {
    fn new() -> Harness {
        let new_store = || Session::in_memory().expect("an in-memory store opens");
        let mut store = demo_store();
        let mut scratch = new_store();
        Harness {
            baseline_pages: pages(&mut store),
            baseline_export: export(&store),
            demo: pages(&mut store),
            empty: pages(&mut scratch),
            store,
            scratch,
            dirty: false,
        }
    }

    /// Export → import into a new store → export gives the same bytes.
    fn assert_round_trip(&mut self, what: &str) {
        let first = export(&self.store);
        let text = String::from_utf8(first.clone()).expect("the export is UTF-8");
        restore(&mut self.scratch, &self.empty);
        if let Err(error) = self.scratch.import_dataset(&text, "export") {
            panic!("{what}: the export of the database after a successful import does not import back: {error}");
        }
        let second = export(&self.scratch);
        if first != second {
            let (line, old, new) = first_difference(&first, &second);
            panic!("{what}: the database changed on its way through its own export, at line {line}:\n- {old}\n+ {new}");
        }
    }
}

static HARNESS: Mutex<Option<Harness>> = Mutex::new(None);

/// Outcomes so far: saved records, saved nothing, refused.
static OUTCOMES: [AtomicU64; 3] = [AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0)];

/// Runs `import` on the demo store and checks the invariants of this module's documentation.
/// `what` names the import in failure messages.
pub fn check_import(what: &str, import: impl FnOnce(&mut Session) -> Result<usize>) {
    let mut guard = HARNESS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let harness = guard.get_or_insert_with(Harness::new);
    if harness.dirty {
        restore(&mut harness.store, &harness.demo);
        harness.baseline_pages = pages(&mut harness.store);
        harness.dirty = false;
    }
    let result = import(&mut harness.store);
    assert!(!harness.store.in_transaction(), "{what}: the import returned with a transaction still open");
    let outcome = match result {
        Ok(0) => {
            // A commit that wrote nothing may still have touched a page (the file's change
            // counter): only the content must be the same.
            if pages(&mut harness.store) != harness.baseline_pages {
                harness.assert_same_export(what, "saved no record");
                harness.dirty = true;
            }
            1
        }
        Ok(_) => {
            harness.dirty = true;
            let problems = harness.store.check(false).expect("the database can be checked").problems;
            assert!(problems.is_empty(), "{what}: after a successful import the database fails its checks: {problems:?}");
            harness.assert_round_trip(what);
            0
        }
        Err(error) => {
            assert!(error.is_invalid_input(), "{what}: a bad file was reported as a failure of the machine: {error:?}");
            if pages(&mut harness.store) != harness.baseline_pages {
                let outcome = format!("failed ({error})");
                harness.assert_same_export(what, &outcome);
                panic!("{what} {outcome} but changed the database file (its export is the same)");
            }
            2
        }
    };
    let count = OUTCOMES[outcome].fetch_add(1, Ordering::Relaxed) + 1;
    if count.is_power_of_two() && count >= 1024 && std::env::var_os("CXO_FUZZ_STATS").is_some() {
        let [saved, empty, refused] = OUTCOMES.each_ref().map(|n| n.load(Ordering::Relaxed));
        eprintln!("cxo-fuzz: inputs that saved records {saved}, saved nothing {empty}, were refused {refused}");
    }
}

impl Harness {
    fn assert_same_export(&self, what: &str, outcome: &str) {
        let now = export(&self.store);
        if now != self.baseline_export {
            let (line, old, new) = first_difference(&self.baseline_export, &now);
            panic!("{what} {outcome} but changed the database; first difference of its export, line {line}:\n- {old}\n+ {new}");
        }
    }
}

/// The first line where two texts differ (1-based), with both versions of it.
fn first_difference(a: &[u8], b: &[u8]) -> (usize, String, String) {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    let line = a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or_else(|| a.lines().count().min(b.lines().count()));
    let nth = |text: &str| text.lines().nth(line).unwrap_or("(end)").to_string();
    (line + 1, nth(&a), nth(&b))
}

/// The record kind an input's first byte picks.
pub fn kind_of(byte: u8) -> cxo_review::model::Kind {
    let kinds = cxo_review::model::Kind::ALL;
    kinds[usize::from(byte) % kinds.len()]
}
