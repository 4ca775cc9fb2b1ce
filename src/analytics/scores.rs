//! Advocacy and risk scores of a person, from counts of what they did and how long ago.
//!
//! Both scores are a weighted sum of counts, discounted by how long ago the person was last
//! active, plus a bounded reach term. The weights come from the `[scores]` table of the config;
//! the formulas are spelled out in [`ADVOCACY_FORMULA`] and [`RISK_FORMULA`], shown in the profile
//! and in the README. Pure: the counts and the age are parameters.

use std::fmt;

/// The advocacy formula in plain words, shown in the profile next to the score.
pub const ADVOCACY_FORMULA: &str = "advocacy = (positive × (positive mentions + positive messages) \
     + defence × defences + share × shares) × recency + reach × log10(1 + reach); \
     0 without positive activity; recency = 0.5 ^ (days since last activity ÷ recency_half_life_days)";

/// The risk formula in plain words, shown in the profile next to the score.
pub const RISK_FORMULA: &str = "risk = (negative × negative mentions + hostile × hostile messages) \
     × recency + reach × log10(1 + reach); 0 without negative activity; \
     recency = 0.5 ^ (days since last activity ÷ recency_half_life_days)";

pub use crate::domain::people::Activity;

/// The weights of both formulas, from the `[scores]` table of the config.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Points per positive mention or message (1: the unit every other weight is measured in).
    pub positive: f64,
    /// Points per defence of the brand (3: stepping in publicly when the brand is attacked is
    /// rarer and worth more than praise).
    pub defence: f64,
    /// Points per share or repost (1.5: it spreads the brand's own content to their audience).
    pub share: f64,
    /// Points per negative mention (1: the unit of the risk score).
    pub negative: f64,
    /// Points per hostile message (1.5: a negative message is addressed at the brand itself).
    pub hostile: f64,
    /// Points per order of magnitude of reach (1: 10,000 followers add 4, a million add 6, so a
    /// large audience amplifies activity without ever outweighing it).
    pub reach: f64,
    /// Days after which activity counts half (30: a month-old burst is worth half a fresh one).
    pub recency_half_life_days: f64,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights {
            positive: 1.0,
            defence: 3.0,
            share: 1.5,
            negative: 1.0,
            hostile: 1.5,
            reach: 1.0,
            recency_half_life_days: 30.0,
        }
    }
}

/// A score with the contribution of each term, which add up to the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// The score itself (0 or more).
    pub value: f64,
    /// Each term with its contribution after the recency discount, for the profile.
    pub parts: Vec<(String, f64)>,
}

impl Score {
    /// A score of 0 with no terms.
    fn zero() -> Score {
        Score {
            value: 0.0,
            parts: Vec::new(),
        }
    }

    /// The value rounded to one decimal, as displayed.
    pub fn rounded(&self) -> f64 {
        (self.value * 10.0).round() / 10.0
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}", self.value)
    }
}

/// The recency factor: 1 for activity today, ½ at one half-life, ¼ at two. Unknown age counts
/// as 1 (it only happens when nothing is dated, that is without activity); a date in the future
/// counts as today; a half-life of 0 or less turns the discount off.
pub fn recency(days_since_last: Option<i64>, half_life_days: f64) -> f64 {
    match days_since_last {
        Some(days) if half_life_days > 0.0 => 0.5_f64.powf(days.max(0) as f64 / half_life_days),
        _ => 1.0,
    }
}

/// The reach term: `weight × log10(1 + reach)`, so every tenfold audience adds one weight.
fn reach_term(reach: i64, weight: f64) -> f64 {
    weight * (1.0 + reach.max(0) as f64).log10()
}

/// Sums the weighted counts × recency plus reach; 0 when every count is 0.
fn combine(terms: &[(&str, f64, u32)], a: &Activity, w: &Weights) -> Score {
    if terms.iter().all(|(_, _, count)| *count == 0) {
        return Score::zero();
    }
    let factor = recency(a.days_since_last, w.recency_half_life_days);
    let mut parts: Vec<(String, f64)> = terms
        .iter()
        .map(|(name, weight, count)| (name.to_string(), weight * f64::from(*count) * factor))
        .collect();
    parts.push(("reach".to_string(), reach_term(a.reach, w.reach)));
    let value = parts.iter().map(|(_, part)| part).sum();
    Score { value, parts }
}

/// The advocacy score: see [`ADVOCACY_FORMULA`].
pub fn advocacy(a: &Activity, w: &Weights) -> Score {
    let terms = [
        (
            "positive",
            w.positive,
            a.positive_mentions + a.positive_messages,
        ),
        ("defences", w.defence, a.defences),
        ("shares", w.share, a.shares),
    ];
    combine(&terms, a, w)
}

/// The risk score: see [`RISK_FORMULA`].
pub fn risk(a: &Activity, w: &Weights) -> Score {
    let terms = [
        ("negative mentions", w.negative, a.negative_mentions),
        ("hostile messages", w.hostile, a.hostile_messages),
    ];
    combine(&terms, a, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(left: f64, right: f64) -> bool {
        (left - right).abs() < 1e-9
    }

    #[test]
    fn a_fresh_advocate_scores_the_hand_computed_sum() {
        let a = Activity {
            positive_mentions: 4,
            positive_messages: 1,
            defences: 1,
            shares: 2,
            reach: 999,
            days_since_last: Some(0),
            ..Activity::default()
        };
        // (1 × 5 + 3 × 1 + 1.5 × 2) × 1 + 1 × log10(1000) = 11 + 3
        let score = advocacy(&a, &Weights::default());
        assert!(close(score.value, 14.0), "{score:?}");
        assert_eq!(score.parts.len(), 4);
        assert!(close(score.parts[1].1, 3.0));
        assert_eq!(score.to_string(), "14.0");
    }

    #[test]
    fn a_month_old_critic_scores_the_hand_computed_risk() {
        let a = Activity {
            negative_mentions: 2,
            hostile_messages: 2,
            reach: 99,
            days_since_last: Some(30),
            ..Activity::default()
        };
        // (1 × 2 + 1.5 × 2) × 0.5 + log10(100) = 2.5 + 2
        let score = risk(&a, &Weights::default());
        assert!(close(score.value, 4.5), "{score:?}");
        assert_eq!(advocacy(&a, &Weights::default()).value, 0.0);
    }

    #[test]
    fn activity_counts_half_at_the_half_life_and_a_quarter_at_two() {
        assert!(close(recency(Some(0), 30.0), 1.0));
        assert!(close(recency(Some(30), 30.0), 0.5));
        assert!(close(recency(Some(60), 30.0), 0.25));
        assert!(close(recency(None, 30.0), 1.0));
        assert!(close(recency(Some(-3), 30.0), 1.0));
        let mut a = Activity {
            positive_mentions: 4,
            days_since_last: Some(0),
            ..Activity::default()
        };
        let fresh = advocacy(&a, &Weights::default()).value;
        a.days_since_last = Some(30);
        assert!(close(advocacy(&a, &Weights::default()).value, fresh / 2.0));
    }

    #[test]
    fn no_activity_scores_zero_whatever_the_reach() {
        let a = Activity {
            reach: 1_000_000,
            days_since_last: Some(1),
            ..Activity::default()
        };
        assert_eq!(advocacy(&a, &Weights::default()), Score::zero());
        assert_eq!(risk(&a, &Weights::default()).value, 0.0);
        assert_eq!(
            risk(&Activity::default(), &Weights::default()).to_string(),
            "0.0"
        );
    }

    #[test]
    fn the_reach_term_grows_by_one_weight_per_tenfold_audience() {
        let mut a = Activity {
            positive_mentions: 1,
            days_since_last: Some(0),
            reach: 9_999,
            ..Activity::default()
        };
        assert!(close(advocacy(&a, &Weights::default()).value, 1.0 + 4.0));
        a.reach = 999_999_999;
        assert!(close(advocacy(&a, &Weights::default()).value, 1.0 + 9.0));
        a.reach = -5;
        assert!(close(advocacy(&a, &Weights::default()).value, 1.0));
    }

    #[test]
    fn weights_from_the_config_change_the_result() {
        let a = Activity {
            positive_mentions: 2,
            defences: 1,
            negative_mentions: 1,
            days_since_last: Some(0),
            ..Activity::default()
        };
        let w = Weights {
            defence: 10.0,
            negative: 4.0,
            reach: 0.0,
            ..Weights::default()
        };
        assert!(close(advocacy(&a, &Weights::default()).value, 5.0));
        assert!(close(advocacy(&a, &w).value, 12.0));
        assert!(close(risk(&a, &w).value, 4.0));
    }

    #[test]
    fn a_score_is_displayed_and_rounded_to_one_decimal() {
        let score = Score {
            value: 4.26,
            parts: Vec::new(),
        };
        assert_eq!(score.to_string(), "4.3");
        assert!(close(score.rounded(), 4.3));
    }
}
