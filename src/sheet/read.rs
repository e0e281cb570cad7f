//! Reading any sheet a user brings: an Excel workbook (.xlsx, .xls), an OpenDocument one (.ods)
//! through `calamine`, or delimited text (.csv, .tsv, .txt) in UTF-8, UTF-16 or Windows-1252
//! with whatever delimiter it uses. What comes out is the same for all: the rows of one sheet,
//! each cell as text, a number, a date or nothing, named as a spreadsheet names it (`C14`).
//!
//! Formulas are never evaluated: a workbook's cell gives the value its program cached. This
//! module does not know what the columns mean (`mapping`) nor what the rows become (`plan`).

use std::io::Cursor;

use calamine::{Data, Reader};
use serde::Serialize;

/// What a sheet was read from, as the plan reports it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SheetSource {
    /// `xlsx`, `xls`, `ods`, `csv`.
    pub format: String,
    /// The text encoding of a delimited file (`UTF-8`, `UTF-16LE`, `windows-1252`); empty for
    /// a workbook.
    pub encoding: String,
    /// The delimiter of a delimited file (`,`, `;`, `\t`, `|`); empty for a workbook.
    pub delimiter: String,
    /// Every sheet of the workbook, in order, and the one read.
    pub sheets: Vec<String>,
    pub sheet: String,
}

/// One cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A date cell of a workbook (a date-formatted serial number).
    Date(chrono::NaiveDate),
    /// An error a workbook's formula left (`#N/A`).
    Error(String),
}

impl Cell {
    /// The cell as text, as a person reads it: a whole number without `.0`.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(date) => date.format("%Y-%m-%d").to_string(),
            Cell::Error(error) => error.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// One row of a sheet: its number as the spreadsheet shows it (1 for the first) and its cells,
/// the first in column A.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    pub number: u32,
    pub cells: Vec<Cell>,
}

/// The rows of one sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub source: SheetSource,
    pub rows: Vec<SheetRow>,
}

/// Why a file could not be read as a sheet. Each means one thing; the text says what to do.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SheetError {
    #[error("the file is empty")]
    Empty,
    #[error("the workbook is protected by a password; save an unprotected copy and bring that")]
    Protected,
    #[error("the workbook cannot be read ({0}); it may be damaged, or not a spreadsheet")]
    Damaged(String),
    #[error("the workbook has no sheet named \"{wanted}\"; its sheets: {}", .sheets.join(", "))]
    NoSuchSheet { wanted: String, sheets: Vec<String> },
    #[error("the workbook has no sheet")]
    NoSheet,
    #[error("{0}")]
    Text(String),
}

/// The start of an OLE compound file: an .xls workbook, or a protected (encrypted) .xlsx.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads `bytes` (a file named `name`) as a sheet: a workbook's sheet `wanted` (its first when
/// none is named), or delimited text.
pub fn read_sheet(bytes: &[u8], name: &str, wanted: Option<&str>) -> Result<Sheet, SheetError> {
    if bytes.is_empty() {
        return Err(SheetError::Empty);
    }
    let extension = std::path::Path::new(name).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&OLE_MAGIC);
    if zip || ole || matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        if ole && is_encrypted_package(bytes) {
            return Err(SheetError::Protected);
        }
        return read_workbook(bytes, wanted);
    }
    if let Some(wanted) = wanted {
        return Err(SheetError::Text(format!(
            "{name} is delimited text, which has one sheet; \"{wanted}\" names a sheet of a workbook"
        )));
    }
    read_delimited(bytes)
}

/// A protected Office file is an OLE container holding an `EncryptedPackage` stream (its name
/// is stored in UTF-16).
fn is_encrypted_package(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

fn read_workbook(bytes: &[u8], wanted: Option<&str>) -> Result<Sheet, SheetError> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| workbook_error(&e))?;
    let format = match &workbook {
        calamine::Sheets::Xls(_) => "xls",
        calamine::Sheets::Xlsx(_) => "xlsx",
        calamine::Sheets::Xlsb(_) => "xlsb",
        calamine::Sheets::Ods(_) => "ods",
    };
    let sheets = workbook.sheet_names();
    let sheet = match wanted {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.as_str() == wanted)
            .or_else(|| sheets.iter().find(|s| s.eq_ignore_ascii_case(wanted)))
            .cloned()
            .ok_or_else(|| SheetError::NoSuchSheet { wanted: wanted.to_string(), sheets: sheets.clone() })?,
        None => sheets.first().cloned().ok_or(SheetError::NoSheet)?,
    };
    let range = workbook.worksheet_range(&sheet).map_err(|e| workbook_error(&e))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut row: Vec<Cell> = vec![Cell::Empty; left as usize];
            row.extend(cells.iter().map(cell_of));
            SheetRow { number: top + i as u32 + 1, cells: row }
        })
        .collect();
    Ok(Sheet {
        source: SheetSource { format: format.into(), encoding: String::new(), delimiter: String::new(), sheets, sheet },
        rows,
    })
}

fn workbook_error(error: &calamine::Error) -> SheetError {
    let text = error.to_string();
    if text.to_ascii_lowercase().contains("password") {
        SheetError::Protected
    } else {
        SheetError::Damaged(text)
    }
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) => Cell::Text(text.clone()),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::Bool(b) => Cell::Text(if *b { "yes".into() } else { "no".into() }),
        Data::DateTime(value) => match value.as_datetime() {
            Some(at) if value.is_datetime() => Cell::Date(at.date()),
            _ => Cell::Number(value.as_f64()),
        },
        Data::DateTimeIso(text) => match text.get(..10).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            Some(date) => Cell::Date(date),
            None => Cell::Text(text.clone()),
        },
        Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Error(format!("{error:?}")),
    }
}

/// Decodes delimited text: a byte-order mark says UTF-8 or UTF-16; without one, text that is
/// valid UTF-8 is UTF-8, and anything else Windows-1252 (what Excel writes a "CSV" in on a
/// Western Windows).
fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), encoding.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "UTF-8"),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), encoding_rs::WINDOWS_1252.name())
        }
    }
}

/// The delimiters a file may use, in the order a tie is broken.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The delimiter that splits the first lines into the same number of fields, the most of them.
fn sniff_delimiter(text: &str) -> u8 {
    let sample: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    let mut best = (b',', 0usize);
    for delimiter in DELIMITERS {
        let mut reader = ::csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(sample.as_bytes());
        let counts: Vec<usize> = reader.records().map_while(|r| r.ok()).map(|r| r.len()).collect();
        let Some(&first) = counts.first() else { continue };
        // The fields of a line the header has, on every sampled line: a consistent table.
        let consistent = counts.iter().filter(|&&c| c == first).count();
        let score = if first > 1 { consistent * first } else { 0 };
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

fn read_delimited(bytes: &[u8]) -> Result<Sheet, SheetError> {
    let (text, encoding) = decode(bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = ::csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Text(format!("the text cannot be read as delimited columns: {e}")))?;
        // A row as a spreadsheet opening the file numbers it: the record's place, whatever its
        // line breaks (a quoted field may hold some; CRLF or LF).
        let number = rows.len() as u32 + 1;
        rows.push(SheetRow { number, cells: record.iter().map(|f| if f.is_empty() { Cell::Empty } else { Cell::Text(f.to_string()) }).collect() });
    }
    let delimiter = match delimiter {
        b'\t' => "\\t".to_string(),
        other => (other as char).to_string(),
    };
    Ok(Sheet {
        source: SheetSource { format: "csv".into(), encoding: encoding.into(), delimiter, sheets: vec![String::new()], sheet: String::new() },
        rows,
    })
}

/// The name a spreadsheet gives column `index` (0 for A): A … Z, AA … AZ, BA …
pub fn column_name(index: usize) -> String {
    let mut name = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].into_iter().map(column_name).collect();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn delimited_text_is_decoded_and_split_as_it_was_written() {
        // Windows-1252 with semicolons, as Excel saves a "CSV" in French.
        let bytes: Vec<u8> = b"Nom;Pr\xe9nom;Organisation\nDUPONT;Ren\xe9e;Orange\n".to_vec();
        let sheet = read_sheet(&bytes, "liste.csv", None).unwrap();
        assert_eq!((sheet.source.encoding.as_str(), sheet.source.delimiter.as_str()), ("windows-1252", ";"));
        assert_eq!(sheet.rows[0].cells[1], Cell::Text("Prénom".into()));
        assert_eq!(sheet.rows[1].cells[1], Cell::Text("Renée".into()));
        // UTF-16 with a byte-order mark and tabs.
        let text = "Apellido\tNombre\nPérez\tAna\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let sheet = read_sheet(&bytes, "lista.tsv", None).unwrap();
        assert_eq!((sheet.source.encoding.as_str(), sheet.source.delimiter.as_str()), ("UTF-16LE", "\\t"));
        assert_eq!(sheet.rows[1].cells[0], Cell::Text("Pérez".into()));
        assert_eq!(sheet.rows[1].number, 2);
    }

    #[test]
    fn what_is_not_a_readable_sheet_is_refused_with_its_reason() {
        assert_eq!(read_sheet(b"", "x.csv", None), Err(SheetError::Empty));
        let mut protected = OLE_MAGIC.to_vec();
        protected.extend(vec![0; 100]);
        protected.extend("EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(read_sheet(&protected, "x.xlsx", None), Err(SheetError::Protected));
        let damaged = read_sheet(b"PK\x03\x04 not really a zip", "x.xlsx", None).unwrap_err();
        assert!(matches!(damaged, SheetError::Damaged(_)), "{damaged:?}");
        assert!(read_sheet(b"a,b\n", "x.csv", Some("Sheet2")).is_err());
    }
}
