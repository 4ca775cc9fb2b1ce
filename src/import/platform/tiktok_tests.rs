//! The TikTok content reader: times from video ids, and any input.

use super::tiktok::{published_at, read};
use proptest::prelude::*;

#[test]
fn a_video_ids_upper_bits_are_its_upload_time_and_a_small_id_holds_none() {
    assert_eq!(
        published_at(7_593_820_674_163_100_946).map(|at| at.to_rfc3339()),
        Some("2026-01-10T19:42:35+00:00".to_string())
    );
    assert_eq!(published_at(12_345), None);
}

#[test]
fn a_row_whose_link_is_not_a_video_is_a_problem_of_its_line() {
    let file = "\u{feff}\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\",\"Total comments\",\"Total shares\",\"Total views\"\n\"December 2\",\"x\",\"https://example.com/v\",\"November 24\",\"1\",\"2\",\"3\",\"4\"";
    let export = read(file.as_bytes()).unwrap();
    assert!(export.posts.is_empty());
    assert_eq!(export.problems[0].item, 2);
    assert!(
        export.problems[0]
            .why
            .to_string()
            .contains("is not a TikTok video's address")
    );
}

#[test]
fn a_row_of_a_network_s_export_that_cannot_be_read_is_explained_in_spanish() {
    let file = "\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\",\"Total comments\",\"Total shares\",\"Total views\"\n\"December 2\",\"x\",\"https://example.com/v\",\"November 24\",\"1\",\"2\",\"3\",\"4\"\n\"December 2\",\"x\",\"https://www.tiktok.com/@cafe/video/7593820674163100946\",\"November 24\",\"mil\",\"2\",\"3\",\"4\"";
    let export = read(file.as_bytes()).unwrap();
    let said: Vec<String> = export
        .problems
        .iter()
        .map(|problem| problem.why.message(crate::i18n::Lang::Es))
        .collect();
    assert_eq!(
        said,
        [
            "el Video link «https://example.com/v» no es la dirección de un vídeo de TikTok",
            "una cifra: «mil» no es un recuento",
        ]
    );
    let header = read(b"\"Time\",\"Total views\"\n").unwrap_err();
    assert_eq!(
        header.message(crate::i18n::Lang::Es),
        "a su cabecera le falta `Video link`"
    );
    assert_eq!(header.to_string(), "its header lacks `Video link`");
}

proptest! {
    #[test]
    fn any_bytes_after_the_header_are_read_without_panicking(body in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut file = b"\"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\",\"Total comments\",\"Total shares\",\"Total views\"\n".to_vec();
        file.extend(body);
        let _ = read(&file);
    }

    #[test]
    fn every_video_id_with_a_time_gives_that_time(seconds in 1_500_000_000u64..4_000_000_000, low in any::<u32>()) {
        let id = (seconds << 32) | u64::from(low);
        let at = published_at(id).map(|at| at.timestamp());
        prop_assert_eq!(at, i64::try_from(seconds).ok());
    }
}
