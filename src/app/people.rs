//! Carries out the Prescriptors' requests: reads what its forms and lists need and hands it to
//! the pane, and makes its changes — each one transaction with its undo. A person saved with a
//! handle or name someone else has is refused onto the form, naming them.

use super::{App, Undo, UndoAction};
use crate::db::DbError;
use crate::db::undo_rows::Table;
use crate::keymap::Input;
use crate::panes::people::PeopleData;
use crate::panes::{PeopleRequest, Request};
use crate::text::sanitize_line;

/// "1 handle", "2 handles".
fn counted(count: usize, noun: &str) -> String {
    match count {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

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
            self.message = Some(format!("Nothing was changed: {error}"));
        }
    }

    fn try_people(&mut self, request: PeopleRequest) -> Result<(), DbError> {
        let now = self.clock.now;
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
                let said = date.map_or("Follow-up cleared".to_string(), |d| {
                    format!("Next follow-up on {}", d.format("%a %d %b"))
                });
                self.people_changed(said, Undo::rows("follow-up", before, Vec::new()));
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
                    .map(|d| format!("; next follow-up on {}", d.format("%a %d %b")))
                    .unwrap_or_default();
                self.people_changed(
                    format!("Logged: {kind}{then}"),
                    Undo::rows(
                        "interaction",
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
                    format!("Merged “{name}” into this person; nothing was lost"),
                    Undo {
                        label: "merge".into(),
                        action: UndoAction::Merge(Box::new(snapshot)),
                    },
                );
            }
            PeopleRequest::OpenSuggestions => {
                let list = self.db.score_suggestions(now, &self.scores)?;
                if list.is_empty() {
                    self.message = Some(format!(
                        "No suggestions: nobody is above the thresholds (advocacy {} for candidates, risk {} for the watchlist; [scores] in the config).",
                        self.scores.candidate_threshold, self.scores.watchlist_threshold
                    ));
                } else {
                    self.people_receive(PeopleData::Suggestions(list));
                }
            }
            PeopleRequest::AcceptSuggestion { id, role } => {
                let before = self.db.row_images(&[(Table::People, id)])?;
                self.db.set_role(id, role)?;
                let place = if role.is_hostile() {
                    "on the watchlist"
                } else {
                    "a prescriptor"
                };
                self.people_changed(
                    format!("Now {place} ({role})"),
                    Undo::rows("accept suggestion", before, Vec::new()),
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
                            self.message = Some("That person is no longer stored.".into());
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
                    self.message = Some("That person is no longer stored.".into());
                    return Ok(());
                };
                let said = format!(
                    "Deleted “{}” with {} and {}; {} and {} kept, unlinked",
                    sanitize_line(&snap.draft.name),
                    counted(snap.handles.len(), "handle"),
                    counted(snap.interactions.len(), "interaction"),
                    counted(snap.messages.len(), "message"),
                    counted(snap.mentions.len(), "mention")
                );
                self.people_changed(
                    said,
                    Undo {
                        label: "delete person".into(),
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
                    self.message = Some("That person is no longer stored.".into());
                    return Ok(());
                }
            },
            None => None,
        };
        let saved = match self.db.save_person(id, person, self.clock.now)? {
            Ok(saved) => saved,
            Err(duplicate) => {
                self.people_receive(PeopleData::Refused(vec![(
                    duplicate.field(),
                    duplicate.to_string(),
                )]));
                return Ok(());
            }
        };
        let name = sanitize_line(&person.name);
        let (said, label) = if before.is_some() {
            (format!("Saved “{name}”"), "edit person")
        } else {
            (format!("Added “{name}”"), "add person")
        };
        let remove = before.is_none().then_some(saved);
        self.people_changed(
            said,
            Undo {
                label: label.into(),
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
