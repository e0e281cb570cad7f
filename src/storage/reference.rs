//! The reference rows every database starts with, inserted from their one declaration: the
//! regions and membership categories of the model (`model::Region`, `model::Category`, with
//! their labels and Annex B's order) and the countries' list, on both engines by the same
//! statements. Migrations create the tables; they do not repeat the rows.

use super::db::{params, Connection};
use crate::error::Result;
use crate::model::{Category, Region};

/// The countries and the region each counts under: plain inserts, run as they are by both
/// engines.
const COUNTRIES: &str = include_str!("../../migrations/sqlite/0002_countries.sql");

/// Inserts the regions and categories that are missing (a database that has them keeps them).
pub(crate) fn insert_regions_and_categories(conn: &Connection) -> Result<()> {
    for (index, region) in Region::ALL.iter().enumerate() {
        conn.execute(
            "INSERT INTO region (code, name, sort_order) VALUES (?1, ?2, ?3) ON CONFLICT (code) DO NOTHING",
            params![region.as_str(), region.label(), index as i64 + 1],
        )?;
    }
    for (index, category) in Category::ALL.iter().enumerate() {
        conn.execute(
            "INSERT INTO membership_category (code, label, sort_order) VALUES (?1, ?2, ?3) ON CONFLICT (code) DO NOTHING",
            params![category.as_str(), category.label(), index as i64 + 1],
        )?;
    }
    Ok(())
}

/// The countries' list, for a blank team database (a file gets it from its migration 0002).
pub(crate) fn insert_countries(conn: &Connection) -> Result<()> {
    conn.execute_batch(COUNTRIES)?;
    Ok(())
}
