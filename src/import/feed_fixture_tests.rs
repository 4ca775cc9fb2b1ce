//! The feed importer over the fixtures of `tests/data/feeds` (see its README for where each
//! comes from), through the real listening rules on an in-memory database: a Mastodon tag feed,
//! a Google Alerts feed, feeds recovered from an invalid byte and an open CDATA section, feeds in
//! ISO-8859-1 (RSS 1.0), UTF-16 and Big5, and the refusals worded by their cause.

use super::feed_tests::stored;
use super::feeds::{FeedReport, import_feed, parse_feed};
use super::rules::LocalRules;
use crate::db::Db;
use crate::db::seed::{self, NewListeningRule};
use crate::domain::RuleKind;
use chrono::{DateTime, TimeZone, Utc};

const MASTODON: &[u8] = include_bytes!("../../tests/data/feeds/mastodon-tag-k8s.rss");
const GOOGLE_ALERTS: &[u8] = include_bytes!("../../tests/data/feeds/google-alerts.atom");
const INVALID_BYTE: &[u8] = include_bytes!("../../tests/data/feeds/invalid-byte.rss");
const UNCLOSED_CDATA: &[u8] = include_bytes!("../../tests/data/feeds/unclosed-cdata.rss");
const LATIN1_RDF: &[u8] = include_bytes!("../../tests/data/feeds/latin1.rdf");
const UTF16LE_ATOM: &[u8] = include_bytes!("../../tests/data/feeds/utf16le.atom");
const UTF16BE_RSS: &[u8] = include_bytes!("../../tests/data/feeds/utf16be.rss");
const BIG5_RSS: &[u8] = include_bytes!("../../tests/data/feeds/big5.rss");

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

/// An in-memory database with one listening rule.
fn db_with_rule(kind: RuleKind, terms: &str) -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        let rule = NewListeningRule {
            name: "La regla".into(),
            kind,
            competitor_id: None,
            terms: terms.into(),
            exclusions: String::new(),
            source: Default::default(),
            language: String::new(),
        };
        seed::insert_listening_rule(tx, &rule)
    })
    .unwrap();
    db
}

/// Imports `bytes` through the stored rules, as `cmdeck import feed` does.
fn import(db: &mut Db, bytes: &[u8]) -> FeedReport {
    let rules = LocalRules::new(&db.rule_terms().unwrap());
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    import_feed(db, bytes, "fixture.xml", &classify, now()).unwrap()
}

fn counts(report: &FeedReport) -> (usize, usize, usize) {
    (report.items, report.added, report.unmatched)
}

#[test]
fn a_mastodon_tag_feed_keeps_hashtags_whole_so_a_tag_rule_matches() {
    let mut db = db_with_rule(RuleKind::Sector, "#k8s");
    let report = import(&mut db, MASTODON);
    assert_eq!(
        counts(&report),
        (3, 2, 1),
        "the toot that says k8s without the tag is not matched"
    );
    let rows = stored(&db);
    assert_eq!(rows[0].source, "#k8s");
    assert_eq!(
        rows[0].text,
        "New Kubernetes Release ✨ Kubernetes v1.31.2 ✨ \
         https://github.com/kubernetes/kubernetes/releases/tag/v1.31.2 #Kubernetes #k8s"
    );
    assert_eq!(
        rows[0].url.as_ref().map(|u| u.raw()),
        Some("https://botsin.space/@k8s_releases/113532110000000001")
    );
    assert_eq!(
        rows[1].text,
        "🚀 @ana mi charla sobre operadores en #k8s, con las diapositivas: \
         https://www.linuxquestions.org/questions/blog/marta/operadores-kubernetes-1-39090/"
    );
    assert_eq!(rows[0].rule.as_deref(), Some("La regla"));
}

#[test]
fn a_google_alerts_feed_is_stored_with_the_article_address_and_its_bold_words_as_text() {
    let mut db = db_with_rule(RuleKind::Brand, "la ñora");
    let report = import(&mut db, GOOGLE_ALERTS);
    assert_eq!(
        counts(&report),
        (3, 2, 1),
        "pimientos de ñora are no mention"
    );
    let rows = stored(&db);
    assert_eq!(rows[0].source, "Google Alert - \"La Ñora\"");
    assert_eq!(
        rows[0].url.as_ref().map(|u| u.raw()),
        Some("https://www.laverdad.example/murcia/cafe-la-nora-segundo-local-20261122.html")
    );
    assert_eq!(
        rows[0].text,
        "Café La Ñora abre un segundo local en el centro de Murcia — El tostadero murciano La \
         Ñora estrena barra en la plaza de las Flores y amplía su carta de ..."
    );
    assert_eq!(
        rows[1].url.as_ref().map(|u| u.raw()),
        Some("https://elpais.example/gastronomia/2026-11-22/cafeterias.html?print=1&lang=es"),
        "the url= parameter is percent-decoded"
    );
    assert!(
        rows[1].text.raw().contains("ya es 'de culto' entre"),
        "{:?}",
        rows[1].text
    );
    assert!(rows.iter().all(|row| !row.text.raw().contains('<')));
}

#[test]
fn a_feed_with_invalid_bytes_is_read_with_a_note_counting_them() {
    let mut db = db_with_rule(RuleKind::Brand, "la ñora");
    let report = import(&mut db, INVALID_BYTE);
    assert_eq!(counts(&report), (1, 1, 0));
    assert_eq!(
        report.notes,
        ["3 invalid bytes were replaced with “\u{FFFD}” (the feed is not valid UTF-8 there)"]
    );
    assert_eq!(
        stored(&db)[0].text,
        "Desayuno en Café La Ñora — Tostadas con tomate y un caf\u{FFFD} de tueste claro, \
         \u{FFFD}qu\u{FFFD} rico!"
    );
}

#[test]
fn a_feed_with_a_cdata_section_left_open_is_recovered_with_a_note() {
    let mut db = db_with_rule(RuleKind::Brand, "la ñora");
    let report = import(&mut db, UNCLOSED_CDATA);
    assert_eq!(counts(&report), (2, 2, 0));
    assert_eq!(
        report.notes,
        ["a CDATA section left open (line 9) was closed where its element ends"]
    );
    let rows = stored(&db);
    assert_eq!(
        rows[0].text,
        "Ruta del café: La Ñora y otras cuatro paradas — Empezamos en La Ñora, con su \
         tostadora de 1958."
    );
    assert_eq!(
        rows[1].text,
        "Café La Ñora abre los domingos — Desde diciembre, de 9 a 14 h."
    );
}

#[test]
fn an_iso_8859_1_rss_1_feed_is_read_with_its_accents() {
    let feed = parse_feed(LATIN1_RDF, "latin1.rdf", now()).unwrap();
    assert!(feed.notes.is_empty(), "{:?}", feed.notes);
    assert_eq!(feed.items.len(), 2);
    let item = &feed.items[0];
    assert_eq!(item.source, "Diario de la Huerta · Economía");
    assert_eq!(
        item.text,
        "El café de La Ñora, en la guía «Sabores de Murcia» — La cafetería de El Carmen recibe \
         el distintivo por su tueste artesano y su pequeña tostadora de 1958."
    );
    assert_eq!(
        item.url.as_deref(),
        Some("https://diario-huerta.example/2026/11/22/cafe-la-nora.html")
    );
    assert_eq!(item.language.as_deref(), Some("es"));
    assert_eq!(
        item.published,
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap()
    );
    assert!(feed.items[1].text.ends_with("40 l/m² en una hora."));
    let mut db = db_with_rule(RuleKind::Brand, "la ñora");
    assert_eq!(counts(&import(&mut db, LATIN1_RDF)), (2, 1, 1));
}

#[test]
fn utf16_feeds_with_a_byte_order_mark_are_read_in_either_byte_order() {
    let atom = parse_feed(UTF16LE_ATOM, "utf16le.atom", now()).unwrap();
    assert_eq!(atom.items[0].author, "Begoña Muñoz");
    assert_eq!(
        atom.items[0].text,
        "Catamos el espresso de La Ñora — Notas de cacao y avellana; el cortado, impecable. \
         ¿Volveremos? Sí."
    );
    let rss = parse_feed(UTF16BE_RSS, "utf16be.rss", now()).unwrap();
    assert_eq!(rss.items[0].source, "Gastronomía en Cartagena");
    assert_eq!(
        rss.items[0].text,
        "La Ñora tuesta ya en el puerto — Un café con vistas: la tostadora de La Ñora abre \
         junto al muelle."
    );
    let mut db = db_with_rule(RuleKind::Brand, "la ñora");
    assert_eq!(counts(&import(&mut db, UTF16LE_ATOM)), (1, 1, 0));
    assert_eq!(counts(&import(&mut db, UTF16BE_RSS)), (1, 1, 0));
}

#[test]
fn a_big5_feed_is_read_with_its_chinese_characters() {
    let feed = parse_feed(BIG5_RSS, "big5.rss", now()).unwrap();
    assert_eq!(feed.items[0].source, "台北咖啡新聞");
    assert_eq!(
        feed.items[0].text,
        "西班牙咖啡館 La Nora 在台北開幕 — 來自穆爾西亞的烘豆師傅帶來了淺焙咖啡。"
    );
    assert_eq!(feed.items[0].language.as_deref(), Some("zh-tw"));
    let mut db = db_with_rule(RuleKind::Brand, "la ñora");
    assert_eq!(counts(&import(&mut db, BIG5_RSS)), (1, 1, 0));
}

#[test]
fn every_refusal_names_its_real_cause_and_stores_nothing() {
    let mut db = db_with_rule(RuleKind::Brand, "la ñora");
    let rules = LocalRules::new(&db.rule_terms().unwrap());
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    for (bytes, cause) in [
        (b"".as_slice(), "it is empty"),
        (b"\xEF\xBB\xBF  \n", "it is empty"),
        (
            b"<!DOCTYPE html><html><head><link rel=alternate type=application/atom+xml href=/feed.atom>",
            "it is a web page (HTML), not a feed; the page names its feed: /feed.atom",
        ),
        (b"{\"items\": []}", "it is JSON, not an RSS or Atom feed ("),
        (b"La \xd1ora", "it is not XML: it starts with “La \u{FFFD}ora”"),
        (
            b"<rss version=\"2.0\">\n <channel></rss>",
            "it is not well-formed XML: line 2, column",
        ),
        (
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><kml/>",
            "it is XML but not a feed: its root element is <kml>",
        ),
    ] {
        let error = import_feed(&mut db, bytes, "x.xml", &classify, now()).unwrap_err();
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("x.xml was not imported: {cause}")),
            "{message}"
        );
        assert!(!message.contains("no root element"), "{message}");
    }
    assert_eq!(db.mention_count().unwrap(), 0);
}
