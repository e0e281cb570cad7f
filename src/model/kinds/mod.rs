//! The kinds of records: what an import file holds, what a form edits, what an export section
//! lists. [`with_kind!`] is the one place a kind is mapped to its record type.

use super::str_enum;

/// Declares the record kinds, once: each kind's name in files, forms and the command line, its
/// record type, what users call one, and its section in the whole-database document (the
/// kinds are listed in the order that document imports them: a kind after those it names).
/// From this one list come [`Kind`], [`with_kind!`], [`RecordTypes`] (the UI's types),
/// [`RecordType`] for each type and [`SECTIONS`]. What storage, the trash, the team's grants
/// and the documentation hold for each kind is checked against it by `kinds/tests.rs`.
macro_rules! record_kinds {
    ($d:tt $($variant:ident = $text:literal, $field:ident: $t:ident, $name:literal;)+) => {
        str_enum! {
            /// What a file holds (and the kinds of records the app edits); each kind has its own columns (docs/formats.md).
            Kind { $($variant = $text,)+ }
        }

        /// The whole-database document's sections, in the order they are imported, each with
        /// its kind (a section's name is its field in [`RecordTypes`]).
        pub const SECTIONS: &[(&str, Kind)] = &[$((stringify!($field), Kind::$variant)),+];

        /// Runs `$body` with `$t` bound to the record type of `$kind` (a [`Kind`]): the only
        /// mapping from kinds to types, used by forms, imports and exports alike.
        macro_rules! with_kind {
            ($d kind:expr, $d ty:ident => $d body:expr) => {{
                use $crate::model::*;
                match $d kind {
                    $(Kind::$variant => { type $d ty = $t; $d body })+
                }
            }};
        }
        pub(crate) use with_kind;

        /// The record type of each kind, by the kind's name: never built, its type crosses to
        /// the UI so that the generic record commands (a form's JSON) are typed there from
        /// this one list.
        #[derive(serde::Serialize, specta::Type)]
        #[allow(dead_code)]
        pub struct RecordTypes {
            $(#[serde(rename = $text)] $field: super::$t,)+
        }

        $(
            impl RecordType for super::$t {
                const KIND: Kind = Kind::$variant;
                const NAME: &'static str = $name;

                fn validate(&self) -> Vec<crate::error::FieldError> {
                    super::$t::validate(self)
                }
            }
        )+
    };
}

record_kinds! {$
    Organizations = "organizations", organizations: Organization, "organization";
    People = "people", people: Person, "person";
    Meetings = "meetings", meetings: Meeting, "meeting";
    Attendance = "attendance", attendance: Attendance, "attendance record";
    Counts = "counts", counts: AttendanceCount, "attendance count";
    Priorities = "priorities", priorities: Priority, "priority";
    Decisions = "decisions", decisions: Decision, "decision";
    Actions = "actions", actions: Action, "action";
    Contributions = "contributions", contributions: Contribution, "contribution";
    ActionPlan = "action-plan", action_plan: ActionPlanItem, "action-plan item";
    Objectives = "objectives", objectives: Objective, "objective";
    Proposals = "proposals", proposals: Proposal, "proposal";
    Reviewers = "reviewers", reviewers: Reviewer, "reviewer";
    Cycles = "cycles", cycles: ReviewCycle, "review cycle";
    Scores = "scores", scores: Score, "score";
    Improvements = "improvements", improvements: Improvement, "improvement proposal";
}

/// The section of the whole-database document that holds the summary's header block of each
/// cycle that has one saved (`model::CycleDocumentOptions`). It is not a record kind (the block
/// belongs to its cycle: no form lists it, no file of its own imports it). It is written right
/// after "cycles", whose names it refers to, and imported once every section is in.
pub const DOCUMENT_OPTIONS_SECTION: &str = "document_options";

/// The whole-database document's identification. Version 2 added "document_options", version 3
/// "history": a release that reads an older version refuses a newer document as "exported by a
/// newer CxO Review" instead of losing the section, and older documents (without it) still
/// import.
pub const DATASET_FORMAT: &str = "cxo-review";
pub const DATASET_VERSION: i64 = 3;

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

#[cfg(test)]
mod tests;
