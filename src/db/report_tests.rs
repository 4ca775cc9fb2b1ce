//! The report's figures on the hand-computed dataset of `tests/data/known_week.sql`, and on a
//! week with no data at all.

use super::Db;
use super::kpi_tests::dataset;
use crate::analytics::response::ResponseCount;
use crate::clock::Clock;
use crate::domain::report::Report;
use crate::report::ReportRequest;
use chrono::{Duration, NaiveDate, TimeZone, Utc};

fn report(db: &Db, first: NaiveDate, days: i64) -> Report {
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap());
    db.report(&ReportRequest {
        first,
        last: first + Duration::days(days - 1),
        today: clock.today(),
        count: ResponseCount { hours: None, clock },
        target_minutes: 60,
    })
    .unwrap()
}

fn w47() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
}

#[test]
fn channel_lines_match_a_hand_count() {
    let r = report(&dataset(), w47(), 7);
    let ig = &r.channels[0];
    assert_eq!(ig.label, "instagram @brand");
    // Planned: post 1 (published) and post 4 (scheduled); post 3 was published the week before.
    assert_eq!((ig.planned, ig.published, ig.published_before), (2, 1, 1));
    assert_eq!((ig.impressions, ig.reach, ig.interactions), (1000, 800, 40));
    assert_eq!(
        (ig.followers_start, ig.followers_end),
        (Some(1000), Some(1100))
    );
    assert_eq!(ig.received, 2);
    assert_eq!(ig.response_minutes, vec![30.0, 180.0]);
    let x = &r.channels[1];
    assert_eq!((x.planned, x.published, x.published_before), (1, 1, 0));
    assert_eq!((x.impressions, x.reach, x.interactions), (500, 400, 10));
    assert_eq!((x.followers_start, x.followers_end), (None, Some(500)));
    assert_eq!((x.received, x.response_minutes.len()), (1, 0));
}

#[test]
fn posts_rules_voices_and_people_match_a_hand_count() {
    let r = report(&dataset(), w47(), 7);
    let rates: Vec<_> = r.top_posts.iter().map(|p| p.rate).collect();
    assert_eq!(rates, vec![Some(0.04), Some(0.02)]);
    assert!(
        r.bottom_posts.is_empty(),
        "two posts are both in the top three"
    );
    assert_eq!(r.pillars.len(), 1);
    assert_eq!(
        (r.pillars[0].name.as_str(), r.pillars[0].posts),
        ("no pillar", 3)
    );
    let rules: Vec<_> = r
        .rules
        .iter()
        .map(|l| (l.name.as_str(), l.mentions, l.before))
        .collect();
    assert_eq!(rules, vec![("Marca", 3, 1), ("Rival", 1, 0)]);
    assert_eq!(
        r.voices,
        vec![("the brand".to_string(), 3), ("Rival".to_string(), 1)]
    );
    let p = &r.prescriptors;
    assert_eq!(
        (
            p.active,
            p.new_candidates,
            p.follow_ups_done,
            p.follow_ups_overdue,
            p.watchlist_activity
        ),
        (1, 0, 0, 0, 0)
    );
    assert_eq!(r.campaigns.len(), 1, "only Navidad runs in the week");
    assert_eq!(r.campaigns[0].spent_in_period_cents, 5000);
    assert_eq!(r.campaigns[0].line.spent_cents, 15000);
    assert_eq!(r.trends.weeks.len(), 8);
    assert_eq!(r.trends.weeks.last().map(String::as_str), Some("2026-W47"));
    assert_eq!(r.trends.posts_published.last(), Some(&Some(2.0)));
    assert_eq!(r.trends.mentions.last(), Some(&Some(4.0)));
    assert_eq!(r.next_week_total, 0);
}

#[test]
fn a_period_of_any_length_is_compared_with_the_one_before_it() {
    let r = report(&dataset(), w47() - Duration::days(7), 14);
    assert_eq!(r.this.posts_published, 3, "posts 1, 2 and 3 over two weeks");
    assert_eq!(r.before.first_day, Some(w47() - Duration::days(21)));
}

#[test]
fn an_empty_week_has_no_rates_and_its_markdown_says_no_data() {
    let db = dataset();
    let r = report(&db, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(), 7);
    assert_eq!(r.this.posts_published, 0);
    assert_eq!(r.this.engagement_rate(), None);
    assert!(r.top_posts.is_empty() && r.bottom_posts.is_empty());
    assert!(r.channels.iter().all(|c| c.response_minutes.is_empty()));
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap());
    let text = crate::report::to_markdown(&r, &clock);
    assert!(text.contains("no data"));
    assert!(!text.contains("NaN") && !text.contains("| inf"), "{text}");
    assert!(text.contains("No published posts with metrics."));
}

#[test]
fn crises_notes_and_next_weeks_posts_are_those_of_the_period() {
    let db = dataset();
    db.conn()
        .execute_batch(
            "INSERT INTO crises (opened_at, closed_at, level, note) VALUES
                ('2026-11-19T10:00:00Z', '2026-11-21T10:00:00Z', 2, 'during'),
                ('2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', 1, 'before'),
                ('2026-11-10T10:00:00Z', NULL, 3, 'still open');
             INSERT INTO week_notes VALUES ('2026-W47', 'won', 'note'), ('2026-W46', 'older', '');
             INSERT INTO posts (channel_id, body, status, scheduled_at, created_at, updated_at) VALUES
                (1, 'next monday', 'scheduled', '2026-11-23T09:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'),
                (1, 'a draft', 'draft', '2026-11-24T09:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'),
                (1, 'too late', 'scheduled', '2026-11-30T09:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z');",
        )
        .unwrap();
    let r = report(&db, w47(), 7);
    let crises: Vec<_> = r
        .crises
        .iter()
        .map(|c| (c.level, c.note.as_str()))
        .collect();
    assert_eq!(crises, vec![(3, "still open"), (2, "during")]);
    assert_eq!(
        r.notes,
        vec![(
            "2026-W47".to_string(),
            "won".to_string(),
            "note".to_string()
        )]
    );
    let next: Vec<_> = r.next_week.iter().map(|p| p.body.as_str()).collect();
    assert_eq!(next, vec!["next monday"]);
    assert_eq!(r.next_week_total, 1);
}

#[test]
fn the_channel_counts_are_read_from_indexes_without_walking_a_channels_posts() {
    let db = Db::open_in_memory().unwrap();
    let mut stmt = db
        .conn()
        .prepare(&format!(
            "EXPLAIN QUERY PLAN {}",
            super::report_lists::CHANNEL_COUNTS
        ))
        .unwrap();
    let plan: Vec<String> = stmt
        .query_map(["a", "b", "c", "d"], |row| row.get(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let published: Vec<&String> = plan
        .iter()
        .filter(|step| step.contains("SEARCH p"))
        .skip(1)
        .collect();
    assert_eq!(published.len(), 2, "{plan:#?}");
    for step in published {
        assert!(
            step.contains("COVERING INDEX posts_by_channel_published")
                && step.contains("published_at>? AND published_at<?"),
            "published posts are counted from the index, within the period: {plan:#?}"
        );
    }
}

#[test]
fn the_brands_mentions_of_each_day_are_counted_by_sentiment_with_the_days_threshold() {
    let r = report(&dataset(), w47(), 7);
    let days: Vec<(u32, i64, i64, i64)> = r
        .daily_sentiment
        .iter()
        .map(|d| {
            use chrono::Datelike;
            (d.day.day(), d.positive, d.neutral, d.negative)
        })
        .collect();
    // The brand's: the 17th positive, the 18th corrected from negative to positive, the 19th
    // negative; the competitor's neutral mention of the 20th is not the brand's.
    assert_eq!(
        days,
        vec![
            (16, 0, 0, 0),
            (17, 1, 0, 0),
            (18, 1, 0, 0),
            (19, 0, 0, 1),
            (20, 0, 0, 0),
            (21, 0, 0, 0),
            (22, 0, 0, 0)
        ]
    );
    // No threshold of its own: the default minimum of 5 negative mentions in 24 hours is above
    // mean + 2 standard deviations of so quiet a week.
    assert!(
        r.daily_sentiment.iter().all(|d| d.threshold == Some(5.0)),
        "{:?}",
        r.daily_sentiment
    );
    let quarter = report(&dataset(), w47() - Duration::days(70), 84);
    assert!(
        quarter.daily_sentiment.is_empty(),
        "longer than five weeks: no daily chart"
    );
}
