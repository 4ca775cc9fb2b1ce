//! The Prescriptors pane's forms — the filter, a follow-up, an interaction, a merge, a person to
//! add or edit — and how a saved form becomes a filter, a request carrying domain values, or
//! errors on its fields.

use super::PeopleRequest;
use super::person_form;
use crate::clock::LocalZone;
use crate::domain::Role;
use crate::domain::people::{PeopleFilter, PeopleSort};
use crate::domain::person::PersonDraft;
use crate::domain::post::parse_date_in;
use crate::i18n::Lang;
use crate::panes::Context;
use crate::panes::form::{Form, FormField};
use chrono::NaiveDate;

/// The kinds of interaction a person's log offers.
pub const INTERACTIONS: [&str; 8] = [
    "dm",
    "call",
    "email",
    "meeting",
    "gift",
    "collaboration",
    "share",
    "other",
];

/// What a people form is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleFormPurpose {
    /// The filter and order.
    Filter,
    /// The next follow-up of this person.
    FollowUp(i64),
    /// An interaction with this person.
    Interaction(i64),
    /// Merging another record into this person.
    Merge(i64),
    /// A person to add (`None`) or edit.
    Person(Option<i64>),
}

/// An open people form.
#[derive(Debug, Clone)]
pub struct PeopleForm {
    /// What it is for.
    pub purpose: PeopleFormPurpose,
    /// Its fields.
    pub form: Form,
    /// The tiers a person form offers, in the order of its choice (empty for the other forms).
    pub tiers: Vec<String>,
}

/// What a saved people form comes to.
#[derive(Debug, Clone, PartialEq)]
pub enum Submitted {
    /// The filter and order chosen; the pane applies them itself.
    Filter(PeopleFilter),
    /// A change only the app can make.
    Request(PeopleRequest),
    /// What is wrong with the typed values, by field.
    Refused(Vec<(&'static str, String)>),
}

fn indexed(labels: impl IntoIterator<Item = String>) -> Vec<(Option<i64>, String)> {
    labels
        .into_iter()
        .enumerate()
        .map(|(i, l)| (Some(i as i64), l))
        .collect()
}

/// A typed date that may be left empty; a mistake is noted under `key`, in `lang`.
fn optional_date(
    lang: Lang,
    text: &str,
    key: &'static str,
    errors: &mut Vec<(&'static str, String)>,
) -> Option<NaiveDate> {
    match text.trim() {
        "" => None,
        text => parse_date_in(lang, text)
            .map_err(|m| errors.push((key, m)))
            .ok(),
    }
}

impl PeopleForm {
    /// Show only a role, tier or tag, or the follow-ups due; the order.
    pub fn filter(tiers: &[String], current: &PeopleFilter, lang: Lang) -> PeopleForm {
        let mut roles = vec![(None, lang.text("people-any"))];
        roles.extend(indexed(Role::ALL.iter().map(|r| r.word(lang))));
        let mut tier_options = vec![(None, lang.text("people-any"))];
        tier_options.extend(indexed(tiers.iter().cloned()));
        let role = current
            .role
            .and_then(|r| Role::ALL.iter().position(|x| *x == r))
            .map(|i| i as i64);
        let tier = current
            .tier
            .as_ref()
            .and_then(|t| tiers.iter().position(|x| x == t))
            .map(|i| i as i64);
        let sort = PeopleSort::ALL
            .iter()
            .position(|s| *s == current.sort)
            .map(|i| i as i64);
        let fields = vec![
            FormField::choice("role", lang.text("people-filter-role"), roles, role),
            FormField::choice("tier", lang.text("people-filter-tier"), tier_options, tier),
            FormField::text(
                "tag",
                lang.text("people-filter-tag"),
                current.tag.clone().unwrap_or_default(),
            ),
            FormField::toggle("due", lang.text("people-filter-due"), current.due_only),
            FormField::choice(
                "sort",
                lang.text("people-filter-sort"),
                indexed(PeopleSort::ALL.iter().map(|s| s.label_in(lang))),
                sort,
            ),
        ];
        PeopleForm {
            purpose: PeopleFormPurpose::Filter,
            form: Form::new(lang.text("people-filter-title"), fields),
            tiers: Vec::new(),
        }
    }

    /// The next follow-up date (empty: none).
    pub fn follow_up(id: i64, current: Option<NaiveDate>, lang: Lang) -> PeopleForm {
        let fields = vec![FormField::text(
            "date",
            lang.text("people-follow-up-date"),
            current.map(|d| d.to_string()).unwrap_or_default(),
        )];
        PeopleForm {
            purpose: PeopleFormPurpose::FollowUp(id),
            form: Form::new(lang.text("people-follow-up-title"), fields),
            tiers: Vec::new(),
        }
    }

    /// An interaction: kind, date, note, and the next follow-up.
    pub fn interaction(id: i64, today: NaiveDate, lang: Lang) -> PeopleForm {
        let fields = vec![
            FormField::choice(
                "kind",
                lang.text("people-interaction-kind"),
                indexed(
                    INTERACTIONS
                        .iter()
                        .map(|k| super::view::interaction_word(lang, k)),
                ),
                Some(0),
            ),
            FormField::text(
                "date",
                lang.text("people-interaction-date"),
                today.to_string(),
            ),
            FormField::editor("note", lang.text("people-interaction-note"), ""),
            FormField::text("next", lang.text("people-interaction-next"), ""),
        ];
        PeopleForm {
            purpose: PeopleFormPurpose::Interaction(id),
            form: Form::new(lang.text("people-interaction-title"), fields),
            tiers: Vec::new(),
        }
    }

    /// Which record to merge into this person, in the order given (records sharing a handle
    /// come first).
    pub fn merge(id: i64, others: &[(i64, String)], lang: Lang) -> PeopleForm {
        let fields = vec![FormField::choice(
            "other",
            lang.text("people-merge-other"),
            others
                .iter()
                .map(|(id, n)| (Some(*id), n.clone()))
                .collect(),
            others.first().map(|o| o.0),
        )];
        PeopleForm {
            purpose: PeopleFormPurpose::Merge(id),
            form: Form::new(lang.text("people-merge-title"), fields),
            tiers: Vec::new(),
        }
    }

    /// A person to add (`id` none, `draft` the default) or edit, offering the `known` tiers
    /// (and the person's own, if it is not one of them).
    pub fn person(
        id: Option<i64>,
        draft: &PersonDraft,
        known: &[String],
        lang: Lang,
    ) -> PeopleForm {
        let tiers = person_form::offered_tiers(known, draft);
        let title = if id.is_some() {
            lang.text("people-form-edit")
        } else {
            lang.text("people-form-new")
        };
        PeopleForm {
            purpose: PeopleFormPurpose::Person(id),
            form: person_form::build(&title, draft, &tiers, lang),
            tiers,
        }
    }

    /// What the saved form comes to: typed dates are parsed here, and an interaction logged
    /// today is dated now (another day: at noon, local time).
    pub fn submit(&self, ctx: &Context) -> Submitted {
        let form = &self.form;
        let lang = ctx.lang;
        let pick = |key: &str| form.choice(key).and_then(|i| usize::try_from(i).ok());
        let mut errors = Vec::new();
        let request = match self.purpose {
            PeopleFormPurpose::Filter => {
                return Submitted::Filter(PeopleFilter {
                    role: pick("role").and_then(|i| Role::ALL.get(i).copied()),
                    tier: form.choice("tier").map(|_| form.choice_label("tier")),
                    tag: Some(form.text("tag").trim().to_string()).filter(|t| !t.is_empty()),
                    due_only: form.toggle("due"),
                    sort: pick("sort")
                        .and_then(|i| PeopleSort::ALL.get(i).copied())
                        .unwrap_or_default(),
                });
            }
            PeopleFormPurpose::FollowUp(id) => PeopleRequest::SetFollowUp {
                id,
                date: optional_date(lang, &form.text("date"), "date", &mut errors),
            },
            PeopleFormPurpose::Interaction(id) => {
                let day = parse_date_in(lang, &form.text("date"))
                    .map_err(|m| errors.push(("date", m)))
                    .ok();
                let next = optional_date(lang, &form.text("next"), "next", &mut errors);
                let Some(day) = day.filter(|_| errors.is_empty()) else {
                    return Submitted::Refused(errors);
                };
                let at = if day == ctx.clock.today() {
                    ctx.clock.now
                } else {
                    LocalZone::to_utc(&ctx.clock, day.and_hms_opt(12, 0, 0).unwrap_or_default())
                };
                PeopleRequest::LogInteraction {
                    id,
                    kind: pick("kind")
                        .and_then(|i| INTERACTIONS.get(i))
                        .unwrap_or(&"other")
                        .to_string(),
                    at,
                    note: form.text("note").trim().to_string(),
                    next,
                }
            }
            PeopleFormPurpose::Person(id) => match person_form::read(form, &self.tiers, lang) {
                Ok(person) => PeopleRequest::SavePerson { id, person },
                Err(errors) => return Submitted::Refused(errors),
            },
            PeopleFormPurpose::Merge(id) => match form.choice("other") {
                Some(removed) => PeopleRequest::MergePeople { kept: id, removed },
                None => {
                    return Submitted::Refused(vec![(
                        "other",
                        lang.text("people-error-merge-choose"),
                    )]);
                }
            },
        };
        if errors.is_empty() {
            Submitted::Request(request)
        } else {
            Submitted::Refused(errors)
        }
    }
}
