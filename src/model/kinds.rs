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
