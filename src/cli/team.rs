//! `team`: a team database's roles and logins.

use std::io::{IsTerminal, Write};

use cxo_review::app::Session;
use cxo_review::model::TeamRole;
use cxo_review::{Error, Result};

use super::args::TeamCommand;
use super::stdout_error;

pub fn team(session: &mut Session, what: TeamCommand, out: &mut impl Write) -> Result<()> {
    match what {
        TeamCommand::Init => {
            session.set_up_team()?;
            let place = session.describe();
            writeln!(out, "team database ready: {place}").map_err(stdout_error)?;
            writeln!(out, "roles: staff, reviewer, rapporteur; add logins with `cxo-review --db {place} team add-user NAME --role ROLE`")
                .map_err(stdout_error)
        }
        TeamCommand::AddUser { name, role, reviewer } => {
            if role == TeamRole::Reviewer && reviewer.is_none() {
                return Err(Error::invalid("reviewer", "a reviewer scores as one of the database's reviewers: pass --reviewer NAME"));
            }
            // A login that exists on the server already keeps its password; ask only when the
            // core says the login is new and needs one.
            let created = match session.add_team_user(&name, role, None, reviewer.as_deref()) {
                Err(Error::Invalid(fields)) if fields.iter().any(|f| f.field == "password") => {
                    let password = new_password(&name)?;
                    session.add_team_user(&name, role, Some(&password), reviewer.as_deref())?
                }
                other => other?,
            };
            let scoring = reviewer.map(|r| format!(", scoring as reviewer \"{r}\"")).unwrap_or_default();
            let login = if created { "new login" } else { "existing login, password unchanged" };
            writeln!(out, "{name}: {role}{scoring} ({login})").map_err(stdout_error)
        }
        TeamCommand::RemoveUser { name } => {
            let was = session.remove_team_user(&name)?;
            let said = if was { "taken out of the team; its server login stays" } else { "was not in the team; nothing changed" };
            writeln!(out, "{name}: {said}").map_err(stdout_error)
        }
        TeamCommand::Users => {
            let members = session.team_members()?;
            if members.is_empty() {
                return writeln!(out, "no logins yet: add them with `team add-user NAME --role ROLE`").map_err(stdout_error);
            }
            let width = members.iter().map(|m| m.login.chars().count()).max().unwrap_or(0).max(5);
            writeln!(out, "{:<width$}  {:<10}  SCORES AS", "LOGIN", "ROLE").map_err(stdout_error)?;
            for member in members {
                let role = member.role.map(|r| r.as_str()).unwrap_or("(unknown)");
                let reviewer = member.reviewer.unwrap_or_default();
                writeln!(out, "{:<width$}  {role:<10}  {reviewer}", member.login).map_err(stdout_error)?;
            }
            Ok(())
        }
        TeamCommand::Whoami => {
            let place = session.describe();
            match session.team_user()? {
                None => writeln!(out, "{place} (a file: no team)"),
                Some(user) => {
                    let role = user.role.map(|r| r.as_str().to_string()).unwrap_or_else(|| "not in the team (the server's own rights)".into());
                    let reviewer = user.reviewer.map(|r| format!(", scoring as \"{r}\"")).unwrap_or_default();
                    writeln!(out, "{place}\nlogin {}: {role}{reviewer}", user.login)
                }
            }
            .map_err(stdout_error)
        }
    }
}

/// A new login's password: typed twice at a terminal, or one line of standard input.
fn new_password(name: &str) -> Result<String> {
    let read = |prompt: &str| rpassword::prompt_password(prompt).map_err(|e| Error::io("the terminal", e));
    let password = if std::io::stdin().is_terminal() {
        let first = read(&format!("password for the new login {name}: "))?;
        if read("again: ")? != first {
            return Err(Error::invalid("password", "the two passwords differ; nothing was changed"));
        }
        first
    } else {
        let mut line = String::new();
        let read = std::io::stdin().read_line(&mut line).map_err(|e| Error::io("standard input", e))?;
        if read == 0 {
            return Err(Error::invalid("password", format!("\"{name}\" is a new login: give its password on standard input, or run this in a terminal")));
        }
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    if password.chars().count() < 8 {
        return Err(Error::invalid("password", "a password has at least 8 characters"));
    }
    Ok(password)
}
