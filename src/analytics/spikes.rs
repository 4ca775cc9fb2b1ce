//! Spike and crisis alerts: whether the mentions of the last 24 hours stand out from the 7 days
//! before, and whether an alert is still cooling down.
//!
//! "Now" is a parameter; nothing here reads the clock.

use chrono::{DateTime, Duration, Utc};

/// How the alert is decided, as shown next to a spike.
pub const FORMULA: &str = "alert when the last 24 h exceed the mean of the 7 previous days + k × standard deviation, with k = 1.5 (sensitive), 2 (balanced) or 3 (strict), and reach the minimum count; then not again within the cooldown";

/// How readily a rule raises an alert, as stored in `crisis_thresholds.sensitivity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sensitivity {
    /// Alert at mean + 1.5 standard deviations.
    Sensitive,
    /// Alert at mean + 2 standard deviations (the stored default).
    #[default]
    Balanced,
    /// Alert at mean + 3 standard deviations.
    Strict,
}

impl Sensitivity {
    /// Every sensitivity, from the most to the least alert-prone.
    pub const ALL: &'static [Sensitivity] = &[
        Sensitivity::Sensitive,
        Sensitivity::Balanced,
        Sensitivity::Strict,
    ];

    /// How many standard deviations above the mean the last 24 hours must be.
    pub fn k(self) -> f64 {
        match self {
            Sensitivity::Sensitive => 1.5,
            Sensitivity::Balanced => 2.0,
            Sensitivity::Strict => 3.0,
        }
    }

    /// The name under which this sensitivity is stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Sensitivity::Sensitive => "sensitive",
            Sensitivity::Balanced => "balanced",
            Sensitivity::Strict => "strict",
        }
    }

    /// Reads a stored name back (`sensitive`, `balanced`, `strict`); `None` when unknown.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|sensitivity| sensitivity.as_str() == text)
    }
}

/// The figures behind one spike decision, so the screen can show why it alerted or not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SpikeCheck {
    /// Mentions in the last 24 hours (after `now - 24 h`, up to and including `now`).
    pub last_24h: u32,
    /// The mean count of the 7 previous 24-hour windows.
    pub mean: f64,
    /// The population standard deviation of those 7 counts.
    pub std_dev: f64,
    /// `mean + k × std_dev`: the last 24 hours must exceed it.
    pub threshold: f64,
    /// The last 24 hours must also reach this count.
    pub min_count: u32,
    /// Whether the last 24 hours exceed the threshold and reach the minimum count.
    pub spiking: bool,
}

/// The number of previous 24-hour windows the last 24 hours are compared with.
const BASELINE_DAYS: i64 = 7;

/// Compares the mentions of the last 24 hours with the 7 previous 24-hour windows: spiking when
/// the count exceeds their mean + k × their population standard deviation and reaches
/// `min_count`, so that a quiet rule going from 0 to 2 is not a crisis. Each window excludes its
/// start and includes its end; mentions after `now` or older than 8 days are ignored.
pub fn check_spike(
    times: &[DateTime<Utc>],
    now: DateTime<Utc>,
    sensitivity: Sensitivity,
    min_count: u32,
) -> SpikeCheck {
    // counts[0] is the last 24 hours, counts[1..=7] the previous days.
    let mut counts = [0u32; BASELINE_DAYS as usize + 1];
    for &time in times.iter().filter(|&&time| time <= now) {
        // Whole days of age: [0, 24 h) is the last 24 hours, [24 h, 48 h) the day before…
        let window = (now - time).num_days();
        if let Some(count) = usize::try_from(window)
            .ok()
            .and_then(|index| counts.get_mut(index))
        {
            *count += 1;
        }
    }
    let last_24h = counts[0];
    let baseline = &counts[1..];
    let days = baseline.len() as f64;
    let mean = baseline.iter().map(|&c| f64::from(c)).sum::<f64>() / days;
    let variance = baseline
        .iter()
        .map(|&c| (f64::from(c) - mean).powi(2))
        .sum::<f64>()
        / days;
    let std_dev = variance.sqrt();
    let threshold = mean + sensitivity.k() * std_dev;
    SpikeCheck {
        last_24h,
        mean,
        std_dev,
        threshold,
        min_count,
        spiking: f64::from(last_24h) > threshold && last_24h >= min_count,
    }
}

/// Whether an alert raised at `last_alert` still silences new ones at `now`: true while less
/// than `cooldown_hours` have passed (and for an alert dated after `now`). No alert yet, or a
/// cooldown of 0, never silences.
pub fn in_cooldown(
    last_alert: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    cooldown_hours: u32,
) -> bool {
    last_alert.is_some_and(|alert| now < alert + Duration::hours(i64::from(cooldown_hours)))
}

#[cfg(test)]
mod tests;
