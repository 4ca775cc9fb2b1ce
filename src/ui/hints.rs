//! Key hints built from the live key map, so that a rebound key shows as it is bound in every
//! title, footer and message ("r reply, x done", "Ctrl-S saves · Esc cancels").

use crate::command::Command;
use crate::keymap::{Keymap, Scope};

/// A list of "key what" hints read from one key map; commands without a key are left out.
pub struct Hints<'a> {
    keymap: &'a Keymap,
    scope: Scope,
    parts: Vec<String>,
}

impl<'a> Hints<'a> {
    /// Hints for the commands of `scope`.
    pub fn new(keymap: &'a Keymap, scope: Scope) -> Hints<'a> {
        Hints {
            keymap,
            scope,
            parts: Vec::new(),
        }
    }

    /// Reads the following commands in `scope`.
    pub fn scope(mut self, scope: Scope) -> Hints<'a> {
        self.scope = scope;
        self
    }

    /// Adds "KEY what" with the first key of `command`.
    pub fn key(mut self, command: Command, what: &str) -> Hints<'a> {
        let key = self.keymap.label_for(self.scope, command);
        if !key.is_empty() {
            self.parts.push(format!("{key} {what}"));
        }
        self
    }

    /// Adds "K1/K2 what" with the first key of each of `commands` (those bound).
    pub fn keys(mut self, commands: &[Command], what: &str) -> Hints<'a> {
        let keys: Vec<String> = commands
            .iter()
            .map(|command| self.keymap.label_for(self.scope, *command))
            .filter(|key| !key.is_empty())
            .collect();
        if !keys.is_empty() {
            self.parts.push(format!("{} {what}", keys.join("/")));
        }
        self
    }

    /// Adds "K1/K2 what" with every key of `command`.
    pub fn all(mut self, command: Command, what: &str) -> Hints<'a> {
        let keys = self.keymap.keys_label(self.scope, command);
        if !keys.is_empty() {
            self.parts.push(format!("{keys} {what}"));
        }
        self
    }

    /// The hints joined with `separator`.
    pub fn join(&self, separator: &str) -> String {
        self.parts.join(separator)
    }
}

/// The first key of `command` in `scope`, or `""` when it has none.
pub fn key(keymap: &Keymap, scope: Scope, command: Command) -> String {
    keymap.label_for(scope, command)
}

/// " — u undoes." after a change, with the undo key as bound (nothing when undo has no key), in
/// English.
pub fn undoes(keymap: &Keymap) -> String {
    undoes_in(crate::i18n::Lang::En, keymap)
}

/// " — u undoes." (" — u deshace.") after a change in `lang`, with the undo key as bound; only
/// the full stop when undo has no key.
pub fn undoes_in(lang: crate::i18n::Lang, keymap: &Keymap) -> String {
    match keymap.label_for(Scope::Global, Command::Undo) {
        key if key.is_empty() => ".".to_string(),
        key => format!(
            " — {}",
            lang.text_with("app-undoes", &[("key", crate::i18n::Arg::Text(&key))])
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_show_the_keys_as_bound_and_leave_out_unbound_commands() {
        let keymap = Keymap::defaults();
        let hints = Hints::new(&keymap, Scope::Inbox)
            .key(Command::Reply, "reply")
            .key(Command::Publish, "publish")
            .scope(Scope::Global)
            .key(Command::Help, "keys")
            .join(", ");
        assert_eq!(hints, "r reply, ? keys");
        let form = Hints::new(&keymap, Scope::Form)
            .keys(&[Command::NextField, Command::PrevField], "move")
            .key(Command::Save, "saves")
            .join(" · ");
        assert_eq!(form, "Tab/Shift-Tab move · Ctrl-s saves");
    }

    #[test]
    fn the_undo_note_speaks_the_language_asked_for() {
        let keymap = Keymap::defaults();
        assert_eq!(undoes_in(crate::i18n::Lang::Es, &keymap), " — u deshace.");
        assert_eq!(undoes_in(crate::i18n::Lang::En, &keymap), undoes(&keymap));
    }

    #[test]
    fn the_undo_note_follows_the_undo_key_and_disappears_when_it_is_unbound() {
        assert_eq!(undoes(&Keymap::defaults()), " — u undoes.");
        let tables: crate::keymap::KeyTables = match toml::from_str("[global]\nundo = \"ctrl-z\"\n")
        {
            Ok(tables) => tables,
            Err(error) => panic!("test TOML should parse: {error}"),
        };
        let rebound = Keymap::defaults().with_overrides(&tables);
        assert_eq!(
            rebound.map(|k| undoes(&k)),
            Ok(" — Ctrl-z undoes.".to_string())
        );
        let tables: crate::keymap::KeyTables = match toml::from_str("[global]\nundo = []\n") {
            Ok(tables) => tables,
            Err(error) => panic!("test TOML should parse: {error}"),
        };
        let unbound = Keymap::defaults().with_overrides(&tables);
        assert_eq!(unbound.map(|k| undoes(&k)), Ok(".".to_string()));
    }
}
