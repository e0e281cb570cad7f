//! `stats` and `metrics`: the Annex B table and the indicators over a period.

use std::io::Write;

use chrono::NaiveDate;

use cxo_review::app::Session;
use cxo_review::Result;

use super::args::{ListFormat, TableFormat};
use super::stdout_error;
use super::table::{print_json, print_list, print_table};

pub fn stats(
    session: &Session,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    format: TableFormat,
    out: &mut impl Write,
) -> Result<()> {
    let table = session.statistics(from, to)?;
    let rows: Vec<Vec<String>> =
        table.rows().into_iter().map(|row| std::iter::once(row.label).chain(row.cells).collect()).collect();
    match format {
        TableFormat::Json => print_json(out, &table),
        TableFormat::Csv => cxo_review::app::write_csv_table(out, &table.header(), &rows),
        TableFormat::Text => {
            writeln!(out, "{}\n", table.title).map_err(stdout_error)?;
            if table.columns.is_empty() {
                return writeln!(out, "no meetings in this range").map_err(stdout_error);
            }
            let header = table.header();
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            print_table(out, &header, &rows)
        }
    }
}

pub fn metrics(
    session: &Session,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    format: ListFormat,
    out: &mut impl Write,
) -> Result<()> {
    let indicators = session.indicators(from, to, chrono::Local::now().date_naive())?;
    if format == ListFormat::Text {
        // The period, which the defaults may have chosen, heads the table; JSON has only the
        // values, as it always had.
        writeln!(out, "Indicators, {} to {}\n", indicators.from, indicators.to).map_err(stdout_error)?;
    }
    print_list(
        out,
        format,
        &indicators.values,
        &["METRIC", "LABEL", "VALUE"],
        |v| vec![v.name.to_string(), v.label.to_string(), v.value_text.clone()],
        None,
    )
}
