//! A reviewer's return merged into the demo database: the scores of a return that signs and
//! binds correctly (the input is its `scores`, as JSON), so that the merge itself — levels,
//! objectives, rationales, evidence, conflicts — meets every input; and the same bytes read
//! as a return and as a package file, which must be refused cleanly.
//! Invariants (fuzz/src/lib.rs): no panic, a refusal is the input's fault and leaves the
//! database as it was, a merge leaves a database that checks out and survives its export.
#![no_main]

use cxo_review::app::packages::formats::{read_package, read_return, signing_key, write_return, ReturnBody};
use cxo_review::app::ReturnedScore;
use cxo_review_fuzz::{check_import, PACKAGE, REVIEWER};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for refused in [read_return(data, "fuzz.cxoreturn").err(), read_package(data, "fuzz.cxopkg").err()].into_iter().flatten() {
        assert!(refused.is_invalid_input(), "a bad file was reported as a failure of the machine: {refused:?}");
    }
    let Ok(scores) = serde_json::from_slice::<Vec<ReturnedScore>>(data) else { return };
    check_import("merge of a return", |store| {
        let issue = PACKAGE.get().expect("the demo store issued a package");
        let body = ReturnBody {
            package: issue.package.clone(),
            database: issue.database.clone(),
            cycle: issue.cycle.name.clone(),
            reviewer: REVIEWER.to_string(),
            returned_at: "2026-01-01T00:00:00.000Z".to_string(),
            scores,
            history: issue.history.clone(),
        };
        let bytes = write_return(&body, &signing_key(&[7; 32])).expect("a return writes");
        let file = std::env::temp_dir().join(format!("cxo-fuzz-{}.cxoreturn", std::process::id()));
        std::fs::write(&file, bytes).expect("the return file writes");
        store.merge_return(&file, false).map(|merged| merged.applied.len())
    });
});
