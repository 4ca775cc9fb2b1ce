//! `cmdeck post add` and `cmdeck post list` as a script would run them: the real binary on a demo
//! database in a temporary home (no user config is read), checked through its output, its exit
//! code and the database itself.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::Home;
use std::process::Output;

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts a refusal: exit code 2, nothing saved, and the problems on stderr.
fn refused(home: &Home, args: &[&str]) -> String {
    let before = home.count("posts");
    let output = home.run(args);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(home.count("posts"), before, "a refused post was saved");
    assert!(stdout(&output).is_empty(), "{}", stdout(&output));
    let message = stderr(&output);
    assert!(
        message.lines().all(|line| line.starts_with("cmdeck: ")),
        "{message}"
    );
    message
}

#[test]
fn a_post_added_on_two_channels_is_listed_as_text_and_csv() {
    let home = Home::with_demo();
    let before = home.count("posts");
    let added = home.run(&[
        "post",
        "add",
        "--channel",
        "instagram",
        "--channel",
        "x:@cafelanora",
        "--at",
        "2030-06-10 09:30",
        "--pillar",
        "recetas y metodos",
        "Nuevo método, \"V60\" ☕",
    ]);
    assert!(added.status.success(), "{}", stderr(&added));
    let lines: Vec<String> = stdout(&added).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("Planned post #"), "{lines:?}");
    assert!(
        lines[0].ends_with(" on IG @cafelanora for Mon 10 Jun 2030 09:30."),
        "{lines:?}"
    );
    assert!(
        lines[1].ends_with(" on X @cafelanora for Mon 10 Jun 2030 09:30."),
        "{lines:?}"
    );
    assert_eq!(home.count("posts"), before + 2);

    let text = home.run(&["post", "list", "--from", "2030-06-10", "--to", "2030-06-10"]);
    assert!(text.status.success(), "{}", stderr(&text));
    assert_eq!(
        stdout(&text),
        "2030-06-10 09:30  scheduled  IG @cafelanora  [Recetas y métodos]  Nuevo método, \"V60\" ☕\n\
         2030-06-10 09:30  scheduled  X @cafelanora  [Recetas y métodos]  Nuevo método, \"V60\" ☕\n"
    );

    let csv = home.run(&[
        "post",
        "list",
        "--from",
        "2030-06-04",
        "--to",
        "2030-06-10",
        "--channel",
        "x",
        "--format",
        "csv",
    ]);
    assert!(csv.status.success(), "{}", stderr(&csv));
    let csv = stdout(&csv);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert_eq!(
        rows[0],
        "id,channel,network,status,scheduled_at,published_at,pillar,campaign,body"
    );
    assert!(
        rows[1].ends_with(
            ",'@cafelanora,x,scheduled,2030-06-10T09:30,,Recetas y métodos,,\"Nuevo método, \"\"V60\"\" ☕\""
        ),
        "{csv}"
    );
}

#[test]
fn an_over_limit_post_for_x_is_refused_and_nothing_is_saved_on_any_channel() {
    let home = Home::with_demo();
    let long = "a".repeat(281);
    let message = refused(
        &home,
        &[
            "post",
            "add",
            "--channel",
            "instagram",
            "--channel",
            "x",
            "--at",
            "2030-06-10 09:30",
            &long,
        ],
    );
    assert!(message.contains("over the limit of 280"), "{message}");
    assert!(message.contains("X @cafelanora"), "{message}");
}

#[test]
fn an_unknown_channel_is_refused_naming_the_known_channels() {
    let home = Home::with_demo();
    let message = refused(
        &home,
        &[
            "post",
            "add",
            "--channel",
            "myspace",
            "--at",
            "2030-06-10 09:30",
            "Hola",
        ],
    );
    assert!(
        message.contains("no channel matches “myspace”"),
        "{message}"
    );
    for channel in [
        "instagram:@cafelanora",
        "x:@cafelanora",
        "linkedin:cafe-la-nora",
    ] {
        assert!(
            message.contains(channel),
            "{channel} missing from: {message}"
        );
    }
}

#[test]
fn a_handle_shared_by_several_networks_is_refused_as_ambiguous() {
    let home = Home::with_demo();
    let message = refused(
        &home,
        &[
            "post",
            "add",
            "--channel",
            "@cafelanora",
            "--at",
            "2030-06-10 09:30",
            "Hola",
        ],
    );
    assert!(message.contains("matches several channels"), "{message}");
    assert!(
        message.contains("instagram:@cafelanora") && message.contains("x:@cafelanora"),
        "{message}"
    );
}

#[test]
fn a_date_that_does_not_exist_is_refused_with_every_other_mistake() {
    let home = Home::with_demo();
    let message = refused(
        &home,
        &[
            "post",
            "add",
            "--channel",
            "x",
            "--at",
            "2030-02-30T09:30",
            "--campaign",
            "Verano",
            "Hola",
        ],
    );
    assert!(
        message.contains("“2030-02-30” is not a date that exists"),
        "{message}"
    );
    assert!(
        message.contains("no campaign is named “Verano”"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 2, "{message}");
}

#[test]
fn a_backwards_range_is_a_usage_error() {
    let home = Home::with_demo();
    let output = home.run(&["post", "list", "--from", "2030-06-10", "--to", "2030-06-01"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("is after --to"),
        "{}",
        stderr(&output)
    );
}
