//! `cmdeck report --lang es` on the real binary, in a temporary home: the Markdown file it
//! writes has Spanish headings and Spanish numbers, its charts are Spanish SVG, and what it says
//! on the terminal is Spanish; the same database with `--lang en` still gives the English report.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

/// `cmdeck ARGS` in the temporary home `dir`, with an English locale (the flag decides).
fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cmdeck"))
        .args(args)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("TZ", "UTC")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("cannot run cmdeck {args:?}: {error}"))
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let output = run(dir, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn cmdeck_report_with_lang_es_writes_spanish_headings_and_spanish_numbers() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    let db = dir.join("marca.sqlite3");
    let db = db.to_str().unwrap();
    ok(
        dir,
        &["--db", db, "channel", "add", "instagram", "@cafelanora"],
    );
    for (date, followers) in [("2025-11-30", "12,086"), ("2025-12-07", "12,271")] {
        ok(
            dir,
            &[
                "--db",
                db,
                "audience",
                "record",
                "instagram",
                followers,
                "--date",
                date,
            ],
        );
    }
    ok(
        dir,
        &[
            "--db",
            db,
            "post",
            "add",
            "--channel",
            "instagram",
            "--at",
            "2025-12-02 09:30",
            "Abrimos el domingo",
        ],
    );
    let said = ok(
        dir,
        &[
            "--lang", "es", "--db", db, "report", "--week", "2025-W49", "--out", "w49.md",
        ],
    );
    assert!(said.starts_with("Informe guardado en w49.md"), "{said}");
    assert!(
        said.contains("semana 49 de 2025 (01 dic – 07 dic 2025)"),
        "{said}"
    );
    let report = std::fs::read_to_string(dir.join("w49.md")).unwrap();
    for expected in [
        "— informe: semana 49 de 2025 (01 dic – 07 dic 2025)\n",
        "**Resumen.** 0 publicaciones publicadas",
        "## Publicaciones\n",
        "| Canal | Previstas | Publicadas | Cambio |",
        "| **Todos los canales** | 1 | 0 | = |",
        "## Audiencia\n",
        "| instagram @\u{2060}cafelanora | 12.086 | 12.271 | +185 |",
        "## Comunidad\n",
        "## Escucha\n",
        "## Tendencias, últimas 8 semanas",
        "## Pequeñas victorias y notas\n",
        "*Generado por cmdeck.",
    ] {
        assert!(report.contains(expected), "{expected:?} not in:\n{report}");
    }
    for english in [
        "## Publishing",
        "Summary",
        "All channels",
        "report for",
        "no data",
    ] {
        assert!(!report.contains(english), "{english:?} left in:\n{report}");
    }
    let chart =
        std::fs::read_to_string(dir.join("w49-charts").join("followers-per-channel.svg")).unwrap();
    assert!(chart.contains("Seguidores por canal"), "{chart}");
    assert!(chart.contains("12.271"), "{chart}");

    ok(
        dir,
        &[
            "--lang",
            "en",
            "--db",
            db,
            "report",
            "--week",
            "2025-W49",
            "--out",
            "w49-en.md",
        ],
    );
    let english = std::fs::read_to_string(dir.join("w49-en.md")).unwrap();
    assert!(english.contains("## Publishing\n"), "{english}");
    assert!(
        english.contains("| instagram @\u{2060}cafelanora | 12,086 | 12,271 | +185 |"),
        "{english}"
    );
}

#[test]
fn cmdeck_report_format_html_writes_one_spanish_file_with_its_charts_inside() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    ok(dir, &["--db", "demo.sqlite3", "demo"]);
    let said = ok(
        dir,
        &[
            "--lang",
            "es",
            "--db",
            "demo.sqlite3",
            "report",
            "--format",
            "html",
            "--out",
            "informe.html",
        ],
    );
    assert!(
        said.starts_with("Informe guardado en informe.html, con "),
        "{said}"
    );
    assert!(said.contains("gráficos dentro"), "{said}");
    let html = std::fs::read_to_string(dir.join("informe.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"es\">"));
    assert!(html.contains("<svg"), "the charts are inline");
    assert!(html.contains("<table>"), "the tables are HTML tables");
    assert!(!html.contains("<img"), "nothing is linked outside the file");
    assert!(
        !dir.join("informe-charts").exists(),
        "no chart folder is written beside the HTML file"
    );
}
