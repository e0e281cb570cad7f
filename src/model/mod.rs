//! The domain: plain records as users write them in forms and files.
//!
//! Records refer to each other by natural keys (a meeting's key, an organization's name, a
//! contribution's symbol, an objective's code), never by database ids, so that the same types
//! serve forms, CSV/JSON imports and the whole-database export. Each record validates its own
//! fields; references and duplicates are checked by `storage` against the database.

pub mod contributions;
pub mod directory;
pub mod document;
pub mod facts;
pub mod history;
mod kinds;
pub mod meetings;
pub mod metrics;
pub mod objectives;
pub mod review;
pub mod team;

pub use contributions::*;
pub use directory::*;
pub use document::{Contact, CycleDocumentOptions, DocumentOptions};
pub use kinds::{Kind, RecordType, RecordTypes, DATASET_FORMAT, DATASET_VERSION, DOCUMENT_OPTIONS_SECTION, SECTIONS};
pub(crate) use kinds::with_kind;
pub use meetings::*;
pub use objectives::*;
pub use review::*;
pub use team::{Columns, Grant, Rows, TableAccess, TeamRole, TeamUser, TEAM_ACCESS};

use crate::i18n::Message;
use crate::msg;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::de::{self, Deserializer, Visitor};
use serde::Serialize;

use crate::error::FieldError;

/// A stored record with its database id, as lists and forms receive it. (`Flatten`: its fields
/// are the record's own, beside the id, in the UI's types too.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct Record<T: specta::Flatten> {
    pub id: i64,
    #[serde(flatten)]
    pub data: T,
}

/// Declares a closed set of values stored and written as fixed strings.
macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, specta::Type)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                match text.trim() {
                    $($text => Ok($name::$variant),)+
                    other => Err(format!(
                        "unknown value \"{}\"; expected one of: {}",
                        other,
                        [$($text),+].join(", ")
                    )),
                }
            }
        }
    };
}
pub(crate) use str_enum;

/// Parses a date written as YYYY-MM-DD, the only form files and forms accept.
///
/// The shape is checked digit by digit before chrono reads it: chrono's `%Y` also takes a sign
/// ("-023-01-31" is year −23), and such a date is written back as "-0023-01-31", which no import
/// reads. Year 0 is refused too: the open ends of a period are 0001-01-01 and 9999-12-31, so a
/// date before the first would fall outside every period.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
        && !text.starts_with("0000");
    if shaped {
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Ok(date);
        }
    }
    Err(format!("\"{text}\" is not a valid date; write dates as YYYY-MM-DD"))
}

/// Serde for a required date: YYYY-MM-DD with a clear error.
pub mod iso_date {
    use super::*;
    use serde::Deserialize;

    pub fn serialize<S: serde::Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&date.format("%Y-%m-%d"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_date(&text).map_err(de::Error::custom)
    }
}

/// Serde for an optional date: empty text means none.
pub mod iso_date_opt {
    use super::*;
    use serde::Deserialize;

    pub fn serialize<S: serde::Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(&date.format("%Y-%m-%d")),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
        let text = Option::<String>::deserialize(deserializer)?;
        match text.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(text) => parse_date(text).map(Some).map_err(de::Error::custom),
        }
    }
}

/// Accepts true/false, yes/no, y/n, 1/0 (any case), or an empty cell for false.
pub fn flexible_bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    struct BoolVisitor;
    impl<'de> Visitor<'de> for BoolVisitor {
        type Value = bool;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("yes or no")
        }
        fn visit_bool<E: de::Error>(self, value: bool) -> Result<bool, E> {
            Ok(value)
        }
        fn visit_u64<E: de::Error>(self, value: u64) -> Result<bool, E> {
            match value {
                0 => Ok(false),
                1 => Ok(true),
                _ => Err(E::custom(format!("\"{value}\" is not yes or no"))),
            }
        }
        fn visit_i64<E: de::Error>(self, value: i64) -> Result<bool, E> {
            self.visit_u64(u64::try_from(value).unwrap_or(u64::MAX))
        }
        fn visit_str<E: de::Error>(self, value: &str) -> Result<bool, E> {
            match value.trim().to_ascii_lowercase().as_str() {
                "true" | "yes" | "y" | "1" => Ok(true),
                "false" | "no" | "n" | "0" | "" => Ok(false),
                _ => Err(E::custom(format!("\"{value}\" is not yes or no"))),
            }
        }
        fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_none<E: de::Error>(self) -> Result<bool, E> {
            Ok(false)
        }
    }
    deserializer.deserialize_any(BoolVisitor)
}

/// A list field: a JSON array, or in CSV one cell with items separated by `;`.
pub fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::Deserialize<'de> + FromStr,
    T::Err: fmt::Display,
{
    struct ListVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T> Visitor<'de> for ListVisitor<T>
    where
        T: serde::Deserialize<'de> + FromStr,
        T::Err: fmt::Display,
    {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list (items separated by ;)")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            Ok(items)
        }
        fn visit_str<E: de::Error>(self, value: &str) -> Result<Vec<T>, E> {
            value
                .split(';')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(|item| item.parse().map_err(E::custom))
                .collect()
        }
        fn visit_u64<E: de::Error>(self, value: u64) -> Result<Vec<T>, E> {
            self.visit_str(&value.to_string())
        }
        fn visit_i64<E: de::Error>(self, value: i64) -> Result<Vec<T>, E> {
            self.visit_str(&value.to_string())
        }
        fn visit_f64<E: de::Error>(self, value: f64) -> Result<Vec<T>, E> {
            self.visit_str(&value.to_string())
        }
        fn visit_bool<E: de::Error>(self, value: bool) -> Result<Vec<T>, E> {
            self.visit_str(&value.to_string())
        }
        fn visit_unit<E: de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E: de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
    }
    deserializer.deserialize_any(ListVisitor(std::marker::PhantomData))
}

/// Collects field errors while a record validates itself.
#[derive(Default)]
pub(crate) struct Checks(pub Vec<FieldError>);

impl Checks {
    pub fn require(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.0.push(FieldError::of(field, msg!("check-required")));
        }
    }

    /// At most `max` characters, and none that text is not made of: a field up to [`SHORT`] is
    /// one line (no control character at all: tab, line breaks and Unicode's line and paragraph
    /// separators included); longer text may hold those. NUL, other control characters and a
    /// byte-order mark inside the text are refused in both, naming the character and where.
    pub fn max_len(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.0.push(FieldError::of(field, msg!("check-too-long", max = max)));
        }
        let one_line = max <= SHORT;
        let stray = value.chars().enumerate().find(|(_, c)| match c {
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => one_line,
            '\u{feff}' => true,
            c => c.is_control(),
        });
        if let Some((at, c)) = stray {
            let character = format!("U+{:04X}", c as u32);
            let text = if one_line {
                msg!("check-control-character-one-line", character = character, at = at + 1)
            } else {
                msg!("check-control-character", character = character, at = at + 1)
            };
            self.0.push(FieldError::of(field, text));
        }
    }

    pub fn text(&mut self, field: &str, value: &str, max: usize) {
        self.require(field, value);
        self.max_len(field, value, max);
    }

    pub fn fail(&mut self, field: &str, text: Message) {
        self.0.push(FieldError::of(field, text));
    }

    /// A number users enter (participants, documents, a rank): not negative, and not beyond
    /// [`MAX_COUNT`], so that the sums statistics make of them can never overflow.
    pub fn count(&mut self, field: &str, value: i64) {
        self.check(value >= 0, field, msg!("check-negative"));
        self.upper_bound(field, value);
    }

    /// The upper half of [`Checks::count`], for numbers with their own lower bound.
    pub fn upper_bound(&mut self, field: &str, value: i64) {
        self.check(value <= MAX_COUNT, field, msg!("check-implausibly-large", max = MAX_COUNT));
    }

    pub fn check(&mut self, ok: bool, field: &str, text: Message) {
        if !ok {
            self.fail(field, text);
        }
    }

    pub fn finish(self) -> Vec<FieldError> {
        self.0
    }
}

/// Longest single-line field (names, titles, keys).
pub const SHORT: usize = 300;
/// Longest free-text field (communiqués, rationales, proposal bodies).
pub const LONG: usize = 100_000;
/// Largest number a count (participants, documents) or a rank may be: far beyond any meeting,
/// and small enough that no sum over a database's worth of them overflows.
pub const MAX_COUNT: i64 = 100_000;

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_are_read_only_in_the_form_they_are_written_back() {
        assert_eq!(parse_date(" 2025-03-04 ").map(|d| d.to_string()), Ok("2025-03-04".to_string()));
        // Each of these is ten characters that chrono's %Y-%m-%d alone would take or that
        // would be written back in another form.
        for text in ["-023-01-31", "+023-01-31", "0000-01-31", "２０２５-01-01", "2025-1-031", "2025/01/31", "2025-02-30"] {
            let error = parse_date(text).expect_err(text);
            assert!(error.contains("YYYY-MM-DD"), "{text}: {error}");
        }
    }
}
