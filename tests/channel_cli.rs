//! `cmdeck channel …`, `cmdeck audience record` and `cmdeck import audience` as a script would
//! run them: the real binary on a NEW database in a temporary home, checked through its output,
//! its exit code and the database itself.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::Home;

/// A temporary home whose database `new.sqlite3` does not exist yet.
fn new_home() -> Home {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.sqlite3");
    Home { dir, db }
}

#[test]
fn a_channel_added_to_a_new_database_takes_posts_and_messages_and_is_listed_as_json() {
    let home = new_home();
    assert_eq!(
        home.ok(&["channel", "add", "instagram", "@mimarca"]),
        "Added instagram:@mimarca (limit 2,200 characters) as channel #1.\n"
    );
    let planned = home.ok(&[
        "post",
        "add",
        "--channel",
        "instagram:@mimarca",
        "--at",
        "2030-06-10 09:30",
        "Hola desde mi marca",
    ]);
    assert_eq!(
        planned,
        "Planned post #1 on IG @mimarca for Mon 10 Jun 2030 09:30.\n"
    );
    let file = home.file(
        "messages.csv",
        "channel,kind,author,body,received_at\n\
         instagram:@mimarca,dm,Ana,¿Abrís el domingo?,2026-11-23 09:30\n\
         instagram:@mimarca,comment,Luis,Qué bien,2026-11-23 10:00\n",
    );
    assert_eq!(
        home.ok(&["import", "messages", &file]),
        "Imported 2 messages from messages.csv.\n"
    );
    let json = home.ok(&["channel", "list", "--format", "json"]);
    assert_eq!(
        json,
        "[\n  {\"id\":1,\"network\":\"instagram\",\"handle\":\"@mimarca\",\"name\":null,\"limit\":2200,\
         \"archived_on\":null,\"posts\":1,\"messages\":2,\"followers\":null,\"followers_on\":null}\n]\n"
    );
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed[0]["handle"], "@mimarca");
}

#[test]
fn a_duplicate_an_unknown_network_and_a_bad_limit_are_refused_and_nothing_is_added() {
    let home = new_home();
    home.ok(&["channel", "add", "x", "mimarca", "--name", "Mi Marca"]);
    let twice = home.refused(&["channel", "add", "x", "@mimarca"]);
    assert_eq!(twice, "cmdeck: the channel x:@mimarca already exists\n");
    let unknown = home.refused(&["channel", "add", "myspace", "mimarca"]);
    assert!(
        unknown.starts_with("cmdeck: unknown network “myspace” (known: x, bluesky,"),
        "{unknown}"
    );
    assert!(unknown.contains("instagram"), "{unknown}");
    let limit = home.refused(&["channel", "add", "bluesky", "m", "--limit", "0"]);
    assert!(limit.contains("--limit 0 is out of range"), "{limit}");
    assert_eq!(home.count("channels"), 1);
    let csv = home.ok(&["channel", "list", "--format", "csv"]);
    assert_eq!(
        csv,
        "id,network,handle,name,limit,archived_on,posts,messages,followers,followers_on\n\
         1,x,'@mimarca,Mi Marca,280,,0,0,,\n"
    );
}

#[test]
fn a_channel_is_edited_archived_with_its_history_restored_and_only_an_unused_one_removed() {
    let home = new_home();
    home.ok(&["channel", "add", "instagram", "mimarca"]);
    home.ok(&["channel", "add", "tiktok", "typo"]);
    assert_eq!(
        home.ok(&[
            "channel",
            "edit",
            "instagram",
            "--name",
            "Mi Marca",
            "--limit",
            "1000"
        ]),
        "Changed instagram:@mimarca: name “Mi Marca”, limit 2,200 → 1,000 characters.\n"
    );
    home.ok(&[
        "audience",
        "record",
        "mimarca",
        "1.200",
        "--date",
        "2026-11-30",
    ]);
    let removal = home.refused(&["channel", "remove", "instagram:@mimarca"]);
    assert!(removal.contains("archive it instead"), "{removal}");
    assert!(
        removal.contains("`cmdeck channel archive instagram:@mimarca`"),
        "{removal}"
    );
    let archived = home.ok(&["channel", "archive", "instagram:@mimarca"]);
    assert!(
        archived.starts_with("Archived instagram:@mimarca"),
        "{archived}"
    );
    assert!(archived.contains("history is kept"), "{archived}");
    let in_use = home.ok(&["channel", "list"]);
    assert!(!in_use.contains("instagram"), "{in_use}");
    let all = home.ok(&["channel", "list", "--all"]);
    let line = all.lines().find(|l| l.contains("instagram")).expect(&all);
    assert!(line.contains("[archived "), "{line}");
    assert!(line.contains("1,200 followers (2026-11-30)"), "{line}");
    let post = home.run(&["post", "add", "--channel", "instagram:@mimarca", "Hola"]);
    assert_eq!(
        post.status.code(),
        Some(2),
        "an archived channel takes no posts"
    );
    home.ok(&["channel", "restore", "instagram:@mimarca"]);
    assert!(home.ok(&["channel", "list"]).contains("instagram:@mimarca"));
    assert_eq!(
        home.ok(&["channel", "remove", "tiktok"]),
        "Removed tiktok:@typo (nothing was stored against it).\n"
    );
    assert_eq!(home.count("channels"), 1);
    assert_eq!(home.count("audience_snapshots"), 1);
}

#[test]
fn follower_counts_are_recorded_one_at_a_time_or_from_a_file_saying_what_they_replaced() {
    let home = new_home();
    home.ok(&["channel", "add", "instagram", "mimarca"]);
    home.ok(&["channel", "add", "x", "mimarca"]);
    assert_eq!(
        home.ok(&[
            "audience",
            "record",
            "instagram",
            "1,200",
            "--date",
            "2026-11-30"
        ]),
        "Recorded 1,200 followers for instagram:@mimarca on 2026-11-30.\n"
    );
    assert_eq!(
        home.ok(&[
            "audience",
            "record",
            "instagram",
            "1250",
            "--date",
            "2026-11-30"
        ]),
        "Recorded 1,250 followers for instagram:@mimarca on 2026-11-30 (it replaces 1,200 recorded before).\n"
    );
    let bad = home.refused(&["audience", "record", "instagram", "mucho"]);
    assert!(bad.contains("“mucho” is not a follower count"), "{bad}");
    let file = home.file(
        "audience.csv",
        "\u{feff}channel,date,followers\n\
         instagram:@mimarca,2026-11-30,1.300\n\
         x:@mimarca,2026-11-30,\"2,000\"\n\
         x:@mimarca,2026-11-29,1900\n",
    );
    assert_eq!(
        home.ok(&["import", "audience", &file]),
        "Recorded 3 follower counts from audience.csv (1 replaced an earlier count for the same day).\n"
    );
    let wrong = home.file(
        "wrong.csv",
        "channel,date,followers\nx:@mimarca,2026-11-28,1800\nmyspace:@x,2026-11-28,5\n",
    );
    let refusal = home.refused(&["import", "audience", &wrong]);
    assert!(
        refusal.starts_with(
            "cmdeck: wrong.csv was not imported: 1 row is wrong (nothing was changed)"
        ),
        "{refusal}"
    );
    assert!(refusal.contains("\n  line 3: "), "{refusal}");
    assert_eq!(home.count("audience_snapshots"), 3);
    let partial = home.ok(&["import", "audience", &wrong, "--partial"]);
    assert!(
        partial.starts_with(
            "Recorded 1 follower count from wrong.csv; 1 row was left out:\n  line 3:"
        ),
        "{partial}"
    );
    assert_eq!(home.count("audience_snapshots"), 4);
    let json = home.ok(&["channel", "list", "--format", "json"]);
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed[0]["followers"], 1300);
    assert_eq!(parsed[1]["followers"], 2000);
    assert_eq!(parsed[1]["followers_on"], "2026-11-30");
}

#[test]
fn the_first_command_on_a_new_machine_creates_the_data_folder_and_its_database() {
    let home = new_home();
    let db = home
        .dir
        .path()
        .join("not")
        .join("yet")
        .join("cmdeck.sqlite3");
    let added = home.run_on(&db, &["channel", "add", "instagram", "@mimarca"]);
    assert!(added.status.success(), "{added:?}");
    assert!(db.exists(), "the database was created in its new folder");
    let listed = home.run_on(&db, &["channel", "list"]);
    assert!(
        String::from_utf8_lossy(&listed.stdout).contains("instagram:@mimarca"),
        "{listed:?}"
    );
}
