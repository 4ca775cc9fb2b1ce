//! The headline figures of a week and the pure rules behind them (engagement rate, median, traffic light).

use chrono::{Datelike, NaiveDate};

/// One ISO week's headline figures, as the Reports pane shows them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WeekFigures {
    /// The first day shown (Monday for ISO weeks).
    pub first_day: Option<NaiveDate>,
    /// Posts planned in the week (any status but cancelled).
    pub posts_planned: i64,
    /// Posts published in the week.
    pub posts_published: i64,
    /// Impressions of the week's published posts (latest metrics).
    pub impressions: i64,
    /// Reach of the week's published posts.
    pub reach: i64,
    /// Likes + comments + shares + saves of the week's published posts.
    pub interactions: i64,
    /// Messages received in the week.
    pub messages_received: i64,
    /// Of those, answered (with a first response).
    pub messages_answered: i64,
    /// First-response times of the week's answered messages, in minutes.
    pub response_minutes: Vec<f64>,
    /// Mentions heard in the week, by sentiment.
    pub mentions_positive: i64,
    /// Neutral mentions.
    pub mentions_neutral: i64,
    /// Negative mentions.
    pub mentions_negative: i64,
    /// Mentions matched by a brand rule.
    pub brand_mentions: i64,
    /// Mentions matched by a competitor rule.
    pub competitor_mentions: i64,
    /// Followers across channels at the start of the week.
    pub followers_start: Option<i64>,
    /// Followers across channels at the end of the week.
    pub followers_end: Option<i64>,
    /// Advocates and influencers active (a linked message or mention) in the week.
    pub active_prescriptors: i64,
}

impl WeekFigures {
    /// Engagement rate = interactions ÷ impressions (reach when impressions are missing); `None` without data.
    pub fn engagement_rate(&self) -> Option<f64> {
        ratio(
            self.interactions,
            if self.impressions > 0 {
                self.impressions
            } else {
                self.reach
            },
        )
    }

    /// Total mentions.
    pub fn mentions(&self) -> i64 {
        self.mentions_positive + self.mentions_neutral + self.mentions_negative
    }

    /// Share of voice = brand mentions ÷ (brand + competitor mentions).
    pub fn share_of_voice(&self) -> Option<f64> {
        ratio(
            self.brand_mentions,
            self.brand_mentions + self.competitor_mentions,
        )
    }

    /// Positive share = positive mentions ÷ all mentions.
    pub fn positive_share(&self) -> Option<f64> {
        ratio(self.mentions_positive, self.mentions())
    }

    /// Median first-response time in minutes.
    pub fn median_response(&self) -> Option<f64> {
        median(&self.response_minutes)
    }

    /// Share of answered messages whose first response came within `target` minutes.
    pub fn within_target(&self, target: f64) -> Option<f64> {
        let met = self
            .response_minutes
            .iter()
            .filter(|m| **m <= target)
            .count() as i64;
        ratio(met, self.response_minutes.len() as i64)
    }

    /// Follower growth over the week.
    pub fn follower_growth(&self) -> Option<i64> {
        Some(self.followers_end? - self.followers_start?)
    }
}

/// `part ÷ whole`, or `None` when the whole is zero (never NaN).
pub fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The median of a list of values; `None` for an empty list.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// The ISO week label of a date, e.g. `2026-W48`.
pub fn iso_week_label(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// The default file name of a period's report: `cmdeck-report-2026-W48.md` for an ISO week,
/// `cmdeck-report-2026-11-01_2026-11-30.md` for any other period.
pub fn report_file_name(first: NaiveDate, last: NaiveDate) -> String {
    if (last - first).num_days() == 6 && first.weekday() == chrono::Weekday::Mon {
        format!("cmdeck-report-{}.md", iso_week_label(first))
    } else {
        format!("cmdeck-report-{first}_{last}.md")
    }
}

/// The Monday of an ISO week written `2026-W07`; `None` unless the week exists.
pub fn parse_iso_week(text: &str) -> Option<NaiveDate> {
    let (year, week) = text.split_once("-W")?;
    if text.len() != 8 {
        return None;
    }
    NaiveDate::from_isoywd_opt(year.parse().ok()?, week.parse().ok()?, chrono::Weekday::Mon)
}

/// How an objective is doing against its target by its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrafficLight {
    /// Progress is within 10 points of the time elapsed, or the target is reached.
    OnTrack,
    /// Progress trails the time elapsed by 10 to 25 points.
    AtRisk,
    /// Progress trails the time elapsed by more than 25 points.
    OffTrack,
}

impl TrafficLight {
    /// A label that does not rely on colour, in English (see [`TrafficLight::label_in`]).
    pub fn label(self) -> String {
        self.label_in(crate::i18n::Lang::En)
    }

    /// A label that does not rely on colour, in `lang`: `● on track` / `● en camino`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            TrafficLight::OnTrack => lang.text("traffic-light-on-track"),
            TrafficLight::AtRisk => lang.text("traffic-light-at-risk"),
            TrafficLight::OffTrack => lang.text("traffic-light-off-track"),
        }
    }

    /// The rule, as shown next to the light, in `lang`.
    pub fn rule(lang: crate::i18n::Lang) -> String {
        lang.text("traffic-light-rule")
    }

    /// Judges an objective on `today`; `None` when the target equals the baseline or dates are inverted.
    pub fn judge(
        baseline: f64,
        target: f64,
        actual: f64,
        start: NaiveDate,
        deadline: NaiveDate,
        today: NaiveDate,
    ) -> Option<TrafficLight> {
        let span = (deadline - start).num_days();
        if span <= 0 || target == baseline {
            return None;
        }
        let elapsed = ((today - start).num_days() as f64 / span as f64).clamp(0.0, 1.0);
        let progress = (actual - baseline) / (target - baseline);
        Some(if progress >= 1.0 || progress >= elapsed - 0.10 {
            TrafficLight::OnTrack
        } else if progress >= elapsed - 0.25 {
            TrafficLight::AtRisk
        } else {
            TrafficLight::OffTrack
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn an_empty_week_has_no_rates_instead_of_nan() {
        let week = WeekFigures::default();
        assert_eq!(week.engagement_rate(), None);
        assert_eq!(week.share_of_voice(), None);
        assert_eq!(week.median_response(), None);
        assert_eq!(week.within_target(120.0), None);
    }

    #[test]
    fn engagement_falls_back_to_reach_when_impressions_are_missing() {
        let week = WeekFigures {
            interactions: 50,
            reach: 1_000,
            ..Default::default()
        };
        assert_eq!(week.engagement_rate(), Some(0.05));
    }

    #[test]
    fn the_median_of_an_even_list_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&[30.0, 10.0, 20.0, 40.0]), Some(25.0));
        assert_eq!(median(&[5.0]), Some(5.0));
    }

    #[test]
    fn the_traffic_light_compares_progress_with_time_elapsed() {
        // Half the time gone (10 of 20 days).
        let judge = |actual| TrafficLight::judge(100.0, 200.0, actual, day(1), day(21), day(11));
        assert_eq!(judge(145.0), Some(TrafficLight::OnTrack));
        assert_eq!(judge(130.0), Some(TrafficLight::AtRisk));
        assert_eq!(judge(110.0), Some(TrafficLight::OffTrack));
        assert_eq!(judge(250.0), Some(TrafficLight::OnTrack));
    }

    #[test]
    fn a_lower_is_better_target_is_judged_the_same_way() {
        // Response time from 240 to 60 minutes; half the time gone; at 150 minutes progress is 0.5.
        let light = TrafficLight::judge(240.0, 60.0, 150.0, day(1), day(21), day(11));
        assert_eq!(light, Some(TrafficLight::OnTrack));
    }

    #[test]
    fn iso_week_labels_use_the_iso_year() {
        assert_eq!(
            iso_week_label(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
            "2026-W48"
        );
        assert_eq!(
            iso_week_label(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()),
            "2026-W53"
        );
    }
}
