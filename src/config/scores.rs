//! The `[scores]` table: the weights of the advocacy and risk scores, and the thresholds above
//! which a person is suggested as a prescriptor candidate or for the watchlist.

use serde::Deserialize;
use toml::Spanned;

use super::{ConfigError, Place};
use crate::analytics::Weights;
use crate::i18n::Arg;

/// The scores' settings, from `[scores]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoresConfig {
    /// The weights of both formulas.
    pub weights: Weights,
    /// A person who is not yet a prescriptor is suggested as a candidate from this advocacy
    /// score on (5: for instance three recent positive mentions and a thousand followers).
    pub candidate_threshold: f64,
    /// A person is suggested for the watchlist from this risk score on (4: for instance two
    /// recent hostile messages and a hundred followers).
    pub watchlist_threshold: f64,
}

impl Default for ScoresConfig {
    fn default() -> ScoresConfig {
        ScoresConfig {
            weights: Weights::default(),
            candidate_threshold: 5.0,
            watchlist_threshold: 4.0,
        }
    }
}

/// `[scores]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawScores {
    positive: Option<Spanned<f64>>,
    defence: Option<Spanned<f64>>,
    share: Option<Spanned<f64>>,
    negative: Option<Spanned<f64>>,
    hostile: Option<Spanned<f64>>,
    reach: Option<Spanned<f64>>,
    recency_half_life_days: Option<Spanned<f64>>,
    candidate_threshold: Option<Spanned<f64>>,
    watchlist_threshold: Option<Spanned<f64>>,
}

/// Validates `[scores]`: every number must be finite and 0 or more; the half-life more than 0.
pub(super) fn scores_config(raw: &RawScores, at: Place<'_>) -> Result<ScoresConfig, ConfigError> {
    let mut config = ScoresConfig::default();
    let fields: [(&Option<Spanned<f64>>, &str, &mut f64); 8] = [
        (&raw.positive, "positive", &mut config.weights.positive),
        (&raw.defence, "defence", &mut config.weights.defence),
        (&raw.share, "share", &mut config.weights.share),
        (&raw.negative, "negative", &mut config.weights.negative),
        (&raw.hostile, "hostile", &mut config.weights.hostile),
        (&raw.reach, "reach", &mut config.weights.reach),
        (
            &raw.candidate_threshold,
            "candidate_threshold",
            &mut config.candidate_threshold,
        ),
        (
            &raw.watchlist_threshold,
            "watchlist_threshold",
            &mut config.watchlist_threshold,
        ),
    ];
    for (value, name, target) in fields {
        if let Some(value) = value {
            *target = not_negative(value, name, at)?;
        }
    }
    if let Some(days) = &raw.recency_half_life_days {
        let key = "scores.recency_half_life_days";
        let half_life = not_negative(days, "recency_half_life_days", at)?;
        if half_life == 0.0 {
            let message = at.lang.text("error-config-half-life");
            return Err(at.error(days.span(), key, message));
        }
        config.weights.recency_half_life_days = half_life;
    }
    Ok(config)
}

/// A finite number of 0 or more, or an error at its position naming `scores.<name>`.
fn not_negative(value: &Spanned<f64>, name: &str, at: Place<'_>) -> Result<f64, ConfigError> {
    let number = *value.get_ref();
    if number.is_finite() && number >= 0.0 {
        return Ok(number);
    }
    let message = if number.is_finite() {
        at.lang.text_with(
            "error-config-not-negative",
            &[("number", Arg::Text(&number.to_string()))],
        )
    } else {
        at.lang.text("error-config-not-finite")
    };
    Err(at.error(value.span(), format!("scores.{name}"), message))
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use std::path::Path;

    #[test]
    fn a_scores_table_overrides_only_the_keys_it_names() {
        let text = "[scores]\ndefence = 5\nwatchlist_threshold = 2.5\n";
        let config = Config::parse(text, Path::new("c.toml")).unwrap();
        assert_eq!(config.scores.weights.defence, 5.0);
        assert_eq!(config.scores.watchlist_threshold, 2.5);
        assert_eq!(config.scores.weights.positive, 1.0);
        assert_eq!(config.scores.candidate_threshold, 5.0);
    }

    #[test]
    fn a_negative_weight_is_refused_with_its_line_and_key() {
        let text = "[scores]\npositive = 1.0\nhostile = -2\n";
        let error = Config::parse(text, Path::new("c.toml")).unwrap_err();
        assert_eq!(error.line, Some(3));
        assert_eq!(error.key.as_deref(), Some("scores.hostile"));
    }

    #[test]
    fn a_zero_half_life_an_infinite_weight_and_an_unknown_key_are_refused() {
        let path = Path::new("c.toml");
        let error = Config::parse("[scores]\nrecency_half_life_days = 0\n", path).unwrap_err();
        assert_eq!(error.key.as_deref(), Some("scores.recency_half_life_days"));
        let error = Config::parse("[scores]\nreach = inf\n", path).unwrap_err();
        assert_eq!(error.key.as_deref(), Some("scores.reach"));
        assert!(Config::parse("[scores]\nlove = 1\n", path).is_err());
    }
}
