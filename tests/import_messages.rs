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
