//! The indicators' values over a period: the catalogue's rules (`model::metrics`) applied to
//! the facts storage gathered for it. Pure: no storage, no I/O.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::model::facts::PeriodFacts;
pub use crate::model::metrics::{format_value, median, Unit, METRICS};

/// A metric's value over a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[derive(specta::Type)]
pub struct MetricValue {
    pub name: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    pub value: Option<f64>,
    /// The value as documents and screens print it ("64%", "12.0", "n/a").
    pub value_text: String,
}

/// Every metric's value over the period `from`..=`to`. A meeting whose participants do not add
/// up (a database edited by hand) is refused as the statistics refuse it, rather than
/// averaged into nonsense.
pub fn compute(facts: &PeriodFacts, from: NaiveDate, to: NaiveDate) -> Result<Vec<MetricValue>> {
    check_period(from, to)?;
    for meeting in &facts.meetings {
        crate::stats::participants(meeting)?;
    }
    Ok(values(facts))
}

/// Every metric's value from already gathered facts.
pub fn values(facts: &PeriodFacts) -> Vec<MetricValue> {
    METRICS
        .iter()
        .map(|m| {
            let value = (m.compute)(facts);
            MetricValue { name: m.name, label: m.label, unit: m.unit, value, value_text: format_value(m.unit, value) }
        })
        .collect()
}


/// Refuses a period whose end comes before its start, naming the field to correct. Checked in
/// the core rather than in each face, so that the CLI and the app refuse alike.
pub fn check_period(from: NaiveDate, to: NaiveDate) -> Result<()> {
    if to < from {
        return Err(crate::error::Error::invalid_because("to", crate::msg!("invalid-period-end", to = to.to_string(), from = from.to_string())));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_period_that_ends_before_it_starts_is_refused() {
        let facts = crate::model::facts::PeriodFacts::default();
        let day = |text: &str| crate::model::parse_date(text).unwrap();
        let error = super::compute(&facts, day("2024-01-01"), day("2023-01-01")).unwrap_err();
        assert_eq!(error.field_errors()[0].field, "to");
        assert!(error.to_string().contains("2023-01-01 is before the start of the period (2024-01-01)"), "{error}");
        assert!(super::compute(&facts, day("2024-01-01"), day("2024-01-01")).is_ok());
    }
}
