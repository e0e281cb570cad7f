//! CSV writing shared by every table export: UTF-8, and cells that a spreadsheet would run as a
//! formula are neutralised.

use std::io::Write;

use crate::error::{Error, Result};

/// Prefixes a cell starting with `=`, `+`, `-`, `@` (or a tab or carriage return) with an
/// apostrophe so that spreadsheets show it as text instead of evaluating it. Plain negative
/// numbers are left alone.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = matches!(cell.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && cell.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Writes a header and rows as CSV, neutralising every cell.
pub fn write_table(out: impl Write, header: &[String], rows: &[Vec<String>]) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let io = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => Error::io("CSV output", e),
        other => Error::Format(format!("CSV: {other:?}")),
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
    fn plain_text_and_negative_numbers_are_kept() {
        assert_eq!(neutralise("Africa"), "Africa");
        assert_eq!(neutralise("-3"), "-3");
        assert_eq!(neutralise("DOC5 (230131)"), "DOC5 (230131)");
    }
}
