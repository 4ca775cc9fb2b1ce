//! X's analytics CSV reader on any input.

use super::{PostFormat, x_analytics};
use proptest::prelude::*;

const HEADER: &str =
    "Tweet id,Tweet permalink,Tweet text,time,impressions,retweets,replies,likes,url clicks\n";

#[test]
fn a_month_with_fewer_columns_is_read_by_name_and_the_account_taken_from_the_permalink() {
    let file = "\u{feff}time,Tweet permalink,Tweet id,likes,impressions\n2026-10-01 10:00:30 +0000,https://x.com/onelog/status/123,123,10,500.0\n";
    assert_eq!(
        PostFormat::detect(file.as_bytes()),
        Some(PostFormat::XAnalytics)
    );
    let export = x_analytics::read(file.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let post = &export.posts[0];
    assert_eq!(
        (
            post.metrics.impressions,
            post.metrics.likes,
            post.metrics.shares
        ),
        (Some(500), 10, 0)
    );
    assert_eq!(export.handle.as_deref(), Some("onelog"));
    assert_eq!(post.published_at.to_rfc3339(), "2026-10-01T10:00:30+00:00");
}

proptest! {
    #[test]
    fn any_rows_under_the_header_are_read_or_named_without_a_panic(tail in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut file = HEADER.as_bytes().to_vec();
        file.extend(tail);
        let _ = x_analytics::read(&file);
    }

    #[test]
    fn any_counts_come_back_as_written(impressions in 0i64..10_000_000, likes in 0i64..1_000_000, decimal in any::<bool>()) {
        let shown = |n: i64| if decimal { format!("{n}.0") } else { n.to_string() };
        let file = format!("{HEADER}1,https://x.com/a/status/1,\"hola, mundo\",2026-10-01 10:00 +0000,{},0,0,{},0\n", shown(impressions), shown(likes));
        let export = x_analytics::read(file.as_bytes()).map_err(|why| TestCaseError::fail(why.to_string()))?;
        prop_assert_eq!(export.posts[0].metrics.impressions, Some(impressions));
        prop_assert_eq!(export.posts[0].metrics.likes, likes);
        prop_assert_eq!(&export.posts[0].text, "hola, mundo");
    }
}
