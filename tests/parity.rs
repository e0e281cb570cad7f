//! The two engines hold one schema: a new SQLite file and a new team database on PostgreSQL,
//! each made by `cxo-review init`, are read back from the live databases (SQLite's pragmas,
//! PostgreSQL's catalogs) and compared table by table — columns, types by the mapping below,
//! nullability, defaults, primary keys, uniques, foreign keys with their actions, check
//! constraints, indexes — and the kept aggregates are compared by their meaning: the same data
//! and the same changes, sent as plain SQL to each, give the same kept counts. A difference
//! fails naming the table and the column.
//!
//! Needs a PostgreSQL server (CXO_REVIEW_TEST_SERVER); skips loudly without one, and fails in
//! CI (tests/common/gate.rs).

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use postgres::{Client, NoTls};

#[path = "common/gate.rs"]
mod gate;

/// Tables only a team database has: its schema version and its logins (docs/team.md).
const SERVER_ONLY: &[&str] = &["cxo_review_schema", "team_member"];

/// A column's type as both engines store it. The mapping, SQLite's declared type → PostgreSQL's:
/// INTEGER ↔ bigint, or boolean (SQLite keeps 0/1; the storage layer reads both as integers);
/// TEXT ↔ text, or citext where SQLite says COLLATE NOCASE; REAL ↔ double precision; BLOB ↔ bytea.
/// A boolean is SQLite's INTEGER with a check that it is 0 or 1: PostgreSQL's type is that check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Type {
    Integer,
    Text { case_insensitive: bool },
    Real,
    Blob,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Column {
    kind: Type,
    not_null: bool,
    /// The default as written, without casts, outer parentheses or case (`false` reads `0`).
    default: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct ForeignKey {
    columns: Vec<String>,
    table: String,
    to: Vec<String>,
    on_update: String,
    on_delete: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Index {
    name: String,
    columns: Vec<String>,
    partial: bool,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Table {
    columns: BTreeMap<String, Column>,
    primary_key: Vec<String>,
    uniques: BTreeSet<Vec<String>>,
    foreign_keys: BTreeSet<ForeignKey>,
    /// Each check constraint, as the set of the table's columns it names.
    checks: Vec<BTreeSet<String>>,
    /// Indexes that are not uniques.
    indexes: BTreeSet<Index>,
}

type Schema = BTreeMap<String, Table>;

/// `x` without casts (`::text`), outer parentheses and case, `false`/`true` as `0`/`1`.
fn normal_default(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text.trim();
    while rest.starts_with('(') && rest.ends_with(')') {
        rest = rest[1..rest.len() - 1].trim();
    }
    let mut chars = rest.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if c == '\'' {
            in_string = !in_string;
            out.push(c);
        } else if !in_string && c == ':' && chars.peek() == Some(&':') {
            chars.next();
            while chars.peek().is_some_and(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '_') {
                chars.next();
            }
        } else {
            out.push(if in_string { c } else { c.to_ascii_lowercase() });
        }
    }
    match out.trim() {
        "false" => "0".to_string(),
        "true" => "1".to_string(),
        other => other.to_string(),
    }
}

/// The table's columns that `expression` names (identifiers outside strings and casts: a
/// column named `text` is not PostgreSQL's `'done'::text`).
fn columns_named(expression: &str, columns: &BTreeMap<String, Column>) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let mut word = String::new();
    let (mut in_string, mut after_cast, mut previous) = (false, false, ' ');
    for c in expression.chars().chain([' ']) {
        if c == '\'' {
            in_string = !in_string;
        }
        if !in_string && (c.is_ascii_alphanumeric() || c == '_') {
            if word.is_empty() {
                after_cast = previous == ':';
            }
            word.push(c.to_ascii_lowercase());
        } else {
            if !after_cast && columns.contains_key(&word) {
                named.insert(word.clone());
            }
            word.clear();
        }
        previous = c;
    }
    named
}

/// The text of each `CHECK (…)` in a SQLite table's definition.
fn sqlite_checks(sql: &str) -> Vec<String> {
    let mut checks = Vec::new();
    let bytes = sql.as_bytes();
    let upper = sql.to_ascii_uppercase();
    let mut from = 0;
    while let Some(at) = upper[from..].find("CHECK") {
        let start = from + at;
        from = start + 5;
        let before_ok = start == 0 || !(bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_');
        let Some(open) = sql[from..].find(|c: char| !c.is_whitespace()).map(|o| from + o) else { break };
        if !before_ok || bytes[open] != b'(' {
            continue;
        }
        let (mut depth, mut in_string, mut end) = (0, false, open);
        for (offset, c) in sql[open..].char_indices() {
            match c {
                '\'' => in_string = !in_string,
                '(' if !in_string => depth += 1,
                ')' if !in_string => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + offset;
                        break;
                    }
                }
                _ => {}
            }
        }
        checks.push(sql[open + 1..end].to_string());
        from = end;
    }
    checks
}

/// Whether the column's definition in a SQLite `CREATE TABLE` says `COLLATE NOCASE`.
fn sqlite_nocase(sql: &str, column: &str) -> bool {
    sql.lines().any(|line| {
        let line = line.trim().to_ascii_uppercase();
        line.split_whitespace().next() == Some(&column.to_ascii_uppercase()) && line.contains("COLLATE NOCASE")
    })
}

fn sqlite_schema(path: &std::path::Path) -> Schema {
    let conn = rusqlite::Connection::open(path).expect("the file opens");
    let mut schema = Schema::new();
    let tables: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (name, sql) in tables {
        let mut table = Table::default();
        let mut key: Vec<(i64, String)> = Vec::new();
        let mut stmt = conn.prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1)").unwrap();
        let rows = stmt
            .query_map([&name], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?, r.get::<_, Option<String>>(3)?, r.get::<_, i64>(4)?)))
            .unwrap();
        for row in rows {
            let (column, declared, not_null, default, pk) = row.unwrap();
            let kind = match declared.to_ascii_uppercase().as_str() {
                "INTEGER" => Type::Integer,
                "TEXT" => Type::Text { case_insensitive: sqlite_nocase(&sql, &column) },
                "REAL" => Type::Real,
                "BLOB" => Type::Blob,
                other => panic!("{name}.{column}: SQLite type {other} is not in the mapping"),
            };
            if pk > 0 {
                key.push((pk, column.clone()));
            }
            // A primary key's columns are not null on both engines (SQLite's INTEGER PRIMARY KEY
            // is the rowid, never null, though the pragma says otherwise).
            let not_null = not_null || pk > 0;
            table.columns.insert(column, Column { kind, not_null, default: default.as_deref().map(normal_default) });
        }
        key.sort();
        table.primary_key = key.into_iter().map(|(_, c)| c).collect();

        let mut stmt = conn.prepare("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)").unwrap();
        let indexes: Vec<(String, bool, String, bool)> =
            stmt.query_map([&name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(Result::unwrap).collect();
        for (index, unique, origin, partial) in indexes {
            let columns: Vec<String> = conn
                .prepare("SELECT coalesce(name, '<expression>') FROM pragma_index_info(?1) ORDER BY seqno")
                .unwrap()
                .query_map([&index], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            match (unique, origin.as_str()) {
                (_, "pk") => {}
                (true, _) => {
                    table.uniques.insert(columns);
                }
                (false, _) => {
                    table.indexes.insert(Index { name: index, columns, partial });
                }
            }
        }

        let mut stmt =
            conn.prepare("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?1) ORDER BY id, seq").unwrap();
        let mut keys: BTreeMap<i64, ForeignKey> = BTreeMap::new();
        let rows = stmt
            .query_map([&name], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(3)?, r.get::<_, String>(4)?, r.get::<_, String>(5)?))
            })
            .unwrap();
        for row in rows {
            let (id, to_table, from, to, on_update, on_delete) = row.unwrap();
            let key = keys.entry(id).or_insert_with(|| ForeignKey { columns: vec![], table: to_table, to: vec![], on_update, on_delete });
            key.columns.push(from);
            key.to.push(to.unwrap_or_else(|| "<primary key>".to_string()));
        }
        table.foreign_keys = keys.into_values().collect();
        table.checks = sqlite_checks(&sql).iter().map(|check| columns_named(check, &table.columns)).collect();
        table.checks.sort();
        schema.insert(name, table);
    }
    schema
}

fn postgres_schema(client: &mut Client) -> Schema {
    let mut schema = Schema::new();
    let columns = client
        .query(
            "SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.udt_name::text, c.is_nullable = 'NO', c.column_default::text
             FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'",
            &[],
        )
        .unwrap();
    let mut booleans = Vec::new();
    for row in columns {
        let (table, column, data_type, udt): (String, String, String, String) = (row.get(0), row.get(1), row.get(2), row.get(3));
        if data_type == "boolean" {
            booleans.push((table.clone(), column.clone()));
        }
        let kind = match (data_type.as_str(), udt.as_str()) {
            ("bigint" | "boolean", _) => Type::Integer,
            ("text", _) => Type::Text { case_insensitive: false },
            ("USER-DEFINED", "citext") => Type::Text { case_insensitive: true },
            ("double precision", _) => Type::Real,
            ("bytea", _) => Type::Blob,
            (other, udt) => panic!("{table}.{column}: PostgreSQL type {other} ({udt}) is not in the mapping"),
        };
        let default: Option<String> = row.get(5);
        schema
            .entry(table)
            .or_default()
            .columns
            .insert(column, Column { kind, not_null: row.get(4), default: default.as_deref().map(normal_default) });
    }

    // Constraints: primary keys, uniques, foreign keys and checks, columns in their order.
    let constraints = client
        .query(
            "SELECT rel.relname::text, con.contype::text,
                    ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i),
                    coalesce(ref.relname::text, ''),
                    ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i),
                    con.confupdtype::text, con.confdeltype::text, pg_get_constraintdef(con.oid)
             FROM pg_constraint con
             JOIN pg_class rel ON rel.oid = con.conrelid
             JOIN pg_namespace ns ON ns.oid = rel.relnamespace AND ns.nspname = current_schema()
             LEFT JOIN pg_class ref ON ref.oid = con.confrelid
             WHERE con.contype IN ('p', 'u', 'f', 'c')",
            &[],
        )
        .unwrap();
    let action = |code: &str| {
        match code {
            "a" => "NO ACTION",
            "r" => "RESTRICT",
            "c" => "CASCADE",
            "n" => "SET NULL",
            "d" => "SET DEFAULT",
            other => panic!("foreign key action {other}"),
        }
        .to_string()
    };
    for row in constraints {
        let name: String = row.get(0);
        let Some(table) = schema.get_mut(&name) else { continue };
        let columns: Vec<String> = row.get(2);
        match row.get::<_, String>(1).as_str() {
            "p" => table.primary_key = columns,
            "u" => {
                table.uniques.insert(columns);
            }
            "f" => {
                table.foreign_keys.insert(ForeignKey {
                    columns,
                    table: row.get(3),
                    to: row.get(4),
                    on_update: action(&row.get::<_, String>(5)),
                    on_delete: action(&row.get::<_, String>(6)),
                });
            }
            _ => {
                let definition: String = row.get(7);
                let named = columns_named(&definition, &table.columns);
                table.checks.push(named);
            }
        }
    }

    // Indexes that no constraint made: unique ones count as uniques.
    let indexes = client
        .query(
            "SELECT t.relname::text, i.relname::text, x.indisunique, x.indpred IS NOT NULL,
                    ARRAY(SELECT coalesce(a.attname::text, '<expression>') FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, o)
                          LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n ORDER BY k.o)
             FROM pg_index x
             JOIN pg_class i ON i.oid = x.indexrelid
             JOIN pg_class t ON t.oid = x.indrelid
             JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = current_schema()
             WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u'))",
            &[],
        )
        .unwrap();
    for row in indexes {
        let Some(table) = schema.get_mut(&row.get::<_, String>(0)) else { continue };
        let columns: Vec<String> = row.get(4);
        if row.get(2) {
            table.uniques.insert(columns);
        } else {
            table.indexes.insert(Index { name: row.get(1), columns, partial: row.get(3) });
        }
    }
    for (table, column) in booleans {
        if let Some(table) = schema.get_mut(&table) {
            table.checks.push(BTreeSet::from([column]));
        }
    }
    for table in schema.values_mut() {
        table.checks.sort();
    }
    schema
}

/// Every difference between the two schemas, one line each, naming the table and the column.
fn differences(sqlite: &Schema, postgres: &Schema) -> Vec<String> {
    let mut found = Vec::new();
    for name in sqlite.keys().chain(postgres.keys()).collect::<BTreeSet<_>>() {
        let (Some(a), Some(b)) = (sqlite.get(name), postgres.get(name)) else {
            if !SERVER_ONLY.contains(&name.as_str()) {
                let side = if sqlite.contains_key(name) { "SQLite" } else { "PostgreSQL" };
                found.push(format!("{name}: a table only {side} has"));
            }
            continue;
        };
        for column in a.columns.keys().chain(b.columns.keys()).collect::<BTreeSet<_>>() {
            match (a.columns.get(column), b.columns.get(column)) {
                (Some(x), Some(y)) if x != y => found.push(format!("{name}.{column}: SQLite {x:?}, PostgreSQL {y:?}")),
                (Some(_), None) => found.push(format!("{name}.{column}: a column only SQLite has")),
                (None, Some(_)) => found.push(format!("{name}.{column}: a column only PostgreSQL has")),
                _ => {}
            }
        }
        let mut compare = |what: &str, x: String, y: String| {
            if x != y {
                found.push(format!("{name}: {what} differ: SQLite {x}, PostgreSQL {y}"));
            }
        };
        compare("primary keys", format!("{:?}", a.primary_key), format!("{:?}", b.primary_key));
        compare("uniques", format!("{:?}", a.uniques), format!("{:?}", b.uniques));
        compare("foreign keys", format!("{:?}", a.foreign_keys), format!("{:?}", b.foreign_keys));
        compare("check constraints (by the columns each names)", format!("{:?}", a.checks), format!("{:?}", b.checks));
        compare("indexes", format!("{:?}", a.indexes), format!("{:?}", b.indexes));
    }
    found
}

/// A SQLite file and a database on the test server, each made by `cxo-review init`.
struct Pair {
    _dir: tempfile::TempDir,
    file: std::path::PathBuf,
    server_url: String,
}

impl Pair {
    fn new(name: &str) -> Option<Pair> {
        let superuser = gate::required(
            std::env::var("CXO_REVIEW_TEST_SERVER").ok(),
            "a PostgreSQL server (CXO_REVIEW_TEST_SERVER)",
            "export CXO_REVIEW_TEST_SERVER=$(bash scripts/postgres.sh start), or run scripts/test.sh",
        )?;
        let database = format!("parity_{name}_{}", std::process::id());
        let mut admin = Client::connect(&superuser, NoTls).expect("the test server");
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {database}")).unwrap();
        admin.batch_execute(&format!("CREATE DATABASE {database}")).unwrap();
        let server_url = format!("{}/{database}", superuser.rsplit_once('/').expect("a URL with a database").0);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("parity.sqlite");
        let pair = Pair { _dir: dir, file, server_url };
        pair.both(&["init"]);
        Some(pair)
    }

    /// Runs `cxo-review ARGS` on both databases; both must succeed.
    fn both(&self, args: &[&str]) {
        for db in [self.file.to_str().unwrap(), self.server_url.as_str()] {
            let output = Command::new(env!("CARGO_BIN_EXE_cxo-review")).arg("--db").arg(db).args(args).output().unwrap();
            assert!(output.status.success(), "{db}: cxo-review {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        }
    }

    fn sqlite(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.file).unwrap()
    }

    fn postgres(&self) -> Client {
        Client::connect(&self.server_url, NoTls).unwrap()
    }
}

#[test]
fn both_engines_have_one_schema() {
    let Some(pair) = Pair::new("schema") else { return };
    let sqlite = sqlite_schema(&pair.file);
    let postgres = postgres_schema(&mut pair.postgres());
    assert!(sqlite.len() > 30, "the SQLite schema was read: {} tables", sqlite.len());
    assert!(sqlite.values().map(|t| t.checks.len()).sum::<usize>() > 20, "its check constraints were read");
    assert!(postgres.values().map(|t| t.foreign_keys.len()).sum::<usize>() > 30, "PostgreSQL's foreign keys were read");
    let found = differences(&sqlite, &postgres);
    assert!(found.is_empty(), "the engines' schemas differ:\n{}", found.join("\n"));
}

#[test]
fn the_comparison_sees_a_difference_in_each_part() {
    // The comparison itself, attacked: each kind of drift is reported with its table.
    let Some(pair) = Pair::new("drift") else { return };
    let postgres = postgres_schema(&mut pair.postgres());
    let conn = pair.sqlite();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         DROP INDEX meeting_start; CREATE INDEX meeting_start ON meeting(end_date);
         ALTER TABLE decision ADD COLUMN note TEXT;",
    )
    .unwrap();
    drop(conn);
    let found = differences(&sqlite_schema(&pair.file), &postgres).join("\n");
    assert!(found.contains("meeting: indexes differ"), "{found}");
    assert!(found.contains("decision.note: a column only SQLite has"), "{found}");

    let mut server = pair.postgres();
    server
        .batch_execute(
            "ALTER TABLE action ALTER COLUMN text DROP NOT NULL;
             ALTER TABLE priority DROP CONSTRAINT priority_meeting_id_fkey;
             ALTER TABLE priority ADD FOREIGN KEY (meeting_id) REFERENCES meeting(id) ON DELETE RESTRICT;
             ALTER TABLE person ADD CHECK (length(name) < 500);",
        )
        .unwrap();
    let sqlite = sqlite_schema(&pair.file);
    let found = differences(&sqlite, &postgres_schema(&mut server)).join("\n");
    assert!(found.contains("action.text: SQLite"), "{found}");
    assert!(found.contains("priority: foreign keys differ"), "{found}");
    assert!(found.contains("person: check constraints"), "{found}");
}

/// Rows of the reference tables and the kept aggregates, read the same way on both engines:
/// natural keys instead of ids, and slots summed.
const KEPT: &[(&str, &str)] = &[
    ("region", "SELECT code, name, sort_order FROM region ORDER BY code"),
    ("membership_category", "SELECT code, label, sort_order FROM membership_category ORDER BY code"),
    ("country", "SELECT code, name, region_code FROM country ORDER BY code"),
    (
        "year_tally",
        "SELECT year, region_code, sum(participants), sum(executives) FROM year_tally
         GROUP BY year, region_code HAVING sum(participants) <> 0 OR sum(executives) <> 0 ORDER BY year, region_code",
    ),
    (
        "meeting_tally",
        "SELECT m.key, t.region_code, t.year, t.participants, t.executives FROM meeting_tally t
         JOIN meeting m ON m.id = t.meeting_id ORDER BY m.key, t.region_code",
    ),
    ("kept_count", "SELECT figure, year, sum(n) FROM kept_count GROUP BY figure, year HAVING sum(n) <> 0 ORDER BY figure, year"),
    (
        "organization_debut",
        "SELECT o.name, d.first_meeting, d.first_executive_meeting FROM organization_debut d
         JOIN organization o ON o.id = d.organization_id ORDER BY o.name",
    ),
];

fn sqlite_rows(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let width = stmt.column_count();
    stmt.query_map([], |row| {
        Ok((0..width)
            .map(|i| match row.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Null => "null".to_string(),
                rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                rusqlite::types::ValueRef::Real(x) => x.to_string(),
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                rusqlite::types::ValueRef::Blob(b) => format!("{b:?}"),
            })
            .collect::<Vec<_>>()
            .join(" | "))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn postgres_rows(client: &mut Client, sql: &str) -> Vec<String> {
    // The simple protocol sends every value as text, so that PostgreSQL's numeric sums and
    // SQLite's integers read alike.
    client
        .simple_query(sql)
        .unwrap()
        .into_iter()
        .filter_map(|message| match message {
            postgres::SimpleQueryMessage::Row(row) => {
                Some((0..row.len()).map(|i| row.get(i).unwrap_or("null").to_string()).collect::<Vec<_>>().join(" | "))
            }
            _ => None,
        })
        .collect()
}

/// Changes sent as plain SQL, the same text to both engines, that move every kept count: a
/// meeting moved to another year, attendance removed and added, a person moved to another
/// organization, an organization regrouped under another country, counts given to a meeting
/// without a roster, a meeting deleted.
const CHANGES: &[&str] = &[
    "UPDATE meeting SET start_date = '2019-03-04', end_date = '2019-03-05'
     WHERE id = (SELECT min(m.id) FROM meeting m WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id))",
    "DELETE FROM attendance WHERE id IN (SELECT id FROM attendance ORDER BY id LIMIT 3)",
    "UPDATE attendance SET executive = NOT executive WHERE id = (SELECT max(id) FROM attendance)",
    "UPDATE person SET organization_id = (SELECT max(id) FROM organization WHERE category <> 'secretariat')
     WHERE id = (SELECT min(person_id) FROM attendance)",
    "UPDATE organization SET country = 'KE' WHERE id = (SELECT min(id) FROM organization WHERE country IS NOT NULL AND country <> 'KE')",
    "UPDATE attendance_count SET participants = participants + 7
     WHERE meeting_id = (SELECT min(meeting_id) FROM attendance_count) AND region_code = 'EUR'",
    "DELETE FROM attendance_count WHERE meeting_id = (SELECT max(meeting_id) FROM attendance_count) AND region_code = 'AFR'",
    "DELETE FROM meeting WHERE id = (SELECT max(m.id) FROM meeting m WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id))",
];

#[test]
fn the_same_data_and_changes_give_the_same_kept_counts_on_both_engines() {
    let Some(pair) = Pair::new("kept") else { return };
    pair.both(&["demo"]);
    let sqlite = pair.sqlite();
    let mut server = pair.postgres();
    let compare = |step: &str, sqlite: &rusqlite::Connection, server: &mut Client| {
        for (table, sql) in KEPT {
            let (a, b) = (sqlite_rows(sqlite, sql), postgres_rows(server, sql));
            assert!(!a.is_empty(), "{table} has rows {step}");
            assert_eq!(a, b, "{table} differs between SQLite and PostgreSQL {step}");
        }
    };
    // Kept counts are brought up to date by a reader (the statistics), on both.
    pair.both(&["stats"]);
    compare("after the demo", &sqlite, &mut server);
    for change in CHANGES {
        let changed_here = sqlite.execute(change, []).unwrap();
        let changed_there = server.execute(*change, &[]).unwrap();
        assert_eq!((changed_here as u64, changed_here > 0), (changed_there, true), "{change}");
    }
    pair.both(&["stats"]);
    compare("after the changes", &sqlite, &mut server);
}
