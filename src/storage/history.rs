//! The history, written by the database: the triggers that record every insert, update and
//! delete of a record, made for each record kind from its declaration (so that a kind cannot be
//! added without its history), on both engines; the cause of the write under way; the chaining
//! of a file's new entries before each commit; and the reads of the history and its chain.
//!
//! What an entry means, and the hash, are `model::history`'s; this module does not know who
//! reads the history or how it is shown.

use std::ops::ControlFlow;

use super::db::{params, Connection, Row};
use super::Store;
use crate::error::{Error, Result};
use crate::model::history::{check_chain, entry_hash, Activity, ChainCheck, ChainHead, HistoryEntry, HistoryQuery, KindCount, WriteCause};
use crate::model::{with_kind, Kind};
use crate::storage::Entity;

/// On a file, what every entry takes from the write under way (`history_context`, joined as
/// `c` by [`CONTEXT`]): when, by the database's clock; who and why, or "outside" when another
/// program writes.
const STAMP: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coalesce(c.who, 'outside CxO Review'), coalesce(c.cause, 'outside')";
const CONTEXT: &str = "FROM (SELECT 1) LEFT JOIN history_context c ON c.id = 1";

/// The columns no entry lists: the record's id and its version stamp, which change with every
/// save and say nothing the entry does not say itself.
const UNLISTED: &[&str] = &["id", "version", "changed_by", "changed_at"];

/// A column holding another record's id, listed as that record's natural key: the field's
/// name in entries, and the key read from its table (`{}` is the id).
fn reference(column: &str) -> Option<(&'static str, &'static str)> {
    Some(match column {
        "meeting_id" => ("meeting", "(SELECT x.key FROM {s}meeting x WHERE x.id = {})"),
        "person_id" => ("person", "(SELECT x.name FROM {s}person x WHERE x.id = {})"),
        "organization_id" => ("organization", "(SELECT x.name FROM {s}organization x WHERE x.id = {})"),
        "contribution_id" => ("contribution", "(SELECT x.symbol FROM {s}contribution x WHERE x.id = {})"),
        "cycle_id" => ("cycle", "(SELECT x.name FROM {s}review_cycle x WHERE x.id = {})"),
        "objective_id" => ("objective", "(SELECT x.code FROM {s}objective x WHERE x.id = {})"),
        "reviewer_id" => ("reviewer", "(SELECT x.name FROM {s}reviewer x WHERE x.id = {})"),
        _ => return None,
    })
}

/// A reference column's key, or `#id` when the record it names is gone (a cascade from its
/// deletion: the parent row is deleted before its children's triggers run).
fn referenced(column: &str, row: &str, schema: &str) -> String {
    match reference(column) {
        Some((field, sql)) => {
            let lookup = sql.replace("{s}", schema).replace("{}", &format!("{row}.{column}"));
            format!("coalesce({lookup}, '{field} #' || {row}.{column})")
        }
        None => format!("{row}.{column}"),
    }
}

/// Each kind's natural key, as users name its records, over the row `R` (its columns, and the
/// keys of the records it names). A `match` without a wildcard: a new kind must say its key.
fn natural_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Organizations | Kind::People | Kind::Reviewers | Kind::Cycles => "R.name",
        Kind::Meetings => "R.key",
        Kind::Attendance => "{meeting_id} || ' / ' || {person_id}",
        Kind::Counts => "{meeting_id} || ' / ' || R.region_code",
        Kind::Priorities => "{meeting_id} || ' / ' || R.rank",
        Kind::Decisions | Kind::Actions => "{meeting_id} || ' / ' || substr(R.text, 1, 60)",
        Kind::Contributions => "R.symbol",
        Kind::ActionPlan | Kind::Objectives => "R.code",
        Kind::Proposals => "{contribution_id} || ' / ' || R.seq",
        Kind::Scores => "{cycle_id} || ' / ' || {objective_id} || ' / ' || {reviewer_id}",
        Kind::Improvements => "{cycle_id} || ' / ' || R.title",
    }
}

/// The table each kind's records are in.
pub(crate) fn table_of(kind: Kind) -> &'static str {
    with_kind!(kind, E => <E as Entity>::TABLE)
}

/// `natural_key(kind)` over the row `row` (`NEW`, `OLD`).
fn key_sql(kind: Kind, row: &str, schema: &str) -> String {
    let mut sql = natural_key(kind).replace("R.", &format!("{row}."));
    for column in ["meeting_id", "person_id", "contribution_id", "cycle_id", "objective_id", "reviewer_id"] {
        sql = sql.replace(&format!("{{{column}}}"), &referenced(column, row, schema));
    }
    sql
}

/// A listed column: its field name in entries and its value over the row `row`.
struct Listed {
    field: String,
    column: String,
    boolean: bool,
}

impl Listed {
    fn value(&self, row: &str, schema: &str) -> String {
        match reference(&self.column) {
            Some(_) => referenced(&self.column, row, schema),
            // Booleans as 0 and 1 on both engines, as SQLite stores them.
            None if self.boolean => format!("{row}.{}::int", self.column),
            None => format!("{row}.{}", self.column),
        }
    }
}

/// The listed columns of `table`, in the table's order, read from the live schema.
fn listed_columns(conn: &Connection, table: &str) -> Result<Vec<Listed>> {
    let columns: Vec<(String, bool)> = match conn.sqlite() {
        Some(sqlite) => {
            let mut stmt = sqlite.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
            let names = stmt.query_map([table], |row| row.get::<_, String>(0))?;
            names.map(|name| name.map(|n| (n, false))).collect::<rusqlite::Result<_>>()?
        }
        None => {
            let mut stmt = conn.prepare(
                "SELECT column_name::text, data_type = 'boolean' FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = ?1 ORDER BY ordinal_position",
            )?;
            let rows = stmt.query_map(params![table], |row: &Row<'_>| Ok((row.get::<String>(0)?, row.get::<bool>(1)?)))?;
            rows.collect::<super::db::Result<_>>()?
        }
    };
    Ok(columns
        .into_iter()
        .filter(|(column, _)| !UNLISTED.contains(&column.as_str()))
        .map(|(column, boolean)| {
            let field = reference(&column).map_or(column.clone(), |(field, _)| field.to_string());
            Listed { field, column, boolean }
        })
        .collect())
}

/// The `reviewer` and `cycle_id` of a score's entry (who may read it on a team database), as
/// SQL over the row `row`; NULL for other kinds.
fn score_scope(kind: Kind, row: &str, schema: &str) -> (String, String) {
    match kind {
        Kind::Scores => (referenced("reviewer_id", row, schema), format!("{row}.cycle_id")),
        _ => ("NULL".into(), "NULL".into()),
    }
}

/// A list of a record kept in a table of its own (a score's evidence, a cycle's reviewers…):
/// a change of one of its rows is a change of that field of the record, recorded as an update
/// of the record with the whole list before and after, as the record lists it.
struct Part {
    table: &'static str,
    kind: Kind,
    /// The column holding the record's id.
    parent: &'static str,
    /// The record's field the rows make up.
    field: &'static str,
    /// An item as the record lists it: one value (`""` as its name), or an object of named
    /// values; SQL over the row `{r}`, tables of the schema `{s}`.
    item: &'static [(&'static str, &'static str)],
    /// The order the record lists its items in, over `{r}`.
    order: &'static str,
}

/// The referenced record's key, or `#id` for one that is gone.
macro_rules! named {
    ($table:literal, $column:literal, $key:literal) => {
        concat!("coalesce((SELECT x.", $key, " FROM {s}", $table, " x WHERE x.id = {r}.", $column, "), '#' || {r}.", $column, ")")
    };
}

/// Every record list kept in a table of its own. `kinds::tests` and the test of this module
/// check that each list a record type has is here.
const PARTS: &[Part] = &[
    Part {
        table: "indicator",
        kind: Kind::Objectives,
        parent: "objective_id",
        field: "indicators",
        item: &[("metric", "{r}.metric"), ("comparison", "{r}.comparison"), ("target", "{r}.target")],
        order: "{r}.id",
    },
    Part {
        table: "rubric_level",
        kind: Kind::Objectives,
        parent: "objective_id",
        field: "rubric",
        item: &[("level", "{r}.level"), ("label", "{r}.label")],
        order: "{r}.level",
    },
    Part {
        table: "objective_action_plan",
        kind: Kind::Objectives,
        parent: "objective_id",
        field: "action_plan",
        item: &[("", named!("action_plan_item", "action_plan_item_id", "code"))],
        order: "{r}.action_plan_item_id",
    },
    Part {
        table: "contribution_source",
        kind: Kind::Contributions,
        parent: "contribution_id",
        field: "sources",
        item: &[("", named!("organization", "organization_id", "name"))],
        order: "{r}.organization_id",
    },
    Part {
        table: "proposal_objective",
        kind: Kind::Proposals,
        parent: "proposal_id",
        field: "objectives",
        item: &[("", named!("objective", "objective_id", "code"))],
        order: "{r}.objective_id",
    },
    Part {
        table: "cycle_objective",
        kind: Kind::Cycles,
        parent: "cycle_id",
        field: "objectives",
        item: &[("", named!("objective", "objective_id", "code"))],
        order: "{r}.objective_id",
    },
    Part {
        table: "cycle_reviewer",
        kind: Kind::Cycles,
        parent: "cycle_id",
        field: "reviewers",
        item: &[("", named!("reviewer", "reviewer_id", "name"))],
        order: "{r}.reviewer_id",
    },
    Part {
        table: "score_evidence",
        kind: Kind::Scores,
        parent: "score_id",
        field: "evidence",
        item: &[("kind", "{r}.kind"), ("reference", "{r}.reference")],
        order: "{r}.kind || ' ' || {r}.reference",
    },
    Part {
        table: "improvement_action_plan",
        kind: Kind::Improvements,
        parent: "improvement_id",
        field: "action_plan",
        item: &[("", named!("action_plan_item", "action_plan_item_id", "code"))],
        order: "{r}.action_plan_item_id",
    },
    Part {
        table: "improvement_contribution",
        kind: Kind::Improvements,
        parent: "improvement_id",
        field: "contributions",
        item: &[("", named!("contribution", "contribution_id", "symbol"))],
        order: "{r}.contribution_id",
    },
];

/// The record lists the history records through [`PARTS`]: each kind and field.
#[cfg(test)]
pub(crate) fn listed_parts() -> impl Iterator<Item = (Kind, &'static str)> {
    PARTS.iter().map(|part| (part.kind, part.field))
}

/// The engine a part's SQL is made for.
#[derive(Clone, Copy, PartialEq)]
enum Engine {
    Sqlite,
    Postgres,
}

impl Part {
    fn schema(engine: Engine) -> &'static str {
        match engine {
            Engine::Sqlite => "",
            Engine::Postgres => "public.",
        }
    }

    /// `template` over the row `row`.
    fn over(template: &str, row: &str, engine: Engine) -> String {
        template.replace("{r}", row).replace("{s}", Part::schema(engine))
    }

    /// The item of row `row` as JSON: text on a file (a list is made with `json()` of it), `json`
    /// on a server.
    fn item_json(&self, row: &str, engine: Engine) -> String {
        match (self.item, engine) {
            ([("", value)], Engine::Sqlite) => format!("json_quote({})", Part::over(value, row, engine)),
            ([("", value)], Engine::Postgres) => format!("to_json({})", Part::over(value, row, engine)),
            (fields, _) => {
                let pairs: Vec<String> =
                    fields.iter().map(|(name, value)| format!("'{name}', {}", Part::over(value, row, engine))).collect();
                let function = if engine == Engine::Sqlite { "json_object" } else { "json_build_object" };
                format!("{function}({})", pairs.join(", "))
            }
        }
    }

    /// The record's list as it stands, as a JSON array, with the item of row `except` left out
    /// and that of row `extra` put in: the list before an insert (`except` NEW), a delete
    /// (`extra` OLD) or an update (both); as it stands after any of them with neither.
    fn list(&self, parent_row: &str, except: Option<&str>, extra: Option<&str>, engine: Engine) -> String {
        let (table, parent, s) = (self.table, self.parent, Part::schema(engine));
        let text = |json: String| if engine == Engine::Sqlite { json } else { format!("({json})::text") };
        let mut rows = format!(
            "SELECT {} AS i, {} AS o FROM {s}{table} r WHERE r.{parent} = {parent_row}.{parent}",
            self.item_json("r", engine),
            Part::over(self.order, "r", engine)
        );
        if let Some(except) = except {
            // `IS NOT` on a file: a sqlite3 shell older than `IS DISTINCT FROM` still reads the schema.
            let distinct = if engine == Engine::Sqlite { "IS NOT" } else { "IS DISTINCT FROM" };
            rows.push_str(&format!(
                " AND {} {distinct} {}",
                text(self.item_json("r", engine)),
                text(self.item_json(except, engine))
            ));
        }
        if let Some(extra) = extra {
            rows.push_str(&format!(" UNION ALL SELECT {}, {}", self.item_json(extra, engine), Part::over(self.order, extra, engine)));
        }
        match engine {
            Engine::Sqlite => format!("(SELECT json_group_array(json(i)) FROM (SELECT i, o FROM ({rows}) ORDER BY o))"),
            Engine::Postgres => format!("(SELECT coalesce(json_agg(i ORDER BY o), '[]'::json) FROM ({rows}) x)"),
        }
    }

    /// SQL over the record the row `row` belongs to, `P`.
    fn of_parent(&self, sql: &str, row: &str, engine: Engine) -> String {
        if sql == "NULL" {
            return sql.to_string();
        }
        format!("(SELECT {sql} FROM {}{} P WHERE P.id = {row}.{})", Part::schema(engine), table_of(self.kind), self.parent)
    }

    /// The record's key, and who may read a score's entry, over the row `row`.
    fn parent_key_and_scope(&self, row: &str, engine: Engine) -> (String, String, String) {
        let s = Part::schema(engine);
        let (reviewer, cycle) = score_scope(self.kind, "P", s);
        (
            self.of_parent(&key_sql(self.kind, "P", s), row, engine),
            self.of_parent(&reviewer, row, engine),
            self.of_parent(&cycle, row, engine),
        )
    }
}

/// Makes (again) every kind's history triggers on a file, from the live schema: after every
/// migration, as the type guards are.
pub(crate) fn install_sqlite(conn: &Connection) -> Result<()> {
    let sqlite = conn.sqlite().ok_or_else(|| Error::Internal("SQLite triggers on a server".into()))?;
    let old: Vec<String> = {
        let mut stmt = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'history\\_%\\_%' ESCAPE '\\'")?;
        let names = stmt.query_map([], |row| row.get(0))?;
        names.collect::<rusqlite::Result<_>>()?
    };
    // `history_kept` and `history_sealed` (one underscore) are the migration's, not these.
    let mut sql: String = old.iter().map(|name| format!("DROP TRIGGER \"{name}\";\n")).collect();
    let head = format!(
        "INSERT INTO history (at, who, cause, detail, batch, kind, record_key, operation, changes, reviewer, cycle_id)
            SELECT {STAMP}, coalesce(c.detail, ''), coalesce(c.batch, ''),"
    );
    for &kind in Kind::ALL {
        let table = table_of(kind);
        let listed = listed_columns(conn, table)?;
        let pairs = |old: bool, new: bool| -> String {
            listed
                .iter()
                .map(|l| {
                    let o = if old { l.value("OLD", "") } else { "NULL".into() };
                    let n = if new { l.value("NEW", "") } else { "NULL".into() };
                    format!("SELECT '{}' AS f, {o} AS o, {n} AS n", l.field)
                })
                .collect::<Vec<_>>()
                .join(" UNION ALL ")
        };
        let changes = |old: bool, new: bool| {
            format!(
                "(SELECT coalesce(json_group_object(f, json_array(o, n)), '{{}}') FROM ({}) WHERE o IS NOT n)",
                pairs(old, new)
            )
        };
        let kind_name = kind.as_str();
        let (reviewer_new, cycle_new) = score_scope(kind, "NEW", "");
        let (reviewer_old, cycle_old) = score_scope(kind, "OLD", "");
        let changed = listed.iter().map(|l| format!("OLD.{0} IS NOT NEW.{0}", l.column)).collect::<Vec<_>>().join(" OR ");
        sql.push_str(&format!(
            "CREATE TRIGGER history_{table}_insert AFTER INSERT ON {table} BEGIN {head} '{kind_name}', {}, 'insert', {}, {reviewer_new}, {cycle_new} {CONTEXT}; END;\n",
            key_sql(kind, "NEW", ""),
            changes(false, true),
        ));
        sql.push_str(&format!(
            "CREATE TRIGGER history_{table}_update AFTER UPDATE ON {table} WHEN {changed} BEGIN {head} '{kind_name}', {}, 'update', {}, {reviewer_new}, {cycle_new} {CONTEXT}; END;\n",
            key_sql(kind, "NEW", ""),
            changes(true, true),
        ));
        sql.push_str(&format!(
            "CREATE TRIGGER history_{table}_delete AFTER DELETE ON {table} BEGIN {head} '{kind_name}', {}, 'delete', {}, {reviewer_old}, {cycle_old} {CONTEXT}; END;\n",
            key_sql(kind, "OLD", ""),
            changes(true, false),
        ));
    }
    for part in PARTS {
        let (table, kind_name, parent) = (part.table, part.kind.as_str(), part.parent);
        let parent_table = table_of(part.kind);
        // (operation, the row that names the record, the list before, after)
        let cases = [
            ("insert", "NEW", part.list("NEW", Some("NEW"), None, Engine::Sqlite)),
            ("update", "NEW", part.list("NEW", Some("NEW"), Some("OLD"), Engine::Sqlite)),
            ("delete", "OLD", part.list("OLD", None, Some("OLD"), Engine::Sqlite)),
        ];
        for (operation, row, before) in cases {
            let after = part.list(row, None, None, Engine::Sqlite);
            let (key, reviewer, cycle) = part.parent_key_and_scope(row, Engine::Sqlite);
            // A row deleted with its record (a cascade) changes no record that is left.
            sql.push_str(&format!(
                "CREATE TRIGGER history_{table}_{operation} AFTER {} ON {table}
                    WHEN EXISTS (SELECT 1 FROM {parent_table} WHERE id = {row}.{parent})
                 BEGIN {head} '{kind_name}', {key}, 'update',
                    json_object('{field}', json_array(json({before}), json({after}))), {reviewer}, {cycle} {CONTEXT}; END;\n",
                operation.to_uppercase(),
                field = part.field,
            ));
        }
    }
    sqlite.execute_batch(&sql)?;
    Ok(())
}

/// Makes (again) every kind's history trigger on a server, from the live schema: one function
/// per table, which hands the entry to `history_write` (the chain, the login, the time).
pub(crate) fn install_postgres(conn: &Connection) -> Result<()> {
    let mut sql = String::new();
    for &kind in Kind::ALL {
        let table = table_of(kind);
        let listed = listed_columns(conn, table)?;
        let values = |old: bool, new: bool| -> String {
            listed
                .iter()
                .enumerate()
                .map(|(n, l)| {
                    let o = if old { format!("to_json({})", l.value("OLD", "public.")) } else { "NULL::json".into() };
                    let v = if new { format!("to_json({})", l.value("NEW", "public.")) } else { "NULL::json".into() };
                    format!("({n}, '{}', {o}, {v})", l.field)
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let changes = |old: bool, new: bool| {
            format!(
                "SELECT coalesce(json_object_agg(f, json_build_array(o, n) ORDER BY i)::text, '{{}}') INTO v_changes
                 FROM (VALUES {}) v(i, f, o, n) WHERE o::text IS DISTINCT FROM n::text",
                values(old, new)
            )
        };
        let kind_name = kind.as_str();
        let (reviewer_new, cycle_new) = score_scope(kind, "NEW", "public.");
        let (reviewer_old, cycle_old) = score_scope(kind, "OLD", "public.");
        let (key_new, key_old) = (key_sql(kind, "NEW", "public."), key_sql(kind, "OLD", "public."));
        sql.push_str(&postgres_trigger(
            table,
            "DECLARE v_changes text;",
            &format!(
                "{};
                 PERFORM public.history_write('{kind_name}', {key_new}, 'insert', v_changes, {reviewer_new}, {cycle_new});",
                changes(false, true)
            ),
            &format!(
                "{};
                 IF v_changes <> '{{}}' THEN
                     PERFORM public.history_write('{kind_name}', {key_new}, 'update', v_changes, {reviewer_new}, {cycle_new});
                 END IF;",
                changes(true, true)
            ),
            &format!(
                "{};
                 PERFORM public.history_write('{kind_name}', {key_old}, 'delete', v_changes, {reviewer_old}, {cycle_old});",
                changes(true, false)
            ),
        ));
    }
    for part in PARTS {
        let (table, kind_name, parent) = (part.table, part.kind.as_str(), part.parent);
        let parent_table = table_of(part.kind);
        let branch = |row: &str, before: String| {
            let (key, reviewer, cycle) = part.parent_key_and_scope(row, Engine::Postgres);
            format!(
                "IF EXISTS (SELECT 1 FROM public.{parent_table} WHERE id = {row}.{parent}) THEN
                     PERFORM public.history_write('{kind_name}', {key}, 'update',
                         json_build_object('{field}', json_build_array({before}, {after}))::text, {reviewer}, {cycle});
                 END IF;",
                field = part.field,
                after = part.list(row, None, None, Engine::Postgres),
            )
        };
        sql.push_str(&postgres_trigger(
            table,
            "",
            &branch("NEW", part.list("NEW", Some("NEW"), None, Engine::Postgres)),
            &branch("NEW", part.list("NEW", Some("NEW"), Some("OLD"), Engine::Postgres)),
            &branch("OLD", part.list("OLD", None, Some("OLD"), Engine::Postgres)),
        ));
    }
    Ok(conn.execute_batch(&sql)?)
}

/// The history trigger of `table` on a server: a SECURITY DEFINER function (so that no role
/// needs a right on the history) running `insert`, `update` or `delete` for the operation, with
/// the declarations `declare`, and the trigger that calls it after each row's change.
fn postgres_trigger(table: &str, declare: &str, insert: &str, update: &str, delete: &str) -> String {
    format!(
        "CREATE OR REPLACE FUNCTION public.history_of_{table}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, public, pg_temp AS $fn$
         {declare}
         BEGIN
             IF TG_OP = 'INSERT' THEN
                 {insert}
                 RETURN NEW;
             ELSIF TG_OP = 'UPDATE' THEN
                 {update}
                 RETURN NEW;
             ELSE
                 {delete}
                 RETURN OLD;
             END IF;
         END
         $fn$;
         REVOKE ALL ON FUNCTION public.history_of_{table}() FROM PUBLIC;
         DROP TRIGGER IF EXISTS history ON public.{table};
         CREATE TRIGGER history AFTER INSERT OR UPDATE OR DELETE ON public.{table}
             FOR EACH ROW EXECUTE FUNCTION public.history_of_{table}();\n"
    )
}

/// Says what the write under way is doing, for the entries its changes make: on a file, in
/// `history_context` (cleared by [`finish_write`] before the commit); on a server, in the
/// transaction's own settings.
pub(crate) fn start_write(conn: &Connection, who: &str, cause: &WriteCause) -> Result<()> {
    match conn.sqlite() {
        Some(sqlite) => {
            sqlite
                .prepare_cached("INSERT OR REPLACE INTO history_context (id, who, cause, detail, batch) VALUES (1, ?1, ?2, ?3, ?4)")?
                .execute(rusqlite::params![who, cause.cause.as_str(), cause.detail, cause.batch])?;
        }
        None => {
            conn.query_row(
                "SELECT set_config('cxo.cause', ?1, true), set_config('cxo.detail', ?2, true), set_config('cxo.batch', ?3, true)",
                params![cause.cause.as_str(), cause.detail, cause.batch],
                |_| Ok(()),
            )?;
        }
    }
    Ok(())
}

/// Before a file's commit: chains the entries not chained yet (this write's, and any another
/// program wrote since), and clears the write's context so that another program's next write
/// is recorded as from outside. A server chains each entry as it writes it.
pub(crate) fn finish_write(conn: &Connection) -> Result<()> {
    let Some(sqlite) = conn.sqlite() else { return Ok(()) };
    use rusqlite::OptionalExtension;
    // Entries are chained in id order, so those to chain follow the last chained one: read from
    // the end of the table, not by walking it (a year's history on every save).
    let (last, mut previous): (i64, String) = sqlite
        .prepare_cached("SELECT id, hash FROM history WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1")?
        .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?
        .unwrap_or((0, String::new()));
    let unchained: Vec<HistoryEntry> = {
        let mut stmt = conn.prepare_cached(&format!("{ENTRY_COLUMNS} FROM history WHERE id > ?1 AND hash IS NULL ORDER BY id"))?;
        let rows = stmt.query_map(params![last], entry)?;
        rows.collect::<super::db::Result<_>>()?
    };
    let mut seal = sqlite.prepare_cached("UPDATE history SET hash = ?2 WHERE id = ?1")?;
    for entry in &unchained {
        let hash = entry_hash(&previous, entry);
        seal.execute(rusqlite::params![entry.id, hash])?;
        previous = hash;
    }
    sqlite.prepare_cached("DELETE FROM history_context")?.execute([])?;
    Ok(())
}

const ENTRY_COLUMNS: &str = "SELECT id, at, who, cause, detail, batch, kind, record_key, operation, changes, hash";

/// The conditions of a [`HistoryQuery`], over the parameters `?1`–`?8` of [`filter_values`]: a
/// condition not given holds for every entry.
const FILTERS: &str = "(CAST(?1 AS TEXT) IS NULL OR kind = ?1) AND (CAST(?2 AS TEXT) IS NULL OR record_key = ?2)
    AND (CAST(?3 AS TEXT) IS NULL OR who = ?3) AND (CAST(?4 AS TEXT) IS NULL OR cause = ?4)
    AND (CAST(?5 AS TEXT) IS NULL OR batch = ?5)
    AND (CAST(?6 AS TEXT) IS NULL OR at >= ?6) AND (CAST(?7 AS TEXT) IS NULL OR at < ?7)
    AND (CAST(?8 AS TEXT) IS NULL OR record_key = ?8 OR substr(record_key, 1, length(?8) + 3) = ?8 || ' / ')";

/// The values of [`FILTERS`]' parameters: kind, key, login, cause, batch, the first day and the
/// day after the last (entries' times are full timestamps, `until` is a whole day), the key
/// whose records' entries are wanted with those under it.
fn filter_values(query: &HistoryQuery) -> [Option<String>; 8] {
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    [
        query.kind.clone(),
        query.key.clone(),
        query.by.clone(),
        query.cause.clone(),
        query.batch.clone(),
        query.since.map(day),
        query.until.and_then(|d| d.succ_opt()).map(day),
        query.under.clone(),
    ]
}

fn entry(row: &Row<'_>) -> super::db::Result<HistoryEntry> {
    Ok(HistoryEntry {
        id: row.get(0)?,
        at: row.get(1)?,
        who: row.get(2)?,
        cause: row.get(3)?,
        detail: row.get(4)?,
        batch: row.get(5)?,
        kind: row.get(6)?,
        key: row.get(7)?,
        operation: row.get(8)?,
        changes: row.get(9)?,
        hash: row.get(10)?,
        fields: Vec::new(),
    })
}

/// Brings `entry`, from the history of the document `source`, into this database's history as
/// an entry of the write under way (a copy, an import): its kind, key, operation and fields as
/// they were, its time, login and cause said in its detail (`SOURCE: form by ana at …`); who
/// and when are this database's, so that nobody can write an entry in another's name.
pub(crate) fn bring(conn: &Connection, entry: &HistoryEntry, source: &str) -> Result<()> {
    let detail = format!(
        "{source}: {} by {} at {}{}",
        entry.cause,
        entry.who,
        entry.at,
        if entry.detail.is_empty() { String::new() } else { format!(" ({})", entry.detail) }
    );
    // A score's reviewer, for who may read the entry on a team database.
    let reviewer = (entry.kind == Kind::Scores.as_str()).then(|| entry.key.rsplit(" / ").next().unwrap_or_default().to_string());
    match conn.sqlite() {
        Some(sqlite) => {
            sqlite
                .prepare_cached(&format!(
                    "INSERT INTO history (at, who, cause, detail, batch, kind, record_key, operation, changes, reviewer)
                     SELECT {STAMP}, ?1, ?2, ?3, ?4, ?5, ?6, ?7 {CONTEXT}"
                ))?
                .execute(rusqlite::params![detail, entry.batch, entry.kind, entry.key, entry.operation, entry.changes, reviewer])?;
        }
        None => {
            conn.query_row(
                "SELECT public.history_bring(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![entry.kind, entry.key, entry.operation, entry.changes, detail, entry.batch, reviewer],
                |_| Ok(()),
            )?;
        }
    }
    Ok(())
}

/// The ids of the records of `kind` whose natural key (as the history names them) is `key`.
pub(crate) fn ids_by_key(conn: &Connection, kind: Kind, key: &str) -> Result<Vec<i64>> {
    let schema = if conn.sqlite().is_some() { "" } else { "public." };
    let sql = format!("SELECT R.id FROM {} R WHERE {} = ?1 ORDER BY R.id", table_of(kind), key_sql(kind, "R", schema));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![key], |row| row.get::<i64>(0))?;
    Ok(rows.collect::<super::db::Result<_>>()?)
}

impl Store {
    /// Every entry, in order, when this login may read the whole history (a file; on a server,
    /// staff, the rapporteur and the owner); `None` for a reviewer, who reads only their own
    /// scores' and whose export therefore carries no history.
    pub fn whole_history(&self) -> Result<Option<Vec<HistoryEntry>>> {
        if let Some(user) = self.team_user()? {
            if user.role == Some(crate::model::TeamRole::Reviewer) {
                return Ok(None);
            }
        }
        self.entries_in_order().map(Some)
    }

    /// Every entry, in id order.
    fn entries_in_order(&self) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare(&format!("{ENTRY_COLUMNS} FROM history ORDER BY id"))?;
        let rows = stmt.query_map((), entry)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// `natural_key(kind)` over the row `R` of its table, as a query of this engine names the
    /// tables a key reads.
    fn key_over_row(&self, kind: Kind) -> String {
        key_sql(kind, "R", if self.conn.sqlite().is_some() { "" } else { "public." })
    }

    /// The natural key of record `id` of `kind`, as the history names it.
    pub fn key_of(&self, kind: Kind, id: i64) -> Result<String> {
        let sql = format!("SELECT {} FROM {} R WHERE R.id = ?1", self.key_over_row(kind), table_of(kind));
        Ok(self.conn.query_row(&sql, params![id], |row| row.get(0))?)
    }

    /// The ids of the records of `kind` whose natural key (as the history names them) is `key`.
    pub fn ids_by_key(&self, kind: Kind, key: &str) -> Result<Vec<i64>> {
        ids_by_key(&self.conn, kind, key)
    }

    /// The entries written after entry `id`, oldest first.
    pub fn entries_after(&self, id: i64) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare(&format!("{ENTRY_COLUMNS} FROM history WHERE id > ?1 ORDER BY id"))?;
        let rows = stmt.query_map(params![id], entry)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// The entries `query` asks for, newest first.
    pub fn history(&self, query: &HistoryQuery) -> Result<Vec<HistoryEntry>> {
        let sql = format!("{ENTRY_COLUMNS} FROM history WHERE {FILTERS} ORDER BY id DESC LIMIT ?9");
        let mut stmt = self.conn.prepare(&sql)?;
        let [kind, key, by, cause, batch, since, before, under] = filter_values(query);
        let limit = query.limit.unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![kind, key, by, cause, batch, since, before, under, limit], entry)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// The database's activity `query` asks for, newest first: at most `query.limit` lines, each
    /// a write outside a batch or a whole batch (an import). The matching entries are walked
    /// from the newest by id, reading only their batch and kind, until a line past the limit
    /// begins; then each line's newest entry is read whole.
    pub fn activity(&self, query: &HistoryQuery) -> Result<Vec<Activity>> {
        let limit = usize::try_from(query.limit.unwrap_or(200).max(1)).unwrap_or(usize::MAX);
        // Lines in order; a batch's line by its id, for entries of it met again later (two
        // writers' batches interleaved on a server).
        let mut lines: Vec<(i64, i64, Vec<KindCount>)> = Vec::new();
        let mut by_batch: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        {
            let sql = format!("SELECT id, batch, kind FROM history WHERE {FILTERS} ORDER BY id DESC");
            let mut stmt = self.conn.prepare(&sql)?;
            let [kind, key, by, cause, batch, since, before, under] = filter_values(query);
            stmt.for_each_while(params![kind, key, by, cause, batch, since, before, under], |row| {
                let (id, batch, kind): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
                let known = if batch.is_empty() { None } else { by_batch.get(&batch).copied() };
                let line = match known {
                    Some(line) => line,
                    None if lines.len() == limit => return Ok(ControlFlow::Break(())),
                    None => {
                        if !batch.is_empty() {
                            by_batch.insert(batch, lines.len());
                        }
                        lines.push((id, 0, Vec::new()));
                        lines.len() - 1
                    }
                };
                let (_, entries, kinds) = &mut lines[line];
                *entries += 1;
                match kinds.iter_mut().find(|k| k.kind == kind) {
                    Some(count) => count.entries += 1,
                    None => kinds.push(KindCount { kind, entries: 1 }),
                }
                Ok(ControlFlow::Continue(()))
            })?;
        }
        let mut latest = self.conn.prepare(&format!("{ENTRY_COLUMNS} FROM history WHERE id = ?1"))?;
        lines
            .into_iter()
            .map(|(id, entries, kinds)| {
                let latest = latest.query_row(params![id], entry)?;
                Ok(Activity { latest, entries, kinds })
            })
            .collect()
    }

    /// The end of the chain as it stands (the chained entries and the last one's hash), read
    /// without walking it: what a summary or a package records.
    pub fn history_head(&self) -> Result<ChainHead> {
        let (entries, hash): (i64, Option<String>) = self.conn.query_row(
            "SELECT (SELECT count(*) FROM history WHERE hash IS NOT NULL),
                    (SELECT hash FROM history WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1)",
            (),
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok(ChainHead { entries, hash: hash.unwrap_or_default() })
    }

    /// The whole chain walked from its first entry: its head, and the first entry that breaks it.
    pub fn check_history(&self) -> Result<ChainCheck> {
        Ok(check_chain(self.entries_in_order()?))
    }
}
