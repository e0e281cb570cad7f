//! A JSON file imported into the demo database: records of one kind, or a whole-database
//! document (`import all`).
//! Input: the first byte picks what: `byte % 17` is 0–15 for `Kind::ALL[byte % 17]`, 16 for
//! the whole-database document; the rest is the file (taken as UTF-8 for the whole-database
//! document, which the app reads as text; bytes for the others).
#![no_main]

use cxo_review::app::Format;
use cxo_review::model::Kind;
use cxo_review_fuzz::check_import;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, file)) = data.split_first() else { return };
    let pick = usize::from(first) % (Kind::ALL.len() + 1);
    if pick == Kind::ALL.len() {
        let Ok(text) = std::str::from_utf8(file) else { return };
        check_import("whole-database import", |store| store.import_dataset(text, "fuzz.json"));
    } else {
        let kind = Kind::ALL[pick];
        check_import(&format!("JSON import of {kind}"), |store| store.import_from(kind, Format::Json, file, "fuzz.json"));
    }
});
