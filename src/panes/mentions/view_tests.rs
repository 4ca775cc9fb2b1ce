//! Snapshots of the Mentions pane drawn alone — no app, no database: hand-written rows and
//! strategy data fed through the pane's own API, a fixed clock, the default key map, no colour.

#![allow(clippy::unwrap_used)]

use super::{MentionsData, MentionsPane, MentionsPaneView};
use crate::clock::Clock;
use crate::domain::crisis::CrisisLogEntry;
use crate::domain::listening::RuleInput;
use crate::domain::rows::MentionRow;
use crate::domain::strategy::{ListeningStrategy, RuleLine, SentimentWeek, ThresholdLine};
use crate::domain::{MentionStatus, RuleKind, Sentiment};
use crate::panes::Context;
use chrono::{DateTime, Duration, TimeZone, Utc};
use ratatui::widgets::Widget;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn context() -> Context {
    Context {
        clock: Clock::fixed(now()),
        page: 20,
        lang: crate::i18n::Lang::En,
    }
}

fn mention(
    id: i64,
    hours_ago: i64,
    sentiment: Sentiment,
    source: &str,
    author: &str,
) -> MentionRow {
    MentionRow {
        id,
        source: source.into(),
        url: Some(format!("https://example.org/{id}").into()),
        author: author.into(),
        person: None,
        on_watchlist: author == "@grumpy",
        text: format!("Mention number {id} about Café La Nora").into(),
        published_at: now() - Duration::hours(hours_ago),
        reach: 1_200 * id,
        sentiment,
        sentiment_auto: sentiment,
        sentiment_corrected: false,
        rule: Some("Brand".into()),
        rule_kind: Some(RuleKind::Brand),
        status: MentionStatus::New,
    }
}

/// A pane whose list holds three new mentions.
fn pane_with_mentions() -> MentionsPane {
    let mut pane = MentionsPane::default();
    pane.set_height(20);
    let rows = vec![
        mention(1, 2, Sentiment::Negative, "mastodon", "@grumpy"),
        mention(2, 5, Sentiment::Neutral, "news", "Levante-EMV"),
        mention(3, 30, Sentiment::Positive, "bluesky", "@nora_fan"),
    ];
    pane.triage_mut().receive(rows.len(), 0, rows);
    pane
}

fn strategy() -> ListeningStrategy {
    ListeningStrategy {
        rules: vec![
            RuleLine {
                name: "Brand".into(),
                kind: RuleKind::Brand,
                terms: "la nora, café la nora".into(),
                exclusions: "nora jones".into(),
                last_7_days: 14,
            },
            RuleLine {
                name: "Competitor: Brio".into(),
                kind: RuleKind::Competitor,
                terms: "brio".into(),
                exclusions: String::new(),
                last_7_days: 6,
            },
        ],
        voices: vec![("Café La Nora".into(), 14), ("Brio".into(), 6)],
        sentiment_trend: vec![
            SentimentWeek {
                week: "2026-W46".into(),
                positive: 5,
                neutral: 3,
                negative: 1,
            },
            SentimentWeek {
                week: "2026-W47".into(),
                positive: 7,
                neutral: 4,
                negative: 3,
            },
        ],
        thresholds: vec![ThresholdLine {
            rule: "Brand".into(),
            sensitivity: "balanced".into(),
            min_count: 5,
            cooldown_hours: 12,
        }],
        protocol: vec![
            (1, "Acknowledge within the hour".into()),
            (2, "Tell the owner".into()),
        ],
        voice_trend: vec![
            ("2026-W46".into(), Some(0.6)),
            ("2026-W47".into(), Some(0.7)),
        ],
        top_sources: vec![("mastodon".into(), 9_000, 8)],
        top_authors: vec![("@nora_fan".into(), 4_000, 3)],
        crises: vec![CrisisLogEntry {
            opened_at: now() - Duration::days(20),
            closed_at: Some(now() - Duration::days(19)),
            level: 1,
            note: "Cold coffee thread".into(),
        }],
        rule_ids: vec![10, 11],
    }
}

/// The pane drawn on a 100×24 screen, one line per row, trailing spaces trimmed.
fn drawn(pane: &MentionsPane, strategy: bool) -> String {
    crate::ui::testing::screen(100, 24, Clock::fixed(now()), strategy, |ctx, area, buf| {
        MentionsPaneView::new(pane, ctx).render(area, buf)
    })
}

#[test]
fn the_execution_face_lists_new_mentions_with_their_age_tone_source_author_reach_and_rule() {
    insta::assert_snapshot!(drawn(&pane_with_mentions(), false));
}

#[test]
fn the_strategy_face_shows_share_of_voice_sentiment_rules_thresholds_and_the_crisis_protocol() {
    let mut pane = MentionsPane::default();
    pane.strategy_mut().show(strategy());
    insta::assert_snapshot!(drawn(&pane, true));
}

#[test]
fn the_rule_form_opens_over_the_strategy_face_on_the_stored_rule() {
    let mut pane = MentionsPane::default();
    pane.strategy_mut().show(strategy());
    let rule = RuleInput {
        name: "Competitor: Brio".into(),
        kind: RuleKind::Competitor,
        competitor: "Brio".into(),
        terms: "brio".into(),
        exclusions: String::new(),
        source: String::new(),
        language: "es".into(),
        sensitivity: "strict".into(),
        min_count: 8,
        cooldown_hours: 24,
    };
    pane.receive(
        MentionsData::RuleToEdit {
            id: Some(11),
            rule: Some(rule),
        },
        &context(),
    );
    insta::assert_snapshot!(drawn(&pane, true));
}

#[test]
fn a_mentions_detail_says_which_words_and_rules_decided_its_sentiment() {
    let mut pane = MentionsPane::default();
    pane.set_height(20);
    let mut complaint = mention(1, 2, Sentiment::Negative, "twitter", "@ana");
    complaint.text = "Llevo tres días esperando y nadie me responde".into();
    pane.triage_mut().receive(1, 0, vec![complaint]);
    pane.triage_mut().detail = true;
    let screen = drawn(&pane, false);
    let why = screen
        .lines()
        .find(|line| line.contains("why"))
        .unwrap_or_else(|| panic!("no why line:\n{screen}"));
    assert!(why.contains("esperando"), "{why}");
    assert!(why.contains("service failure"), "{why}");
    assert!(
        !why.contains("when it came in"),
        "the guess is unchanged: {why}"
    );
}

#[test]
fn a_mentions_detail_says_when_what_was_taught_since_changes_the_guess() {
    let mut pane = MentionsPane::default();
    pane.set_height(20);
    let mut quiet = mention(1, 2, Sentiment::Neutral, "twitter", "@ana");
    quiet.text = "El patinete otra tarde".into();
    pane.triage_mut().receive(1, 0, vec![quiet]);
    pane.triage_mut().detail = true;
    let lexicon = crate::analytics::sentiment::Lexicon::builtin();
    let examples = [
        crate::analytics::sentiment::Example {
            text: "patinete roto".into(),
            label: Sentiment::Negative,
        },
        crate::analytics::sentiment::Example {
            text: "el patinete tarde".into(),
            label: Sentiment::Negative,
        },
    ];
    let taught = crate::analytics::sentiment::Adjustments::new(&[], &examples, &[], lexicon);
    let screen =
        crate::ui::testing::screen(160, 24, Clock::fixed(now()), false, |ctx, area, buf| {
            let ctx = crate::ui::ViewContext {
                sentiment: &taught,
                ..ctx
            };
            MentionsPaneView::new(&pane, ctx).render(area, buf)
        });
    let why = screen
        .lines()
        .find(|line| line.contains("why"))
        .unwrap_or_else(|| panic!("no why line:\n{screen}"));
    assert!(
        why.contains("learned: you marked 2 texts with it negative"),
        "{why}"
    );
    assert!(
        why.contains("guessed neutral when it came in, negative"),
        "{why}"
    );
}

/// The pane drawn in Spanish on a 100×24 screen, one line per row, trailing spaces trimmed.
fn drawn_in_spanish(pane: &MentionsPane, strategy: bool) -> String {
    crate::ui::testing::screen_in(
        crate::i18n::Lang::Es,
        100,
        24,
        Clock::fixed(now()),
        strategy,
        |ctx, area, buf| MentionsPaneView::new(pane, ctx).render(area, buf),
    )
}

/// The context of a Spanish run.
fn spanish_context() -> Context {
    Context {
        lang: crate::i18n::Lang::Es,
        ..context()
    }
}

/// Asserts that drawing asked for no message the mentions catalogues lack.
fn assert_no_mentions_message_missing() {
    let missing: Vec<String> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|m| m.contains("mentions-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn in_spanish_the_execution_face_lists_the_new_mentions_under_spanish_heads() {
    insta::assert_snapshot!(drawn_in_spanish(&pane_with_mentions(), false));
    assert_no_mentions_message_missing();
}

#[test]
fn in_spanish_the_strategy_face_reads_share_of_voice_rules_thresholds_and_protocol() {
    let mut pane = MentionsPane::default();
    pane.strategy_mut().show(strategy());
    let screen = crate::ui::testing::screen_in(
        crate::i18n::Lang::Es,
        160,
        60,
        Clock::fixed(now()),
        true,
        |ctx, area, buf| MentionsPaneView::new(&pane, ctx).render(area, buf),
    );
    insta::assert_snapshot!(screen);
    assert_no_mentions_message_missing();
}

#[test]
fn in_spanish_the_strategy_face_says_what_the_sentiment_guess_learned() {
    let mut pane = MentionsPane::default();
    pane.strategy_mut().show(strategy());
    let lexicon = crate::analytics::sentiment::Lexicon::builtin();
    let examples = [
        crate::analytics::sentiment::Example {
            text: "patinete roto".into(),
            label: Sentiment::Negative,
        },
        crate::analytics::sentiment::Example {
            text: "el patinete tarde".into(),
            label: Sentiment::Negative,
        },
    ];
    let taught = crate::analytics::sentiment::Adjustments::new(&[], &examples, &[], lexicon);
    let screen = crate::ui::testing::screen_in(
        crate::i18n::Lang::Es,
        160,
        40,
        Clock::fixed(now()),
        true,
        |ctx, area, buf| {
            let ctx = crate::ui::ViewContext {
                sentiment: &taught,
                ..ctx
            };
            MentionsPaneView::new(&pane, ctx).render(area, buf)
        },
    );
    let lessons: Vec<&str> = screen
        .lines()
        .skip_while(|line| !line.contains("Lo que la estimación de sentimiento aprendió"))
        .take(3)
        .collect();
    insta::assert_snapshot!(lessons.join("\n"));
    assert_no_mentions_message_missing();
}

#[test]
fn in_spanish_a_mentions_detail_gives_its_sentiment_evidence_in_spanish() {
    let mut pane = MentionsPane::default();
    pane.set_height(20);
    let mut complaint = mention(1, 2, Sentiment::Negative, "twitter", "@grumpy");
    complaint.text = "Llevo tres días esperando y nadie me responde".into();
    pane.triage_mut().receive(1, 0, vec![complaint]);
    pane.triage_mut().detail = true;
    let screen = drawn_in_spanish(&pane, false);
    insta::assert_snapshot!(screen);
    let why = screen
        .lines()
        .find(|line| line.contains("por qué"))
        .unwrap_or_else(|| panic!("no why line:\n{screen}"));
    assert!(why.contains("fallo de servicio"), "{why}");
    assert_no_mentions_message_missing();
}

#[test]
fn in_spanish_a_mentions_detail_says_when_what_was_taught_since_changes_the_guess() {
    let mut pane = MentionsPane::default();
    pane.set_height(20);
    let mut quiet = mention(1, 2, Sentiment::Neutral, "twitter", "@ana");
    quiet.text = "El patinete otra tarde".into();
    pane.triage_mut().receive(1, 0, vec![quiet]);
    pane.triage_mut().detail = true;
    let lexicon = crate::analytics::sentiment::Lexicon::builtin();
    let examples = [
        crate::analytics::sentiment::Example {
            text: "patinete roto".into(),
            label: Sentiment::Negative,
        },
        crate::analytics::sentiment::Example {
            text: "el patinete tarde".into(),
            label: Sentiment::Negative,
        },
    ];
    let taught = crate::analytics::sentiment::Adjustments::new(&[], &examples, &[], lexicon);
    let screen = crate::ui::testing::screen_in(
        crate::i18n::Lang::Es,
        200,
        24,
        Clock::fixed(now()),
        false,
        |ctx, area, buf| {
            let ctx = crate::ui::ViewContext {
                sentiment: &taught,
                ..ctx
            };
            MentionsPaneView::new(&pane, ctx).render(area, buf)
        },
    );
    let why = screen
        .lines()
        .find(|line| line.contains("por qué"))
        .unwrap_or_else(|| panic!("no why line:\n{screen}"));
    insta::assert_snapshot!(why.trim());
    assert!(
        why.contains("marcaste 2 textos que la contienen como negativos"),
        "{why}"
    );
    assert!(
        why.contains("al llegar se estimó neutro, ahora negativo"),
        "{why}"
    );
    assert_no_mentions_message_missing();
}

#[test]
fn in_spanish_the_rule_form_opens_with_spanish_labels_and_sensitivity() {
    let mut pane = MentionsPane::default();
    pane.strategy_mut().show(strategy());
    let rule = RuleInput {
        name: "Competidor: Brio".into(),
        kind: RuleKind::Competitor,
        competitor: "Brio".into(),
        terms: "brio".into(),
        exclusions: String::new(),
        source: String::new(),
        language: "es".into(),
        sensitivity: "strict".into(),
        min_count: 8,
        cooldown_hours: 24,
    };
    pane.receive(
        MentionsData::RuleToEdit {
            id: Some(11),
            rule: Some(rule),
        },
        &spanish_context(),
    );
    insta::assert_snapshot!(drawn_in_spanish(&pane, true));
    assert_no_mentions_message_missing();
}

#[test]
fn in_spanish_the_new_mention_form_refuses_a_bad_time_and_reach_in_spanish() {
    let mut pane = MentionsPane::default();
    let ctx = spanish_context();
    pane.handle(crate::command::Command::New, ctx.lang);
    let type_into = |pane: &mut MentionsPane, text: &str| {
        for c in text.chars() {
            pane.form_key(
                crate::keymap::Input::new(
                    None,
                    crossterm::event::KeyEvent::new(
                        crossterm::event::KeyCode::Char(c),
                        crossterm::event::KeyModifiers::NONE,
                    ),
                ),
                &ctx,
            );
        }
    };
    let next = |pane: &mut MentionsPane| {
        pane.form_key(
            crate::keymap::Input::new(
                Some(crate::command::Command::NextField),
                crossterm::event::KeyEvent::new(
                    crossterm::event::KeyCode::Tab,
                    crossterm::event::KeyModifiers::NONE,
                ),
            ),
            &ctx,
        );
    };
    for _ in 0..4 {
        next(&mut pane);
    }
    type_into(&mut pane, "ayer");
    next(&mut pane);
    type_into(&mut pane, "x");
    pane.form_key(
        crate::keymap::Input::new(
            Some(crate::command::Command::Save),
            crossterm::event::KeyEvent::new(
                crossterm::event::KeyCode::Char('s'),
                crossterm::event::KeyModifiers::CONTROL,
            ),
        ),
        &ctx,
    );
    insta::assert_snapshot!(drawn_in_spanish(&pane, false));
    assert_no_mentions_message_missing();
}

#[test]
fn in_spanish_the_link_to_person_and_filter_forms_read_in_spanish() {
    let mut pane = pane_with_mentions();
    pane.receive(
        MentionsData::AuthorToLink {
            mention: 1,
            author: "@grumpy".into(),
            people: vec![(4, "Ana Grumpy".into())],
            suggested: None,
        },
        &spanish_context(),
    );
    let person = drawn_in_spanish(&pane, false);
    let mut pane = pane_with_mentions();
    pane.receive(
        MentionsData::RuleNames(vec![(10, "Brand".into())]),
        &spanish_context(),
    );
    let filter = drawn_in_spanish(&pane, false);
    insta::assert_snapshot!(format!("{person}\n\n{filter}"));
    assert_no_mentions_message_missing();
}
