//! Names a spreadsheet spelled otherwise, taken once as a record of the directory: kept so that
//! the next list spelling them so is matched at once (`sheet::matching`), and forgotten with
//! the import or merge that taught them.

use super::db::{params, Connection};
use super::{Store, Tx};
use crate::error::{Error, Result};
use crate::model::Kind;

/// The table of `kind`'s aliases and its column naming the record.
fn table(kind: Kind) -> Result<(&'static str, &'static str)> {
    match kind {
        Kind::Organizations => Ok(("organization_alias", "organization_id")),
        Kind::People => Ok(("person_alias", "person_id")),
        other => Err(Error::Internal(format!("{other} have no aliases"))),
    }
}

fn aliases(conn: &Connection, kind: Kind) -> Result<Vec<(String, i64)>> {
    let (table, column) = table(kind)?;
    let mut stmt = conn.prepare(&format!("SELECT name, {column} FROM {table} ORDER BY name"))?;
    let rows = stmt.query_map((), |row| Ok((row.get::<String>(0)?, row.get::<i64>(1)?)))?;
    Ok(rows.collect::<super::db::Result<_>>()?)
}

impl Store {
    /// Every alias of `kind`: the name as a sheet spelled it, and the record's id.
    pub fn aliases(&self, kind: Kind) -> Result<Vec<(String, i64)>> {
        aliases(&self.conn, kind)
    }
}

impl Tx<'_> {
    /// Remembers `name` as record `id` of `kind`, taught by `batch` (a name taught again points
    /// to its latest record).
    pub fn add_alias(&self, kind: Kind, name: &str, id: i64, batch: &str) -> Result<()> {
        let (table, column) = table(kind)?;
        self.conn.execute(
            &format!(
                "INSERT INTO {table} (name, {column}, batch) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET {column} = excluded.{column}, batch = excluded.batch"
            ),
            params![name.trim(), id, batch],
        )?;
        Ok(())
    }

    /// Forgets the aliases `batch` taught; returns how many.
    pub fn forget_aliases(&self, batch: &str) -> Result<usize> {
        let mut forgotten = 0;
        for kind in [Kind::Organizations, Kind::People] {
            let (table, _) = table(kind)?;
            forgotten += self.conn.execute(&format!("DELETE FROM {table} WHERE batch = ?1"), params![batch])?;
        }
        Ok(forgotten)
    }
}
