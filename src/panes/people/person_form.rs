//! The form of one person, to add or edit, described once: each field's key, label, how its
//! first value is shown from the person and how the typed value is checked back into a
//! [`PersonDraft`]. Building the form and reading it back both walk [`FIELDS`].

use crate::domain::Role;
use crate::domain::person::{PersonDraft, parse_handles_in, parse_reach_in, tidy_tags};
use crate::domain::post::parse_date_in;
use crate::i18n::Lang;
use crate::panes::form::{Form, FormField};

/// The options of a choice, each an id (or none) and a label.
type Options = Vec<(Option<i64>, String)>;

/// What a field holds, with its showing and its reading back.
enum Kind {
    /// One line of text, checked when read; the error is shown on the field.
    Text {
        /// The first value, from the person.
        show: fn(&PersonDraft) -> String,
        /// Checks the typed text into the person; the error in the language given.
        read: fn(&mut PersonDraft, &str, Lang) -> Result<(), String>,
    },
    /// Multi-line text, stored as typed (trailing blanks dropped).
    Editor {
        /// The first value, from the person.
        show: fn(&PersonDraft) -> &str,
        /// Stores the text into the person.
        read: fn(&mut PersonDraft, String),
    },
    /// One of a list of options; `tiers` are the tiers offered.
    Choice {
        /// The options, in the language given.
        options: fn(&[String], Lang) -> Options,
        /// The option chosen first, from the person.
        show: fn(&PersonDraft, &[String]) -> Option<i64>,
        /// Stores the chosen option into the person.
        pick: fn(&mut PersonDraft, Option<i64>, &[String]),
    },
}

/// One field of the person form.
struct Field {
    /// The key its value is read by and its mistakes are placed by.
    key: &'static str,
    /// What the user reads, in the language given.
    label: fn(Lang) -> String,
    /// What it holds and how.
    kind: Kind,
}

fn index(i: Option<i64>) -> Option<usize> {
    i.and_then(|i| usize::try_from(i).ok())
}

/// The person form's fields, in the order shown.
const FIELDS: &[Field] = &[
    Field {
        key: "name",
        label: |lang| lang.text("people-form-name"),
        kind: Kind::Text {
            show: |d| d.name.clone(),
            read: |d, typed, lang| match typed.trim() {
                "" => Err(lang.text("people-error-name")),
                name => {
                    d.name = name.to_string();
                    Ok(())
                }
            },
        },
    },
    Field {
        key: "role",
        label: |lang| lang.text("people-form-role"),
        kind: Kind::Choice {
            options: |_, lang| {
                Role::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (Some(i as i64), r.word(lang)))
                    .collect()
            },
            show: |d, _| {
                Role::ALL
                    .iter()
                    .position(|r| *r == d.role)
                    .map(|i| i as i64)
            },
            pick: |d, i, _| {
                d.role = index(i)
                    .and_then(|i| Role::ALL.get(i).copied())
                    .unwrap_or(Role::Other);
            },
        },
    },
    Field {
        key: "tier",
        label: |lang| lang.text("people-form-tier"),
        kind: Kind::Choice {
            options: |tiers, lang| {
                std::iter::once((None, lang.text("people-form-no-tier")))
                    .chain(
                        tiers
                            .iter()
                            .enumerate()
                            .map(|(i, t)| (Some(i as i64), t.clone())),
                    )
                    .collect()
            },
            show: |d, tiers| tiers.iter().position(|t| *t == d.tier).map(|i| i as i64),
            pick: |d, i, tiers| {
                d.tier = index(i)
                    .and_then(|i| tiers.get(i).cloned())
                    .unwrap_or_default();
            },
        },
    },
    Field {
        key: "handles",
        label: |lang| lang.text("people-form-handles"),
        kind: Kind::Text {
            show: PersonDraft::handles_text,
            read: |d, typed, lang| {
                d.handles = parse_handles_in(lang, typed)?;
                Ok(())
            },
        },
    },
    Field {
        key: "reach",
        label: |lang| lang.text("people-form-reach"),
        kind: Kind::Text {
            show: |d| match d.reach {
                0 => String::new(),
                reach => reach.to_string(),
            },
            read: |d, typed, lang| {
                d.reach = parse_reach_in(lang, typed)?;
                Ok(())
            },
        },
    },
    Field {
        key: "tags",
        label: |lang| lang.text("people-form-tags"),
        kind: Kind::Text {
            show: |d| d.tags.clone(),
            read: |d, typed, _| {
                d.tags = tidy_tags(typed);
                Ok(())
            },
        },
    },
    Field {
        key: "follow_up",
        label: |lang| lang.text("people-form-follow-up"),
        kind: Kind::Text {
            show: |d| d.next_follow_up.map(|d| d.to_string()).unwrap_or_default(),
            read: |d, typed, lang| {
                d.next_follow_up = match typed.trim() {
                    "" => None,
                    text => Some(parse_date_in(lang, text)?),
                };
                Ok(())
            },
        },
    },
    Field {
        key: "notes",
        label: |lang| lang.text("people-form-notes"),
        kind: Kind::Editor {
            show: |d| &d.notes,
            read: |d, text| d.notes = text,
        },
    },
];

/// The tiers a person's form offers: the known ones, and the person's own if it is not one.
pub fn offered_tiers(known: &[String], draft: &PersonDraft) -> Vec<String> {
    let mut tiers = known.to_vec();
    if !draft.tier.is_empty() && !tiers.contains(&draft.tier) {
        tiers.push(draft.tier.clone());
    }
    tiers
}

/// The form of `draft` (a new person: [`PersonDraft::default`]), offering `tiers`, in `lang`.
pub fn build(title: &str, draft: &PersonDraft, tiers: &[String], lang: Lang) -> Form {
    let fields = FIELDS
        .iter()
        .map(|field| {
            let label = (field.label)(lang);
            match &field.kind {
                Kind::Text { show, .. } => FormField::text(field.key, label, show(draft)),
                Kind::Editor { show, .. } => FormField::editor(field.key, label, show(draft)),
                Kind::Choice { options, show, .. } => {
                    FormField::choice(field.key, label, options(tiers, lang), show(draft, tiers))
                }
            }
        })
        .collect();
    Form::new(title, fields)
}

/// The person the form holds, every field checked; or what is wrong, by field, in `lang`.
pub fn read(
    form: &Form,
    tiers: &[String],
    lang: Lang,
) -> Result<PersonDraft, Vec<(&'static str, String)>> {
    let mut draft = PersonDraft::default();
    let mut errors = Vec::new();
    for field in FIELDS {
        match &field.kind {
            Kind::Text { read, .. } => {
                if let Err(error) = read(&mut draft, &form.text(field.key), lang) {
                    errors.push((field.key, error));
                }
            }
            Kind::Editor { read, .. } => read(&mut draft, form.text(field.key).trim_end().into()),
            Kind::Choice { pick, .. } => pick(&mut draft, form.choice(field.key), tiers),
        }
    }
    if errors.is_empty() {
        Ok(draft)
    } else {
        Err(errors)
    }
}
