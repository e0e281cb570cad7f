//! The people of a team database and what each may do (enforced by the server: docs/team.md).

use super::str_enum;

str_enum! {
    /// What a login of a team database may do.
    TeamRole {
        /// TSB staff: everything but scores, which they read.
        Staff = "staff",
        /// A reviewer: their own scores in open cycles; no contact data, no Chatham House notes.
        Reviewer = "reviewer",
        /// The rapporteur: a reviewer's rights, plus proposals, sign-off, packages and exports.
        Rapporteur = "rapporteur",
    }
}

/// Who a session is on a team database.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
pub struct TeamUser {
    /// The server login.
    pub login: String,
    /// The login's role in this database's team; `None` for the database's owner and other
    /// logins outside the team, whose rights are the server's own.
    pub role: Option<TeamRole>,
    /// The reviewer the login scores as, if any.
    pub reviewer: Option<String>,
}

/// Which rows of a table a role's rights reach, beyond the grant itself: the server's
/// row-level policies (migrations/postgres/roles.sql), named here so that the tests and
/// docs/team.md can say what each role sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    /// Every row.
    All,
    /// Scores and their evidence: the login's own while the cycle is open; every reviewer's
    /// once the cycle is signed off.
    OwnUntilSignedOff,
    /// Improvement proposals and their links: only those of signed-off cycles.
    SignedOffOnly,
    /// Scores and evidence: the login's own, and those merged from review packages.
    OwnAndReturned,
    /// The history: only the entries of scores, the login's own while the cycle is open and
    /// every reviewer's once it is signed off (the other entries hold what a reviewer may not
    /// read: contact data, notes, others' scores).
    ScoreHistory,
}

/// Which columns a privilege covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    None,
    All,
    Only(&'static [&'static str]),
}

impl Columns {
    pub fn allows(self, column: &str) -> bool {
        match self {
            Columns::None => false,
            Columns::All => true,
            Columns::Only(columns) => columns.contains(&column),
        }
    }
}

/// What one role may do with one table. Nobody of the team may TRUNCATE, REFERENCE or put a
/// TRIGGER on any table: those are the owner's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub select: Columns,
    pub insert: bool,
    pub update: Columns,
    pub delete: bool,
    pub rows: Rows,
}

/// What each role may do with one table of a team database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableAccess {
    pub table: &'static str,
    pub staff: Grant,
    pub reviewer: Grant,
    pub rapporteur: Grant,
}

impl TableAccess {
    pub fn of(&self, role: TeamRole) -> Grant {
        match role {
            TeamRole::Staff => self.staff,
            TeamRole::Reviewer => self.reviewer,
            TeamRole::Rapporteur => self.rapporteur,
        }
    }
}

const NONE: Grant = Grant { select: Columns::None, insert: false, update: Columns::None, delete: false, rows: Rows::All };
const READ: Grant = Grant { select: Columns::All, ..NONE };
const WRITE: Grant = Grant { select: Columns::All, insert: true, update: Columns::All, delete: true, rows: Rows::All };

/// A record the staff keep and everyone else reads.
const fn kept_by_staff(table: &'static str) -> TableAccess {
    TableAccess { table, staff: WRITE, reviewer: READ, rapporteur: READ }
}

/// Read by everyone, written by nobody in the team (reference lists, the schema's version).
const fn reference(table: &'static str) -> TableAccess {
    TableAccess { table, staff: READ, reviewer: READ, rapporteur: READ }
}

/// Scores and their evidence: written by reviewers (their own) and the rapporteur (their own,
/// and merged returns); read by staff; each reviewer sees the others' once the cycle is
/// signed off.
const fn scored(table: &'static str) -> TableAccess {
    TableAccess {
        table,
        staff: READ,
        reviewer: Grant { rows: Rows::OwnUntilSignedOff, ..WRITE },
        rapporteur: Grant { rows: Rows::OwnAndReturned, ..WRITE },
    }
}

/// Improvement proposals and their links: drafted by the rapporteur (and staff), read by
/// reviewers only once signed off, since a draft quotes every reviewer's scores and words.
const fn proposed(table: &'static str) -> TableAccess {
    TableAccess { table, staff: WRITE, reviewer: Grant { rows: Rows::SignedOffOnly, ..READ }, rapporteur: WRITE }
}

/// The one declaration of who may do what on a team database: `team init` grants exactly
/// this (storage::roles) and the tests try every cell of it with the plain client. Every
/// table of the schema has its row; a table without one fails the tests.
pub const TEAM_ACCESS: &[TableAccess] = &[
    reference("region"),
    reference("country"),
    reference("membership_category"),
    reference("cxo_review_schema"),
    kept_by_staff("organization"),
    // Names taken once as a record of the directory (an accepted review, a merge).
    kept_by_staff("organization_alias"),
    kept_by_staff("person_alias"),
    TableAccess {
        table: "person",
        staff: WRITE,
        // Contact data is personal: reviewers read who people are, not how to reach them.
        reviewer: Grant {
            select: Columns::Only(&["id", "name", "role", "title", "organization_id", "version", "changed_by", "changed_at"]),
            ..NONE
        },
        rapporteur: READ,
    },
    TableAccess {
        table: "meeting",
        staff: WRITE,
        // Notes are held under the Chatham House rule.
        reviewer: Grant {
            select: Columns::Only(&[
                "id", "key", "kind", "title", "start_date", "end_date", "venue", "host", "status", "report_ref",
                "report_date", "documents", "attendance_mode", "communique", "communique_date", "version", "changed_by",
                "changed_at",
            ]),
            ..NONE
        },
        rapporteur: READ,
    },
    kept_by_staff("attendance"),
    kept_by_staff("attendance_count"),
    kept_by_staff("priority"),
    kept_by_staff("decision"),
    kept_by_staff("action"),
    kept_by_staff("objective"),
    kept_by_staff("indicator"),
    kept_by_staff("rubric_level"),
    kept_by_staff("contribution"),
    kept_by_staff("contribution_source"),
    kept_by_staff("proposal"),
    kept_by_staff("proposal_objective"),
    kept_by_staff("action_plan_item"),
    kept_by_staff("objective_action_plan"),
    TableAccess {
        table: "reviewer",
        staff: WRITE,
        reviewer: Grant {
            select: Columns::Only(&["id", "name", "affiliation", "version", "changed_by", "changed_at"]),
            ..NONE
        },
        rapporteur: READ,
    },
    TableAccess {
        table: "review_cycle",
        staff: WRITE,
        reviewer: READ,
        // Signs off.
        rapporteur: Grant { update: Columns::Only(&["status", "signed_off_at", "digest"]), ..READ },
    },
    // Written by the database itself at each sign-off (migration 0015), read by everyone.
    reference("cycle_sign_off"),
    kept_by_staff("cycle_objective"),
    kept_by_staff("cycle_reviewer"),
    scored("score"),
    scored("score_evidence"),
    proposed("improvement"),
    proposed("improvement_action_plan"),
    proposed("improvement_contribution"),
    // The kept aggregates: recomputed by whoever writes what they count, which is staff.
    kept_by_staff("meeting_tally"),
    kept_by_staff("year_tally"),
    kept_by_staff("organization_debut"),
    kept_by_staff("kept_count"),
    // The marks of what to recompute: left by the server's triggers on staff's writes, cleared
    // by the same transaction. Reviewers and the rapporteur only look (they never mark).
    TableAccess { table: "stale_meeting", staff: Grant { update: Columns::None, ..WRITE }, reviewer: READ, rapporteur: READ },
    TableAccess { table: "stale_organization", staff: Grant { update: Columns::None, ..WRITE }, reviewer: READ, rapporteur: READ },
    // The key that signs review packages is the rapporteur's.
    TableAccess { table: "signing_key", staff: NONE, reviewer: NONE, rapporteur: Grant { insert: true, ..READ } },
    TableAccess {
        table: "review_package",
        staff: READ,
        reviewer: NONE,
        rapporteur: Grant { select: Columns::All, insert: true, update: Columns::Only(&["reviewer_key", "last_return"]), delete: false, rows: Rows::All },
    },
    // Entries can hold contact data and Chatham House notes: reviewers put their deleted
    // scores in, and never read it.
    TableAccess {
        table: "trash",
        staff: Grant { update: Columns::None, ..WRITE },
        reviewer: Grant { insert: true, ..NONE },
        rapporteur: Grant { update: Columns::None, ..WRITE },
    },
    TableAccess {
        table: "document_options",
        staff: WRITE,
        reviewer: READ,
        rapporteur: Grant { delete: false, ..WRITE },
    },
    TableAccess { table: "team_member", staff: READ, reviewer: READ, rapporteur: READ },
    // Written by the database itself, by each change of a record (migration 0016); nobody
    // changes or deletes an entry, the owner included.
    TableAccess { table: "history", staff: READ, reviewer: Grant { rows: Rows::ScoreHistory, ..READ }, rapporteur: READ },
    // A file's stand-in for the session's settings; unused on a server.
    TableAccess { table: "history_context", staff: NONE, reviewer: NONE, rapporteur: NONE },
];
