//! CxO Review: the core of the tool with which ITU-T's TSB and TSAG reviewers track the CTO/CxO
//! process — executive meetings, Resolution 68 contributions, objectives, scores — and report
//! to TSAG.
//!
//! Everything the CLI and the desktop app do goes through this library: [`model`] holds the
//! records, [`storage`] the SQLite file and all SQL, [`import`] and [`export`] the files,
//! [`stats`] the Annex B meeting statistics, [`metrics`] the indicators, [`agreement`] the
//! inter-rater agreement.

pub mod agreement;
pub mod app;
pub mod capture;
pub mod check;
pub mod demo;
pub mod error;
pub mod export;
pub mod import;
pub mod metrics;
pub mod model;
pub mod output;
pub mod records;
pub mod review;
pub mod stats;
pub mod storage;

pub use error::{Error, ErrorReport, FieldError, Result, RowError};
pub use storage::{default_db_path, Entity, Store};

#[cfg(test)]
mod testing;
