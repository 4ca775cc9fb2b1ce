//! The Prescriptors pane: people (filtered and sorted), a profile, and the forms that set a
//! follow-up, log an interaction, merge two records or choose the filter — each a request.

mod request;
pub use request::PeopleRequest;
mod view;
pub use view::PeoplePaneView;

use super::form::{Form, FormAction, FormField};
use super::list::ListPane;
use super::{Outcome, StrategyFace};
use crate::command::Command;
use crate::domain::Role;
use crate::domain::people::{PeopleFilter, PeopleSort};
use crate::domain::rows::{PersonProfile, PersonRow};
use crate::domain::strategy::PeopleStrategy;
use crate::keymap::Input;
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
}

/// An open people form.
#[derive(Debug, Clone)]
pub struct PeopleForm {
    /// What it is for.
    pub purpose: PeopleFormPurpose,
    /// Its fields.
    pub form: Form,
}

fn indexed(labels: impl IntoIterator<Item = String>) -> Vec<(Option<i64>, String)> {
    labels
        .into_iter()
        .enumerate()
        .map(|(i, l)| (Some(i as i64), l))
        .collect()
}

impl PeopleForm {
    /// Show only a role, tier or tag, or the follow-ups due; the order.
    pub fn filter(tiers: &[String], current: &PeopleFilter) -> PeopleForm {
        let mut roles = vec![(None, "any".to_string())];
        roles.extend(indexed(Role::ALL.iter().map(|r| r.to_string())));
        let mut tier_options = vec![(None, "any".to_string())];
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
            FormField::choice("role", "Role", roles, role),
            FormField::choice("tier", "Tier", tier_options, tier),
            FormField::text("tag", "Tag", current.tag.clone().unwrap_or_default()),
            FormField::toggle("due", "Follow-ups due only", current.due_only),
            FormField::choice(
                "sort",
                "Order",
                indexed(PeopleSort::ALL.iter().map(|s| s.label().to_string())),
                sort,
            ),
        ];
        PeopleForm {
            purpose: PeopleFormPurpose::Filter,
            form: Form::new("Show only…", fields),
        }
    }

    /// The next follow-up date (empty: none).
    pub fn follow_up(id: i64, current: Option<NaiveDate>) -> PeopleForm {
        let fields = vec![FormField::text(
            "date",
            "Next follow-up (YYYY-MM-DD)",
            current.map(|d| d.to_string()).unwrap_or_default(),
        )];
        PeopleForm {
            purpose: PeopleFormPurpose::FollowUp(id),
            form: Form::new("Next follow-up", fields),
        }
    }

    /// An interaction: kind, date, note, and the next follow-up.
    pub fn interaction(id: i64, today: NaiveDate) -> PeopleForm {
        let fields = vec![
            FormField::choice(
                "kind",
                "What",
                indexed(INTERACTIONS.iter().map(|k| k.to_string())),
                Some(0),
            ),
            FormField::text("date", "When (YYYY-MM-DD)", today.to_string()),
            FormField::editor("note", "Note", ""),
            FormField::text("next", "Next follow-up (empty: none)", ""),
        ];
        PeopleForm {
            purpose: PeopleFormPurpose::Interaction(id),
            form: Form::new("Log an interaction", fields),
        }
    }

    /// Which record to merge into this person (records sharing a handle come first).
    pub fn merge(id: i64, others: &[(i64, String)]) -> PeopleForm {
        let fields = vec![FormField::choice(
            "other",
            "Merge this record into it",
            others
                .iter()
                .map(|(id, n)| (Some(*id), n.clone()))
                .collect(),
            others.first().map(|o| o.0),
        )];
        PeopleForm {
            purpose: PeopleFormPurpose::Merge(id),
            form: Form::new("Merge two records of the same person", fields),
        }
    }

    /// Applies a key; the outcome is what the app must do, if anything.
    pub fn handle_key(&mut self, input: Input) -> Option<Outcome<PeopleRequest>> {
        match self.form.handle_key(input) {
            FormAction::Edited => None,
            FormAction::Cancel => Some(Outcome::Handled),
            FormAction::Save => Some(Outcome::Request(self.submit())),
        }
    }

    fn submit(&self) -> PeopleRequest {
        let form = &self.form;
        let pick = |key: &str| form.choice(key).and_then(|i| usize::try_from(i).ok());
        match self.purpose {
            PeopleFormPurpose::Filter => PeopleRequest::FilterPeople {
                filter: PeopleFilter {
                    role: pick("role").and_then(|i| Role::ALL.get(i).copied()),
                    tier: form.choice("tier").map(|_| form.choice_label("tier")),
                    tag: Some(form.text("tag").trim().to_string()).filter(|t| !t.is_empty()),
                    due_only: form.toggle("due"),
                    sort: pick("sort")
                        .and_then(|i| PeopleSort::ALL.get(i).copied())
                        .unwrap_or_default(),
                },
            },
            PeopleFormPurpose::FollowUp(id) => PeopleRequest::SetFollowUp {
                id,
                date: form.text("date"),
            },
            PeopleFormPurpose::Interaction(id) => PeopleRequest::LogInteraction {
                id,
                kind: pick("kind")
                    .and_then(|i| INTERACTIONS.get(i))
                    .unwrap_or(&"other")
                    .to_string(),
                date: form.text("date"),
                note: form.text("note"),
                next: form.text("next"),
            },
            PeopleFormPurpose::Merge(id) => PeopleRequest::MergePeople {
                kept: id,
                removed: form.choice("other"),
            },
        }
    }
}

/// A person's scores with the activity behind them.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileScores {
    /// The advocacy score and its parts.
    pub advocacy: crate::analytics::scores::Score,
    /// The risk score and its parts.
    pub risk: crate::analytics::scores::Score,
    /// The counts behind both.
    pub activity: crate::analytics::scores::Activity,
}

/// The Prescriptors pane.
#[derive(Debug, Clone, Default)]
pub struct PeoplePane {
    /// People, as the filter asks.
    pub people: ListPane<PersonRow>,
    /// The filter and order.
    pub filter: PeopleFilter,
    /// The open profile.
    pub profile: Option<PersonProfile>,
    /// The open profile's scores.
    pub scores: Option<ProfileScores>,
    /// Suggested candidates and watchlist entries, when shown.
    pub suggestions: Option<Vec<crate::domain::people::Suggestion>>,
    /// The highlighted suggestion.
    pub suggestion_selected: usize,
    /// The open form.
    pub form: Option<PeopleForm>,
    /// Today, as the app last said.
    pub today: Option<NaiveDate>,
    /// How many rows fit on screen.
    pub page_height: usize,
    /// Personas and advocacy tiers.
    pub strategy: StrategyFace<PeopleStrategy>,
}

impl PeoplePane {
    /// Applies a chosen filter and starts the list again.
    pub fn set_filter(&mut self, filter: PeopleFilter) {
        self.filter = filter;
        self.form = None;
        self.people = ListPane::default();
        self.people.set_height(self.page_height);
    }

    /// Handles the commands of the execution face.
    pub fn handle(&mut self, command: Command) -> Outcome<PeopleRequest> {
        if let Some(list) = &self.suggestions {
            match command {
                Command::Down => {
                    self.suggestion_selected =
                        (self.suggestion_selected + 1).min(list.len().saturating_sub(1))
                }
                Command::Up => {
                    self.suggestion_selected = self.suggestion_selected.saturating_sub(1)
                }
                Command::Open => {
                    if let Some(s) = list.get(self.suggestion_selected) {
                        let role = match s.kind {
                            crate::domain::people::SuggestionKind::Candidate => Role::Advocate,
                            crate::domain::people::SuggestionKind::Watchlist => Role::Detractor,
                        };
                        return Outcome::Request(PeopleRequest::AcceptSuggestion {
                            id: s.person_id,
                            role,
                        });
                    }
                }
                Command::Back | Command::Suggestions => self.suggestions = None,
                _ => return Outcome::Ignored,
            }
            return Outcome::Handled;
        }
        let selected = self.people.selected_row().map(|p| (p.id, p.next_follow_up));
        let outcome = match command {
            Command::FilterPeople => return Outcome::Request(PeopleRequest::OpenPeopleFilter),
            Command::Suggestions => return Outcome::Request(PeopleRequest::OpenSuggestions),
            Command::FollowUp => match selected {
                Some((id, date)) => {
                    self.form = Some(PeopleForm::follow_up(id, date));
                    Outcome::Handled
                }
                None => Outcome::Message("Select a person first."),
            },
            Command::LogInteraction => match (selected, self.today) {
                (Some((id, _)), Some(today)) => {
                    self.form = Some(PeopleForm::interaction(id, today));
                    Outcome::Handled
                }
                _ => Outcome::Message("Select a person first."),
            },
            Command::Merge => selected
                .map_or(Outcome::Message("Select a person first."), |(id, _)| {
                    Outcome::Request(PeopleRequest::OpenMerge(id))
                }),
            _ => self.people.handle(command),
        };
        if !self.people.detail {
            self.profile = None;
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: i64) -> PersonRow {
        PersonRow {
            id,
            name: format!("Persona {id}").into(),
            role: Role::Customer,
            tier: String::new(),
            tags: "valencia".into(),
            reach: 100,
            next_follow_up: NaiveDate::from_ymd_opt(2026, 11, 20),
            handles: Default::default(),
        }
    }

    fn pane() -> PeoplePane {
        let mut pane = PeoplePane {
            today: NaiveDate::from_ymd_opt(2026, 11, 23),
            page_height: 10,
            ..Default::default()
        };
        pane.people.set_height(10);
        pane.people.receive(2, 0, vec![person(1), person(2)]);
        pane
    }

    #[test]
    fn follow_up_and_log_keys_open_their_forms_for_the_selected_person() {
        let mut pane = pane();
        assert_eq!(pane.handle(Command::FollowUp), Outcome::Handled);
        assert!(matches!(
            pane.form.as_ref().map(|f| f.purpose),
            Some(PeopleFormPurpose::FollowUp(1))
        ));
        assert_eq!(
            pane.form.as_ref().map(|f| f.form.text("date")),
            Some("2026-11-20".to_string())
        );
        pane.form = None;
        pane.handle(Command::Down);
        pane.handle(Command::LogInteraction);
        assert!(matches!(
            pane.form.as_ref().map(|f| f.purpose),
            Some(PeopleFormPurpose::Interaction(2))
        ));
    }

    #[test]
    fn merge_filter_and_suggestions_ask_the_app() {
        let mut pane = pane();
        assert_eq!(
            pane.handle(Command::Merge),
            Outcome::Request(PeopleRequest::OpenMerge(1))
        );
        assert_eq!(
            pane.handle(Command::FilterPeople),
            Outcome::Request(PeopleRequest::OpenPeopleFilter)
        );
        assert_eq!(
            pane.handle(Command::Suggestions),
            Outcome::Request(PeopleRequest::OpenSuggestions)
        );
    }

    #[test]
    fn an_open_suggestion_list_takes_movement_and_enter_accepts_the_highlighted_one() {
        let mut pane = pane();
        pane.suggestions = Some(vec![
            crate::domain::people::Suggestion {
                person_id: 7,
                name: "Ana".into(),
                kind: crate::domain::people::SuggestionKind::Candidate,
                score: 6.0,
                evidence: String::new(),
            },
            crate::domain::people::Suggestion {
                person_id: 8,
                name: "Troll".into(),
                kind: crate::domain::people::SuggestionKind::Watchlist,
                score: 5.0,
                evidence: String::new(),
            },
        ]);
        pane.handle(Command::Down);
        assert_eq!(
            pane.handle(Command::Open),
            Outcome::Request(PeopleRequest::AcceptSuggestion {
                id: 8,
                role: Role::Detractor
            })
        );
        pane.handle(Command::Back);
        assert!(pane.suggestions.is_none());
    }
}
