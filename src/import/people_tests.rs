//! The people importer on an in-memory database: a good file, a bad role refusing all, `partial`,
//! duplicates by handle (stored or earlier in the file), JSON and a Mastodon following list.

use super::people::{MASTODON_TAG, import_people, is_mastodon_following};
use crate::db::Db;
use crate::domain::{Network, Role};
use chrono::{TimeZone, Utc};
use std::path::{Path, PathBuf};

const HEADER: &str = "name,role,tier,tags,notes,reach,next_follow_up,handles\n";

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn import(db: &mut Db, path: &Path, partial: bool) -> super::messages::ImportReport {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    import_people(db, path, partial, now).unwrap()
}

fn names(db: &Db) -> Vec<String> {
    let people = db.people_by_role(None).unwrap();
    people
        .into_iter()
        .map(|p| p.name.raw().to_string())
        .collect()
}

#[test]
fn a_good_file_stores_every_person_with_their_fields_and_handles() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    let file = write(
        dir.path(),
        "people.csv",
        &format!(
            "{HEADER}Ana Vidal,advocate,Embajador,\" barista ,valencia,\",\"Le gusta el V60, ☕\",1200,2026-12-01,instagram:@ana x:@ana_v\n\
             Luis,,,,,,,\n"
        ),
    );
    let report = import(&mut db, &file, false);
    assert_eq!((report.added, report.duplicates), (2, 0));
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    let people = db.people_by_role(Some(Role::Advocate)).unwrap();
    assert_eq!(people.len(), 1);
    let ana = &people[0];
    assert_eq!(ana.name, "Ana Vidal");
    assert_eq!(ana.tier, "Embajador");
    assert_eq!(ana.tags, "barista, valencia");
    assert_eq!(ana.reach, 1200);
    assert_eq!(ana.next_follow_up.unwrap().to_string(), "2026-12-01");
    assert!(ana.handles.raw().contains("instagram:@ana") && ana.handles.raw().contains("x:@ana_v"));
    let luis = db.people_by_role(Some(Role::Other)).unwrap();
    assert_eq!(luis[0].name, "Luis", "the role defaults to other");
}

#[test]
fn a_bad_role_refuses_the_whole_file_and_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    let file = write(
        dir.path(),
        "people.csv",
        &format!("{HEADER}Ana,advocate,,,,,,x:@ana\nMalo,villain,,,,lots,2026-02-30,x:@malo\n"),
    );
    let report = import(&mut db, &file, false);
    assert_eq!((report.added, report.duplicates), (0, 0));
    assert_eq!(report.bad_rows(), 1);
    assert!(report.rejected.iter().all(|e| e.line == 3));
    let messages: Vec<String> = report
        .rejected
        .iter()
        .map(|e| e.reason.to_string())
        .collect();
    assert!(messages[0].starts_with("unknown role “villain”; the roles are advocate"));
    assert!(messages.iter().any(|m| m.contains("“reach” “lots”")));
    assert!(
        messages
            .iter()
            .any(|m| m.contains("“next_follow_up” “2026-02-30”"))
    );
    assert_eq!(db.person_count().unwrap(), 0, "nothing is stored");
}

#[test]
fn partial_stores_the_good_rows_and_reports_the_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    let file = write(
        dir.path(),
        "people.csv",
        &format!("{HEADER}Ana,advocate,,,,,,x:@ana\n,troll,,,,,,\nEva,,,,,,,myspace:@eva\n"),
    );
    let report = import(&mut db, &file, true);
    assert_eq!(report.added, 1);
    assert_eq!(report.bad_rows(), 2);
    assert_eq!(report.rejected[0].line, 3);
    assert_eq!(report.rejected[0].reason.to_string(), "“name” is missing");
    assert_eq!(report.rejected[1].line, 4);
    assert!(
        report.rejected[1]
            .reason
            .to_string()
            .contains("not network:handle")
    );
    assert_eq!(names(&db), ["Ana"]);
}

#[test]
fn a_handle_already_stored_or_earlier_in_the_file_is_a_duplicate_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    let first = write(dir.path(), "a.csv", &format!("{HEADER}Ana,,,,,,,x:@ana\n"));
    assert_eq!(import(&mut db, &first, false).added, 1);
    let second = write(
        dir.path(),
        "b.csv",
        &format!(
            "{HEADER}Ana otra vez,,,,,,,instagram:@ana X:@ANA\n\
             Bea,,,,,,,bluesky:@bea.bsky.social\n\
             Bea bis,,,,,,,bluesky:@bea.bsky.social\n"
        ),
    );
    let report = import(&mut db, &second, false);
    assert_eq!((report.added, report.duplicates), (1, 2));
    assert_eq!(
        names(&db),
        ["Ana", "Bea"],
        "never two people for one handle"
    );
    let again = import(&mut db, &second, false);
    assert_eq!((again.added, again.duplicates), (0, 3));
}

#[test]
fn json_people_are_read_with_the_same_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    let file = write(
        dir.path(),
        "people.json",
        r#"{"people": [{"name": "Ana", "role": "journalist", "reach": 5000, "handles": "linkedin:ana-v"}]}"#,
    );
    let report = import(&mut db, &file, false);
    assert_eq!(report.added, 1, "{:?}", report.rejected);
    let ana = &db.people_by_role(Some(Role::Journalist)).unwrap()[0];
    assert_eq!((ana.reach, ana.handles.raw()), (5000, "linkedin:ana-v"));
}

#[test]
fn a_mastodon_following_list_becomes_people_tagged_with_their_mastodon_handle() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    let text = "Account address,Show boosts,Notify on new posts,Languages\n\
                ana@mastodon.social,true,false,\n\
                bob@fosstodon.org,true,false,\"es,en\"\n\
                not-an-address,true,false,\n";
    assert!(is_mastodon_following(text));
    assert!(!is_mastodon_following(HEADER));
    let file = write(dir.path(), "following_accounts.csv", text);
    let refused = import(&mut db, &file, false);
    assert_eq!(refused.rejected.len(), 1);
    assert_eq!(refused.rejected[0].line, 4);
    assert!(
        refused.rejected[0]
            .reason
            .to_string()
            .contains("is not user@instance")
    );
    let report = import(&mut db, &file, true);
    assert_eq!(report.added, 2);
    let people = db.people_by_role(Some(Role::Other)).unwrap();
    assert_eq!(names(&db), ["ana", "bob"]);
    assert_eq!(people[0].tags, MASTODON_TAG);
    assert_eq!(
        people[0].handles,
        format!("{}:@ana@mastodon.social", Network::Mastodon)
    );
    let again = import(&mut db, &file, true);
    assert_eq!((again.added, again.duplicates), (0, 2));
}
