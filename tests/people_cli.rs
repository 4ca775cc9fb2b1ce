//! `cmdeck people import`, `list` and `add` as a script would run them: the real binary on a demo
//! (or empty) database in a temporary home, checked through output, exit code and the database.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};

#[test]
fn people_imported_from_a_file_are_listed_as_text_csv_and_json() {
    let home = Home::with_demo();
    let before = home.count("people");
    let file = home.file(
        "people.csv",
        "name,role,tier,tags,reach,next_follow_up,handles\n\
         Zoe Import,influencer,Embajador,\"café, \u{1b}[31mrojo\",4200,2026-12-01,instagram:@zoe_imp x:@zoe_imp\n\
         Zack Import,,,,,,mastodon:@zack@mastodon.social\n",
    );
    let output = home.run(&["people", "import", &file]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "Imported 2 people from people.csv.\n");
    assert_eq!(home.count("people"), before + 2);
    let again = home.run(&["people", "import", &file]);
    assert_eq!(
        text(&again.stdout),
        "Imported 0 people from people.csv (2 already there).\n"
    );

    let list = home.run(&["people", "list", "--role", "influencer"]);
    assert!(list.status.success(), "{}", text(&list.stderr));
    let out = text(&list.stdout);
    let zoe = out
        .lines()
        .find(|l| l.starts_with("Zoe Import"))
        .expect(&out);
    assert!(zoe.contains("influencer") && zoe.contains("2026-12-01") && zoe.contains("4200"));
    assert!(zoe.contains("instagram:@zoe_imp"), "{zoe}");
    assert!(!out.contains('\u{1b}'), "the list is sanitized");
    assert!(out.lines().all(|l| l.contains("influencer")), "{out}");

    let csv = text(&home.run(&["people", "list", "--format", "csv"]).stdout);
    assert!(csv.starts_with("name,role,tier,next_follow_up,reach,handles,tags\n"));
    assert!(csv.contains("Zack Import,other,,,0,mastodon:@zack@mastodon.social,\n"));
    let json = text(
        &home
            .run(&["people", "list", "--role", "other", "--format", "json"])
            .stdout,
    );
    let parsed: serde_json::Value = serde_json::from_str(&json).expect(&json);
    let zack = parsed
        .as_array()
        .and_then(|all| all.iter().find(|p| p["name"] == "Zack Import"))
        .expect(&json);
    assert_eq!(zack["reach"], 0);
    assert_eq!(zack["tier"], serde_json::Value::Null);
}

#[test]
fn a_file_with_a_bad_row_is_refused_with_exit_2_and_leaves_the_people_unchanged() {
    let home = Home::with_demo();
    let before = home.count("people");
    let file = home.file(
        "bad.csv",
        "name,role,handles\nAna Nueva,customer,x:@ana_nueva\nMalo,villain,x:@malo\n",
    );
    let output = home.run(&["people", "import", &file]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let err = text(&output.stderr);
    assert!(
        err.starts_with("cmdeck: bad.csv was not imported: 1 row is wrong (nothing was changed)"),
        "{err}"
    );
    assert!(err.contains("\n  line 3: unknown role “villain”"), "{err}");
    assert_eq!(home.count("people"), before);
    let partial = home.run(&["people", "import", &file, "--partial"]);
    assert!(partial.status.success(), "{}", text(&partial.stderr));
    assert_eq!(home.count("people"), before + 1);
}

#[test]
fn a_mastodon_following_export_is_recognised_by_its_header() {
    let home = Home::with_demo();
    let before = home.count("people");
    let file = home.file(
        "following_accounts.csv",
        "Account address,Show boosts,Notify on new posts,Languages\n\
         nuevo@mastodon.social,true,false,\n\
         otra@fosstodon.org,true,false,es\n",
    );
    let output = home.run(&["people", "import", &file]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "Imported 2 people from following_accounts.csv.\n"
    );
    assert_eq!(home.count("people"), before + 2);
}

#[test]
fn a_person_added_from_the_command_line_is_stored_with_every_field_and_printed() {
    let home = Home::empty();
    let output = home.run(&[
        "people",
        "add",
        "Ana Vidal",
        "--role",
        "influencer",
        "--handle",
        "instagram:@ana",
        "--handle",
        "x:@ana_v",
        "--tags",
        "barista, valencia",
        "--reach",
        "12,400",
        "--notes",
        "Viene los sábados.",
        "--follow-up",
        "2026-12-01",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "Added “Ana Vidal” (id 1).\n  \
         role       influencer\n  \
         tier       -\n  \
         handles    instagram:@ana, x:@ana_v\n  \
         reach      12400\n  \
         tags       barista, valencia\n  \
         follow-up  2026-12-01\n  \
         notes      Viene los sábados.\n"
    );
    let stored: (String, i64, String, String) = home
        .connection()
        .query_row(
            "SELECT role, reach, tags, next_follow_up FROM people WHERE name = 'Ana Vidal'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        stored,
        (
            "influencer".into(),
            12_400,
            "barista, valencia".into(),
            "2026-12-01".into()
        )
    );
    assert_eq!(home.count("handles"), 2);
}

#[test]
fn a_duplicate_handle_or_name_is_refused_naming_the_person_with_exit_2() {
    let home = Home::empty();
    let first = home.run(&["people", "add", "Ana Vidal", "--handle", "instagram:@ana"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let handle = home.run(&["people", "add", "Otra Ana", "--handle", "instagram:@ANA"]);
    assert_eq!(handle.status.code(), Some(2));
    assert!(handle.stdout.is_empty());
    assert_eq!(
        text(&handle.stderr),
        "cmdeck: “Otra Ana” was not added: instagram:@ana already belongs to Ana Vidal (nothing was changed)\n"
    );
    let name = home.run(&["people", "add", "ana vidal"]);
    assert_eq!(name.status.code(), Some(2));
    assert!(
        text(&name.stderr).contains("there is already a person named Ana Vidal"),
        "{}",
        text(&name.stderr)
    );
    assert_eq!(home.count("people"), 1);
}

#[test]
fn values_that_do_not_check_out_are_all_named_and_nothing_is_stored() {
    let home = Home::with_demo();
    let before = home.count("people");
    let output = home.run(&[
        "people",
        "add",
        "Nadie",
        "--reach",
        "mucho",
        "--follow-up",
        "2026-02-30",
        "--handle",
        "myspace:@nadie",
        "--tier",
        "Oro puro",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let err = text(&output.stderr);
    assert!(
        err.contains("cmdeck: --reach: “mucho” is not a number of followers"),
        "{err}"
    );
    assert!(
        err.contains("cmdeck: --follow-up: “2026-02-30” is not a date that exists"),
        "{err}"
    );
    assert!(
        err.contains("cmdeck: --handle: “myspace” in “myspace:@nadie” is not a network"),
        "{err}"
    );
    assert!(
        err.contains("cmdeck: --tier: there is no tier “Oro puro”; the tiers are "),
        "{err}"
    );
    assert_eq!(home.count("people"), before);
}
