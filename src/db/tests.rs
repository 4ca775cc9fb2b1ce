//! Database tests: the list queries and counters on a small known dataset (opening and
//! migrating files is tested in `open_tests`).

use super::seed::*;
use super::*;
use crate::analytics::response::ResponseCount;
use crate::clock::Clock;
use crate::domain::calendar::AgendaQuery;
use crate::domain::inbox::NewMessage;
use crate::domain::mentions::NewMention;
use crate::domain::people::NewPerson;
use crate::domain::post::Post;
use crate::domain::*;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap()
}

/// A tiny brand: one channel, three posts, two messages, three mentions, two people.
fn tiny() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    let at = |hours: i64| now() + Duration::hours(hours);
    db.write(|tx| {
        let channel = insert_channel(
            tx,
            &NewChannel {
                network: Network::Mastodon,
                handle: "@nora".into(),
                name: Default::default(),
                char_limit: 500,
            },
        )?;
        let post = |body: &str, status, scheduled: i64, published: Option<i64>| Post {
            channel_id: channel,
            body: body.into(),
            status,
            scheduled_at: Some(at(scheduled)),
            published_at: published.map(at),
            url: None,
            campaign_id: None,
            pillar_id: None,
            persona_id: None,
            evergreen: false,
            cooldown_days: 30,
            max_repeats: None,
            until: None,
            notes: String::new(),
            repeat_of: None,
            created_at: at(-100),
            updated_at: at(-100),
        };
        let published = insert_post(
            tx,
            &post("Ayer publicamos", PostStatus::Published, -24, Some(-24)),
        )?;
        insert_post_metrics(
            tx,
            &NewPostMetrics {
                post_id: published,
                captured_at: at(-20),
                impressions: Some(1_000),
                reach: Some(800),
                likes: 30,
                comments: 5,
                shares: 3,
                saves: 2,
                clicks: 9,
            },
        )?;
        insert_post(tx, &post("Se nos pasó", PostStatus::Scheduled, -3, None))?;
        insert_post(tx, &post("Esta tarde", PostStatus::Scheduled, 4, None))?;
        let message = |author: &str, status, received: i64, answered: Option<i64>| NewMessage {
            channel_id: channel,
            kind: MessageKind::Dm,
            external_id: Some(author.into()),
            author: author.into(),
            person_id: None,
            body: "¿Abrís el domingo?".into(),
            received_at: at(received),
            status,
            snoozed_until: None,
            first_response_at: answered.map(at),
            sentiment_auto: Some(Sentiment::Neutral),
            sentiment: None,
            priority: Priority::Normal,
            rule: None,
            suggested_reply: None,
        };
        insert_message(tx, &message("@ana", MessageStatus::New, -5, None))?;
        insert_message(tx, &message("@luis", MessageStatus::Replied, -10, Some(-9)))?;
        let rule = insert_listening_rule(
            tx,
            &NewListeningRule {
                name: "Marca".into(),
                kind: RuleKind::Brand,
                competitor_id: None,
                terms: "ñora".into(),
                exclusions: String::new(),
                source: Default::default(),
                language: String::new(),
            },
        )?;
        for (n, sentiment, hours) in [
            (1, Sentiment::Positive, -2),
            (2, Sentiment::Negative, -6),
            (3, Sentiment::Neutral, -1),
        ] {
            insert_mention(
                tx,
                &NewMention {
                    source: "mastodon".into(),
                    external_id: Some(n.to_string()),
                    url: Some(format!("https://example.org/{n}")),
                    author: format!("@autor{n}"),
                    person_id: None,
                    text: format!("Mención {n} de La Ñora"),
                    published_at: at(hours),
                    reach: 100 * n,
                    sentiment_auto: sentiment,
                    sentiment_corrected: None,
                    rule_id: Some(rule),
                    status: MentionStatus::New,
                    is_defence: false,
                },
            )?;
        }
        let person = |name: &str, follow: Option<NaiveDate>| NewPerson {
            name: name.into(),
            role: Role::Advocate,
            tier: String::new(),
            persona_id: None,
            notes: String::new(),
            tags: Default::default(),
            reach: 0,
            next_follow_up: follow,
            created_at: at(-100),
        };
        insert_person(tx, &person("Ana", None))?;
        insert_person(
            tx,
            &person("Zoe", Some(now().date_naive() - Duration::days(1))),
        )?;
        Ok(())
    })
    .unwrap();
    db
}

#[test]
fn the_agenda_starts_today_and_keeps_overdue_posts() {
    let db = tiny();
    let clock = Clock::fixed(now());
    let query = AgendaQuery {
        from: clock.start_of_day(clock.today()),
        overdue: true,
        filter: Default::default(),
    };
    let page = db.agenda_page(&query, 0, 10).unwrap();
    let bodies: Vec<&str> = page.rows.iter().map(|p| p.body.raw()).collect();
    assert_eq!(bodies, ["Se nos pasó", "Esta tarde"]);
    assert_eq!(page.total, 2);
    assert!(page.rows[0].is_overdue(now()));
    let second = db.agenda_page(&query, 1, 10).unwrap();
    assert_eq!(second.offset, 1);
    assert_eq!(second.rows.len(), 1);
}

#[test]
fn todays_counters_count_what_the_day_asks_for() {
    let db = tiny();
    let counters = db.today_counters(&Clock::fixed(now())).unwrap();
    assert_eq!(counters.posts_due_today, 2);
    assert_eq!(counters.posts_overdue, 1);
    assert_eq!(counters.messages_waiting, 1);
    assert_eq!(counters.oldest_waiting, Some(now() - Duration::hours(5)));
    assert_eq!(counters.new_mentions, 3);
    assert_eq!(counters.new_negative, 1);
    assert_eq!(counters.follow_ups_due, 1);
}

#[test]
fn new_mentions_list_negative_first_then_newest() {
    let db = tiny();
    let page = db.new_mentions_page(0, 10).unwrap();
    let authors: Vec<&str> = page.rows.iter().map(|m| m.author.raw()).collect();
    assert_eq!(authors, ["@autor2", "@autor3", "@autor1"]);
}

#[test]
fn people_with_a_follow_up_due_come_first() {
    let db = tiny();
    let page = db.people_page(now().date_naive(), 0, 10).unwrap();
    assert_eq!(page.rows[0].name, "Zoe");
    assert!(page.rows[0].follow_up_due(now().date_naive()));
}

#[test]
fn rows_fetched_by_id_come_back_in_the_order_asked() {
    let db = tiny();
    let ids: Vec<i64> = db
        .new_mentions_search_texts()
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .rev()
        .collect();
    let rows = db.mentions_by_ids(&ids).unwrap();
    assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), ids);
}

#[test]
fn the_week_figures_match_a_hand_count() {
    let db = tiny();
    let clock = Clock::fixed(now());
    let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let sunday = monday + Duration::days(6);
    let (start, end) = clock.day_range(monday, sunday);
    let count = ResponseCount { hours: None, clock };
    let week = db.week_figures(monday, sunday, start, end, &count).unwrap();
    assert_eq!(week.posts_planned, 3);
    assert_eq!(week.posts_published, 1);
    assert_eq!(week.impressions, 1_000);
    assert_eq!(week.interactions, 40);
    assert_eq!(week.engagement_rate(), Some(0.04));
    assert_eq!(week.messages_received, 2);
    assert_eq!(week.messages_answered, 1);
    assert_eq!(week.median_response(), Some(60.0));
    assert_eq!(
        (
            week.mentions_positive,
            week.mentions_neutral,
            week.mentions_negative
        ),
        (1, 1, 1)
    );
    assert_eq!(week.share_of_voice(), Some(1.0));
    assert_eq!(week.followers_start, None);
    let empty_week = db
        .week_figures(
            monday - Duration::days(70),
            sunday - Duration::days(70),
            start - Duration::days(70),
            end - Duration::days(70),
            &count,
        )
        .unwrap();
    assert_eq!(empty_week.engagement_rate(), None);
    assert_eq!(empty_week.posts_published, 0);
}
