//! The Mentions pane: the triage list in its views and filter, its forms (filter, link to a
//! person, listening rule, mention typed by hand) built from the data the app hands back, and the
//! keys that review, ignore, correct, answer, link and curate a mention — each a request for the
//! app.

mod data;
mod forms;
mod request;
mod submit;
#[cfg(test)]
mod tests;
mod view;
mod view_lessons;
mod view_strategy;
#[cfg(test)]
mod view_tests;
pub use data::MentionsData;
pub use request::MentionsRequest;
pub use view::MentionsPaneView;

use super::form::{Form, FormAction};
use super::list::ListPane;
use super::{Context, Outcome, StrategyFace};
use crate::command::Command;
use crate::domain::MentionStatus;
use crate::domain::mentions::{MentionChange, MentionFilter, MentionView};
use crate::domain::rows::MentionRow;
use crate::domain::strategy::ListeningStrategy;
use crate::i18n::{Arg, Lang};
use crate::keymap::{Input, Layer};
use forms::MentionForm;
use submit::Submitted;

/// The Mentions pane.
#[derive(Debug, Clone, Default)]
pub struct MentionsPane {
    /// The mentions of the current view.
    triage: ListPane<MentionRow>,
    /// Which mentions are listed.
    view: MentionView,
    /// The filter.
    filter: MentionFilter,
    /// The filter, described for the title.
    filter_label: String,
    /// The open form.
    form: Option<MentionForm>,
    /// How many rows fit on screen.
    page_height: usize,
    /// The rule highlighted on the strategy face.
    rule_selected: usize,
    /// Rules, share of voice, sentiment trend, crisis protocol.
    strategy: StrategyFace<ListeningStrategy>,
    /// Which search of the index answers what is typed in the filter of a large view.
    search: crate::panes::freshness::Freshness,
}

impl MentionsPane {
    /// The mentions of the current view, as loaded.
    pub fn triage(&self) -> &ListPane<MentionRow> {
        &self.triage
    }

    /// Which search of the index answers the filter typed now, for the app to ask and to take
    /// the answer of only the latest one.
    pub fn search_mut(&mut self) -> &mut crate::panes::freshness::Freshness {
        &mut self.search
    }

    /// The list, for the app to load pages and filter candidates into and to type its filter.
    pub fn triage_mut(&mut self) -> &mut ListPane<MentionRow> {
        &mut self.triage
    }

    /// Which mentions are listed.
    pub fn view(&self) -> MentionView {
        self.view
    }

    /// What the list is narrowed to.
    pub fn filter(&self) -> MentionFilter {
        self.filter
    }

    /// Whether the list's typed filter searches the full-text index as it is typed: every view
    /// but the small "new" one, whose texts are all loaded once.
    pub fn filter_searches_the_index(&self) -> bool {
        self.view != MentionView::New
    }

    /// The open form's fields, if a form is open.
    pub fn form(&self) -> Option<&Form> {
        self.form.as_ref().map(|open| &open.form)
    }

    /// The strategy face: rules, share of voice, sentiment trend, crisis protocol.
    pub fn strategy(&self) -> &StrategyFace<ListeningStrategy> {
        &self.strategy
    }

    /// The strategy face, for the app to show what was gathered for it.
    pub fn strategy_mut(&mut self) -> &mut StrategyFace<ListeningStrategy> {
        &mut self.strategy
    }

    /// Forgets everything loaded, so that the next sync reads fresh data.
    pub fn invalidate(&mut self) {
        self.triage.invalidate();
        self.strategy.invalidate();
    }

    /// Tells the list how many rows fit on screen.
    pub fn set_height(&mut self, height: usize) {
        self.page_height = height;
        self.triage.set_height(height);
    }

    /// The modal layer: the open form, the filter being typed, or else the list.
    pub fn layer(&self) -> Layer {
        if self.form.is_some() {
            Layer::Form
        } else if self.triage.is_typing() {
            Layer::Filter
        } else {
            Layer::List
        }
    }

    /// Takes what the app read or did for the pane: builds the form the data is for, closes the
    /// form once what it asked is done, or shows a refusal on its fields.
    pub fn receive(&mut self, data: MentionsData, ctx: &Context) {
        let lang = ctx.lang;
        match data {
            MentionsData::RuleToEdit { id, rule } => {
                self.form = Some(MentionForm::rule(id, rule.as_ref(), lang));
            }
            MentionsData::RuleNames(rules) => {
                self.form = Some(MentionForm::filter(&rules, &self.filter, lang));
            }
            MentionsData::AuthorToLink {
                mention,
                author,
                people,
                suggested,
            } => {
                self.form = Some(MentionForm::person(
                    mention, &people, suggested, &author, lang,
                ));
            }
            MentionsData::Saved => self.form = None,
            MentionsData::Refused(errors) => {
                if let Some(open) = self.form.as_mut() {
                    open.form.set_errors(&errors);
                }
            }
        }
    }

    /// Sends a key to the open form. Saving checks and parses what was typed: a filter is
    /// applied at once, a refusal lands on the fields, anything else is a request for the app.
    pub fn form_key(&mut self, input: Input, ctx: &Context) -> Outcome<MentionsRequest> {
        let Some(open) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        match open.form.handle_key(input) {
            FormAction::Edited => Outcome::Handled,
            FormAction::Cancel => {
                self.form = None;
                Outcome::Handled
            }
            FormAction::Save => match open.submit(&ctx.clock, ctx.lang) {
                Submitted::Filter(filter, label) => {
                    self.set_filter(filter, label);
                    Outcome::Handled
                }
                Submitted::Request(request) => Outcome::Request(request),
                Submitted::Refused(errors) => {
                    open.form.set_errors(&errors);
                    Outcome::Handled
                }
            },
        }
    }

    fn restart(&mut self) {
        self.triage = ListPane::default();
        self.triage.set_height(self.page_height);
    }

    /// Applies a chosen filter and starts the list again.
    fn set_filter(&mut self, filter: MentionFilter, label: String) {
        self.filter = filter;
        self.filter_label = label;
        self.form = None;
        self.restart();
    }

    /// Handles the strategy face: j/k choose a rule, n/e/d add, edit or delete it, pages scroll.
    pub fn handle_strategy(
        &mut self,
        command: Command,
        page: u16,
        lang: Lang,
    ) -> Outcome<MentionsRequest> {
        let ids = self
            .strategy
            .data
            .as_ref()
            .map(|d| d.rule_ids.clone())
            .unwrap_or_default();
        let selected = ids.get(self.rule_selected).copied();
        match command {
            Command::Down => {
                self.rule_selected = (self.rule_selected + 1).min(ids.len().saturating_sub(1))
            }
            Command::Up => self.rule_selected = self.rule_selected.saturating_sub(1),
            Command::New => return Outcome::Request(MentionsRequest::RuleToEdit(None)),
            Command::Edit => {
                return selected.map_or(
                    Outcome::Message(lang.text("mentions-no-rule-to-edit")),
                    |id| Outcome::Request(MentionsRequest::RuleToEdit(Some(id))),
                );
            }
            Command::Delete => {
                let name = self
                    .strategy
                    .data
                    .as_ref()
                    .and_then(|d| d.rules.get(self.rule_selected))
                    .map(|r| r.name.clone())
                    .unwrap_or_default();
                return selected.map_or(
                    Outcome::Message(lang.text("mentions-no-rule-to-delete")),
                    |id| {
                        Outcome::Confirm(
                            lang.text_with(
                                "mentions-delete-rule-question",
                                &[("name", Arg::Text(&name.to_string()))],
                            ),
                            MentionsRequest::DeleteRule(id),
                        )
                    },
                );
            }
            Command::ForgetLessons => return forget_lessons(lang),
            other => return self.strategy.handle(other, page),
        }
        Outcome::Handled
    }

    /// Handles the mentions' commands in the execution face.
    pub fn handle(&mut self, command: Command, lang: Lang) -> Outcome<MentionsRequest> {
        let selected = self
            .triage
            .selected_row()
            .map(|row| (row.id, row.sentiment));
        let select_first = || Outcome::Message(lang.text("mentions-select-first"));
        let change = |change: MentionChange, label: String| match selected {
            Some((id, _)) => Outcome::Request(MentionsRequest::ChangeMentions {
                ids: vec![id],
                change,
                label,
            }),
            None => select_first(),
        };
        match command {
            Command::MarkDone => change(
                MentionChange::Status(MentionStatus::Reviewed),
                lang.text("mentions-undo-reviewed"),
            ),
            Command::Ignore => change(
                MentionChange::Status(MentionStatus::Ignored),
                lang.text("mentions-undo-ignored"),
            ),
            Command::CorrectSentiment => match selected {
                Some((_, sentiment)) => change(
                    MentionChange::Sentiment(sentiment.next()),
                    lang.text("mentions-undo-sentiment-correction"),
                ),
                None => select_first(),
            },
            Command::Reply => selected.map_or_else(select_first, |(id, _)| {
                Outcome::Request(MentionsRequest::MentionToInbox(id))
            }),
            Command::Curate => selected.map_or_else(select_first, |(id, _)| {
                Outcome::Request(MentionsRequest::MentionToIdea(id))
            }),
            Command::LinkPerson => selected.map_or_else(select_first, |(id, _)| {
                Outcome::Request(MentionsRequest::AuthorToLink(id))
            }),
            Command::FilterMessages => Outcome::Request(MentionsRequest::RuleNames),
            Command::New => {
                self.form = Some(MentionForm::new_mention(lang));
                Outcome::Handled
            }
            Command::CycleView => {
                self.view = self.view.next();
                self.restart();
                Outcome::Handled
            }
            Command::ForgetLessons => forget_lessons(lang),
            _ => self.triage.handle(command),
        }
    }
}

/// Asks before forgetting what the sentiment corrections taught.
fn forget_lessons(lang: Lang) -> Outcome<MentionsRequest> {
    Outcome::Confirm(
        lang.text("mentions-forget-lessons-question"),
        MentionsRequest::ForgetSentimentLessons,
    )
}
