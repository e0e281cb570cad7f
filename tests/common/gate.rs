//! The one rule for suites that need something outside the repository (a PostgreSQL server, a
//! display with the built app): on a developer's machine a missing part skips the suite with a
//! loud message, so `cargo test --workspace` passes on a fresh clone; in CI (`CI` set) it fails,
//! so CI can never pass by skipping.

/// `found` when it is there; otherwise `None` after a loud skip message, or a failure in CI.
/// `what` names the missing part, `how` says how to provide it.
pub fn required<T>(found: Option<T>, what: &str, how: &str) -> Option<T> {
    if found.is_some() {
        return found;
    }
    let in_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!in_ci, "CI must run this test, but {what} is missing: {how}");
    // Written to the process's stderr, not through `eprintln!`, which the test harness
    // captures and hides for a test that passes.
    // Once per test binary: its tests all skip for the same reason.
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "\n*** SKIPPED: {what} is missing ({how}); CI runs these tests ***");
    });
    None
}
