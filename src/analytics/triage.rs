//! Inbox triage rules: when a message arrives (typed or imported), every rule whose conditions
//! hold sets its priority, sentiment, state or suggested saved reply, and the message remembers
//! which rules touched it.
//!
//! Words are compared case- and accent-insensitively ([`crate::text::fold`]), so `reembolso`
//! matches `Reembolso` and `devolucion` matches `devolución`.

pub mod fields;

use crate::domain::enums::{MessageKind, MessageStatus, Network, Priority, Role, Sentiment};
use crate::text::fold;

/// How rules are applied, as shown next to a triaged message.
pub const FORMULA: &str = "every rule whose conditions all hold applies, in the order written; a later rule's action replaces an earlier one's for the same field; a single word matches whole words only, a phrase matches anywhere; case and accents are ignored";

/// One triage rule: when all its conditions hold, its actions apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriageRule {
    /// The rule's name, shown on the messages it touched.
    pub name: String,
    /// What a message must satisfy.
    pub when: Conditions,
    /// What is set on a matching message.
    pub then: Actions,
}

/// The conditions of a rule; every condition given must hold, and at least one must be given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conditions {
    /// Any of these words or phrases (case- and accent-insensitive). A single word matches whole
    /// words only (`mal` does not match `malva`); a term with spaces or punctuation matches as a
    /// run of text anywhere. Empty means no text condition.
    pub contains: Vec<String>,
    /// The channel the message came from.
    pub channel: Option<Network>,
    /// The sort of message.
    pub kind: Option<MessageKind>,
    /// The role of the person who sent it.
    pub role: Option<Role>,
}

/// The actions of a rule; at least one must be given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actions {
    /// The priority to set.
    pub priority: Option<Priority>,
    /// The sentiment to set.
    pub sentiment: Option<Sentiment>,
    /// The state to set.
    pub status: Option<MessageStatus>,
    /// The title of the saved reply to suggest.
    pub saved_reply: Option<String>,
}

/// A triage rule stored in the database (typed in the Inbox's strategy face), with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRule {
    /// Its id.
    pub id: i64,
    /// The rule.
    pub rule: TriageRule,
}

/// The rules every arriving message goes through: the config file's `[[inbox.rules]]` first, in
/// the order written, then the rules typed in the Inbox, in the order they were created — so a
/// typed rule's action wins over a config rule's for the same field.
pub fn in_force(config: &[TriageRule], stored: &[StoredRule]) -> Vec<TriageRule> {
    config
        .iter()
        .cloned()
        .chain(stored.iter().map(|stored| stored.rule.clone()))
        .collect()
}

/// What triage needs to know about an arriving message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrival<'a> {
    /// The message text.
    pub text: &'a str,
    /// The channel it came from.
    pub network: Network,
    /// The sort of message.
    pub kind: MessageKind,
    /// The sender's role, when the sender is linked to a person.
    pub role: Option<Role>,
}

/// The outcome of triage for one message: the fields the rules set, and which rules set them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triage {
    /// The names of every rule that matched, in order, joined by `", "`.
    pub rule: String,
    /// The priority set, if any rule set one.
    pub priority: Option<Priority>,
    /// The sentiment set, if any rule set one.
    pub sentiment: Option<Sentiment>,
    /// The state set, if any rule set one.
    pub status: Option<MessageStatus>,
    /// The saved reply suggested, if any rule suggested one.
    pub saved_reply: Option<String>,
}

impl Conditions {
    /// Whether no condition is given (such a rule is invalid).
    pub fn is_empty(&self) -> bool {
        self.contains.is_empty()
            && self.channel.is_none()
            && self.kind.is_none()
            && self.role.is_none()
    }

    /// Whether every given condition holds for `arrival`.
    pub fn hold_for(&self, arrival: &Arrival) -> bool {
        !self.is_empty()
            && self
                .channel
                .is_none_or(|channel| channel == arrival.network)
            && self.kind.is_none_or(|kind| kind == arrival.kind)
            && self.role.is_none_or(|role| arrival.role == Some(role))
            && (self.contains.is_empty() || {
                let text = normalize(arrival.text);
                self.contains.iter().any(|term| contains_term(&text, term))
            })
    }
}

impl Actions {
    /// Whether no action is given (such a rule is invalid).
    pub fn is_empty(&self) -> bool {
        self.priority.is_none()
            && self.sentiment.is_none()
            && self.status.is_none()
            && self.saved_reply.is_none()
    }
}

impl TriageRule {
    /// Why the rule cannot be used (no condition, no action, a blank word), or `Ok`.
    pub fn validate(&self) -> Result<(), String> {
        self.validate_in(crate::i18n::Lang::En)
    }

    /// [`TriageRule::validate`], its refusal written in `lang`.
    pub fn validate_in(&self, lang: crate::i18n::Lang) -> Result<(), String> {
        let name = [("rule", crate::i18n::Arg::Text(&self.name))];
        if self.when.is_empty() {
            return Err(lang.text_with("inbox-rule-error-no-condition", &name));
        }
        if self.then.is_empty() {
            return Err(lang.text_with("inbox-rule-error-no-action", &name));
        }
        if self
            .when
            .contains
            .iter()
            .any(|term| normalize(term).is_empty())
        {
            return Err(lang.text_with("inbox-rule-error-blank-contains", &name));
        }
        Ok(())
    }
}

/// Folds case and accents and collapses every run of whitespace into one space.
fn normalize(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the normalized `text` contains `term`: as a whole word when the term is one word of
/// letters and digits, else as a run of text.
fn contains_term(text: &str, term: &str) -> bool {
    let term = normalize(term);
    if term.is_empty() {
        return false;
    }
    if term.chars().all(char::is_alphanumeric) {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|word| word == term)
    } else {
        text.contains(&term)
    }
}

/// Applies every matching rule to `arrival`, in order; a later rule's action overrides an
/// earlier one's for the same field, and [`Triage::rule`] names every rule that matched, joined
/// by `", "` (e.g. `"refunds, instagram reviews"`). `None` when no rule matches.
pub fn triage(rules: &[TriageRule], arrival: &Arrival) -> Option<Triage> {
    let mut names: Vec<&str> = Vec::new();
    let mut result = Triage {
        rule: String::new(),
        priority: None,
        sentiment: None,
        status: None,
        saved_reply: None,
    };
    for rule in rules.iter().filter(|rule| rule.when.hold_for(arrival)) {
        names.push(&rule.name);
        let then = &rule.then;
        result.priority = then.priority.or(result.priority);
        result.sentiment = then.sentiment.or(result.sentiment);
        result.status = then.status.or(result.status);
        if then.saved_reply.is_some() {
            result.saved_reply.clone_from(&then.saved_reply);
        }
    }
    if names.is_empty() {
        return None;
    }
    result.rule = names.join(", ");
    Some(result)
}

#[cfg(test)]
mod tests;
