//! The Bluesky repository reader's link facets, on any input.

use super::bluesky::with_links;
use ipld_core::ipld::Ipld;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn facet(start: i128, end: i128, kind: &str, value: (&str, &str)) -> Ipld {
    let index = BTreeMap::from([
        ("byteStart".to_string(), Ipld::Integer(start)),
        ("byteEnd".to_string(), Ipld::Integer(end)),
    ]);
    let feature = BTreeMap::from([
        ("$type".to_string(), Ipld::String(kind.to_string())),
        (value.0.to_string(), Ipld::String(value.1.to_string())),
    ]);
    Ipld::Map(BTreeMap::from([
        ("index".to_string(), Ipld::Map(index)),
        ("features".to_string(), Ipld::List(vec![Ipld::Map(feature)])),
    ]))
}

#[test]
fn a_shortened_link_becomes_its_address_and_tags_and_mentions_stay_as_written() {
    let text = "Café ☕ en cafelanora.es/carta... #desayuno con @lucia.bsky.social";
    let link_start = text.find("cafelanora").unwrap() as i128;
    let link_end = text.find(" #").unwrap() as i128;
    let tag_start = text.find('#').unwrap() as i128;
    let facets = Ipld::List(vec![
        facet(
            tag_start,
            tag_start + 9,
            "app.bsky.richtext.facet#tag",
            ("tag", "desayuno"),
        ),
        facet(
            link_start,
            link_end,
            "app.bsky.richtext.facet#link",
            ("uri", "https://cafelanora.es/carta/invierno"),
        ),
        facet(
            0,
            5,
            "app.bsky.richtext.facet#mention",
            ("did", "did:plc:abc"),
        ),
    ]);
    assert_eq!(
        with_links(text, Some(&facets)),
        "Café ☕ en https://cafelanora.es/carta/invierno #desayuno con @lucia.bsky.social"
    );
}

#[test]
fn a_facet_out_of_range_or_inside_a_character_leaves_the_text_as_written() {
    let text = "Café";
    let facets = Ipld::List(vec![
        facet(
            4,
            5,
            "app.bsky.richtext.facet#link",
            ("uri", "https://x.test"),
        ),
        facet(
            2,
            40,
            "app.bsky.richtext.facet#link",
            ("uri", "https://y.test"),
        ),
    ]);
    assert_eq!(with_links(text, Some(&facets)), "Café");
}

proptest! {
    #[test]
    fn any_facets_on_any_text_give_text_without_panicking(
        text in ".{0,40}",
        spans in proptest::collection::vec((0i128..60, 0i128..60), 0..5),
    ) {
        let facets = Ipld::List(
            spans
                .iter()
                .map(|(a, b)| facet(*a, *b, "app.bsky.richtext.facet#link", ("uri", "https://a.test")))
                .collect(),
        );
        let _ = with_links(&text, Some(&facets));
    }
}

const REPOSITORY: &[u8] =
    include_bytes!("../../../tests/data/exports/bluesky/bnewbold.robocracy.org.20250310005405.car");

const OPTIONS: super::ReadOptions<'static> = super::ReadOptions {
    handle: "",
    keep_replies: false,
    zone: &chrono::Utc,
};

proptest! {
    #[test]
    fn a_repository_cut_or_changed_anywhere_is_refused_or_read_without_panicking(
        cut in 0usize..14_105,
        flips in proptest::collection::vec((0usize..14_105, any::<u8>()), 0..4),
    ) {
        let mut bytes = REPOSITORY[..cut].to_vec();
        for (at, byte) in flips {
            if let Some(b) = bytes.get_mut(at) {
                *b = byte;
            }
        }
        let _ = super::bluesky::read(&bytes[..], OPTIONS);
    }

    #[test]
    fn any_bytes_after_a_car_header_are_refused_or_read_without_panicking(
        tail in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let header_end = 1 + usize::from(REPOSITORY[0]);
        let mut bytes = REPOSITORY[..header_end].to_vec();
        bytes.extend(tail);
        let _ = super::bluesky::read(&bytes[..], OPTIONS);
    }
}

#[test]
fn a_block_nested_a_hundred_thousand_deep_is_refused_or_skipped_without_overflowing_the_stack() {
    use sha2::{Digest, Sha256};
    let header_end = 1 + usize::from(REPOSITORY[0]);
    let mut data = vec![0x81u8; 100_000];
    data.push(0xf6);
    let digest = Sha256::digest(&data);
    let mut cid = vec![0x01, 0x71, 0x12, 0x20];
    cid.extend_from_slice(&digest);
    let mut block = cid;
    block.extend_from_slice(&data);
    let mut bytes = REPOSITORY[..header_end].to_vec();
    let mut length = block.len();
    while length >= 0x80 {
        bytes.push((length as u8) | 0x80);
        length >>= 7;
    }
    bytes.push(length as u8);
    bytes.extend(block);
    assert!(super::bluesky::read(&bytes[..], OPTIONS).is_err());
}
