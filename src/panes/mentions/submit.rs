//! What a saved mentions form becomes: its typed text checked and parsed into domain values —
//! a filter the pane applies itself, a request for the app, or the errors to show on the form.

use super::MentionsRequest;
use super::forms::{MentionForm, MentionFormPurpose, ROLES, SENSITIVITIES};
use crate::clock::{Clock, LocalZone};
use crate::domain::listening::RuleInput;
use crate::domain::mentions::{MentionByHand, MentionFilter};
use crate::domain::{Role, RuleKind, Sentiment};
use crate::i18n::{Arg, Lang};
use crate::panes::form::Form;

/// Why a form cannot be saved yet, by field.
pub(super) type Errors = Vec<(&'static str, String)>;

/// What saving a form amounts to.
pub(super) enum Submitted {
    /// Show only what this filter keeps, described by the label.
    Filter(MentionFilter, String),
    /// The app must carry this out.
    Request(MentionsRequest),
    /// What was typed is refused: why, by field.
    Refused(Errors),
}

/// The trimmed text of a field.
fn trimmed(form: &Form, key: &str) -> String {
    form.text(key).trim().to_string()
}

/// The index of a field's chosen option, when it has one.
fn pick(form: &Form, key: &str) -> Option<usize> {
    form.choice(key).and_then(|i| usize::try_from(i).ok())
}

impl MentionForm {
    /// Checks and parses what was typed; `clock` gives "now" and the zone typed times are in,
    /// `lang` the language of the refusals.
    pub(super) fn submit(&self, clock: &Clock, lang: Lang) -> Submitted {
        let form = &self.form;
        match self.purpose {
            MentionFormPurpose::Filter => {
                let (filter, label) = filter(form);
                Submitted::Filter(filter, label)
            }
            MentionFormPurpose::Rule(id) => match rule(form, lang) {
                Ok(rule) => Submitted::Request(MentionsRequest::SaveRule { id, rule }),
                Err(errors) => Submitted::Refused(errors),
            },
            MentionFormPurpose::NewMention => match mention_by_hand(form, clock, lang) {
                Ok(mention) => Submitted::Request(MentionsRequest::AddMention(mention)),
                Err(errors) => Submitted::Refused(errors),
            },
            MentionFormPurpose::Person(id) => {
                let person = form.choice("person");
                let name = trimmed(form, "name");
                if person.is_none() && name.is_empty() {
                    return Submitted::Refused(vec![(
                        "name",
                        lang.text("mentions-error-person-name"),
                    )]);
                }
                Submitted::Request(MentionsRequest::MentionPerson {
                    id,
                    person,
                    name,
                    role: pick(form, "role")
                        .and_then(|i| ROLES.get(i).copied())
                        .unwrap_or(Role::Other),
                })
            }
        }
    }
}

/// The filter chosen, and its description for the title.
fn filter(form: &Form) -> (MentionFilter, String) {
    let filter = MentionFilter {
        rule_id: form.choice("rule"),
        kind: pick(form, "kind").and_then(|i| RuleKind::ALL.get(i).copied()),
        sentiment: pick(form, "sentiment").and_then(|i| Sentiment::ALL.get(i).copied()),
    };
    let label = ["rule", "kind", "sentiment"]
        .iter()
        .filter(|k| form.choice(k).is_some())
        .map(|k| form.choice_label(k))
        .collect::<Vec<_>>()
        .join(" · ");
    (filter, label)
}

/// The listening rule typed: named, with a term, a competitor when it listens for one, and
/// whole numbers for its threshold.
fn rule(form: &Form, lang: Lang) -> Result<RuleInput, Errors> {
    let mut errors = Vec::new();
    let mut number =
        |key: &'static str| match crate::domain::typed_number::whole(&trimmed(form, key))
            .map(u32::try_from)
        {
            Ok(Ok(n)) => n,
            _ => {
                errors.push((key, lang.text("mentions-error-whole-number")));
                0
            }
        };
    let min_count = number("min_count");
    let cooldown_hours = number("cooldown");
    let rule = RuleInput {
        name: trimmed(form, "name"),
        kind: pick(form, "kind")
            .and_then(|i| RuleKind::ALL.get(i).copied())
            .unwrap_or(RuleKind::Brand),
        competitor: trimmed(form, "competitor"),
        terms: trimmed(form, "terms"),
        exclusions: trimmed(form, "exclusions"),
        source: trimmed(form, "source"),
        language: trimmed(form, "language"),
        sensitivity: pick(form, "sensitivity")
            .and_then(|i| SENSITIVITIES.get(i))
            .unwrap_or(&"balanced")
            .to_string(),
        min_count,
        cooldown_hours,
    };
    if rule.name.is_empty() {
        errors.push(("name", lang.text("mentions-error-rule-name")));
    }
    if rule.terms.split(',').all(|t| t.trim().is_empty()) {
        errors.push(("terms", lang.text("mentions-error-rule-terms")));
    }
    if rule.kind == RuleKind::Competitor && rule.competitor.is_empty() {
        errors.push(("competitor", lang.text("mentions-error-rule-competitor")));
    }
    if errors.is_empty() {
        Ok(rule)
    } else {
        Err(errors)
    }
}

/// The mention typed by hand: something said, a web address if any, a time in the clock's zone
/// (empty: now) and a whole reach.
fn mention_by_hand(form: &Form, clock: &Clock, lang: Lang) -> Result<MentionByHand, Errors> {
    let mut errors = Vec::new();
    let text = trimmed(form, "text");
    if text.is_empty() {
        errors.push(("text", lang.text("mentions-error-text")));
    }
    let url = trimmed(form, "url");
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        errors.push(("url", lang.text("mentions-error-url")));
    }
    let published = match trimmed(form, "published").as_str() {
        "" => Some(clock.now),
        typed => match chrono::NaiveDateTime::parse_from_str(typed, "%Y-%m-%d %H:%M") {
            Ok(local) => Some(clock.to_utc(local)),
            Err(_) => {
                errors.push((
                    "published",
                    lang.text_with("mentions-error-published", &[("typed", Arg::Text(typed))]),
                ));
                None
            }
        },
    };
    let typed_reach = trimmed(form, "reach");
    let reach = crate::domain::typed_number::whole(&typed_reach).unwrap_or_else(|_| {
        let typed = crate::text::sanitize_line(&typed_reach);
        errors.push((
            "reach",
            lang.text_with("mentions-error-reach", &[("typed", Arg::Text(&typed))]),
        ));
        0
    });
    match published {
        Some(published_at) if errors.is_empty() => Ok(MentionByHand {
            source: trimmed(form, "source"),
            url: (!url.is_empty()).then_some(url),
            author: trimmed(form, "author"),
            text,
            published_at,
            reach,
        }),
        _ => Err(errors),
    }
}
