//! Duplicates in the directory: the likely ones found by the same matching as a sheet's names,
//! and two records merged into one — every reference to the absorbed record moved to the one
//! kept, in one transaction under one batch id, so that `undo_batch` can take the merge back.

use serde::Serialize;

use super::Session;
use crate::error::{Error, Result};
use crate::msg;
use crate::model::history::{Cause, WriteCause};
use crate::model::{Attendance, AttendanceStatus, Contribution, Kind, Organization, Person};
use crate::sheet::matching::{Directory, Known};
use crate::storage::Purpose;

/// Two records of the directory that may be one.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Duplicate {
    pub name: String,
    pub other: String,
    pub score: f64,
    /// Whether they are the same name once compared (the auto band of a sheet's matching).
    pub same: bool,
    pub differs: String,
}

/// A merge carried out.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct MergedRecords {
    pub kept: String,
    pub absorbed: String,
    /// The references moved (roster rows, people, contributions' sources).
    pub moved: usize,
    pub batch: String,
}

/// How sure a roster row is that someone came: attended over registered over invited.
fn rank(status: AttendanceStatus) -> u8 {
    match status {
        AttendanceStatus::Attended => 2,
        AttendanceStatus::Registered => 1,
        AttendanceStatus::Invited => 0,
    }
}

impl Session {
    /// The likely duplicates among the directory's organizations or people, most alike first.
    pub fn directory_duplicates(&self, kind: Kind) -> Result<Vec<Duplicate>> {
        let known: Vec<Known> = match kind {
            Kind::Organizations => self.store.list::<Organization>()?.into_iter().map(|r| Known { id: r.id, name: r.data.name, country: r.data.country, email: None }).collect(),
            Kind::People => self.store.list::<Person>()?.into_iter().map(|r| Known { id: r.id, name: r.data.name, country: None, email: r.data.email }).collect(),
            other => return Err(Error::invalid_because("kind", msg!("invalid-duplicates-kind", kind = other.as_str()))),
        };
        let directory = match kind {
            Kind::Organizations => Directory::organizations(known.clone()).among_themselves(),
            _ => Directory::people(known.clone()).among_themselves(),
        };
        let mut pairs = Vec::new();
        for record in &known {
            // The record's e-mail is not given: a person matches their own address.
            let found = directory.find(&record.name, record.country.as_deref(), None);
            for candidate in found.candidates.iter().filter(|c| c.id > record.id) {
                pairs.push(Duplicate {
                    name: record.name.clone(),
                    other: candidate.name.clone(),
                    score: candidate.score,
                    same: candidate.score >= 1.0,
                    differs: candidate.differs.clone(),
                });
            }
        }
        pairs.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
        Ok(pairs)
    }

    /// Merges the record of `kind` named `absorb` into the one named `keep`: every reference to
    /// it moves to `keep` (a person's roster rows, the better status kept where both were on a
    /// roster; an organization's people and contributions), what `keep` lacks is taken from it
    /// (a person's e-mail, phone, title; an organization's country), and it is deleted. One
    /// transaction, one batch id: `undo_batch` takes it back.
    pub fn merge(&mut self, kind: Kind, keep: &str, absorb: &str) -> Result<MergedRecords> {
        if keep.trim().eq_ignore_ascii_case(absorb.trim()) {
            return Err(Error::invalid_because("absorb", msg!("invalid-merge-into-itself")));
        }
        let id_of = |session: &Session, name: &str, field: &str| -> Result<i64> {
            match session.store.ids_by_key(kind, name.trim())?.as_slice() {
                [id] => Ok(*id),
                _ => Err(Error::invalid_because(field, msg!("invalid-no-record-named", kind = kind.as_str(), name = name.trim()))),
            }
        };
        let (kept_id, absorbed_id) = (id_of(self, keep, "keep")?, id_of(self, absorb, "absorb")?);
        let batch = hex::encode(super::packages::random::<8>()?);
        let cause = WriteCause { cause: Cause::Merge, detail: format!("{kind} \"{}\" merged into \"{}\"", absorb.trim(), keep.trim()), batch: batch.clone() };
        let merged = self.with_cause(cause, |session| {
            session.store.write(Purpose::Edit, |w| {
                let mut moved = 0;
                match kind {
                    Kind::Organizations => {
                        let kept = w.get::<Organization>(kept_id)?.data;
                        let absorbed = w.get::<Organization>(absorbed_id)?.data;
                        for person in w.list::<Person>()?.into_iter().filter(|p| p.data.organization == absorbed.name) {
                            w.update(person.id, &Person { organization: kept.name.clone(), ..person.data })?;
                            moved += 1;
                        }
                        for contribution in w.list::<Contribution>()?.into_iter().filter(|c| c.data.sources.contains(&absorbed.name)) {
                            let mut sources: Vec<String> = Vec::new();
                            for source in contribution.data.sources.iter().map(|s| if *s == absorbed.name { &kept.name } else { s }) {
                                if !sources.contains(source) {
                                    sources.push(source.clone());
                                }
                            }
                            w.update(contribution.id, &Contribution { sources, ..contribution.data })?;
                            moved += 1;
                        }
                        if kept.country.is_none() && absorbed.country.is_some() {
                            w.update(kept_id, &Organization { country: absorbed.country.clone(), ..kept.clone() })?;
                        }
                        // Into the trash, like any deletion: the absorbed record is kept there.
                        super::trash::delete_into_trash(w, Kind::Organizations, absorbed_id)?;
                        // The absorbed name is remembered: a list that spells it so is matched
                        // to the one kept.
                        w.add_alias(kind, &absorbed.name, kept_id, &batch)?;
                        Ok((kept.name, absorbed.name, moved))
                    }
                    Kind::People => {
                        let kept = w.get::<Person>(kept_id)?.data;
                        let absorbed = w.get::<Person>(absorbed_id)?.data;
                        let rows = w.list::<Attendance>()?;
                        for row in rows.iter().filter(|r| r.data.person == absorbed.name) {
                            match rows.iter().find(|r| r.data.person == kept.name && r.data.meeting == row.data.meeting) {
                                Some(both) => {
                                    let better = Attendance {
                                        status: if rank(row.data.status) > rank(both.data.status) { row.data.status } else { both.data.status },
                                        executive: both.data.executive || row.data.executive,
                                        ..both.data.clone()
                                    };
                                    if better != both.data {
                                        w.update(both.id, &better)?;
                                    }
                                    super::trash::delete_into_trash(w, Kind::Attendance, row.id)?;
                                }
                                None => w.update(row.id, &Attendance { person: kept.name.clone(), ..row.data.clone() })?,
                            }
                            moved += 1;
                        }
                        let filled = kept.filled_in(absorbed.email.as_deref(), absorbed.phone.as_deref(), &absorbed.title);
                        super::trash::delete_into_trash(w, Kind::People, absorbed_id)?;
                        if filled != kept {
                            w.update(kept_id, &filled)?;
                        }
                        w.add_alias(kind, &absorbed.name, kept_id, &batch)?;
                        Ok((kept.name, absorbed.name, moved))
                    }
                    other => Err(Error::invalid_because("kind", msg!("invalid-merge-kind", kind = other.as_str()))),
                }
            })
        });
        let (kept, absorbed, moved) = merged.map_err(|e| e.during("merging the records"))?;
        Ok(MergedRecords { kept, absorbed, moved, batch })
    }
}
