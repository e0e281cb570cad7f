//! The whole database as one JSON document that `import::import_dataset` reads back losslessly.
//!
//! Records refer to each other by natural keys, so the document does not depend on database
//! ids; sections appear in import order.

use std::io::Write;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::import::{Kind, DATASET_FORMAT, DATASET_VERSION, SECTIONS};
use crate::model::{
    Action, ActionPlanItem, Attendance, AttendanceCount, Contribution, Decision, Improvement, Meeting, Objective,
    Organization, Person, Priority, Proposal, ReviewCycle, Reviewer, Score,
};
use crate::storage::{Entity, Store};

/// Writes the whole database to `out` as pretty-printed JSON, one section at a time.
pub fn write_dataset(store: &Store, out: impl Write) -> Result<()> {
    let mut out = std::io::BufWriter::new(out);
    let io = |e: std::io::Error| Error::io("export", e);
    write!(out, "{{\n  \"format\": \"{DATASET_FORMAT}\",\n  \"version\": {DATASET_VERSION}").map_err(io)?;
    for (name, kind) in SECTIONS {
        write!(out, ",\n  \"{name}\": ").map_err(io)?;
        match kind {
            Kind::Organizations => write_section::<Organization>(store, &mut out)?,
            Kind::People => write_section::<Person>(store, &mut out)?,
            Kind::Meetings => write_section::<Meeting>(store, &mut out)?,
            Kind::Attendance => write_section::<Attendance>(store, &mut out)?,
            Kind::Counts => write_section::<AttendanceCount>(store, &mut out)?,
            Kind::Priorities => write_section::<Priority>(store, &mut out)?,
            Kind::Decisions => write_section::<Decision>(store, &mut out)?,
            Kind::Actions => write_section::<Action>(store, &mut out)?,
            Kind::Contributions => write_section::<Contribution>(store, &mut out)?,
            Kind::Proposals => write_section::<Proposal>(store, &mut out)?,
            Kind::ActionPlan => write_section::<ActionPlanItem>(store, &mut out)?,
            Kind::Objectives => write_section::<Objective>(store, &mut out)?,
            Kind::Reviewers => write_section::<Reviewer>(store, &mut out)?,
            Kind::Cycles => write_section::<ReviewCycle>(store, &mut out)?,
            Kind::Scores => write_section::<Score>(store, &mut out)?,
            Kind::Improvements => write_section::<Improvement>(store, &mut out)?,
        }
    }
    writeln!(out, "\n}}").map_err(io)?;
    out.flush().map_err(io)
}

/// One section as a JSON array with one record per line, so that files diff well and import
/// errors point at a line.
fn write_section<E: Entity + Serialize>(store: &Store, out: &mut impl Write) -> Result<()> {
    let io = |e: std::io::Error| Error::io("export", e);
    let records = store.list::<E>()?;
    if records.is_empty() {
        return write!(out, "[]").map_err(io);
    }
    write!(out, "[").map_err(io)?;
    for (index, record) in records.iter().enumerate() {
        let separator = if index == 0 { "" } else { "," };
        write!(out, "{separator}\n    ").map_err(io)?;
        serde_json::to_writer(&mut *out, &record.data)?;
    }
    write!(out, "\n  ]").map_err(io)
}
