//! What the header block of the summary to TSAG says that the review does not: the TD number
//! TSB assigns, where and when TSAG meets, the source and the contact. Kept per review cycle so
//! that the rapporteur types them once; they are not part of a cycle's signed-off content.

use crate::msg;
use serde::{Deserialize, Serialize};

use super::{Checks, SHORT};
use crate::error::FieldError;

/// The source line of a summary whose options were never set.
pub const DEFAULT_SOURCE: &str = "Rapporteur, TSAG Rapporteur Group on Industry Engagement, Metrics (RG-IEM)";

/// The summary's header block, as the rapporteur fills it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(default)]
pub struct DocumentOptions {
    /// "TSAG-TD123"; empty until TSB assigns a number.
    pub td_number: String,
    /// Where and when TSAG meets: "Geneva, 26–30 January 2026".
    pub place_and_date: String,
    pub source: String,
    pub contact: Contact,
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions {
            td_number: String::new(),
            place_and_date: String::new(),
            source: DEFAULT_SOURCE.into(),
            contact: Contact::default(),
        }
    }
}

/// Who TSAG delegates write to about the document, as a TSAG TD's Contact cell shows them:
/// name, organization and country on the left, Tel and E-mail on the right. They are printed
/// in the document as given: the contact chose to be reached there.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[derive(specta::Type)]
// A misspelt field of a file ("e-mail") is refused rather than dropped.
#[serde(default, deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    /// The organization or the role: "TSB", "Rapporteur, RG-IEM".
    pub organization: String,
    pub country: String,
    pub tel: String,
    pub email: String,
}

impl Contact {
    /// Whether nothing is filled in.
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.organization, &self.country, &self.tel, &self.email].iter().all(|s| s.trim().is_empty())
    }
}

impl DocumentOptions {
    /// Every problem, each naming its field (`contact.email` for the contact's).
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.max_len("td_number", &self.td_number, 40);
        checks.max_len("place_and_date", &self.place_and_date, SHORT);
        checks.max_len("source", &self.source, SHORT);
        let c = &self.contact;
        checks.max_len("contact.name", &c.name, SHORT);
        checks.max_len("contact.organization", &c.organization, SHORT);
        checks.max_len("contact.country", &c.country, SHORT);
        checks.max_len("contact.tel", &c.tel, 80);
        // A number as people write it: digits, "+", spaces, dots, dashes, brackets and "/"
        // between two numbers (TSAG TDs show "+81 3 5776 7730 / +81-90-5568-4035").
        let tel = c.tel.trim();
        if !tel.is_empty() {
            checks.check(
                tel.chars().any(|ch| ch.is_ascii_digit())
                    && tel.chars().all(|ch| ch.is_ascii_digit() || " +-./()".contains(ch)),
                "contact.tel",
                msg!("check-telephone", value = tel),
            );
        }
        let email = c.email.trim();
        if !email.is_empty() {
            let shape = email.split_once('@').is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'));
            checks.check(
                shape && !email.contains(char::is_whitespace) && email.len() <= SHORT,
                "contact.email",
                msg!("check-email", value = email),
            );
        }
        checks.finish()
    }

    /// The options with every field trimmed, as they are stored.
    pub fn trimmed(&self) -> DocumentOptions {
        let t = |s: &str| s.trim().to_string();
        DocumentOptions {
            td_number: t(&self.td_number),
            place_and_date: t(&self.place_and_date),
            source: t(&self.source),
            contact: Contact {
                name: t(&self.contact.name),
                organization: t(&self.contact.organization),
                country: t(&self.contact.country),
                tel: t(&self.contact.tel),
                email: t(&self.contact.email),
            },
        }
    }
}

/// A cycle's header block as the whole-database document holds it: the cycle by its name (a
/// natural key, as every record of the document), then the block's fields. A field left out of
/// a file reads as the form's default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CycleDocumentOptions {
    pub cycle: String,
    #[serde(default)]
    pub td_number: String,
    #[serde(default)]
    pub place_and_date: String,
    #[serde(default = "default_source")]
    pub source: String,
    #[serde(default)]
    pub contact: Contact,
}

fn default_source() -> String {
    DEFAULT_SOURCE.into()
}

impl CycleDocumentOptions {
    pub fn new(cycle: impl Into<String>, options: DocumentOptions) -> Self {
        let DocumentOptions { td_number, place_and_date, source, contact } = options;
        CycleDocumentOptions { cycle: cycle.into(), td_number, place_and_date, source, contact }
    }

    /// The header block without its cycle.
    pub fn options(&self) -> DocumentOptions {
        DocumentOptions {
            td_number: self.td_number.clone(),
            place_and_date: self.place_and_date.clone(),
            source: self.source.clone(),
            contact: self.contact.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_contact(tel: &str, email: &str) -> DocumentOptions {
        DocumentOptions {
            contact: Contact { tel: tel.into(), email: email.into(), ..Contact::default() },
            ..DocumentOptions::default()
        }
    }

    fn fields(options: &DocumentOptions) -> Vec<String> {
        options.validate().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn telephone_numbers_as_tsag_tds_write_them_pass() {
        for tel in ["+41 22 730 5851", "+81 3 5776 7730 / +81-90-5568-4035", "(022) 730.58.51", ""] {
            assert!(fields(&with_contact(tel, "")).is_empty(), "{tel}");
        }
    }

    #[test]
    fn words_in_a_telephone_number_or_a_broken_email_are_named() {
        assert_eq!(fields(&with_contact("call me", "")), ["contact.tel"]);
        assert_eq!(fields(&with_contact("+", "")), ["contact.tel"]);
        assert_eq!(fields(&with_contact("", "ann.example.org")), ["contact.email"]);
        assert_eq!(fields(&with_contact("", "ann@localhost")), ["contact.email"]);
        assert_eq!(fields(&with_contact("", "a nn@example.org")), ["contact.email"]);
        assert!(fields(&with_contact("", "tsbtsag@itu.int")).is_empty());
    }

    #[test]
    fn a_cycles_options_in_a_file_need_the_cycle_and_refuse_unknown_fields() {
        let read = |text: &str| serde_json::from_str::<CycleDocumentOptions>(text).map_err(|e| e.to_string());
        let options = read(r#"{"cycle":"2025","td_number":"TSAG-TD9"}"#).unwrap();
        assert_eq!(options.options(), DocumentOptions { td_number: "TSAG-TD9".into(), ..DocumentOptions::default() });
        assert!(read(r#"{"td_number":"TSAG-TD9"}"#).unwrap_err().contains("missing field `cycle`"));
        assert!(read(r#"{"cycle":"2025","contact":{"e-mail":"a@b.org"}}"#).unwrap_err().contains("unknown field `e-mail`"));
        let block = DocumentOptions { source: "S".into(), ..with_contact("+41 1", "a@b.org") };
        assert_eq!(CycleDocumentOptions::new("2025", block.clone()).options(), block);
    }

    #[test]
    fn an_old_form_without_contact_still_reads() {
        let options: DocumentOptions = serde_json::from_str(r#"{"td_number":"TSAG-TD1","place_and_date":"","source":"S"}"#).unwrap();
        assert_eq!(options.contact, Contact::default());
        assert_eq!(options.td_number, "TSAG-TD1");
    }
}
