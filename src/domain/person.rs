//! A person as the add and edit forms and `cmdeck people add` give them: checked values, the
//! readers of a typed reach, handles and tags, what refuses a duplicate, and the snapshot that
//! undo of an edit or a deletion puts back.

use super::enums::{Network, Role};
use chrono::NaiveDate;

/// A person to store, every value checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonDraft {
    /// Their name, trimmed, never empty.
    pub name: String,
    /// The part they play.
    pub role: Role,
    /// Their advocacy tier name, or empty.
    pub tier: String,
    /// Tags, tidied: trimmed, joined by `, `.
    pub tags: String,
    /// Free notes.
    pub notes: String,
    /// Their audience size.
    pub reach: i64,
    /// Their handles, each on its network, without repeats.
    pub handles: Vec<(Network, String)>,
    /// When to get back to them.
    pub next_follow_up: Option<NaiveDate>,
}

impl Default for PersonDraft {
    fn default() -> PersonDraft {
        PersonDraft {
            name: String::new(),
            role: Role::Advocate,
            tier: String::new(),
            tags: String::new(),
            notes: String::new(),
            reach: 0,
            handles: Vec::new(),
            next_follow_up: None,
        }
    }
}

impl PersonDraft {
    /// The handles as typed back into a form: `instagram:@ana, x:@ana_v`.
    pub fn handles_text(&self) -> String {
        let words: Vec<String> = self
            .handles
            .iter()
            .map(|(network, handle)| format!("{network}:{handle}"))
            .collect();
        words.join(", ")
    }
}

/// Why a person cannot be stored as they are: someone else has their handle or name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    /// The handle `network:handle` already belongs to `owner`.
    Handle {
        /// The handle as stored, `network:handle`.
        handle: String,
        /// Who has it.
        owner: String,
    },
    /// Someone else already has this name.
    Name {
        /// Their name as stored.
        owner: String,
    },
}

impl Duplicate {
    /// The form field the refusal belongs on.
    pub fn field(&self) -> &'static str {
        match self {
            Duplicate::Handle { .. } => "handles",
            Duplicate::Name { .. } => "name",
        }
    }
}

impl std::fmt::Display for Duplicate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Duplicate::Handle { handle, owner } => {
                write!(f, "{handle} already belongs to {owner}")
            }
            Duplicate::Name { owner } => write!(
                f,
                "there is already a person named {owner}; edit them instead"
            ),
        }
    }
}

/// Everything that is a person's, as it was before an edit or a deletion: their row, their
/// handles and interactions (ids kept), and the messages and mentions linked to them.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonSnapshot {
    /// Database id.
    pub id: i64,
    /// Their fields.
    pub draft: PersonDraft,
    /// The persona they fit.
    pub persona_id: Option<i64>,
    /// When they were added, as stored.
    pub created_at: String,
    /// Their handles as stored: (id, network, handle).
    pub handles: Vec<(i64, String, String)>,
    /// Their interactions as stored: (id, happened at, kind, note).
    pub interactions: Vec<(i64, String, String, String)>,
    /// The messages linked to them.
    pub messages: Vec<i64>,
    /// The mentions linked to them.
    pub mentions: Vec<i64>,
}

/// Reads a typed reach: a whole number, with thousands separated by `,` `.` `_` or spaces
/// (`12,400`, `1.200`), or followed by `k` or `M` (`12k`, `1.5k`, `2M`). Empty is 0.
pub fn parse_reach(typed: &str) -> Result<i64, String> {
    parse_reach_in(crate::i18n::Lang::En, typed)
}

/// Reads a typed reach as [`parse_reach`] does; says why in `lang` when it is not one.
pub fn parse_reach_in(lang: crate::i18n::Lang, typed: &str) -> Result<i64, String> {
    let text = typed.trim();
    if text.is_empty() {
        return Ok(0);
    }
    let wrong = || {
        lang.text_with(
            "people-error-reach",
            &[("text", crate::i18n::Arg::Text(text))],
        )
    };
    let (number, factor) = match text.chars().last() {
        Some('k' | 'K') => (&text[..text.len() - 1], 1_000_f64),
        Some('m' | 'M') => (&text[..text.len() - 1], 1_000_000_f64),
        _ => (text, 1_f64),
    };
    let number = number.trim();
    if factor > 1.0 {
        let value = super::typed_number::decimal(number)
            .ok()
            .filter(|reading| reading.value >= 0.0)
            .ok_or_else(wrong)?
            .value;
        let reach = (value * factor).round();
        return if reach <= i64::MAX as f64 {
            Ok(reach as i64)
        } else {
            Err(wrong())
        };
    }
    let number: String = number.chars().filter(|c| *c != '_').collect();
    super::typed_number::whole(&number)
        .ok()
        .filter(|reach| *reach >= 0)
        .ok_or_else(wrong)
}

/// The networks a handle may be on, for messages.
fn networks() -> String {
    let names: Vec<&str> = Network::ALL.iter().map(|n| n.as_str()).collect();
    names.join(", ")
}

/// Reads typed handles, `instagram:@ana, x:@ana_v` (commas or spaces between them), without
/// repeats (case ignored); or says which one is wrong.
pub fn parse_handles(typed: &str) -> Result<Vec<(Network, String)>, String> {
    parse_handles_in(crate::i18n::Lang::En, typed)
}

/// Reads typed handles as [`parse_handles`] does; says which one is wrong in `lang`.
pub fn parse_handles_in(
    lang: crate::i18n::Lang,
    typed: &str,
) -> Result<Vec<(Network, String)>, String> {
    use crate::i18n::Arg;
    let mut found: Vec<(Network, String)> = Vec::new();
    for word in typed
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        let Some((name, handle)) = word.split_once(':') else {
            return Err(lang.text_with("people-error-handle-form", &[("word", Arg::Text(word))]));
        };
        let Some(network) = Network::parse(&name.to_lowercase()) else {
            return Err(lang.text_with(
                "people-error-handle-network",
                &[
                    ("name", Arg::Text(name)),
                    ("word", Arg::Text(word)),
                    ("networks", Arg::Text(&networks())),
                ],
            ));
        };
        if handle.is_empty() || handle == "@" {
            return Err(lang.text_with("people-error-handle-empty", &[("word", Arg::Text(word))]));
        }
        let repeat = found
            .iter()
            .any(|(n, h)| *n == network && h.eq_ignore_ascii_case(handle));
        if !repeat {
            found.push((network, handle.to_string()));
        }
    }
    Ok(found)
}

/// Tidies comma-separated tags: each trimmed, empty ones and repeats (case ignored) dropped,
/// joined by `, `.
pub fn tidy_tags(typed: &str) -> String {
    let mut tags: Vec<&str> = Vec::new();
    for tag in typed.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag);
        }
    }
    tags.join(", ")
}

/// Reads a typed role by its stored name; or lists the roles.
pub fn parse_role(typed: &str) -> Result<Role, String> {
    Role::parse(&typed.trim().to_lowercase()).ok_or_else(|| {
        let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        format!(
            "“{}” is not a role; the roles are {}",
            typed.trim(),
            names.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reach_is_read_with_thousands_separators_and_k_or_m_suffixes() {
        for (typed, reach) in [
            ("", 0),
            ("12400", 12_400),
            ("12,400", 12_400),
            ("1.200", 1_200),
            ("1 200 000", 1_200_000),
            ("12k", 12_000),
            ("1.5k", 1_500),
            ("1,5K", 1_500),
            ("2M", 2_000_000),
        ] {
            assert_eq!(parse_reach(typed), Ok(reach), "{typed}");
        }
    }

    #[test]
    fn a_reach_that_is_not_a_whole_number_says_what_was_typed_and_how_to_write_it() {
        for typed in ["mucho", "1.2", "12,40", "-5", "k", "1.2.3k", "12kk"] {
            let error = parse_reach(typed).unwrap_err();
            assert!(error.contains(&format!("“{typed}”")), "{error}");
            assert!(error.contains("12,400"), "{error}");
        }
    }

    #[test]
    fn handles_are_read_with_commas_or_spaces_and_repeats_are_dropped() {
        assert_eq!(
            parse_handles("instagram:@ana, X:@ana_v  instagram:@ANA"),
            Ok(vec![
                (Network::Instagram, "@ana".to_string()),
                (Network::X, "@ana_v".to_string())
            ])
        );
        assert_eq!(parse_handles(" "), Ok(Vec::new()));
    }

    #[test]
    fn a_handle_without_a_known_network_or_a_name_is_refused_by_what_is_wrong() {
        assert!(
            parse_handles("@ana")
                .unwrap_err()
                .contains("not network:handle")
        );
        assert!(
            parse_handles("myspace:@ana")
                .unwrap_err()
                .contains("“myspace” in “myspace:@ana” is not a network; the networks are x,")
        );
        assert!(parse_handles("x:@").unwrap_err().contains("has no handle"));
    }

    #[test]
    fn tags_are_trimmed_and_repeats_dropped() {
        assert_eq!(
            tidy_tags(" barista,, Valencia ,valencia"),
            "barista, Valencia"
        );
    }

    #[test]
    fn a_role_is_read_by_name_and_an_unknown_one_lists_the_roles() {
        assert_eq!(parse_role(" Influencer "), Ok(Role::Influencer));
        let error = parse_role("villain").unwrap_err();
        assert!(error.contains("“villain” is not a role; the roles are advocate, influencer"));
    }
}
