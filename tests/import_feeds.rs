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

/// The path of a fixture of `tests/data/feeds` (see its README).
fn fixture(name: &str) -> String {
    format!("{}/tests/data/feeds/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn import_feed_reads_a_feed_with_invalid_bytes_or_an_open_cdata_and_says_what_it_repaired() {
    let home = Home::with_demo();
    let before = home.count("mentions");
    let out = home.ok(&["import", "feed", &fixture("invalid-byte.rss")]);
    assert!(
        out.ends_with(
            "invalid-byte.rss: 1 item, 1 new mention.\n  \
             3 invalid bytes were replaced with “\u{FFFD}” (the feed is not valid UTF-8 there)\n"
        ),
        "{out}"
    );
    let out = home.ok(&["import", "feed", &fixture("unclosed-cdata.rss")]);
    assert!(
        out.ends_with(
            "unclosed-cdata.rss: 2 items, 2 new mentions.\n  \
             a CDATA section left open (line 9) was closed where its element ends\n"
        ),
        "{out}"
    );
    assert_eq!(home.count("mentions"), before + 3);
}

#[test]
fn import_feed_keeps_mastodon_hashtags_and_links_whole_and_stores_google_alerts_article_links() {
    let home = Home::with_demo();
    home.connection()
        .execute(
            "INSERT INTO listening_rules (name, kind, terms) VALUES ('Kubernetes', 'sector', '#k8s')",
            [],
        )
        .unwrap();
    let out = home.ok(&["import", "feed", &fixture("mastodon-tag-k8s.rss")]);
    assert!(
        out.ends_with(": 3 items, 2 new mentions (1 matched no listening rule).\n"),
        "{out}"
    );
    let tagged = home.rows(
        "SELECT m.text FROM mentions m JOIN listening_rules r ON r.id = m.rule_id \
         WHERE r.name = 'Kubernetes' ORDER BY m.published_at DESC",
    );
    assert_eq!(tagged.len(), 2);
    assert!(
        tagged[0][0].ends_with(
            " https://github.com/kubernetes/kubernetes/releases/tag/v1.31.2 #Kubernetes #k8s"
        ),
        "{tagged:?}"
    );

    home.ok(&["import", "feed", &fixture("google-alerts.atom")]);
    let links = home.rows(
        "SELECT url FROM mentions WHERE source = 'Google Alert - \"La Ñora\"' ORDER BY published_at DESC",
    );
    assert_eq!(
        links,
        [
            ["https://www.laverdad.example/murcia/cafe-la-nora-segundo-local-20261122.html"],
            ["https://elpais.example/gastronomia/2026-11-22/cafeterias.html?print=1&lang=es"],
        ]
    );
}

#[test]
fn import_feed_reads_other_encodings_and_words_a_refusal_by_its_cause() {
    let home = Home::with_demo();
    let out = home.ok(&["import", "feed", &fixture("big5.rss")]);
    assert!(out.ends_with("big5.rss: 1 item, 1 new mention.\n"), "{out}");
    let stored = home.rows("SELECT source, text FROM mentions WHERE source = '台北咖啡新聞'");
    assert_eq!(
        stored,
        [[
            "台北咖啡新聞",
            "西班牙咖啡館 La Nora 在台北開幕 — 來自穆爾西亞的烘豆師傅帶來了淺焙咖啡。"
        ]]
    );
    let page = home.file(
        "page.html",
        "<!DOCTYPE html>\n<html><head><link rel=\"alternate\" type=\"application/rss+xml\" \
         href=\"https://cafe.example/feed\"></head><body>Hola</body></html>",
    );
    let stderr = home.refused(&["import", "feed", &page]);
    assert_eq!(
        stderr,
        "cmdeck: page.html was not imported: it is a web page (HTML), not a feed; \
         the page names its feed: https://cafe.example/feed\n"
    );
    let empty = home.file("empty.xml", "");
    let stderr = home.refused(&["import", "feed", &empty]);
    assert_eq!(stderr, "cmdeck: empty.xml was not imported: it is empty\n");
}

#[test]
fn fetch_prints_what_it_repaired_under_the_feed_line() {
    let home = Home::with_demo();
    let config = home.file(
        "config.toml",
        &format!(
            "[[feeds]]\nurl = \"{}\"\nname = \"Blog de Ana\"\n",
            fixture("invalid-byte.rss")
        ),
    );
    let out = home.ok(&["fetch", "--config", &config]);
    assert_eq!(
        out,
        "✓ Blog de Ana — 1 item, 1 new mention\n  \
         3 invalid bytes were replaced with “\u{FFFD}” (the feed is not valid UTF-8 there)\n\
         1 of 1 feeds read, 1 new mention.\n"
    );
}
