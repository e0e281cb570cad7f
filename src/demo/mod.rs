//! The demo database a newcomer sees on first run: the four RG-IEM meetings of the report to
//! TSAG with their exact Annex B figures, the Resolution 68 base document and contributions,
//! default process objectives, the action plan AP1.1–AP5, CTO meetings with rosters and one
//! review cycle. People and organizations other than the real meetings' figures are invented
//! examples, and say so.

pub mod scale;

use crate::error::{Error, Result};
use crate::import::import_dataset;
use crate::storage::Store;

/// The demo data, in the whole-database export format.
pub const DEMO_JSON: &str = include_str!("demo.json");

/// Loads the demo data into an empty database; returns the number of records saved.
pub fn load(store: &mut Store) -> Result<usize> {
    if !store.is_empty()? {
        return Err(Error::Precondition(crate::msg!("precondition-demo-not-empty")));
    }
    import_dataset(store, DEMO_JSON, "demo data")
}
