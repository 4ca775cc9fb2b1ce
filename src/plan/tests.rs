//! The plan file on the demo database: round trip, every error reported, the shipped example.

use super::*;
use crate::db::Db;
use chrono::{TimeZone, Utc};
use std::path::Path;

const TABLES: &[&str] = &[
    "settings",
    "objectives",
    "manual_kpi_values",
    "personas",
    "pillars",
    "channel_plan",
    "campaigns",
    "campaign_spend",
    "competitors",
    "listening_rules",
    "crisis_thresholds",
    "crisis_steps",
    "crisis_contacts",
    "holding_statements",
    "advocacy_tiers",
];

fn demo() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    crate::demo::populate(&mut db, now).unwrap();
    db
}

fn counts(db: &Db) -> Vec<(String, i64)> {
    TABLES
        .iter()
        .map(|table| {
            let sql = format!("SELECT COUNT(*) FROM {table}");
            let count = db.conn().query_row(&sql, [], |r| r.get(0)).unwrap();
            (table.to_string(), count)
        })
        .collect()
}

fn import(db: &mut Db, text: &str) -> Result<Plan, Vec<String>> {
    let channels = db.channel_labels().unwrap();
    let plan = parse(Path::new("plan.toml"), text, &channels)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    db.replace_plan(&plan).unwrap();
    Ok(plan)
}

#[test]
fn exporting_importing_and_exporting_again_gives_the_same_text_and_row_counts() {
    let mut db = demo();
    let before = counts(&db);
    let first = to_toml(&db.read_plan().unwrap());
    import(&mut db, &first).unwrap();
    let second = to_toml(&db.read_plan().unwrap());
    assert_eq!(first, second);
    assert_eq!(before, counts(&db));
    assert!(before.iter().all(|(_, count)| *count > 0), "{before:?}");
}

#[test]
fn an_invalid_plan_reports_every_error_with_its_line_and_changes_nothing() {
    let mut db = demo();
    let text = to_toml(&db.read_plan().unwrap())
        .replacen("kpi = \"engagement_rate\"", "kpi = \"likes\"", 1)
        .replacen(
            "starts_on = \"2026-10-12\"",
            "starts_on = \"2026-02-30\"",
            1,
        )
        .replacen("kind = \"competitor\"", "kind = \"rival\"", 1)
        .replacen(
            "\n[[pillars]]\nname = ",
            "\n[[pillars]]\nname = \"Twice\"\n#",
            1,
        )
        .replacen("share = ", "share = 7.0 #", 1);
    let pillars = |db: &Db| {
        let mut stmt = db
            .conn()
            .prepare("SELECT id, name, target_share FROM pillars ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, f64>(2)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap()
    };
    let before = (pillars(&db), counts(&db));
    let errors = import(&mut db, &text).unwrap_err();
    let joined = errors.join("\n");
    for expected in [
        "key `objectives[2].kpi`: unknown KPI `likes`",
        "key `objectives[1].starts_on`: `2026-02-30` is not a date that exists",
        "key `pillars[1].share`: the share 7 is outside 0 to 1",
        "unknown kind `rival`",
    ] {
        assert!(
            joined.contains(expected),
            "{expected} missing from:\n{joined}"
        );
    }
    assert!(
        errors.iter().all(|e| e.starts_with("plan.toml, line ")),
        "{joined}"
    );
    let kpi_line = text.lines().position(|l| l == "kpi = \"likes\"").unwrap() + 1;
    assert!(joined.contains(&format!(
        "plan.toml, line {kpi_line}, key `objectives[2].kpi`"
    )));
    assert_eq!(before, (pillars(&db), counts(&db)));
}

#[test]
fn duplicate_names_unknown_competitors_and_backwards_campaigns_are_errors() {
    let mut db = demo();
    let mut plan = db.read_plan().unwrap();
    plan.personas[1].name = plan.personas[0].name.clone();
    plan.campaigns[0].ends_on = "2000-01-01".into();
    if let Some(rule) = plan.rules.iter_mut().find(|r| r.competitor.is_some()) {
        rule.competitor = Some("Nobody".into());
    }
    let errors = import(&mut db, &to_toml(&plan)).unwrap_err().join("\n");
    assert!(
        errors.contains("key `personas[2].name`: the name"),
        "{errors}"
    );
    assert!(
        errors.contains("the campaign ends before it starts"),
        "{errors}"
    );
    assert!(
        errors.contains("no competitor is named `Nobody`"),
        "{errors}"
    );
}

#[test]
fn the_example_plan_imports_cleanly_into_a_fresh_demo_database() {
    let mut db = demo();
    let text = include_str!("../../assets/plan.example.toml");
    let plan = import(&mut db, text).unwrap();
    assert_eq!(to_toml(&db.read_plan().unwrap()), to_toml(&plan));
    assert_eq!(to_toml(&plan), text);
}

#[test]
fn removing_a_pillar_keeps_its_posts_without_a_pillar() {
    let mut db = demo();
    let mut plan = db.read_plan().unwrap();
    let gone = plan.pillars.remove(0);
    plan.pillars[0].share += gone.share;
    let posts = "SELECT COUNT(*) FROM posts";
    let before: i64 = db.conn().query_row(posts, [], |r| r.get(0)).unwrap();
    import(&mut db, &to_toml(&plan)).unwrap();
    let after: i64 = db.conn().query_row(posts, [], |r| r.get(0)).unwrap();
    assert_eq!(before, after);
    assert_eq!(db.read_plan().unwrap().pillars.len(), plan.pillars.len());
}

#[test]
fn strings_with_quotes_and_newlines_survive_the_round_trip() {
    let mut db = demo();
    let mut plan = db.read_plan().unwrap();
    plan.brand.tone_guide = "say \"hi\"\\ then\nleave\ttab \u{7}".into();
    import(&mut db, &to_toml(&plan)).unwrap();
    assert_eq!(
        db.read_plan().unwrap().brand.tone_guide,
        plan.brand.tone_guide
    );
}

#[test]
fn pillar_shares_that_do_not_add_up_to_one_are_a_warning_not_an_error() {
    let mut db = demo();
    let mut plan = db.read_plan().unwrap();
    plan.pillars[0].share = 0.05;
    let imported = import(&mut db, &to_toml(&plan)).unwrap();
    let warnings = imported.warnings();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("not 1"), "{warnings:?}");
    assert!(db.read_plan().unwrap().warnings().len() == 1);
}

#[test]
fn a_channels_entry_on_an_empty_database_creates_the_channel_it_declares() {
    let mut db = Db::open_in_memory().unwrap();
    let text = "[brand]\nname = \"Mi Marca\"\n\n[[channels]]\nchannel = \"instagram:@mimarca\"\nname = \"Mi Marca\"\nrole = \"Escaparate\"\n\n[[objectives]]\nname = \"Crecer\"\nkpi = \"followers\"\nchannel = \"instagram:@mimarca\"\ntarget = 2000.0\nstarts_on = \"2026-12-01\"\ndeadline = \"2027-03-01\"\n";
    import(&mut db, text).unwrap();
    let channels = db.channels().unwrap();
    assert_eq!(channels.len(), 1);
    assert_eq!(channels[0].handle, "@mimarca");
    assert_eq!(channels[0].char_limit, 2_200, "the network's default limit");
    let plan = db.read_plan().unwrap();
    assert_eq!(plan.channels[0].role, "Escaparate");
    assert_eq!(plan.channels[0].name.as_deref(), Some("Mi Marca"));
    assert_eq!(
        plan.objectives[0].channel.as_deref(),
        Some("instagram:@mimarca")
    );
}

#[test]
fn an_objective_on_a_channel_nobody_declared_says_how_to_add_it() {
    let mut db = Db::open_in_memory().unwrap();
    let text = "[brand]\nname = \"Mi Marca\"\n\n[[objectives]]\nname = \"Crecer\"\nkpi = \"followers\"\nchannel = \"instagram:@mimarca\"\ntarget = 2000.0\nstarts_on = \"2026-12-01\"\ndeadline = \"2027-03-01\"\n";
    let errors = import(&mut db, text).unwrap_err().join("\n");
    assert!(
        errors.contains("unknown channel `instagram:@mimarca` (there are none yet)"),
        "{errors}"
    );
    assert!(errors.contains("[[channels]] entry"), "{errors}");
    assert!(
        errors.contains("cmdeck channel add NETWORK @HANDLE"),
        "{errors}"
    );
    assert!(db.channels().unwrap().is_empty(), "nothing was created");
}

#[test]
fn a_malformed_channel_in_a_channels_entry_is_refused_on_its_key() {
    let mut db = Db::open_in_memory().unwrap();
    let text = "[brand]\nname = \"Mi Marca\"\n\n[[channels]]\nchannel = \"myspace:@mimarca\"\n";
    let errors = import(&mut db, text).unwrap_err().join("\n");
    assert!(errors.contains("channels[1].channel"), "{errors}");
    assert!(errors.contains("unknown network “myspace”"), "{errors}");
}
