//! Carries out the Inbox's triage-rule edits, as checked by the pane: each stored in one
//! transaction and undoable; a name another rule already has goes back to the form. Also says
//! which rules every arriving message goes through: the config file's first, then the typed ones.

use super::{App, Undo, UndoAction};
use crate::analytics::triage::{StoredRule, TriageRule, in_force};
use crate::db::DbError;
use crate::i18n::Arg;
use crate::panes::inbox::{InboxData, TriageRuleEntry};
use crate::text::fold;

impl App {
    /// The triage rules in force, in the order they apply: the config file's `[[inbox.rules]]`,
    /// then the rules typed in the Inbox.
    pub(super) fn triage_rules_in_force(&self) -> Result<Vec<TriageRule>, DbError> {
        Ok(in_force(&self.inbox_rules, &self.db.triage_rules()?))
    }

    /// Hands the strategy face every rule in force, the config's marked as such.
    pub(super) fn show_triage_rules(&mut self) -> Result<(), DbError> {
        let stored = self.db.triage_rules()?;
        let entries = self
            .inbox_rules
            .iter()
            .map(|rule| TriageRuleEntry {
                id: None,
                rule: rule.clone(),
            })
            .chain(
                stored
                    .into_iter()
                    .map(|StoredRule { id, rule }| TriageRuleEntry { id: Some(id), rule }),
            )
            .collect();
        self.inbox_receive(InboxData::TriageRules(entries));
        Ok(())
    }

    /// Opens the rule form: on the stored rule `id`, or empty for a new one.
    pub(super) fn open_triage_rule_form(&mut self, id: Option<i64>) -> Result<(), DbError> {
        let rule = match id {
            Some(id) => self.db.triage_rule(id)?.map(|stored| stored.rule),
            None => None,
        };
        self.inbox_receive(InboxData::TriageRuleToEdit { id, rule });
        Ok(())
    }

    /// Stores a checked rule (`id` none: a new one), with its undo; a name that a config rule
    /// or another typed rule has (case and accents ignored) is refused on the form.
    pub(super) fn save_triage_rule(
        &mut self,
        id: Option<i64>,
        rule: TriageRule,
    ) -> Result<(), DbError> {
        let name = fold(&rule.name);
        let stored = self.db.triage_rules()?;
        let in_config = self.inbox_rules.iter().any(|r| fold(&r.name) == name);
        let typed = stored
            .iter()
            .any(|r| fold(&r.rule.name) == name && Some(r.id) != id);
        if in_config || typed {
            let why = if in_config {
                self.lang.text("inbox-rule-name-in-config")
            } else {
                self.lang.text("inbox-rule-name-taken")
            };
            self.inbox_receive(InboxData::Refused(vec![("name", why)]));
            return Ok(());
        }
        let before = id.and_then(|id| stored.into_iter().find(|r| r.id == id));
        let saved = self.db.save_triage_rule(id, &rule)?;
        let remove = before.is_none().then_some(saved);
        self.triage_rule_changed(
            self.lang
                .text_with("inbox-rule-saved", &[("name", Arg::Text(&rule.name))]),
            UndoAction::TriageRule {
                restore: before,
                remove,
            },
        );
        Ok(())
    }

    /// Deletes a typed triage rule, with its undo; the messages it touched keep what it set.
    pub(super) fn delete_triage_rule(&mut self, id: i64) -> Result<(), DbError> {
        let before = self.db.triage_rule(id)?;
        self.db.delete_triage_rule(id)?;
        self.triage_rule_changed(
            self.lang.text("inbox-rule-deleted"),
            UndoAction::TriageRule {
                restore: before,
                remove: None,
            },
        );
        Ok(())
    }

    fn triage_rule_changed(&mut self, message: String, action: UndoAction) {
        self.message = Some(format!(
            "{}{}",
            crate::text::sanitize_line(&message),
            self.undoes()
        ));
        self.record(Undo {
            label: self.lang.text("inbox-undo-triage-rule"),
            action,
        });
        self.inbox_receive(InboxData::Saved);
        self.data_changed();
    }
}
