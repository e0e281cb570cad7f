//! Review cycles: the reviewers' scores, the rapporteur's results, drafted proposals,
//! sign-off and the summary to TSAG.
//!
//! Every use case here loads the cycle once (`Store::cycle_data`, or `cycle_content` when only
//! the frozen content matters) and computes summary, digest, drafts and documents from it.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::Session;
use crate::model::TeamRole;
use crate::error::{Error, Result};
use crate::export::summary::{DocumentOptions, SummaryFormat};
use crate::i18n::Language;
use crate::model::facts::{CycleData, SignOffRecord};
use crate::model::{Improvement, Record, ReviewCycle, Reviewer, Score};
use crate::review::{
    self, Completeness, CycleSummary, Difference, DraftReport, ScoredObjective, SummaryDocument, SummaryOptions,
};
use crate::storage::{Store, Purpose};

/// A review cycle as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CycleListing {
    pub id: i64,
    pub name: String,
    pub status: String,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub objectives: usize,
    pub reviewers: usize,
    /// The cycle screens open on when the user has not chosen one (one cycle at most).
    pub current: bool,
    /// When it was signed off (RFC 3339), and the digest its content is frozen under.
    pub signed_off_at: Option<String>,
    pub digest: Option<String>,
}

/// A cycle's results, and whether its signed-off content was changed outside the product
/// (then the results are still shown, to see what changed, under the warning).
#[derive(Debug)]
pub struct CycleReview {
    pub summary: CycleSummary,
    pub tampered: Option<Error>,
}

/// A saved score, and what its objective's scores now give (its indicators are unchanged).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SavedScore {
    pub id: i64,
    pub result: ScoredObjective,
}

/// Every cycle signed off whose content no longer gives its digest, or whose sign-off was
/// cleared or rewritten since it was recorded, as the error saying so.
pub(crate) fn tampered_cycles(store: &Store) -> Result<Vec<Error>> {
    let records: std::collections::HashMap<i64, SignOffRecord> =
        store.sign_off_records()?.into_iter().map(|r| (r.cycle_id, r)).collect();
    let mut found = Vec::new();
    for cycle in store.list::<ReviewCycle>()? {
        let record = records.get(&cycle.id);
        if cycle.data.digest.is_none() && record.is_none() {
            continue;
        }
        let data = store.cycle_data(cycle.id)?;
        match review::check_sealed(&data, record) {
            Ok(_) => {}
            Err(e @ Error::Tampered { .. }) => found.push(e),
            Err(e) => return Err(e),
        }
    }
    Ok(found)
}

/// Cycle `id`'s data and its digest as it is now, for an export of its content: a cycle signed
/// off whose content or sign-off was changed outside the product is refused
/// ([`Error::Tampered`]), so that nothing is exported as signed off that is not.
pub(crate) fn sealed_cycle(store: &Store, id: i64) -> Result<(CycleData, String)> {
    let data = store.cycle_data(id).map_err(|e| e.during("reading the review cycle"))?;
    let record = store.sign_off_record(id)?;
    let digest = review::check_sealed(&data, record.as_ref())?;
    Ok((data, digest))
}

impl Session {
    /// The review cycles, in id order.
    pub fn cycles(&self) -> Result<Vec<CycleListing>> {
        let cycles = self.store.list::<ReviewCycle>()?;
        let current = review::current_cycle(&cycles);
        Ok(cycles
            .into_iter()
            .map(|c| CycleListing {
                current: Some(c.id) == current,
                id: c.id,
                name: c.data.name,
                status: c.data.status.as_str().to_string(),
                period_from: c.data.period_from,
                period_to: c.data.period_to,
                objectives: c.data.objectives.len(),
                reviewers: c.data.reviewers.len(),
                signed_off_at: c.data.signed_off_at,
                digest: c.data.digest,
            })
            .collect())
    }

    /// The cycle given by id or by name (as users type it on the command line).
    pub fn cycle(&self, id_or_name: &str) -> Result<Record<ReviewCycle>> {
        let id = match id_or_name.trim().parse::<i64>() {
            Ok(id) => id,
            Err(_) => self.store.cycle_named(id_or_name)?,
        };
        self.store.get::<ReviewCycle>(id)
    }

    /// The review summary of cycle `id`.
    pub fn cycle_summary(&self, id: i64, options: SummaryOptions) -> Result<CycleSummary> {
        let data = self.store.cycle_data(id).map_err(|e| e.during("reading the review cycle"))?;
        review::summarize(&data, options)
    }

    /// The results of cycle `id` for the rapporteur, with the tamper warning if any.
    pub fn cycle_review(&self, id: i64) -> Result<CycleReview> {
        let data = self.store.cycle_data(id).map_err(|e| e.during("reading the review cycle"))?;
        let summary = review::summarize(&data, SummaryOptions::default())?;
        let record = self.store.sign_off_record(id)?;
        let tampered = match review::check_sealed(&data, record.as_ref()) {
            Ok(_) => None,
            Err(e @ Error::Tampered { .. }) => Some(e),
            Err(e) => return Err(e),
        };
        Ok(CycleReview { summary, tampered })
    }

    /// Every reviewer's scores in cycle `id`.
    pub fn cycle_scores(&self, id: i64) -> Result<Vec<Record<Score>>> {
        self.store.cycle_scores(id)
    }

    /// Saves a reviewer's score (a new one when `id` is None); returns its id and the result
    /// of its objective as it now stands, so that a form need not reload the cycle.
    pub fn save_score(&mut self, id: Option<i64>, score: &Score) -> Result<SavedScore> {
        let id = match id {
            Some(id) => self.store.update(id, score).map(|()| id),
            None => self.store.create(score),
        }
        .map_err(|e| e.during("saving the score"))?;
        let cycle = self.store.cycle_named(&score.cycle)?;
        // The objective's content only: a score changes nothing the period's meetings or the
        // cycle's other objectives give.
        let content = self
            .store
            .objective_content(cycle, &score.objective)
            .map_err(|e| e.during("reading the review cycle"))?
            .ok_or_else(|| Error::NotFound {
                entity: "objective",
                key: format!("\"{}\" in review cycle \"{}\"", score.objective, score.cycle),
            })?;
        let result = review::scored_objective_in(&content);
        Ok(SavedScore { id, result })
    }

    /// Drafts proposals for the objectives cycle `id` finds not met; edited ones are kept.
    pub fn draft(&mut self, id: i64) -> Result<DraftReport> {
        self.require_role(&[TeamRole::Rapporteur, TeamRole::Staff], "drafting proposals")?;
        let data = self.store.cycle_data(id).map_err(|e| e.during("reading the review cycle"))?;
        let summary = review::summarize(&data, SummaryOptions::default())?;
        let plan = review::plan_drafts(&summary, &data.content.improvements);
        self.store
            .write(Purpose::Edit, |tx| {
                for improvement in &plan.new {
                    tx.create::<Improvement>(improvement)?;
                }
                for (id, improvement) in &plan.rewritten {
                    tx.update::<Improvement>(*id, improvement)?;
                }
                Ok(())
            })
            .map_err(|e| e.during("saving the drafted proposals"))?;
        Ok(plan.report)
    }

    /// What cycle `id` still lacks before sign-off (objectives below quorum, reviewers' missing
    /// scores), to show before freezing it.
    pub fn sign_off_completeness(&self, id: i64) -> Result<Completeness> {
        // A reviewer sees only their own scores: what they would be told is missing is not.
        self.require_role(&[TeamRole::Rapporteur, TeamRole::Staff], "signing a cycle off")?;
        let content = self.store.cycle_content(id).map_err(|e| e.during("reading the review cycle"))?;
        Ok(review::completeness(&content))
    }

    /// Signs cycle `id` off at `at`; returns the digest its content is frozen under.
    pub fn sign_off(&mut self, id: i64, at: chrono::DateTime<chrono::Utc>) -> Result<String> {
        self.require_role(&[TeamRole::Rapporteur, TeamRole::Staff], "signing a cycle off")?;
        let at = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        // The digest is computed from the content as the signing transaction holds it, so it is
        // always the content's (a score saved meanwhile cannot slip in between).
        self.store
            .sign_off_with(id, &at, &mut |data, record| review::ready_for_sign_off(data, record))
            .map_err(|e| e.during("signing the cycle off"))
    }

    /// The header block of cycle `id`'s summary to TSAG: as last saved, or, when never saved,
    /// the usual source and the cycle's first reviewer as contact (name and affiliation only:
    /// their e-mail and telephone are personal data, printed only once someone types them here).
    pub fn document_options(&self, id: i64) -> Result<DocumentOptions> {
        if let Some(saved) = self.store.document_options(id).map_err(|e| e.during("reading the document options"))? {
            return Ok(saved);
        }
        let cycle = self.store.get::<ReviewCycle>(id)?;
        let mut options = DocumentOptions::default();
        if let Some(first) = cycle.data.reviewers.first() {
            let reviewer = self.store.list::<Reviewer>()?.into_iter().find(|r| r.data.name.eq_ignore_ascii_case(first));
            options.contact.name = first.clone();
            options.contact.organization = reviewer.map(|r| r.data.affiliation).unwrap_or_default();
        }
        Ok(options)
    }

    /// Saves the header block of cycle `id`'s summary, for every later export of it. Signed-off
    /// cycles included: the options are not part of the content the digest freezes, and TSB
    /// assigns the TD number after the review is done.
    pub fn set_document_options(&mut self, id: i64, options: &DocumentOptions) -> Result<()> {
        self.require_role(&[TeamRole::Rapporteur, TeamRole::Staff], "changing the summary's document options")?;
        self.store.set_document_options(id, options).map_err(|e| e.during("saving the document options"))
    }

    /// The summary of cycle `id` in `format`, as the bytes of the file, the Word and Markdown
    /// documents' fixed text in `language` (the JSON and the workbook are the same in every
    /// language). A signed-off cycle changed outside the product is refused ([`Error::Tampered`]).
    pub fn render_summary(
        &self,
        id: i64,
        format: SummaryFormat,
        include_confidential: bool,
        options: &DocumentOptions,
        language: Language,
    ) -> Result<Vec<u8>> {
        let (data, digest) = sealed_cycle(&self.store, id)?;
        let summary = review::summarize(&data, SummaryOptions { include_confidential })?;
        let document = SummaryDocument::new(summary, digest)?;
        let written_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        // Only the Word document records the history's head (in its properties): the others
        // need not count the history.
        let history = match format {
            SummaryFormat::Docx => Some(self.store.history_head()?),
            _ => None,
        };
        crate::export::summary::render(&document, format, options, language, &written_at, history.as_ref())
    }

    /// Writes the summary of cycle `id` in `format` to `path`, the Word and Markdown documents'
    /// fixed text in `language` (one of ITU's six; the rapporteur chooses it per export, it is
    /// not stored with the cycle's document options).
    pub fn export_summary(
        &self,
        id: i64,
        format: SummaryFormat,
        include_confidential: bool,
        options: &DocumentOptions,
        language: Language,
        path: &Path,
    ) -> Result<()> {
        let bytes = self.render_summary(id, format, include_confidential, options, language)?;
        crate::output::write_bytes(&self.store, path, &bytes)
    }

    /// Compares an exported JSON summary (`text`, read from the file `name`) with the database:
    /// every difference, none when it matches.
    pub fn verify_summary(&self, text: &str, name: &str) -> Result<Vec<Difference>> {
        let document = SummaryDocument::parse(text, name)?;
        let id = self.store.cycle_named(&document.summary.cycle.name)?;
        let data = self.store.cycle_data(id).map_err(|e| e.during("reading the review cycle"))?;
        let options = SummaryOptions { include_confidential: document.summary.confidential };
        // Built without the tamper check: listing what changed is the point.
        let current = review::summarize(&data, options)?;
        // The digest under the rule the file's digest was written under, so that a summary
        // exported before this version's rule still matches an unchanged cycle.
        let digest = review::digest_under(review::DigestRule::of(&document.digest), &data)?;
        review::verify(&document, &current, &digest)
    }

    /// Signed-off cycles whose content was changed outside the product, one error each.
    pub fn tampered_cycles(&self) -> Result<Vec<Error>> {
        tampered_cycles(&self.store)
    }
}
