//! The `[keys.<scope>]` tables of the config file and how they change the default key map.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use toml::Spanned;

use super::{KeyChord, Keymap, Scope};
use crate::command::Command;
use crate::i18n::{Arg, Lang};

/// The `[keys]` table as written: scope name → command name → key or keys, each with its position.
pub type KeyTables = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<KeyList>>>;

/// The value of one `command = …` entry: `"key"` or `["key1", "key2"]` (`[]` unbinds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyList(pub Vec<Spanned<String>>);

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<KeyList, D::Error> {
        deserializer.deserialize_any(KeyListVisitor)
    }
}

/// Reads a key name or a list of key names.
struct KeyListVisitor;

impl<'de> Visitor<'de> for KeyListVisitor {
    type Value = KeyList;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a key name such as \"ctrl-d\" or a list of key names")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<KeyList, E> {
        // A lone string has no span of its own here; the entry's span is used for errors.
        Ok(KeyList(vec![Spanned::new(0..0, value.to_owned())]))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyList, A::Error> {
        let mut keys = Vec::new();
        while let Some(key) = seq.next_element::<Spanned<String>>()? {
            keys.push(key);
        }
        Ok(KeyList(keys))
    }
}

/// A `[keys]` entry that cannot be applied: where it is, which key it is, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapError {
    /// Byte range of the bad entry in the config text.
    pub span: Range<usize>,
    /// The dotted config key of the entry, e.g. `keys.global.quit`.
    pub key: String,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "key `{}`: {}", self.key, self.message)
    }
}

impl std::error::Error for KeymapError {}

impl Keymap {
    /// Applies the `[keys.<scope>]` tables of the config: each `command = "key"` or
    /// `command = ["k1", "k2"]` replaces that command's keys in that scope (taking those keys away
    /// from the scope's other commands); `command = []` unbinds it.
    ///
    /// Fails on the first bad entry in file order: unknown scope, unknown command, unknown key
    /// name, or one key given to two commands of the same table.
    pub fn with_overrides(self, tables: &KeyTables) -> Result<Keymap, KeymapError> {
        self.with_overrides_in(tables, Lang::En)
    }

    /// [`Keymap::with_overrides`], its refusal worded in `lang`.
    pub fn with_overrides_in(
        mut self,
        tables: &KeyTables,
        lang: Lang,
    ) -> Result<Keymap, KeymapError> {
        let mut scopes: Vec<_> = tables.iter().collect();
        scopes.sort_by_key(|(name, _)| name.span().start);
        for (scope_name, entries) in scopes {
            let scope = Scope::from_name(scope_name.get_ref()).ok_or_else(|| KeymapError {
                span: scope_name.span(),
                key: format!("keys.{}", scope_name.get_ref()),
                message: lang.text_with(
                    "error-keys-unknown-scope",
                    &[
                        ("scope", Arg::Text(scope_name.get_ref())),
                        ("known", Arg::Text(&scope_list())),
                    ],
                ),
            })?;
            let mut entries: Vec<_> = entries.iter().collect();
            entries.sort_by_key(|(name, _)| name.span().start);
            let mut claimed: Vec<(KeyChord, Command)> = Vec::new();
            for (command_name, keys) in entries {
                let key = format!("keys.{}.{}", scope.name(), command_name.get_ref());
                let command =
                    Command::from_name(command_name.get_ref()).ok_or_else(|| KeymapError {
                        span: command_name.span(),
                        key: key.clone(),
                        message: lang.text_with(
                            "error-keys-unknown-command",
                            &[
                                ("command", Arg::Text(command_name.get_ref())),
                                ("known", Arg::Text(&command_list())),
                            ],
                        ),
                    })?;
                let mut chords = Vec::new();
                for name in &keys.get_ref().0 {
                    let span = if name.span().is_empty() {
                        keys.span()
                    } else {
                        name.span()
                    };
                    let chord = KeyChord::parse(name.get_ref()).ok_or_else(|| KeymapError {
                        span: span.clone(),
                        key: key.clone(),
                        message: lang.text_with(
                            "error-keys-unknown-key",
                            &[("key", Arg::Text(name.get_ref()))],
                        ),
                    })?;
                    if let Some((_, other)) = claimed
                        .iter()
                        .find(|(taken, other)| *taken == chord && *other != command)
                    {
                        return Err(KeymapError {
                            span,
                            key,
                            message: lang.text_with(
                                "error-keys-taken",
                                &[
                                    ("key", Arg::Text(name.get_ref())),
                                    ("other", Arg::Text(&other.to_string())),
                                    ("scope", Arg::Text(scope.name())),
                                ],
                            ),
                        });
                    }
                    claimed.push((chord, command));
                    if !chords.contains(&chord) {
                        chords.push(chord);
                    }
                }
                self.set(scope, command, chords);
            }
        }
        self.refuse_a_way_out_lost(tables, lang)?;
        Ok(self)
    }

    /// Refuses a key map that leaves a layer of the desk with no way out: the lists without
    /// `quit`, a form, editor, picker, filter, help, plan or crisis view without `back`. The
    /// error points at the entry that took the last key away.
    fn refuse_a_way_out_lost(&self, tables: &KeyTables, lang: Lang) -> Result<(), KeymapError> {
        use super::Layer;
        let exits: [(Layer, Command, &str); 8] = [
            (Layer::List, Command::Quit, "list"),
            (Layer::Form, Command::Back, "form"),
            (Layer::Editor, Command::Back, "editor"),
            (Layer::Picker, Command::Back, "picker"),
            (Layer::Filter, Command::Back, "filter"),
            (Layer::Help, Command::Back, "help"),
            (Layer::Plan, Command::Back, "plan"),
            (Layer::Crisis, Command::Back, "crisis"),
        ];
        for (layer, command, consequence) in exits {
            let scopes = layer.scopes(Scope::Calendar, false);
            let bound = scopes
                .iter()
                .any(|scope| !self.keys_for(*scope, command).is_empty());
            if bound {
                continue;
            }
            let scope = scopes.first().copied().unwrap_or(Scope::Global);
            let scope = if layer == Layer::List {
                Scope::Global
            } else {
                scope
            };
            let entry = tables.iter().find_map(|(name, entries)| {
                (name.get_ref() == scope.name())
                    .then(|| {
                        entries
                            .iter()
                            .find(|(entry, _)| entry.get_ref() == command.name())
                            .map(|(_, keys)| keys.span())
                    })
                    .flatten()
            });
            return Err(KeymapError {
                span: entry.unwrap_or(0..0),
                key: format!("keys.{}.{}", scope.name(), command.name()),
                message: lang.text_with(
                    "error-keys-way-out-lost",
                    &[
                        ("command", Arg::Text(command.name())),
                        ("layer", Arg::Text(consequence)),
                        (
                            "suggested",
                            Arg::Text(if command == Command::Quit { "q" } else { "esc" }),
                        ),
                    ],
                ),
            });
        }
        Ok(())
    }
}

/// The known scope names, comma-separated.
fn scope_list() -> String {
    Scope::ALL
        .iter()
        .map(|scope| scope.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The known command names, comma-separated.
fn command_list() -> String {
    Command::ALL
        .iter()
        .map(|command| command.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn tables(text: &str) -> KeyTables {
        #[derive(serde::Deserialize)]
        struct Wrapper {
            keys: KeyTables,
        }
        match toml::from_str::<Wrapper>(text) {
            Ok(wrapper) => wrapper.keys,
            Err(error) => panic!("test TOML should parse: {error}"),
        }
    }

    fn char_key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn overrides_replace_a_commands_keys_and_take_them_from_other_commands() {
        let keymap = Keymap::defaults()
            .with_overrides(&tables(
                "[keys.global]\nup = [\"j\", \"ctrl-p\"]\nquit = \"x\"\n",
            ))
            .unwrap();
        let global = [Scope::Global];
        assert_eq!(keymap.lookup(&global, &char_key('j')), Some(Command::Up));
        assert_eq!(keymap.lookup(&global, &char_key('k')), None);
        assert_eq!(keymap.lookup(&global, &char_key('q')), None);
        assert_eq!(keymap.lookup(&global, &char_key('x')), Some(Command::Quit));
        assert_eq!(keymap.label_for(Scope::Global, Command::Down), "Down");
        assert_eq!(keymap.label_for(Scope::Global, Command::Up), "j");
    }

    #[test]
    fn an_empty_list_unbinds_the_command() {
        let keymap = Keymap::defaults()
            .with_overrides(&tables("[keys.reports]\nthis_period = []\n"))
            .unwrap();
        assert!(
            keymap
                .keys_for(Scope::Reports, Command::ThisPeriod)
                .is_empty()
        );
        assert_eq!(
            keymap.lookup(&[Scope::Reports, Scope::Global], &char_key('t')),
            None
        );
        assert!(
            keymap
                .bindings()
                .iter()
                .all(|b| b.scope != Scope::Reports || b.command != Command::ThisPeriod)
        );
    }

    #[test]
    fn overrides_can_bind_commands_in_scopes_without_defaults() {
        let keymap = Keymap::defaults()
            .with_overrides(&tables("[keys.strategy]\nopen = \"o\"\n"))
            .unwrap();
        assert_eq!(
            keymap.lookup(&[Scope::Strategy, Scope::Global], &char_key('o')),
            Some(Command::Open)
        );
        assert_eq!(keymap.lookup(&[Scope::Global], &char_key('o')), None);
    }

    #[test]
    fn unknown_commands_keys_and_scopes_are_reported_with_their_position() {
        let text = "[keys.global]\nquit = \"q\"\nlaunch = \"l\"\n";
        let error = Keymap::defaults()
            .with_overrides(&tables(text))
            .unwrap_err();
        assert_eq!(&text[error.span.clone()], "launch");
        assert_eq!(error.key, "keys.global.launch");
        assert!(
            error
                .message
                .starts_with("unknown command `launch`; known commands: quit, help,")
        );

        let text = "[keys.global]\nquit = [\"q\", \"ctrl-shiftx\"]\n";
        let error = Keymap::defaults()
            .with_overrides(&tables(text))
            .unwrap_err();
        assert_eq!(&text[error.span.clone()], "\"ctrl-shiftx\"");
        assert_eq!(error.message, "unknown key `ctrl-shiftx`");

        let error = Keymap::defaults()
            .with_overrides(&tables("[keys.foo]\nquit = \"q\"\n"))
            .unwrap_err();
        assert_eq!(error.key, "keys.foo");
        assert!(error.message.starts_with("unknown key map scope `foo`"));
    }

    #[test]
    fn one_key_for_two_commands_of_one_table_is_an_error() {
        let text = "[keys.global]\nup = \"x\"\ndown = \"x\"\n";
        let error = Keymap::defaults()
            .with_overrides(&tables(text))
            .unwrap_err();
        assert_eq!(error.key, "keys.global.down");
        assert_eq!(
            error.message,
            "key `x` is also bound to `up` in [keys.global]"
        );
    }
}
