//! The team's roles on a PostgreSQL server (migrations/postgres/roles.sql): setting them up,
//! adding logins, and telling who the current login is.
//!
//! What this module does not know: what a role's limits mean to a user (the use cases and the
//! faces say that); it only asks the server, which enforces them.

use crate::storage::db::Connection;
use crate::storage::server::ServerAddress;
use crate::error::{Error, Result};
use crate::model::{Columns, TeamRole, TeamUser, TEAM_ACCESS};

const ROLES: &str = include_str!("../../../migrations/postgres/roles.sql");

/// The group role of `role` in `database`: roles are shared by the whole server, so each
/// database has its own three.
fn group(database: &str, role: TeamRole) -> String {
    format!("{database}_{}", role.as_str())
}

/// `name` as a quoted identifier.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// PostgreSQL cuts longer identifiers short, so two databases' groups could become one.
const LONGEST_NAME: usize = 63;

/// Refuses, before anything is changed, a database whose group roles' names would not fit.
pub(crate) fn check_names(address: &ServerAddress) -> Result<()> {
    let longest = group(&address.database, TeamRole::Rapporteur);
    if longest.len() > LONGEST_NAME {
        return Err(Error::invalid_because(
            "db",
            crate::msg!("invalid-team-name-too-long",
                name = &address.database,
                role = longest,
                longest = LONGEST_NAME,
                most = LONGEST_NAME - "_rapporteur".len()
            ),
        ));
    }
    Ok(())
}

/// Creates or refreshes the three group roles, their grants (from [`TEAM_ACCESS`]) and the
/// row-level policies.
pub(crate) fn set_up(conn: &Connection, address: &ServerAddress) -> Result<()> {
    check_names(address)?;
    let database = &address.database;
    let groups: Vec<(TeamRole, String)> = TeamRole::ALL.iter().map(|role| (*role, quoted(&group(database, *role)))).collect();
    let tx = conn.begin(crate::storage::db::Behavior::Immediate)?;
    let explain = |e| denied_or(e, address, "setting up the team's roles (run `team init` as the database's owner, with the right to create roles)");
    let undeclared = undeclared_tables(&tx)?;
    if !undeclared.is_empty() {
        return Err(Error::Internal(format!("no team access is declared for table(s) {}", undeclared.join(", "))));
    }
    for role in TeamRole::ALL {
        let name = group(database, *role);
        let exists: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?1)", [name.as_str()], |row| row.get(0))?;
        if !exists {
            tx.execute_batch(&format!("CREATE ROLE {} NOLOGIN", quoted(&name))).map_err(explain)?;
        }
    }
    tx.execute_batch(&grants(&tx, &quoted(database), &groups)?).map_err(explain)?;
    let mut policies = ROLES.to_string();
    for (role, name) in &groups {
        policies = policies.replace(&format!("{{{}}}", role.as_str()), name);
    }
    tx.execute_batch(&policies).map_err(explain)?;
    tx.commit()?;
    Ok(())
}

/// The tables of the schema that [`TEAM_ACCESS`] does not name.
pub(crate) fn undeclared_tables(conn: &Connection) -> Result<Vec<String>> {
    let mut tables = Vec::new();
    conn.prepare("SELECT CAST(tablename AS TEXT) FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY 1")?.for_each((), |row| {
        tables.push(row.get::<String>(0)?);
        Ok(())
    })?;
    tables.retain(|table| !TEAM_ACCESS.iter().any(|declared| declared.table == table));
    Ok(tables)
}

/// The grants of [`TEAM_ACCESS`], after taking every earlier one away, so that running this
/// again gives exactly what the declaration says.
fn grants(tx: &Connection, database: &str, groups: &[(TeamRole, String)]) -> Result<String> {
    let all = groups.iter().map(|(_, name)| name.as_str()).collect::<Vec<_>>().join(", ");
    let mut sql = format!(
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {all};
         REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {all};
         REVOKE CREATE ON SCHEMA public FROM PUBLIC, {all};
         GRANT USAGE ON SCHEMA public TO {all};
         GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {all};
         GRANT USAGE, SELECT ON SEQUENCE public.data_version TO {all};\n"
    );
    for access in TEAM_ACCESS {
        let table = format!("public.{}", quoted(access.table));
        // A new row's id comes from the table's own sequence.
        let sequences = sequences_of(tx, access.table)?;
        for (role, name) in groups {
            let grant = access.of(*role);
            let whole = |granted: bool| if granted { Columns::All } else { Columns::None };
            for (privilege, columns) in [
                ("SELECT", grant.select),
                ("INSERT", whole(grant.insert)),
                ("UPDATE", grant.update),
                ("DELETE", whole(grant.delete)),
            ] {
                match columns {
                    Columns::None => {}
                    Columns::All => sql.push_str(&format!("GRANT {privilege} ON {table} TO {name};\n")),
                    Columns::Only(list) => {
                        let list = list.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(", ");
                        sql.push_str(&format!("GRANT {privilege} ({list}) ON {table} TO {name};\n"));
                    }
                }
            }
            if grant.insert {
                for sequence in &sequences {
                    sql.push_str(&format!("GRANT USAGE ON SEQUENCE public.{} TO {name};\n", quoted(sequence)));
                }
            }
        }
    }
    Ok(sql)
}

/// The sequences that give `table`'s rows their ids.
fn sequences_of(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut found = Vec::new();
    conn.prepare_cached(
        "SELECT CAST(s.relname AS TEXT) FROM pg_catalog.pg_class s
         JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = s.oid
         JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
         WHERE s.relkind = 'S' AND t.relname = ?1 AND t.relnamespace = 'public'::regnamespace ORDER BY 1",
    )?
    .for_each([table], |row| {
        found.push(row.get::<String>(0)?);
        Ok(())
    })?;
    Ok(found)
}

/// Whether the team's group roles of this database exist (`team init` was run).
pub(crate) fn are_set_up(conn: &Connection, address: &ServerAddress) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?1)",
        [group(&address.database, TeamRole::Staff).as_str()],
        |row| row.get(0),
    )?)
}

/// Adds `login` to the team as `role`: a new login with `password`, or an existing one (its
/// password unchanged). Reviewers and the rapporteur score as the reviewer named `reviewer`.
/// Returns whether the login was created.
pub(crate) fn add_user(
    conn: &Connection,
    address: &ServerAddress,
    login: &str,
    role: TeamRole,
    password: Option<&str>,
    reviewer: Option<&str>,
) -> Result<bool> {
    let login = login.trim();
    if login.is_empty() || login.len() > 63 {
        return Err(Error::invalid_because("name", crate::msg!("invalid-login-length")));
    }
    let reviewer_id: Option<i64> = match reviewer {
        Some(name) => Some(
            conn.query_row("SELECT id FROM reviewer WHERE name = ?1", [name.trim()], |row| row.get(0))
                .map_err(|_| Error::invalid_because("reviewer", crate::msg!("invalid-unknown-reviewer-add", name = name.trim())))?,
        ),
        None => None,
    };
    ensure_may_manage(conn, address)?;
    let exists: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?1)", [login], |row| row.get(0))?;
    let tx = conn.begin(crate::storage::db::Behavior::Immediate)?;
    let create = match (exists, password) {
        (true, _) => None,
        (false, Some(password)) => Some(tx.query_row(
            "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(?1 AS TEXT), CAST(?2 AS TEXT))",
            [login, password],
            |row| row.get::<String>(0),
        )?),
        (false, None) => return Err(Error::invalid_because("password", crate::msg!("invalid-new-login-password", login = login))),
    };
    let explain = |e| denied_or(e, address, "adding a login (run `team add-user` as the database's owner, with the right to create roles)");
    if let Some(statement) = &create {
        tx.execute_batch(statement).map_err(explain)?;
    }
    set_group(&tx, address, login, Some(role)).map_err(explain)?;
    tx.execute(
        "INSERT INTO team_member (login, role, reviewer_id) VALUES (?1, ?2, ?3)
         ON CONFLICT (login) DO UPDATE SET role = excluded.role, reviewer_id = excluded.reviewer_id",
        crate::storage::db::params![login, role.as_str(), reviewer_id],
    )?;
    tx.commit()?;
    Ok(create.is_some())
}

/// Takes `login` out of the team: out of the three groups and the team list. Its login stays
/// on the server (it may serve other databases). Returns whether it was in the team.
pub(crate) fn remove_user(conn: &Connection, address: &ServerAddress, login: &str) -> Result<bool> {
    ensure_may_manage(conn, address)?;
    let tx = conn.begin(crate::storage::db::Behavior::Immediate)?;
    let listed = tx.execute("DELETE FROM team_member WHERE login = ?1", [login.trim()])?;
    let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?1)", [login.trim()], |row| row.get(0))?;
    if exists {
        set_group(&tx, address, login.trim(), None).map_err(|e| denied_or(e, address, "taking a login out of the team"))?;
    }
    tx.commit()?;
    Ok(listed > 0)
}

/// Refuses, before anything is asked or written, a login that cannot manage the team, and a
/// database whose team was never set up.
fn ensure_may_manage(conn: &Connection, address: &ServerAddress) -> Result<()> {
    let groups: i64 = conn.query_row(
        "SELECT count(*) FROM pg_roles WHERE rolname IN (?1, ?2, ?3)",
        [group(&address.database, TeamRole::Staff), group(&address.database, TeamRole::Reviewer), group(&address.database, TeamRole::Rapporteur)],
        |row| row.get(0),
    )?;
    if groups < 3 {
        return Err(Error::Precondition(crate::msg!("precondition-no-team", address = address.to_string())));
    }
    let may: bool = conn.query_row(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user",
        (),
        |row| row.get(0),
    )?;
    if !may {
        return Err(Error::Denied {
            user: address.user.clone(),
            reason: "managing the team's logins needs the right to create roles: run this as the database's owner".into(),
        });
    }
    Ok(())
}

/// Makes `login` a member of `role`'s group of this database and of no other (of none with
/// `None`).
fn set_group(conn: &Connection, address: &ServerAddress, login: &str, role: Option<TeamRole>) -> crate::storage::db::Result<()> {
    for group_role in TeamRole::ALL {
        let name = quoted(&group(&address.database, *group_role));
        let statement = if role == Some(*group_role) {
            format!("GRANT {name} TO {}", quoted(login))
        } else {
            format!("REVOKE {name} FROM {}", quoted(login))
        };
        conn.execute_batch(&statement)?;
    }
    Ok(())
}

/// The team's logins, by name.
pub(crate) fn members(conn: &Connection) -> Result<Vec<TeamUser>> {
    let mut stmt = conn.prepare(
        "SELECT t.login, t.role, r.name FROM team_member t LEFT JOIN reviewer r ON r.id = t.reviewer_id ORDER BY t.login",
    )?;
    let rows = stmt.query_map((), |row| {
        Ok(TeamUser { login: row.get(0)?, role: parse_role(row.get(1)?), reviewer: row.get(2)? })
    })?;
    Ok(rows.collect::<crate::storage::db::Result<_>>()?)
}

/// The current login, its role and reviewer.
pub(crate) fn current(conn: &Connection) -> Result<TeamUser> {
    let login: String = conn.query_row("SELECT CAST(current_user AS TEXT)", (), |row| row.get(0))?;
    let has_team: bool = conn.query_row("SELECT to_regclass('team_member') IS NOT NULL", (), |row| row.get(0))?;
    if !has_team {
        return Ok(TeamUser { login, role: None, reviewer: None });
    }
    let found = conn.query_row(
        "SELECT t.role, r.name FROM team_member t LEFT JOIN reviewer r ON r.id = t.reviewer_id WHERE t.login = ?1",
        [login.as_str()],
        |row| Ok((row.get::<String>(0)?, row.get::<Option<String>>(1)?)),
    );
    Ok(match found {
        Ok((role, reviewer)) => TeamUser { login, role: parse_role(role), reviewer },
        Err(_) => TeamUser { login, role: None, reviewer: None },
    })
}

/// Whether the current login may read the confidential columns (contact data, notes).
pub(crate) fn reads_confidential(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT has_column_privilege('meeting', 'notes', 'SELECT')", (), |row| row.get(0))?)
}

/// Whether the current login recomputes the kept aggregates (staff and the owner do; reviewers
/// and the rapporteur write nothing they count).
pub(crate) fn writes_aggregates(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT has_table_privilege('public.meeting_tally', 'INSERT')", (), |row| row.get(0))?)
}

fn parse_role(text: String) -> Option<TeamRole> {
    text.parse().ok()
}

/// A refusal of the server, said as what the user lacked.
fn denied_or(error: crate::storage::db::DbError, address: &ServerAddress, doing: &str) -> Error {
    if error.is_permission_denied() {
        Error::Denied { user: address.user.clone(), reason: format!("{doing}: {error}") }
    } else {
        Error::from(error)
    }
}
