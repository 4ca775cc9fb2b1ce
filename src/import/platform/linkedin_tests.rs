//! LinkedIn's activity ids as times, and the workbook reader on bytes that are no workbook.

use super::linkedin::{created_at, read};
use proptest::prelude::*;

#[test]
fn an_activity_ids_upper_bits_are_its_creation_time_in_milliseconds() {
    let id: u64 = (1_795_689_000_000u64 << 22) | 0x2a_bcde;
    assert_eq!(
        created_at(id).map(|at| at.to_rfc3339()),
        Some("2026-11-26T10:30:00+00:00".to_string())
    );
    assert_eq!(created_at(1234), None);
    // A real post's activity id and the time the page showed for it (kept in the usage guide of
    // a public scraper, chetangoel01/social-media-reports): 1764952408517 ms.
    assert_eq!(
        created_at(7_402_746_946_853_253_120).map(|at| at.timestamp_millis()),
        Some(1_764_952_408_517)
    );
}

proptest! {
    #[test]
    fn any_bytes_are_refused_or_read_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let options = super::ReadOptions { handle: "", keep_replies: false, zone: &chrono::Utc };
        let _ = read(&bytes, options);
    }
}
