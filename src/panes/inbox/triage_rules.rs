//! The triage rules on the Inbox's strategy face: the list (the config file's rules first, shown
//! read-only "from config", then the ones typed here), j/k to choose, n/e/d to add, edit or
//! delete one, and the rule form, whose fields are the config's rule keys read by
//! [`crate::analytics::triage::fields`] — the same text is accepted, with the same sentences.

use super::forms::{InboxForm, InboxFormPurpose};
use super::{InboxPane, InboxRequest};
use crate::analytics::triage::TriageRule;
use crate::analytics::triage::fields::{self, Written};
use crate::command::Command;
use crate::i18n::{Arg, Lang};
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

impl InboxPane {
    /// Handles the strategy face: j/k choose a triage rule, n/e/d add, edit or delete one (a
    /// config rule is read-only), anything else scrolls.
    pub fn handle_strategy(&mut self, command: Command, page: u16) -> Outcome<InboxRequest> {
        let lang = self.lang;
        let from_config = || Outcome::Message(lang.text("inbox-rule-from-config"));
        let rules = &mut self.triage_rules;
        match command {
            Command::Down => {
                rules.selected = (rules.selected + 1).min(rules.entries.len().saturating_sub(1))
            }
            Command::Up => rules.selected = rules.selected.saturating_sub(1),
            Command::New => return Outcome::Request(InboxRequest::TriageRuleToEdit(None)),
            Command::Edit => {
                return match rules.chosen() {
                    None => Outcome::Message(lang.text("inbox-rule-none-to-edit")),
                    Some((None, _)) => from_config(),
                    Some((Some(id), _)) => {
                        Outcome::Request(InboxRequest::TriageRuleToEdit(Some(id)))
                    }
                };
            }
            Command::Delete => {
                return match rules.chosen() {
                    None => Outcome::Message(lang.text("inbox-rule-none-to-delete")),
                    Some((None, _)) => from_config(),
                    Some((Some(id), name)) => Outcome::Confirm(
                        lang.text_with(
                            "inbox-rule-delete-question",
                            &[("name", Arg::Text(&sanitize_line(name)))],
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

/// The keys of the rule form's fields, the config file's keys, with their labels in `lang`
/// (each naming its key).
fn fields_in(lang: Lang) -> [(&'static str, String); 9] {
    [
        ("name", lang.text("inbox-rule-field-name")),
        ("contains", lang.text("inbox-rule-field-contains")),
        ("channel", lang.text("inbox-rule-field-channel")),
        ("kind", lang.text("inbox-rule-field-kind")),
        ("role", lang.text("inbox-rule-field-role")),
        ("priority", lang.text("inbox-rule-field-priority")),
        ("sentiment", lang.text("inbox-rule-field-sentiment")),
        ("status", lang.text("inbox-rule-field-status")),
        ("saved_reply", lang.text("inbox-rule-field-saved-reply")),
    ]
}

impl InboxForm {
    /// A triage rule, new (`id` none) or as stored: one text field per key of `[[inbox.rules]]`,
    /// labelled in `lang`.
    pub fn triage_rule(id: Option<i64>, existing: Option<&TriageRule>, lang: Lang) -> InboxForm {
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
        let form_fields = fields_in(lang)
            .into_iter()
            .zip(values)
            .map(|((key, label), value)| FormField::text(key, label, value.as_str()))
            .collect();
        let title = if id.is_some() {
            lang.text("inbox-rule-edit-title")
        } else {
            lang.text("inbox-rule-new-title")
        };
        InboxForm {
            purpose: InboxFormPurpose::TriageRule(id),
            form: Form::new(title, form_fields),
            lang,
        }
    }
}

/// The rule typed on the form, read as the config file's rule would be, its mistakes in `lang`.
pub(super) fn read(form: &Form, lang: Lang) -> Result<TriageRule, Vec<(&'static str, String)>> {
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
    .read_in(lang)
}

/// The triage rules' section of the strategy face, the chosen one highlighted.
pub(super) fn lines(
    pane: &InboxPane,
    keys: &crate::keymap::Keymap,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let hints = Hints::new(keys, Scope::Global)
        .keys(
            &[Command::Down, Command::Up],
            &lang.text("inbox-hint-choose"),
        )
        .scope(Scope::Inbox)
        .key(Command::New, &lang.text("inbox-hint-new"))
        .key(Command::Edit, &lang.text("inbox-hint-edit"))
        .key(Command::Delete, &lang.text("inbox-hint-delete"))
        .join(" · ");
    let rules = &pane.triage_rules;
    let mut lines = vec![
        Line::raw(""),
        heading(
            &lang.text_with("inbox-rules-heading", &[("keys", Arg::Text(&hints))]),
            theme,
        ),
        Line::styled(
            format!("  {}", lang.text("inbox-rules-formula")),
            theme.dim(),
        ),
    ];
    if rules.entries.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("inbox-rules-none")),
            theme.dim(),
        ));
    }
    let origin_width = lang.text("inbox-rules-from-config").chars().count().max(13);
    for (index, entry) in rules.entries.iter().enumerate() {
        let written = fields::written(&entry.rule);
        let (when, then) = (&entry.rule.when, &entry.rule.then);
        let shown = |stored: &str, word: Option<String>| {
            word.map(|word| super::forms::value_word(lang, stored, word))
                .unwrap_or_default()
        };
        let conditions = [
            (lang.text("inbox-rules-contains"), written.contains.clone()),
            (
                lang.text("inbox-rules-channel"),
                shown(&written.channel, when.channel.map(|n| n.word(lang))),
            ),
            (
                lang.text("inbox-rules-kind"),
                shown(&written.kind, when.kind.map(|k| k.word(lang))),
            ),
            (
                lang.text("inbox-rules-role"),
                shown(&written.role, when.role.map(|r| r.word(lang))),
            ),
        ];
        let actions = [
            (
                lang.text("inbox-rules-priority"),
                shown(&written.priority, then.priority.map(|p| p.word(lang))),
            ),
            (
                lang.text("inbox-rules-sentiment"),
                shown(&written.sentiment, then.sentiment.map(|s| s.word(lang))),
            ),
            (
                lang.text("inbox-rules-status"),
                shown(&written.status, then.status.map(|s| s.word(lang))),
            ),
            (lang.text("inbox-rules-reply"), written.saved_reply.clone()),
        ];
        let join = |parts: &[(String, String)]| {
            parts
                .iter()
                .filter(|(_, value)| !value.is_empty())
                .map(|(key, value)| format!("{key} {}", sanitize_line(value)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let marker = if index == rules.selected { "▶" } else { " " };
        let origin = if entry.id.is_none() {
            lang.text("inbox-rules-from-config")
        } else {
            String::new()
        };
        let text = lang.text_with(
            "inbox-rules-line",
            &[
                ("marker", Arg::Text(marker)),
                (
                    "name",
                    Arg::Text(&format!(
                        "{:<20}",
                        crate::text::truncate(&sanitize_line(&entry.rule.name), 20)
                    )),
                ),
                ("origin", Arg::Text(&format!("{origin:<origin_width$}"))),
                ("when", Arg::Text(&join(&conditions))),
                ("then", Arg::Text(&join(&actions))),
            ],
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
