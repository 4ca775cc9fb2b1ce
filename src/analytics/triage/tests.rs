//! Unit tests of triage rules: words, phrases, accents, conditions and combinations.

use super::*;

fn words(name: &str, contains: &[&str], priority: Priority) -> TriageRule {
    TriageRule {
        name: name.to_string(),
        when: Conditions {
            contains: contains.iter().map(|word| word.to_string()).collect(),
            ..Conditions::default()
        },
        then: Actions {
            priority: Some(priority),
            ..Actions::default()
        },
    }
}

fn dm(text: &str) -> Arrival<'_> {
    Arrival {
        text,
        network: Network::Instagram,
        kind: MessageKind::Dm,
        role: None,
    }
}

fn priority_of(rules: &[TriageRule], arrival: &Arrival) -> Option<Priority> {
    triage(rules, arrival).and_then(|triage| triage.priority)
}

#[test]
fn a_single_word_matches_whole_words_only() {
    let rules = [words("bad", &["mal"], Priority::High)];
    assert_eq!(
        priority_of(&rules, &dm("Todo MAL, fatal")),
        Some(Priority::High)
    );
    assert_eq!(priority_of(&rules, &dm("¿mal?")), Some(Priority::High));
    assert_eq!(priority_of(&rules, &dm("flores de malva")), None);
    assert_eq!(priority_of(&rules, &dm("malestar")), None);
}

#[test]
fn a_phrase_matches_as_a_run_of_text_whatever_the_spacing() {
    let rules = [words("broken", &["no funciona"], Priority::Urgent)];
    assert_eq!(
        priority_of(&rules, &dm("La app NO\n  funciona desde ayer")),
        Some(Priority::Urgent)
    );
    assert_eq!(priority_of(&rules, &dm("funciona, no")), None);
    assert_eq!(priority_of(&rules, &dm("no, funciona")), None);
}

#[test]
fn case_and_accents_are_ignored_on_both_sides() {
    let rules = [words(
        "refunds",
        &["reembolso", "devolucion"],
        Priority::High,
    )];
    assert_eq!(
        priority_of(&rules, &dm("Quiero un Reembolso")),
        Some(Priority::High)
    );
    assert_eq!(
        priority_of(&rules, &dm("¿Y la devolución?")),
        Some(Priority::High)
    );
    let accented = [words("refunds", &["DEVOLUCIÓN"], Priority::High)];
    assert_eq!(
        priority_of(&accented, &dm("devolucion ya")),
        Some(Priority::High)
    );
}

#[test]
fn channel_kind_and_role_conditions_must_all_hold() {
    let rule = TriageRule {
        name: "angry reviews".into(),
        when: Conditions {
            channel: Some(Network::Instagram),
            kind: Some(MessageKind::Review),
            role: Some(Role::Detractor),
            ..Conditions::default()
        },
        then: Actions {
            status: Some(MessageStatus::Escalated),
            ..Actions::default()
        },
    };
    let rules = [rule];
    let review = Arrival {
        text: "meh",
        network: Network::Instagram,
        kind: MessageKind::Review,
        role: Some(Role::Detractor),
    };
    let status = |arrival: &Arrival| triage(&rules, arrival).and_then(|t| t.status);
    assert_eq!(status(&review), Some(MessageStatus::Escalated));
    assert_eq!(
        status(&Arrival {
            network: Network::X,
            ..review
        }),
        None
    );
    assert_eq!(
        status(&Arrival {
            kind: MessageKind::Dm,
            ..review
        }),
        None
    );
    assert_eq!(
        status(&Arrival {
            role: None,
            ..review
        }),
        None
    );
    assert_eq!(
        status(&Arrival {
            role: Some(Role::Advocate),
            ..review
        }),
        None
    );
}

#[test]
fn two_matching_rules_combine_and_the_later_one_wins_a_shared_field() {
    let mut refunds = words("refunds", &["reembolso"], Priority::High);
    refunds.then.saved_reply = Some("Reembolsos".into());
    let mut instagram = words("instagram", &[], Priority::Urgent);
    instagram.when.channel = Some(Network::Instagram);
    instagram.then.sentiment = Some(Sentiment::Negative);
    let rules = [refunds, words("never", &["zzz"], Priority::Low), instagram];
    let result = triage(&rules, &dm("reembolso por favor"));
    assert_eq!(
        result,
        Some(Triage {
            rule: "refunds, instagram".into(),
            priority: Some(Priority::Urgent),
            sentiment: Some(Sentiment::Negative),
            status: None,
            saved_reply: Some("Reembolsos".into()),
        })
    );
}

#[test]
fn no_matching_rule_means_no_triage() {
    assert_eq!(triage(&[], &dm("hola")), None);
    let rules = [words("refunds", &["reembolso"], Priority::High)];
    assert_eq!(triage(&rules, &dm("hola")), None);
}

#[test]
fn a_rule_without_condition_or_action_is_invalid_and_never_matches() {
    let empty = TriageRule {
        name: "empty".into(),
        when: Conditions::default(),
        then: Actions {
            priority: Some(Priority::Low),
            ..Actions::default()
        },
    };
    assert!(empty.validate().is_err_and(|e| e.contains("no condition")));
    assert_eq!(triage(std::slice::from_ref(&empty), &dm("x")), None);
    let mut idle = words("idle", &["x"], Priority::Low);
    idle.then.priority = None;
    assert!(idle.validate().is_err_and(|e| e.contains("no action")));
    assert!(words("blank", &[" "], Priority::Low).validate().is_err());
    assert!(words("ok", &["x"], Priority::Low).validate().is_ok());
}

#[test]
fn config_rules_apply_before_the_typed_ones_so_a_typed_rule_wins_the_same_field() {
    let config = TriageRule {
        name: "config".into(),
        when: Conditions {
            contains: vec!["pedido".into()],
            ..Conditions::default()
        },
        then: Actions {
            priority: Some(Priority::Low),
            ..Actions::default()
        },
    };
    let mut typed = config.clone();
    typed.name = "typed".into();
    typed.then.priority = Some(Priority::Urgent);
    let rules = in_force(
        std::slice::from_ref(&config),
        &[StoredRule { id: 3, rule: typed }],
    );
    let arrival = Arrival {
        text: "mi pedido",
        network: Network::X,
        kind: MessageKind::Dm,
        role: None,
    };
    let result = triage(&rules, &arrival).unwrap();
    assert_eq!(result.rule, "config, typed");
    assert_eq!(result.priority, Some(Priority::Urgent));
}
