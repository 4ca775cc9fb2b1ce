//! The Mentions pane's forms, built from the data the app hands back: the filter, the
//! link-to-person form, a listening rule and a mention typed by hand.

use crate::domain::listening::RuleInput;
use crate::domain::mentions::MentionFilter;
use crate::domain::{Role, RuleKind, Sentiment};
use crate::panes::form::{Form, FormField};

/// What a mentions form is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MentionFormPurpose {
    /// Choosing what the list shows.
    Filter,
    /// Linking this mention's author to a person.
    Person(i64),
    /// Adding or editing a listening rule.
    Rule(Option<i64>),
    /// A mention typed by hand.
    NewMention,
}

pub(super) const SENSITIVITIES: [&str; 3] = ["sensitive", "balanced", "strict"];

/// An open mentions form.
#[derive(Debug, Clone)]
pub(super) struct MentionForm {
    /// What it is for.
    pub(super) purpose: MentionFormPurpose,
    /// Its fields.
    pub(super) form: Form,
}

/// The roles a mention's author can be given: a prescriptor candidate, the watchlist, or others.
pub(super) const ROLES: [Role; 6] = [
    Role::Advocate,
    Role::Detractor,
    Role::Troll,
    Role::Influencer,
    Role::Journalist,
    Role::Customer,
];

fn options<T: std::fmt::Display>(all: &[T]) -> Vec<(Option<i64>, String)> {
    all.iter()
        .enumerate()
        .map(|(i, v)| (Some(i as i64), v.to_string()))
        .collect()
}

impl MentionForm {
    /// Show only a rule, a kind of rule or a sentiment.
    pub(super) fn filter(rules: &[(i64, String)], current: &MentionFilter) -> MentionForm {
        let mut rule_options = vec![(None, "any".to_string())];
        rule_options.extend(rules.iter().map(|(id, name)| (Some(*id), name.clone())));
        let mut kinds = vec![(None, "any".to_string())];
        kinds.extend(options(RuleKind::ALL));
        let mut sentiments = vec![(None, "any".to_string())];
        sentiments.extend(options(Sentiment::ALL));
        let kind = current
            .kind
            .and_then(|k| RuleKind::ALL.iter().position(|x| *x == k))
            .map(|i| i as i64);
        let sentiment = current
            .sentiment
            .and_then(|s| Sentiment::ALL.iter().position(|x| *x == s))
            .map(|i| i as i64);
        let fields = vec![
            FormField::choice("rule", "Rule", rule_options, current.rule_id),
            FormField::choice("kind", "Brand / competitor / sector", kinds, kind),
            FormField::choice("sentiment", "Sentiment", sentiments, sentiment),
        ];
        MentionForm {
            purpose: MentionFormPurpose::Filter,
            form: Form::new("Show only…", fields),
        }
    }

    /// Link the author to someone known, or add them as a prescriptor candidate or to the watchlist.
    pub(super) fn person(
        id: i64,
        people: &[(i64, String)],
        suggested: Option<i64>,
        author: &str,
    ) -> MentionForm {
        let mut choices = vec![(None, "— a new person —".to_string())];
        choices.extend(people.iter().map(|(id, name)| (Some(*id), name.clone())));
        let fields = vec![
            FormField::choice("person", "Person", choices, suggested),
            FormField::text("name", "New person's name", author.trim_start_matches('@')),
            FormField::choice(
                "role",
                "As",
                ROLES
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (Some(i as i64), role_label(*r)))
                    .collect(),
                Some(0),
            ),
        ];
        MentionForm {
            purpose: MentionFormPurpose::Person(id),
            form: Form::new("Link the author to a person", fields),
        }
    }

    /// A listening rule and its crisis threshold, new or as stored.
    pub(super) fn rule(id: Option<i64>, existing: Option<&RuleInput>) -> MentionForm {
        let kind = existing
            .and_then(|r| RuleKind::ALL.iter().position(|k| *k == r.kind))
            .unwrap_or(0) as i64;
        let sensitivity = existing
            .and_then(|r| SENSITIVITIES.iter().position(|s| *s == r.sensitivity))
            .unwrap_or(1) as i64;
        let text = |f: fn(&RuleInput) -> String| existing.map(f).unwrap_or_default();
        let fields = vec![
            FormField::text("name", "Name", text(|r| r.name.clone())),
            FormField::choice("kind", "Listens for", options(RuleKind::ALL), Some(kind)),
            FormField::text("competitor", "Competitor", text(|r| r.competitor.clone())),
            FormField::text("terms", "Terms (a, b, c)", text(|r| r.terms.clone())),
            FormField::text(
                "exclusions",
                "Not when (a, b)",
                text(|r| r.exclusions.clone()),
            ),
            FormField::text("source", "Only source", text(|r| r.source.clone())),
            FormField::text("language", "Only language", text(|r| r.language.clone())),
            FormField::choice(
                "sensitivity",
                "Alert sensitivity",
                SENSITIVITIES
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (Some(i as i64), s.to_string()))
                    .collect(),
                Some(sensitivity),
            ),
            FormField::text(
                "min_count",
                "Minimum in 24 h",
                existing.map_or("5".to_string(), |r| r.min_count.to_string()),
            ),
            FormField::text(
                "cooldown",
                "Cooldown (hours)",
                existing.map_or("12".to_string(), |r| r.cooldown_hours.to_string()),
            ),
        ];
        let title = if id.is_some() {
            "Edit listening rule"
        } else {
            "New listening rule"
        };
        MentionForm {
            purpose: MentionFormPurpose::Rule(id),
            form: Form::new(title, fields),
        }
    }

    /// A mention typed by hand (a press clipping, a post seen elsewhere).
    pub(super) fn new_mention() -> MentionForm {
        let fields = vec![
            FormField::text("source", "Source", "news"),
            FormField::text("url", "URL", ""),
            FormField::text("author", "Author", ""),
            FormField::editor("text", "What was said", ""),
            FormField::text("published", "When (empty = now)", ""),
            FormField::text("reach", "Reach", "0"),
        ];
        MentionForm {
            purpose: MentionFormPurpose::NewMention,
            form: Form::new("New mention", fields),
        }
    }
}

fn role_label(role: Role) -> String {
    match role {
        Role::Advocate => "prescriptor candidate (advocate)".into(),
        Role::Detractor => "watchlist (detractor)".into(),
        Role::Troll => "watchlist (troll)".into(),
        other => other.to_string(),
    }
}
