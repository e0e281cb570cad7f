//! Review cycles: the reviewers' scores, the rapporteur's results, drafted proposals,
//! sign-off and the summary to TSAG.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::Session;
use crate::error::{Error, Result};
use crate::export::summary::{DocumentOptions, SummaryFormat};
use crate::model::{Record, ReviewCycle, Score};
use crate::review::{CycleSummary, Difference, DraftReport, ObjectiveResult, SummaryOptions};

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
}

/// A cycle's results, and whether its signed-off content was changed outside the product
/// (then the results are still shown, to see what changed, under the warning).
#[derive(Debug)]
pub struct CycleReview {
    pub summary: CycleSummary,
    pub tampered: Option<Error>,
}

/// A saved score, and the result of its objective as it now stands.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SavedScore {
    pub id: i64,
    pub result: ObjectiveResult,
}

impl Session {
    /// The review cycles, in id order.
    pub fn cycles(&self) -> Result<Vec<CycleListing>> {
        Ok(self
            .store
            .list::<ReviewCycle>()?
            .into_iter()
            .map(|c| CycleListing {
                id: c.id,
                name: c.data.name,
                status: c.data.status.as_str().to_string(),
                period_from: c.data.period_from,
                period_to: c.data.period_to,
                objectives: c.data.objectives.len(),
                reviewers: c.data.reviewers.len(),
            })
            .collect())
    }

    /// The cycle given by id or by name (as users type it on the command line).
    pub fn cycle(&self, id_or_name: &str) -> Result<Record<ReviewCycle>> {
        match id_or_name.trim().parse::<i64>() {
            Ok(id) => self.store.get::<ReviewCycle>(id),
            Err(_) => crate::review::find_cycle(&self.store, id_or_name),
        }
    }

    /// The review summary of cycle `id`.
    pub fn cycle_summary(&self, id: i64, options: SummaryOptions) -> Result<CycleSummary> {
        crate::review::summarize(&self.store, id, options)
    }

    /// The results of cycle `id` for the rapporteur, with the tamper warning if any.
    pub fn cycle_review(&self, id: i64) -> Result<CycleReview> {
        let summary = crate::review::summarize(&self.store, id, SummaryOptions::default())?;
        let tampered = crate::review::ensure_untampered(&self.store, &summary.cycle).err();
        Ok(CycleReview { summary, tampered })
    }

    /// Every reviewer's scores in cycle `id`.
    pub fn cycle_scores(&self, id: i64) -> Result<Vec<Record<Score>>> {
        crate::review::cycle_scores(&self.store, id)
    }

    /// Saves a reviewer's score (a new one when `id` is None); returns its id and the result
    /// of its objective as it now stands, so that a form need not reload the cycle.
    pub fn save_score(&mut self, id: Option<i64>, score: &Score) -> Result<SavedScore> {
        let id = match id {
            Some(id) => self.store.update(id, score).map(|()| id)?,
            None => self.store.create(score)?,
        };
        let cycle = crate::review::find_cycle(&self.store, &score.cycle)?;
        let summary = crate::review::summarize(&self.store, cycle.id, SummaryOptions::default())?;
        let result = summary
            .objectives
            .into_iter()
            .find(|o| o.code == score.objective)
            .ok_or_else(|| Error::NotFound { entity: "objective", key: format!("\"{}\" in the cycle", score.objective) })?;
        Ok(SavedScore { id, result })
    }

    /// Drafts proposals for the objectives cycle `id` finds not met; edited ones are kept.
    pub fn draft(&mut self, id: i64) -> Result<DraftReport> {
        crate::review::draft_improvements(&mut self.store, id)
    }

    /// Signs cycle `id` off at `at`; returns the digest its content is frozen under.
    pub fn sign_off(&mut self, id: i64, at: chrono::DateTime<chrono::Utc>) -> Result<String> {
        crate::review::sign_off(&mut self.store, id, at)
    }

    /// The summary of cycle `id` in `format`, as the bytes of the file.
    pub fn render_summary(
        &self,
        id: i64,
        format: SummaryFormat,
        include_confidential: bool,
        options: &DocumentOptions,
    ) -> Result<Vec<u8>> {
        crate::export::summary::render(&self.store, id, format, include_confidential, options)
    }

    /// Writes the summary of cycle `id` in `format` to `path`.
    pub fn export_summary(
        &self,
        id: i64,
        format: SummaryFormat,
        include_confidential: bool,
        options: &DocumentOptions,
        path: &Path,
    ) -> Result<()> {
        let bytes = self.render_summary(id, format, include_confidential, options)?;
        crate::output::write_bytes(&self.store, path, &bytes)
    }

    /// Compares an exported JSON summary with the database; every difference, none when it
    /// matches.
    pub fn verify_summary(&self, text: &str) -> Result<Vec<Difference>> {
        crate::review::verify(&self.store, text)
    }

    /// Signed-off cycles whose content was changed outside the product, one error each.
    pub fn tampered_cycles(&self) -> Result<Vec<Error>> {
        crate::review::tampered_cycles(&self.store)
    }
}
