//! `cmdeck export` and `cmdeck import all` as a script would run them, on the demo database: an
//! export read back into an empty file exports to the same bytes, in CSV and in JSON, and the
//! copy is sound; a database with data, a folder with a missing or unknown file, a wrong header,
//! a bad row and an export from a newer schema are refused with nothing stored.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every file of `dir` by name, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(entry.path()).unwrap())
        })
        .collect()
}

/// Exports the demo database in `format` into `export-FORMAT` and answers the folder.
fn export_demo(home: &Home, format: &str) -> PathBuf {
    let out = format!("export-{format}");
    let run = home.run(&["export", "--format", format, "--out", &out]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    home.dir.path().join(out)
}

/// A new database file in the home.
fn new_db(home: &Home, name: &str) -> PathBuf {
    home.dir.path().join(name)
}

fn query(db: &Path, sql: &str) -> String {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |row| row.get::<_, String>(0))
        .unwrap_or_else(|error| panic!("{sql}: {error}"))
}

/// How many rows every table of `db` holds, summed.
fn all_rows(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
        .iter()
        .map(|name| {
            conn.query_row(&format!("SELECT COUNT(*) FROM \"{name}\""), [], |row| {
                row.get::<_, i64>(0)
            })
            .unwrap()
        })
        .sum()
}

/// Copies the export folder `from` to `to`, changing the file `name` with `change`.
fn altered(from: &Path, to: &Path, name: &str, change: impl Fn(String) -> String) {
    std::fs::create_dir_all(to).unwrap();
    for (file, bytes) in files(from) {
        let bytes = if file == name {
            change(String::from_utf8(bytes).unwrap()).into_bytes()
        } else {
            bytes
        };
        std::fs::write(to.join(file), bytes).unwrap();
    }
}

/// Runs `import all DIR` into a new file and checks it was refused with exit 2, nothing stored,
/// and answers what it printed.
fn refused(home: &Home, dir: &Path) -> String {
    let db = new_db(
        home,
        &format!("{}.sqlite3", dir.file_name().unwrap().to_string_lossy()),
    );
    let run = home.run_on(&db, &["import", "all", dir.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2), "{}", text(&run.stdout));
    assert!(run.stdout.is_empty());
    assert_eq!(all_rows(&db), 0, "nothing was stored");
    text(&run.stderr)
}

#[test]
fn an_export_imported_into_an_empty_file_exports_to_the_same_bytes_in_csv_and_json() {
    let home = Home::with_demo();
    for format in ["csv", "json"] {
        let first = export_demo(&home, format);
        let copy = new_db(&home, &format!("copy-{format}.sqlite3"));
        let import = home.run_on(&copy, &["import", "all", first.to_str().unwrap()]);
        assert!(import.status.success(), "{}", text(&import.stderr));
        assert!(
            text(&import.stdout)
                .starts_with(&format!("Imported {} tables (", files(&first).len() - 1)),
            "{}",
            text(&import.stdout)
        );
        let again = home.dir.path().join(format!("again-{format}"));
        let run = home.run_on(
            &copy,
            &[
                "export",
                "--format",
                format,
                "--out",
                again.to_str().unwrap(),
            ],
        );
        assert!(run.status.success(), "{}", text(&run.stderr));
        let (before, after) = (files(&first), files(&again));
        assert_eq!(
            before.len(),
            32,
            "31 tables and the manifest: {:?}",
            before.keys()
        );
        for (name, bytes) in &before {
            assert!(after.get(name) == Some(bytes), "{format}: {name} differs");
        }
        assert_eq!(before.len(), after.len());

        assert_eq!(
            query(&copy, "SELECT integrity_check FROM pragma_integrity_check"),
            "ok"
        );
        assert_eq!(
            query(&copy, "SELECT COUNT(*) || '' FROM pragma_foreign_key_check"),
            "0"
        );
        let search = "SELECT COUNT(*) || '' FROM mentions_fts WHERE mentions_fts MATCH 'cafe'";
        assert_eq!(query(&copy, search), query(&home.db, search));
        assert_ne!(query(&copy, search), "0", "the search index was rebuilt");
        let today = home.run_on(&copy, &["today"]);
        assert!(today.status.success(), "{}", text(&today.stderr));
    }
}

#[test]
fn import_all_refuses_a_database_that_already_holds_data_and_names_what_it_found() {
    let home = Home::with_demo();
    let dir = export_demo(&home, "csv");
    let before = all_rows(&home.db);
    let run = home.run(&["import", "all", dir.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let err = text(&run.stderr);
    assert!(
        err.starts_with("cmdeck: the database already holds data (advocacy_tiers: 3 rows, "),
        "{err}"
    );
    assert!(err.contains("only fills a new, empty one"), "{err}");
    assert_eq!(all_rows(&home.db), before);
}

#[test]
fn import_all_refuses_a_folder_with_a_missing_or_an_unknown_file() {
    let home = Home::with_demo();
    let dir = export_demo(&home, "csv");
    let bad = home.dir.path().join("incomplete");
    altered(&dir, &bad, "", |text| text);
    std::fs::remove_file(bad.join("posts.csv")).unwrap();
    std::fs::write(bad.join("notes.txt"), "mine").unwrap();
    let err = refused(&home, &bad);
    assert!(
        err.contains("was not imported (nothing was changed):\n"),
        "{err}"
    );
    assert!(
        err.contains("\n  missing file posts.csv (table posts)\n"),
        "{err}"
    );
    assert!(err.contains("\n  unknown file notes.txt: "), "{err}");
    let none = refused(&home, &home.dir.path().join("nowhere"));
    assert!(none.contains("cmdeck-export.json"), "{none}");
}

#[test]
fn import_all_refuses_a_wrong_header_naming_the_file_and_what_is_missing() {
    let home = Home::with_demo();
    let dir = export_demo(&home, "csv");
    let bad = home.dir.path().join("header");
    altered(&dir, &bad, "people.csv", |text| {
        text.replacen("id,name,", "id,nombre,", 1)
    });
    let err = refused(&home, &bad);
    assert!(
        err.contains("header/people.csv:1: wrong header for table people (missing column name; unknown column nombre)"),
        "{err}"
    );
}

#[test]
fn import_all_refuses_a_bad_csv_row_naming_its_file_and_line_and_stores_nothing() {
    let home = Home::with_demo();
    let dir = export_demo(&home, "csv");
    let bad = home.dir.path().join("row");
    altered(&dir, &bad, "channels.csv", |text| {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines[2] = lines[2].replacen(",", ",\\q", 1);
        lines.join("\n") + "\n"
    });
    let err = refused(&home, &bad);
    assert!(
        err.contains("row/channels.csv:3: column “network”: “\\q"),
        "{err}"
    );
    let check = home.dir.path().join("check");
    altered(&dir, &check, "people.csv", |text| {
        text.replacen(",advocate,", ",villain,", 1)
    });
    let err = refused(&home, &check);
    assert!(err.contains("check/people.csv:"), "{err}");
    assert!(
        err.contains(": the row was refused: CHECK constraint failed"),
        "{err}"
    );
}

#[test]
fn import_all_refuses_a_bad_json_value_or_a_row_that_refers_to_a_missing_one() {
    let home = Home::with_demo();
    let dir = export_demo(&home, "json");
    let bad = home.dir.path().join("value");
    altered(&dir, &bad, "posts.json", |text| {
        text.replacen("\"evergreen\":0", "\"evergreen\":false", 1)
    });
    let err = refused(&home, &bad);
    assert!(
        err.contains("value/posts.json:2: column “evergreen”: false is not a value"),
        "{err}"
    );
    let orphan = home.dir.path().join("orphan");
    altered(&dir, &orphan, "handles.json", |text| {
        text.replacen("\"person_id\":1,", "\"person_id\":999,", 1)
    });
    let err = refused(&home, &orphan);
    assert!(
        err.contains("of handles refers to a row of people that the export does not hold"),
        "{err}"
    );
}

#[test]
fn import_all_refuses_an_export_from_a_newer_schema_or_with_a_truncated_file() {
    let home = Home::with_demo();
    let dir = export_demo(&home, "json");
    let newer = home.dir.path().join("newer");
    altered(&dir, &newer, "cmdeck-export.json", |text| {
        text.replace(
            &format!("\"schema_version\": {}", cmdeck::db::LATEST_VERSION),
            "\"schema_version\": 99",
        )
    });
    let err = refused(&home, &newer);
    assert!(
        err.contains("written by a newer cmdeck (schema version 99"),
        "{err}"
    );
    let short = home.dir.path().join("short");
    altered(&dir, &short, "replies.json", |text| {
        let mut lines: Vec<&str> = text.lines().collect();
        lines.remove(1);
        lines.join("\n") + "\n"
    });
    let err = refused(&home, &short);
    assert!(
        err.contains("short/replies.json holds 56 rows but the manifest says 57"),
        "{err}"
    );
}

/// Texts a spreadsheet would run as formulas, each neutralised with a `'` in a CSV export.
const FORMULAS: [&str; 8] = [
    "=HYPERLINK(\"http://x\",\"y\")",
    "+1",
    "-1+2",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1",
    "'=already quoted",
    "''-twice",
];

/// Texts holding what would act on a terminal printing the file, each escaped in the export.
const ESCAPES: [&str; 4] = [
    "\u{1b}[31mrojo\u{1b}[0m",
    "\u{1b}]0;title\u{7}",
    "uno\u{2028}dos\u{2029}tres",
    "\u{9b}31m \u{202e}fdp.exe\u{200b} \\u{1b}",
];

/// Every hostile text, with the id of the person whose notes and the mention whose text hold it.
fn hostile() -> Vec<(i64, &'static str)> {
    FORMULAS
        .iter()
        .chain(&ESCAPES)
        .copied()
        .zip(1..)
        .map(|(t, id)| (id, t))
        .collect()
}

/// The notes of person `id` and the text of mention `id` in `db`.
fn stored(db: &Path, id: i64) -> (String, String) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let notes = conn
        .query_row("SELECT notes FROM people WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .unwrap();
    let mention = conn
        .query_row("SELECT text FROM mentions WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .unwrap();
    (notes, mention)
}

/// The field of `column` in the row of `file` (a CSV export file) whose id is `id`.
fn csv_cell(file: &Path, column: &str, id: i64) -> String {
    let mut reader = csv::Reader::from_path(file).unwrap();
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == column)
        .unwrap();
    reader
        .records()
        .map(Result::unwrap)
        .find(|row| row.get(0) == Some(id.to_string().as_str()))
        .and_then(|row| row.get(at).map(str::to_string))
        .unwrap()
}

#[test]
fn formula_and_escape_texts_are_neutralised_in_the_export_files_and_read_back_identical() {
    let home = Home::with_demo();
    let conn = home.connection();
    for (id, text) in hostile() {
        conn.execute("UPDATE people SET notes = ?1 WHERE id = ?2", (text, id))
            .unwrap();
        conn.execute("UPDATE mentions SET text = ?1 WHERE id = ?2", (text, id))
            .unwrap();
    }
    drop(conn);
    for format in ["csv", "json", "raw-csv"] {
        let dir = export_demo(&home, format);
        let extension = if format == "json" { "json" } else { "csv" };
        if format != "raw-csv" {
            for (name, bytes) in files(&dir) {
                let shown = String::from_utf8(bytes.clone()).unwrap();
                assert!(
                    !bytes.contains(&0x1b) && !bytes.contains(&0x07),
                    "{format}: {name}"
                );
                assert!(
                    !shown.contains(['\u{9b}', '\u{2028}', '\u{2029}', '\u{202e}', '\u{200b}']),
                    "{format}: {name}"
                );
            }
        }
        for (id, text) in hostile() {
            let notes = dir.join(format!("people.{extension}"));
            let mentions = dir.join(format!("mentions.{extension}"));
            match format {
                "csv" if FORMULAS.contains(&text) => {
                    assert_eq!(csv_cell(&notes, "notes", id), format!("'{text}"));
                    assert_eq!(csv_cell(&mentions, "text", id), format!("'{text}"));
                }
                "csv" => assert!(csv_cell(&notes, "notes", id).starts_with("\\u"), "{text:?}"),
                "raw-csv" => {
                    assert_eq!(csv_cell(&notes, "notes", id), text);
                    assert_eq!(csv_cell(&mentions, "text", id), text);
                }
                _ => {}
            }
        }
        let copy = new_db(&home, &format!("hostile-{format}.sqlite3"));
        let import = home.run_on(&copy, &["import", "all", dir.to_str().unwrap()]);
        assert!(
            import.status.success(),
            "{format}: {}",
            text(&import.stderr)
        );
        for (id, text) in hostile() {
            assert_eq!(
                stored(&copy, id),
                (text.to_string(), text.to_string()),
                "{format}"
            );
        }
        let again = home.dir.path().join(format!("hostile-again-{format}"));
        let run = home.run_on(
            &copy,
            &[
                "export",
                "--format",
                format,
                "--out",
                again.to_str().unwrap(),
            ],
        );
        assert!(run.status.success(), "{}", text(&run.stderr));
        assert!(
            files(&dir) == files(&again),
            "{format}: the second export differs"
        );
    }
}
