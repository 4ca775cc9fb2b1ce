//! The Mastodon outbox reader and the HTML it carries, on any input.

use super::{PostFormat, ReadOptions, mastodon};

const OPTIONS: ReadOptions<'static> = ReadOptions {
    handle: "",
    keep_replies: false,
    zone: &chrono::Utc,
};
use crate::import::html_text::html_to_text;
use proptest::prelude::*;

#[test]
fn an_outbox_is_told_from_its_context_and_collection_type() {
    let head = br#"{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json","type":"OrderedCollection","orderedItems":[]}"#;
    assert_eq!(PostFormat::detect(head), Some(PostFormat::MastodonOutbox));
    let export = mastodon::read(head, OPTIONS).unwrap_or_else(|e| panic!("{e}"));
    assert!(export.posts.is_empty());
}

#[test]
fn a_note_without_a_time_is_a_problem_of_that_item_only() {
    let file = br#"{"orderedItems":[
        {"type":"Create","actor":"https://m.s/users/a","object":{"id":"https://m.s/users/a/statuses/1","published":"ayer","content":"<p>x</p>"}},
        {"type":"Create","actor":"https://m.s/users/a","object":{"id":"https://m.s/users/a/statuses/2","published":"2026-11-23T08:30:00Z","content":"<p>y</p>"}},
        {"type":"Create","actor":"https://m.s/users/a","object":"https://m.s/users/a/statuses/3"}
    ]}"#;
    let export = mastodon::read(file, OPTIONS).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(export.posts.len(), 1);
    assert_eq!(export.posts[0].text, "y");
    assert_eq!(export.handle.as_deref(), Some("a"));
    let items: Vec<usize> = export.problems.iter().map(|p| p.item).collect();
    assert_eq!(items, vec![1, 3]);
}

proptest! {
    #[test]
    fn any_bytes_are_read_or_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = mastodon::read(&bytes, OPTIONS);
    }

    #[test]
    fn any_html_is_flattened_without_a_panic(html in "[<>/a-z =\"&;#0-9]{0,120}") {
        let _ = html_to_text(&html);
    }

    #[test]
    fn text_without_markup_comes_back_as_written(text in "[^<&\\s\\p{C}][^<&\\r\\p{C}]{0,60}[^<&\\s\\p{C}]") {
        prop_assert_eq!(html_to_text(&text), text.trim().to_string());
    }
}
