//! Review packages: the rapporteur issues one per reviewer, the reviewer scores it offline and
//! returns it signed, the rapporteur merges the returns (docs/formats.md, "Review packages").
//!
//! The reviewer's side needs no database: it works on the package file and on a key kept on
//! the reviewer's machine ([`key_folder`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use ed25519_dalek::SigningKey;
use serde::Serialize;

use super::Session;
use crate::model::TeamRole;
use crate::error::{Error, Result};
use crate::msg;
use crate::model::facts::PackageRecord;
use crate::model::history::{Cause, WriteCause};
use crate::model::{Action, Contribution, Decision, Meeting, Priority, Record, ReviewCycle, Score};
use crate::package::{
    self, ContributionEvidence, Issue, MeetingEvidence, Merged, ObjectiveEvidence, Package, ProposalEvidence,
    ReturnedScore,
};
use crate::storage::Purpose;

/// A package written for one reviewer.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct IssuedPackage {
    pub reviewer: String,
    pub package: String,
    pub path: String,
    pub deadline: NaiveDate,
}

/// A return written by the reviewer's side.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ReturnedFile {
    pub path: String,
    pub package: String,
    pub scores: usize,
    /// The fingerprint of the reviewer's key, for the rapporteur to compare.
    pub key: String,
}

/// What the packages of one cycle share, read once (see `Session::prepare_issue`).
struct CycleIssue {
    cycle_id: i64,
    key: SigningKey,
    /// The issue without its id, reviewer and scores.
    base: Issue,
    /// Every reviewer's scores in the cycle.
    scores: Vec<Score>,
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(super) fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| Error::Internal(format!("no randomness from the system: {e}")))?;
    Ok(bytes)
}

/// A file name made of `text`: letters and digits, the rest as dashes.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_string()
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

/// `name` as the cycle spells its reviewer, or the refusal naming the cycle's reviewers.
fn reviewer_of(cycle: &crate::model::ReviewCycle, name: &str) -> Result<String> {
    cycle.reviewers.iter().find(|r| r.eq_ignore_ascii_case(name.trim())).cloned().ok_or_else(|| {
        Error::invalid_because(
            "reviewer",
            msg!("invalid-not-cycle-reviewer", name = name, cycle = &cycle.name, reviewers = cycle.reviewers.join(", ")),
        )
    })
}

impl Session {
    /// The database's signing key, made on first use.
    fn database_key(&mut self, now: DateTime<Utc>) -> Result<SigningKey> {
        let secret = self.store.signing_secret(random()?, &rfc3339(now))?;
        Ok(package::signing_key(&secret))
    }

    /// What every reviewer's package of cycle `cycle` holds alike — scope, objectives, indicator
    /// values, evidence — read once for all the packages issued together. `reviewer`, when one
    /// is named, must be one of the cycle's: the database's signing key is made only once
    /// nothing refuses the issue.
    fn prepare_issue(&mut self, cycle: i64, reviewer: Option<&str>, deadline: NaiveDate, now: DateTime<Utc>) -> Result<CycleIssue> {
        let data = self.store.cycle_data(cycle).map_err(|e| e.during("reading the review cycle"))?;
        let cycle_record = data.content.cycle.clone();
        if cycle_record.status == crate::model::CycleStatus::SignedOff {
            return Err(Error::Frozen(cycle_record.name));
        }
        // A cycle signed off once, and no longer, was changed outside the product: no package
        // carries its content out to reviewers.
        if let Some(record) = self.store.sign_off_record(cycle)? {
            crate::review::check_sealed(&data, Some(&record))?;
        }
        if let Some(reviewer) = reviewer {
            reviewer_of(&cycle_record, reviewer)?;
        }
        let (from, to) = (cycle_record.period_from, cycle_record.period_to);
        let values = crate::metrics::compute(&data.period, from, to)?;
        let mut objectives = data.content.objectives.clone();
        objectives.sort_by_key(|o| cycle_record.objectives.iter().position(|c| *c == o.code));
        let indicators = objectives
            .iter()
            .map(|o| ObjectiveEvidence { objective: o.code.clone(), indicators: crate::review::indicator_results(o, &values) })
            .collect();
        let meetings = self.meeting_evidence(from, to)?;
        let contributions = self.contribution_evidence(from, to, &data.proposals)?;
        let key = self.database_key(now)?;
        let history = Some(self.store.history_head()?);
        let base = Issue {
            package: String::new(),
            database: package::fingerprint(&key.verifying_key()),
            database_key: hex::encode(key.verifying_key().as_bytes()),
            issued_at: rfc3339(now),
            deadline,
            reviewer: String::new(),
            cycle: cycle_record,
            objectives,
            indicators,
            meetings,
            contributions,
            scores: Vec::new(),
            history,
        };
        Ok(CycleIssue { cycle_id: cycle, key, base, scores: data.content.scores })
    }

    /// The package of `prepared`'s cycle for `reviewer`, recorded as issued: its issue and the
    /// file's bytes.
    fn issue_to(&mut self, prepared: &CycleIssue, reviewer: &str) -> Result<(Issue, Vec<u8>)> {
        let cycle = &prepared.base.cycle;
        let reviewer = reviewer_of(cycle, reviewer)?;
        let scores: Vec<Score> = prepared.scores.iter().filter(|s| s.reviewer == reviewer).cloned().collect();
        let issue = Issue {
            package: hex::encode(random::<16>()?),
            reviewer: reviewer.clone(),
            scores: scores.clone(),
            ..prepared.base.clone()
        };
        let bytes = package::write_package(&issue, &prepared.key, &package::work_of(&scores))?;
        let record = PackageRecord {
            id: issue.package.clone(),
            cycle_id: prepared.cycle_id,
            reviewer,
            issued_at: issue.issued_at.clone(),
            deadline: issue.deadline,
            issued_scores: scores,
            reviewer_key: None,
            last_return: None,
        };
        self.store.record_package(&record, &cycle.name).map_err(|e| e.during("recording the package"))?;
        Ok((issue, bytes))
    }

    /// The package of cycle `cycle` for `reviewer`: its issue, signed, and the file's bytes.
    pub fn issue_package(
        &mut self,
        cycle: i64,
        reviewer: &str,
        deadline: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<(Issue, Vec<u8>)> {
        self.require_role(&[TeamRole::Rapporteur], "issuing review packages")?;
        let prepared = self.prepare_issue(cycle, Some(reviewer), deadline, now)?;
        self.issue_to(&prepared, reviewer)
    }

    /// Issues packages of cycle `cycle` and writes them: to the file `out` for one `reviewer`,
    /// or into the folder `out`, one per reviewer of the cycle, when `reviewer` is None.
    pub fn issue_packages(
        &mut self,
        cycle: i64,
        reviewer: Option<&str>,
        deadline: NaiveDate,
        out: &Path,
        now: DateTime<Utc>,
    ) -> Result<Vec<IssuedPackage>> {
        self.require_role(&[TeamRole::Rapporteur], "issuing review packages")?;
        if reviewer.is_some() {
            // Refused before the package is recorded as issued.
            crate::output::check_target(&self.store, out)?;
        }
        let prepared = self.prepare_issue(cycle, reviewer, deadline, now)?;
        let reviewers = match reviewer {
            Some(reviewer) => vec![reviewer.to_string()],
            None => {
                std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
                prepared.base.cycle.reviewers.clone()
            }
        };
        let mut issued = Vec::new();
        for name in reviewers {
            let (issue, bytes) = self.issue_to(&prepared, &name)?;
            let path = match reviewer {
                Some(_) => out.to_path_buf(),
                None => out.join(format!("{}-{}.{}", slug(&issue.cycle.name), slug(&issue.reviewer), package::PACKAGE_EXTENSION)),
            };
            crate::output::write_bytes(&self.store, &path, &bytes)?;
            issued.push(IssuedPackage { reviewer: issue.reviewer, package: issue.package, path: path.display().to_string(), deadline });
        }
        Ok(issued)
    }

    /// Merges the return file at `path`: checks its signature and that it answers a package this
    /// database issued, then applies what changed, in one transaction. Conflicts are reported,
    /// never applied; a return that cannot be merged at all writes nothing.
    pub fn merge_return(&mut self, path: &Path, accept_late: bool) -> Result<Merged> {
        let cause = WriteCause::with_detail(Cause::Merge, path.display().to_string());
        self.with_cause(cause, |session| session.merge_return_now(path, accept_late))
    }

    fn merge_return_now(&mut self, path: &Path, accept_late: bool) -> Result<Merged> {
        self.require_role(&[TeamRole::Rapporteur], "merging returned packages")?;
        let name = path.display().to_string();
        let ret = package::read_return(&read(path)?, &name)?;
        let key = self.database_key(Utc::now())?;
        let database = package::fingerprint(&key.verifying_key());
        // Read, decided and written in one transaction, the package and the reviewer's scores
        // held meanwhile: an online save made during the merge is seen (and reported as a
        // conflict) or waits, and two merges of one package's returns run one after the
        // other, the older return then refused.
        self.store
            .write(Purpose::Edit, |tx| {
                let record = tx
                    .claim_package(&ret.body.package)?
                    .ok_or_else(|| Error::wrong_file(&name, "answers a package this database did not issue"))?;
                let holder = tx.key_holder(&ret.key, &record.reviewer)?;
                package::check_return(&ret, &name, &record, holder.as_deref(), Utc::now())?;
                let cycle = tx.get::<ReviewCycle>(record.cycle_id)?;
                let current = tx.claim_scores(record.cycle_id, &record.reviewer)?;
                let plan = package::plan_merge(&ret, &name, &database, &record, &cycle.data, &current, accept_late)?;
                if plan.merged.applied.is_empty() && record.last_return.as_deref() == Some(ret.body.returned_at.as_str()) {
                    // The same return again: nothing to write, not even the note of it.
                    return Ok(plan.merged);
                }
                for (id, score) in &plan.writes {
                    match id {
                        // Held since they were read: what the plan saw is what is replaced.
                        Some(id) => tx.update(*id, score)?,
                        None => tx.create(score).map(|_| ())?,
                    }
                }
                tx.record_return(&record.id, &ret.key, &ret.body.returned_at)?;
                Ok(plan.merged)
            })
            .map_err(|e| e.during("merging the return"))
    }

    fn meeting_evidence(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<MeetingEvidence>> {
        let meetings: Vec<Meeting> = self
            .store
            .list::<Meeting>()?
            .into_iter()
            .map(|m| m.data)
            .filter(|m| m.start_date >= from && m.start_date <= to)
            .collect();
        let keys: HashSet<&str> = meetings.iter().map(|m| m.key.as_str()).collect();
        let of = |key: &str, texts: &[(String, String)]| -> Vec<String> {
            texts.iter().filter(|(k, _)| k == key).map(|(_, t)| t.clone()).collect()
        };
        let keep = |pairs: Vec<(String, String)>| -> Vec<(String, String)> {
            pairs.into_iter().filter(|(k, _)| keys.contains(k.as_str())).collect()
        };
        let mut priorities: Vec<Record<Priority>> = self.store.list::<Priority>()?;
        priorities.sort_by_key(|p| (p.data.meeting.clone(), p.data.rank));
        let priorities = keep(priorities.into_iter().map(|p| (p.data.meeting, p.data.topic)).collect());
        let decisions = keep(self.store.list::<Decision>()?.into_iter().map(|d| (d.data.meeting, d.data.text)).collect());
        let actions = keep(self.store.list::<Action>()?.into_iter().map(|a| (a.data.meeting, a.data.text)).collect());
        Ok(meetings
            .iter()
            .map(|m| MeetingEvidence {
                key: m.key.clone(),
                title: m.title.clone(),
                kind: m.kind.label().to_string(),
                start_date: m.start_date,
                end_date: m.end_date,
                venue: m.venue.clone(),
                communique: m.communique.clone(),
                priorities: of(&m.key, &priorities),
                decisions: of(&m.key, &decisions),
                actions: of(&m.key, &actions),
            })
            .collect())
    }

    fn contribution_evidence(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        proposals: &[crate::model::Proposal],
    ) -> Result<Vec<ContributionEvidence>> {
        let contributions: Vec<Contribution> = self
            .store
            .list::<Contribution>()?
            .into_iter()
            .map(|c| c.data)
            .filter(|c| c.is_base_document || (c.date >= from && c.date <= to))
            .collect();
        Ok(contributions
            .into_iter()
            .map(|contribution| ContributionEvidence {
                proposals: proposals
                    .iter()
                    .filter(|p| p.contribution == contribution.symbol)
                    .map(|p| ProposalEvidence {
                        seq: p.seq,
                        text: p.text.clone(),
                        disposition: p.disposition,
                        objectives: p.objectives.clone(),
                    })
                    .collect(),
                contribution,
            })
            .collect())
    }
}

/// What the fuzz targets need to build returns of their own (`--features fuzzing`).
#[cfg(feature = "fuzzing")]
pub mod formats {
    pub use crate::package::{read_package, read_return, signing_key, write_return, ReturnBody};
}

/// The folder where this machine keeps the reviewer's key: `CXO_REVIEW_KEYS`, or the
/// platform's data directory of CxO Review.
pub fn key_folder() -> Result<PathBuf> {
    match std::env::var_os("CXO_REVIEW_KEYS") {
        Some(folder) => Ok(PathBuf::from(folder)),
        None => directories::ProjectDirs::from("", "", "cxo-review")
            .map(|dirs| dirs.data_dir().to_path_buf())
            .ok_or_else(|| Error::invalid_because("keys", msg!("invalid-no-keys-folder"))),
    }
}

/// This machine's reviewer key, kept in `folder` (made, readable by its owner only, on first
/// use).
pub fn reviewer_key(folder: &Path) -> Result<SigningKey> {
    let path = folder.join("reviewer.key");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let secret: [u8; 32] = hex::decode(text.trim())
                .ok()
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| Error::wrong_file(path.display().to_string(), "is not a CxO Review reviewer key"))?;
            Ok(package::signing_key(&secret))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
            let secret = random::<32>()?;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path).map_err(|e| Error::io(&path, e))?;
            std::io::Write::write_all(&mut file, hex::encode(secret).as_bytes()).map_err(|e| Error::io(&path, e))?;
            Ok(package::signing_key(&secret))
        }
        Err(e) => Err(Error::io(&path, e)),
    }
}

/// Opens the package at `path` (its issue verified).
pub fn open_package(path: &Path) -> Result<Package> {
    package::read_package(&read(path)?, &path.display().to_string())
}

/// Scores an objective in the package at `path`, saving it into the file at once.
pub fn score_in_package(path: &Path, score: ReturnedScore, now: DateTime<Utc>) -> Result<Package> {
    let name = path.display().to_string();
    let bytes = read(path)?;
    let mut opened = package::read_package(&bytes, &name)?;
    opened.set_score(score, rfc3339(now))?;
    crate::output::write_alone(path, &package::rewrite_work(&bytes, &name, &opened.work)?)?;
    Ok(opened)
}

/// Writes the return of the package at `path` to `out`, signed with the key in `keys`.
pub fn return_package(path: &Path, out: &Path, keys: &Path, now: DateTime<Utc>) -> Result<ReturnedFile> {
    if crate::output::is_same_file(path, out) {
        return Err(Error::invalid_because("out", msg!("invalid-return-over-package", path = out.display().to_string())));
    }
    let opened = open_package(path)?;
    if opened.work.scores.is_empty() {
        return Err(Error::Precondition(msg!("precondition-package-no-scores", path = path.display().to_string())));
    }
    let key = reviewer_key(keys)?;
    // Milliseconds: two returns of one package must not share a time (merges go by it).
    let body = opened.return_body(now.to_rfc3339_opts(SecondsFormat::Millis, true));
    crate::output::write_alone(out, &package::write_return(&body, &key)?)?;
    Ok(ReturnedFile {
        path: out.display().to_string(),
        package: body.package,
        scores: body.scores.len(),
        key: package::fingerprint(&key.verifying_key()),
    })
}
