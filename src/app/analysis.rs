//! The meeting statistics (Annex B) and the indicators over a period.

use chrono::NaiveDate;
use serde::Serialize;

use super::Session;
use crate::error::Result;
use crate::metrics::MetricValue;
use crate::model::Objective;
use crate::review::IndicatorResult;
use crate::stats::StatsTable;

/// An objective's indicators over a period, against their targets.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ObjectiveIndicators {
    pub code: String,
    pub indicators: Vec<IndicatorResult>,
}

/// Every indicator's value over a period.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Indicators {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub values: Vec<MetricValue>,
}

/// Refuses a range whose two given ends are the wrong way round (the metrics' own check).
fn check_period(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<()> {
    match (from, to) {
        (Some(from), Some(to)) => crate::metrics::check_period(from, to),
        _ => Ok(()),
    }
}

impl Session {
    /// The statistics table (Annex B layout) of the meetings that started in the range.
    pub fn statistics(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<StatsTable> {
        check_period(from, to)?;
        crate::stats::annex_b(&self.store.meeting_figures(from, to)?, from, to).map_err(|e| e.during("reading the meetings' figures"))
    }

    /// Every indicator over the period; it runs by default from the first meeting to `today`.
    pub fn indicators(&self, from: Option<NaiveDate>, to: Option<NaiveDate>, today: NaiveDate) -> Result<Indicators> {
        check_period(from, to)?;
        let to = to.unwrap_or(today);
        let from = match from {
            Some(from) => from,
            None => self.store.first_meeting_date()?.unwrap_or(to).min(to),
        };
        let facts = self.store.period_facts(from, to).map_err(|e| e.during("reading the period's facts"))?;
        let values = crate::metrics::compute(&facts, from, to)?;
        Ok(Indicators { from, to, values })
    }

    /// Every objective's indicators over `from`..=`to`, against their targets, in id order.
    pub fn objective_indicators(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<ObjectiveIndicators>> {
        let facts = self.store.period_facts(from, to).map_err(|e| e.during("reading the period's facts"))?;
        let values = crate::metrics::compute(&facts, from, to)?;
        Ok(self
            .store
            .list::<Objective>()?
            .into_iter()
            .map(|o| ObjectiveIndicators { indicators: crate::review::indicator_results(&o.data, &values), code: o.data.code })
            .collect())
    }
}
