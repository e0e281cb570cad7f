//! The team on a team database, as the store serves it: setting up the roles, adding and
//! removing logins, who the session is, and a refusal of the server said as the role's limit.
//! A file has no team: each of these says so.

use crate::storage::*;

impl Store {
    pub(in crate::storage) fn team_server(&self) -> Result<&server::ServerAddress> {
        self.server.as_ref().ok_or_else(|| {
            Error::Precondition(crate::msg!("precondition-not-team"))
        })
    }

    /// Sets up (or refreshes) the team's roles, grants and policies.
    pub fn set_up_team(&mut self) -> Result<()> {
        let address = self.team_server()?.clone();
        roles::set_up(&self.conn, &address)
    }

    /// Adds a login to the team; returns whether the login was created.
    pub fn add_team_user(
        &mut self,
        login: &str,
        role: crate::model::TeamRole,
        password: Option<&str>,
        reviewer: Option<&str>,
    ) -> Result<bool> {
        let address = self.team_server()?.clone();
        roles::add_user(&self.conn, &address, login, role, password, reviewer)
    }

    /// Takes a login out of the team; returns whether it was in it.
    pub fn remove_team_user(&mut self, login: &str) -> Result<bool> {
        let address = self.team_server()?.clone();
        roles::remove_user(&self.conn, &address, login)
    }

    /// The team's logins.
    pub fn team_members(&self) -> Result<Vec<crate::model::TeamUser>> {
        self.team_server()?;
        roles::members(&self.conn)
    }

    /// A write the server refused for the login's role, said as such.
    pub(crate) fn explain_refusal(&self, error: Error) -> Error {
        let Some(server) = &self.server else { return error };
        match &error {
            Error::Database { source, .. } if source.is_permission_denied() => {
                let role = roles::current(&self.conn).ok().and_then(|user| user.role);
                let limit = match role {
                    Some(crate::model::TeamRole::Reviewer) => {
                        "a reviewer saves only their own scores and evidence, and only while the cycle is open"
                    }
                    Some(crate::model::TeamRole::Rapporteur) => {
                        "the rapporteur saves their own scores and merged returns while the cycle is open, proposals, sign-off and packages"
                    }
                    Some(crate::model::TeamRole::Staff) => "staff read scores but do not write them",
                    None => "this login is not in the team (`cxo-review team add-user`)",
                };
                Error::Denied { user: server.user.clone(), reason: format!("{limit} ({source})") }
            }
            _ => error,
        }
    }

    /// Who this session is on a team database (`None` on a file).
    pub fn team_user(&self) -> Result<Option<crate::model::TeamUser>> {
        match &self.server {
            Some(_) => roles::current(&self.conn).map(Some),
            None => Ok(None),
        }
    }
}
