//! Unit tests of spike detection and cooldown.

use super::*;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 10, 12, 0, 0)
        .single()
        .expect("a valid instant")
}

/// `per_day[0]` mentions in the last 24 hours, `per_day[d]` mentions `d` days before that.
fn series(per_day: &[u32]) -> Vec<DateTime<Utc>> {
    per_day
        .iter()
        .enumerate()
        .flat_map(|(day, &count)| {
            (0..count).map(move |i| {
                now() - Duration::days(day as i64) - Duration::minutes(30 + i64::from(i))
            })
        })
        .collect()
}

#[test]
fn a_flat_series_does_not_spike() {
    let check = check_spike(
        &series(&[5, 5, 5, 5, 5, 5, 5, 5]),
        now(),
        Sensitivity::Sensitive,
        1,
    );
    assert_eq!(check.last_24h, 5);
    assert_eq!(check.mean, 5.0);
    assert_eq!(check.std_dev, 0.0);
    assert_eq!(check.threshold, 5.0);
    assert!(!check.spiking);
}

#[test]
fn a_clear_spike_is_detected() {
    let check = check_spike(
        &series(&[40, 4, 6, 5, 5, 4, 6, 5]),
        now(),
        Sensitivity::Strict,
        5,
    );
    assert_eq!(check.last_24h, 40);
    assert_eq!(check.mean, 5.0);
    assert!(check.spiking);
}

#[test]
fn going_from_zero_to_two_is_below_the_minimum_and_not_a_crisis() {
    let check = check_spike(&series(&[2]), now(), Sensitivity::Sensitive, 5);
    assert_eq!(check.last_24h, 2);
    assert_eq!(check.threshold, 0.0);
    assert!(!check.spiking);
    assert!(check_spike(&series(&[5]), now(), Sensitivity::Sensitive, 5).spiking);
}

#[test]
fn each_sensitivity_gives_a_different_answer_on_the_same_series() {
    // Previous days 2, 8, 2, 8, 2, 8, 5: mean 5, σ ≈ 2.78; thresholds ≈ 9.17, 10.55, 13.33.
    let answers = |today: u32| {
        let times = series(&[today, 2, 8, 2, 8, 2, 8, 5]);
        Sensitivity::ALL
            .iter()
            .map(|&s| check_spike(&times, now(), s, 1).spiking)
            .collect::<Vec<_>>()
    };
    assert_eq!(answers(10), [true, false, false]);
    assert_eq!(answers(12), [true, true, false]);
    assert_eq!(answers(14), [true, true, true]);
    assert_eq!(answers(9), [false, false, false]);
}

#[test]
fn an_empty_history_never_spikes_and_has_zero_figures() {
    let check = check_spike(&[], now(), Sensitivity::Sensitive, 0);
    assert_eq!(check.last_24h, 0);
    assert_eq!(
        (check.mean, check.std_dev, check.threshold),
        (0.0, 0.0, 0.0)
    );
    assert!(!check.spiking);
}

#[test]
fn window_edges_future_mentions_and_old_mentions_are_handled() {
    let day = Duration::days(1);
    let times = [
        now(),                      // last 24 h (end included)
        now() - day,                // previous day (start of last 24 h excluded)
        now() - day * 7,            // 7th previous day (its end)
        now() - day * 8,            // too old (start of the 7th previous day)
        now() + Duration::hours(1), // in the future
    ];
    let check = check_spike(&times, now(), Sensitivity::Balanced, 0);
    assert_eq!(check.last_24h, 1);
    assert!((check.mean - 2.0 / 7.0).abs() < 1e-12);
}

#[test]
fn sensitivities_have_their_k_and_stored_names() {
    assert_eq!(Sensitivity::Sensitive.k(), 1.5);
    assert_eq!(Sensitivity::Balanced.k(), 2.0);
    assert_eq!(Sensitivity::Strict.k(), 3.0);
    for &s in Sensitivity::ALL {
        assert_eq!(Sensitivity::parse(s.as_str()), Some(s));
    }
    assert_eq!(Sensitivity::parse("strict"), Some(Sensitivity::Strict));
    assert_eq!(Sensitivity::parse("Strict"), None);
}

#[test]
fn an_alert_silences_new_ones_until_the_cooldown_has_passed() {
    let alert = now() - Duration::hours(11);
    assert!(in_cooldown(Some(alert), now(), 12));
    assert!(!in_cooldown(Some(alert), now(), 11));
    assert!(!in_cooldown(Some(alert), now(), 0));
    assert!(!in_cooldown(None, now(), 12));
    assert!(in_cooldown(Some(now() + Duration::hours(1)), now(), 1));
}
