//! Executive consultations and what came of them: attendance, priorities, decisions, actions.

use crate::msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{flexible_bool, iso_date, iso_date_opt, str_enum, Checks, Region, LONG, SHORT};
use crate::error::FieldError;

str_enum! {
    MeetingKind {
        CtoMeeting = "cto_meeting",
        CxoRoundtable = "cxo_roundtable",
        Bilateral = "bilateral",
        RgIem = "rg_iem",
        Workshop = "workshop",
    }
}

impl MeetingKind {
    pub fn label(self) -> &'static str {
        match self {
            MeetingKind::CtoMeeting => "CTO meeting",
            MeetingKind::CxoRoundtable => "CxO roundtable",
            MeetingKind::Bilateral => "Bilateral consultation",
            MeetingKind::RgIem => "RG-IEM meeting",
            MeetingKind::Workshop => "Workshop",
        }
    }
}

str_enum! {
    MeetingStatus { Planned = "planned", Held = "held", Reported = "reported" }
}

str_enum! {
    /// How a meeting's attendance is known: a named roster, or only counts per region.
    AttendanceMode { Roster = "roster", Counts = "counts" }
}

str_enum! {
    AttendanceStatus { Invited = "invited", Registered = "registered", Attended = "attended" }
}

str_enum! {
    ActionStatus { Open = "open", InProgress = "in_progress", Done = "done", Dropped = "dropped" }
}

impl ActionStatus {
    pub fn is_closed(self) -> bool {
        matches!(self, ActionStatus::Done | ActionStatus::Dropped)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Short unique reference used by files and links, e.g. `RGIEM-2023-01`.
    pub key: String,
    pub kind: MeetingKind,
    pub title: String,
    #[serde(with = "iso_date")]
    #[specta(type = String)]
    pub start_date: NaiveDate,
    #[serde(with = "iso_date")]
    #[specta(type = String)]
    pub end_date: NaiveDate,
    /// A place, or `electronic`.
    pub venue: String,
    #[serde(default)]
    pub host: String,
    pub status: MeetingStatus,
    /// The meeting report's document number, e.g. `DOC5`.
    #[serde(default)]
    pub report_ref: String,
    #[serde(default, with = "iso_date_opt")]
    #[specta(type = Option<String>)]
    pub report_date: Option<NaiveDate>,
    /// Number of documents submitted to the meeting.
    #[serde(default)]
    pub documents: i64,
    pub attendance_mode: AttendanceMode,
    #[serde(default)]
    pub communique: String,
    #[serde(default, with = "iso_date_opt")]
    #[specta(type = Option<String>)]
    pub communique_date: Option<NaiveDate>,
    /// Notes held under the Chatham House rule: left out of exports to TSAG unless asked for.
    #[serde(default)]
    pub notes: String,
}

impl Meeting {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("key", &self.key, 60);
        checks.check(
            !self.key.contains(char::is_whitespace),
            "key",
            msg!("check-key-spaces"),
        );
        checks.text("title", &self.title, SHORT);
        checks.check(self.end_date >= self.start_date, "end_date", msg!("check-before-start-date"));
        checks.text("venue", &self.venue, SHORT);
        checks.max_len("host", &self.host, SHORT);
        checks.max_len("report_ref", &self.report_ref, 60);
        checks.count("documents", self.documents);
        checks.max_len("communique", &self.communique, LONG);
        checks.max_len("notes", &self.notes, LONG);
        if let Some(date) = self.report_date {
            checks.check(date >= self.start_date, "report_date", msg!("check-before-meeting-started"));
        }
        if let Some(date) = self.communique_date {
            checks.check(date >= self.start_date, "communique_date", msg!("check-before-meeting-started"));
        }
        checks.check(
            self.status == MeetingStatus::Planned || self.start_date <= chrono::Local::now().date_naive(),
            "status",
            msg!("check-not-started-planned"),
        );
        checks.finish()
    }
}

/// One person on a meeting's roster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// The meeting's key.
    pub meeting: String,
    /// The person's name.
    pub person: String,
    pub status: AttendanceStatus,
    /// Attended at executive level (CTO, CxO…).
    #[serde(default, deserialize_with = "flexible_bool")]
    pub executive: bool,
}

impl Attendance {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("meeting", &self.meeting, 60);
        checks.text("person", &self.person, SHORT);
        checks.finish()
    }
}

/// Participants from one region, for meetings whose attendance is known only as counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct AttendanceCount {
    pub meeting: String,
    pub region: Region,
    pub participants: i64,
    #[serde(default)]
    pub executives: i64,
}

impl AttendanceCount {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("meeting", &self.meeting, 60);
        checks.count("participants", self.participants);
        checks.count("executives", self.executives);
        checks.check(self.executives <= self.participants, "executives", msg!("check-exceeds-participants"));
        checks.finish()
    }
}

/// A ranked priority topic of a meeting's communiqué.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    pub meeting: String,
    pub rank: i64,
    pub topic: String,
}

impl Priority {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("meeting", &self.meeting, 60);
        checks.check(self.rank >= 1, "rank", msg!("check-one-or-more"));
        checks.upper_bound("rank", self.rank);
        checks.text("topic", &self.topic, SHORT);
        checks.finish()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub meeting: String,
    pub text: String,
}

impl Decision {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("meeting", &self.meeting, 60);
        checks.text("text", &self.text, LONG);
        checks.finish()
    }
}

/// A follow-up action agreed at a meeting; it stays open on every later meeting until closed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[derive(specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub meeting: String,
    pub text: String,
    pub owner: String,
    #[serde(default, with = "iso_date_opt")]
    #[specta(type = Option<String>)]
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    /// When a done or dropped action was closed.
    #[serde(default, with = "iso_date_opt")]
    #[specta(type = Option<String>)]
    pub closed_date: Option<NaiveDate>,
}

impl Action {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut checks = Checks::default();
        checks.text("meeting", &self.meeting, 60);
        checks.text("text", &self.text, LONG);
        checks.text("owner", &self.owner, SHORT);
        match (self.status.is_closed(), self.closed_date) {
            (true, None) => checks.fail("closed_date", msg!("check-closed-date-required", status = self.status.to_string())),
            (false, Some(_)) => checks.fail("closed_date", msg!("check-closed-date-empty", status = self.status.to_string())),
            _ => {}
        }
        checks.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::meeting;

    fn messages(errors: Vec<FieldError>) -> Vec<String> {
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn counts_beyond_any_meeting_are_refused() {
        let mut huge = meeting("M1", "2024-03-05", AttendanceMode::Counts);
        huge.documents = i64::MAX;
        assert_eq!(messages(huge.validate()), ["documents: is implausibly large (over 100000)"]);
        huge.documents = 100_000;
        assert!(huge.validate().is_empty(), "the largest count is accepted");

        let count = AttendanceCount { meeting: "M1".into(), region: Region::Europe, participants: i64::MAX, executives: i64::MAX };
        assert_eq!(
            messages(count.validate()),
            ["participants: is implausibly large (over 100000)", "executives: is implausibly large (over 100000)"]
        );
        let priority = Priority { meeting: "M1".into(), rank: i64::MAX, topic: "AI".into() };
        assert_eq!(messages(priority.validate()), ["rank: is implausibly large (over 100000)"]);
    }
}
