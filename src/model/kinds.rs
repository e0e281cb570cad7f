//! The kinds of records: what an import file holds, what a form edits, what an export section
//! lists. [`with_kind!`] is the one place a kind is mapped to its record type.

use super::str_enum;

str_enum! {
    /// What a file holds (and the kinds of records the app edits); each kind has its own columns (docs/formats.md).
    Kind {
        Organizations = "organizations",
        People = "people",
        Meetings = "meetings",
        Attendance = "attendance",
        Counts = "counts",
        Priorities = "priorities",
        Decisions = "decisions",
        Actions = "actions",
        Contributions = "contributions",
        Proposals = "proposals",
        ActionPlan = "action-plan",
        Objectives = "objectives",
        Reviewers = "reviewers",
        Cycles = "cycles",
        Scores = "scores",
        Improvements = "improvements",
    }
}

/// The whole-database document (an export, re-importable as `all`): its identification, and
/// its sections in the order they are imported.
pub const SECTIONS: &[(&str, Kind)] = &[
    ("organizations", Kind::Organizations),
    ("people", Kind::People),
    ("meetings", Kind::Meetings),
    ("attendance", Kind::Attendance),
    ("counts", Kind::Counts),
    ("priorities", Kind::Priorities),
    ("decisions", Kind::Decisions),
    ("actions", Kind::Actions),
    ("contributions", Kind::Contributions),
    ("action_plan", Kind::ActionPlan),
    ("objectives", Kind::Objectives),
    ("proposals", Kind::Proposals),
    ("reviewers", Kind::Reviewers),
    ("cycles", Kind::Cycles),
    ("scores", Kind::Scores),
    ("improvements", Kind::Improvements),
];

/// The section of the whole-database document that holds the summary's header block of each
/// cycle that has one saved (`model::CycleDocumentOptions`). It is not a record kind (the block
/// belongs to its cycle: no form lists it, no file of its own imports it). It is written right
/// after "cycles", whose names it refers to, and imported once every section is in.
pub const DOCUMENT_OPTIONS_SECTION: &str = "document_options";

/// The whole-database document's identification. Version 2 added "document_options": a
/// release that reads version 1 refuses a version 2 document as "exported by a newer CxO
/// Review" instead of losing the section, and version 1 documents (without it) still import.
pub const DATASET_FORMAT: &str = "cxo-review";
pub const DATASET_VERSION: i64 = 2;

/// Runs `$body` with `$t` bound to the record type of `$kind` (a [`Kind`]): the only mapping
/// from kinds to types, used by forms, imports and exports alike.
macro_rules! with_kind {
    ($kind:expr, $t:ident => $body:expr) => {{
        use $crate::model::*;
        match $kind {
            Kind::Organizations => { type $t = Organization; $body }
            Kind::People => { type $t = Person; $body }
            Kind::Meetings => { type $t = Meeting; $body }
            Kind::Attendance => { type $t = Attendance; $body }
            Kind::Counts => { type $t = AttendanceCount; $body }
            Kind::Priorities => { type $t = Priority; $body }
            Kind::Decisions => { type $t = Decision; $body }
            Kind::Actions => { type $t = Action; $body }
            Kind::Contributions => { type $t = Contribution; $body }
            Kind::Proposals => { type $t = Proposal; $body }
            Kind::ActionPlan => { type $t = ActionPlanItem; $body }
            Kind::Objectives => { type $t = Objective; $body }
            Kind::Reviewers => { type $t = Reviewer; $body }
            Kind::Cycles => { type $t = ReviewCycle; $body }
            Kind::Scores => { type $t = Score; $body }
            Kind::Improvements => { type $t = Improvement; $body }
        }
    }};
}
pub(crate) use with_kind;

/// The record type of each kind, by the kind's name: never built, its type crosses to the UI
/// so that the generic record commands (a form's JSON) are typed there from this one list (the
/// shell's bindings test checks that it names every kind).
#[derive(serde::Serialize, specta::Type)]
#[allow(dead_code)]
pub struct RecordTypes {
    organizations: super::Organization,
    people: super::Person,
    meetings: super::Meeting,
    attendance: super::Attendance,
    counts: super::AttendanceCount,
    priorities: super::Priority,
    decisions: super::Decision,
    actions: super::Action,
    contributions: super::Contribution,
    proposals: super::Proposal,
    #[serde(rename = "action-plan")]
    action_plan: super::ActionPlanItem,
    objectives: super::Objective,
    reviewers: super::Reviewer,
    cycles: super::ReviewCycle,
    scores: super::Score,
    improvements: super::Improvement,
}

/// A record type: what users call one, its kind, and its own validation. What a record type
/// is to storage (its SQL) lives in `storage`; to the model it is data and rules.
pub trait RecordType:
    serde::Serialize + serde::de::DeserializeOwned + Clone + Send + specta::Flatten + 'static
{
    const KIND: Kind;
    /// What users call one of these, in messages ("meeting", "contribution").
    const NAME: &'static str;

    /// Checks the record's own fields.
    fn validate(&self) -> Vec<crate::error::FieldError>;
}

macro_rules! record_types {
    ($($kind:ident => $t:ident, $name:literal;)+) => {$(
        impl RecordType for super::$t {
            const KIND: Kind = Kind::$kind;
            const NAME: &'static str = $name;

            fn validate(&self) -> Vec<crate::error::FieldError> {
                super::$t::validate(self)
            }
        }
    )+};
}

record_types! {
    Organizations => Organization, "organization";
    People => Person, "person";
    Meetings => Meeting, "meeting";
    Attendance => Attendance, "attendance record";
    Counts => AttendanceCount, "attendance count";
    Priorities => Priority, "priority";
    Decisions => Decision, "decision";
    Actions => Action, "action";
    Contributions => Contribution, "contribution";
    Proposals => Proposal, "proposal";
    ActionPlan => ActionPlanItem, "action-plan item";
    Objectives => Objective, "objective";
    Reviewers => Reviewer, "reviewer";
    Cycles => ReviewCycle, "review cycle";
    Scores => Score, "score";
    Improvements => Improvement, "improvement proposal";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two lists of this file (kinds to types, types to kinds) agree.
    #[test]
    fn every_kind_maps_to_the_type_whose_kind_it_is() {
        for kind in Kind::ALL {
            assert_eq!(with_kind!(*kind, E => <E as RecordType>::KIND), *kind);
        }
    }
}
