//! `cmdeck plan export` and `cmdeck plan import` as a script would run them: the real binary on
//! a demo database in a temporary home, checked through files, output and exit codes.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};

/// The pillars stored in the home's database, in the order they were created.
fn pillars(home: &Home) -> Vec<(i64, String, f64)> {
    let conn = home.connection();
    let mut stmt = conn
        .prepare("SELECT id, name, target_share FROM pillars ORDER BY id")
        .expect("pillars can be read");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("pillars can be read")
        .collect::<rusqlite::Result<_>>()
        .expect("pillars can be read")
}

#[test]
fn a_plan_exported_and_imported_again_exports_to_the_same_file() {
    let home = Home::with_demo();
    let out = home.run(&["plan", "export", "plan.toml"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Exported the plan to plan.toml: 6 objectives"));
    let refused = home.run(&["plan", "export", "plan.toml"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("--force"));
    let out = home.run(&["plan", "import", "plan.toml"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .starts_with("Imported the plan from plan.toml: 6 objectives, 3 personas, 4 pillars"),
        "{}",
        text(&out.stdout)
    );
    let out = home.run(&["plan", "export", "plan.toml", "--force"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let again = home.run(&["plan", "export", "again.toml"]);
    assert!(again.status.success());
    assert_eq!(home.read("plan.toml"), home.read("again.toml"));
}

#[test]
fn a_plan_with_mistakes_is_refused_with_every_line_and_nothing_changes() {
    let home = Home::with_demo();
    assert!(home.run(&["plan", "export", "plan.toml"]).status.success());
    let bad = home
        .read("plan.toml")
        .replacen("kpi = \"followers\"", "kpi = \"likes\"", 1)
        .replacen("ends_on = \"", "ends_on = \"2026-13-01\" #", 1);
    std::fs::write(home.dir.path().join("bad.toml"), bad).expect("the file is written");
    let before = pillars(&home);
    let out = home.run(&["plan", "import", "bad.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("bad.toml, line "), "{stderr}");
    assert!(
        stderr.contains("key `objectives[1].kpi`: unknown KPI `likes`"),
        "{stderr}"
    );
    assert!(stderr.contains("key `campaigns[1].ends_on`"), "{stderr}");
    assert_eq!(before, pillars(&home));
}

#[test]
fn a_plan_file_with_mistakes_is_refused_in_spanish_with_lang_es() {
    let home = Home::with_demo();
    let out = home.run(&["--lang", "es", "plan", "export", "plan.toml"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("Plan exportado a plan.toml: 6 objetivos"),
        "{}",
        text(&out.stdout)
    );
    let exported = home.read("plan.toml");
    assert!(
        exported.starts_with("# Plan de cmdeck: la estrategia de la marca en un solo archivo."),
        "{exported}"
    );
    let bad = exported
        .replacen("kpi = \"followers\"", "kpi = \"likes\"", 1)
        .replacen("ends_on = \"", "ends_on = \"2026-13-01\" #", 1);
    std::fs::write(home.dir.path().join("mal.toml"), bad).expect("the file is written");
    let before = pillars(&home);
    let out = home.run(&["--lang", "es", "plan", "import", "mal.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("mal.toml, línea "), "{stderr}");
    assert!(
        stderr.contains("clave `objectives[1].kpi`: KPI desconocido `likes`"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "clave `campaigns[1].ends_on`: `2026-13-01` no es una fecha que exista (AAAA-MM-DD)"
        ),
        "{stderr}"
    );
    for english in ["unknown KPI", "is not a date", ", line ", "key `"] {
        assert!(!stderr.contains(english), "{english:?} left in:\n{stderr}");
    }
    assert_eq!(before, pillars(&home));
    let out = home.run(&["--lang", "es", "plan", "import", "plan.toml"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("Plan importado de plan.toml: 6 objetivos"),
        "{}",
        text(&out.stdout)
    );
    let english = home.run(&["plan", "export", "plan.en.toml"]);
    assert!(english.status.success(), "{}", text(&english.stderr));
    let data = |file: &str| {
        home.read(file)
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(data("plan.toml"), data("plan.en.toml"));
}
