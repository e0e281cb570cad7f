//! A CSV file of any record kind imported into the demo database.
//! Input: the first byte picks the kind (`Kind::ALL[byte % 16]`), the rest is the file.
#![no_main]

use cxo_review::app::Format;
use cxo_review_fuzz::{check_import, kind_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, file)) = data.split_first() else { return };
    let kind = kind_of(first);
    check_import(&format!("CSV import of {kind}"), |store| store.import_from(kind, Format::Csv, file, "fuzz.csv"));
});
