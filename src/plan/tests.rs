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
    let plan = parse(
        Path::new("plan.toml"),
        text,
        &channels,
        crate::i18n::Lang::En,
    )
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

use crate::i18n::Lang;

#[test]
fn a_plan_file_mistake_is_worded_in_spanish() {
    let db = demo();
    let channels = db.channel_labels().unwrap();
    let text = to_toml(&db.read_plan().unwrap())
        .replacen("kpi = \"engagement_rate\"", "kpi = \"likes\"", 1)
        .replacen(
            "starts_on = \"2026-10-12\"",
            "starts_on = \"2026-02-30\"",
            1,
        );
    let errors = parse(Path::new("plan.toml"), &text, &channels, Lang::Es).unwrap_err();
    let joined = errors
        .iter()
        .map(|e| e.message(Lang::Es))
        .collect::<Vec<_>>()
        .join("\n");
    let kpi_line = text.lines().position(|l| l == "kpi = \"likes\"").unwrap() + 1;
    for expected in [
        format!("plan.toml, línea {kpi_line}, clave `objectives[2].kpi`: KPI desconocido `likes`"),
        "clave `objectives[1].starts_on`: `2026-02-30` no es una fecha que exista (AAAA-MM-DD)"
            .to_string(),
    ] {
        assert!(
            joined.contains(&expected),
            "{expected} missing from:\n{joined}"
        );
    }
    for english in ["unknown KPI", "is not a date", ", line ", "key `"] {
        assert!(!joined.contains(english), "{english:?} left in:\n{joined}");
    }
    let broken = parse(
        Path::new("plan.toml"),
        "[brand]\nnmae = \"Mi Marca\"\n",
        &channels,
        Lang::Es,
    )
    .unwrap_err();
    let said = broken[0].message(Lang::Es);
    assert!(said.starts_with("plan.toml, línea 2"), "{said}");
    assert!(said.contains("campo desconocido"), "{said}");
}

#[test]
fn a_plan_edited_on_the_screen_is_checked_in_spanish_with_its_keys_kept() {
    let db = demo();
    let channels = db.channel_labels().unwrap();
    let mut plan = db.read_plan().unwrap();
    plan.personas[1].name = plan.personas[0].name.clone();
    plan.campaigns[0].ends_on = "2000-01-01".into();
    plan.brand.time_zone = "Europa/Madrid".into();
    let spanish = validate::check(&plan, &channels, Lang::Es);
    let twice = format!("el nombre `{}` está repetido", plan.personas[0].name);
    for (key, message) in [
        ("personas[2].name", twice.as_str()),
        (
            "campaigns[1].ends_on",
            "la campaña termina antes de empezar",
        ),
        (
            "brand.time_zone",
            "«Europa/Madrid» no es el nombre de una zona horaria (como Europe/Madrid o America/Mexico_City)",
        ),
    ] {
        assert!(
            spanish.contains(&(key.to_string(), message.to_string())),
            "{key}: {message} missing from {spanish:?}"
        );
    }
    let english = validate::check(&plan, &channels, Lang::En);
    let keys =
        |errors: &[(String, String)]| errors.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&spanish), keys(&english));
    assert!(english.contains(&(
        "campaigns[1].ends_on".to_string(),
        "the campaign ends before it starts".to_string()
    )));
}

/// The demo plan with every mistake the checker can find, once.
fn every_mistake(mut plan: Plan) -> Plan {
    plan.brand.time_zone = "Mars/Olympus".into();
    plan.brand.week_start = "friday".into();
    plan.brand.business_hours = "mon-fri 18:00-09:00".into();
    plan.brand.sentiment_terms = "Bomba=9".into();
    let first = &mut plan.objectives[0];
    first.kpi = "likes".into();
    first.channel = Some("instagram:@nadie".into());
    first.target = f64::NAN;
    first.deadline = "2000-01-01".into();
    first.weekly = vec![
        WeekValue {
            week: "2026-W99".into(),
            value: 1.0,
        },
        WeekValue {
            week: "2026-W47".into(),
            value: 1.0,
        },
        WeekValue {
            week: "2026-W47".into(),
            value: 2.0,
        },
    ];
    plan.objectives[1].starts_on = "2026-02-30".into();
    plan.objectives[2].name = " ".into();
    plan.objectives[4].name = plan.objectives[3].name.clone();
    let channel = |name: &str| ChannelPlan {
        channel: name.to_string(),
        ..ChannelPlan::default()
    };
    plan.channels.extend([
        channel("Instagram:nadie"),
        channel("myspace:@nadie"),
        channel("instagram"),
        channel("x:@"),
        channel("x:@a b"),
        channel(&format!("x:@{}", "a".repeat(101))),
    ]);
    plan.channels.push(plan.channels[0].clone());
    plan.channels[0].char_limit = Some(0);
    plan.channels[0].posts_per_week = -1.0;
    plan.pillars[0].share = 7.5;
    let campaign = &mut plan.campaigns[0];
    campaign.objective = Some("Nadie".into());
    campaign.ends_on = "2000-01-01".into();
    campaign.budget = 1.234;
    campaign.conversions = -1;
    campaign.spend.push(Spend {
        on: "ayer".into(),
        amount: 1.0,
        note: String::new(),
    });
    let rule = |name: &str, kind: &str, competitor: Option<&str>| Rule {
        name: name.into(),
        kind: kind.into(),
        competitor: competitor.map(String::from),
        terms: "café".into(),
        ..Rule::default()
    };
    plan.rules.extend([
        rule("r1", "rival", None),
        rule("r2", "competitor", None),
        rule("r3", "competitor", Some("Nadie")),
        rule("r4", "brand", Some("Nadie")),
        Rule {
            terms: " ".into(),
            threshold: Some(Threshold {
                sensitivity: "loud".into(),
                min_count: 0,
                cooldown_hours: -1,
            }),
            ..rule("r5", "brand", None)
        },
    ]);
    plan.crisis.level_1.push(" ".into());
    plan.crisis.statements.push(Statement {
        level: 4,
        title: "t".into(),
        body: "b".into(),
    });
    plan
}

#[test]
fn every_mistake_the_checker_finds_is_worded_in_both_languages_on_the_same_keys() {
    let db = demo();
    let channels = db.channel_labels().unwrap();
    let plan = every_mistake(db.read_plan().unwrap());
    let english = validate::check(&plan, &channels, Lang::En);
    let spanish = validate::check(&plan, &channels, Lang::Es);
    assert!(english.len() >= 35, "{english:#?}");
    assert_eq!(english.len(), spanish.len());
    for ((key, en), (clave, es)) in english.iter().zip(&spanish) {
        assert_eq!(key, clave);
        assert_ne!(en, es, "{key} is not translated");
        assert!(!es.contains("plan-check"), "{key}: {es}");
    }
    // The third of the five rules added last names a competitor nobody is called.
    let unknown_competitor = format!("rules[{}].competitor", plan.rules.len() - 2);
    for (key, expected) in [
        (
            "brand.week_start",
            "«friday» no es un primer día de la semana (lunes o domingo)",
        ),
        (
            "brand.business_hours",
            "`mon-fri 18:00-09:00` cierra antes de abrir: la hora de apertura va primero",
        ),
        (
            "brand.sentiment_terms",
            "término 1: `9` no es un peso de -3 a 3",
        ),
        ("pillars[1].share", "el peso 7,5 no está entre 0 y 1"),
        (
            unknown_competitor.as_str(),
            "no hay ningún competidor llamado `Nadie`",
        ),
        (
            "objectives[1].channel",
            "canal desconocido `instagram:@nadie` (los que hay: ",
        ),
    ] {
        assert!(
            spanish
                .iter()
                .any(|(k, m)| k == key && m.starts_with(expected)),
            "{key}: {expected} missing from {spanish:#?}"
        );
    }
    let missing: Vec<String> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|m| m.contains("plan-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn the_brand_settings_of_a_plan_are_refused_in_spanish_for_each_mistake() {
    for (hours, english, spanish) in [
        (
            "",
            "business hours are empty",
            "el horario de atención está vacío",
        ),
        (
            "mon 09:00-14:00,,",
            "part 2 is empty",
            "la parte 2 está vacía",
        ),
        (
            "mon-fri",
            "should be days then opening hours",
            "debe llevar días y después el horario",
        ),
        (
            "mon 9-14:00",
            "has an invalid time `9`",
            "tiene una hora no válida, `9`",
        ),
        (
            "fun 09:00-14:00",
            "has an unknown day `fun`",
            "tiene un día desconocido, `fun`",
        ),
        (
            "lun-vie 09:00-14:00, vie 16:00-18:00",
            "`fri` is given twice",
            "`vie` aparece dos veces",
        ),
    ] {
        let en = crate::analytics::parse_business_hours_in(hours, Lang::En).unwrap_err();
        let es = crate::analytics::parse_business_hours_in(hours, Lang::Es).unwrap_err();
        assert_eq!(
            crate::analytics::parse_business_hours(hours).unwrap_err(),
            en
        );
        assert!(en.contains(english), "{en}");
        assert!(es.contains(spanish), "{es}");
    }
    let terms =
        crate::analytics::sentiment::parse_brand_terms_in("Bomba, ¡!", Lang::Es).unwrap_err();
    assert_eq!(
        terms.message(Lang::Es),
        "término 2: `¡!` no se lee como palabras"
    );
    for (channel, spanish) in [
        ("instagram", "«instagram» no tiene la forma RED:@USUARIO"),
        ("myspace:@x", "red desconocida «myspace» (las que hay: "),
        ("x:@", "falta el nombre de usuario"),
        ("x:@a b", "el nombre de usuario «@a b» tiene un espacio"),
    ] {
        let why = crate::domain::channels::parse_key_in(channel, Lang::Es).unwrap_err();
        assert!(why.starts_with(spanish), "{why}");
    }
}

#[test]
fn a_plan_exported_in_spanish_has_spanish_comments_and_reads_back_as_the_same_plan() {
    let mut db = demo();
    let plan = db.read_plan().unwrap();
    let english = to_toml(&plan);
    let spanish = to_toml_in(&plan, Lang::Es);
    assert!(
        spanish.starts_with("# Plan de cmdeck: la estrategia de la marca en un solo archivo.\n"),
        "{spanish}"
    );
    assert!(
        spanish.contains("\n# Reglas de escucha: kind es uno de estos: brand, competitor, sector;")
    );
    assert!(spanish.contains("\n# kpi es uno de estos: followers, engagement_rate,"));
    assert!(!spanish.contains("Names are unique"), "{spanish}");
    assert!(!spanish.contains("plan-file"), "{spanish}");
    let data = |text: &str| {
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(data(&spanish), data(&english));
    let read = import(&mut db, &spanish).unwrap();
    assert_eq!(to_toml(&read), english);
    assert_eq!(to_toml_in(&db.read_plan().unwrap(), Lang::Es), spanish);
}
