//! The feed importer on an in-memory database with one listening rule: RSS 2.0 and Atom written
//! here, CDATA and entities, missing dates, duplicates, the size limits, escape sequences, a
//! billion-laughs document, and any bytes at all.

use super::feeds::{FeedReport, MAX_FEED_BYTES, import_feed, origin_name, parse_feed};
use super::{ImportError, MAX_FIELD_CHARS};
use crate::db::Db;
use crate::db::seed::{self, NewListeningRule};
use crate::domain::rows::MentionRow;
use crate::domain::{RuleKind, Sentiment};
use chrono::{DateTime, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

pub(crate) fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        let rule = NewListeningRule {
            name: "Marca".into(),
            kind: RuleKind::Brand,
            competitor_id: None,
            terms: "la ñora".into(),
            exclusions: String::new(),
            source: Default::default(),
            language: String::new(),
        };
        seed::insert_listening_rule(tx, &rule)
    })
    .unwrap();
    db
}

/// Matches what mentions "ñora", like the brand rule (id 1).
fn brand(text: &str, _source: &str, _language: Option<&str>) -> Option<i64> {
    crate::text::fold(text).contains("nora").then_some(1)
}

pub(crate) fn import(db: &mut Db, xml: &str) -> FeedReport {
    import_feed(
        db,
        xml.as_bytes(),
        "https://alerts.example.com/feed",
        &brand,
        now(),
    )
    .unwrap()
}

pub(crate) fn stored(db: &Db) -> Vec<MentionRow> {
    let mut rows = db.new_mentions_page(0, 100).unwrap().rows;
    rows.sort_by_key(|m| m.id);
    rows
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Google Alerts - La Ñora</title>
  <item>
    <title>Café La Ñora &amp; amigos</title>
    <link>https://news.example/1</link>
    <guid>g-1</guid>
    <author>ana@example.com (Ana)</author>
    <description><![CDATA[<p>El café de <b>la ñora</b> es &eacute;pico&nbsp;&amp;   rico</p>]]></description>
    <pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Nada que ver</title>
    <link>https://news.example/2</link>
    <description>Otro tema &lt;b&gt;distinto&lt;/b&gt;</description>
  </item>
  <item>
    <title>La Ñora sin fecha</title>
    <link>https://news.example/3</link>
  </item>
  <item>
    <title>Café La Ñora &amp; amigos</title>
    <link>https://news.example/1</link>
    <guid>g-1</guid>
  </item>
</channel></rss>"#;

#[test]
fn an_rss_feed_becomes_plain_text_mentions_of_the_matching_items_only() {
    let mut db = db();
    let report = import(&mut db, RSS);
    assert_eq!(
        (
            report.items,
            report.added,
            report.duplicates,
            report.unmatched
        ),
        (4, 2, 1, 1)
    );
    let rows = stored(&db);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].source, "Google Alerts - La Ñora");
    assert_eq!(
        rows[0].url.as_ref().map(|u| u.raw()),
        Some("https://news.example/1")
    );
    assert_eq!(
        rows[0].text,
        "Café La Ñora & amigos — El café de la ñora es épico & rico"
    );
    assert_eq!(
        rows[0].published_at,
        Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap()
    );
    assert_eq!(rows[0].rule.as_deref(), Some("Marca"));
    assert_eq!(
        rows[0].sentiment_auto,
        crate::analytics::sentiment::guess(rows[0].text.raw())
    );
    assert_eq!(
        rows[1].published_at,
        now(),
        "a missing date is the time of import"
    );
}

#[test]
fn the_same_feed_imported_twice_is_stored_once() {
    let mut db = db();
    import(&mut db, RSS);
    let again = import(&mut db, RSS);
    assert_eq!((again.added, again.duplicates), (0, 3));
    assert_eq!(stored(&db).len(), 2);
}

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:feed</id><title type="text"></title><updated>2026-11-22T10:00:00Z</updated>
  <entry>
    <id>tag:mastodon,1</id>
    <title type="html">&lt;b&gt;Toot&lt;/b&gt; sobre La Ñora</title>
    <link rel="alternate" href="https://mastodon.example/@eva/1"/>
    <author><name>Eva</name></author>
    <updated>2026-11-22T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Me encanta la ñora, ¡qué rico!&lt;/p&gt;</content>
  </entry>
</feed>"#;

#[test]
fn an_atom_feed_without_a_title_is_named_by_its_host() {
    let mut db = db();
    let report = import(&mut db, ATOM);
    assert_eq!((report.items, report.added), (1, 1));
    let rows = stored(&db);
    assert_eq!(rows[0].source, "alerts.example.com");
    assert_eq!(rows[0].author, "Eva");
    assert_eq!(
        rows[0].text,
        "Toot sobre La Ñora — Me encanta la ñora, ¡qué rico!"
    );
    assert_eq!(rows[0].sentiment_auto, Sentiment::Positive);
    assert_eq!(
        rows[0].url.as_ref().map(|u| u.raw()),
        Some("https://mastodon.example/@eva/1")
    );
}

#[test]
fn a_billion_laughs_document_is_read_quickly_without_expanding_its_entities() {
    let mut dtd = String::from("<!ENTITY lol0 \"lol\">");
    for level in 1..10 {
        let refs = format!("&lol{};", level - 1).repeat(10);
        dtd.push_str(&format!("<!ENTITY lol{level} \"{refs}\">"));
    }
    let xml = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [{dtd}]><rss version=\"2.0\"><channel>\
         <title>Bomba</title><item><title>La Ñora &lol9;</title><guid>b</guid></item>\
         </channel></rss>"
    );
    let started = std::time::Instant::now();
    let result = parse_feed(xml.as_bytes(), "bomb.xml", now());
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    let feed = result.expect("read, with the entity left unexpanded");
    assert_eq!(feed.items[0].text, "La Ñora &lol9;");
}

#[test]
fn a_document_over_ten_megabytes_is_refused_and_nothing_is_stored() {
    let mut db = db();
    let big = format!(
        "<rss><channel><item><title>La Ñora</title><description>{}</description></item></channel></rss>",
        "a".repeat(MAX_FEED_BYTES)
    );
    let error = import_feed(&mut db, big.as_bytes(), "big.xml", &brand, now()).unwrap_err();
    assert!(matches!(error, ImportError::Shape { .. }));
    assert!(error.to_string().contains("over the 10 MB"), "{error}");
    assert_eq!(db.mention_count().unwrap(), 0);
}

#[test]
fn a_field_over_the_limit_is_cut_with_a_note() {
    let mut db = db();
    let long = format!("La Ñora {}", "ñ".repeat(MAX_FIELD_CHARS + 10));
    let xml = format!(
        "<rss version=\"2.0\"><channel><item><guid>l</guid><title>T</title><description>{long}</description></item></channel></rss>"
    );
    let report = import(&mut db, &xml);
    assert_eq!(report.added, 1);
    assert_eq!(
        report.notes,
        ["item 1: the text was cut to 100000 characters"]
    );
    assert_eq!(stored(&db)[0].text.raw().chars().count(), MAX_FIELD_CHARS);
}

#[test]
fn a_document_that_is_not_a_feed_is_refused() {
    let mut db = db();
    for bad in [
        "<html><body>hola</body></html>",
        "not xml",
        "<rss><channel><item>",
    ] {
        let result = import_feed(&mut db, bad.as_bytes(), "x.xml", &brand, now());
        if let Ok(report) = result {
            assert_eq!(report.added, 0, "{bad}");
        }
    }
    assert!(import_feed(&mut db, b"not xml", "x.xml", &brand, now()).is_err());
}

#[test]
fn a_feed_is_named_by_the_host_of_its_address_or_its_file_name() {
    assert_eq!(
        origin_name("https://user@www.reddit.com:443/r/cafe?q=1"),
        "www.reddit.com"
    );
    assert_eq!(origin_name("/tmp/feeds/alerts.xml"), "alerts.xml");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any bytes, feed-like or not (declarations, marks, encodings and broken markup included),
    /// parse or are refused with a reason; they never panic.
    #[test]
    fn any_bytes_parse_as_a_feed_or_are_refused_without_a_panic(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                b"<rss version=\"2.0\"><channel>".as_slice(), b"<item>", b"</item>", b"<title>",
                b"</title>", b"<link>https://n.example/a</link>", b"<![CDATA[", b"]]>",
                b"<description>", b"</description>", b"&amp;", b"&#x1b;", b"\xff", b"\xe9",
                b"<feed xmlns=\"http://www.w3.org/2005/Atom\">", b"<entry>", b"</entry>",
                b"</channel></rss>", b"</feed>", b"<", b">", b"caf\xc3\xa9",
                b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", b"<?xml ", b"?>",
                b"encoding=\"UTF-16\"", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\0",
                b"<!-- c -->", b"&", b"AT&T", b"<rss>", b"<rss version=\"0.94\">",
                b"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
                b"<!DOCTYPE html>", b"<html>", b"{", b"   ",
                b"<link>https://www.google.com/url?url=https%3A%2F%2Fa.example%2F</link>",
            ]),
            0..40,
        )
    ) {
        let bytes: Vec<u8> = pieces.concat();
        let now = chrono::Utc::now();
        match super::feeds::parse_feed(&bytes, "https://n.example/feed", now) {
            Ok(_) => {}
            Err(why) => proptest::prop_assert!(!why.to_string().is_empty()),
        }
    }
}
