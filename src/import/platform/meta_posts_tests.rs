//! The Meta Business Suite reader on the shapes Meta writes (and spreadsheets write back), and on
//! any input.

use super::{PostFormat, ReadOptions, meta_posts};
use chrono::FixedOffset;
use proptest::prelude::*;

fn options(zone: &FixedOffset) -> ReadOptions<'_> {
    ReadOptions {
        handle: "",
        keep_replies: false,
        zone,
    }
}

const HEADER: &str = "\u{feff}\"Post ID\",\"Account ID\",\"Account username\",\"Account name\",Description,\"Duration (sec)\",\"Publish time\",Permalink,\"Post type\",\"Data comment\",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves";

#[test]
fn a_publish_time_without_offset_is_read_in_the_brands_zone() {
    let madrid_in_winter = FixedOffset::east_opt(3600).unwrap();
    let file = format!(
        "{HEADER}\n1,2,cafe,Cafe,hola,0,\"11/23/2026 09:30\",https://www.instagram.com/p/A/,\"IG image\",,Lifetime,10,8,3,0,0,1,0\n"
    );
    assert_eq!(
        PostFormat::detect(file.as_bytes()),
        Some(PostFormat::MetaInstagram)
    );
    let export = meta_posts::read(
        PostFormat::MetaInstagram,
        file.as_bytes(),
        options(&madrid_in_winter),
    )
    .unwrap();
    assert_eq!(
        export.posts[0].published_at.to_rfc3339(),
        "2026-11-23T08:30:00+00:00"
    );
    assert_eq!(export.handle.as_deref(), Some("cafe"));
}

#[test]
fn a_file_of_one_days_figures_is_refused_row_by_row_as_not_lifetime() {
    let utc = FixedOffset::east_opt(0).unwrap();
    let file = format!(
        "{HEADER}\n1,2,cafe,Cafe,hola,0,\"11/23/2026 09:30\",https://www.instagram.com/p/A/,\"IG image\",,2026-11-23,10,8,3,0,0,1,0\n"
    );
    let export =
        meta_posts::read(PostFormat::MetaInstagram, file.as_bytes(), options(&utc)).unwrap();
    assert!(export.posts.is_empty());
    assert_eq!(export.problems[0].item, 2);
    assert!(
        export.problems[0]
            .why
            .to_string()
            .contains("not the post's lifetime"),
        "{:?}",
        export.problems
    );
}

#[test]
fn dates_are_month_first_unless_the_file_shows_a_day_over_twelve_first() {
    let utc = FixedOffset::east_opt(0).unwrap();
    let row = |time: &str| {
        format!(
            "1,2,cafe,Cafe,hola,0,\"{time}\",https://www.instagram.com/p/A/,\"IG image\",,Lifetime,10,8,3,0,0,1,0"
        )
    };
    let ambiguous = format!("{HEADER}\n{}\n", row("03/04/2026 10:00"));
    let read = |file: &str| {
        meta_posts::read(PostFormat::MetaInstagram, file.as_bytes(), options(&utc)).unwrap()
    };
    assert_eq!(
        read(&ambiguous).posts[0].published_at.to_rfc3339(),
        "2026-03-04T10:00:00+00:00"
    );
    let day_first = format!(
        "{HEADER}\n{}\n{}\n",
        row("03/04/2026 10:00"),
        row("28/11/2026 08:00")
    );
    let posts = read(&day_first).posts;
    assert_eq!(
        posts[0].published_at.to_rfc3339(),
        "2026-04-03T10:00:00+00:00"
    );
    assert_eq!(
        posts[1].published_at.to_rfc3339(),
        "2026-11-28T08:00:00+00:00"
    );
}

#[test]
fn counts_grouped_the_way_locales_write_them_are_read_and_others_refused() {
    use super::csv_export::count;
    assert_eq!(count("12.400"), Ok(Some(12_400)));
    assert_eq!(count("1,234,567"), Ok(Some(1_234_567)));
    assert_eq!(count("1 840"), Ok(Some(1_840)));
    assert_eq!(count("1840.0"), Ok(Some(1_840)));
    assert_eq!(count(""), Ok(None));
    assert_eq!(count("undefined"), Ok(None));
    assert!(count("12.4").is_err());
    assert!(count("-3").is_err());
    assert!(count("muchos").is_err());
}

#[test]
fn a_semicolon_header_is_told_from_a_comma_inside_quotes() {
    use super::csv_export::separator;
    assert_eq!(
        separator("\"Reactions, Comments and Shares\",Reactions,Comments"),
        b','
    );
    assert_eq!(
        separator("Fecha;Alcance;\"Reacciones, comentarios\";Me gusta"),
        b';'
    );
}

proptest! {
    #[test]
    fn any_bytes_after_a_meta_header_are_read_without_panicking(body in proptest::collection::vec(any::<u8>(), 0..400)) {
        let utc = FixedOffset::east_opt(0).unwrap();
        let mut file = format!("{HEADER}\n").into_bytes();
        file.extend(body);
        let _ = meta_posts::read(PostFormat::MetaInstagram, &file, options(&utc));
    }

    #[test]
    fn every_row_is_a_post_or_a_problem_named_by_its_line(likes in proptest::collection::vec(0i64..100_000, 1..20)) {
        let utc = FixedOffset::east_opt(0).unwrap();
        let mut file = format!("{HEADER}\n");
        for (n, like) in likes.iter().enumerate() {
            file.push_str(&format!("{},2,cafe,Cafe,\"línea\nsegunda\",0,\"11/2{}/2026 09:30\",https://www.instagram.com/p/{n}/,\"IG image\",,Lifetime,10,8,{like},0,0,1,0\n", n + 1, n % 10));
        }
        let export = meta_posts::read(PostFormat::MetaInstagram, file.as_bytes(), options(&utc)).map_err(|why| TestCaseError::fail(why.to_string()))?;
        prop_assert_eq!(export.posts.len(), likes.len());
        for (n, post) in export.posts.iter().enumerate() {
            prop_assert_eq!(post.metrics.likes, likes[n]);
            prop_assert_eq!(post.item, 2 + 2 * n);
        }
    }
}
