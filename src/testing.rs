//! Small fixtures shared by the unit tests.

use chrono::NaiveDate;

use crate::model::*;
use crate::storage::Store;

pub fn date(text: &str) -> NaiveDate {
    parse_date(text).expect("test dates are valid")
}

pub fn meeting(key: &str, start: &str, mode: AttendanceMode) -> Meeting {
    Meeting {
        key: key.into(),
        kind: MeetingKind::CtoMeeting,
        title: format!("Meeting {key}"),
        start_date: date(start),
        end_date: date(start),
        venue: "Geneva".into(),
        host: String::new(),
        status: MeetingStatus::Held,
        report_ref: "DOC5".into(),
        report_date: Some(date(start)),
        documents: 3,
        attendance_mode: mode,
        communique: String::new(),
        communique_date: None,
        notes: String::new(),
    }
}

pub fn organization(name: &str, category: Category, country: Option<&str>) -> Organization {
    Organization { name: name.into(), category, country: country.map(str::to_string) }
}

pub fn person(name: &str, organization: &str) -> Person {
    Person {
        name: name.into(),
        role: Role::Cto,
        title: String::new(),
        organization: organization.into(),
        email: None,
        phone: None,
    }
}

/// A store with one organization per region (Kenya, United States, Egypt, China, Russia,
/// Switzerland) plus the secretariat.
pub fn store_with_organizations() -> Store {
    let mut store = crate::storage::Store::for_tests();
    for (name, country) in [
        ("Org KE", "KE"),
        ("Org US", "US"),
        ("Org EG", "EG"),
        ("Org CN", "CN"),
        ("Org RU", "RU"),
        ("Org CH", "CH"),
    ] {
        store.create(&organization(name, Category::SectorMember, Some(country))).expect("organization");
    }
    store.create(&organization("ITU/TSB", Category::Secretariat, None)).expect("secretariat");
    store
}
