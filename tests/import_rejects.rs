//! Every bad row of an import accounted for, as a script would see it with the real binary: an
//! unclosed quote is one bad row and the rows after it come in as written, every rejected row is
//! counted and kept in the `--rejects` file with its line and reason, and a row with bytes that
//! are not UTF-8 is one bad row, not a refused file.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};

const HEADER: &str = "channel,kind,author,body,received_at,external_id\n";

fn row(n: usize) -> String {
    format!(
        "instagram,dm,Persona {n},\"Hola {n}, ¿abrís?\",2026-11-20T10:{:02}:00Z,rej-{n}\n",
        n % 60
    )
}

fn rejects_rows(home: &Home, name: &str) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_path(home.dir.path().join(name)).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["line", "reason", "row"]
    );
    reader.records().map(Result::unwrap).collect()
}

#[test]
fn one_unclosed_quote_among_151_rows_is_refused_as_its_line_and_partial_imports_the_other_150() {
    let home = Home::with_demo();
    let mut file = String::from(HEADER);
    for n in 1..=151 {
        if n == 40 {
            file.push_str(
                "instagram,dm,Persona 40,\"Hola sin cerrar,2026-11-20T10:40:00Z,rej-40\n",
            );
        } else {
            file.push_str(&row(n));
        }
    }
    let name = home.file("broken.csv", &file);
    let refused = home.run(&["import", "messages", &name]);
    assert!(!refused.status.success());
    let said = text(&refused.stderr);
    assert!(said.contains("1 row is wrong"), "{said}");
    assert!(
        said.contains("line 41:") && said.contains("never closes"),
        "{said}"
    );

    let done = home.run(&[
        "import",
        "messages",
        &name,
        "--partial",
        "--rejects",
        "rejects.csv",
    ]);
    let said = text(&done.stdout);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(said.starts_with("Imported 150 messages"), "{said}");
    assert!(said.contains("1 row was left out"), "{said}");
    let rejected = rejects_rows(&home, "rejects.csv");
    assert_eq!(rejected.len(), 1);
    assert_eq!(&rejected[0][0], "41");
    assert!(rejected[0][2].contains("Hola sin cerrar"));
    let db = rusqlite::Connection::open(&home.db).unwrap();
    let next: String = db
        .query_row(
            "SELECT body FROM messages WHERE external_id = 'rej-41'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(next, "Hola 41, ¿abrís?");
}

#[test]
fn five_hundred_bad_rows_are_all_counted_and_all_kept_in_the_rejects_file() {
    let home = Home::with_demo();
    let mut file = String::from(HEADER);
    for n in 1..=600 {
        if n % 6 == 0 {
            file.push_str(&row(n));
        } else {
            file.push_str(&format!("instagram,dm,Persona {n},hola,ayer,rej-{n}\n"));
        }
    }
    let name = home.file("many.csv", &file);
    let done = home.run(&["import", "messages", &name, "--partial"]);
    let said = text(&done.stdout);
    assert!(said.contains("500 rows were left out"), "{said}");
    assert!(said.contains("… and 400 more problems"), "{said}");
    assert!(said.contains("--rejects FILE"), "{said}");

    let home = Home::with_demo();
    let name = home.file("many.csv", &file);
    let done = home.run(&[
        "import",
        "messages",
        &name,
        "--partial",
        "--rejects",
        "out/rejects.csv",
    ]);
    let said = text(&done.stdout);
    assert!(said.starts_with("Imported 100 messages"), "{said}");
    assert!(said.contains("the 500 rejected rows"), "{said}");
    let rejected = rejects_rows(&home, "out/rejects.csv");
    assert_eq!(rejected.len(), 500);
    let lines: Vec<usize> = rejected.iter().map(|r| r[0].parse().unwrap()).collect();
    let expected: Vec<usize> = (1..=600).filter(|n| n % 6 != 0).map(|n| n + 1).collect();
    assert_eq!(lines, expected);
    assert!(rejected.iter().all(|r| r[1].contains("received_at")));
}

#[test]
fn a_row_with_bytes_that_are_not_utf8_is_one_bad_row_and_partial_imports_the_rest() {
    let home = Home::with_demo();
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(row(1).as_bytes());
    bytes.extend_from_slice(b"instagram,dm,Jos\xe9,caf\xe9 con leche,2026-11-20T10:02:00Z,rej-2\n");
    bytes.extend_from_slice(row(3).as_bytes());
    std::fs::write(home.dir.path().join("latin1.csv"), bytes).unwrap();
    let refused = home.run(&["import", "messages", "latin1.csv"]);
    let said = text(&refused.stderr);
    assert!(!refused.status.success());
    assert!(
        said.contains("line 3:") && said.contains("not UTF-8"),
        "{said}"
    );
    let done = home.run(&[
        "import",
        "messages",
        "latin1.csv",
        "--partial",
        "--rejects",
        "r.csv",
    ]);
    let said = text(&done.stdout);
    assert!(said.starts_with("Imported 2 messages"), "{said}");
    let rejected = rejects_rows(&home, "r.csv");
    assert_eq!(rejected.len(), 1);
    assert_eq!(&rejected[0][0], "3");
}
