//! The message importer on an in-memory database with three channels: whole files or nothing,
//! `partial`, duplicates, both JSON shapes, CSV quoting and BOM, limits and hostile text.

use super::messages::{Format, ImportReport, RowError, import_messages};
use super::{ImportError, MAX_FIELD_CHARS};
use crate::db::Db;
use crate::db::seed::{self, NewChannel};
use crate::domain::{Network, Sentiment};
use std::path::{Path, PathBuf};

const HEADER: &str = "channel,kind,author,body,received_at,external_id\n";

pub(crate) fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        for (network, handle) in [
            (Network::Instagram, "@cafelanora"),
            (Network::X, "@cafelanora"),
            (Network::Mastodon, "@cafelanora@mastodon.social"),
        ] {
            let channel = NewChannel {
                network,
                handle: handle.into(),
                name: handle.into(),
                char_limit: 500,
            };
            seed::insert_channel(tx, &channel)?;
        }
        Ok(())
    })
    .unwrap();
    db
}

pub(crate) fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

pub(crate) fn import(db: &mut Db, path: &Path, partial: bool) -> ImportReport {
    import_messages(db, path, partial, &|_| {}).unwrap()
}

pub(crate) fn csv(rows: &str) -> String {
    format!("{HEADER}{rows}")
}

pub(crate) fn bodies(db: &Db) -> Vec<String> {
    let ids: Vec<i64> = (1..=db.message_count().unwrap() as i64).collect();
    db.messages_by_ids(&ids)
        .unwrap()
        .into_iter()
        .map(|m| m.body.raw().to_string())
        .collect()
}

const GOOD: &str = "instagram,dm,Ana,Hola,2026-11-23T09:30:00Z,ig-1\n\
                    x:@cafelanora,comment,Luis,Buenas,2026-11-23 10:00,x-1\n\
                    mastodon,reply,Eva,Toot,2026-11-23T11:00:00+01:00,\n";

#[test]
fn a_good_file_imports_every_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let report = import(&mut db, &write(dir.path(), "m.csv", csv(GOOD)), false);
    assert_eq!((report.added, report.duplicates), (3, 0));
    assert!(report.rejected.is_empty());
    assert_eq!(report.format, Format::Csv);
    assert_eq!(bodies(&db), ["Hola", "Buenas", "Toot"]);
    let toot = &db.messages_by_ids(&[3]).unwrap()[0];
    assert_eq!(
        crate::db::format_time(toot.received_at),
        "2026-11-23T10:00:00Z"
    );
}

#[test]
fn a_file_with_a_bad_row_imports_nothing_and_names_every_bad_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let rows = format!("{GOOD}threads,dm,Eve,hi,2026-11-23 10:00,\ninstagram,chat,Eve,hi,ayer,\n");
    let report = import(&mut db, &write(dir.path(), "m.csv", csv(&rows)), false);
    assert_eq!(
        (report.added, report.duplicates, report.bad_rows()),
        (0, 0, 2)
    );
    assert_eq!(db.message_count().unwrap(), 0);
    let first = &report.rejected[0];
    assert_eq!(first.line, 5);
    assert!(
        first
            .reason
            .to_string()
            .starts_with("unknown channel “threads”"),
        "{first:?}"
    );
    assert!(
        first.reason.to_string().contains("x:@cafelanora"),
        "{first:?}"
    );
    let at_six: Vec<&RowError> = report.rejected.iter().filter(|e| e.line == 6).collect();
    assert!(
        at_six[0]
            .reason
            .to_string()
            .contains("dm, comment, reply, review, email")
    );
    assert!(
        at_six[1]
            .reason
            .to_string()
            .contains("“ayer” is not a date and time")
    );
}

#[test]
fn partial_stores_the_good_rows_and_reports_the_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let rows = format!("{GOOD}instagram,dm,,sin autor,2026-11-23 10:00,\n");
    let report = import(&mut db, &write(dir.path(), "m.csv", csv(&rows)), true);
    assert_eq!((report.added, report.bad_rows()), (3, 1));
    assert_eq!(report.rejected[0].reason.to_string(), "“author” is missing");
    assert_eq!(db.message_count().unwrap(), 3);
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let path = write(dir.path(), "m.csv", csv(GOOD));
    assert_eq!(import(&mut db, &path, false).added, 3);
    let again = import(&mut db, &path, false);
    assert_eq!((again.added, again.duplicates), (0, 3));
    assert_eq!(db.message_count().unwrap(), 3);
}

#[test]
fn a_row_repeated_in_one_file_is_stored_once_by_external_id_or_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let rows = "instagram,dm,Ana,Hola,2026-11-23 09:30,ig-1\n\
                instagram,dm,Ana,Otra versión,2026-11-23 09:31,ig-1\n\
                x,dm,Luis,Igual,2026-11-23 09:30,\n\
                x,dm,Luis,Igual,2026-11-23T09:30:00Z,\n\
                x,dm,Luis,Igual,2026-11-23 09:31,\n";
    let report = import(&mut db, &write(dir.path(), "m.csv", csv(rows)), false);
    assert_eq!((report.added, report.duplicates), (3, 2));
}

#[test]
fn json_is_read_as_an_array_or_as_an_object_with_messages() {
    let dir = tempfile::tempdir().unwrap();
    let one = r#"{"channel":"instagram","kind":"review","author":"Zoe","body":"¡Qué rico!",
                  "received_at":"2026-11-23T09:30:00Z","external_id":42,"sentiment":"positive"}"#;
    let mut db = db();
    let array = write(dir.path(), "a.data", format!("  [{one}]"));
    let report = import(&mut db, &array, false);
    assert_eq!((report.format, report.added), (Format::Json, 1));
    let stored = &db.messages_by_ids(&[1]).unwrap()[0];
    assert_eq!(stored.sentiment, Some(Sentiment::Positive));
    let mut other = self::db();
    let object = write(
        dir.path(),
        "o.json",
        format!(r#"{{"messages": [{one}, 7]}}"#),
    );
    let report = import(&mut other, &object, true);
    assert_eq!(report.added, 1);
    assert_eq!(report.rejected[0].line, 2);
}

#[test]
fn csv_with_a_bom_and_quoted_commas_newlines_quotes_accents_and_emoji_reads_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let rows = "instagram,dm,Ñoño,\"Hola, ¿abrís?\nSegunda \"\"línea\"\" ☕🎄👩‍🍳\",2026-11-23 09:30,a\n\
                instagram,dm,Ana,después,2026-11-23 09:31,b\n";
    let mut content = vec![0xEF, 0xBB, 0xBF];
    content.extend(csv(rows).into_bytes());
    let report = import(&mut db, &write(dir.path(), "m.csv", content), false);
    assert_eq!(report.added, 2, "{report:?}");
    assert_eq!(
        bodies(&db),
        ["Hola, ¿abrís?\nSegunda \"línea\" ☕🎄👩‍🍳", "después"]
    );
    let bad = format!("{rows}x,dm,Ana,\"a,b\",2026-11-23 09:31,c,extra\n");
    let report = import(
        &mut self::db(),
        &write(dir.path(), "b.csv", csv(&bad)),
        false,
    );
    assert_eq!(
        report.rejected[0].line, 5,
        "a quoted newline counts as a line"
    );
}

#[test]
fn a_nul_character_or_an_oversized_field_rejects_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let long = "a".repeat(MAX_FIELD_CHARS + 1);
    let rows = format!(
        "instagram,dm,Ana,a\0b,2026-11-23 09:30,\ninstagram,dm,Ana,{long},2026-11-23 09:30,\n"
    );
    let report = import(&mut db, &write(dir.path(), "m.csv", csv(&rows)), true);
    assert_eq!(report.added, 0);
    assert_eq!(
        report.rejected[0].reason.to_string(),
        "“body” contains a NUL character"
    );
    assert_eq!(report.rejected[1].line, 3);
    assert!(
        report.rejected[1]
            .reason
            .to_string()
            .contains("at most 100000")
    );
}

#[test]
fn whole_file_problems_are_errors_that_name_the_file_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let missing = import_messages(&mut db, &dir.path().join("nope.csv"), false, &|_| {});
    assert!(matches!(missing, Err(ImportError::Read { .. })));
    let columns = write(dir.path(), "c.csv", "channel,kind,autor,body,received_at\n");
    let message = import_messages(&mut db, &columns, false, &|_| {})
        .unwrap_err()
        .to_string();
    assert!(message.contains("“autor” is not a column"), "{message}");
    assert!(message.contains("“author” is missing"), "{message}");
    let json = write(dir.path(), "j.json", "[{\"channel\": }]");
    let message = import_messages(&mut db, &json, false, &|_| {})
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("not valid JSON") && message.contains("line 1"),
        "{message}"
    );
    let latin1 = write(dir.path(), "l.json", b"[{\"channel\": \"\xf1\"}]");
    let message = import_messages(&mut db, &latin1, false, &|_| {})
        .unwrap_err()
        .to_string();
    assert!(message.contains("not UTF-8 text (line 1)"), "{message}");
}

#[test]
fn an_unclosed_quote_is_one_bad_row_with_its_line_and_the_next_rows_are_not_merged_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let mut text = String::from("channel,kind,author,body,received_at,external_id\n");
    for n in 1..=151 {
        let body = if n == 75 {
            "\"Me encanta, pero".to_string()
        } else {
            format!("\"Mensaje {n}, con coma\"")
        };
        text.push_str(&format!(
            "instagram,dm,Persona {n},{body},2026-11-20T10:{:02}:00Z,id-{n}\n",
            n % 60
        ));
    }
    let path = write(dir.path(), "m.csv", text.as_bytes());
    let refused = import_messages(&mut db, &path, false, &|_| {}).unwrap();
    assert_eq!(refused.added, 0);
    assert_eq!(refused.bad_rows(), 1);
    assert_eq!(refused.rejected[0].line, 76, "{:?}", refused.rejected);
    assert!(
        refused.rejected[0]
            .reason
            .to_string()
            .contains("never closes")
    );
    let report = import_messages(&mut db, &path, true, &|_| {}).unwrap();
    assert_eq!(report.added, 150);
    let after: String = db
        .conn()
        .query_row(
            "SELECT body FROM messages WHERE external_id = 'id-76'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(after, "Mensaje 76, con coma");
    let merged: i64 = db
        .conn()
        .query_row(
            "SELECT COUNT(*) FROM messages WHERE body LIKE '%Me encanta%'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(merged, 0);
}

#[test]
fn prepare_sees_every_valid_message_before_it_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let path = write(dir.path(), "m.csv", csv(GOOD));
    let prepare =
        |m: &mut crate::domain::inbox::NewMessage| m.sentiment_auto = Some(Sentiment::Negative);
    import_messages(&mut db, &path, false, &prepare).unwrap();
    let stored = db.messages_by_ids(&[1, 2, 3]).unwrap();
    assert!(
        stored
            .iter()
            .all(|m| m.sentiment == Some(Sentiment::Negative))
    );
}

#[test]
fn a_file_over_100_mb_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(super::MAX_FILE_BYTES + 1).unwrap();
    let error = import_messages(&mut db(), &path, false, &|_| {}).unwrap_err();
    assert!(
        matches!(error, ImportError::TooLarge { megabytes: 101, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("split it into smaller files"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever follows a good header — broken quotes, stray bytes, short and long rows — the
    /// import never fails as a whole and every record is stored, a duplicate or rejected.
    #[test]
    fn every_record_of_any_messages_csv_is_stored_skipped_or_rejected_never_lost(
        rows in proptest::collection::vec(
            proptest::collection::vec(
                proptest::sample::select(vec![
                    "instagram".as_bytes(), b",", b"\"", b"dm", b"Ana", b"Hola",
                    b"2026-11-23T09:30:00Z", b"\n", b"\r\n", b"\xe9", b"x",
                ]),
                0..24,
            ),
            0..12,
        )
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut file = HEADER.as_bytes().to_vec();
        for row in &rows {
            for piece in row {
                file.extend_from_slice(piece);
            }
            file.push(b'\n');
        }
        let path = dir.path().join("any.csv");
        std::fs::write(&path, &file).unwrap();
        let mut records = super::csv_records::Records::new(&file[HEADER.len()..], 2);
        let mut count = 0;
        while records.next_record().unwrap().is_some() {
            count += 1;
        }
        let mut db = db();
        let report = import_messages(&mut db, &path, true, &|_| {}).unwrap();
        proptest::prop_assert_eq!(report.added + report.duplicates + report.bad_rows(), count);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any JSON-looking text is read or refused as a whole with a reason; it never panics, and
    /// every item of an array it reads is stored, skipped or rejected.
    #[test]
    fn any_messages_json_is_read_or_refused_and_never_loses_an_item(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "[", "]", "{", "}", ",", ":", "\"channel\"", "\"instagram\"", "\"kind\"", "\"dm\"",
                "\"author\"", "\"Ana\"", "\"body\"", "\"Hola\"", "\"received_at\"",
                "\"2026-11-23T09:30:00Z\"", "null", "3", "\"\\u001b[31m\"", "\"x\"",
            ]),
            0..40,
        )
    ) {
        let dir = tempfile::tempdir().unwrap();
        let text: String = pieces.concat();
        let path = dir.path().join("any.json");
        std::fs::write(&path, &text).unwrap();
        let mut db = db();
        match import_messages(&mut db, &path, true, &|_| {}) {
            Ok(report) => {
                if let Ok(serde_json::Value::Array(items)) = serde_json::from_str::<serde_json::Value>(&text) {
                    proptest::prop_assert_eq!(
                        report.added + report.duplicates + report.bad_rows(),
                        items.len()
                    );
                }
            }
            Err(error) => proptest::prop_assert!(!error.to_string().is_empty()),
        }
    }
}
