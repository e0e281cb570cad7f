//! The lists a record keeps in tables of their own (a score's evidence, a cycle's reviewers, a
//! contribution's sources…), saved by their difference: the rows no longer listed are deleted,
//! the new ones inserted, the rest left alone. Each row deleted or inserted is a change of the
//! record that the history records (storage::history's parts), so a list saved unchanged
//! records nothing, and a list with one item added records that one change.

use super::db::{params, Connection};
use crate::error::Result;

/// Deletes each of `stored` that `wanted` does not hold and inserts each of `wanted` that
/// `stored` does not hold (once, however often it is wanted), deletions first.
pub(super) fn sync<T: PartialEq>(
    stored: Vec<T>,
    wanted: &[T],
    mut delete: impl FnMut(&T) -> Result<()>,
    mut insert: impl FnMut(&T) -> Result<()>,
) -> Result<()> {
    for item in stored.iter().filter(|item| !wanted.contains(item)) {
        delete(item)?;
    }
    for (n, item) in wanted.iter().enumerate() {
        if !stored.contains(item) && !wanted[..n].contains(item) {
            insert(item)?;
        }
    }
    Ok(())
}

/// Makes the ids in `column` of `table`'s rows of record `id` (in `parent`) exactly `wanted`.
pub(super) fn write_ids(conn: &Connection, table: &str, parent: &str, id: i64, column: &str, wanted: &[i64]) -> Result<()> {
    let stored: Vec<i64> = {
        let mut stmt = conn.prepare_cached(&format!("SELECT {column} FROM {table} WHERE {parent} = ?1"))?;
        let rows = stmt.query_map(params![id], |row| row.get::<i64>(0))?;
        rows.collect::<super::db::Result<_>>()?
    };
    let mut delete = conn.prepare_cached(&format!("DELETE FROM {table} WHERE {parent} = ?1 AND {column} = ?2"))?;
    let mut insert = conn.prepare_cached(&format!("INSERT INTO {table} ({parent}, {column}) VALUES (?1, ?2)"))?;
    sync(
        stored,
        wanted,
        |item| Ok(delete.execute(params![id, item]).map(|_| ())?),
        |item| Ok(insert.execute(params![id, item]).map(|_| ())?),
    )
}

#[cfg(test)]
mod tests {
    use super::sync;

    #[test]
    fn only_the_difference_is_deleted_and_inserted_once() {
        let (mut deleted, mut inserted) = (Vec::new(), Vec::new());
        sync(
            vec![1, 2, 3],
            &[3, 4, 4, 1],
            |i| {
                deleted.push(*i);
                Ok(())
            },
            |i| {
                inserted.push(*i);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!((deleted, inserted), (vec![2], vec![4]));
    }
}
