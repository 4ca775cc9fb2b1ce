//! The text of each field of a triage rule, read one way for both places a rule is written: the
//! config file's `[[inbox.rules]]` and the Inbox's rule form. Both accept the same text and give
//! the same sentences when it is wrong; the caller says where (a config key, a form field).

use super::{Actions, Conditions, TriageRule};
use crate::domain::enums::{MessageKind, MessageStatus, Network, Priority, Role, Sentiment};
use crate::i18n::{Arg, Lang};
use std::fmt::Display;

/// The rule's name, trimmed; an empty one is refused.
pub fn name(text: &str) -> Result<String, String> {
    name_in(text, Lang::En)
}

/// [`name`], its refusal in `lang`.
pub fn name_in(text: &str, lang: Lang) -> Result<String, String> {
    let name = text.trim();
    if name.is_empty() {
        return Err(lang.text("inbox-rule-error-no-name"));
    }
    Ok(name.to_string())
}

/// A stored name (case and surrounding space ignored) read back as one of `all`, or the sentence
/// in `lang` naming the known ones (`unknown priority `asap`; use one of: low, normal, high,
/// urgent`). `what` is the key of the field's name in the catalogue.
fn known<T: Copy + Display>(
    text: &str,
    what: &str,
    parse: fn(&str) -> Option<T>,
    all: &[T],
    lang: Lang,
) -> Result<T, String> {
    parse(text.trim().to_lowercase().as_str()).ok_or_else(|| {
        let known: Vec<String> = all.iter().map(ToString::to_string).collect();
        lang.text_with(
            "inbox-rule-error-unknown",
            &[
                ("what", Arg::Text(what)),
                ("text", Arg::Text(text)),
                ("known", Arg::Text(&known.join(", "))),
            ],
        )
    })
}

/// The `channel` condition: a network's name.
pub fn channel(text: &str) -> Result<Network, String> {
    channel_in(text, Lang::En)
}

/// [`channel`], its refusal in `lang`.
pub fn channel_in(text: &str, lang: Lang) -> Result<Network, String> {
    known(text, "network", Network::parse, Network::ALL, lang)
}

/// The `kind` condition: a sort of message.
pub fn kind(text: &str) -> Result<MessageKind, String> {
    kind_in(text, Lang::En)
}

/// [`kind`], its refusal in `lang`.
pub fn kind_in(text: &str, lang: Lang) -> Result<MessageKind, String> {
    known(text, "kind", MessageKind::parse, MessageKind::ALL, lang)
}

/// The `role` condition: the sender's role.
pub fn role(text: &str) -> Result<Role, String> {
    role_in(text, Lang::En)
}

/// [`role`], its refusal in `lang`.
pub fn role_in(text: &str, lang: Lang) -> Result<Role, String> {
    known(text, "role", Role::parse, Role::ALL, lang)
}

/// The `priority` action.
pub fn priority(text: &str) -> Result<Priority, String> {
    priority_in(text, Lang::En)
}

/// [`priority`], its refusal in `lang`.
pub fn priority_in(text: &str, lang: Lang) -> Result<Priority, String> {
    known(text, "priority", Priority::parse, Priority::ALL, lang)
}

/// The `sentiment` action.
pub fn sentiment(text: &str) -> Result<Sentiment, String> {
    sentiment_in(text, Lang::En)
}

/// [`sentiment`], its refusal in `lang`.
pub fn sentiment_in(text: &str, lang: Lang) -> Result<Sentiment, String> {
    known(text, "sentiment", Sentiment::parse, Sentiment::ALL, lang)
}

/// The `status` action: the state to set.
pub fn status(text: &str) -> Result<MessageStatus, String> {
    status_in(text, Lang::En)
}

/// [`status`], its refusal in `lang`.
pub fn status_in(text: &str, lang: Lang) -> Result<MessageStatus, String> {
    known(
        text,
        "status",
        MessageStatus::parse,
        MessageStatus::ALL,
        lang,
    )
}

/// The `contains` words of rule `rule`, kept as written; a blank one is refused.
pub fn contains<'a>(
    rule: &str,
    words: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<String>, String> {
    contains_in(rule, words, Lang::En)
}

/// [`contains`], its refusal in `lang`.
pub fn contains_in<'a>(
    rule: &str,
    words: impl IntoIterator<Item = &'a str>,
    lang: Lang,
) -> Result<Vec<String>, String> {
    words
        .into_iter()
        .map(|word| {
            if word.trim().is_empty() {
                Err(lang.text_with("inbox-rule-error-blank-word", &[("rule", Arg::Text(rule))]))
            } else {
                Ok(word.to_string())
            }
        })
        .collect()
}

/// The words of a `contains` field typed on one line, `a, b, c`; an empty line is no words.
pub fn contains_line(line: &str) -> Vec<&str> {
    if line.trim().is_empty() {
        Vec::new()
    } else {
        line.split(',').map(str::trim).collect()
    }
}

/// The `saved_reply` action of rule `rule`: a saved reply's title, trimmed; an empty one is
/// refused.
pub fn saved_reply(rule: &str, text: &str) -> Result<String, String> {
    saved_reply_in(rule, text, Lang::En)
}

/// [`saved_reply`], its refusal in `lang`.
pub fn saved_reply_in(rule: &str, text: &str, lang: Lang) -> Result<String, String> {
    let title = text.trim();
    if title.is_empty() {
        return Err(lang.text_with(
            "inbox-rule-error-empty-saved-reply",
            &[("rule", Arg::Text(rule))],
        ));
    }
    Ok(title.to_string())
}

/// The rule's fields as the config file and the form write them: `contains` joined with `", "`,
/// every other field by its stored name, empty when not given.
pub fn written(rule: &TriageRule) -> Written {
    fn text<T: Display>(value: Option<T>) -> String {
        value.map(|value| value.to_string()).unwrap_or_default()
    }
    let (when, then) = (&rule.when, &rule.then);
    Written {
        name: rule.name.clone(),
        contains: when.contains.join(", "),
        channel: text(when.channel),
        kind: text(when.kind),
        role: text(when.role),
        priority: text(then.priority),
        sentiment: text(then.sentiment),
        status: text(then.status),
        saved_reply: text(then.saved_reply.as_ref()),
    }
}

/// A rule's fields as text, the way they are typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// The name.
    pub name: String,
    /// The words, `a, b`.
    pub contains: String,
    /// The channel's network.
    pub channel: String,
    /// The sort of message.
    pub kind: String,
    /// The sender's role.
    pub role: String,
    /// The priority set.
    pub priority: String,
    /// The sentiment set.
    pub sentiment: String,
    /// The state set.
    pub status: String,
    /// The saved reply suggested.
    pub saved_reply: String,
}

/// Which field of [`Written`] a mistake is in.
pub type Field = &'static str;

impl Written {
    /// Reads every field through the functions above (an empty field is not given), then checks
    /// the rule as a whole with [`TriageRule::validate`]; every mistake, by field.
    pub fn read(&self) -> Result<TriageRule, Vec<(Field, String)>> {
        self.read_in(Lang::En)
    }

    /// [`Written::read`], every mistake written in `lang`.
    pub fn read_in(&self, lang: Lang) -> Result<TriageRule, Vec<(Field, String)>> {
        let mut errors: Vec<(Field, String)> = Vec::new();
        let name = name_in(&self.name, lang).unwrap_or_else(|error| {
            errors.push(("name", error));
            String::new()
        });
        let contains =
            contains_in(&name, contains_line(&self.contains), lang).unwrap_or_else(|error| {
                errors.push(("contains", error));
                Vec::new()
            });
        let when = Conditions {
            contains,
            channel: given(&mut errors, "channel", &self.channel, |t| {
                channel_in(t, lang)
            }),
            kind: given(&mut errors, "kind", &self.kind, |t| kind_in(t, lang)),
            role: given(&mut errors, "role", &self.role, |t| role_in(t, lang)),
        };
        let then = Actions {
            priority: given(&mut errors, "priority", &self.priority, |t| {
                priority_in(t, lang)
            }),
            sentiment: given(&mut errors, "sentiment", &self.sentiment, |t| {
                sentiment_in(t, lang)
            }),
            status: given(&mut errors, "status", &self.status, |t| status_in(t, lang)),
            saved_reply: given(&mut errors, "saved_reply", &self.saved_reply, |text| {
                saved_reply_in(&name, text, lang)
            }),
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let rule = TriageRule { name, when, then };
        rule.validate_in(lang).map_err(|error| {
            let field = if rule.when.is_empty() {
                "contains"
            } else if rule.then.is_empty() {
                "priority"
            } else {
                "contains"
            };
            vec![(field, error)]
        })?;
        Ok(rule)
    }
}

/// A field that may be left empty: `None` when it is, else what `parse` reads, its mistake
/// added to `errors` under `key`.
fn given<T>(
    errors: &mut Vec<(Field, String)>,
    key: Field,
    text: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Option<T> {
    if text.trim().is_empty() {
        return None;
    }
    parse(text).map_err(|error| errors.push((key, error))).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_written_out_and_read_back_is_the_same_rule() {
        let rule = TriageRule {
            name: "refunds".into(),
            when: Conditions {
                contains: vec!["reembolso".into(), "devolución".into()],
                role: Some(Role::Customer),
                ..Conditions::default()
            },
            then: Actions {
                sentiment: Some(Sentiment::Negative),
                saved_reply: Some("Refunds".into()),
                ..Actions::default()
            },
        };
        assert_eq!(written(&rule).read(), Ok(rule));
    }

    #[test]
    fn names_are_read_ignoring_case_and_surrounding_space() {
        assert_eq!(channel(" Instagram "), Ok(Network::Instagram));
        assert_eq!(status("ESCALATED"), Ok(MessageStatus::Escalated));
        assert_eq!(
            kind("tweet"),
            Err(
                "unknown kind `tweet`; use one of: dm, comment, reply, review, email, mention"
                    .into()
            )
        );
    }

    #[test]
    fn a_line_of_words_is_cut_at_commas_and_an_empty_line_is_no_words() {
        assert_eq!(contains_line(" a , b c"), vec!["a", "b c"]);
        assert!(contains_line("  ").is_empty());
        assert!(contains("r", contains_line("a,,b")).is_err());
    }
}
