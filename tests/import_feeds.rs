//! `cmdeck import feed`, `cmdeck import mentions` and `cmdeck fetch` as a script would run them:
//! the real binary on a demo database in a temporary home, with files written by the test.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};

const FEED: &str = r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Alertas</title>
<item><guid>t-1</guid><title>Café La Ñora abre en Cartagena</title><link>https://news.example/t1</link></item>
<item><guid>t-2</guid><title>Receta de pimientos</title><link>https://news.example/t2</link></item>
</channel></rss>"#;

#[test]
fn import_feed_stores_the_items_a_demo_listening_rule_matches_once() {
    let home = Home::with_demo();
    let before = home.count("mentions");
    let feed = home.file("alerts.xml", FEED);
    let first = home.run(&["import", "feed", &feed]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert_eq!(
        text(&first.stdout),
        "Read alerts.xml: 2 items, 1 new mention (1 matched no listening rule).\n"
    );
    let again = home.run(&["import", "feed", &feed]);
    assert!(text(&again.stdout).contains("0 new mentions (1 already there"));
    assert_eq!(home.count("mentions"), before + 1);
}

#[test]
fn import_mentions_is_all_or_nothing_and_names_the_bad_line() {
    let home = Home::with_demo();
    let before = home.count("mentions");
    let file = home.file(
        "m.csv",
        "source,url,text,published_at,rule\n\
         reddit,https://r.example/9,Hablan de la ñora,2026-11-20 10:00,\n\
         reddit,,sin fecha,,Nope\n",
    );
    let refused = home.run(&["import", "mentions", &file]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = text(&refused.stderr);
    assert!(
        stderr.contains("line 3: “published_at” is missing"),
        "{stderr}"
    );
    assert!(stderr.contains("unknown rule “Nope”"), "{stderr}");
    assert_eq!(home.count("mentions"), before);
    let partial = home.run(&["import", "mentions", &file, "--partial"]);
    assert!(partial.status.success());
    assert!(
        text(&partial.stdout).starts_with("Imported 1 mention from m.csv; 1 row was left out:")
    );
    assert_eq!(home.count("mentions"), before + 1);
}

#[test]
fn fetch_reads_every_configured_feed_and_succeeds_when_one_works() {
    let home = Home::with_demo();
    home.file("alerts.xml", FEED);
    let config = home.file(
        "config.toml",
        "[[feeds]]\nurl = \"alerts.xml\"\nname = \"Google Alerts\"\n\n\
         [[feeds]]\nurl = \"missing.xml\"\nname = \"Gone\"\n",
    );
    let out = home.run(&["fetch", "--config", &config]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("✓ Google Alerts — 2 items, 1 new mention\n"),
        "{stdout}"
    );
    assert!(stdout.contains("✕ Gone — cannot read it:"), "{stdout}");
    assert!(
        stdout.ends_with("1 of 2 feeds read, 1 new mention.\n"),
        "{stdout}"
    );

    let broken = home.file("broken.toml", "[[feeds]]\nurl = \"missing.xml\"\n");
    let out = home.run(&["fetch", "--config", &broken]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("none of the 1 feeds could be read"));

    let none = home.run(&["fetch"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(text(&none.stderr).contains("no feeds to fetch"));
}
