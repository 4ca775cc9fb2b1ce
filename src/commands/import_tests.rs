//! What the import commands print, over the importers' own fixtures: hostile text in a file or a
//! feed is stored as given, and every line printed about it is sanitized.

use crate::import::feed_tests as feeds;
use crate::import::tests as messages;

#[test]
fn hostile_text_is_stored_as_given_and_its_report_is_printed_sanitized() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = messages::db();
    let rows = "instagram,dm,Ana,\"\x1b[2J\x1b]0;pwned\x07hola\",2026-11-23 09:30,\n\
                \"\x1b[31mthreads\u{202E}\",dm,Ana,hola,2026-11-23 09:30,\n";
    let path = messages::write(dir.path(), "m.csv", messages::csv(rows));
    let report = messages::import(&mut db, &path, true);
    assert_eq!(messages::bodies(&db), ["\x1b[2J\x1b]0;pwned\x07hola"]);
    assert!(report.rejected[0].reason.to_string().contains('\x1b'));
    let out = super::import::messages(&mut messages::db(), &path, false, None, &[]);
    let Err(super::CommandError::Usage(lines)) = out else {
        panic!("expected a refusal: {out:?}");
    };
    assert!(
        lines[1].starts_with("  line 3: unknown channel “[31mthreads”"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .all(|l| !l.contains(['\x1b', '\x07', '\u{202E}']))
    );
}

#[test]
fn escape_sequences_are_stored_as_given_and_the_printed_lines_are_sanitized() {
    let mut db = feeds::db();
    let xml = "<rss version=\"2.0\"><channel><title>Evil\u{1b}[2J feed</title><item><guid>e</guid>\
               <title>La Ñora \u{1b}[31mroja\u{1b}[0m</title></item></channel></rss>";
    let report = feeds::import(&mut db, xml);
    assert_eq!(report.added, 1);
    let row = &feeds::stored(&db)[0];
    assert!(
        row.text.raw().contains("\u{1b}[31m"),
        "stored as given: {:?}",
        row.text
    );
    let printed = super::import::feed_lines(row.source.raw(), &report);
    let line =
        crate::import::fetch::progress_line(crate::i18n::Lang::En, row.source.raw(), &Ok(report));
    for out in [printed, line] {
        assert!(!out.contains('\u{1b}'), "sanitized: {out:?}");
    }
}

#[test]
fn a_feed_report_lists_its_notes_sanitized_up_to_the_limit_and_counts_the_rest() {
    let report = crate::import::feeds::FeedReport {
        items: 1,
        added: 1,
        notes: (1..=102)
            .map(|n| crate::import::reason::Reason::said(format!("note {n}\u{1b}[2J")))
            .collect(),
        ..Default::default()
    };
    let printed = super::import::feed_lines("feed.xml", &report);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines[0], "Read feed.xml: 1 item, 1 new mention.");
    assert_eq!(lines[1], "  note 1[2J");
    assert_eq!(lines[100], "  note 100[2J");
    assert_eq!(lines[101], "  … and 2 more notes");
    assert_eq!(lines.len(), 102);
    let shown = crate::import::fetch::note_lines(crate::i18n::Lang::En, &report, 5);
    assert_eq!(shown.len(), 6);
    assert_eq!(shown[5], "  … and 97 more notes");
}

#[test]
fn a_feed_s_progress_and_note_lines_read_in_spanish() {
    let report = crate::import::feeds::FeedReport {
        items: 12,
        added: 1,
        notes: (1..=7)
            .map(|n| crate::import::reason::Reason::said(format!("note {n}")))
            .collect(),
        ..Default::default()
    };
    let lang = crate::i18n::Lang::Es;
    let line = crate::import::fetch::progress_line(lang, "Blog", &Ok(report.clone()));
    assert_eq!(line, "✓ Blog — 12 elementos, 1 mención nueva");
    let failed = crate::import::fetch::progress_line(lang, "Blog", &Err("sin respuesta".into()));
    assert_eq!(failed, "✕ Blog — sin respuesta");
    let shown = crate::import::fetch::note_lines(lang, &report, 5);
    assert_eq!(shown[5], "  … y 2 notas más");
}

#[test]
fn a_rejected_row_is_listed_and_written_to_the_rejects_file_in_spanish_sanitized() {
    let dir = tempfile::tempdir().unwrap();
    let rows = "instagram,dm,Ana,Hola,2026-11-23 09:30,\n\
                \"\x1b[31mthreads\",dm,Ana,hola,ayer,\n";
    let path = messages::write(dir.path(), "m.csv", messages::csv(rows));
    let rejects = dir.path().join("rechazadas.csv");
    let out = super::import::messages_to(
        &mut messages::db(),
        &path,
        None,
        true,
        Some(&rejects),
        &[],
        crate::i18n::Lang::Es,
    )
    .unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].ends_with("; 1 fila se ha omitido:"), "{lines:?}");
    assert!(
        lines[1].starts_with("  línea 3: canal desconocido «[31mthreads»; los canales son "),
        "{lines:?}"
    );
    assert!(
        lines[2].starts_with("  línea 3: «received_at» «ayer» no es una fecha y hora"),
        "{lines:?}"
    );
    assert!(out.chars().all(|c| c != '\x1b'), "{out:?}");
    let written = std::fs::read_to_string(&rejects).unwrap();
    let mut records = csv::Reader::from_reader(written.as_bytes());
    assert_eq!(
        records.headers().unwrap(),
        vec!["line", "reason", "row"],
        "the header keeps its machine names"
    );
    let record = records.records().next().unwrap().unwrap();
    assert_eq!(&record[0], "3");
    assert!(
        record[1].starts_with("canal desconocido «[31mthreads»; los canales son ")
            && record[1].contains("; «received_at» «ayer» no es una fecha y hora;"),
        "{record:?}"
    );
}
