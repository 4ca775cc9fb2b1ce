//! Carries out the Prescriptors' requests: reads what its forms and lists need and hands it to
//! the pane, and makes its changes — each one transaction with its undo. A person saved with a
//! handle or name someone else has is refused onto the form, naming them.

use super::{App, Undo, UndoAction};
use crate::db::DbError;
use crate::db::undo_rows::Table;
use crate::i18n::{self, Arg};
use crate::keymap::Input;
use crate::panes::people::PeopleData;
use crate::panes::{PeopleRequest, Request};
use crate::text::sanitize_line;

impl App {
    /// Gives the Prescriptors pane what was read for it.
    pub(super) fn people_receive(&mut self, data: PeopleData) {
        let ctx = self.context();
        self.panes.people.receive(data, &ctx);
    }

    /// Sends a key to the open people form, and carries out what it asks.
    pub(super) fn people_form_key(&mut self, input: Input) {
        let ctx = self.context();
        let outcome = self.panes.people.form_key(input, &ctx);
        self.after(outcome.map(Request::People));
    }

    fn people_changed(&mut self, message: String, undo: Undo) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.record(undo);
        self.people_receive(PeopleData::Saved);
        self.data_changed();
    }

    /// Carries out a request of the Prescriptors pane; a failure becomes a message.
    pub(super) fn perform_people(&mut self, request: PeopleRequest) {
        if let Err(error) = self.try_people(request) {
            let error = error.message(self.lang);
            self.message = Some(
                self.lang
                    .text_with("people-nothing-changed", &[("error", Arg::Text(&error))]),
            );
        }
    }

    fn try_people(&mut self, request: PeopleRequest) -> Result<(), DbError> {
        let now = self.clock.now;
        let lang = self.lang;
        match request {
            PeopleRequest::OpenPeopleFilter => {
                let tiers = self.db.tier_names()?;
                self.people_receive(PeopleData::Tiers(tiers));
            }
            PeopleRequest::RankPeople { filter } => {
                let kept = self.db.people_filtered_ids(self.clock.today(), &filter)?;
                let scores = self.db.all_scores(now, &self.scores.weights)?;
                self.people_receive(PeopleData::Scores { scores, kept });
            }
            PeopleRequest::SetFollowUp { id, date } => {
                let before = self.db.row_images(&[(Table::People, id)])?;
                if before.is_empty() {
                    return Ok(());
                }
                self.db.set_follow_up(id, date)?;
                let said = date.map_or_else(
                    || lang.text("people-follow-up-cleared"),
                    |d| {
                        let when = i18n::dated(lang, d, "%a %d %b");
                        lang.text_with("people-follow-up-set", &[("when", Arg::Text(&when))])
                    },
                );
                self.people_changed(
                    said,
                    Undo::rows(lang.text("people-undo-follow-up"), before, Vec::new()),
                );
            }
            PeopleRequest::LogInteraction {
                id,
                kind,
                at,
                note,
                next,
            } => {
                let before = self.db.row_images(&[(Table::People, id)])?;
                if before.is_empty() {
                    return Ok(());
                }
                let interaction = self.db.log_interaction(id, &kind, at, &note, next)?;
                let then = next
                    .map(|d| {
                        let when = i18n::dated(lang, d, "%a %d %b");
                        lang.text_with("people-logged-next", &[("when", Arg::Text(&when))])
                    })
                    .unwrap_or_default();
                let kind = crate::panes::people::interaction_word(lang, &kind);
                self.people_changed(
                    lang.text_with(
                        "people-logged",
                        &[("kind", Arg::Text(&kind)), ("then", Arg::Text(&then))],
                    ),
                    Undo::rows(
                        lang.text("people-undo-interaction"),
                        before,
                        vec![(Table::Interactions, interaction)],
                    ),
                );
                if self.panes.people.list().detail {
                    let profile = self.db.person_profile(id)?;
                    self.people_receive(PeopleData::ProfileAgain(profile));
                }
            }
            PeopleRequest::OpenMerge(id) => {
                let same_handle = self.db.same_handle_people(id)?;
                let people = self.db.people_names()?;
                self.people_receive(PeopleData::MergeCandidates {
                    id,
                    people,
                    same_handle,
                });
            }
            PeopleRequest::MergePeople { kept, removed } => {
                let snapshot = self.db.merge_people(kept, removed)?;
                let name = snapshot.removed.1.clone();
                self.people_changed(
                    lang.text_with("people-merged", &[("name", Arg::Text(&name))]),
                    Undo {
                        label: lang.text("people-undo-merge"),
                        action: UndoAction::Merge(Box::new(snapshot)),
                    },
                );
            }
            PeopleRequest::OpenSuggestions => {
                let list = self.db.score_suggestions(now, &self.scores)?;
                if list.is_empty() {
                    let advocacy = self.scores.candidate_threshold.to_string();
                    let risk = self.scores.watchlist_threshold.to_string();
                    self.message = Some(lang.text_with(
                        "people-no-suggestions",
                        &[
                            ("advocacy", Arg::Text(&advocacy)),
                            ("risk", Arg::Text(&risk)),
                        ],
                    ));
                } else {
                    self.people_receive(PeopleData::Suggestions(list));
                }
            }
            PeopleRequest::AcceptSuggestion { id, role } => {
                let before = self.db.row_images(&[(Table::People, id)])?;
                self.db.set_role(id, role)?;
                let role_is_hostile = role.is_hostile();
                let role = role.word(lang);
                let said = if role_is_hostile {
                    lang.text_with("people-now-watchlist", &[("role", Arg::Text(&role))])
                } else {
                    lang.text_with("people-now-prescriptor", &[("role", Arg::Text(&role))])
                };
                self.people_changed(
                    said,
                    Undo::rows(lang.text("people-undo-accept"), before, Vec::new()),
                );
                let list = self.db.score_suggestions(now, &self.scores)?;
                self.people_receive(PeopleData::Suggestions(list));
            }
            PeopleRequest::OpenPersonForm(id) => {
                let tiers = self.db.tier_names()?;
                let draft = match id {
                    Some(id) => match self.db.person_snapshot(id)? {
                        Some(snap) => snap.draft,
                        None => {
                            self.message = Some(self.lang.text("people-gone"));
                            return Ok(());
                        }
                    },
                    None => Default::default(),
                };
                self.people_receive(PeopleData::Person { id, draft, tiers });
            }
            PeopleRequest::SavePerson { id, person } => self.save_person(id, &person)?,
            PeopleRequest::DeletePerson(id) => {
                let Some(snap) = self.db.delete_person(id)? else {
                    self.message = Some(self.lang.text("people-gone"));
                    return Ok(());
                };
                let name = sanitize_line(&snap.draft.name);
                let n = |len: usize| i64::try_from(len).unwrap_or(i64::MAX);
                let said = lang.text_with(
                    "people-deleted",
                    &[
                        ("name", Arg::Text(&name)),
                        ("handles", Arg::Count(n(snap.handles.len()))),
                        (
                            "handles_shown",
                            Arg::Text(&i18n::count(lang, n(snap.handles.len()))),
                        ),
                        ("interactions", Arg::Count(n(snap.interactions.len()))),
                        (
                            "interactions_shown",
                            Arg::Text(&i18n::count(lang, n(snap.interactions.len()))),
                        ),
                        ("messages", Arg::Count(n(snap.messages.len()))),
                        (
                            "messages_shown",
                            Arg::Text(&i18n::count(lang, n(snap.messages.len()))),
                        ),
                        ("mentions", Arg::Count(n(snap.mentions.len()))),
                        (
                            "mentions_shown",
                            Arg::Text(&i18n::count(lang, n(snap.mentions.len()))),
                        ),
                    ],
                );
                self.people_changed(
                    said,
                    Undo {
                        label: lang.text("people-undo-delete"),
                        action: UndoAction::PersonRecord {
                            restore: Some(Box::new(snap)),
                            remove: None,
                        },
                    },
                );
                if self.panes.people.list().detail {
                    self.people_receive(PeopleData::ProfileAgain(None));
                }
            }
        }
        Ok(())
    }

    /// Stores the person the form checked (`id` none: a new one); a handle or name someone else
    /// has is refused onto the form. An edit keeps what the person was, for undo.
    fn save_person(
        &mut self,
        id: Option<i64>,
        person: &crate::domain::person::PersonDraft,
    ) -> Result<(), DbError> {
        let before = match id {
            Some(id) => match self.db.person_snapshot(id)? {
                Some(snap) => Some(Box::new(snap)),
                None => {
                    self.message = Some(self.lang.text("people-gone"));
                    return Ok(());
                }
            },
            None => None,
        };
        let saved = match self.db.save_person(id, person, self.clock.now)? {
            Ok(saved) => saved,
            Err(duplicate) => {
                let why = match &duplicate {
                    crate::domain::person::Duplicate::Handle { handle, owner } => {
                        self.lang.text_with(
                            "people-error-handle-taken",
                            &[("handle", Arg::Text(handle)), ("owner", Arg::Text(owner))],
                        )
                    }
                    crate::domain::person::Duplicate::Name { owner } => self
                        .lang
                        .text_with("people-error-name-taken", &[("owner", Arg::Text(owner))]),
                };
                self.people_receive(PeopleData::Refused(vec![(duplicate.field(), why)]));
                return Ok(());
            }
        };
        let name = sanitize_line(&person.name);
        let lang = self.lang;
        let (said, label) = if before.is_some() {
            (
                lang.text_with("people-saved", &[("name", Arg::Text(&name))]),
                lang.text("people-undo-edit"),
            )
        } else {
            (
                lang.text_with("people-added", &[("name", Arg::Text(&name))]),
                lang.text("people-undo-add"),
            )
        };
        let remove = before.is_none().then_some(saved);
        self.people_changed(
            said,
            Undo {
                label,
                action: UndoAction::PersonRecord {
                    restore: before,
                    remove,
                },
            },
        );
        if self.panes.people.list().detail {
            let profile = self.db.person_profile(saved)?;
            self.people_receive(PeopleData::ProfileAgain(profile));
        }
        Ok(())
    }
}
