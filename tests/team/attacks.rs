//! The server's word, tried as a hostile client would: each role connects with the plain
//! PostgreSQL client (not through the app) and tries every table and every trick docs/team.md
//! says the server refuses. Each case asserts the refusal and that nothing changed.
//!
//! The matrix of tables and rights is read from the one declaration the grants are made from
//! (`model::TEAM_ACCESS`): a table added to the schema without its row fails here.

use cxo_review::model::{Columns, Rows, TeamRole, TEAM_ACCESS};
use postgres::error::SqlState;
use postgres::{Client, NoTls};

use super::{password, refused, Team};

/// The schema's tables, by name.
fn tables(client: &mut Client) -> Vec<String> {
    texts(client, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
}

/// The first column of every row of `sql`, as texts.
fn texts(client: &mut Client, sql: &str) -> Vec<String> {
    client.query(sql, &[]).unwrap().iter().map(|row| row.get(0)).collect()
}

/// Every table's content as the owner sees it, one digest per table, to prove that refused
/// attempts changed nothing.
fn fingerprint(owner: &mut Client) -> Vec<(String, String)> {
    tables(owner)
        .into_iter()
        .map(|table| {
            let digest: Option<String> = owner
                .query_one(&format!("SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM public.{table} t"), &[])
                .unwrap()
                .get(0);
            (table, digest.unwrap_or_default())
        })
        .collect()
}

fn owner(team: &Team) -> Client {
    Client::connect(&team.owner_url(), NoTls).unwrap()
}

fn login_of(team: &Team, role: TeamRole) -> &str {
    match role {
        TeamRole::Staff => &team.staff,
        TeamRole::Reviewer => &team.reviewer,
        TeamRole::Rapporteur => &team.rapporteur,
    }
}

/// The id of a reviewer, read as the owner.
fn reviewer_id(team: &Team, name: &str) -> i64 {
    owner(team).query_one("SELECT id FROM reviewer WHERE name = $1", &[&name]).unwrap().get(0)
}

fn signed_off(team: &Team) {
    let signed = team.cli(&team.url_as(&team.rapporteur), Some(&password(&team.rapporteur)), &["review", "sign-off", "--cycle", "1"], None);
    assert!(signed.status.success(), "the rapporteur signs off: {}", String::from_utf8_lossy(&signed.stderr));
}

fn drafted(team: &Team) {
    let drafted = team.cli(&team.url_as(&team.rapporteur), Some(&password(&team.rapporteur)), &["review", "draft", "--cycle", "1"], None);
    assert!(drafted.status.success(), "the rapporteur drafts: {}", String::from_utf8_lossy(&drafted.stderr));
    let proposals: i64 = owner(team).query_one("SELECT count(*) FROM improvement WHERE cycle_id = 1", &[]).unwrap().get(0);
    assert!(proposals > 0, "the demo's open cycle has objectives not met, so the draft has proposals");
}

#[test]
fn every_table_is_declared_and_each_role_holds_exactly_its_declared_rights() {
    let Some(team) = Team::new() else { return };
    let mut owner = owner(&team);
    let tables = tables(&mut owner);
    for table in &tables {
        assert!(TEAM_ACCESS.iter().any(|a| &a.table == table), "table {table} has no row in model::TEAM_ACCESS");
    }
    for access in TEAM_ACCESS {
        assert!(tables.iter().any(|t| t == access.table), "TEAM_ACCESS names {}, which the schema does not have", access.table);
        // Row-level security is on exactly where the declaration limits some role's rows.
        let limited = TeamRole::ALL.iter().any(|role| access.of(*role).rows != Rows::All);
        let secured: bool = owner
            .query_one("SELECT relrowsecurity FROM pg_class WHERE oid = $1::text::regclass", &[&format!("public.{}", access.table)])
            .unwrap()
            .get(0);
        assert_eq!(secured, limited, "{}: row-level security", access.table);
        let columns: Vec<String> = owner
            .query(
                "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
                &[&access.table],
            )
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect();
        for role in TeamRole::ALL {
            let group = format!("{}_{}", team.database, role.as_str());
            let grant = access.of(*role);
            let table = format!("public.{}", access.table);
            let has = |privilege: &str| -> bool {
                Client::connect(&team.owner_url(), NoTls)
                    .unwrap()
                    .query_one("SELECT has_table_privilege($1, $2, $3)", &[&group, &table, &privilege])
                    .unwrap()
                    .get(0)
            };
            let mut owner_for_columns = Client::connect(&team.owner_url(), NoTls).unwrap();
            let mut has_column = |column: &str, privilege: &str| -> bool {
                owner_for_columns
                    .query_one("SELECT has_column_privilege($1, $2, $3, $4)", &[&group, &table, &column, &privilege])
                    .unwrap()
                    .get(0)
            };
            let cell = format!("{} × {}", access.table, role.as_str());
            assert_eq!(has("INSERT"), grant.insert, "{cell}: INSERT");
            assert_eq!(has("DELETE"), grant.delete, "{cell}: DELETE");
            for never in ["TRUNCATE", "REFERENCES", "TRIGGER"] {
                assert!(!has(never), "{cell}: {never} is the owner's alone");
            }
            for column in &columns {
                assert_eq!(has_column(column, "SELECT"), grant.select.allows(column), "{cell}: SELECT ({column})");
                assert_eq!(has_column(column, "UPDATE"), grant.update.allows(column), "{cell}: UPDATE ({column})");
            }
        }
    }
    // Sequences: only those of tables a role inserts into, and the data version.
    for role in TeamRole::ALL {
        let group = format!("{}_{}", team.database, role.as_str());
        let usable: Vec<String> = owner
            .query(
                "SELECT c.relname::text FROM pg_class c WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace
                 AND CASE WHEN c.relkind = 'S' THEN has_sequence_privilege($1, c.oid, 'USAGE') ELSE false END ORDER BY 1",
                &[&group],
            )
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect();
        for sequence in usable {
            let owned_by: Option<String> = owner
                .query_one(
                    "SELECT t.relname::text FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
                     JOIN pg_class t ON t.oid = d.refobjid WHERE s.relname = $1 AND s.relnamespace = 'public'::regnamespace
                     AND d.refobjsubid > 0",
                    &[&sequence],
                )
                .ok()
                .map(|row| row.get(0));
            match owned_by {
                None => assert_eq!(sequence, "data_version", "{} may use sequence {sequence}", role.as_str()),
                Some(table) => assert!(
                    TEAM_ACCESS.iter().any(|a| a.table == table && a.of(*role).insert),
                    "{} may use {sequence} but not insert into {table}",
                    role.as_str()
                ),
            }
        }
    }
    // Nobody of the team creates anything in the schema.
    for role in TeamRole::ALL {
        let group = format!("{}_{}", team.database, role.as_str());
        let creates: bool = owner.query_one("SELECT has_schema_privilege($1, 'public', 'CREATE')", &[&group]).unwrap().get(0);
        assert!(!creates, "{} may create objects in the schema", role.as_str());
    }
}

#[test]
fn every_refused_statement_is_refused_by_the_server_and_changes_nothing() {
    let Some(team) = Team::new() else { return };
    let before = fingerprint(&mut owner(&team));
    let mut tried = 0;
    for role in TeamRole::ALL {
        let mut client = team.client_as(login_of(&team, *role));
        for access in TEAM_ACCESS {
            let grant = access.of(*role);
            let table = format!("public.{}", access.table);
            let mut attempts: Vec<String> = vec![format!("TRUNCATE {table}"), format!("TRUNCATE {table} CASCADE")];
            if !matches!(grant.select, Columns::All) {
                attempts.push(format!("SELECT * FROM {table}"));
            }
            if !grant.insert {
                attempts.push(format!("INSERT INTO {table} DEFAULT VALUES"));
            }
            if !matches!(grant.update, Columns::All) {
                // A column it may not update (with its own value: only the right is tried).
                let column: String = owner(&team)
                    .query_one(
                        "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1
                         AND NOT has_column_privilege($2, format('public.%I', table_name), column_name, 'UPDATE')
                         ORDER BY ordinal_position LIMIT 1",
                        &[&access.table, &format!("{}_{}", team.database, role.as_str())],
                    )
                    .unwrap()
                    .get(0);
                attempts.push(format!("UPDATE {table} SET {column} = {column}"));
            }
            if !grant.delete {
                attempts.push(format!("DELETE FROM {table}"));
            }
            for sql in attempts {
                let state = refused(client.batch_execute(&sql));
                assert_eq!(state, SqlState::INSUFFICIENT_PRIVILEGE, "{} ran `{sql}`", role.as_str());
                tried += 1;
            }
        }
    }
    assert!(tried > 200, "{tried} refused statements tried");
    assert_eq!(fingerprint(&mut owner(&team)), before, "a refused statement changed something");
}

#[test]
fn a_temporary_table_or_function_named_like_the_schemas_changes_nothing() {
    let Some(team) = Team::new() else { return };
    let me = reviewer_id(&team, "Delegate A (example)");
    let other = reviewer_id(&team, "Delegate B (example)");
    let before = fingerprint(&mut owner(&team));
    let mut reviewer = team.client_as(&team.reviewer);
    reviewer
        .batch_execute(&format!(
            "CREATE TEMP TABLE team_member (login text, role text, reviewer_id bigint);
             INSERT INTO team_member VALUES (current_user, 'reviewer', {other});
             CREATE TEMP TABLE review_cycle (id bigint, status text, name text);
             INSERT INTO review_cycle VALUES (1, 'signed_off', 'x'), (2, 'open', 'y');
             CREATE FUNCTION pg_temp.team_reviewer_id() RETURNS bigint LANGUAGE sql AS 'SELECT {other}::bigint';
             CREATE FUNCTION pg_temp.team_cycle_open(bigint) RETURNS boolean LANGUAGE sql AS 'SELECT true';"
        ))
        .unwrap();
    for search_path in ["pg_temp, public", "public", "pg_temp, pg_catalog, public"] {
        reviewer.batch_execute(&format!("SET search_path = {search_path}")).unwrap();
        let seen: Vec<i64> = reviewer
            .query("SELECT DISTINCT reviewer_id FROM public.score WHERE cycle_id = 1", &[])
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect();
        assert_eq!(seen, vec![me], "search_path {search_path}: the reviewer sees only their own scores");
        let changed = reviewer.execute(&format!("UPDATE public.score SET level = 0, rationale = 'changed' WHERE reviewer_id = {other}"), &[]).unwrap();
        assert_eq!(changed, 0, "search_path {search_path}: another reviewer's score is out of reach");
        let seen: i64 = reviewer.query_one("SELECT count(*) FROM public.improvement", &[]).unwrap().get(0);
        assert_eq!(seen, 0);
    }
    // Nothing can be put in the schema itself to stand in for its functions.
    for sql in [
        "CREATE FUNCTION public.team_reviewer_id2() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint'",
        "CREATE TABLE public.team_member2 (login text)",
        "CREATE OR REPLACE FUNCTION public.team_reviewer_id() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint'",
    ] {
        assert_eq!(refused(reviewer.batch_execute(sql)), SqlState::INSUFFICIENT_PRIVILEGE, "{sql}");
    }
    drop(reviewer);
    assert_eq!(fingerprint(&mut owner(&team)), before);

    // Once signed off, a temporary "open" cycle does not reopen it.
    signed_off(&team);
    let before = fingerprint(&mut owner(&team));
    for login in [&team.reviewer, &team.rapporteur] {
        let mut client = team.client_as(login);
        client
            .batch_execute(
                "CREATE TEMP TABLE review_cycle (id bigint, status text, name text);
                 INSERT INTO review_cycle VALUES (1, 'open', 'x');
                 CREATE FUNCTION pg_temp.team_cycle_open(bigint) RETURNS boolean LANGUAGE sql AS 'SELECT true';
                 SET search_path = pg_temp, public;",
            )
            .unwrap();
        match client.execute("UPDATE public.score SET level = 0, rationale = 'changed' WHERE cycle_id = 1", &[]) {
            Ok(changed) => assert_eq!(changed, 0, "{login}"),
            Err(e) => assert_eq!(e.code(), Some(&SqlState::INSUFFICIENT_PRIVILEGE), "{login}: {e}"),
        }
    }
    assert_eq!(fingerprint(&mut owner(&team)), before, "a signed-off cycle's scores stay as signed");
}

#[test]
fn signed_off_is_final_for_the_cycle_and_all_it_holds_whoever_connects() {
    let Some(team) = Team::new() else { return };
    drafted(&team);
    signed_off(&team);
    let before = fingerprint(&mut owner(&team));
    let objective: i64 = owner(&team).query_one("SELECT min(objective_id) FROM cycle_objective WHERE cycle_id = 1", &[]).unwrap().get(0);
    let attempts = [
        "DELETE FROM review_cycle WHERE id = 1".to_string(),
        "UPDATE review_cycle SET quorum = quorum + 1 WHERE id = 1".to_string(),
        "UPDATE review_cycle SET status = 'open', signed_off_at = NULL WHERE id = 1".to_string(),
        "DELETE FROM cycle_reviewer WHERE cycle_id = 1".to_string(),
        "DELETE FROM cycle_objective WHERE cycle_id = 1".to_string(),
        "INSERT INTO cycle_reviewer (cycle_id, reviewer_id) SELECT 1, id FROM reviewer WHERE id NOT IN (SELECT reviewer_id FROM cycle_reviewer WHERE cycle_id = 1) LIMIT 1".to_string(),
        "UPDATE improvement SET title = 'changed' WHERE cycle_id = 1".to_string(),
        "DELETE FROM improvement WHERE cycle_id = 1".to_string(),
        "DELETE FROM improvement_action_plan".to_string(),
        "DELETE FROM improvement_contribution".to_string(),
        format!("UPDATE objective SET title = 'changed' WHERE id = {objective}"),
        format!("DELETE FROM rubric_level WHERE objective_id = {objective}"),
        format!("INSERT INTO rubric_level (objective_id, level, label) VALUES ({objective}, 9, 'new')"),
        format!("DELETE FROM indicator WHERE objective_id = {objective}"),
        format!("DELETE FROM objective_action_plan WHERE objective_id = {objective}"),
        "UPDATE reviewer SET name = name || ' (renamed)' WHERE id IN (SELECT reviewer_id FROM cycle_reviewer WHERE cycle_id = 1)".to_string(),
        "UPDATE action_plan_item SET code = code || '0' WHERE id IN (SELECT action_plan_item_id FROM objective_action_plan)".to_string(),
        "DELETE FROM action_plan_item WHERE id IN (SELECT action_plan_item_id FROM objective_action_plan)".to_string(),
    ];
    let mut refusals = 0;
    for role in [TeamRole::Staff, TeamRole::Rapporteur] {
        let mut client = team.client_as(login_of(&team, role));
        for sql in &attempts {
            match client.execute(sql.as_str(), &[]) {
                // Rows a role cannot see or change are simply not there for it.
                Ok(0) => {}
                Ok(n) => panic!("{} changed {n} row(s) of a signed-off cycle with `{sql}`", role.as_str()),
                Err(e) => {
                    let code = e.code().cloned();
                    assert!(
                        code == Some(SqlState::INSUFFICIENT_PRIVILEGE) || code == Some(SqlState::FOREIGN_KEY_VIOLATION),
                        "{}: `{sql}`: {e}",
                        role.as_str()
                    );
                    refusals += 1;
                }
            }
        }
    }
    assert!(refusals >= attempts.len(), "staff, who may write these tables, are refused each: {refusals}");
    // The owner is refused too: the triggers hold for every login.
    let mut owner_client = owner(&team);
    for sql in ["DELETE FROM review_cycle WHERE id = 1", "UPDATE score SET level = 0 WHERE cycle_id = 1", "DELETE FROM score WHERE cycle_id = 1"] {
        assert_eq!(refused(owner_client.execute(sql, &[])), SqlState::INSUFFICIENT_PRIVILEGE, "{sql}");
    }
    assert_eq!(fingerprint(&mut owner(&team)), before, "nothing of the signed-off cycle changed");
    // And the cycle still exports, under its digest.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.json");
    let export = team.cli(&team.owner_url(), None, &["review", "summary", "--cycle", "1", "--format", "json", "--out", out.to_str().unwrap()], None);
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
}

#[test]
fn scores_are_never_deleted_as_a_side_effect_of_their_cycle() {
    let Some(team) = Team::new() else { return };
    let before = fingerprint(&mut owner(&team));
    let mut staff = team.client_as(&team.staff);
    for sql in [
        "DELETE FROM review_cycle WHERE id = 1",
        "DELETE FROM cycle_reviewer WHERE cycle_id = 1",
        "DELETE FROM cycle_objective WHERE cycle_id = 1",
    ] {
        assert_eq!(refused(staff.execute(sql, &[])), SqlState::FOREIGN_KEY_VIOLATION, "{sql}");
    }
    assert_eq!(fingerprint(&mut owner(&team)), before);
    // Through the app, staff are told why; the owner deletes the cycle, its scores kept in the trash.
    use cxo_review::app::{Opening, Session};
    use cxo_review::model::Kind;
    let mut session = Session::open_server(&team.url_as(&team.staff), Some(&password(&team.staff)), Opening::Existing).unwrap();
    let error = session.delete_record(Kind::Cycles, 1).unwrap_err();
    assert!(error.to_string().contains("permission denied for table score"), "{error}");
    assert_eq!(fingerprint(&mut owner(&team)), before);
    let mut session = Session::open_server(&team.owner_url(), None, Opening::Existing).unwrap();
    let deleted = session.delete_record(Kind::Cycles, 1).unwrap();
    let scores: i64 = owner(&team).query_one("SELECT count(*) FROM score", &[]).unwrap().get(0);
    assert_eq!(scores, 0);
    session.restore_from_trash(deleted.entry).unwrap();
    let scores: i64 = owner(&team).query_one("SELECT count(*) FROM score", &[]).unwrap().get(0);
    assert!(scores > 0, "restored with its scores");
}

#[test]
fn a_reviewer_reads_no_other_reviewers_words_before_sign_off_anywhere() {
    let Some(team) = Team::new() else { return };
    drafted(&team);
    let other = reviewer_id(&team, "Delegate B (example)");
    let words: Vec<String> = owner(&team)
        .query("SELECT rationale FROM score WHERE reviewer_id = $1 AND cycle_id = 1 AND length(rationale) > 20", &[&other])
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert!(!words.is_empty(), "the demo's second reviewer wrote rationales");
    let mut reviewer = team.client_as(&team.reviewer);
    for sql in ["SELECT count(*) FROM improvement", "SELECT count(*) FROM improvement_action_plan", "SELECT count(*) FROM improvement_contribution"] {
        let seen: i64 = reviewer.query_one(sql, &[]).unwrap().get(0);
        assert_eq!(seen, 0, "{sql}");
    }
    let seen: i64 = reviewer.query_one("SELECT count(*) FROM score WHERE reviewer_id = $1", &[&other]).unwrap().get(0);
    assert_eq!(seen, 0);
    let dir = tempfile::tempdir().unwrap();
    let url = team.url_as(&team.reviewer);
    let pw = password(&team.reviewer);
    for (args, file) in [
        (vec!["review", "summary", "--cycle", "1", "--format", "md"], "summary.md"),
        (vec!["review", "summary", "--cycle", "1", "--format", "json"], "summary.json"),
        (vec!["export", "json"], "all.json"),
    ] {
        let out = dir.path().join(file);
        let mut args = args.clone();
        args.extend(["--out", out.to_str().unwrap()]);
        let output = team.cli(&url, Some(&pw), &args, None);
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        let text = std::fs::read_to_string(&out).unwrap();
        for said in &words {
            assert!(!text.contains(said.as_str()), "{file} quotes another reviewer before sign-off: {said}");
        }
    }
    // Once signed off, they read them.
    signed_off(&team);
    let seen: i64 = reviewer.query_one("SELECT count(*) FROM improvement", &[]).unwrap().get(0);
    assert!(seen > 0);
}

#[test]
fn no_reviewer_can_stop_the_others_saving() {
    let Some(team) = Team::new() else { return };
    let mut reviewer = team.client_as(&team.reviewer);
    for sql in ["INSERT INTO stale_meeting VALUES (1)", "INSERT INTO stale_organization VALUES (1)", "DELETE FROM stale_meeting"] {
        assert_eq!(refused(reviewer.batch_execute(sql)), SqlState::INSUFFICIENT_PRIVILEGE, "{sql}");
    }
    // Marks left by another program's write (staff with psql, committed without recounting)
    // do not stop a reviewer's or the rapporteur's save.
    let mut staff = team.client_as(&team.staff);
    staff.batch_execute("INSERT INTO stale_meeting SELECT id FROM meeting LIMIT 1").unwrap();
    let mut session = cxo_review::app::Session::open_server(
        &team.url_as(&team.reviewer),
        Some(&password(&team.reviewer)),
        cxo_review::app::Opening::Existing,
    )
    .unwrap();
    let scores = session.cycle_scores(1).unwrap();
    let mine = scores.iter().find(|s| s.data.reviewer == "Delegate A (example)").expect("the demo's reviewer scored").clone();
    let mut changed = mine.data.clone();
    changed.rationale = format!("{} (saved again)", changed.rationale);
    session.save_score(Some(mine.id), &changed).unwrap_or_else(|e| panic!("the reviewer saves: {e}"));
    // The rapporteur drafts (writes proposals) as well.
    drafted(&team);
    let marks: i64 = owner(&team).query_one("SELECT count(*) FROM stale_meeting", &[]).unwrap().get(0);
    assert_eq!(marks, 1, "the marks wait for a login that recounts");
    // The next staff write recounts them.
    use cxo_review::app::RecordKind;
    let mut staff_app = cxo_review::app::Session::open_server(
        &team.url_as(&team.staff),
        Some(&password(&team.staff)),
        cxo_review::app::Opening::Existing,
    )
    .unwrap();
    let mut meeting = staff_app.records(RecordKind::Meetings, Some(1)).unwrap()[0].clone();
    let id = meeting["id"].as_i64().unwrap();
    meeting["venue"] = "Room 2 (example)".into();
    staff_app.update_record(RecordKind::Meetings, id, meeting).unwrap();
    let marks: i64 = owner(&team).query_one("SELECT count(*) FROM stale_meeting", &[]).unwrap().get(0);
    assert_eq!(marks, 0);
}

#[test]
fn review_package_bookkeeping_is_the_rapporteurs_and_only_moves_forward() {
    let Some(team) = Team::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    let issued = team.cli(
        &team.url_as(&team.rapporteur),
        Some(&password(&team.rapporteur)),
        &["review", "package", "issue", "--cycle", "1", "--out", dir.path().to_str().unwrap()],
        None,
    );
    assert!(issued.status.success(), "{}", String::from_utf8_lossy(&issued.stderr));
    let mut owner_client = owner(&team);
    let packages: Vec<(String, i64)> = owner_client
        .query("SELECT id, reviewer_id FROM review_package ORDER BY reviewer_id", &[])
        .unwrap()
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    assert!(packages.len() >= 2);
    let (first, second) = (&packages[0].0, &packages[1].0);
    // A return merged for the first package, as the merge records it.
    owner_client
        .execute("UPDATE review_package SET reviewer_key = 'key-of-a', last_return = issued_at WHERE id = $1", &[first])
        .unwrap();
    let before = fingerprint(&mut owner(&team));

    let mut staff = team.client_as(&team.staff);
    for sql in [
        format!("UPDATE review_package SET last_return = NULL WHERE id = '{first}'"),
        format!("UPDATE review_package SET reviewer_key = NULL WHERE id = '{first}'"),
        format!("INSERT INTO review_package (id, cycle_id, reviewer_id, issued_at, deadline, issued_scores) SELECT 'forged', cycle_id, reviewer_id, issued_at, deadline, issued_scores FROM review_package WHERE id = '{first}'"),
        format!("DELETE FROM review_package WHERE id = '{first}'"),
    ] {
        assert_eq!(refused(staff.batch_execute(&sql)), SqlState::INSUFFICIENT_PRIVILEGE, "staff: {sql}");
    }
    let mut rapporteur = team.client_as(&team.rapporteur);
    for (sql, state) in [
        (format!("UPDATE review_package SET last_return = NULL WHERE id = '{first}'"), SqlState::INSUFFICIENT_PRIVILEGE),
        (format!("UPDATE review_package SET reviewer_key = NULL WHERE id = '{first}'"), SqlState::INSUFFICIENT_PRIVILEGE),
        (format!("UPDATE review_package SET reviewer_key = 'key-of-b' WHERE id = '{first}'"), SqlState::INSUFFICIENT_PRIVILEGE),
        (format!("UPDATE review_package SET last_return = '2000-01-01T00:00:00Z' WHERE id = '{first}'"), SqlState::INSUFFICIENT_PRIVILEGE),
        // The first reviewer's key may not sign the second reviewer's returns.
        (format!("UPDATE review_package SET reviewer_key = 'key-of-a' WHERE id = '{second}'"), SqlState::INSUFFICIENT_PRIVILEGE),
        // A return dated before its package was issued, or in the future.
        (format!("UPDATE review_package SET last_return = '2000-01-01T00:00:00Z' WHERE id = '{second}'"), SqlState::CHECK_VIOLATION),
        (format!("UPDATE review_package SET last_return = '2999-01-01T00:00:00Z' WHERE id = '{second}'"), SqlState::CHECK_VIOLATION),
        (format!("UPDATE review_package SET deadline = '2999-01-01' WHERE id = '{second}'"), SqlState::INSUFFICIENT_PRIVILEGE),
        (format!("DELETE FROM review_package WHERE id = '{second}'"), SqlState::INSUFFICIENT_PRIVILEGE),
    ] {
        assert_eq!(refused(rapporteur.batch_execute(&sql)), state, "rapporteur: {sql}");
    }
    assert_eq!(fingerprint(&mut owner(&team)), before);
}

#[test]
fn who_deleted_and_who_changed_is_the_servers_word() {
    use cxo_review::app::{Opening, RecordKind, Session};
    let Some(team) = Team::new() else { return };
    // A reviewer may put only scores in the trash, and only under their own name.
    let mut reviewer = team.client_as(&team.reviewer);
    let state = refused(reviewer.batch_execute(
        "INSERT INTO trash (kind, label, records, deleted_at, deleted_by, fragment)
         VALUES ('meetings', 'meeting X', 1, '2020-01-01T00:00:00Z', 'anna', '{}')",
    ));
    assert_eq!(state, SqlState::INSUFFICIENT_PRIVILEGE);
    let fragment = r#"{"format":"cxo-review","version":1,"meetings":[{"key":"PLANTED-1","kind":"workshop","title":"Planted","start_date":"2024-01-01","end_date":"2024-01-01","venue":"Nowhere","status":"held","attendance_mode":"counts"}]}"#;
    reviewer
        .execute(
            "INSERT INTO trash (kind, label, records, deleted_at, deleted_by, fragment) VALUES ('scores', 'score', 1, '2020-01-01T00:00:00Z', 'anna', $1)",
            &[&fragment],
        )
        .unwrap();
    let mut owner_client = owner(&team);
    let row = owner_client.query_one("SELECT id, deleted_by, deleted_at FROM trash ORDER BY id DESC LIMIT 1", &[]).unwrap();
    let (entry, by, at): (i64, String, String) = (row.get(0), row.get(1), row.get(2));
    assert_eq!(by, team.reviewer, "the server names who deleted");
    assert_ne!(at, "2020-01-01T00:00:00Z", "and when");
    // Restoring it, as staff, brings back nothing it could not have held.
    let output = team.cli(&team.url_as(&team.staff), Some(&password(&team.staff)), &["trash", "restore", &entry.to_string()], None);
    assert!(!output.status.success(), "a planted entry is not restored");
    assert!(String::from_utf8_lossy(&output.stderr).contains("never keeps"), "{}", String::from_utf8_lossy(&output.stderr));
    let planted: i64 = owner_client.query_one("SELECT count(*) FROM meeting WHERE key = 'PLANTED-1'", &[]).unwrap().get(0);
    assert_eq!(planted, 0);
    // Nor another reviewer's score dressed as a merged one, which the rapporteur's rights reach.
    let fragment = r#"{"format":"cxo-review","version":1,"scores":[{"cycle":"Review 2025","reviewer":"Delegate B (example)","objective":"O1","level":0,"source_package":"made-up"}]}"#;
    reviewer
        .execute("INSERT INTO trash (kind, label, records, deleted_at, fragment) VALUES ('scores', 'score', 1, '', $1)", &[&fragment])
        .unwrap();
    let entry: i64 = owner_client.query_one("SELECT max(id) FROM trash", &[]).unwrap().get(0);
    let output = team.cli(&team.url_as(&team.rapporteur), Some(&password(&team.rapporteur)), &["trash", "restore", &entry.to_string()], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("holds a score of Delegate B (example)"), "{stderr}");

    // Another program's save raises the version and names its login, whatever it says itself;
    // a form loaded before it is refused, naming that login.
    let staff_app = Session::open_server(&team.url_as(&team.staff), Some(&password(&team.staff)), Opening::Existing).unwrap();
    let loaded = staff_app.records(RecordKind::Meetings, Some(1)).unwrap()[0].clone();
    let id = loaded["id"].as_i64().unwrap();
    let version = loaded["version"].as_i64().unwrap();
    let mut staff = team.client_as(&team.staff);
    staff
        .execute("UPDATE meeting SET venue = 'Elsewhere', version = 1, changed_by = 'anna', changed_at = '2000-01-01T00:00:00Z' WHERE id = $1", &[&id])
        .unwrap();
    let row = owner_client.query_one("SELECT version, changed_by, changed_at FROM meeting WHERE id = $1", &[&id]).unwrap();
    let (now_version, by, at): (i64, String, String) = (row.get(0), row.get(1), row.get(2));
    assert_eq!(now_version, version + 1, "raised by one, the client's value ignored");
    assert_eq!(by, team.staff);
    assert_ne!(at, "2000-01-01T00:00:00Z");
    // A statement that changes nothing raises nothing.
    staff.execute("UPDATE meeting SET version = version WHERE id = $1", &[&id]).unwrap();
    let unchanged: i64 = owner_client.query_one("SELECT version FROM meeting WHERE id = $1", &[&id]).unwrap().get(0);
    assert_eq!(unchanged, version + 1);
    let mut staff_app = staff_app;
    let mut mine = loaded.clone();
    mine["venue"] = "Room from the form".into();
    let error = staff_app.update_record(RecordKind::Meetings, id, mine).unwrap_err();
    assert!(matches!(error, cxo_review::Error::Conflict { .. }), "{error}");
    assert!(error.to_string().contains(&format!("changed by {}", team.staff)), "{error}");
    // The app's own save is one version too.
    let reloaded = staff_app.records(RecordKind::Meetings, Some(1)).unwrap()[0].clone();
    let mut mine = reloaded.clone();
    mine["venue"] = "Room from the form".into();
    staff_app.update_record(RecordKind::Meetings, id, mine).unwrap();
    let saved: i64 = owner_client.query_one("SELECT version FROM meeting WHERE id = $1", &[&id]).unwrap().get(0);
    assert_eq!(saved, reloaded["version"].as_i64().unwrap() + 1);
}

#[test]
fn team_init_quotes_names_and_refuses_one_too_long_before_changing_anything() {
    let Some(team) = Team::new() else { return };
    let mut admin = Client::connect(&format!("{}/postgres", team.server), NoTls).unwrap();
    let odd = format!("dollar$$db_{}", std::process::id());
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS \"{odd}\"")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE \"{odd}\"")).unwrap();
    let url = format!("{}/{}", team.server, odd.replace('$', "%24"));
    let output = team.cli(&url, None, &["team", "init"], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let groups: i64 = admin
        .query_one("SELECT count(*) FROM pg_roles WHERE rolname IN ($1, $2, $3)", &[
            &format!("{odd}_staff"),
            &format!("{odd}_reviewer"),
            &format!("{odd}_rapporteur"),
        ])
        .unwrap()
        .get(0);
    assert_eq!(groups, 3);

    let long = format!("long_{}_{}", std::process::id(), "x".repeat(60)).chars().take(58).collect::<String>();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {long}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {long}")).unwrap();
    let output = team.cli(&format!("{}/{long}", team.server), None, &["team", "init"], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("too long for a team"), "{stderr}");
    let mut blank = Client::connect(&format!("{}/{long}", team.server), NoTls).unwrap();
    let tables: i64 = blank.query_one("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &[]).unwrap().get(0);
    assert_eq!(tables, 0, "nothing was created");
}

/// A reviewer's offline machine: the CLI with its own key folder, no database.
fn offline(keys: &std::path::Path, args: &[&str]) -> std::process::Output {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cxo-review"))
        .env("CXO_REVIEW_KEYS", keys)
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

/// Issues a package of cycle 1 to Delegate A as the rapporteur; returns its path.
fn issue_to_delegate_a(team: &Team, dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let package = dir.join(name);
    let issued = team.cli(
        &team.url_as(&team.rapporteur),
        Some(&password(&team.rapporteur)),
        &["review", "package", "issue", "--cycle", "1", "--reviewer", "Delegate A (example)", "--out", package.to_str().unwrap()],
        None,
    );
    assert!(issued.status.success(), "{}", String::from_utf8_lossy(&issued.stderr));
    package
}

fn merge(team: &Team, file: &std::path::Path) -> std::process::Output {
    team.cli(&team.url_as(&team.rapporteur), Some(&password(&team.rapporteur)), &["review", "package", "merge", file.to_str().unwrap()], None)
}

#[test]
fn merging_returns_holds_the_package_and_the_scores_while_it_decides() {
    let Some(team) = Team::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let s = |p: &std::path::Path| p.to_str().unwrap().to_string();

    // A save during a merge: the reviewer's online save holds their score; the merge waits for
    // it, then sees it and reports the conflict instead of overwriting it.
    let package = issue_to_delegate_a(&team, dir.path(), "a.cxopkg");
    offline(&keys, &["review", "package", "score", &s(&package), "--objective", "O1", "--level", "1", "--rationale", "offline view"]);
    let returned = dir.path().join("a.cxoreturn");
    offline(&keys, &["review", "package", "return", &s(&package), "--out", &s(&returned)]);
    let mut reviewer = team.client_as(&team.reviewer);
    let mut online = reviewer.transaction().unwrap();
    online
        .execute(
            "UPDATE score SET level = 4, rationale = 'saved online during the merge'
             WHERE cycle_id = 1 AND objective_id = (SELECT id FROM objective WHERE code = 'O1')
               AND reviewer_id = (SELECT reviewer_id FROM team_member WHERE login = current_user)",
            &[],
        )
        .unwrap();
    let merged = std::thread::scope(|scope| {
        let merging = scope.spawn(|| merge(&team, &returned));
        std::thread::sleep(std::time::Duration::from_millis(1500));
        assert!(!merging.is_finished(), "the merge waits for the online save");
        online.commit().unwrap();
        merging.join().unwrap()
    });
    let stdout = String::from_utf8_lossy(&merged.stdout);
    assert!(merged.status.success(), "{}", String::from_utf8_lossy(&merged.stderr));
    assert!(stdout.contains("CONFLICT O1"), "{stdout}");
    let kept: String = owner(&team)
        .query_one(
            "SELECT rationale FROM score s JOIN objective o ON o.id = s.objective_id JOIN reviewer r ON r.id = s.reviewer_id
             WHERE s.cycle_id = 1 AND o.code = 'O1' AND r.name = 'Delegate A (example)'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(kept, "saved online during the merge");

    // Two returns of one package merged at the same moment, again and again: the newer always wins.
    for round in 0..4 {
        let package = issue_to_delegate_a(&team, dir.path(), &format!("r{round}.cxopkg"));
        let older = dir.path().join(format!("r{round}-older.cxoreturn"));
        let newer = dir.path().join(format!("r{round}-newer.cxoreturn"));
        offline(&keys, &["review", "package", "score", &s(&package), "--objective", "O2", "--level", "1", "--rationale", &format!("older {round}")]);
        offline(&keys, &["review", "package", "return", &s(&package), "--out", &s(&older)]);
        offline(&keys, &["review", "package", "score", &s(&package), "--objective", "O2", "--level", "3", "--rationale", &format!("newer {round}")]);
        offline(&keys, &["review", "package", "return", &s(&package), "--out", &s(&newer)]);
        let (a, b) = std::thread::scope(|scope| {
            let (first, second) = if round % 2 == 0 { (&older, &newer) } else { (&newer, &older) };
            let a = scope.spawn(|| merge(&team, first));
            let b = scope.spawn(|| merge(&team, second));
            (a.join().unwrap(), b.join().unwrap())
        });
        let outputs = if round % 2 == 0 { [a, b] } else { [b, a] };
        assert!(outputs[1].status.success(), "the newer return merges: {}", String::from_utf8_lossy(&outputs[1].stderr));
        let (level, rationale): (i64, String) = owner(&team)
            .query_one(
                "SELECT s.level, s.rationale FROM score s JOIN objective o ON o.id = s.objective_id JOIN reviewer r ON r.id = s.reviewer_id
                 WHERE s.cycle_id = 1 AND o.code = 'O2' AND r.name = 'Delegate A (example)'",
                &[],
            )
            .map(|row| (row.get(0), row.get(1)))
            .unwrap();
        assert_eq!((level, rationale.as_str()), (3, format!("newer {round}").as_str()), "round {round}");
    }
}

#[test]
fn a_score_saved_while_the_cycle_is_signed_off_is_in_its_digest_or_refused() {
    let Some(team) = Team::new() else { return };
    // A reviewer's save is under way (written, not yet committed) when the rapporteur signs off.
    let mut reviewer = team.client_as(&team.reviewer);
    let mut saving = reviewer.transaction().unwrap();
    saving
        .execute(
            "UPDATE score SET rationale = rationale || ' (last word)'
             WHERE cycle_id = 1 AND reviewer_id = (SELECT reviewer_id FROM team_member WHERE login = current_user)",
            &[],
        )
        .unwrap();
    let signed = std::thread::scope(|scope| {
        let signing = scope.spawn(|| {
            team.cli(&team.url_as(&team.rapporteur), Some(&password(&team.rapporteur)), &["review", "sign-off", "--cycle", "1"], None)
        });
        std::thread::sleep(std::time::Duration::from_millis(1500));
        if signing.is_finished() {
            let output = signing.join().unwrap();
            panic!("the sign-off did not wait for the save under way: {}", String::from_utf8_lossy(&output.stderr));
        }
        saving.commit().unwrap();
        signing.join().unwrap()
    });
    assert!(signed.status.success(), "{}", String::from_utf8_lossy(&signed.stderr));
    // The digest is the content's, the last word included: the summary exports, and check is clean.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.json");
    let export = team.cli(&team.owner_url(), None, &["review", "summary", "--cycle", "1", "--format", "json", "--out", out.to_str().unwrap()], None);
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    assert!(std::fs::read_to_string(&out).unwrap().contains("(last word)"));
    let check = team.cli(&team.owner_url(), None, &["check"], None);
    assert!(check.status.success(), "{}{}", String::from_utf8_lossy(&check.stdout), String::from_utf8_lossy(&check.stderr));
    // A save after the sign-off is refused.
    let mut reviewer = team.client_as(&team.reviewer);
    let changed = reviewer
        .execute("UPDATE score SET rationale = 'too late' WHERE cycle_id = 1 AND reviewer_id = (SELECT reviewer_id FROM team_member WHERE login = current_user)", &[])
        .unwrap();
    assert_eq!(changed, 0);
}

#[test]
fn a_cycle_is_signed_off_only_under_its_contents_digest_computed_alike_by_server_and_app() {
    let Some(team) = Team::new() else { return };
    let mut owner_client = owner(&team);
    // The server writes numbers and texts as the app's JSON does: floats at every edge of
    // Rust's layout, and texts with every kind of escape.
    let floats = [
        0.0, -0.0, 1.0, -0.5, 0.1, 0.3, 2.5, 100.0, 123.456, 1e-4, 1e-5, 1.5e-5, 1e-6, 1.25e-6, 1e-7, 1e15, 1e16, 1e17, 1.2345678901234567e20,
        123456789012345.6, 1234567890123456.7, -1e21,
        12345678901234567.0, 9007199254740993.0, 5e-324, 1.7976931348623157e308, 2.0 / 3.0, 75.25, 1e300,
    ];
    for value in floats {
        let server: String = owner_client.query_one("SELECT public.json_float($1::float8)", &[&value]).unwrap().get(0);
        assert_eq!(server, serde_json::to_string(&value).unwrap(), "{value:e}");
    }
    for text in ["plain", "tab\there", "quote \" and \\ backslash / slash", "\u{1}\u{1f}\u{7f}", "é ñ 中文 \u{2028} 🙂", "line\r\nbreak"] {
        let server: String = owner_client.query_one("SELECT public.json_string($1::text)", &[&text]).unwrap().get(0);
        assert_eq!(server, serde_json::to_string(text).unwrap(), "{text:?}");
    }

    // Awkward content in the cycle itself, then signed off through the app: the server
    // computes the same digest, or it would refuse.
    let indicators: Vec<i64> = owner_client
        .query(
            "SELECT i.id FROM indicator i JOIN cycle_objective co ON co.objective_id = i.objective_id WHERE co.cycle_id = 1 ORDER BY i.id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert!(indicators.len() >= 3, "the demo's objectives have indicators");
    for (id, target) in indicators.iter().zip([0.1, 1e-7, 1.2345678901234567e20, 75.25, 1e16, 2.0 / 3.0].iter().cycle()) {
        owner_client.execute("UPDATE indicator SET target = $2 WHERE id = $1", &[id, target]).unwrap();
    }
    owner_client
        .execute(
            "UPDATE score SET rationale = rationale || E' \\u0001 tab\\t \"q\" \\\\ é 🙂' WHERE id = (SELECT min(id) FROM score WHERE cycle_id = 1)",
            &[],
        )
        .unwrap();

    // A made-up digest is refused, whoever writes it, and nothing changes.
    let before = fingerprint(&mut owner(&team));
    for login in [&team.staff, &team.rapporteur] {
        let mut client = team.client_as(login);
        let state = refused(client.execute(
            "UPDATE review_cycle SET status = 'signed_off', signed_off_at = '2026-01-01T00:00:00Z', digest = 'sha256:made-up' WHERE id = 1",
            &[],
        ));
        assert_eq!(state, SqlState::CHECK_VIOLATION, "{login}");        // This version's form is held to its content half, which the server computes.
        let zeros = "0".repeat(64);
        let state = refused(client.execute(
            &format!(
                "UPDATE review_cycle SET status = 'signed_off', signed_off_at = '2026-01-01T00:00:00Z', digest = 'v2:sha256:{zeros}:{zeros}' WHERE id = 1"
            ),
            &[],
        ));
        assert_eq!(state, SqlState::CHECK_VIOLATION, "{login}");
    }
    assert_eq!(fingerprint(&mut owner(&team)), before);

    signed_off(&team);
    let check = team.cli(&team.owner_url(), None, &["check"], None);
    assert!(check.status.success(), "{}{}", String::from_utf8_lossy(&check.stdout), String::from_utf8_lossy(&check.stderr));
}

#[test]
fn the_history_is_written_by_the_server_under_each_login_and_nobody_rewrites_it() {
    let Some(team) = Team::new() else { return };
    let mut owner_client = owner(&team);
    // A plain UPDATE from psql as staff is recorded under that login, whatever it claims.
    let mut staff = team.client_as(&team.staff);
    staff.batch_execute("SELECT set_config('cxo.cause', 'form', false)").unwrap();
    staff.batch_execute("UPDATE meeting SET venue = 'Bern' WHERE key = 'CTO-2025-06'").unwrap();
    let row = owner_client
        .query_one("SELECT who, cause, operation, changes FROM history WHERE record_key = 'CTO-2025-06' ORDER BY id DESC LIMIT 1", &[])
        .unwrap();
    let (who, cause, operation, changes): (String, String, String, String) = (row.get(0), row.get(1), row.get(2), row.get(3));
    assert_eq!((who.as_str(), operation.as_str()), (team.staff.as_str(), "update"));
    assert_eq!(cause, "form", "the cause is what the client says it does; who is the server's");
    assert!(changes.contains("Bern"), "{changes}");

    // No role inserts, changes, deletes or truncates an entry; nor can one call the writer.
    for role in TeamRole::ALL {
        let login = login_of(&team, *role);
        let mut client = team.client_as(login);
        for statement in [
            "INSERT INTO history (at, who, cause, kind, record_key, operation, changes) VALUES ('', 'x', 'form', 'meetings', 'M', 'insert', '{}')",
            "UPDATE history SET who = 'someone else'",
            "DELETE FROM history",
            "TRUNCATE history",
            "SELECT public.history_write('meetings', 'M', 'insert', '{}', NULL, NULL)",
        ] {
            let state = refused(client.batch_execute(statement));
            assert_eq!(state, SqlState::INSUFFICIENT_PRIVILEGE, "{role:?}: {statement}");
        }
    }
    // Not even the owner, while the server's triggers stand.
    for statement in ["UPDATE history SET who = 'someone else' WHERE id = 3", "DELETE FROM history WHERE id = 3", "TRUNCATE history"] {
        let state = refused(owner_client.batch_execute(statement));
        assert_eq!(state, SqlState::INSUFFICIENT_PRIVILEGE, "owner: {statement}");
    }
    let check = team.cli(&team.owner_url(), None, &["check"], None);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    assert!(String::from_utf8_lossy(&check.stdout).contains("\nhistory: "), "check prints the chain's head");

    // The owner can switch the guard off; the chain then names the entry edited, and `check`
    // exits 2. The same for an entry removed.
    let original: String = owner_client.query_one("SELECT who FROM history WHERE id = 5", &[]).unwrap().get(0);
    owner_client.batch_execute("ALTER TABLE history DISABLE TRIGGER history_kept; UPDATE history SET who = 'mallory' WHERE id = 5").unwrap();
    let check = team.cli(&team.owner_url(), None, &["check"], None);
    assert_eq!(check.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&check.stdout).contains("history entry 5 does not follow"), "{}", String::from_utf8_lossy(&check.stdout));
    owner_client.execute("UPDATE history SET who = $1 WHERE id = 5", &[&original]).unwrap();
    let check = team.cli(&team.owner_url(), None, &["check"], None);
    assert!(check.status.success(), "put back as it was, it checks out: {}", String::from_utf8_lossy(&check.stdout));
    owner_client.batch_execute("DELETE FROM history WHERE id = 7").unwrap();
    let check = team.cli(&team.owner_url(), None, &["check"], None);
    assert_eq!(check.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&check.stdout).contains("history entry 8 does not follow"), "{}", String::from_utf8_lossy(&check.stdout));
}

#[test]
fn a_reviewer_reads_no_other_reviewers_score_history_before_sign_off() {
    let Some(team) = Team::new() else { return };
    let mut reviewer = team.client_as(&team.reviewer);
    let visible: Vec<(String, String)> = reviewer
        .query("SELECT kind, record_key FROM history", &[])
        .unwrap()
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    assert!(!visible.is_empty(), "their own scores' history");
    assert!(visible.iter().all(|(kind, key)| kind == "scores" && key.ends_with("/ Delegate A (example)")), "{visible:?}");
    // The same through the product, as that login.
    let out = team.cli(&team.url_as(&team.reviewer), Some(&password(&team.reviewer)), &["history", "--format", "json"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(listed.as_array().unwrap().iter().all(|e| e["key"].as_str().unwrap().ends_with("/ Delegate A (example)")), "{listed}");
    // Once signed off, every reviewer's.
    signed_off(&team);
    let others: i64 = reviewer
        .query_one("SELECT count(*) FROM history WHERE kind = 'scores' AND record_key NOT LIKE '%/ Delegate A (example)'", &[])
        .unwrap()
        .get(0);
    assert!(others > 0);
}
