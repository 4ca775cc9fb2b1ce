//! Snapshots of the Prescriptors pane drawn alone — no app, no database: a hand-written list,
//! profile and strategy fed through the pane's own API, on a fixed clock and the default keys.

#![allow(clippy::unwrap_used)]

use super::{PeopleData, PeoplePane, PeoplePaneView, ProfileScores};
use crate::analytics::scores::{Activity, Weights};
use crate::clock::Clock;
use crate::command::Command;
use crate::domain::Role;
use crate::domain::people::{Suggestion, SuggestionKind};
use crate::domain::rows::{InteractionRow, PersonProfile, PersonRow};
use crate::domain::strategy::{PeopleStrategy, PersonaLine, TierLine};
use crate::i18n::Lang;
use crate::panes::Context;
use chrono::{NaiveDate, TimeZone, Utc};
use ratatui::widgets::Widget;

fn clock() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap())
}

fn ctx() -> Context {
    Context {
        clock: clock(),
        page: 20,
        lang: crate::i18n::Lang::En,
    }
}

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 11, d)
}

fn person(id: i64, name: &str, role: Role, follow_up: Option<NaiveDate>) -> PersonRow {
    PersonRow {
        id,
        name: name.into(),
        role,
        tier: if role == Role::Advocate {
            "Embajador".to_string()
        } else {
            String::new()
        },
        tags: "valencia, café".into(),
        reach: 1_200 * id,
        next_follow_up: follow_up,
        handles: format!("instagram: @{}", name.to_lowercase().replace(' ', "")).into(),
    }
}

/// A pane with four people on its list.
fn pane() -> PeoplePane {
    let mut pane = PeoplePane::default();
    pane.set_height(crate::ui::list_height(24));
    pane.sync(&ctx());
    pane.list_mut().receive(
        4,
        0,
        vec![
            person(1, "Lucía Ferrer", Role::Advocate, day(20)),
            person(2, "Marc Soler", Role::Customer, day(23)),
            person(3, "Troll Anónimo", Role::Troll, None),
            person(4, "Nuria Vidal", Role::Influencer, day(30)),
        ],
    );
    pane
}

fn render(pane: &PeoplePane, strategy: bool) -> String {
    crate::ui::testing::screen(100, 24, clock(), strategy, |ctx, area, buf| {
        PeoplePaneView::new(pane, ctx).render(area, buf)
    })
}

#[test]
fn the_execution_face_lists_people_with_late_and_due_follow_ups_marked() {
    let text = render(&pane(), false);
    assert!(text.contains("Lucía Ferrer"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_strategy_face_shows_the_tiers_and_personas_with_head_counts() {
    let mut pane = pane();
    pane.receive(
        PeopleData::Strategy(PeopleStrategy {
            personas: vec![PersonaLine {
                name: "Amante del café de especialidad".into(),
                description: "30–45, trabaja en el centro".to_string(),
                goals: "descubrir orígenes nuevos".to_string(),
                pains: "café quemado en la oficina".to_string(),
                channels: "instagram, newsletter".to_string(),
                content: "catas y orígenes".to_string(),
                people: 12,
            }],
            tiers: vec![TierLine {
                name: "Embajador".into(),
                receives: "microlotes antes que nadie".to_string(),
                move_up: "tres recomendaciones al mes".to_string(),
                people: 4,
            }],
        }),
        &ctx(),
    );
    let text = render(&pane, true);
    assert!(text.contains("Embajador — 4 people"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_merge_form_offers_the_records_sharing_a_handle_first() {
    let mut pane = pane();
    assert_eq!(
        pane.handle(Command::Merge),
        crate::panes::Outcome::Request(super::PeopleRequest::OpenMerge(1))
    );
    pane.receive(
        PeopleData::MergeCandidates {
            id: 1,
            people: vec![
                (1, "Lucía Ferrer".to_string()),
                (5, "Lucia F.".to_string()),
                (2, "Marc Soler".to_string()),
            ],
            same_handle: vec![5],
        },
        &ctx(),
    );
    let text = render(&pane, false);
    assert!(text.contains("Lucia F. (same handle)"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn an_open_profile_shows_its_scores_and_its_log() {
    let mut pane = pane();
    pane.handle(Command::Open);
    let row = person(1, "Lucía Ferrer", Role::Advocate, day(20));
    let activity = Activity {
        positive_mentions: 4,
        shares: 2,
        reach: 2_400,
        ..Activity::default()
    };
    pane.receive(
        PeopleData::Profile {
            profile: Some(PersonProfile {
                person: row,
                notes: "Prefiere que le escribamos por la mañana.".to_string(),
                handles: vec![("instagram".to_string(), "@luciaferrer".to_string())],
                interactions: vec![InteractionRow {
                    at: Utc.with_ymd_and_hms(2026, 11, 18, 9, 30, 0).unwrap(),
                    kind: "call".to_string(),
                    sentiment: None,
                    note: "Le enviamos el microlote de Etiopía".to_string(),
                }],
                messages: 3,
                mentions: 5,
                positive: 4,
                negative: 0,
            }),
            scores: ProfileScores::new(activity, &Weights::default()),
        },
        &ctx(),
    );
    let text = render(&pane, false);
    assert!(text.contains("Advocacy score"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_suggestions_list_marks_candidates_and_the_watchlist() {
    let mut pane = pane();
    pane.receive(
        PeopleData::Suggestions(vec![
            Suggestion {
                person_id: 2,
                name: "Marc Soler".to_string(),
                kind: SuggestionKind::Candidate,
                score: 6.5,
                evidence: Activity {
                    positive_mentions: 4,
                    defences: 1,
                    reach: 2_400,
                    ..Activity::default()
                },
            },
            Suggestion {
                person_id: 3,
                name: "Troll Anónimo".to_string(),
                kind: SuggestionKind::Watchlist,
                score: 5.0,
                evidence: Activity {
                    negative_mentions: 3,
                    ..Activity::default()
                },
            },
        ]),
        &ctx(),
    );
    let text = render(&pane, false);
    assert!(text.contains("prescriptor candidate"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_suggestions_evidence_counts_what_the_person_did_with_plurals_reach_and_recency() {
    let did = Activity {
        positive_mentions: 4,
        positive_messages: 1,
        defences: 1,
        shares: 1,
        negative_mentions: 1,
        hostile_messages: 2,
        reach: 12_000,
        days_since_last: Some(1),
    };
    assert_eq!(
        super::view::evidence(Lang::En, SuggestionKind::Candidate, &did),
        "4 positive mentions, 1 positive message, 1 defence, 1 share, reach 12,000, last active 1 day ago"
    );
    let today = Activity {
        days_since_last: Some(0),
        reach: 99,
        ..did
    };
    assert_eq!(
        super::view::evidence(Lang::En, SuggestionKind::Watchlist, &today),
        "1 negative mention, 2 hostile messages, reach 99, active today"
    );
    let later = Activity {
        days_since_last: Some(8),
        ..did
    };
    assert_eq!(
        super::view::evidence(Lang::Es, SuggestionKind::Watchlist, &later),
        "1 mención negativa, 2 mensajes hostiles, alcance 12.000, última actividad hace 8 días"
    );
    assert_eq!(
        super::view::evidence(Lang::Es, SuggestionKind::Candidate, &today),
        "4 menciones positivas, 1 mensaje positivo, 1 defensa, compartido 1 vez, alcance 99, con actividad hoy"
    );
}
