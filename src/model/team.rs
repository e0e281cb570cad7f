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
