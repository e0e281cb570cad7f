//! The store as a [`Backend`], on either engine (the file's name is older than the server):
//! each method is the store's own, the records' types put back from their kinds by the one
//! mapping (`model::with_kind!`).

use std::any::Any;
use std::path::Path;

use chrono::NaiveDate;

use super::backend::{wrong_type, Backend, Findings, Purpose, Writer};
use super::backups::{Backup, Reason};
use super::queries::{ContributionSummary, Dashboard, MeetingQuery, MeetingRecords, MeetingSummary, OpenAction, PersonMatch};
use super::trash::{NewTrashEntry, TrashEntry};
use super::{Store, Tx};
use crate::error::{Error, Result, RowError};
use crate::model::facts::{CycleContent, CycleData, MeetingFigures, ObjectiveContent, PackageRecord, PeriodFacts};
use crate::model::{with_kind, Country, Kind, Record, ReviewCycle, Score, TeamRole, TeamUser};

/// The record of `kind` that crossed the seam, as its type.
fn typed<E: 'static>(kind: Kind, record: &dyn Any) -> Result<&E> {
    record.downcast_ref::<E>().ok_or_else(|| wrong_type(kind))
}

impl Backend for Store {
    fn location(&self) -> Option<&Path> {
        self.path()
    }

    fn is_read_only(&self) -> bool {
        Store::is_read_only(self)
    }

    fn describe(&self) -> String {
        match (self.path(), self.server()) {
            (Some(path), _) => path.display().to_string(),
            (None, Some(server)) => server.to_string(),
            (None, None) => "a private database in memory".to_string(),
        }
    }

    fn team_user(&self) -> Result<Option<TeamUser>> {
        Store::team_user(self)
    }

    fn set_up_team(&mut self) -> Result<()> {
        Store::set_up_team(self)
    }

    fn add_team_user(&mut self, login: &str, role: TeamRole, password: Option<&str>, reviewer: Option<&str>) -> Result<bool> {
        Store::add_team_user(self, login, role, password, reviewer)
    }

    fn remove_team_user(&mut self, login: &str) -> Result<bool> {
        Store::remove_team_user(self, login)
    }

    fn team_members(&self) -> Result<Vec<TeamUser>> {
        Store::team_members(self)
    }

    fn data_version(&self) -> Result<i64> {
        Store::data_version(self)
    }

    fn version(&self, kind: Kind, id: i64) -> Result<i64> {
        with_kind!(kind, E => Store::version::<E>(self, id))
    }

    fn versions(&self, kind: Kind) -> Result<std::collections::HashMap<i64, i64>> {
        with_kind!(kind, E => Store::versions::<E>(self))
    }

    fn note_failure(&self, error: &Error) {
        Store::note_failure(self, error)
    }

    fn list_kind(&self, kind: Kind, limit: Option<usize>) -> Result<Box<dyn Any>> {
        with_kind!(kind, E => Ok(Box::new(match limit {
            Some(limit) => self.list_first::<E>(limit)?,
            None => self.list::<E>()?,
        })))
    }

    fn get_kind(&self, kind: Kind, id: i64) -> Result<Box<dyn Any>> {
        with_kind!(kind, E => Ok(Box::new(self.get::<E>(id)?)))
    }

    fn write(&mut self, purpose: Purpose, work: &mut dyn FnMut(&dyn Writer) -> Result<()>) -> Result<()> {
        let written = match purpose {
            Purpose::Edit => self.transaction(|tx| work(tx)),
            Purpose::Import => self.bulk(|store| store.transaction(|tx| work(tx))),
        };
        written.map_err(|e| self.explain_refusal(e))
    }

    fn dashboard(&self, today: NaiveDate, current: Option<i64>) -> Result<Dashboard> {
        Store::dashboard(self, today, current)
    }

    fn meeting_summaries(&self, query: &MeetingQuery) -> Result<Vec<MeetingSummary>> {
        Store::meeting_summaries(self, query)
    }

    fn meeting_detail(&self, id: i64) -> Result<(MeetingRecords, Vec<MeetingFigures>)> {
        Store::meeting_detail(self, id)
    }

    fn open_actions(&self, today: NaiveDate, only_overdue: bool, limit: i64) -> Result<Vec<OpenAction>> {
        Store::open_actions(self, today, only_overdue, limit)
    }

    fn contribution_summaries(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: Option<i64>,
    ) -> Result<Vec<ContributionSummary>> {
        Store::contribution_summaries(self, from, to, limit)
    }

    fn people_matching(&self, search: &str, limit: i64) -> Result<Vec<PersonMatch>> {
        Store::people_matching(self, search, limit)
    }

    fn countries(&self) -> Result<Vec<Country>> {
        Store::countries(self)
    }

    fn meeting_figures(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<MeetingFigures>> {
        Store::meeting_figures(self, from, to)
    }

    fn first_meeting_date(&self) -> Result<Option<NaiveDate>> {
        Store::first_meeting_date(self)
    }

    fn period_facts(&self, from: NaiveDate, to: NaiveDate) -> Result<PeriodFacts> {
        Store::period_facts(self, from, to)
    }

    fn is_empty(&self) -> Result<bool> {
        Store::is_empty(self)
    }

    fn cycle_scores(&self, cycle_id: i64) -> Result<Vec<Record<Score>>> {
        Store::cycle_scores(self, cycle_id)
    }

    fn cycle_named(&self, name: &str) -> Result<i64> {
        Store::cycle_named(self, name)
    }

    fn cycle_content(&self, id: i64) -> Result<CycleContent> {
        Store::cycle_content(self, id)
    }

    fn objective_content(&self, id: i64, code: &str) -> Result<Option<ObjectiveContent>> {
        Store::objective_content(self, id, code)
    }

    fn cycle_data(&self, id: i64) -> Result<CycleData> {
        Store::cycle_data(self, id)
    }

    fn sign_off_with(&mut self, id: i64, at: &str, digest_of: &mut dyn FnMut(&CycleContent) -> Result<String>) -> Result<String> {
        Store::sign_off_with(self, id, at, digest_of).map_err(|e| self.explain_refusal(e))
    }

    fn document_options(&self, cycle_id: i64) -> Result<Option<crate::model::DocumentOptions>> {
        Store::document_options(self, cycle_id)
    }

    fn set_document_options(&mut self, cycle_id: i64, options: &crate::model::DocumentOptions) -> Result<()> {
        Store::set_document_options(self, cycle_id, options).map_err(|e| self.explain_refusal(e))
    }

    fn signing_secret(&mut self, candidate: [u8; 32], now: &str) -> Result<[u8; 32]> {
        Store::signing_secret(self, candidate, now).map_err(|e| self.explain_refusal(e))
    }

    fn record_package(&mut self, record: &PackageRecord, cycle: &str) -> Result<()> {
        Store::record_package(self, record, cycle).map_err(|e| self.explain_refusal(e))
    }

    fn package_record(&self, id: &str) -> Result<Option<PackageRecord>> {
        Store::package_record(self, id)
    }

    fn check(&mut self, repair: bool) -> Result<Findings> {
        let mut findings = Findings { problems: Store::check(self)?, repaired: Vec::new() };
        if !findings.problems.is_empty() {
            // The rest reads through the damaged structures; SQLite's findings come first.
            return Ok(findings);
        }
        match self.check_aggregates(repair)? {
            Some(0) | None => {}
            Some(rows) if repair => {
                findings.repaired.push(format!("{rows} row(s) of the kept attendance aggregates recomputed"))
            }
            Some(rows) => findings.problems.push(format!(
                "{rows} row(s) of the kept attendance aggregates differ from the attendance rows; `check --repair` recomputes them"
            )),
        }
        Ok(findings)
    }

    fn trash(&self) -> Result<Vec<TrashEntry>> {
        Store::trash(self)
    }

    fn empty_trash(&mut self, before: Option<&str>) -> Result<usize> {
        Store::empty_trash(self, before)
    }

    fn clear_damage_mark(&self) -> Option<String> {
        Store::clear_damage_mark(self)
    }

    fn backup_to(&self, target: &Path) -> Result<()> {
        self.backup(target)
    }

    fn backup_now(&self, reason: Reason) -> Result<Backup> {
        Store::backup_now(self, reason)
    }

    fn backup_if_due(&self) -> Result<Option<Backup>> {
        Store::backup_if_due(self)
    }

    fn backups(&self) -> Result<Vec<Backup>> {
        Store::backups(self)
    }

    #[cfg(feature = "fuzzing")]
    fn pages(&mut self) -> Result<Vec<u8>> {
        Ok(self.sqlite_mut()?.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    #[cfg(feature = "fuzzing")]
    fn restore_pages(&mut self, pages: &[u8]) -> Result<()> {
        Ok(self.sqlite_mut()?.deserialize_read_exact(rusqlite::MAIN_DB, pages, pages.len(), false)?)
    }

    #[cfg(feature = "fuzzing")]
    fn in_transaction(&self) -> bool {
        !self.conn.is_autocommit()
    }
}

impl Writer for Tx<'_> {
    fn create_kind(&self, kind: Kind, record: &dyn Any) -> Result<i64> {
        with_kind!(kind, E => self.create(typed::<E>(kind, record)?))
    }

    fn update_kind(&self, kind: Kind, id: i64, record: &dyn Any) -> Result<()> {
        with_kind!(kind, E => self.update(id, typed::<E>(kind, record)?))
    }

    fn delete_kind(&self, kind: Kind, id: i64) -> Result<()> {
        with_kind!(kind, E => self.delete::<E>(id))
    }

    fn load_kind(&self, kind: Kind, id: i64) -> Result<Box<dyn Any>> {
        with_kind!(kind, E => Ok(Box::new(Tx::get::<E>(self, id)?)))
    }

    fn deleted_with(&self, kind: Kind, id: i64) -> Result<Vec<(Kind, Vec<i64>)>> {
        Tx::deleted_with(self, kind, id)
    }

    fn put_in_trash(&self, entry: &NewTrashEntry) -> Result<i64> {
        Tx::put_in_trash(self, entry)
    }

    fn trash_fragment(&self, id: i64) -> Result<super::trash::KeptRecords> {
        Tx::trash_fragment(self, id)
    }

    fn take_from_trash(&self, id: i64) -> Result<()> {
        Tx::take_from_trash(self, id)
    }

    fn expect_version(&self, kind: Kind, id: i64, version: i64) -> Result<()> {
        with_kind!(kind, E => Tx::expect_version::<E>(self, id, version))
    }

    fn import_kind(&self, kind: Kind, record: &dyn Any, line: u64) -> Result<()> {
        with_kind!(kind, E => self.import(typed::<E>(kind, record)?, line))
    }

    fn finish_import(&self) -> Result<Vec<RowError>> {
        Tx::finish_import(self)
    }

    fn next_priority_rank(&self, meeting_key: &str) -> Result<i64> {
        Tx::next_priority_rank(self, meeting_key)
    }

    fn restore_cycle_status(&self, cycle: &ReviewCycle) -> Result<()> {
        Tx::restore_cycle_status(self, cycle)
    }

    fn record_return(&self, id: &str, key: &str, returned_at: &str) -> Result<()> {
        Tx::record_return(self, id, key, returned_at)
    }

    fn claim_package(&self, id: &str) -> Result<Option<PackageRecord>> {
        Tx::claim_package(self, id)
    }

    fn claim_scores(&self, cycle_id: i64, reviewer: &str) -> Result<Vec<Record<Score>>> {
        Tx::claim_scores(self, cycle_id, reviewer)
    }

    fn key_holder(&self, key: &str, reviewer: &str) -> Result<Option<String>> {
        Tx::key_holder(self, key, reviewer)
    }

    fn document_options(&self, cycle_id: i64) -> Result<Option<crate::model::DocumentOptions>> {
        Tx::document_options(self, cycle_id)
    }

    fn import_document_options(&self, options: &crate::model::CycleDocumentOptions) -> Result<()> {
        Tx::import_document_options(self, options)
    }
}
