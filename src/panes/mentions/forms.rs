//! The Mentions pane's forms, built from the data the app hands back: the filter, the
//! link-to-person form, a listening rule and a mention typed by hand.

use crate::domain::listening::RuleInput;
use crate::domain::mentions::MentionFilter;
use crate::domain::{Role, RuleKind, Sentiment};
use crate::i18n::Lang;
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

/// Each value's word in `lang`, as a choice's options, numbered by position.
fn options<T: Copy>(all: &[T], word: impl Fn(T) -> String) -> Vec<(Option<i64>, String)> {
    all.iter()
        .enumerate()
        .map(|(i, v)| (Some(i as i64), word(*v)))
        .collect()
}

/// A stored alert sensitivity (`sensitive`, `balanced`, `strict`) in `lang`.
pub(super) fn sensitivity_word(lang: Lang, sensitivity: &str) -> String {
    match sensitivity {
        "sensitive" => lang.text("mentions-sensitivity-sensitive"),
        "balanced" => lang.text("mentions-sensitivity-balanced"),
        "strict" => lang.text("mentions-sensitivity-strict"),
        other => other.to_string(),
    }
}

impl MentionForm {
    /// Show only a rule, a kind of rule or a sentiment.
    pub(super) fn filter(
        rules: &[(i64, String)],
        current: &MentionFilter,
        lang: Lang,
    ) -> MentionForm {
        let any = lang.text("mentions-filter-any");
        let mut rule_options = vec![(None, any.clone())];
        rule_options.extend(rules.iter().map(|(id, name)| (Some(*id), name.clone())));
        let mut kinds = vec![(None, any.clone())];
        kinds.extend(options(RuleKind::ALL, |k| k.word(lang)));
        let mut sentiments = vec![(None, any)];
        sentiments.extend(options(Sentiment::ALL, |s| s.word(lang)));
        let kind = current
            .kind
            .and_then(|k| RuleKind::ALL.iter().position(|x| *x == k))
            .map(|i| i as i64);
        let sentiment = current
            .sentiment
            .and_then(|s| Sentiment::ALL.iter().position(|x| *x == s))
            .map(|i| i as i64);
        let fields = vec![
            FormField::choice(
                "rule",
                lang.text("mentions-filter-rule"),
                rule_options,
                current.rule_id,
            ),
            FormField::choice("kind", lang.text("mentions-filter-kind"), kinds, kind),
            FormField::choice(
                "sentiment",
                lang.text("mentions-filter-sentiment"),
                sentiments,
                sentiment,
            ),
        ];
        MentionForm {
            purpose: MentionFormPurpose::Filter,
            form: Form::new(lang.text("mentions-filter-title"), fields),
        }
    }

    /// Link the author to someone known, or add them as a prescriptor candidate or to the watchlist.
    pub(super) fn person(
        id: i64,
        people: &[(i64, String)],
        suggested: Option<i64>,
        author: &str,
        lang: Lang,
    ) -> MentionForm {
        let mut choices = vec![(None, lang.text("mentions-person-new"))];
        choices.extend(people.iter().map(|(id, name)| (Some(*id), name.clone())));
        let fields = vec![
            FormField::choice(
                "person",
                lang.text("mentions-person-person"),
                choices,
                suggested,
            ),
            FormField::text(
                "name",
                lang.text("mentions-person-name"),
                author.trim_start_matches('@'),
            ),
            FormField::choice(
                "role",
                lang.text("mentions-person-role"),
                options(&ROLES, |r| role_label(r, lang)),
                Some(0),
            ),
        ];
        MentionForm {
            purpose: MentionFormPurpose::Person(id),
            form: Form::new(lang.text("mentions-person-title"), fields),
        }
    }

    /// A listening rule and its crisis threshold, new or as stored.
    pub(super) fn rule(id: Option<i64>, existing: Option<&RuleInput>, lang: Lang) -> MentionForm {
        let kind = existing
            .and_then(|r| RuleKind::ALL.iter().position(|k| *k == r.kind))
            .unwrap_or(0) as i64;
        let sensitivity = existing
            .and_then(|r| SENSITIVITIES.iter().position(|s| *s == r.sensitivity))
            .unwrap_or(1) as i64;
        let text = |f: fn(&RuleInput) -> String| existing.map(f).unwrap_or_default();
        let fields = vec![
            FormField::text(
                "name",
                lang.text("mentions-rule-name"),
                text(|r| r.name.clone()),
            ),
            FormField::choice(
                "kind",
                lang.text("mentions-rule-kind"),
                options(RuleKind::ALL, |k| k.word(lang)),
                Some(kind),
            ),
            FormField::text(
                "competitor",
                lang.text("mentions-rule-competitor"),
                text(|r| r.competitor.clone()),
            ),
            FormField::text(
                "terms",
                lang.text("mentions-rule-terms"),
                text(|r| r.terms.clone()),
            ),
            FormField::text(
                "exclusions",
                lang.text("mentions-rule-exclusions"),
                text(|r| r.exclusions.clone()),
            ),
            FormField::text(
                "source",
                lang.text("mentions-rule-source"),
                text(|r| r.source.clone()),
            ),
            FormField::text(
                "language",
                lang.text("mentions-rule-language"),
                text(|r| r.language.clone()),
            ),
            FormField::choice(
                "sensitivity",
                lang.text("mentions-rule-sensitivity"),
                options(&SENSITIVITIES, |s| sensitivity_word(lang, s)),
                Some(sensitivity),
            ),
            FormField::text(
                "min_count",
                lang.text("mentions-rule-min-count"),
                existing.map_or("5".to_string(), |r| r.min_count.to_string()),
            ),
            FormField::text(
                "cooldown",
                lang.text("mentions-rule-cooldown"),
                existing.map_or("12".to_string(), |r| r.cooldown_hours.to_string()),
            ),
        ];
        let title = if id.is_some() {
            lang.text("mentions-rule-edit-title")
        } else {
            lang.text("mentions-rule-new-title")
        };
        MentionForm {
            purpose: MentionFormPurpose::Rule(id),
            form: Form::new(title, fields),
        }
    }

    /// A mention typed by hand (a press clipping, a post seen elsewhere).
    pub(super) fn new_mention(lang: Lang) -> MentionForm {
        let fields = vec![
            FormField::text("source", lang.text("mentions-new-source"), "news"),
            FormField::text("url", lang.text("mentions-new-url"), ""),
            FormField::text("author", lang.text("mentions-new-author"), ""),
            FormField::editor("text", lang.text("mentions-new-text"), ""),
            FormField::text("published", lang.text("mentions-new-published"), ""),
            FormField::text("reach", lang.text("mentions-new-reach"), "0"),
        ];
        MentionForm {
            purpose: MentionFormPurpose::NewMention,
            form: Form::new(lang.text("mentions-new-title"), fields),
        }
    }
}

/// What giving the author a role means, in `lang`.
fn role_label(role: Role, lang: Lang) -> String {
    match role {
        Role::Advocate => lang.text("mentions-person-as-advocate"),
        Role::Detractor => lang.text("mentions-person-as-detractor"),
        Role::Troll => lang.text("mentions-person-as-troll"),
        other => other.word(lang),
    }
}
