//! The `[inbox]` table: business hours for response times, and the `[[inbox.rules]]` triage rules.

use std::collections::BTreeSet;
use std::fmt::Display;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::ConfigError;
use crate::analytics::{Actions, BusinessHours, Conditions, TriageRule, parse_business_hours};
use crate::domain::enums::{MessageKind, MessageStatus, Network, Priority, Role, Sentiment};

/// The inbox's settings, from `[inbox]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InboxConfig {
    /// When set, response times count only the minutes inside these local opening hours.
    pub business_hours: Option<BusinessHours>,
    /// Triage rules, applied in this order to every message that arrives.
    pub rules: Vec<TriageRule>,
}

/// `[inbox]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawInbox {
    business_hours: Option<Spanned<String>>,
    rules: Vec<Spanned<RawRule>>,
}

/// One `[[inbox.rules]]` entry as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawRule {
    name: Option<Spanned<String>>,
    contains: Vec<Spanned<String>>,
    channel: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    role: Option<Spanned<String>>,
    priority: Option<Spanned<String>>,
    sentiment: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    saved_reply: Option<Spanned<String>>,
}

/// The text of the config file and its path, for errors.
#[derive(Clone, Copy)]
struct Source<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Source<'_> {
    /// An error at `value`'s position.
    fn error<T>(&self, value: &Spanned<T>, key: &str, message: String) -> ConfigError {
        ConfigError::at(self.path, self.text, value.span(), key, message)
    }

    /// A stored name read back as one of `all`, or an error naming the known ones.
    fn known<T: Copy + Display>(
        &self,
        value: &Option<Spanned<String>>,
        key: &str,
        what: &str,
        parse: fn(&str) -> Option<T>,
        all: &[T],
    ) -> Result<Option<T>, ConfigError> {
        let Some(value) = value else { return Ok(None) };
        match parse(value.get_ref().trim().to_lowercase().as_str()) {
            Some(parsed) => Ok(Some(parsed)),
            None => {
                let known: Vec<String> = all.iter().map(ToString::to_string).collect();
                let message = format!(
                    "unknown {what} `{}`; use one of: {}",
                    value.get_ref(),
                    known.join(", ")
                );
                Err(self.error(value, key, message))
            }
        }
    }
}

/// Validates `[inbox]`: business hours through [`parse_business_hours`], and every rule's names,
/// words, values, and that it has at least one condition and one action. Rules are counted from
/// 1 in keys: `inbox.rules[2].priority` is the second rule's priority.
pub(super) fn inbox_config(
    raw: &RawInbox,
    text: &str,
    path: &Path,
) -> Result<InboxConfig, ConfigError> {
    let source = Source { text, path };
    let business_hours = raw
        .business_hours
        .as_ref()
        .map(|hours| {
            parse_business_hours(hours.get_ref())
                .map_err(|error| source.error(hours, "inbox.business_hours", error))
        })
        .transpose()?;
    let mut names = BTreeSet::new();
    let mut rules = Vec::with_capacity(raw.rules.len());
    for (index, rule) in raw.rules.iter().enumerate() {
        let key = format!("inbox.rules[{}]", index + 1);
        let parsed = triage_rule(rule, &key, source)?;
        if !names.insert(parsed.name.clone()) {
            let message = format!(
                "the rule name `{}` is used twice: give each rule its own name",
                parsed.name
            );
            let at = rule
                .get_ref()
                .name
                .as_ref()
                .map_or(rule.span(), Spanned::span);
            return Err(ConfigError::at(
                path,
                text,
                at,
                format!("{key}.name"),
                message,
            ));
        }
        rules.push(parsed);
    }
    Ok(InboxConfig {
        business_hours,
        rules,
    })
}

/// One rule, validated; `key` is `inbox.rules[n]`.
fn triage_rule(
    spanned: &Spanned<RawRule>,
    key: &str,
    source: Source,
) -> Result<TriageRule, ConfigError> {
    let raw = spanned.get_ref();
    let name = match &raw.name {
        Some(name) if !name.get_ref().trim().is_empty() => name.get_ref().trim().to_string(),
        Some(name) => {
            let message =
                "the rule name is empty: name the rule, it is shown on the messages it touches";
            return Err(source.error(name, &format!("{key}.name"), message.to_string()));
        }
        None => {
            let message =
                "the rule has no name: add `name = \"…\"`, it is shown on the messages it touches";
            return Err(source.error(spanned, key, message.to_string()));
        }
    };
    if let Some(blank) = raw
        .contains
        .iter()
        .find(|word| word.get_ref().trim().is_empty())
    {
        let message = format!("rule `{name}` has a blank word: remove it from the list");
        return Err(source.error(blank, &format!("{key}.contains"), message));
    }
    let when = Conditions {
        contains: raw
            .contains
            .iter()
            .map(|word| word.get_ref().clone())
            .collect(),
        channel: source.known(
            &raw.channel,
            &format!("{key}.channel"),
            "network",
            Network::parse,
            Network::ALL,
        )?,
        kind: source.known(
            &raw.kind,
            &format!("{key}.kind"),
            "kind",
            MessageKind::parse,
            MessageKind::ALL,
        )?,
        role: source.known(
            &raw.role,
            &format!("{key}.role"),
            "role",
            Role::parse,
            Role::ALL,
        )?,
    };
    let saved_reply = match &raw.saved_reply {
        Some(reply) if reply.get_ref().trim().is_empty() => {
            let message = format!(
                "rule `{name}` has an empty saved reply: give a saved reply's title or remove the line"
            );
            return Err(source.error(reply, &format!("{key}.saved_reply"), message));
        }
        reply => reply
            .as_ref()
            .map(|reply| reply.get_ref().trim().to_string()),
    };
    let then = Actions {
        priority: source.known(
            &raw.priority,
            &format!("{key}.priority"),
            "priority",
            Priority::parse,
            Priority::ALL,
        )?,
        sentiment: source.known(
            &raw.sentiment,
            &format!("{key}.sentiment"),
            "sentiment",
            Sentiment::parse,
            Sentiment::ALL,
        )?,
        status: source.known(
            &raw.status,
            &format!("{key}.status"),
            "status",
            MessageStatus::parse,
            MessageStatus::ALL,
        )?,
        saved_reply,
    };
    let rule = TriageRule { name, when, then };
    rule.validate()
        .map_err(|message| source.error(spanned, key, message))?;
    Ok(rule)
}
