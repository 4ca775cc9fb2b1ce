//! The reply editor: built for one message from the saved replies and the crisis protocol's
//! holding statements the app read, a multi-line text with both at hand in a picker that keeps
//! only what holds every typed word (accents and case aside), inserted with `{name}`,
//! `{channel}` and `{today}` (or their Spanish names `{nombre}`, `{canal}`, `{hoy}`) filled in;
//! saving asks to record the reply.

use crate::command::Command;
use crate::domain::inbox::{HoldingStatement, SavedReply};
use crate::domain::rows::MessageRow;
use crate::i18n::{Arg, Lang};
use crate::keymap::{Input, Layer};
use crate::text::fold;
use chrono::NaiveDate;
use ratatui_textarea::{TextArea, WrapMode};
use std::ops::Range;

/// The values a saved reply's placeholders take for this message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Variables {
    /// `{name}`: the person's name, else the sender as shown.
    pub name: String,
    /// `{channel}`: the network.
    pub channel: String,
    /// `{today}`: today's date.
    pub today: String,
}

impl Variables {
    /// The values for answering `message` on `today`: the linked person's name, else the sender
    /// without its `@`; the network; the date as dd/mm/yyyy.
    pub fn for_message(message: &MessageRow, today: NaiveDate) -> Variables {
        Variables {
            name: message.person.as_ref().map_or_else(
                || message.author.line().trim_start_matches('@').to_string(),
                |person| person.line(),
            ),
            channel: message.network.to_string(),
            today: today.format("%d/%m/%Y").to_string(),
        }
    }
}

/// The replies offered while answering: the saved replies, then every holding statement (with
/// ids below zero: they are not saved replies), those of the open crisis named “Crisis: …”.
pub fn offered(replies: Vec<SavedReply>, statements: Vec<HoldingStatement>) -> Vec<SavedReply> {
    let holding = statements.into_iter().enumerate().map(|(i, statement)| {
        let name = if statement.in_force {
            format!("Crisis: {}", statement.title)
        } else {
            statement.title
        };
        SavedReply {
            id: -1 - i as i64,
            name,
            body: statement.body,
        }
    });
    replies.into_iter().chain(holding).collect()
}

/// The group an offered reply belongs to in the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// A saved reply of the library.
    Saved,
    /// A holding statement of the crisis protocol.
    Holding,
}

/// How well `reply` fits every one of the folded `words`; `None` when one of them is in neither
/// its name nor its text. A word found in the name counts more than in the text, and more again
/// where a word of it starts.
pub fn fit(words: &[String], reply: &SavedReply) -> Option<u32> {
    let name = fold(&reply.name);
    let body = fold(&reply.body);
    words.iter().try_fold(0, |score, word| {
        let found = if starts_a_word(&name, word) {
            4
        } else if name.contains(word.as_str()) {
            3
        } else if starts_a_word(&body, word) {
            2
        } else if body.contains(word.as_str()) {
            1
        } else {
            return None;
        };
        Some(score + found)
    })
}

/// Whether `word` is found in `text` where a word of `text` starts.
fn starts_a_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The typed search as folded words.
fn words_of(typed: &str) -> Vec<String> {
    fold(typed).split_whitespace().map(str::to_string).collect()
}

/// Fills a saved reply's placeholders, written in English (`{name}`, `{channel}`, `{today}`) or
/// in Spanish (`{nombre}`, `{canal}`, `{hoy}`).
pub fn fill(template: &str, vars: &Variables) -> String {
    template
        .replace("{name}", &vars.name)
        .replace("{nombre}", &vars.name)
        .replace("{channel}", &vars.channel)
        .replace("{canal}", &vars.channel)
        .replace("{today}", &vars.today)
        .replace("{hoy}", &vars.today)
}

/// The saved-reply search under way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    /// What was typed.
    pub(super) typed: String,
    /// Indexes into the library of the replies that match, best first.
    pub(super) matches: Vec<usize>,
    /// The highlighted match.
    pub(super) selected: usize,
}

impl Picker {
    /// Indexes into the library of the replies that match, best first.
    pub fn matches(&self) -> &[usize] {
        &self.matches
    }
}

/// What a key did to the reply editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyOutcome {
    /// Still editing.
    Open,
    /// Closed without recording anything.
    Cancel,
    /// Record this reply.
    Send(String),
}

/// The reply being written to one message.
#[derive(Debug, Clone)]
pub struct ReplyEditor {
    /// The message answered.
    pub(super) message_id: i64,
    /// Who it goes to.
    pub(super) to: String,
    /// The text.
    pub(super) editor: Box<TextArea<'static>>,
    /// The saved replies, then the holding statements.
    pub(super) library: Vec<SavedReply>,
    /// How many of the library are saved replies (the holding statements follow).
    pub(super) saved: usize,
    /// Whether a crisis is open: its holding statements are offered first.
    pub(super) crisis: bool,
    /// The placeholder values.
    pub(super) vars: Variables,
    /// The saved reply a triage rule suggests, if any.
    pub(super) suggestion: Option<String>,
    /// The search, while open.
    pub(super) picker: Option<Picker>,
    /// A mistake to show.
    pub(super) error: Option<String>,
    /// The language its mistakes are written in.
    pub(super) lang: Lang,
}

impl ReplyEditor {
    /// The editor for answering `message` on `today`, with the saved replies and the holding
    /// statements at hand; the search opens at once when a rule suggests a reply.
    pub fn answering(
        message: &MessageRow,
        replies: Vec<SavedReply>,
        statements: Vec<HoldingStatement>,
        today: NaiveDate,
    ) -> ReplyEditor {
        let saved = replies.len();
        let crisis = statements.iter().any(|s| s.in_force);
        let mut reply = ReplyEditor::new(
            message.id,
            message.author.line(),
            offered(replies, statements),
            Variables::for_message(message, today),
            None,
        );
        reply.saved = saved;
        reply.crisis = crisis;
        reply.suggestion = message.suggested_reply.clone();
        if reply.suggestion.is_some() {
            reply.open_picker();
        }
        reply
    }

    /// The same editor, writing its mistakes in `lang`.
    pub fn speaking(mut self, lang: Lang) -> ReplyEditor {
        self.lang = lang;
        self
    }

    /// The replies at hand: the saved ones, then the holding statements.
    pub fn library(&self) -> &[SavedReply] {
        &self.library
    }

    /// Which group the offered reply at `index` of the library belongs to.
    pub fn group(&self, index: usize) -> Group {
        if index < self.saved {
            Group::Saved
        } else {
            Group::Holding
        }
    }

    /// The library's groups in the picker's order: the holding statements first while a crisis
    /// is open, after the saved replies otherwise.
    fn groups(&self) -> [Range<usize>; 2] {
        let saved = 0..self.saved.min(self.library.len());
        let holding = saved.end..self.library.len();
        if self.crisis {
            [holding, saved]
        } else {
            [saved, holding]
        }
    }

    /// The saved-reply search, while open.
    pub fn picker(&self) -> Option<&Picker> {
        self.picker.as_ref()
    }

    /// An empty reply to `message_id`.
    pub fn new(
        message_id: i64,
        to: String,
        library: Vec<SavedReply>,
        vars: Variables,
        suggestion: Option<String>,
    ) -> ReplyEditor {
        let mut editor = TextArea::default();
        editor.set_wrap_mode(WrapMode::WordOrGlyph);
        let saved = library.len();
        let mut reply = ReplyEditor {
            message_id,
            to,
            editor: Box::new(editor),
            library,
            saved,
            crisis: false,
            vars,
            suggestion,
            picker: None,
            error: None,
            lang: Lang::En,
        };
        if reply.suggestion.is_some() {
            reply.open_picker();
        }
        reply
    }

    /// The text written so far.
    pub fn text(&self) -> String {
        self.editor.lines().join("\n")
    }

    fn open_picker(&mut self) {
        let mut picker = Picker {
            matches: self.ranked(&[]),
            ..Picker::default()
        };
        if let Some(name) = &self.suggestion
            && let Some(index) = self.library.iter().position(|r| &r.name == name)
        {
            picker.matches.retain(|i| *i != index);
            picker.matches.insert(0, index);
        }
        self.picker = Some(picker);
    }

    /// The library's indexes that hold every one of `words`, group by group, best fit first
    /// within a group (ties keep the library's order).
    fn ranked(&self, words: &[String]) -> Vec<usize> {
        let mut matches = Vec::new();
        for group in self.groups() {
            let mut scored: Vec<(u32, usize)> = group
                .filter_map(|i| {
                    self.library
                        .get(i)
                        .and_then(|reply| fit(words, reply))
                        .map(|score| (score, i))
                })
                .collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            matches.extend(scored.into_iter().map(|(_, i)| i));
        }
        matches
    }

    fn refilter(&mut self) {
        let Some(typed) = self.picker.as_ref().map(|p| p.typed.clone()) else {
            return;
        };
        let matches = self.ranked(&words_of(&typed));
        if let Some(picker) = self.picker.as_mut() {
            picker.selected = 0;
            picker.matches = matches;
        }
    }

    /// Which layer takes the keys: the saved-reply search when it is open, else the editor.
    pub fn layer(&self) -> Layer {
        if self.picker.is_some() {
            Layer::Picker
        } else {
            Layer::Editor
        }
    }

    /// Applies one key press, read in the scope of [`ReplyEditor::layer`]: in the editor `save`
    /// records, `insert_saved_reply` opens the search and `back` closes; in the search `down`,
    /// `up` choose, `open` inserts the highlighted reply (only one that holds every typed word:
    /// else nothing is inserted and the editor says so) and `back` returns to the text. Other
    /// keys edit the text or the search.
    pub fn handle_key(&mut self, input: Input) -> ReplyOutcome {
        self.error = None;
        if let Some(picker) = self.picker.as_mut() {
            match input.command {
                Some(Command::Back) => self.picker = None,
                Some(Command::Down) => {
                    picker.selected =
                        (picker.selected + 1).min(picker.matches.len().saturating_sub(1))
                }
                Some(Command::Up) => picker.selected = picker.selected.saturating_sub(1),
                Some(Command::Open) => {
                    let words = words_of(&picker.typed);
                    match picker
                        .matches
                        .get(picker.selected)
                        .and_then(|i| self.library.get(*i))
                        .filter(|reply| fit(&words, reply).is_some())
                    {
                        Some(reply) => {
                            let text = fill(&reply.body, &self.vars);
                            self.editor.insert_str(text);
                            self.picker = None;
                        }
                        None => {
                            self.error = Some(self.lang.text_with(
                                "inbox-reply-no-match",
                                &[("typed", Arg::Text(picker.typed.trim()))],
                            ));
                        }
                    }
                }
                _ if input.is_backspace() => {
                    picker.typed.pop();
                    self.refilter();
                }
                _ => {
                    if let Some(c) = input.typed() {
                        picker.typed.push(c);
                        self.refilter();
                    }
                }
            }
            return ReplyOutcome::Open;
        }
        match input.command {
            Some(Command::Back) => ReplyOutcome::Cancel,
            Some(Command::Save) => {
                let text = self.text();
                if text.trim().is_empty() {
                    self.error = Some(self.lang.text("inbox-reply-empty"));
                    ReplyOutcome::Open
                } else {
                    ReplyOutcome::Send(text.trim_end().to_string())
                }
            }
            Some(Command::InsertSavedReply) => {
                self.open_picker();
                ReplyOutcome::Open
            }
            _ => {
                self.editor.input(input.key);
                ReplyOutcome::Open
            }
        }
    }
}

#[cfg(test)]
#[path = "reply_tests.rs"]
mod tests;
