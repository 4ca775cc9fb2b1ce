//! `cmdeck import posts` on the networks' own exports, as a script would run it: the real binary
//! on a database set up from nothing, checked through its output and the database itself. The
//! fixtures and their hand-counted content are described in `tests/data/exports/*/README.md`.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/exports")
        .join(name)
        .display()
        .to_string()
}

fn ok(home: &Home, args: &[&str]) -> String {
    let output = home.run(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        text(&output.stderr)
    );
    text(&output.stdout)
}

/// Runs the command, asserts it was refused with exit code 2 and answers what it said.
fn refused(home: &Home, args: &[&str]) -> String {
    let output = home.run(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
    text(&output.stderr)
}

fn query(home: &Home, sql: &str) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(&home.db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let columns = stmt.column_count();
    stmt.query_map([], |row| {
        (0..columns)
            .map(|i| {
                let value: rusqlite::types::Value = row.get(i)?;
                Ok(match value {
                    rusqlite::types::Value::Null => "NULL".to_string(),
                    rusqlite::types::Value::Integer(n) => n.to_string(),
                    rusqlite::types::Value::Real(r) => r.to_string(),
                    rusqlite::types::Value::Text(t) => t,
                    rusqlite::types::Value::Blob(_) => "BLOB".to_string(),
                })
            })
            .collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// A new database with the one X channel `@cafelanora`.
fn home_with_x_channel() -> Home {
    let home = Home::empty();
    ok(&home, &["channel", "add", "x", "@cafelanora"]);
    home
}

const POSTS: &str = "SELECT p.body, p.status, p.published_at, p.url, m.likes, m.shares
     FROM posts p JOIN post_metrics m ON m.post_id = p.id ORDER BY p.published_at, m.captured_at";

#[test]
fn an_x_archive_brings_the_accounts_own_posts_with_their_likes_and_reposts_and_says_what_it_read() {
    let home = home_with_x_channel();
    let said = ok(&home, &["import", "posts", &fixture("x/tweets.js")]);
    assert!(said.contains("read as X / Twitter archive (tweets.js): 3 posts from 2026-11-23 to 2026-11-26 on x:@cafelanora — 3 new, 0 matched"), "{said}");
    assert!(
        said.contains("1 reply to other accounts left out (--replies keeps them)"),
        "{said}"
    );
    assert!(
        said.contains("1 repost of other accounts' posts left out"),
        "{said}"
    );
    let rows = query(&home, POSTS);
    assert_eq!(
        rows,
        vec![
            vec![
                "Nueva carta de otoño & tostadas https://cafelanora.es/carta",
                "published",
                "2026-11-23T08:30:00Z",
                "https://x.com/cafelanora/status/1861000000000000001",
                "12",
                "3"
            ],
            vec![
                "Y el jueves, cata de cafés de Etiopía (2/2)",
                "published",
                "2026-11-23T08:31:00Z",
                "https://x.com/cafelanora/status/1861000000000000002",
                "4",
                "0"
            ],
            vec![
                "Hoy abrimos a las 8 <3",
                "published",
                "2026-11-26T08:05:00Z",
                "https://x.com/cafelanora/status/1861000000000000005",
                "0",
                "1"
            ],
        ]
    );
}

#[test]
fn imported_posts_are_listed_on_the_days_they_were_published() {
    let home = home_with_x_channel();
    ok(&home, &["import", "posts", &fixture("x/tweets.js")]);
    let listed = ok(
        &home,
        &[
            "post",
            "list",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-29",
            "--format",
            "csv",
        ],
    );
    assert_eq!(listed.lines().count(), 4, "{listed}");
    assert!(listed.contains("2026-11-26"), "{listed}");
}

#[test]
fn importing_the_same_archive_twice_changes_nothing() {
    let home = home_with_x_channel();
    ok(&home, &["import", "posts", &fixture("x/tweets.js")]);
    let before = query(
        &home,
        "SELECT * FROM posts p JOIN post_metrics m ON m.post_id = p.id ORDER BY m.id",
    );
    let said = ok(&home, &["import", "posts", &fixture("x/tweets.js")]);
    assert!(
        said.contains(
            "0 new, 3 matched to posts already here; 0 snapshots of figures added, 3 unchanged"
        ),
        "{said}"
    );
    assert_eq!(
        query(
            &home,
            "SELECT * FROM posts p JOIN post_metrics m ON m.post_id = p.id ORDER BY m.id"
        ),
        before
    );
}

#[test]
fn a_newer_archive_adds_a_newer_snapshot_only_for_the_post_whose_figures_moved() {
    let home = home_with_x_channel();
    ok(&home, &["import", "posts", &fixture("x/tweets.js")]);
    let said = ok(&home, &["import", "posts", &fixture("x/tweets-newer.js")]);
    assert!(
        said.contains(
            "0 new, 3 matched to posts already here; 1 snapshot of figures added, 2 unchanged"
        ),
        "{said}"
    );
    let first = query(
        &home,
        "SELECT m.likes, m.shares FROM post_metrics m JOIN posts p ON p.id = m.post_id WHERE p.url LIKE '%0001' ORDER BY m.captured_at, m.id",
    );
    assert_eq!(first, vec![vec!["12", "3"], vec!["20", "5"]]);
}

#[test]
fn a_post_planned_in_cmdeck_is_matched_by_its_text_and_time_and_marked_published() {
    let home = home_with_x_channel();
    ok(
        &home,
        &[
            "post",
            "add",
            "--channel",
            "x:@cafelanora",
            "--at",
            "2026-11-23 08:00",
            "Hoy abrimos a las 8 <3",
        ],
    );
    ok(
        &home,
        &[
            "post",
            "add",
            "--channel",
            "x:@cafelanora",
            "--at",
            "2026-11-26 09:00",
            "Hoy abrimos a las 8 <3",
        ],
    );
    let said = ok(&home, &["import", "posts", &fixture("x/tweets.js")]);
    assert!(said.contains("2 new, 1 matched"), "{said}");
    let planned = query(
        &home,
        "SELECT id, status, published_at, url FROM posts WHERE body = 'Hoy abrimos a las 8 <3' ORDER BY id",
    );
    assert_eq!(
        planned,
        vec![
            vec!["1", "scheduled", "NULL", "NULL"],
            vec![
                "2",
                "published",
                "2026-11-26T08:05:00Z",
                "https://x.com/cafelanora/status/1861000000000000005"
            ],
        ]
    );
}

#[test]
fn a_dry_run_says_what_would_come_in_and_stores_nothing() {
    let home = home_with_x_channel();
    let said = ok(
        &home,
        &["import", "posts", "--dry-run", &fixture("x/tweets.js")],
    );
    assert!(said.starts_with("Dry run, nothing stored: "), "{said}");
    assert!(said.contains("3 new, 0 matched"), "{said}");
    assert!(
        said.contains("  2026-11-23 08:30  Nueva carta de otoño & tostadas"),
        "{said}"
    );
    assert_eq!(query(&home, "SELECT count(*) FROM posts"), vec![vec!["0"]]);
    assert_eq!(
        query(&home, "SELECT count(*) FROM post_metrics"),
        vec![vec!["0"]]
    );
}

#[test]
fn replies_to_other_accounts_come_in_with_the_replies_flag() {
    let home = home_with_x_channel();
    let said = ok(
        &home,
        &["import", "posts", "--replies", &fixture("x/tweets.js")],
    );
    assert!(said.contains("4 posts"), "{said}");
    assert!(!said.contains("reply to other accounts"), "{said}");
}

#[test]
fn the_format_is_told_from_the_content_whatever_the_files_name() {
    let home = home_with_x_channel();
    let renamed = home.dir.path().join("export.txt");
    std::fs::copy(fixture("x/tweets.js"), &renamed).unwrap();
    let said = ok(&home, &["import", "posts", renamed.to_str().unwrap()]);
    assert!(
        said.contains("read as X / Twitter archive (tweets.js)"),
        "{said}"
    );
}

#[test]
fn without_a_channel_of_the_network_the_import_is_refused_with_how_to_add_one() {
    let home = Home::empty();
    ok(&home, &["channel", "add", "instagram", "@cafelanora"]);
    let said = refused(&home, &["import", "posts", &fixture("x/tweets.js")]);
    assert!(said.contains("there is no x channel to import these posts into; add it with `cmdeck channel add x @HANDLE`"), "{said}");
    assert_eq!(query(&home, "SELECT count(*) FROM posts"), vec![vec!["0"]]);
}

#[test]
fn a_file_of_no_known_format_is_refused_by_name_and_nothing_is_stored() {
    let home = home_with_x_channel();
    let other = home.dir.path().join("notes.csv");
    std::fs::write(&other, "a,b\n1,2\n").unwrap();
    let output = home.run(&[
        "import",
        "posts",
        "--channel",
        "x:@cafelanora",
        other.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        text(&output.stderr)
            .contains("notes.csv was not imported: its format is not one cmdeck reads posts from"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_broken_tweet_refuses_the_whole_file_unless_partial_is_asked() {
    let home = home_with_x_channel();
    let broken = home.dir.path().join("tweets.js");
    let good = std::fs::read_to_string(fixture("x/tweets.js")).unwrap();
    std::fs::write(
        &broken,
        good.replace("Thu Nov 26 08:05:00 +0000 2026", "yesterday"),
    )
    .unwrap();
    let said = refused(&home, &["import", "posts", broken.to_str().unwrap()]);
    assert!(said.contains("1 item could not be read"), "{said}");
    assert!(
        said.contains("item 5: created_at “yesterday” is not a time"),
        "{said}"
    );
    assert_eq!(query(&home, "SELECT count(*) FROM posts"), vec![vec!["0"]]);
    let said = ok(
        &home,
        &["import", "posts", "--partial", broken.to_str().unwrap()],
    );
    assert!(said.contains("2 posts"), "{said}");
    assert_eq!(query(&home, "SELECT count(*) FROM posts"), vec![vec!["2"]]);
}

#[test]
fn a_mastodon_outbox_brings_the_own_posts_as_text_with_hashtags_and_links_whole_on_the_channel_it_names()
 {
    let home = Home::empty();
    ok(
        &home,
        &["channel", "add", "mastodon", "@cafelanora@mastodon.social"],
    );
    ok(
        &home,
        &["channel", "add", "mastodon", "@otra@mastodon.social"],
    );
    let said = ok(
        &home,
        &["import", "posts", &fixture("mastodon/outbox.json")],
    );
    assert!(said.contains("read as Mastodon archive (outbox.json): 3 posts from 2026-11-23 to 2026-11-26 on mastodon:@cafelanora@mastodon.social — 3 new"), "{said}");
    assert!(
        said.contains("1 reply to other accounts left out"),
        "{said}"
    );
    assert!(
        said.contains("1 repost of other accounts' posts left out"),
        "{said}"
    );
    let rows = query(
        &home,
        "SELECT body, published_at, url FROM posts ORDER BY published_at",
    );
    assert_eq!(
        rows,
        vec![
            vec![
                "Nueva carta de otoño en #cafeteria: https://cafelanora.es/carta/otono-2026",
                "2026-11-23T08:30:00Z",
                "https://mastodon.social/@cafelanora/113540000000000001"
            ],
            vec![
                "Y el jueves, cata de cafés de Etiopía (2/2)",
                "2026-11-23T08:31:00Z",
                "https://mastodon.social/@cafelanora/113540000000000002"
            ],
            vec![
                "Hoy abrimos a las 8 <3\nOs esperamos",
                "2026-11-26T08:05:00Z",
                "https://mastodon.social/@cafelanora/113540000000000005"
            ],
        ]
    );
    let again = ok(
        &home,
        &["import", "posts", &fixture("mastodon/outbox.json")],
    );
    assert!(
        again.contains("0 new, 3 matched to posts already here (the file holds no figures)."),
        "{again}"
    );
    assert_eq!(query(&home, "SELECT count(*) FROM posts"), vec![vec!["3"]]);
    assert_eq!(
        query(&home, "SELECT count(*) FROM post_metrics"),
        vec![vec!["0"]]
    );
}

#[test]
fn a_mastodon_outbox_of_an_account_no_channel_has_is_refused_naming_the_account() {
    let home = Home::empty();
    ok(
        &home,
        &["channel", "add", "mastodon", "@otra@mastodon.social"],
    );
    let output = home.run(&["import", "posts", &fixture("mastodon/outbox.json")]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        text(&output.stderr).contains(
            "the file is the account @cafelanora's and no mastodon channel has that handle"
        ),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn x_analytics_adds_impressions_and_clicks_to_the_archives_posts_matched_by_id() {
    let home = home_with_x_channel();
    ok(&home, &["import", "posts", &fixture("x/tweets.js")]);
    let said = ok(
        &home,
        &["import", "posts", &fixture("x/tweet_activity.csv")],
    );
    assert!(
        said.contains("read as X analytics per-post CSV: 3 posts from 2026-11-23 to 2026-11-28 on x:@cafelanora — 1 new, 2 matched to posts already here; 3 snapshots of figures added, 0 unchanged."),
        "{said}"
    );
    let latest = query(
        &home,
        "SELECT p.url, m.impressions, m.likes, m.comments, m.shares, m.clicks FROM posts p
         JOIN post_metrics m ON m.id = (SELECT id FROM post_metrics WHERE post_id = p.id ORDER BY captured_at DESC, id DESC LIMIT 1)
         ORDER BY p.published_at",
    );
    assert_eq!(
        latest,
        vec![
            vec![
                "https://x.com/cafelanora/status/1861000000000000001",
                "1840",
                "12",
                "2",
                "3",
                "21"
            ],
            vec![
                "https://x.com/cafelanora/status/1861000000000000002",
                "NULL",
                "4",
                "0",
                "0",
                "0"
            ],
            vec![
                "https://x.com/cafelanora/status/1861000000000000005",
                "410",
                "0",
                "0",
                "1",
                "0"
            ],
            vec![
                "https://twitter.com/cafelanora/status/1861000000000000006",
                "950",
                "25",
                "3",
                "4",
                "6"
            ],
        ]
    );
    let again = ok(
        &home,
        &["import", "posts", &fixture("x/tweet_activity.csv")],
    );
    assert!(
        again.contains(
            "0 new, 3 matched to posts already here; 0 snapshots of figures added, 3 unchanged"
        ),
        "{again}"
    );
}

#[test]
fn a_bad_analytics_row_is_named_by_its_line() {
    let home = home_with_x_channel();
    let broken = home.dir.path().join("activity.csv");
    let good = std::fs::read_to_string(fixture("x/tweet_activity.csv")).unwrap();
    std::fs::write(&broken, good.replace("410.0", "muchas")).unwrap();
    let said = refused(&home, &["import", "posts", broken.to_str().unwrap()]);
    assert!(said.contains("1 line could not be read"), "{said}");
    assert!(said.contains("line 3: “muchas” is not a count"), "{said}");
}

#[test]
fn a_bad_analytics_row_after_a_multi_line_caption_is_named_by_the_line_it_starts_on() {
    let home = home_with_x_channel();
    let broken = home.dir.path().join("activity.csv");
    let good = std::fs::read_to_string(fixture("x/tweet_activity.csv")).unwrap();
    let extra = "1861000000000000007,https://twitter.com/cafelanora/status/1861000000000000007,x,ayer,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n";
    std::fs::write(&broken, format!("{good}{extra}")).unwrap();
    let output = home.run(&["import", "posts", broken.to_str().unwrap()]);
    assert!(
        text(&output.stderr).contains("line 6: time “ayer” is not a time"),
        "{}",
        text(&output.stderr)
    );
}
