//! CSV writing shared by every table export: UTF-8, and cells that a spreadsheet would run as a
//! formula are neutralised.

use std::io::Write;

use crate::error::{Error, Result};

/// What a cell may start with for a spreadsheet to read it as a formula: OWASP's list for CSV
/// injection (`=`, `+`, `-`, `@`, tab, carriage return), a line feed (which some spreadsheets
/// skip like the other two before reading on), and the full-width forms that spreadsheets in
/// East Asian locales take as the ASCII ones.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}'];

/// Prefixes a cell that starts like a formula with an apostrophe so that spreadsheets show it
/// as text instead of evaluating it. Plain negative numbers (`-3`, `-0.5`) are left alone, so
/// that statistics stay numbers; everything else that starts that way is neutralised, even what
/// Rust would read as a number (`-inf`, `+NaN`, `-infinity`): a spreadsheet does not.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) && !is_plain_negative_number(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A minus sign, decimal digits with an optional fraction, and an optional exponent: `-3`,
/// `-0.5`, `-.5`, `-1.5e3`. Every spreadsheet reads these as the number they are.
fn is_plain_negative_number(cell: &str) -> bool {
    let Some(rest) = cell.strip_prefix('-') else { return false };
    let (mantissa, exponent) = match rest.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (rest, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mantissa_ok = digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// Writes a header and rows as CSV, neutralising every cell.
pub fn write_table(out: impl Write, header: &[String], rows: &[Vec<String>]) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let io = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => Error::io("CSV output", e),
        other => Error::Render { what: "the CSV table", reason: format!("{other:?}") },
    };
    writer.write_record(header.iter().map(|c| neutralise(c).into_owned())).map_err(io)?;
    for row in rows {
        writer.write_record(row.iter().map(|c| neutralise(c).into_owned())).map_err(io)?;
    }
    writer.flush().map_err(|e| Error::io("CSV", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(neutralise("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(neutralise("+SUM(A1)"), "'+SUM(A1)");
        assert_eq!(neutralise("@import"), "'@import");
        assert_eq!(neutralise("-2+3"), "'-2+3");
    }

    #[test]
    fn what_rust_parses_as_a_float_but_a_spreadsheet_does_not_is_neutralised() {
        for cell in ["-inf", "+NaN", "-infinity", "-Infinity", "+inf", "-nan", "+3", "+1e5", "-1e", "-.", "-", "-0x10", "-1_000"] {
            assert_eq!(neutralise(cell), format!("'{cell}"), "{cell:?}");
        }
    }

    #[test]
    fn cells_starting_with_whitespace_controls_or_full_width_signs_are_neutralised() {
        for cell in ["\t=1+1", "\r=1+1", "\n=1+1", "\u{ff1d}1+1", "\u{ff0b}1", "\u{ff0d}1", "\u{ff20}SUM(A1)"] {
            assert_eq!(neutralise(cell), format!("'{cell}"), "{cell:?}");
        }
    }

    #[test]
    fn plain_text_and_negative_numbers_are_kept() {
        for cell in ["-0.5", "-.5", "-1.5e3", "-2E-4", "-12", "3", "1e5", "", " -3", "Meeting report"] {
            assert_eq!(neutralise(cell), cell, "{cell:?}");
        }
        assert_eq!(neutralise("Africa"), "Africa");
        assert_eq!(neutralise("-3"), "-3");
        assert_eq!(neutralise("DOC5 (230131)"), "DOC5 (230131)");
    }
}
