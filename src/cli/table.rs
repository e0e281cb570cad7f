//! The one table printer, and the one list printer built on it.
//!
//! The text layout is a public interface: scripts cut these columns by character position. It
//! is kept byte for byte as the CLI has always printed it: columns left-aligned and two spaces
//! apart, the last one unpadded, no trailing spaces, cells longer than 60 characters cut to
//! 59 and '…'.

use std::collections::HashMap;
use std::io::Write;

use comfy_table::{presets, Cell, ContentArrangement, Table};
use serde::Serialize;

use super::args::ListFormat;
use super::stdout_error;
use cxo_review::Result;

/// The widest a cell is printed, in characters.
const MAX_CELL: usize = 60;
/// The space after each column but the last.
const GAP: u16 = 2;

/// Prints a list: as JSON, the items themselves; as text, a table of `row(item)` under
/// `header`, then `footer` (a count, where the command has one).
pub fn print_list<T: Serialize>(
    out: &mut impl Write,
    format: ListFormat,
    items: &[T],
    header: &[&str],
    row: impl Fn(&T) -> Vec<String>,
    footer: Option<String>,
) -> Result<()> {
    match format {
        ListFormat::Json => print_json(out, items),
        ListFormat::Text => {
            let rows: Vec<Vec<String>> = items.iter().map(row).collect();
            print_table(out, header, &rows)?;
            match footer {
                Some(footer) => writeln!(out, "{footer}").map_err(stdout_error),
                None => Ok(()),
            }
        }
    }
}

/// Prints `value` as pretty JSON, as every `--format json` does.
pub fn print_json(out: &mut impl Write, value: &(impl Serialize + ?Sized)) -> Result<()> {
    writeln!(out, "{}", serde_json::to_string_pretty(value)?).map_err(stdout_error)
}

/// Prints rows under a header in aligned columns; the last column is not padded.
pub fn print_table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> Result<()> {
    writeln!(out, "{}", render(header, rows)).map_err(stdout_error)
}

fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut masks = Masks::default();
    let header: Vec<String> = header.iter().map(|h| masks.mask(h)).collect();
    let rows: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|c| masks.mask(&clip(c))).collect()).collect();

    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        // Never wrap to the terminal: scripts read the same layout whatever the window.
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().map(Cell::new));
    for row in &rows {
        table.add_row(row.iter().map(Cell::new));
    }

    // Widths in characters, as the masks make comfy-table count them.
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let last = widths.len().saturating_sub(1);
    for (i, column) in table.column_iter_mut().enumerate() {
        let gap = if i == last { 0 } else { GAP };
        match widths.get(i) {
            // comfy-table gives an empty column one character; the gap shrinks by one so the
            // empty column still takes two spaces, as it always has.
            Some(0) if gap > 0 => column.set_padding((0, gap - 1)),
            _ => column.set_padding((0, gap)),
        };
    }
    // Trimmed after unmasking, as the line's own trailing whitespace (a no-break space, a
    // line break ending the last cell) was always trimmed too.
    table.lines().map(|line| masks.unmask(&line).trim_end().to_string()).collect::<Vec<_>>().join("\n")
}

/// A cell cut to `MAX_CELL` characters, the last of them '…'.
fn clip(cell: &str) -> String {
    if cell.chars().count() > MAX_CELL {
        cell.chars().take(MAX_CELL - 1).chain(std::iter::once('…')).collect()
    } else {
        cell.to_string()
    }
}

/// Stand-ins for the characters that are not printable ASCII.
///
/// comfy-table measures text by its width on a terminal (a CJK character takes two columns,
/// a combining accent none) and splits a cell at each line break; the CLI has always counted
/// characters and printed a cell's line breaks as they are. Each such character is laid out
/// as a private-use character (one column wide for comfy-table, like any other single
/// character) and put back afterwards, so the layout stays the one scripts know.
#[derive(Default)]
struct Masks {
    stand_in: HashMap<char, char>,
    original: HashMap<char, char>,
}

impl Masks {
    /// Supplementary Private Use Areas A and B: one column wide, and (because every
    /// non-ASCII character of the input is masked) never mistaken for the input's own.
    fn nth_stand_in(n: usize) -> Option<char> {
        const AREA: usize = 0xFFFE;
        let code = match n {
            n if n < AREA => 0xF_0000 + n,
            n if n < 2 * AREA => 0x10_0000 + (n - AREA),
            _ => return None,
        };
        char::from_u32(code as u32)
    }

    fn mask(&mut self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_ascii() && !c.is_ascii_control() {
                    return c;
                }
                if let Some(&s) = self.stand_in.get(&c) {
                    return s;
                }
                // Over 131,068 distinct characters in one table: the rest keep their own width.
                let Some(s) = Self::nth_stand_in(self.stand_in.len()) else { return c };
                self.stand_in.insert(c, s);
                self.original.insert(s, c);
                s
            })
            .collect()
    }

    fn unmask(&self, text: &str) -> String {
        if self.original.is_empty() {
            return text.to_string();
        }
        text.chars().map(|c| self.original.get(&c).copied().unwrap_or(c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The printer the CLI had before comfy-table, kept as the reference of the layout.
    fn reference(header: &[&str], rows: &[Vec<String>]) -> String {
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
        for row in rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count().min(60));
            }
        }
        let line = |cells: Vec<&str>| -> String {
            let last = cells.len().saturating_sub(1);
            cells
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    let cell: String = if cell.chars().count() > 60 {
                        cell.chars().take(59).chain(std::iter::once('…')).collect()
                    } else {
                        cell.to_string()
                    };
                    if i == last {
                        cell
                    } else {
                        format!("{cell:<width$}", width = widths[i])
                    }
                })
                .collect::<Vec<_>>()
                .join("  ")
                .trim_end()
                .to_string()
        };
        let mut text = line(header.to_vec());
        for row in rows {
            text.push('\n');
            text.push_str(&line(row.iter().map(String::as_str).collect()));
        }
        text
    }

    fn same_as_before(header: &[&str], rows: &[&[&str]]) {
        let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
        assert_eq!(render(header, &rows), reference(header, &rows), "{header:?} {rows:?}");
    }

    #[test]
    fn lays_out_as_before() {
        let long = "x".repeat(61);
        let sixty = "y".repeat(60);
        let cases: &[(&[&str], &[&[&str]])] = &[
            (&["KEY", "TITLE", "STATUS"], &[]),
            (&["KEY", "TITLE", "STATUS"], &[&["a", "b", "c"], &["longer key", "", "held"]]),
            (&["A", "", "C"], &[]),
            (&["A", "", "C"], &[&["1", "", "3"]]),
            (&["SYMBOL", ""], &[&["C1", "base document"], &["C2", ""]]),
            (&["", "M1"], &[&["Africa", "2"]]),
            (&["T", "N"], &[&[&long, "1"], &[&sixty, "2"], &["short", &long]]),
            (&["NAME", "PERIOD"], &[&["2023–2025 review", "2023-01-01 – 2025-12-31"]]),
            (&["WIDE", "NEXT"], &[&["会议 東京", "x"], &["🎉🎉", "y"], &["e\u{301}te\u{301}", "z"]]),
            (&["LINES", "NEXT"], &[&["two\nlines", "x"], &["tab\there", "y"], &["\u{F0000}own", "z"]]),
            (&["TRAILING", "LAST"], &[&["a  ", "b  "], &["", ""]]),
            (&["ONE"], &[&["only"], &[""]]),
            (&["SHORT", "ROWS"], &[&["just one"]]),
        ];
        for (header, rows) in cases {
            same_as_before(header, rows);
        }
    }
}
