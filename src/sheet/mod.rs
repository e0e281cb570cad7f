//! Bringing in what TSB already has: a spreadsheet with its own columns (a registration list
//! from ITU's system, in English, French or Spanish), read whatever its format (`read`), its
//! columns recognised or mapped (`mapping`), its names matched to the directory (`matching`),
//! and what an import of it would do (`plan`). The use cases that show the plan, carry it out
//! and undo it are `app::sheets`'; this module writes nothing.

pub mod dates;
pub mod mapping;
pub mod matching;
pub mod plan;
pub mod read;
