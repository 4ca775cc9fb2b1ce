//! Meta's mojibake repaired, and the thread reader on any input.

use super::meta_messages::repair;
use proptest::prelude::*;

#[test]
fn each_utf8_byte_written_as_an_escape_is_read_back_as_the_character() {
    assert_eq!(repair("Caf\u{00c3}\u{00a9} La Nora"), "Café La Nora");
    assert_eq!(repair("\u{00f0}\u{009f}\u{0098}\u{0082}"), "😂");
    assert_eq!(
        repair("Reacted \u{00e2}\u{009d}\u{00a4}\u{00ef}\u{00b8}\u{008f} to your message "),
        "Reacted ❤️ to your message "
    );
}

#[test]
fn text_that_is_already_right_is_kept_as_written() {
    assert_eq!(repair("Café"), "Café");
    assert_eq!(repair("日本 ☕"), "日本 ☕");
    assert_eq!(repair("plain"), "plain");
}

proptest! {
    #[test]
    fn any_text_written_the_way_meta_writes_it_is_repaired_to_itself(text in "\\PC{0,40}") {
        let written: String = text.bytes().map(char::from).collect();
        prop_assert_eq!(repair(&written), text);
    }

    #[test]
    fn any_bytes_as_a_thread_file_are_refused_or_read_without_panicking(body in proptest::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("message_1.json");
        let mut bytes = b"{\"participants\":[{\"name\":\"a\"}],\"messages\":[{\"sender_name\":".to_vec();
        bytes.extend(body);
        std::fs::write(&path, &bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let _ = super::meta_messages::read_messages(&path, &bytes);
    }
}
