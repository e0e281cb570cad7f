//! Fresh team databases for the tests, on the throwaway server `scripts/postgres.sh` starts.
//! With `CXO_REVIEW_TEST_BACKEND=postgres` and `CXO_REVIEW_TEST_SERVER` set to the server's
//! superuser URL, every test store is a new database on that server, so the same tests run on
//! both engines.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::storage::Store;

/// The variable naming the test server (a superuser URL to its `postgres` database).
pub const TEST_SERVER: &str = "CXO_REVIEW_TEST_SERVER";

/// The variable choosing the engine of the core's tests: `postgres`, or SQLite when unset.
pub const TEST_BACKEND: &str = "CXO_REVIEW_TEST_BACKEND";

const TEMPLATE: &str = "cxo_review_test_template";

static TEMPLATE_READY: Mutex<bool> = Mutex::new(false);
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A new, empty CxO Review database on the test server, or `None` when no server is named.
pub fn fresh_database() -> Option<Store> {
    if std::env::var(TEST_BACKEND).ok()? != "postgres" {
        return None;
    }
    let url = std::env::var(TEST_SERVER).expect("CXO_REVIEW_TEST_BACKEND=postgres needs CXO_REVIEW_TEST_SERVER (scripts/postgres.sh start)");
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("the test server accepts its superuser");
    ensure_template(&url, &mut admin);
    let name = format!("cxo_test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
    // One statement per call: the simple protocol runs several in one transaction, which
    // CREATE DATABASE refuses.
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).expect("no earlier test database");
    admin.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {TEMPLATE}")).expect("a test database");
    Some(Store::open_server(&with_database(&url, &name), None, false).expect("the test database opens"))
}

/// The schema is set up once, in a template every test database is copied from: copying is
/// several times faster than running the schema each time.
fn ensure_template(url: &str, admin: &mut postgres::Client) {
    let mut ready = TEMPLATE_READY.lock().unwrap_or_else(|e| e.into_inner());
    if *ready {
        return;
    }
    // Test binaries of one run may start together: one of them sets the template up.
    admin.batch_execute("SELECT pg_advisory_lock(4378)").expect("lock");
    let exists = admin.query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&TEMPLATE]).expect("catalog").is_some();
    if !exists {
        admin.batch_execute(&format!("CREATE DATABASE {TEMPLATE}")).expect("template database");
        drop(Store::open_server(&with_database(url, TEMPLATE), None, true).expect("schema in the template"));
    }
    admin.batch_execute("SELECT pg_advisory_unlock(4378)").expect("unlock");
    *ready = true;
}

/// `url` with its database replaced by `database`.
pub fn with_database(url: &str, database: &str) -> String {
    match url.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{database}"),
        None => format!("{url}/{database}"),
    }
}
