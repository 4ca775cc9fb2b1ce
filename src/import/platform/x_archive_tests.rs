//! The X archive reader on the shapes archives have had, and on any input.

use super::{PostFormat, ReadOptions, x_archive};
use proptest::prelude::*;

const OPTIONS: ReadOptions<'static> = ReadOptions {
    handle: "cafelanora",
    keep_replies: false,
    zone: &chrono::Utc,
};

#[test]
fn an_older_archive_with_bare_items_and_numeric_counts_is_read() {
    let file = br#"window.YTD.tweet.part0 = [ {
        "id_str" : "1200", "created_at" : "Fri Feb 23 22:34:37 +0000 2018",
        "full_text" : "1 &lt; 2 &amp;&amp; 3 &gt; 2", "favorite_count" : 7, "retweet_count" : 2
    } ];"#;
    assert_eq!(PostFormat::detect(file), Some(PostFormat::XArchive));
    let export = x_archive::read(&file[..], OPTIONS, 1).unwrap_or_else(|e| panic!("{e}"));
    let post = &export.posts[0];
    assert_eq!(post.text, "1 < 2 && 3 > 2");
    assert_eq!((post.metrics.likes, post.metrics.shares), (7, 2));
    assert_eq!(post.url, "https://x.com/cafelanora/status/1200");
    assert_eq!(post.published_at.to_rfc3339(), "2018-02-23T22:34:37+00:00");
}

#[test]
fn a_time_with_an_offset_is_turned_to_utc() {
    let file = br#"window.YTD.tweets.part0 = [ {"tweet": {
        "id_str" : "5", "created_at" : "Sat Nov 22 17:10:25 +1000 2025", "full_text" : "x"
    }} ]"#;
    let export = x_archive::read(&file[..], OPTIONS, 1).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        export.posts[0].published_at.to_rfc3339(),
        "2025-11-22T07:10:25+00:00"
    );
}

#[test]
fn a_negative_or_written_out_count_is_a_problem_of_that_item_only() {
    let file = br#"window.YTD.tweets.part0 = [
        {"tweet": {"id_str": "1", "created_at": "Fri Feb 23 22:34:37 +0000 2018", "full_text": "a", "favorite_count": "-3"}},
        {"tweet": {"id_str": "2", "created_at": "Fri Feb 23 22:34:37 +0000 2018", "full_text": "b", "favorite_count": "many"}},
        {"tweet": {"id_str": "3", "created_at": "Fri Feb 23 22:34:37 +0000 2018", "full_text": "c"}},
        {"something": "else"}
    ]"#;
    let export = x_archive::read(&file[..], OPTIONS, 1).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(export.posts.len(), 1);
    let items: Vec<usize> = export.problems.iter().map(|p| p.item).collect();
    assert_eq!(items, vec![1, 2, 4]);
}

#[test]
fn text_with_escape_sequences_is_kept_as_written_for_the_sanitizer_to_show() {
    let file = "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"9\", \"created_at\": \"Fri Feb 23 22:34:37 +0000 2018\", \"full_text\": \"hola \\u001b[31mrojo\"}} ]";
    let export = x_archive::read(file.as_bytes(), OPTIONS, 1).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(export.posts[0].text, "hola \u{1b}[31mrojo");
}

#[test]
fn a_file_that_is_not_an_assignment_of_json_says_so() {
    let error = x_archive::read(&b"window.YTD.tweets.part0 = [ {"[..], OPTIONS, 1).err();
    assert!(
        error.is_some_and(|e| e.to_string().starts_with("its list of tweets is not JSON")),
        "a cut file must be refused"
    );
    assert_eq!(PostFormat::detect(b"id,text\n1,hola"), None);
}

proptest! {
    #[test]
    fn any_bytes_after_the_assignment_are_read_or_refused_without_a_panic(tail in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut file = b"window.YTD.tweets.part0 = ".to_vec();
        file.extend(tail);
        let _ = x_archive::read(&file[..], OPTIONS, 1);
    }

    #[test]
    fn any_tweet_text_and_counts_come_back_as_written(text in "\\PC{0,80}", likes in 0i64..1_000_000, reposts in 0i64..1_000_000) {
        let tweet = serde_json::json!([{"tweet": {
            "id_str": "42", "created_at": "Fri Feb 23 22:34:37 +0000 2018",
            "full_text": text, "favorite_count": likes.to_string(), "retweet_count": reposts.to_string(),
        }}]);
        let file = format!("window.YTD.tweets.part0 = {tweet}");
        let export = x_archive::read(file.as_bytes(), OPTIONS, 1).map_err(|why| TestCaseError::fail(why.to_string()))?;
        if text.starts_with("RT @") {
            prop_assert_eq!(export.posts.len(), 0);
        } else {
            let post = &export.posts[0];
            let expected = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            prop_assert_eq!(&post.text, &expected);
            prop_assert_eq!((post.metrics.likes, post.metrics.shares), (likes, reposts));
        }
    }
}
