//! `cmdeck import messages` as a script would run it: the real binary on a demo database in a
//! temporary home, with files written by the test, checked through its output, its exit code and
//! the database itself.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};

const GOOD: &str = "channel,kind,author,body,received_at,external_id\n\
    instagram,dm,Ana,\"Hola, ¿abrís el domingo? ☕\",2026-11-23T09:30:00Z,imp-1\n\
    x:@cafelanora,comment,Luis,\"Dos\nlíneas\",2026-11-23 10:00,imp-2\n\
    linkedin,review,Marta,Genial,2026-11-23T11:00:00+01:00,\n";

#[test]
fn a_good_file_is_imported_and_counted_and_a_second_import_adds_nothing() {
    let home = Home::with_demo();
    let before = home.count("messages");
    let file = home.file("messages.csv", GOOD);
    let output = home.run(&["import", "messages", &file]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "Imported 3 messages from messages.csv.\n"
    );
    assert_eq!(home.count("messages"), before + 3);
    let again = home.run(&["import", "messages", &file]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(
        text(&again.stdout),
        "Imported 0 messages from messages.csv (3 already there).\n"
    );
    assert_eq!(home.count("messages"), before + 3);
}

#[test]
fn a_file_with_bad_rows_is_refused_with_exit_code_2_naming_the_lines() {
    let home = Home::with_demo();
    let before = home.count("messages");
    let bad =
        format!("{GOOD}threads,dm,Eve,hola,2026-11-23 10:00,\ninstagram,chat,Eve,hola,mañana,\n");
    let file = home.file("bad.csv", &bad);
    let output = home.run(&["import", "messages", &file]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with(
            "cmdeck: bad.csv was not imported: 2 rows are wrong (nothing was changed); add --partial to import the others\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "\n  line 6: unknown channel “threads”; the channels are instagram:@cafelanora"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("\n  line 7: unknown kind “chat”"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\n  line 7: “received_at” “mañana” is not a date"),
        "{stderr}"
    );
    assert!(text(&output.stdout).is_empty());
    assert_eq!(home.count("messages"), before, "nothing was changed");

    let partial = home.run(&["import", "messages", &file, "--partial"]);
    assert!(partial.status.success(), "{}", text(&partial.stderr));
    let stdout = text(&partial.stdout);
    assert!(
        stdout.starts_with("Imported 3 messages from bad.csv; 2 rows were left out:\n"),
        "{stdout}"
    );
    assert_eq!(home.count("messages"), before + 3);
}

#[test]
fn a_json_file_is_imported_and_a_missing_file_is_a_usage_error() {
    let home = Home::with_demo();
    let before = home.count("messages");
    let file = home.file(
        "inbox.json",
        r#"{"messages": [{"channel": "tiktok", "kind": "comment", "author": "Zoe",
            "body": "¡Me encanta! 🎉", "received_at": "2026-11-23 09:30", "external_id": "tt-1"}]}"#,
    );
    let output = home.run(&["import", "messages", &file]);
    assert_eq!(
        text(&output.stdout),
        "Imported 1 message from inbox.json.\n"
    );
    assert_eq!(home.count("messages"), before + 1);
    let missing = home.run(&["import", "messages", "nowhere.csv"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).starts_with("cmdeck: could not read nowhere.csv"));
}

fn meta_fixture(name: &str) -> String {
    format!(
        "{}/tests/data/exports/meta/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn instagrams_download_your_information_zip_brings_the_direct_messages_received_repaired_and_answered_where_the_account_wrote_back()
 {
    let home = Home::empty();
    let output = home.run(&["channel", "add", "instagram", "@cafelanora"]);
    assert!(output.status.success());
    let zip = meta_fixture("instagram-dyi.zip");
    let output = home.run(&["import", "messages", &zip]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("Imported 3 messages"),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(
        home.rows("SELECT kind, author, body, received_at, status, first_response_at FROM messages ORDER BY received_at"
        ),
        [
            [
                "dm",
                "Lucía Ferrer",
                "Hola, ¿abrís el domingo? Queremos ir con los peques 🥐",
                "2026-11-25T16:05:00Z",
                "replied",
                "2026-11-25T17:40:00Z"
            ],
            [
                "dm",
                "Pablo Gil",
                "El cortado de ayer estaba frío y tardasteis 20 minutos 😕",
                "2026-11-27T09:10:00Z",
                "new",
                "NULL"
            ],
            [
                "dm",
                "Pablo Gil",
                "Pablo sent an attachment.",
                "2026-11-27T09:12:00Z",
                "new",
                "NULL"
            ],
        ]
    );
    let again = home.run(&["import", "messages", &zip]);
    assert!(
        text(&again.stdout).contains("Imported 0 messages")
            && text(&again.stdout).contains("3 already there"),
        "{}",
        text(&again.stdout)
    );
}

#[test]
fn one_conversation_of_the_export_is_read_with_the_account_told_from_its_title() {
    let home = Home::empty();
    assert!(
        home.run(&["channel", "add", "instagram", "@cafelanora"])
            .status
            .success()
    );
    let output = home.run(&[
        "import",
        "messages",
        &meta_fixture("instagram-dyi-thread.json"),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("Imported 1 message"),
        "{}",
        text(&output.stdout)
    );
}

#[test]
fn a_meta_export_without_a_channel_of_its_network_is_refused_saying_how_to_add_one() {
    let home = Home::empty();
    assert!(
        home.run(&["channel", "add", "x", "@cafelanora"])
            .status
            .success()
    );
    let output = home.run(&["import", "messages", &meta_fixture("instagram-dyi.zip")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains(
            "there is no instagram channel; add it with `cmdeck channel add instagram @HANDLE`"
        ),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(home.count("messages"), 0);
}
