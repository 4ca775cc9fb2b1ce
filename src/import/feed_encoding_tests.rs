//! Decoding feed documents: the byte-order mark, the XML declaration, UTF-16 without a mark,
//! invalid bytes counted, declarations removed; and, over any feed, that the same feed written in
//! ISO-8859-1 or UTF-16 reads into the same items as in UTF-8.

use super::feed_encoding::decode_feed;
use super::feeds::{FeedItem, parse_feed};
use chrono::{TimeZone, Utc};
use proptest::prelude::*;

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

#[test]
fn the_declared_encoding_is_honoured_and_the_declaration_dropped() {
    let latin1 =
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss>Caf\xe9 \x93\xd1\x94 \x80</rss>";
    let decoded = decode_feed(latin1);
    assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1252);
    assert_eq!(decoded.xml, "\n<rss>Café “Ñ” €</rss>");
    assert_eq!((decoded.replaced, decoded.notes().len()), (0, 0));

    let big5 = encoding_rs::BIG5
        .encode("<?xml version='1.0' encoding='big5' ?><t>咖啡館</t>")
        .0;
    assert_eq!(decode_feed(&big5).xml, "<t>咖啡館</t>");
}

#[test]
fn a_byte_order_mark_wins_over_the_declaration_and_utf16_is_read_with_or_without_it() {
    let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Ñandú 咖啡</a>";
    for little_endian in [true, false] {
        let decoded = decode_feed(&utf16(text, little_endian));
        assert_eq!(decoded.xml, "<a>Ñandú 咖啡</a>");
        let without_mark = &utf16(text, little_endian)[2..];
        assert_eq!(decode_feed(without_mark).xml, "<a>Ñandú 咖啡</a>");
    }
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend_from_slice(text.replace("ISO-8859-1", "UTF-8").as_bytes());
    assert_eq!(decode_feed(&utf8).xml, "<a>Ñandú 咖啡</a>");
}

#[test]
fn invalid_bytes_become_replacement_characters_and_are_counted() {
    let decoded =
        decode_feed(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>caf\xe9 \xa1qu\xe9! \0</t>");
    assert_eq!(
        decoded.xml,
        "<t>caf\u{FFFD} \u{FFFD}qu\u{FFFD}! \u{FFFD}</t>"
    );
    assert_eq!(decoded.replaced, 4);
    assert_eq!(
        decoded.notes(),
        ["4 invalid bytes were replaced with “\u{FFFD}” (the feed is not valid UTF-8 there)"]
    );
    assert_eq!(
        decode_feed(b"<t>\xff</t>").notes(),
        ["1 invalid byte was replaced with “\u{FFFD}” (the feed is not valid UTF-8 there)"]
    );
}

#[test]
fn an_unknown_encoding_is_read_as_utf8_with_a_note_and_a_false_utf16_claim_is_ignored() {
    let decoded = decode_feed("<?xml version=\"1.0\" encoding=\"klingon\"?><t>é</t>".as_bytes());
    assert_eq!(decoded.xml, "<t>é</t>");
    assert_eq!(
        decoded.notes(),
        [
            "it says it is in the encoding “klingon”, which cmdeck does not know; it was read as UTF-8"
        ]
    );
    let decoded = decode_feed("<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>é</t>".as_bytes());
    assert_eq!(
        (decoded.encoding, decoded.xml.as_str()),
        (encoding_rs::UTF_8, "<t>é</t>")
    );
}

#[test]
fn every_declaration_goes_even_one_out_of_place_or_formed_by_removing_another() {
    let decoded = decode_feed(
        b"<!-- x --><?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><?<?xml ?>xml ?><?xml-stylesheet href=\"a\"?><t/>",
    );
    assert_eq!(decoded.xml, "<!-- x --><?xml-stylesheet href=\"a\"?><t/>");
}

#[test]
fn a_feed_whose_declaration_is_out_of_place_is_read_without_a_panic() {
    let mut late = b" ".repeat(100);
    late.extend_from_slice(
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9</title></channel></rss>",
    );
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    let feed = parse_feed(&late, "late.xml", now).unwrap();
    assert!(feed.items.is_empty());
}

/// The feeds compared: a channel with items whose text may hold any Latin-1 letter.
fn feed_xml(title: &str, items: &[(String, String)]) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"ENCODING\"?>\n<rss version=\"2.0\"><channel><title>{}</title>",
        escape(title)
    );
    for (n, (title, text)) in items.iter().enumerate() {
        xml.push_str(&format!(
            "<item><guid>i{n}</guid><title>{}</title><description>{}</description>\
             <pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>",
            escape(title),
            escape(text)
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}

fn items(bytes: &[u8]) -> Vec<FeedItem> {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    parse_feed(bytes, "https://n.example/feed", now)
        .unwrap()
        .items
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The same feed written in ISO-8859-1, UTF-16 LE or UTF-16 BE reads into the items it
    /// holds in UTF-8.
    #[test]
    fn a_feed_re_encoded_in_latin1_or_utf16_gives_the_same_items(
        title in "[a-zA-Z0-9 ¡-ÿ]{1,20}",
        entries in prop::collection::vec(("[a-zA-Z0-9 ¡-ÿ&<]{1,30}", "[a-zA-Z0-9 ¡-ÿ&<]{0,60}"), 1..4),
    ) {
        let xml = feed_xml(&title, &entries);
        let in_utf8 = items(xml.replace("ENCODING", "UTF-8").as_bytes());
        prop_assert_eq!(in_utf8.len(), entries.len());
        let latin1: Vec<u8> = xml
            .replace("ENCODING", "ISO-8859-1")
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap())
            .collect();
        prop_assert_eq!(&items(&latin1), &in_utf8);
        for little_endian in [true, false] {
            let utf16_bytes = utf16(&xml.replace("ENCODING", "UTF-16"), little_endian);
            prop_assert_eq!(&items(&utf16_bytes), &in_utf8);
        }
    }

    /// Any bytes decode without a panic, and UTF-8 text without markup, a mark or U+0000 comes
    /// out as it went in.
    #[test]
    fn any_bytes_decode_and_utf8_text_comes_out_as_it_went_in(
        bytes in prop::collection::vec(any::<u8>(), 0..200),
        text in "[^\u{0}<\u{FEFF}]{0,80}",
    ) {
        let _ = decode_feed(&bytes);
        let decoded = decode_feed(text.as_bytes());
        prop_assert_eq!(decoded.xml, text);
        prop_assert_eq!(decoded.replaced, 0);
    }
}
