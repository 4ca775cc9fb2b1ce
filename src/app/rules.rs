//! Carries out the listening rules' edits and mentions typed by hand, as checked by the pane:
//! each stored in one transaction, undoable; a clash with what is stored goes back to the form.

use super::{App, Undo, UndoAction};
use crate::analytics::listening::{ListeningRule, match_rule};
use crate::db::DbError;
use crate::domain::MentionStatus;
use crate::domain::listening::RuleInput;
use crate::domain::mentions::{MentionByHand, NewMention};
use crate::i18n::Arg;
use crate::panes::mentions::MentionsData;

impl App {
    /// The stored listening rules, ready for matching.
    pub(super) fn listening_rules(&self) -> Result<Vec<ListeningRule>, DbError> {
        let ids = self.db.rule_names()?;
        let mut rules = Vec::with_capacity(ids.len());
        for (id, _) in ids {
            if let Some(snapshot) = self.db.rule_snapshot(id)? {
                let r = snapshot.input;
                rules.push(ListeningRule::from_stored(
                    id,
                    &r.name,
                    r.kind,
                    &r.terms,
                    &r.exclusions,
                    &r.source,
                    &r.language,
                ));
            }
        }
        Ok(rules)
    }

    /// Opens the rule form: on the stored rule `id`, or empty for a new one.
    pub(super) fn open_rule_form(&mut self, id: Option<i64>) -> Result<(), DbError> {
        let existing = match id {
            Some(id) => self.db.rule_snapshot(id)?.map(|s| s.input),
            None => None,
        };
        self.mentions_receive(MentionsData::RuleToEdit { id, rule: existing });
        Ok(())
    }

    /// Stores a checked listening rule (`id` none: a new one), with its undo; a name another
    /// rule has is refused on the form.
    pub(super) fn save_rule(&mut self, id: Option<i64>, input: RuleInput) -> Result<(), DbError> {
        if self.db.rule_names()?.iter().any(|(other, name)| {
            crate::text::fold(name) == crate::text::fold(&input.name) && Some(*other) != id
        }) {
            self.mentions_receive(MentionsData::Refused(vec![(
                "name",
                self.lang.text("mentions-error-rule-name-taken"),
            )]));
            return Ok(());
        }
        let before = match id {
            Some(id) => self.db.rule_snapshot(id)?,
            None => None,
        };
        let saved = self.db.save_rule(id, &input)?;
        let remove = before.is_none().then_some(saved);
        self.rule_changed(
            self.lang
                .text_with("mentions-rule-saved", &[("name", Arg::Text(&input.name))]),
            UndoAction::Rule {
                restore: before,
                remove,
            },
        );

        Ok(())
    }

    /// Deletes a listening rule (its mentions stay, without a rule), with its undo.
    pub(super) fn delete_rule(&mut self, id: i64) -> Result<(), DbError> {
        let before = self.db.rule_snapshot(id)?;
        self.db.delete_rule(id)?;
        self.rule_changed(
            self.lang.text("mentions-rule-deleted"),
            UndoAction::Rule {
                restore: before,
                remove: None,
            },
        );

        Ok(())
    }

    fn rule_changed(&mut self, message: String, action: UndoAction) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.record(Undo {
            label: self.lang.text("mentions-undo-rule"),
            action,
        });
        self.mentions_receive(MentionsData::Saved);
        self.data_changed();
    }

    /// Stores a checked mention typed by hand, matched to a rule and its sentiment guessed, with
    /// its undo; an address already stored is refused on the form.
    pub(super) fn add_mention(&mut self, typed: MentionByHand) -> Result<(), DbError> {
        if let Some(url) = &typed.url
            && self.db.mention_url_exists(url)?
        {
            self.mentions_receive(MentionsData::Refused(vec![(
                "url",
                self.lang.text("mentions-error-url-taken"),
            )]));
            return Ok(());
        }
        let MentionByHand {
            source,
            url,
            author,
            text,
            published_at,
            reach,
        } = typed;
        let rules = self.listening_rules()?;
        let rule = match_rule(&rules, &text, &source, None).map(|r| r.id);
        let mention = NewMention {
            source: if source.is_empty() {
                "manual".into()
            } else {
                source
            },
            external_id: None,
            url,
            author,
            person_id: None,
            text: text.clone(),
            published_at,
            reach,
            sentiment_auto: crate::analytics::sentiment::score_for(&text, None, &self.sentiment)
                .sentiment,
            sentiment_corrected: None,
            rule_id: rule,
            status: MentionStatus::New,
            is_defence: false,
        };
        let id = self.db.add_mention(&mention)?;
        let added = match rule.and_then(|r| rules.iter().find(|x| x.id == r)) {
            Some(rule) => self.lang.text_with(
                "mentions-added-with-rule",
                &[("rule", Arg::Text(&rule.name))],
            ),
            None => self.lang.text("mentions-added-without-rule"),
        };
        self.message = Some(format!("{added}{}", self.undoes()));
        self.record(Undo::rows(
            self.lang.text("mentions-undo-new-mention"),
            Vec::new(),
            vec![(crate::db::undo_rows::Table::Mentions, id)],
        ));
        self.mentions_receive(MentionsData::Saved);
        self.data_changed();
        Ok(())
    }
}
