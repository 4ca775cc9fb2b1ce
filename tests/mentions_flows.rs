//! Mentions triage driven by keys through `App::update` on the demo brand, checked in the database.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{count, ctrl, demo_app, press, screen, type_text};
use crossterm::event::KeyCode;

fn selected(app: &cmdeck::app::App) -> i64 {
    app.panes
        .mentions
        .triage()
        .selected_row()
        .map(|r| r.id)
        .unwrap()
}

#[test]
fn reviewing_and_ignoring_take_mentions_off_the_new_list() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    let new = app.panes.mentions.triage().total();
    let first = selected(&app);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('i'));
    assert_eq!(app.panes.mentions.triage().total(), new - 2);
    assert_eq!(
        count(
            &mut app,
            &format!("SELECT COUNT(*) FROM mentions WHERE id = {first} AND status = 'reviewed'")
        ),
        1
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.panes.mentions.triage().total(), new - 1);
}

#[test]
fn a_mention_goes_to_the_inbox_to_be_answered() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    let id = selected(&app);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM messages WHERE external_id = 'mention-{id}' AND status = 'new'"
            )
        ),
        1
    );
    assert_eq!(
        count(
            &mut app,
            &format!("SELECT COUNT(*) FROM mentions WHERE id = {id} AND status = 'actioned'")
        ),
        1
    );
}

#[test]
fn sector_news_becomes_a_post_idea_that_keeps_the_link() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('v'));
    let mention = app.panes.mentions.triage().selected_row().cloned().unwrap();
    press(&mut app, KeyCode::Char('c'));
    let url = mention.url.clone().unwrap_or_default();
    assert_eq!(
        count(
            &mut app,
            &format!("SELECT COUNT(*) FROM posts WHERE status = 'idea' AND body LIKE '%{url}'")
        ),
        1,
        "{:?}",
        app.message
    );
}

#[test]
fn the_author_can_be_put_on_the_watchlist() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    let people = count(&mut app, "SELECT COUNT(*) FROM people");
    press(&mut app, KeyCode::Char('@'));
    while app
        .panes
        .mentions
        .form()
        .is_some_and(|f| f.choice("person").is_some())
    {
        press(&mut app, KeyCode::Left);
    }
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    assert!(screen(&app).contains("watchlist (detractor)"));
    ctrl(&mut app, 's');
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM people"),
        people + 1,
        "{:?}",
        app.message
    );
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM people WHERE id = (SELECT MAX(id) FROM people) AND role = 'detractor'"
        ),
        1
    );
}

#[test]
fn filtering_by_competitor_shows_only_competitor_mentions() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    let rows: Vec<_> = app
        .panes
        .mentions
        .triage()
        .visible()
        .map(|(_, r)| r.rule_kind)
        .collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|k| *k == Some(cmdeck::domain::RuleKind::Competitor)),
        "{rows:?}"
    );
}

#[test]
fn a_burst_of_negative_brand_mentions_raises_a_spike_alert_in_the_status_line() {
    let mut app = demo_app();
    assert!(
        app.counters.spikes.is_empty(),
        "the demo's last day is calm: {:?}",
        app.counters.spikes
    );
    app.db
        .write(|tx| {
            tx.execute_batch(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 24)
                 INSERT INTO mentions (source, external_id, author, text, published_at, reach, sentiment_auto, rule_id, status)
                 SELECT 'twitter', 'burst-' || i, '@enfadado' || i, 'Intoxicación con el café de La Ñora, vergüenza',
                        strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-23T10:00:00', printf('-%d minutes', i * 20)), 100, 'negative',
                        (SELECT id FROM listening_rules WHERE kind = 'brand' LIMIT 1), 'new'
                 FROM n;",
            )
        })
        .unwrap();
    app.update(cmdeck::app::AppEvent::Tick(common::now()));
    assert!(!app.counters.spikes.is_empty());
    assert!(
        screen(&app)
            .lines()
            .last()
            .unwrap_or_default()
            .contains("SPIKE"),
        "{}",
        screen(&app)
    );
}

#[test]
fn a_listening_rule_is_added_edited_and_deleted_from_the_strategy_face() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('S'));
    let rules = count(&mut app, "SELECT COUNT(*) FROM listening_rules");
    press(&mut app, KeyCode::Char('n'));
    common::type_text(&mut app, "Sector: barismo");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    common::type_text(&mut app, "barista, latte art");
    ctrl(&mut app, 's');
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM listening_rules"),
        rules + 1,
        "{:?}",
        app.message
    );
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM listening_rules r JOIN crisis_thresholds t ON t.rule_id = r.id WHERE r.name = 'Sector: barismo' AND r.kind = 'sector' AND t.min_count = 5"
        ),
        1
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM listening_rules"),
        rules
    );
    let brand_mentions = count(
        &mut app,
        "SELECT COUNT(*) FROM mentions WHERE rule_id = (SELECT id FROM listening_rules WHERE kind = 'brand')",
    );
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM listening_rules WHERE kind = 'brand'"
        ),
        0
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM mentions WHERE rule_id = (SELECT id FROM listening_rules WHERE kind = 'brand')"
        ),
        brand_mentions,
        "undo puts the rule back on its mentions"
    );
}

#[test]
fn a_rule_without_terms_is_refused_on_the_form() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('S'));
    press(&mut app, KeyCode::Char('n'));
    common::type_text(&mut app, "Vacía");
    ctrl(&mut app, 's');
    let text = screen(&app);
    assert!(text.contains("give at least one term"), "{text}");
}

#[test]
fn a_mention_typed_by_hand_is_matched_to_a_rule_and_guessed() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Tab);
    common::type_text(&mut app, "https://levante-emv.com/gastro/cafe-la-nora");
    press(&mut app, KeyCode::Tab);
    common::type_text(&mut app, "Levante-EMV");
    press(&mut app, KeyCode::Tab);
    common::type_text(
        &mut app,
        "Café La Ñora, el mejor tostador de Russafa: una maravilla",
    );
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM mentions m JOIN listening_rules r ON r.id = m.rule_id WHERE m.url LIKE '%cafe-la-nora' AND r.kind = 'brand' AND m.sentiment_auto = 'positive'"
        ),
        1,
        "{:?}",
        app.message
    );
}

#[test]
fn fetching_the_configured_feeds_from_the_pane_stores_what_the_rules_match() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("alerts.xml");
    std::fs::write(
        &feed,
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Google Alerts</title>
        <item><guid>a1</guid><link>https://example.org/a1</link><title>Café La Ñora abre en Benimaclet</title><description>&lt;b&gt;Buenas&lt;/b&gt; noticias</description></item>
        <item><guid>a2</guid><link>https://example.org/a2</link><title>Nada que ver con nada</title></item>
        </channel></rss>"#,
    )
    .unwrap();
    let mut db = cmdeck::db::Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, common::now()).unwrap();
    let config_text = format!(
        "[[feeds]]\nurl = {:?}\nname = \"Alerts\"\n",
        feed.display().to_string()
    );
    let config =
        cmdeck::config::Config::parse(&config_text, std::path::Path::new("test.toml")).unwrap();
    let mut app = cmdeck::app::App::new(
        db,
        &config,
        cmdeck::clock::Clock::fixed(common::now()),
        (120, 40),
    );
    press(&mut app, KeyCode::Char('3'));
    let before = count(&mut app, "SELECT COUNT(*) FROM mentions");
    press(&mut app, KeyCode::Char('F'));
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM mentions"),
        before + 1,
        "{:?}",
        app.fetch_log
    );
    assert!(
        app.fetch_log.iter().any(|line| line.contains("Alerts")),
        "{:?}",
        app.fetch_log
    );
    assert!(screen(&app).contains("Fetch finished"));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM mentions WHERE url = 'https://example.org/a1' AND text NOT LIKE '%<b>%'"
        ),
        1
    );
}

/// Makes the selected mention come from `source` and sends it to the inbox with `r`; answers
/// the network of the channel the new inbox item landed on.
fn send_to_inbox_from(app: &mut cmdeck::app::App, source: &str) -> String {
    press(app, KeyCode::Char('3'));
    let id = selected(app);
    app.db
        .write(|tx| {
            tx.execute(
                "UPDATE mentions SET source = ?1 WHERE id = ?2",
                rusqlite::params![source, id],
            )
        })
        .unwrap();
    press(app, KeyCode::Char('r'));
    app.db
        .write(|tx| {
            tx.query_row(
                "SELECT c.network FROM messages m JOIN channels c ON c.id = m.channel_id
                 WHERE m.external_id = ?1",
                [format!("mention-{id}")],
                |row| row.get(0),
            )
        })
        .unwrap()
}

#[test]
fn a_mention_from_twitter_lands_on_the_brands_x_channel() {
    let mut app = demo_app();
    assert_eq!(send_to_inbox_from(&mut app, "twitter"), "x");
}

#[test]
fn a_mention_from_a_network_without_a_channel_lands_on_the_first_channel() {
    let mut app = demo_app();
    let first = app.db.channels().unwrap()[0].network.to_string();
    assert_eq!(send_to_inbox_from(&mut app, "reddit"), first);
}

#[test]
fn the_filter_of_the_all_view_finds_mentions_through_the_full_text_index() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(
        app.panes.mentions.view(),
        cmdeck::domain::mentions::MentionView::All
    );
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "brio");
    let shown = screen(&app);
    assert!(shown.contains("filter: brio"), "{shown}");
    let matches = app.panes.mentions.triage().total();
    let expected = count(
        &mut app,
        "SELECT COUNT(*) FROM mentions_fts WHERE mentions_fts MATCH '\"brio\"*'",
    );
    assert!(
        matches > 0 && matches as i64 <= expected,
        "{matches} of {expected}"
    );
    assert!(shown.contains("Brío"), "{shown}");
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(
        app.panes.mentions.triage().total(),
        count(&mut app, "SELECT COUNT(*) FROM mentions") as usize,
        "an empty filter shows the whole view again"
    );
}

#[test]
fn correcting_the_sentiment_keeps_the_cursor_on_the_same_mention_so_the_next_key_acts_on_it() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    let id = selected(&app);
    let corrected = |app: &mut cmdeck::app::App| {
        app.db
            .write(|tx| {
                tx.query_row(
                    "SELECT COALESCE(sentiment_corrected, '') FROM mentions WHERE id = ?1",
                    [id],
                    |row| row.get::<_, String>(0),
                )
            })
            .unwrap()
    };
    press(&mut app, KeyCode::Char('s'));
    let first = corrected(&mut app);
    assert!(!first.is_empty(), "{:?}", app.message);
    assert_eq!(selected(&app), id, "the cursor follows the mention");
    press(&mut app, KeyCode::Char('s'));
    assert_ne!(
        corrected(&mut app),
        first,
        "the second s corrected it again"
    );
    assert_eq!(selected(&app), id);
}

#[test]
fn a_reddit_mention_sent_to_the_inbox_stays_a_reddit_mention_with_its_time_and_counts_once() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    let id = selected(&app);
    let person = count(&mut app, "SELECT MIN(id) FROM people");
    app.db
        .write(|tx| {
            tx.execute(
                "UPDATE mentions SET source = 'reddit', url = 'https://reddit.com/r/valencia/1', person_id = ?2,
                        sentiment_auto = 'negative', sentiment_corrected = NULL,
                        published_at = '2026-11-20T08:30:00Z' WHERE id = ?1",
                rusqlite::params![id, person],
            )
        })
        .unwrap();
    let before = app.db.activity(person, common::now()).unwrap();
    press(&mut app, KeyCode::Char('r'));
    let sql = format!(
        "SELECT COUNT(*) FROM messages WHERE external_id = 'mention-{id}' AND mention_id = {id}
           AND kind = 'mention' AND received_at = '2026-11-20T08:30:00Z' AND rule LIKE '%reddit%'"
    );
    assert_eq!(count(&mut app, &sql), 1, "{:?}", app.message);
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("a mention heard on reddit")),
        "{:?}",
        app.message
    );
    let after = app.db.activity(person, common::now()).unwrap();
    assert_eq!(
        (after.negative_mentions, after.hostile_messages),
        (before.negative_mentions, before.hostile_messages),
        "the mention and the message made from it count once"
    );
    let message = count(
        &mut app,
        &format!("SELECT id FROM messages WHERE mention_id = {id}"),
    );
    press(&mut app, KeyCode::Char('2'));
    for _ in 0..app.panes.inbox.queue().total() {
        if app.panes.inbox.queue().selected_row().map(|r| r.id) == Some(message) {
            break;
        }
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Enter);
    let shown = screen(&app);
    assert!(shown.contains("heard on reddit · mention"), "{shown}");
}

#[test]
fn in_spanish_marking_a_mention_reviewed_says_so_in_spanish() {
    let mut app = demo_app();
    app.lang = cmdeck::i18n::Lang::Es;
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('x'));
    let message = app.message.clone().unwrap_or_default();
    assert!(message.starts_with("Marcada como revisada"), "{message}");
    let missing: Vec<String> = cmdeck::i18n::missing_messages()
        .into_iter()
        .filter(|m| m.contains("mentions-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}
