//! Carries out the mentions' requests: triage changes, a mention turned into an inbox item or a
//! post idea, its author linked or added as a prescriptor candidate or on the watchlist — each
//! one transaction with its undo.

use super::{App, Undo, created_row};
use crate::db::DbError;
use crate::db::undo_rows::{RowImage, Table};
use crate::domain::Network;
use crate::domain::mentions::MentionChange;
use crate::domain::post::ChannelInfo;
use crate::i18n::Arg;
use crate::keymap::Input;
use crate::panes::mentions::MentionsData;
use crate::panes::{MentionsRequest, Request};

/// The network a mention's source names, when it names one.
fn network_of(source: &str) -> Option<Network> {
    Network::of_source(source)
}

impl App {
    /// Hands the Mentions pane what was read or done for it.
    pub(super) fn mentions_receive(&mut self, data: MentionsData) {
        let ctx = self.context();
        self.panes.mentions.receive(data, &ctx);
    }

    /// Sends a key to the open mentions form and carries out what it asks.
    pub(super) fn mentions_form_key(&mut self, input: Input) {
        let ctx = self.context();
        let outcome = self.panes.mentions.form_key(input, &ctx);
        self.after(outcome.map(Request::Mentions));
    }

    fn mentions_changed(&mut self, message: String, undo: Undo) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.record(undo);
        self.mentions_receive(MentionsData::Saved);
        self.data_changed();
    }

    /// The mentions `ids` as they stand, kept whole to put back on undo.
    fn mention_images(&self, ids: &[i64]) -> Result<Vec<RowImage>, DbError> {
        let keys: Vec<(Table, i64)> = ids.iter().map(|id| (Table::Mentions, *id)).collect();
        self.db.row_images(&keys)
    }

    pub(super) fn perform_mentions(&mut self, request: MentionsRequest) {
        if let Err(error) = self.try_mentions(request) {
            self.message = Some(self.lang.text_with(
                "mentions-nothing-changed",
                &[("error", Arg::Text(&error.to_string()))],
            ));
        }
    }

    /// The channel a mention's follow-up goes on: the first channel of the mention's own
    /// network, else the first channel. `None` when the mention is gone, or when there is no
    /// channel at all, which the status line then says `what` needs.
    fn channel_for_mention(&mut self, id: i64, what: &str) -> Result<Option<ChannelInfo>, DbError> {
        let Some(mention) = self.db.mentions_by_ids(&[id])?.into_iter().next() else {
            return Ok(None);
        };
        let mut channels = self.db.channels()?;
        let own = network_of(mention.source.raw())
            .and_then(|n| channels.iter().position(|c| c.network == n))
            .unwrap_or(0);
        if own >= channels.len() {
            self.message = Some(
                self.lang
                    .text_with("mentions-channel-first", &[("what", Arg::Text(what))]),
            );
            return Ok(None);
        }
        Ok(Some(channels.swap_remove(own)))
    }

    /// Forgets what the corrections taught, with its undo; says so when nothing was learned.
    fn forget_sentiment_lessons(&mut self) -> Result<(), DbError> {
        let learned = self.sentiment.learned().len();
        if learned == 0 {
            let examples = i64::try_from(self.sentiment.examples()).unwrap_or(i64::MAX);
            self.message = Some(self.lang.text_with(
                "mentions-nothing-to-forget",
                &[
                    ("count", Arg::Count(examples)),
                    ("shown", Arg::Text(&crate::i18n::count(self.lang, examples))),
                ],
            ));
            return Ok(());
        }
        let before = self.db.forgotten_lessons()?;
        let texts = self.db.forget_sentiment_lessons()?;
        let learned = i64::try_from(learned).unwrap_or(i64::MAX);
        let forgot = self.lang.text_with(
            "mentions-forgot-lessons",
            &[
                ("count", Arg::Count(learned)),
                ("words", Arg::Text(&crate::i18n::count(self.lang, learned))),
                ("texts", Arg::Text(&texts.to_string())),
            ],
        );
        self.message = Some(format!("{forgot}{}", self.undoes()));
        self.record(Undo {
            label: self.lang.text("mentions-undo-forget-lessons"),
            action: super::UndoAction::SentimentLessons { forgotten: before },
        });
        self.data_changed();
        Ok(())
    }

    fn try_mentions(&mut self, request: MentionsRequest) -> Result<(), DbError> {
        let now = self.clock.now;
        match request {
            MentionsRequest::ChangeMentions { ids, change, label } => {
                let restore = self.mention_images(&ids)?;
                self.db.change_mentions(&ids, change)?;
                let lang = self.lang;
                let what = match change {
                    MentionChange::Sentiment(s) => lang.text_with(
                        "mentions-sentiment-corrected",
                        &[("sentiment", Arg::Text(&s.word(lang)))],
                    ),
                    MentionChange::Status(s) => {
                        lang.text_with("mentions-marked", &[("status", Arg::Text(&s.word(lang)))])
                    }
                    MentionChange::Person(_) => lang.text("mentions-linked"),
                };
                self.mentions_changed(what, Undo::rows(label, restore, Vec::new()));
            }
            MentionsRequest::MentionToInbox(id) => {
                let what = self.lang.text("mentions-channel-for-inbox");
                let Some(channel) = self.channel_for_mention(id, &what)? else {
                    return Ok(());
                };
                let restore = self.mention_images(&[id])?;
                let source = self
                    .db
                    .mentions_by_ids(&[id])?
                    .first()
                    .map(|m| m.source.line())
                    .unwrap_or_default();
                let created = self.db.mention_to_inbox(id, channel.id)?;
                let label = channel.label();
                let message = self.lang.text_with(
                    "mentions-to-inbox-done",
                    &[
                        ("source", Arg::Text(&source)),
                        ("channel", Arg::Text(&label)),
                    ],
                );
                let undo = self.lang.text("mentions-undo-to-inbox");
                self.mentions_changed(
                    message,
                    Undo::rows(undo, restore, vec![created_row(created)]),
                );
            }
            MentionsRequest::MentionToIdea(id) => {
                let what = self.lang.text("mentions-channel-for-idea");
                let Some(channel) = self.channel_for_mention(id, &what)? else {
                    return Ok(());
                };
                let restore = self.mention_images(&[id])?;
                let created = self.db.mention_to_post_idea(id, channel.id, now)?;
                let label = channel.label();
                let message = self
                    .lang
                    .text_with("mentions-to-idea-done", &[("channel", Arg::Text(&label))]);
                let undo = self.lang.text("mentions-undo-post-idea");
                self.mentions_changed(
                    message,
                    Undo::rows(undo, restore, vec![created_row(created)]),
                );
            }
            MentionsRequest::AuthorToLink(id) => {
                let Some(mention) = self.db.mentions_by_ids(&[id])?.into_iter().next() else {
                    return Ok(());
                };
                let people = self.db.people_names()?;
                let suggested = match network_of(mention.source.raw()) {
                    Some(network) => self.db.person_by_handle(network, mention.author.raw())?,
                    None => None,
                };
                self.mentions_receive(MentionsData::AuthorToLink {
                    mention: id,
                    author: mention.author.line(),
                    people,
                    suggested,
                });
            }
            MentionsRequest::MentionPerson {
                id,
                person,
                name,
                role,
            } => {
                let restore = self.mention_images(&[id])?;
                match person {
                    Some(person) => {
                        self.db
                            .change_mentions(&[id], MentionChange::Person(person))?;
                        self.mentions_changed(
                            self.lang.text("mentions-linked-author"),
                            Undo::rows(self.lang.text("mentions-undo-link"), restore, Vec::new()),
                        );
                    }
                    None => {
                        let network = self
                            .db
                            .mentions_by_ids(&[id])?
                            .first()
                            .and_then(|m| network_of(m.source.raw()));
                        let created = self
                            .db
                            .mention_author_as_person(id, &name, role, network, now)?;
                        let lang = self.lang;
                        let args = [
                            ("name", Arg::Text(&name)),
                            ("role", Arg::Text(&role.word(lang))),
                        ];
                        let message = if role.is_hostile() {
                            lang.text_with("mentions-added-to-watchlist", &args)
                        } else {
                            lang.text_with("mentions-added-to-prescriptors", &args)
                        };
                        self.mentions_changed(
                            message,
                            Undo::rows(
                                lang.text("mentions-undo-new-person"),
                                restore,
                                vec![created_row(created)],
                            ),
                        );
                    }
                }
            }
            MentionsRequest::RuleNames => {
                let rules = self.db.rule_names()?;
                self.mentions_receive(MentionsData::RuleNames(rules));
            }
            MentionsRequest::RuleToEdit(id) => self.open_rule_form(id)?,
            MentionsRequest::SaveRule { id, rule } => self.save_rule(id, rule)?,
            MentionsRequest::DeleteRule(id) => self.delete_rule(id)?,
            MentionsRequest::AddMention(mention) => self.add_mention(mention)?,
            MentionsRequest::ForgetSentimentLessons => self.forget_sentiment_lessons()?,
        }
        Ok(())
    }
}
