//! Inter-rater agreement: Krippendorff's alpha.
//!
//! Reliability data are units (here: objectives) scored by coders (reviewers), with missing
//! values allowed. Following Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
//! the pairable values of every unit with at least two values fill a coincidence matrix
//! `o[c][k] = Σ_u (number of c–k pairs in u) / (m_u − 1)`; with marginals `n_c` and total `n`,
//! `alpha = 1 − (n − 1) · Σ o[c][k]·δ²(c,k) / Σ n_c·n_k·δ²(c,k)`. The level of measurement
//! chooses the difference function δ².

use std::collections::BTreeMap;

/// Level of measurement, which chooses the difference function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Nominal,
    Ordinal,
    Interval,
    Ratio,
}

/// Krippendorff's alpha of reliability data given as one row per unit and one entry per coder
/// (`None` = missing). Returns None when alpha is undefined: fewer than two pairable values, or
/// no expected disagreement (every value the same).
pub fn alpha(units: &[Vec<Option<i64>>], level: Level) -> Option<f64> {
    // Values that occur, in order, and the coincidence matrix over them.
    let pairable: Vec<Vec<i64>> = units
        .iter()
        .map(|unit| unit.iter().flatten().copied().collect::<Vec<i64>>())
        .filter(|values| values.len() >= 2)
        .collect();
    let mut index: BTreeMap<i64, usize> = BTreeMap::new();
    for value in pairable.iter().flatten() {
        index.insert(*value, 0);
    }
    let values: Vec<i64> = index.keys().copied().collect();
    for (i, value) in values.iter().enumerate() {
        index.insert(*value, i);
    }
    let size = values.len();
    let mut coincidences = vec![vec![0.0f64; size]; size];
    for unit in &pairable {
        let weight = 1.0 / (unit.len() as f64 - 1.0);
        for (i, a) in unit.iter().enumerate() {
            for (j, b) in unit.iter().enumerate() {
                if i != j {
                    coincidences[index[a]][index[b]] += weight;
                }
            }
        }
    }
    let marginals: Vec<f64> = coincidences.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = marginals.iter().sum();
    if n < 2.0 {
        return None;
    }
    let delta = |c: usize, k: usize| -> f64 {
        let (vc, vk) = (values[c] as f64, values[k] as f64);
        match level {
            Level::Nominal => f64::from(c != k),
            Level::Interval => (vc - vk).powi(2),
            Level::Ratio => {
                if vc + vk == 0.0 {
                    0.0
                } else {
                    ((vc - vk) / (vc + vk)).powi(2)
                }
            }
            Level::Ordinal => {
                let (low, high) = if c <= k { (c, k) } else { (k, c) };
                let between: f64 = marginals[low..=high].iter().sum();
                (between - (marginals[c] + marginals[k]) / 2.0).powi(2)
            }
        }
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..size {
        for k in 0..size {
            let d = delta(c, k);
            observed += coincidences[c][k] * d;
            expected += marginals[c] * marginals[k] * d;
        }
    }
    if expected == 0.0 {
        return None;
    }
    Some(1.0 - (n - 1.0) * observed / expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example of Krippendorff (2011): coders A–D (rows) × 12 units, '.' missing.
    fn reference_units() -> Vec<Vec<Option<i64>>> {
        let coders = [
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 .",
        ];
        let rows: Vec<Vec<Option<i64>>> =
            coders.iter().map(|row| row.split(' ').map(|v| v.parse().ok()).collect()).collect();
        (0..12).map(|unit| rows.iter().map(|coder| coder[unit]).collect()).collect()
    }

    fn close(got: Option<f64>, expected: f64) {
        let got = got.expect("alpha is defined");
        assert!((got - expected).abs() < 1e-9, "expected {expected}, got {got}");
    }

    #[test]
    fn reproduces_the_published_reference_values() {
        let units = reference_units();
        close(alpha(&units, Level::Nominal), 113.0 / 152.0);
        close(alpha(&units, Level::Ordinal), 108577.0 / 133160.0);
        close(alpha(&units, Level::Interval), 951.0 / 1120.0);
        close(alpha(&units, Level::Ratio), 18222619.0 / 22852465.0);
    }

    #[test]
    fn perfect_agreement_on_varied_values_is_one() {
        let units = vec![vec![Some(1), Some(1)], vec![Some(3), Some(3), Some(3)], vec![Some(4), None, Some(4)]];
        for level in [Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio] {
            close(alpha(&units, level), 1.0);
        }
    }

    #[test]
    fn identical_values_everywhere_leave_alpha_undefined() {
        let units = vec![vec![Some(2), Some(2)], vec![Some(2), Some(2)]];
        assert_eq!(alpha(&units, Level::Ordinal), None);
    }

    #[test]
    fn a_lone_value_has_nothing_to_pair_with() {
        assert_eq!(alpha(&[vec![Some(3)]], Level::Interval), None);
        assert_eq!(alpha(&[], Level::Nominal), None);
        assert_eq!(alpha(&[vec![None, None]], Level::Nominal), None);
    }

    #[test]
    fn missing_values_are_ignored() {
        let with_gaps = vec![vec![Some(1), None, Some(2)], vec![Some(3), Some(3), None], vec![None, None, Some(4)]];
        let without = vec![vec![Some(1), Some(2)], vec![Some(3), Some(3)]];
        assert_eq!(alpha(&with_gaps, Level::Interval), alpha(&without, Level::Interval));
    }

    #[test]
    fn order_of_coders_does_not_matter() {
        let units = reference_units();
        let reversed: Vec<Vec<Option<i64>>> = units.iter().map(|u| u.iter().rev().copied().collect()).collect();
        for level in [Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio] {
            let (a, b) = (alpha(&units, level).unwrap(), alpha(&reversed, level).unwrap());
            assert!((a - b).abs() < 1e-12);
        }
    }

}
