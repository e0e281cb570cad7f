//! A date in a cell, as spreadsheets hold them: a date cell of a workbook, a serial number
//! (days since 1899-12-30, Excel's count), or text in the forms people write — ISO, day and
//! month in either order with `/`, `.` or `-`, or the month's name in English, French or
//! Spanish. A text date whose order cannot be told (03/04/2025) is never guessed: the user says
//! day-first or month-first, and the plan shows which.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::read::Cell;

/// Which comes first in a date written with numbers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

/// Why a cell is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateProblem {
    #[error("\"{0}\" can be read day first or month first: say which (--day-first or --month-first; in the app, the date order)")]
    Ambiguous(String),
    #[error("\"{0}\" is not a date: write it as 2025-03-14, 14/03/2025 or 14 March 2025")]
    NotADate(String),
}

impl DateProblem {
    /// The problem as a message of the catalogues.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            DateProblem::Ambiguous(text) => crate::msg!("sheet-problem-ambiguous-date", date = text),
            DateProblem::NotADate(text) => crate::msg!("sheet-problem-not-a-date", date = text),
        }
    }
}

/// Months by their names and short names in English, French and Spanish (folded: no accents,
/// lower case).
const MONTHS: &[(&[&str], u32)] = &[
    (&["january", "jan", "janvier", "janv", "enero", "ene"], 1),
    (&["february", "feb", "fevrier", "fevr", "fev", "febrero"], 2),
    (&["march", "mar", "mars", "marzo"], 3),
    (&["april", "apr", "avril", "avr", "abril", "abr"], 4),
    (&["may", "mai", "mayo"], 5),
    (&["june", "jun", "juin", "junio"], 6),
    (&["july", "jul", "juillet", "juil", "julio"], 7),
    (&["august", "aug", "aout", "agosto", "ago"], 8),
    (&["september", "sep", "sept", "septembre", "septiembre", "setiembre"], 9),
    (&["october", "oct", "octobre", "octubre"], 10),
    (&["november", "nov", "novembre", "noviembre"], 11),
    (&["december", "dec", "decembre", "diciembre", "dic"], 12),
];

fn month_of(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    MONTHS.iter().find(|(names, _)| names.contains(&word)).map(|(_, m)| *m)
}

/// The date `cell` holds, reading numbers-only dates in `order` when their order cannot be
/// told otherwise.
pub fn date_of(cell: &Cell, order: Option<DateOrder>) -> Result<NaiveDate, DateProblem> {
    match cell {
        Cell::Date(date) => Ok(*date),
        // A workbook's date without its format: Excel's serial number of days.
        Cell::Number(n) if *n >= 1.0 && *n < 2_958_466.0 && n.fract() == 0.0 => NaiveDate::from_ymd_opt(1899, 12, 30)
            .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(*n as u64)))
            .ok_or_else(|| DateProblem::NotADate(cell.text())),
        other => text_date(&other.text(), order),
    }
}

fn text_date(text: &str, order: Option<DateOrder>) -> Result<NaiveDate, DateProblem> {
    let not = || DateProblem::NotADate(text.to_string());
    if let Ok(date) = crate::model::parse_date(text) {
        return Ok(date);
    }
    let folded = super::matching::fold(text);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty() && *w != "de" && *w != "the" && *w != "of").collect();
    let number = |w: &str| w.trim_end_matches(['e', 'r', 't', 'h', 's', 'n', 'd']).parse::<u32>().ok();
    // With a month's name: "14 March 2025", "14 mars 2025", "14 de marzo de 2025", "March 14, 2025".
    if words.len() == 3 && words.iter().any(|w| month_of(w).is_some()) {
        let (day, month, year) = match (month_of(words[0]), month_of(words[1])) {
            (Some(m), _) => (number(words[1]), Some(m), words[2].parse::<i32>().ok()),
            (_, Some(m)) => (number(words[0]), Some(m), words[2].parse::<i32>().ok()),
            _ => (None, None, None),
        };
        return match (day, month, year) {
            (Some(d), Some(m), Some(y)) if y >= 1000 => NaiveDate::from_ymd_opt(y, m, d).ok_or_else(not),
            _ => Err(not()),
        };
    }
    // Numbers only: d/m/yyyy or m/d/yyyy, with / . or - between.
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
    let [a, b, y] = parts.as_slice() else { return Err(not()) };
    let (Ok(a), Ok(b), Ok(y)) = (a.trim().parse::<u32>(), b.trim().parse::<u32>(), y.trim().parse::<i32>()) else { return Err(not()) };
    if !(1000..=9999).contains(&y) {
        return Err(not());
    }
    let day_first = NaiveDate::from_ymd_opt(y, b, a);
    let month_first = NaiveDate::from_ymd_opt(y, a, b);
    match (day_first, month_first, order) {
        (Some(date), None, _) | (None, Some(date), _) => Ok(date),
        (Some(d), Some(m), _) if d == m => Ok(d),
        (Some(date), Some(_), Some(DateOrder::DayFirst)) | (Some(_), Some(date), Some(DateOrder::MonthFirst)) => Ok(date),
        (Some(_), Some(_), None) => Err(DateProblem::Ambiguous(text.to_string())),
        (None, None, _) => Err(not()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_are_read_in_the_forms_people_write_them() {
        let text = |t: &str| date_of(&Cell::Text(t.into()), None);
        assert_eq!(text("2025-03-14"), Ok(day(2025, 3, 14)));
        assert_eq!(text("14/03/2025"), Ok(day(2025, 3, 14)), "14 cannot be a month");
        assert_eq!(text("03/14/2025"), Ok(day(2025, 3, 14)));
        assert_eq!(text("14.03.2025"), Ok(day(2025, 3, 14)));
        assert_eq!(text("14 March 2025"), Ok(day(2025, 3, 14)));
        assert_eq!(text("14 mars 2025"), Ok(day(2025, 3, 14)));
        assert_eq!(text("14 de marzo de 2025"), Ok(day(2025, 3, 14)));
        assert_eq!(text("March 14th, 2025"), Ok(day(2025, 3, 14)));
        assert_eq!(text("1er août 2025"), Ok(day(2025, 8, 1)));
        assert_eq!(text("05/05/2025"), Ok(day(2025, 5, 5)), "the same either way");
        assert_eq!(date_of(&Cell::Number(45730.0), None), Ok(day(2025, 3, 14)), "Excel's serial number");
        assert_eq!(date_of(&Cell::Date(day(2025, 3, 14)), None), Ok(day(2025, 3, 14)));
    }

    #[test]
    fn an_ambiguous_date_is_never_guessed() {
        let cell = Cell::Text("03/04/2025".into());
        assert_eq!(date_of(&cell, None), Err(DateProblem::Ambiguous("03/04/2025".into())));
        assert_eq!(date_of(&cell, Some(DateOrder::DayFirst)), Ok(day(2025, 4, 3)));
        assert_eq!(date_of(&cell, Some(DateOrder::MonthFirst)), Ok(day(2025, 3, 4)));
        for bad in ["31/02/2025", "someday", "14/03/25", "32 March 2025"] {
            assert!(matches!(date_of(&Cell::Text(bad.into()), Some(DateOrder::DayFirst)), Err(DateProblem::NotADate(_))), "{bad}");
        }
    }
}
