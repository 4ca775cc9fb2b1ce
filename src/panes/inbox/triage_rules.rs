//! The triage rules on the Inbox's strategy face: the list (the config file's rules first, shown
//! read-only "from config", then the ones typed here), j/k to choose, n/e/d to add, edit or
//! delete one, and the rule form, whose fields are the config's rule keys read by
//! [`crate::analytics::triage::fields`] — the same text is accepted, with the same sentences.

use super::forms::{InboxForm, InboxFormPurpose};
use super::{InboxPane, InboxRequest};
use crate::analytics::triage::TriageRule;
use crate::analytics::triage::fields::{self, Written};
use crate::command::Command;
use crate::keymap::Scope;
use crate::panes::Outcome;
use crate::panes::form::{Form, FormField};
use crate::text::sanitize_line;
use crate::ui::Theme;
use crate::ui::hints::Hints;
use crate::ui::widgets::heading;
use ratatui::text::Line;

/// A triage rule as the strategy face lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriageRuleEntry {
    /// Its id when it was typed in the Inbox; none when it comes from the config file.
    pub id: Option<i64>,
    /// The rule.
    pub rule: TriageRule,
}

/// The rules listed and the one chosen.
#[derive(Debug, Clone, Default)]
pub(super) struct TriageRules {
    /// Every rule in force, in the order they apply.
    pub(super) entries: Vec<TriageRuleEntry>,
    /// The rule highlighted.
    pub(super) selected: usize,
}

impl TriageRules {
    /// Takes the rules read again, keeping the highlight inside the list.
    pub(super) fn show(&mut self, entries: Vec<TriageRuleEntry>) {
        self.entries = entries;
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
    }

    /// The highlighted rule's id and name; the id is none for a config rule.
    fn chosen(&self) -> Option<(Option<i64>, &str)> {
        self.entries
            .get(self.selected)
            .map(|entry| (entry.id, entry.rule.name.as_str()))
    }
}

const FROM_CONFIG: &str =
    "That rule comes from the config file's [[inbox.rules]]: change it there.";

impl InboxPane {
    /// Handles the strategy face: j/k choose a triage rule, n/e/d add, edit or delete one (a
    /// config rule is read-only), anything else scrolls.
    pub fn handle_strategy(&mut self, command: Command, page: u16) -> Outcome<InboxRequest> {
        let rules = &mut self.triage_rules;
        match command {
            Command::Down => {
                rules.selected = (rules.selected + 1).min(rules.entries.len().saturating_sub(1))
            }
            Command::Up => rules.selected = rules.selected.saturating_sub(1),
            Command::New => return Outcome::Request(InboxRequest::TriageRuleToEdit(None)),
            Command::Edit => {
                return match rules.chosen() {
                    None => Outcome::Message("There is no triage rule to edit yet."),
                    Some((None, _)) => Outcome::Message(FROM_CONFIG),
                    Some((Some(id), _)) => {
                        Outcome::Request(InboxRequest::TriageRuleToEdit(Some(id)))
                    }
                };
            }
            Command::Delete => {
                return match rules.chosen() {
                    None => Outcome::Message("There is no triage rule to delete."),
                    Some((None, _)) => Outcome::Message(FROM_CONFIG),
                    Some((Some(id), name)) => Outcome::Confirm(
                        format!(
                            "Delete the triage rule “{}”? Messages it touched keep what it set",
                            sanitize_line(name)
                        ),
                        InboxRequest::DeleteTriageRule(id),
                    ),
                };
            }
            other => return self.strategy.handle(other, page),
        }
        Outcome::Handled
    }
}

/// The labels of the rule form, after the config file's keys.
const FIELDS: [(&str, &str); 9] = [
    ("name", "Name (name)"),
    ("contains", "Any of these words (contains: a, b)"),
    ("channel", "Channel (channel)"),
    ("kind", "Kind of message (kind)"),
    ("role", "Sender's role (role)"),
    ("priority", "Set priority (priority)"),
    ("sentiment", "Set sentiment (sentiment)"),
    ("status", "Set state (status)"),
    ("saved_reply", "Suggest saved reply (saved_reply)"),
];

impl InboxForm {
    /// A triage rule, new (`id` none) or as stored: one text field per key of `[[inbox.rules]]`.
    pub fn triage_rule(id: Option<i64>, existing: Option<&TriageRule>) -> InboxForm {
        let written = existing.map(fields::written).unwrap_or_default();
        let values = [
            &written.name,
            &written.contains,
            &written.channel,
            &written.kind,
            &written.role,
            &written.priority,
            &written.sentiment,
            &written.status,
            &written.saved_reply,
        ];
        let form_fields = FIELDS
            .iter()
            .zip(values)
            .map(|((key, label), value)| FormField::text(key, label, value.as_str()))
            .collect();
        let title = if id.is_some() {
            "Edit triage rule"
        } else {
            "New triage rule"
        };
        InboxForm {
            purpose: InboxFormPurpose::TriageRule(id),
            form: Form::new(title, form_fields),
        }
    }
}

/// The rule typed on the form, read as the config file's rule would be.
pub(super) fn read(form: &Form) -> Result<TriageRule, Vec<(&'static str, String)>> {
    Written {
        name: form.text("name"),
        contains: form.text("contains"),
        channel: form.text("channel"),
        kind: form.text("kind"),
        role: form.text("role"),
        priority: form.text("priority"),
        sentiment: form.text("sentiment"),
        status: form.text("status"),
        saved_reply: form.text("saved_reply"),
    }
    .read()
}

/// The triage rules' section of the strategy face, the chosen one highlighted.
pub(super) fn lines(
    pane: &InboxPane,
    keys: &crate::keymap::Keymap,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let hints = Hints::new(keys, Scope::Global)
        .keys(&[Command::Down, Command::Up], "choose")
        .scope(Scope::Inbox)
        .key(Command::New, "new")
        .key(Command::Edit, "edit")
        .key(Command::Delete, "delete")
        .join(" · ");
    let rules = &pane.triage_rules;
    let mut lines = vec![
        Line::raw(""),
        heading(
            &format!("Triage rules, applied in this order ({hints})"),
            theme,
        ),
        Line::styled(
            format!("  {}", crate::analytics::triage::FORMULA),
            theme.dim(),
        ),
    ];
    if rules.entries.is_empty() {
        lines.push(Line::styled(
            "  No triage rules yet: add one to set priority, sentiment or state as messages arrive.",
            theme.dim(),
        ));
    }
    for (index, entry) in rules.entries.iter().enumerate() {
        let written = fields::written(&entry.rule);
        let when = [
            ("contains", &written.contains),
            ("channel", &written.channel),
            ("kind", &written.kind),
            ("role", &written.role),
        ];
        let then = [
            ("priority", &written.priority),
            ("sentiment", &written.sentiment),
            ("status", &written.status),
            ("reply", &written.saved_reply),
        ];
        let join = |parts: &[(&str, &String)]| {
            parts
                .iter()
                .filter(|(_, value)| !value.is_empty())
                .map(|(key, value)| format!("{key} {}", sanitize_line(value)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let marker = if index == rules.selected { "▶" } else { " " };
        let origin = if entry.id.is_none() {
            "(from config)"
        } else {
            ""
        };
        let text = format!(
            "{marker} {:<20} {origin:<13} when {} → {}",
            crate::text::truncate(&sanitize_line(&entry.rule.name), 20),
            join(&when),
            join(&then)
        );
        lines.push(if index == rules.selected {
            Line::styled(text, theme.selected())
        } else if entry.id.is_none() {
            Line::styled(text, theme.dim())
        } else {
            Line::raw(text)
        });
    }
    lines
}
