//! The `[inbox]` table: business hours for response times, and the `[[inbox.rules]]` triage rules
//! (each field read by [`fields`], as the Inbox's rule form reads it).

use std::collections::BTreeSet;

use serde::Deserialize;
use toml::Spanned;

use super::{ConfigError, Place};
use crate::analytics::triage::fields;
use crate::analytics::{Actions, BusinessHours, Conditions, TriageRule, parse_business_hours_in};
use crate::i18n::Arg;

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

/// The config file being read, for errors and their language.
#[derive(Clone, Copy)]
struct Source<'a> {
    at: Place<'a>,
}

impl Source<'_> {
    /// An error at `value`'s position.
    fn error<T>(&self, value: &Spanned<T>, key: &str, message: String) -> ConfigError {
        self.at.error(value.span(), key, message)
    }

    /// An optional field read by `read` (one of [`fields`]'s functions), its mistake placed at
    /// the value.
    fn field<T>(
        &self,
        value: &Option<Spanned<String>>,
        key: &str,
        read: impl Fn(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        let Some(value) = value else { return Ok(None) };
        read(value.get_ref())
            .map(Some)
            .map_err(|message| self.error(value, key, message))
    }
}

/// Validates `[inbox]`: business hours through [`parse_business_hours_in`] (their mistakes in
/// the config's language), and every rule's names, words, values, and that it has at least one
/// condition and one action. Rules are counted from 1 in keys: `inbox.rules[2].priority` is the
/// second rule's priority.
pub(super) fn inbox_config(raw: &RawInbox, at: Place<'_>) -> Result<InboxConfig, ConfigError> {
    let source = Source { at };
    let business_hours = raw
        .business_hours
        .as_ref()
        .map(|hours| {
            parse_business_hours_in(hours.get_ref(), at.lang)
                .map_err(|error| source.error(hours, "inbox.business_hours", error))
        })
        .transpose()?;
    let mut names = BTreeSet::new();
    let mut rules = Vec::with_capacity(raw.rules.len());
    for (index, rule) in raw.rules.iter().enumerate() {
        let key = format!("inbox.rules[{}]", index + 1);
        let parsed = triage_rule(rule, &key, source)?;
        if !names.insert(parsed.name.clone()) {
            let message = at.lang.text_with(
                "error-config-rule-name-twice",
                &[("name", Arg::Text(&parsed.name))],
            );
            let span = rule
                .get_ref()
                .name
                .as_ref()
                .map_or(rule.span(), Spanned::span);
            return Err(at.error(span, format!("{key}.name"), message));
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
        Some(name) => fields::name(name.get_ref())
            .map_err(|message| source.error(name, &format!("{key}.name"), message))?,
        None => {
            let message = source.at.lang.text("error-config-rule-no-name");
            return Err(source.error(spanned, key, message));
        }
    };
    for word in &raw.contains {
        fields::contains(&name, [word.get_ref().as_str()])
            .map_err(|message| source.error(word, &format!("{key}.contains"), message))?;
    }
    let when = Conditions {
        contains: raw
            .contains
            .iter()
            .map(|word| word.get_ref().clone())
            .collect(),
        channel: source.field(&raw.channel, &format!("{key}.channel"), fields::channel)?,
        kind: source.field(&raw.kind, &format!("{key}.kind"), fields::kind)?,
        role: source.field(&raw.role, &format!("{key}.role"), fields::role)?,
    };
    let then = Actions {
        priority: source.field(&raw.priority, &format!("{key}.priority"), fields::priority)?,
        sentiment: source.field(
            &raw.sentiment,
            &format!("{key}.sentiment"),
            fields::sentiment,
        )?,
        status: source.field(&raw.status, &format!("{key}.status"), fields::status)?,
        saved_reply: source.field(&raw.saved_reply, &format!("{key}.saved_reply"), |text| {
            fields::saved_reply(&name, text)
        })?,
    };
    let rule = TriageRule { name, when, then };
    rule.validate()
        .map_err(|message| source.error(spanned, key, message))?;
    Ok(rule)
}
