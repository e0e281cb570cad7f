//! CxO Review: the core of the tool with which ITU-T's TSB and TSAG reviewers track the CTO/CxO
//! process — executive meetings, Resolution 68 contributions, objectives, scores — and report
//! to TSAG.
//!
//! The front door is [`app::Session`]: one method per thing a user does. The CLI, the desktop
//! shell and the tests use it and the types it takes and returns ([`model`], [`error`] and the
//! re-exports in [`app`]); nothing outside the core reaches storage, SQL or a connection.
//!
//! Layers, each using only those before it (docs/architecture.md; `tests/architecture.rs`
//! keeps them so):
//!
//! 1. `error`, [`model`]: the records, their validation, the kinds, the facts analyses read and
//!    the metric catalogue. No SQL.
//! 2. `storage`: the database (a SQLite file, or a team database on PostgreSQL) and every SQL
//!    statement; one `Store` on either engine, whose connection (`storage::db`) is the seam a
//!    third engine would plug into.
//! 3. `agreement`, `stats`, `metrics`, `review`, `export`, `package`: pure computations and documents over
//!    data already loaded.
//! 4. [`app`] with `import`, `capture`, `records`, `check`, `demo`, `output`: the use cases.

pub mod app;
pub mod error;
pub mod i18n;
pub mod model;

mod agreement;
mod capture;
mod check;
mod demo;
mod export;
mod import;
mod metrics;
mod output;
mod package;
mod records;
mod review;
pub mod sheet;
mod stats;
mod storage;

pub use error::{Error, ErrorCode, ErrorReport, FieldError, Result, RowError};

#[cfg(test)]
mod testing;
