//! Who takes part: organizations, people, and the reference data that places them in a region.

use crate::msg;
use serde::{Deserialize, Serialize};

use super::{str_enum, Checks, SHORT};
use crate::error::FieldError;

str_enum! {
    /// The ITU-D regions of ITU statistics, plus TSB for the secretariat, in Annex B's row order.
    Region {
        Africa = "AFR",
        Americas = "AMS",
        ArabStates = "ARB",
        AsiaPacific = "ASP",
        Cis = "CIS",
        Europe = "EUR",
        Tsb = "TSB",
    }
}

impl Region {
    /// The label Annex B uses for the row.
    pub fn label(self) -> &'static str {
        match self {
            Region::Africa => "Africa",
            Region::Americas => "The Americas",
            Region::ArabStates => "Arab States",
            Region::AsiaPacific => "Asia and the Pacific",
            Region::Cis => "CIS",
            Region::Europe => "Europe",
            Region::Tsb => "TSB",
        }
    }

    /// Position in Annex B's row order (0 = Africa … 6 = TSB).
    pub fn index(self) -> usize {
        Region::ALL.iter().position(|r| *r == self).unwrap_or(0)
    }
}

str_enum! {
    /// ITU membership categories; `secretariat` people count under TSB.
    Category {
        MemberState = "member_state",
        SectorMember = "sector_member",
        Associate = "associate",
        Academia = "academia",
        NonMember = "non_member",
        Secretariat = "secretariat",
    }
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Category::MemberState => "Member State",
            Category::SectorMember => "Sector Member",
            Category::Associate => "Associate",
            Category::Academia => "Academia",
            Category::NonMember => "Non-member",
            Category::Secretariat => "ITU secretariat",
        }
    }
}

str_enum! {
    Role {
        Ceo = "CEO",
        Cto = "CTO",
        Cio = "CIO",
        Cso = "CSO",
        Cxo = "CxO",
        Delegate = "delegate",
        Expert = "expert",
        Staff = "staff",
    }
}

/// A country and the region its people count under.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
pub struct Country {
    pub code: String,
    pub name: String,
    pub region: Region,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
    pub category: Category,
    /// ISO 3166-1 alpha-2; empty only for the secretariat.
    #[serde(default)]
    pub country: Option<String>,
}

impl Organization {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("name", &self.name, SHORT);
        match (&self.country, self.category) {
            (None, Category::Secretariat) => {}
            (None, _) => checks.fail("country", msg!("check-country-required")),
            (Some(code), _) => checks.check(
                code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()),
                "country",
                msg!("check-country-code", value = code),
            ),
        }
        checks.finish()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    pub role: Role,
    #[serde(default)]
    pub title: String,
    /// The organization's name.
    pub organization: String,
    /// Personal data, left out of exports to TSAG unless asked for.
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

impl Person {
    /// This person with what they lack — an e-mail, a phone, a title — taken from `email`,
    /// `phone` and `title` (a list's row, a duplicate merged in); what they hold is kept.
    pub fn filled_in(&self, email: Option<&str>, phone: Option<&str>, title: &str) -> Person {
        Person {
            email: self.email.clone().or_else(|| email.map(str::to_string)),
            phone: self.phone.clone().or_else(|| phone.map(str::to_string)),
            title: if self.title.trim().is_empty() { title.to_string() } else { self.title.clone() },
            ..self.clone()
        }
    }

    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("name", &self.name, SHORT);
        checks.max_len("title", &self.title, SHORT);
        checks.text("organization", &self.organization, SHORT);
        if let Some(email) = self.email.as_deref().filter(|e| !e.is_empty()) {
            checks.check(
                email.contains('@') && !email.contains(char::is_whitespace) && email.len() <= SHORT,
                "email",
                msg!("check-email", value = email),
            );
        }
        if let Some(phone) = &self.phone {
            checks.max_len("phone", phone, 40);
        }
        checks.finish()
    }
}
