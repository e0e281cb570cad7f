//! Values of the wrong type in a file. SQLite stores what it is given whatever a column's
//! declared type (`UPDATE attendance_count SET participants = 'lots'` from the `sqlite3` shell
//! is accepted), and one such value used to stop every command that read its row. Here:
//! triggers, made from the live schema, that refuse such a write from any program; a scan that
//! names each stored one by table, row and column; and the repair that sets them aside.
//!
//! A team database needs none of this: PostgreSQL's columns refuse a value of another type.

use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, Result};

/// A stored value that is not of its column's type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WrongValue {
    pub table: String,
    /// The row: its rowid, or its primary key's values for a table without one.
    pub row: String,
    pub column: String,
    /// What the column holds (`integer`, `real`, `text`, `blob`).
    pub expected: &'static str,
    /// What was found there, and the value as SQL writes it (long ones cut).
    pub found: String,
    pub value: String,
}

impl std::fmt::Display for WrongValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} row {}, column {}: {} {} where the column holds {}",
            self.table,
            self.row,
            self.column,
            if self.found == "integer" { "an" } else { "a" },
            self.found,
            self.expected
        )?;
        write!(f, " ({})", self.value)
    }
}

/// A column of the schema and the storage class its values must have.
struct TypedColumn {
    name: String,
    expected: &'static str,
    not_null: bool,
    default: Option<String>,
}

/// The product's tables (SQLite's own left out).
fn tables(conn: &Connection) -> Result<Vec<(String, bool)>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn columns(conn: &Connection, table: &str) -> Result<(Vec<TypedColumn>, Vec<String>)> {
    let mut stmt = conn.prepare("SELECT name, upper(type), \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid")?;
    let mut typed = Vec::new();
    let mut key: Vec<(i64, String)> = Vec::new();
    let rows = stmt.query_map([table], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?, r.get::<_, Option<String>>(3)?, r.get::<_, i64>(4)?))
    })?;
    for row in rows {
        let (name, declared, not_null, default, pk) = row?;
        if pk > 0 {
            key.push((pk, name.clone()));
        }
        let expected = match declared.as_str() {
            "INTEGER" => "integer",
            "REAL" => "real",
            "TEXT" => "text",
            "BLOB" => "blob",
            _ => continue,
        };
        typed.push(TypedColumn { name, expected, not_null, default });
    }
    key.sort();
    Ok((typed, key.into_iter().map(|(_, name)| name).collect()))
}

/// The expression that names a row: its rowid, or its primary key's values for a table
/// without one.
fn row_key(without_rowid: bool, key: &[String]) -> String {
    if without_rowid {
        key.iter().map(|k| format!("quote({})", quoted(k))).collect::<Vec<_>>().join(" || ', ' || ")
    } else {
        "CAST(rowid AS TEXT)".to_string()
    }
}

fn drop_guards(conn: &Connection) -> Result<()> {
    let old: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'typed\\_%' ESCAPE '\\'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for name in old {
        conn.execute_batch(&format!("DROP TRIGGER {};", quoted(&name)))?;
    }
    Ok(())
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The triggers that refuse a value of the wrong type in any table, from any program: made
/// again from the live schema after every migration, so a new table gets them too.
pub(crate) fn guard_types(conn: &Connection) -> Result<()> {
    drop_guards(conn)?;
    let mut sql = String::new();
    for (table, _) in tables(conn)? {
        let (typed, _) = columns(conn, &table)?;
        // The history is written by the database's own triggers, one entry per change of a
        // record: a guard there would cost an import a third of its time again. A value of
        // the wrong type put there by another program breaks the chain, and `check` names it.
        if typed.is_empty() || table == "history" {
            continue;
        }
        let wrong = typed
            .iter()
            .map(|c| format!("typeof(NEW.{}) NOT IN ('{}', 'null')", quoted(&c.name), c.expected))
            .collect::<Vec<_>>()
            .join(" OR ");
        let message = format!("{table}: a value is not of its column's type").replace('\'', "''");
        for event in ["INSERT", "UPDATE"] {
            sql.push_str(&format!(
                "CREATE TRIGGER {} BEFORE {event} ON {} WHEN {wrong} BEGIN SELECT RAISE(ABORT, '{message}'); END;\n",
                quoted(&format!("typed_{table}_{}", event.to_lowercase())),
                quoted(&table),
            ));
        }
    }
    conn.execute_batch(&sql)?;
    Ok(())
}

/// Every stored value that is not of its column's type, table by table.
pub(crate) fn wrong_values(conn: &Connection) -> Result<Vec<WrongValue>> {
    let mut found = Vec::new();
    for (table, without_rowid) in tables(conn)? {
        let (typed, key) = columns(conn, &table)?;
        let row = row_key(without_rowid, &key);
        for column in &typed {
            let name = quoted(&column.name);
            let sql = format!(
                "SELECT {row}, typeof({name}), substr(quote({name}), 1, 60) FROM {} WHERE typeof({name}) NOT IN ('{}', 'null')",
                quoted(&table),
                column.expected
            );
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
            for row in rows {
                let (row, found_type, value) = row?;
                found.push(WrongValue {
                    table: table.clone(),
                    row,
                    column: column.name.clone(),
                    expected: column.expected,
                    found: found_type,
                    value,
                });
            }
        }
    }
    Ok(found)
}

/// Sets the wrong values aside: each is written to `kept` (a JSON file of them), then replaced
/// by what the column takes when nothing is given (NULL, or its default); a value in a column
/// with neither is left, and said. Returns one sentence per value.
pub(crate) fn quarantine(conn: &Connection, wrong: &[WrongValue], kept: &Path) -> Result<Vec<String>> {
    let text = serde_json::to_string_pretty(wrong)?;
    std::fs::write(kept, text).map_err(|e| Error::io(kept, e))?;
    // A row may hold two wrong values: the guards, which look at every column of a row, come
    // back once all are replaced.
    drop_guards(conn)?;
    let shapes = tables(conn)?;
    let mut said = Vec::new();
    for value in wrong {
        let without_rowid = shapes.iter().any(|(t, w)| *t == value.table && *w);
        let (typed, key) = columns(conn, &value.table)?;
        let Some(column) = typed.iter().find(|c| c.name == value.column) else { continue };
        // What the column takes when nothing is given: its default, NULL, or its type's zero
        // (a check of the schema may still refuse that: the value is then left, and said).
        let replacement = match (&column.default, column.not_null, column.expected) {
            (Some(default), _, _) => default.clone(),
            (None, false, _) => "NULL".to_string(),
            (None, true, "integer") => "0".to_string(),
            (None, true, "real") => "0.0".to_string(),
            (None, true, "text") => "''".to_string(),
            (None, true, _) => "x''".to_string(),
        };
        let name = quoted(&value.column);
        let replaced = conn.execute(
            &format!(
                "UPDATE {} SET {name} = {replacement} WHERE {} = ?1 AND typeof({name}) NOT IN ('{}', 'null')",
                quoted(&value.table),
                row_key(without_rowid, &key),
                column.expected
            ),
            [&value.row],
        );
        match replaced {
            Ok(_) => said.push(format!("{value}: set aside in {}, replaced by {replacement}", kept.display())),
            // A signed-off cycle's guard, or a check of the schema: the value stays, and is said.
            Err(e) => said.push(format!("{value}: left ({e}); correct it by hand")),
        }
    }
    guard_types(conn)?;
    Ok(said)
}
