//! The Mentions pane: the triage list in its views and filter, and the keys that review, ignore,
//! correct, answer, link and curate a mention — each a request for the app.

mod request;
pub use request::MentionsRequest;
mod view;
pub use view::MentionsPaneView;

use super::form::{Form, FormAction, FormField};
use super::list::ListPane;
use super::{Outcome, StrategyFace};
use crate::command::Command;
use crate::db::mention_list::MentionView;
use crate::domain::listening::RuleInput;
use crate::domain::mentions::{MentionChange, MentionFilter};
use crate::domain::rows::MentionRow;
use crate::domain::strategy::ListeningStrategy;
use crate::domain::{MentionStatus, Role, RuleKind, Sentiment};
use crate::keymap::Input;

/// What a mentions form is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionFormPurpose {
    /// Choosing what the list shows.
    Filter,
    /// Linking this mention's author to a person.
    Person(i64),
    /// Adding or editing a listening rule.
    Rule(Option<i64>),
    /// A mention typed by hand.
    NewMention,
}

const SENSITIVITIES: [&str; 3] = ["sensitive", "balanced", "strict"];

/// An open mentions form.
#[derive(Debug, Clone)]
pub struct MentionForm {
    /// What it is for.
    pub purpose: MentionFormPurpose,
    /// Its fields.
    pub form: Form,
}

/// The roles a mention's author can be given: a prescriptor candidate, the watchlist, or others.
const ROLES: [Role; 6] = [
    Role::Advocate,
    Role::Detractor,
    Role::Troll,
    Role::Influencer,
    Role::Journalist,
    Role::Customer,
];

fn options<T: std::fmt::Display>(all: &[T]) -> Vec<(Option<i64>, String)> {
    all.iter()
        .enumerate()
        .map(|(i, v)| (Some(i as i64), v.to_string()))
        .collect()
}

impl MentionForm {
    /// Show only a rule, a kind of rule or a sentiment.
    pub fn filter(rules: &[(i64, String)], current: &MentionFilter) -> MentionForm {
        let mut rule_options = vec![(None, "any".to_string())];
        rule_options.extend(rules.iter().map(|(id, name)| (Some(*id), name.clone())));
        let mut kinds = vec![(None, "any".to_string())];
        kinds.extend(options(RuleKind::ALL));
        let mut sentiments = vec![(None, "any".to_string())];
        sentiments.extend(options(Sentiment::ALL));
        let kind = current
            .kind
            .and_then(|k| RuleKind::ALL.iter().position(|x| *x == k))
            .map(|i| i as i64);
        let sentiment = current
            .sentiment
            .and_then(|s| Sentiment::ALL.iter().position(|x| *x == s))
            .map(|i| i as i64);
        let fields = vec![
            FormField::choice("rule", "Rule", rule_options, current.rule_id),
            FormField::choice("kind", "Brand / competitor / sector", kinds, kind),
            FormField::choice("sentiment", "Sentiment", sentiments, sentiment),
        ];
        MentionForm {
            purpose: MentionFormPurpose::Filter,
            form: Form::new("Show only…", fields),
        }
    }

    /// Link the author to someone known, or add them as a prescriptor candidate or to the watchlist.
    pub fn person(
        id: i64,
        people: &[(i64, String)],
        suggested: Option<i64>,
        author: &str,
    ) -> MentionForm {
        let mut choices = vec![(None, "— a new person —".to_string())];
        choices.extend(people.iter().map(|(id, name)| (Some(*id), name.clone())));
        let fields = vec![
            FormField::choice("person", "Person", choices, suggested),
            FormField::text("name", "New person's name", author.trim_start_matches('@')),
            FormField::choice(
                "role",
                "As",
                ROLES
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (Some(i as i64), role_label(*r)))
                    .collect(),
                Some(0),
            ),
        ];
        MentionForm {
            purpose: MentionFormPurpose::Person(id),
            form: Form::new("Link the author to a person", fields),
        }
    }

    /// A listening rule and its crisis threshold, new or as stored.
    pub fn rule(id: Option<i64>, existing: Option<&RuleInput>) -> MentionForm {
        let kind = existing
            .and_then(|r| RuleKind::ALL.iter().position(|k| *k == r.kind))
            .unwrap_or(0) as i64;
        let sensitivity = existing
            .and_then(|r| SENSITIVITIES.iter().position(|s| *s == r.sensitivity))
            .unwrap_or(1) as i64;
        let text = |f: fn(&RuleInput) -> String| existing.map(f).unwrap_or_default();
        let fields = vec![
            FormField::text("name", "Name", text(|r| r.name.clone())),
            FormField::choice("kind", "Listens for", options(RuleKind::ALL), Some(kind)),
            FormField::text("competitor", "Competitor", text(|r| r.competitor.clone())),
            FormField::text("terms", "Terms (a, b, c)", text(|r| r.terms.clone())),
            FormField::text(
                "exclusions",
                "Not when (a, b)",
                text(|r| r.exclusions.clone()),
            ),
            FormField::text("source", "Only source", text(|r| r.source.clone())),
            FormField::text("language", "Only language", text(|r| r.language.clone())),
            FormField::choice(
                "sensitivity",
                "Alert sensitivity",
                SENSITIVITIES
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (Some(i as i64), s.to_string()))
                    .collect(),
                Some(sensitivity),
            ),
            FormField::text(
                "min_count",
                "Minimum in 24 h",
                existing.map_or("5".to_string(), |r| r.min_count.to_string()),
            ),
            FormField::text(
                "cooldown",
                "Cooldown (hours)",
                existing.map_or("12".to_string(), |r| r.cooldown_hours.to_string()),
            ),
        ];
        let title = if id.is_some() {
            "Edit listening rule"
        } else {
            "New listening rule"
        };
        MentionForm {
            purpose: MentionFormPurpose::Rule(id),
            form: Form::new(title, fields),
        }
    }

    /// A mention typed by hand (a press clipping, a post seen elsewhere).
    pub fn new_mention() -> MentionForm {
        let fields = vec![
            FormField::text("source", "Source", "news"),
            FormField::text("url", "URL", ""),
            FormField::text("author", "Author", ""),
            FormField::editor("text", "What was said", ""),
            FormField::text("published", "When (empty = now)", ""),
            FormField::text("reach", "Reach", "0"),
        ];
        MentionForm {
            purpose: MentionFormPurpose::NewMention,
            form: Form::new("New mention", fields),
        }
    }

    /// Applies a key: the outcome is what the app must do, if anything.
    pub fn handle_key(&mut self, input: Input) -> Option<Outcome<MentionsRequest>> {
        match self.form.handle_key(input) {
            FormAction::Edited => None,
            FormAction::Cancel => Some(Outcome::Handled),
            FormAction::Save => Some(Outcome::Request(self.submit())),
        }
    }

    fn submit(&self) -> MentionsRequest {
        let form = &self.form;
        let pick = |key: &str| form.choice(key).and_then(|i| usize::try_from(i).ok());
        match self.purpose {
            MentionFormPurpose::Filter => MentionsRequest::FilterMentions {
                filter: MentionFilter {
                    rule_id: form.choice("rule"),
                    kind: pick("kind").and_then(|i| RuleKind::ALL.get(i).copied()),
                    sentiment: pick("sentiment").and_then(|i| Sentiment::ALL.get(i).copied()),
                },
                label: ["rule", "kind", "sentiment"]
                    .iter()
                    .filter(|k| form.choice(k).is_some())
                    .map(|k| form.choice_label(k))
                    .collect::<Vec<_>>()
                    .join(" · "),
            },
            MentionFormPurpose::Rule(id) => MentionsRequest::SaveRule {
                id,
                fields: [
                    "name",
                    "competitor",
                    "terms",
                    "exclusions",
                    "source",
                    "language",
                    "min_count",
                    "cooldown",
                ]
                .iter()
                .map(|k| (*k, form.text(k)))
                .collect(),
                kind: pick("kind")
                    .and_then(|i| RuleKind::ALL.get(i).copied())
                    .unwrap_or(RuleKind::Brand),
                sensitivity: pick("sensitivity")
                    .and_then(|i| SENSITIVITIES.get(i))
                    .unwrap_or(&"balanced")
                    .to_string(),
            },
            MentionFormPurpose::NewMention => MentionsRequest::AddMention {
                fields: ["source", "url", "author", "text", "published", "reach"]
                    .iter()
                    .map(|k| (*k, form.text(k)))
                    .collect(),
            },
            MentionFormPurpose::Person(id) => MentionsRequest::MentionPerson {
                id,
                person: form.choice("person"),
                name: form.text("name"),
                role: pick("role")
                    .and_then(|i| ROLES.get(i).copied())
                    .unwrap_or(Role::Other),
            },
        }
    }
}

fn role_label(role: Role) -> String {
    match role {
        Role::Advocate => "prescriptor candidate (advocate)".into(),
        Role::Detractor => "watchlist (detractor)".into(),
        Role::Troll => "watchlist (troll)".into(),
        other => other.to_string(),
    }
}

/// The Mentions pane.
#[derive(Debug, Clone, Default)]
pub struct MentionsPane {
    /// The mentions of the current view.
    pub triage: ListPane<MentionRow>,
    /// Which mentions are listed.
    pub view: MentionView,
    /// The filter.
    pub filter: MentionFilter,
    /// The filter, described for the title.
    pub filter_label: String,
    /// The open form.
    pub form: Option<MentionForm>,
    /// How many rows fit on screen.
    pub page_height: usize,
    /// The rule highlighted on the strategy face.
    pub rule_selected: usize,
    /// Rules, share of voice, sentiment trend, crisis protocol.
    pub strategy: StrategyFace<ListeningStrategy>,
}

fn next_sentiment(sentiment: Sentiment) -> Sentiment {
    match sentiment {
        Sentiment::Positive => Sentiment::Neutral,
        Sentiment::Neutral => Sentiment::Negative,
        Sentiment::Negative => Sentiment::Positive,
    }
}

impl MentionsPane {
    fn restart(&mut self) {
        self.triage = ListPane::default();
        self.triage.set_height(self.page_height);
    }

    /// Applies a chosen filter and starts the list again.
    pub fn set_filter(&mut self, filter: MentionFilter, label: String) {
        self.filter = filter;
        self.filter_label = label;
        self.form = None;
        self.restart();
    }

    /// Handles the strategy face: j/k choose a rule, n/e/d add, edit or delete it, pages scroll.
    pub fn handle_strategy(&mut self, command: Command, page: u16) -> Outcome<MentionsRequest> {
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
            Command::New => return Outcome::Request(MentionsRequest::OpenRuleForm(None)),
            Command::Edit => {
                return selected.map_or(Outcome::Message("There is no rule to edit yet."), |id| {
                    Outcome::Request(MentionsRequest::OpenRuleForm(Some(id)))
                });
            }
            Command::Delete => {
                let name = self
                    .strategy
                    .data
                    .as_ref()
                    .and_then(|d| d.rules.get(self.rule_selected))
                    .map(|r| r.name.clone())
                    .unwrap_or_default();
                return selected.map_or(Outcome::Message("There is no rule to delete."), |id| {
                    Outcome::Confirm(
                        format!("Delete the rule “{name}”? Its mentions stay, without a rule"),
                        MentionsRequest::DeleteRule(id),
                    )
                });
            }
            other => return self.strategy.handle(other, page),
        }
        Outcome::Handled
    }

    /// Handles the mentions' commands in the execution face.
    pub fn handle(&mut self, command: Command) -> Outcome<MentionsRequest> {
        let selected = self
            .triage
            .selected_row()
            .map(|row| (row.id, row.sentiment));
        let change = |change: MentionChange, label: &'static str| match selected {
            Some((id, _)) => Outcome::Request(MentionsRequest::ChangeMentions {
                ids: vec![id],
                change,
                label,
            }),
            None => Outcome::Message("Select a mention first."),
        };
        match command {
            Command::MarkDone => change(MentionChange::Status(MentionStatus::Reviewed), "reviewed"),
            Command::Ignore => change(MentionChange::Status(MentionStatus::Ignored), "ignored"),
            Command::CorrectSentiment => match selected {
                Some((_, sentiment)) => change(
                    MentionChange::Sentiment(next_sentiment(sentiment)),
                    "sentiment correction",
                ),
                None => Outcome::Message("Select a mention first."),
            },
            Command::Reply => selected
                .map_or(Outcome::Message("Select a mention first."), |(id, _)| {
                    Outcome::Request(MentionsRequest::MentionToInbox(id))
                }),
            Command::Curate => selected
                .map_or(Outcome::Message("Select a mention first."), |(id, _)| {
                    Outcome::Request(MentionsRequest::MentionToIdea(id))
                }),
            Command::LinkPerson => selected
                .map_or(Outcome::Message("Select a mention first."), |(id, _)| {
                    Outcome::Request(MentionsRequest::OpenMentionPerson(id))
                }),
            Command::FilterMessages => Outcome::Request(MentionsRequest::OpenMentionFilter),
            Command::New => Outcome::Request(MentionsRequest::OpenNewMention),
            Command::CycleView => {
                self.view = self.view.next();
                self.restart();
                Outcome::Handled
            }
            _ => self.triage.handle(command),
        }
    }
}
