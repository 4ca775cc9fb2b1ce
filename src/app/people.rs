//! Carries out the Prescriptors' requests: the filter, follow-ups, the interaction log and merges
//! — each one transaction with its undo, each mistake on its form.

use super::{App, Undo, UndoAction};
use crate::db::DbError;
use crate::domain::post::parse_date;
use crate::keymap::Input;
use crate::panes::PeopleRequest;
use crate::panes::people::PeopleForm;

impl App {
    /// Sends a key to the open people form.
    pub(super) fn people_form_key(&mut self, input: Input) {
        let Some(form) = self.panes.people.form.as_mut() else {
            return;
        };
        match form.handle_key(input) {
            None => {}
            Some(crate::panes::Outcome::Request(request)) => self.perform_people(request),
            Some(_) => self.panes.people.form = None,
        }
    }

    fn people_errors(&mut self, errors: &[(&'static str, String)]) {
        if let Some(form) = self.panes.people.form.as_mut() {
            form.form.set_errors(errors);
        }
    }

    fn people_changed(&mut self, message: String, label: &str, action: UndoAction) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.undo = Some(Undo {
            label: label.to_string(),
            action,
        });
        self.panes.people.form = None;
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
                self.panes.people.form =
                    Some(PeopleForm::filter(&tiers, &self.panes.people.filter));
            }
            PeopleRequest::FilterPeople { filter } => {
                let sort = filter.sort;
                self.panes.people.set_filter(filter);
                if sort.by_score() {
                    let today = self.clock.today();
                    let kept: std::collections::HashSet<i64> = self
                        .db
                        .people_filtered_ids(today, &self.panes.people.filter)?
                        .into_iter()
                        .collect();
                    let mut scored: Vec<(i64, f64)> = self
                        .db
                        .all_scores(now, &self.scores.weights)?
                        .into_iter()
                        .filter(|(id, _, _)| kept.contains(id))
                        .map(|(id, good, bad)| {
                            (
                                id,
                                if sort == crate::domain::people::PeopleSort::Risk {
                                    bad
                                } else {
                                    good
                                },
                            )
                        })
                        .collect();
                    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                    self.panes.people.people.ordered =
                        Some(scored.into_iter().map(|(id, _)| id).collect());
                }
            }
            PeopleRequest::SetFollowUp { id, date } => {
                let date = match date.trim() {
                    "" => None,
                    text => match parse_date(text) {
                        Ok(date) => Some(date),
                        Err(message) => {
                            self.people_errors(&[("date", message)]);
                            return Ok(());
                        }
                    },
                };
                let Some(before) = self.db.person_fields(id)? else {
                    return Ok(());
                };
                self.db.set_follow_up(id, date)?;
                let said = date.map_or("Follow-up cleared".to_string(), |d| {
                    format!("Next follow-up on {}", d.format("%a %d %b"))
                });
                self.people_changed(said, "follow-up", UndoAction::Person(before));
            }
            PeopleRequest::LogInteraction {
                id,
                kind,
                date,
                note,
                next,
            } => {
                let mut errors = Vec::new();
                let day = parse_date(&date).map_err(|m| errors.push(("date", m))).ok();
                let next = match next.trim() {
                    "" => None,
                    text => parse_date(text).map_err(|m| errors.push(("next", m))).ok(),
                };
                let Some(day) = day.filter(|_| errors.is_empty()) else {
                    self.people_errors(&errors);
                    return Ok(());
                };
                let at = if day == self.clock.today() {
                    now
                } else {
                    crate::clock::LocalZone::to_utc(
                        &self.clock,
                        day.and_hms_opt(12, 0, 0).unwrap_or_default(),
                    )
                };
                let Some(before) = self.db.person_fields(id)? else {
                    return Ok(());
                };
                let interaction = self.db.log_interaction(id, &kind, at, note.trim(), next)?;
                let then = next
                    .map(|d| format!("; next follow-up on {}", d.format("%a %d %b")))
                    .unwrap_or_default();
                self.people_changed(
                    format!("Logged: {kind}{then}"),
                    "interaction",
                    UndoAction::Interaction {
                        person: before,
                        interaction,
                    },
                );
                if self.panes.people.people.detail {
                    self.panes.people.profile = self.db.person_profile(id)?;
                }
            }
            PeopleRequest::OpenMerge(id) => {
                let same = self.db.same_handle_people(id)?;
                let mut people: Vec<(i64, String)> = self
                    .db
                    .people_names()?
                    .into_iter()
                    .filter(|(other, _)| *other != id)
                    .collect();
                people.sort_by_key(|(other, _)| !same.contains(other));
                let people: Vec<(i64, String)> = people
                    .into_iter()
                    .map(|(other, name)| {
                        if same.contains(&other) {
                            (other, format!("{name} (same handle)"))
                        } else {
                            (other, name)
                        }
                    })
                    .collect();
                self.panes.people.form = Some(PeopleForm::merge(id, &people));
            }
            PeopleRequest::MergePeople { kept, removed } => {
                let Some(removed) = removed else {
                    self.people_errors(&[("other", "choose the record to merge".into())]);
                    return Ok(());
                };
                let snapshot = self.db.merge_people(kept, removed)?;
                let name = snapshot.removed.1.clone();
                self.people_changed(
                    format!("Merged “{name}” into this person; nothing was lost"),
                    "merge",
                    UndoAction::Merge(Box::new(snapshot)),
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
                    self.panes.people.suggestions = Some(list);
                    self.panes.people.suggestion_selected = 0;
                }
            }
            PeopleRequest::AcceptSuggestion { id, role } => {
                let before = self.db.person_role(id)?;
                self.db.set_role(id, role)?;
                let place = if role.is_hostile() {
                    "on the watchlist"
                } else {
                    "a prescriptor"
                };
                self.people_changed(
                    format!("Now {place} ({role})"),
                    "accept suggestion",
                    UndoAction::Role { id, role: before },
                );
                self.panes.people.suggestions =
                    Some(self.db.score_suggestions(now, &self.scores)?).filter(|l| !l.is_empty());
                self.panes.people.suggestion_selected = 0;
            }
        }
        Ok(())
    }
}
