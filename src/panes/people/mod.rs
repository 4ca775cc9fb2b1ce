//! The Prescriptors pane: people (filtered and sorted), a profile, the follow-up suggestions and
//! the forms that add, edit or (after asking) delete a person, set a follow-up, log an
//! interaction, merge two records or choose the filter. It builds its forms from what the app
//! reads for it ([`PeopleData`]) and turns them into requests.

mod data;
pub use data::PeopleData;
mod forms;
use forms::{PeopleForm, Submitted};
mod person_form;
mod ranking;
mod request;
pub use request::PeopleRequest;
mod view;
pub use view::{PeoplePaneView, interaction_word};
#[cfg(test)]
mod view_tests;

use super::form::FormAction;
use super::list::ListPane;
use super::{Context, Outcome, StrategyFace};
use crate::analytics::scores::{Activity, Score, Weights};
use crate::command::Command;
use crate::domain::Role;
use crate::domain::people::{PeopleFilter, Suggestion};
use crate::domain::rows::{PersonProfile, PersonRow};
use crate::domain::strategy::PeopleStrategy;
use crate::i18n::Lang;
use crate::keymap::{Input, Layer};
use chrono::NaiveDate;

/// A person's scores with the activity behind them.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileScores {
    /// The advocacy score and its parts.
    pub advocacy: Score,
    /// The risk score and its parts.
    pub risk: Score,
    /// The counts behind both.
    pub activity: Activity,
}

impl ProfileScores {
    /// Both scores of this activity under these weights.
    pub fn new(activity: Activity, weights: &Weights) -> ProfileScores {
        ProfileScores {
            advocacy: crate::analytics::scores::advocacy(&activity, weights),
            risk: crate::analytics::scores::risk(&activity, weights),
            activity,
        }
    }
}

/// The Prescriptors pane.
#[derive(Debug, Clone, Default)]
pub struct PeoplePane {
    /// People, as the filter asks.
    people: ListPane<PersonRow>,
    /// The filter and order.
    filter: PeopleFilter,
    /// The open profile.
    profile: Option<PersonProfile>,
    /// The open profile's scores.
    scores: Option<ProfileScores>,
    /// Suggested candidates and watchlist entries, when shown.
    suggestions: Option<Vec<Suggestion>>,
    /// The highlighted suggestion.
    suggestion_selected: usize,
    /// The open form.
    form: Option<PeopleForm>,
    /// Today, as the last context said (the default date of a new interaction).
    today: Option<NaiveDate>,
    /// The language, as the last context said (the forms its commands open speak it).
    lang: Lang,
    /// How many rows fit on screen.
    page_height: usize,
    /// Personas and advocacy tiers.
    strategy: StrategyFace<PeopleStrategy>,
}

impl PeoplePane {
    /// The people's list (its page, selection, typed filter).
    pub fn list(&self) -> &ListPane<PersonRow> {
        &self.people
    }

    /// The people's list, for the app to serve the page it wants and to type into its filter.
    pub fn list_mut(&mut self) -> &mut ListPane<PersonRow> {
        &mut self.people
    }

    /// The filter and order in force.
    pub fn filter(&self) -> &PeopleFilter {
        &self.filter
    }

    /// The open profile, once read.
    pub fn profile(&self) -> Option<&PersonProfile> {
        self.profile.as_ref()
    }

    /// The suggestions shown, if the list is open.
    pub fn suggestions(&self) -> Option<&[Suggestion]> {
        self.suggestions.as_deref()
    }

    /// Personas and advocacy tiers, once read for the strategy face.
    pub fn strategy(&self) -> Option<&PeopleStrategy> {
        self.strategy.data.as_ref()
    }

    /// Whether the strategy face needs reading.
    pub fn needs_strategy(&self) -> bool {
        self.strategy.is_stale()
    }

    /// Catches up with the context before the pane is served: today, the default date of the
    /// interaction form its commands open.
    pub fn sync(&mut self, ctx: &Context) {
        self.today = Some(ctx.clock.today());
        self.lang = ctx.lang;
    }

    /// Tells the list how many rows fit on screen.
    pub fn set_height(&mut self, height: usize) {
        self.page_height = height;
        self.people.set_height(height);
    }

    /// Forgets what was loaded, so that the next sync reads it again.
    pub fn invalidate(&mut self) {
        self.people.invalidate();
        self.strategy.invalidate();
    }

    /// The modal layer: the open form, the filter being typed, or the list.
    pub fn layer(&self) -> Layer {
        if self.form.is_some() {
            Layer::Form
        } else if self.people.is_typing() {
            Layer::Filter
        } else {
            Layer::List
        }
    }

    /// Applies a chosen filter and starts the list again.
    fn set_filter(&mut self, filter: PeopleFilter) {
        self.filter = filter;
        self.form = None;
        self.people = ListPane::default();
        self.people.set_height(self.page_height);
    }

    /// Takes what the app read for the pane: a form opens on it, the list is ordered by it, or
    /// the open form closes after its change was made.
    pub fn receive(&mut self, data: PeopleData, ctx: &Context) {
        self.sync(ctx);
        match data {
            PeopleData::Tiers(tiers) => {
                self.form = Some(PeopleForm::filter(&tiers, &self.filter, ctx.lang));
            }
            PeopleData::MergeCandidates {
                id,
                people,
                same_handle,
            } => {
                let others = ranking::merge_candidates(id, people, &same_handle, ctx.lang);
                self.form = Some(PeopleForm::merge(id, &others, ctx.lang));
            }
            PeopleData::Scores { scores, kept } => {
                let by_risk = self.filter.sort == crate::domain::people::PeopleSort::Risk;
                self.people.ordered = Some(ranking::by_score(scores, &kept, by_risk));
            }
            PeopleData::Suggestions(list) => {
                self.suggestions = Some(list).filter(|l| !l.is_empty());
                self.suggestion_selected = 0;
            }
            PeopleData::Profile { profile, scores } => {
                self.profile = profile;
                self.scores = Some(scores);
            }
            PeopleData::ProfileAgain(profile) => self.profile = profile,
            PeopleData::Strategy(data) => self.strategy.show(data),
            PeopleData::Person { id, draft, tiers } => {
                self.form = Some(PeopleForm::person(id, &draft, &tiers, ctx.lang));
            }
            PeopleData::Refused(errors) => {
                if let Some(open) = self.form.as_mut() {
                    open.form.set_errors(&errors);
                }
            }
            PeopleData::Saved => self.form = None,
        }
    }

    /// Applies a key to the open form: `Cancel` closes it, a saved filter applies at once, a
    /// mistake lands on its field, and a change becomes a request.
    pub fn form_key(&mut self, input: Input, ctx: &Context) -> Outcome<PeopleRequest> {
        let Some(open) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let submitted = match open.form.handle_key(input) {
            FormAction::Edited => return Outcome::Handled,
            FormAction::Cancel => {
                self.form = None;
                return Outcome::Handled;
            }
            FormAction::Save => open.submit(ctx),
        };
        match submitted {
            Submitted::Filter(filter) => {
                let by_score = filter.sort.by_score();
                self.set_filter(filter.clone());
                if by_score {
                    Outcome::Request(PeopleRequest::RankPeople { filter })
                } else {
                    Outcome::Handled
                }
            }
            Submitted::Request(request) => Outcome::Request(request),
            Submitted::Refused(errors) => {
                open.form.set_errors(&errors);
                Outcome::Handled
            }
        }
    }

    /// Scrolls the strategy face.
    pub fn handle_strategy<R>(&mut self, command: Command, page: u16) -> Outcome<R> {
        self.strategy.handle(command, page)
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
        let lang = self.lang;
        let select_first = || Outcome::Message(lang.text("people-select-first"));
        let outcome = match command {
            Command::New => return Outcome::Request(PeopleRequest::OpenPersonForm(None)),
            Command::Edit => {
                return selected.map_or_else(select_first, |(id, _)| {
                    Outcome::Request(PeopleRequest::OpenPersonForm(Some(id)))
                });
            }
            Command::Delete => {
                return match self.people.selected_row() {
                    Some(person) => Outcome::Confirm(
                        lang.text_with(
                            "people-confirm-delete",
                            &[("name", crate::i18n::Arg::Text(&person.name.line()))],
                        ),
                        PeopleRequest::DeletePerson(person.id),
                    ),
                    None => select_first(),
                };
            }
            Command::FilterPeople => return Outcome::Request(PeopleRequest::OpenPeopleFilter),
            Command::Suggestions => return Outcome::Request(PeopleRequest::OpenSuggestions),
            Command::FollowUp => match selected {
                Some((id, date)) => {
                    self.form = Some(PeopleForm::follow_up(id, date, lang));
                    Outcome::Handled
                }
                None => select_first(),
            },
            Command::LogInteraction => match (selected, self.today) {
                (Some((id, _)), Some(today)) => {
                    self.form = Some(PeopleForm::interaction(id, today, lang));
                    Outcome::Handled
                }
                _ => select_first(),
            },
            Command::Merge => selected.map_or_else(select_first, |(id, _)| {
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
mod tests;
