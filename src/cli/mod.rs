//! The command groups of `cxo-review`. Each turns one group's commands into calls on the
//! core's [`Session`](cxo_review::app::Session) and prints the results; none touches storage.

pub mod analysis;
pub mod args;
pub mod database;
pub mod files;
pub mod packages;
pub mod records;
pub mod review;
pub mod table;
pub mod team;
pub mod trash;

use cxo_review::Error;

/// A failed write to standard output. Named so that `main` can tell a reader that stopped
/// early (`| head`, a broken pipe) from a real failure.
pub fn stdout_error(error: std::io::Error) -> Error {
    Error::io("standard output", error)
}
