//! A spreadsheet brought in with `import sheet` into the demo database, as the roster of one of
//! its meetings: any bytes, read as a workbook or as delimited text.
//! Input: the first byte picks how: bit 0 names the file .xlsx (else .csv), bit 1 accepts the
//! review band, bit 2 makes the sheet the roster of a demo meeting; the rest is the file.
#![no_main]

use cxo_review::app::SheetImport;
use cxo_review_fuzz::check_import;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, file)) = data.split_first() else { return };
    let name = if first & 1 == 1 { "fuzz.xlsx" } else { "fuzz.csv" };
    let options = SheetImport {
        accept_review: first & 2 == 2,
        meeting: (first & 4 == 4).then(|| "CTO-2025-06".to_string()),
        ..SheetImport::default()
    };
    check_import("sheet import", |store| {
        store.import_sheet(file, name, &options).map(|imported| imported.plan.create.values().sum::<usize>() + imported.plan.update.values().sum::<usize>())
    });
});
