//! The summary as a workbook (.xlsx), from the same tables as the CSV exports.
//!
//! It knows nothing of the outline the Word and Markdown documents share.

use crate::error::{Error, Result};
use crate::export::tables::{summary_tables, Cell};
use crate::review::SummaryDocument;

/// The summary as a workbook (.xlsx): one sheet per table.
pub fn xlsx(document: &SummaryDocument) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let xlsx_error = |e: rust_xlsxwriter::XlsxError| Error::Render { what: "the workbook", reason: e.to_string() };
    let mut workbook = Workbook::new();
    let header_format = Format::new().set_bold();
    for table in summary_tables(&document.summary) {
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.name).map_err(xlsx_error)?;
        for (column, title) in table.header.iter().enumerate() {
            sheet.write_string_with_format(0, column as u16, title, &header_format).map_err(xlsx_error)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match value {
                    // Strings are written as text, never as formulas, whatever they start with.
                    Cell::Text(text) => sheet.write_string(r, c, text).map(|_| ()).map_err(xlsx_error)?,
                    Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()).map_err(xlsx_error)?,
                    Cell::Empty => {}
                }
            }
        }
        sheet.autofit();
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}
