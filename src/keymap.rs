//! Keys to commands, by scope (global, per pane, strategy, and one per modal layer: form,
//! editor, picker, filter, confirm, help, plan, crisis), with the defaults and config overrides.

mod chord;
mod defaults;
mod layer;
mod overrides;

use std::collections::BTreeMap;

use crossterm::event::KeyEvent;

use crate::command::Command;

pub use chord::KeyChord;
pub use layer::Layer;
pub use overrides::{KeyList, KeyTables, KeymapError};

use defaults::{DEFAULTS, SCOPED_HELP};

/// Where a binding applies. A pane's face looks up strategy (in strategy mode) → pane → global;
/// each modal layer looks up its own scope (see [`Layer::scopes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Everywhere, unless a narrower scope binds the same key.
    Global,
    /// The Calendar pane.
    Calendar,
    /// The Inbox pane.
    Inbox,
    /// The Mentions pane.
    Mentions,
    /// The Prescriptors pane.
    Prescriptors,
    /// The Reports pane.
    Reports,
    /// Any pane while strategy mode is on.
    Strategy,
    /// A form: moving between fields, choosing, saving, cancelling.
    Form,
    /// The reply editor.
    Editor,
    /// The saved-reply search inside the reply editor.
    Picker,
    /// A list's filter while it is typed.
    Filter,
    /// A yes/no question.
    Confirm,
    /// The help overlay.
    Help,
    /// The plan screen.
    Plan,
    /// The crisis checklist.
    Crisis,
}

impl Scope {
    /// Every scope, in help order.
    pub const ALL: &'static [Scope] = &[
        Scope::Global,
        Scope::Calendar,
        Scope::Inbox,
        Scope::Mentions,
        Scope::Prescriptors,
        Scope::Reports,
        Scope::Strategy,
        Scope::Form,
        Scope::Editor,
        Scope::Picker,
        Scope::Filter,
        Scope::Confirm,
        Scope::Help,
        Scope::Plan,
        Scope::Crisis,
    ];

    /// The name of the scope's `[keys.<name>]` table in the config file.
    pub fn name(self) -> &'static str {
        match self {
            Scope::Global => "global",
            Scope::Calendar => "calendar",
            Scope::Inbox => "inbox",
            Scope::Mentions => "mentions",
            Scope::Prescriptors => "prescriptors",
            Scope::Reports => "reports",
            Scope::Strategy => "strategy",
            Scope::Form => "form",
            Scope::Editor => "editor",
            Scope::Picker => "picker",
            Scope::Filter => "filter",
            Scope::Confirm => "confirm",
            Scope::Help => "help",
            Scope::Plan => "plan",
            Scope::Crisis => "crisis",
        }
    }

    /// Finds a scope by its config name.
    pub fn from_name(name: &str) -> Option<Scope> {
        Scope::ALL
            .iter()
            .copied()
            .find(|scope| scope.name() == name)
    }
}

/// A key press as a layer receives it: the command the key map gives it in the layer's scopes,
/// if any, and the key itself (what text layers type when the command does not apply).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Input {
    /// The command bound to the key in the layer's scopes.
    pub command: Option<Command>,
    /// The key pressed.
    pub key: KeyEvent,
}

impl Input {
    /// A key press with the command the key map gave it.
    pub fn new(command: Option<Command>, key: KeyEvent) -> Input {
        Input { command, key }
    }

    /// The character the key types, when it types one (no Ctrl or Alt held).
    pub fn typed(&self) -> Option<char> {
        match self.key.code {
            crossterm::event::KeyCode::Char(c)
                if !self.key.modifiers.intersects(
                    crossterm::event::KeyModifiers::CONTROL | crossterm::event::KeyModifiers::ALT,
                ) =>
            {
                Some(c)
            }
            _ => None,
        }
    }

    /// Whether the key is Backspace (deleting what was typed).
    pub fn is_backspace(&self) -> bool {
        self.key.code == crossterm::event::KeyCode::Backspace
    }
}

/// The keys bound to one command in one scope, as the help overlay lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// Where the keys apply.
    pub scope: Scope,
    /// What the keys do.
    pub command: Command,
    /// The keys, first one preferred for labels.
    pub keys: Vec<KeyChord>,
}

/// Keys to commands, by scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// The keys of every (scope, command) pair that has any.
    keys: BTreeMap<(Scope, Command), Vec<KeyChord>>,
}

impl Keymap {
    /// The key map cmdeck ships with (see `config.example.toml`).
    pub fn defaults() -> Keymap {
        let mut keys = BTreeMap::new();
        for (scope, command, names) in DEFAULTS {
            let chords = names
                .iter()
                .filter_map(|name| KeyChord::parse(name))
                .collect();
            keys.insert((*scope, *command), chords);
        }
        Keymap { keys }
    }

    /// The command bound to `key` in the first of `scopes` that binds it, if any.
    ///
    /// Pass the scopes narrowest first: `[Strategy, <pane>, Global]` in strategy mode,
    /// `[<pane>, Global]` otherwise.
    pub fn lookup(&self, scopes: &[Scope], key: &KeyEvent) -> Option<Command> {
        let chord = KeyChord::from_event(key);
        scopes
            .iter()
            .find_map(|scope| self.command_for(*scope, chord))
    }

    /// The key press `key` as the layer looking in `scopes` receives it.
    pub fn input(&self, scopes: &[Scope], key: KeyEvent) -> Input {
        Input::new(self.lookup(scopes, &key), key)
    }

    /// The command bound to `chord` in exactly `scope`.
    fn command_for(&self, scope: Scope, chord: KeyChord) -> Option<Command> {
        self.keys
            .iter()
            .find(|((bound_scope, _), chords)| *bound_scope == scope && chords.contains(&chord))
            .map(|((_, command), _)| *command)
    }

    /// Every binding, in scope then command order, leaving out commands without keys.
    pub fn bindings(&self) -> Vec<Binding> {
        self.keys
            .iter()
            .filter(|(_, keys)| !keys.is_empty())
            .map(|((scope, command), keys)| Binding {
                scope: *scope,
                command: *command,
                keys: keys.clone(),
            })
            .collect()
    }

    /// The keys bound to `command` in exactly `scope` (empty when none).
    pub fn keys_for(&self, scope: Scope, command: Command) -> &[KeyChord] {
        self.keys
            .get(&(scope, command))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The first key of `command` in `scope` as displayed (`"S"`, `"Ctrl-d"`), or `""` when unbound.
    pub fn label_for(&self, scope: Scope, command: Command) -> String {
        self.keys_for(scope, command)
            .first()
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    /// Every binding of `scope`, in command order, leaving out commands without keys.
    pub fn bindings_of(&self, scope: Scope) -> Vec<Binding> {
        self.bindings()
            .into_iter()
            .filter(|binding| binding.scope == scope)
            .collect()
    }

    /// The keys of `command` in `scope` joined for a hint (`"Tab"`, `"j/Down"`), or `""`.
    pub fn keys_label(&self, scope: Scope, command: Command) -> String {
        self.keys_for(scope, command)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Replaces the keys of `command` in `scope`, taking them away from the other commands of that scope.
    fn set(&mut self, scope: Scope, command: Command, chords: Vec<KeyChord>) {
        for ((bound_scope, _), keys) in self.keys.iter_mut() {
            if *bound_scope == scope {
                keys.retain(|key| !chords.contains(key));
            }
        }
        self.keys.insert((scope, command), chords);
        self.keys.retain(|_, keys| !keys.is_empty());
    }
}

/// What `command` does in `scope`, as the help overlay says it there, in `lang`.
pub fn help_in(lang: crate::i18n::Lang, scope: Scope, command: Command) -> String {
    let key = SCOPED_HELP
        .iter()
        .find(|(s, c, _)| *s == scope && *c == command)
        .map_or_else(|| command.help_key(), |(_, _, key)| key);
    lang.text(key)
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::defaults()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn every_command_says_what_it_does_in_both_languages_in_every_scope() {
        use crate::i18n::Lang;
        for scope in Scope::ALL.iter().copied() {
            for command in Command::ALL {
                let english = help_in(Lang::En, scope, *command);
                let spanish = help_in(Lang::Es, scope, *command);
                assert!(!english.starts_with("app-command-"), "{english}");
                assert!(!spanish.starts_with("app-command-"), "{spanish}");
                assert_ne!(english, spanish, "{scope:?} {command:?}");
            }
        }
        assert_eq!(
            help_in(Lang::En, Scope::Global, Command::Quit),
            Command::Quit.help()
        );
        assert_eq!(
            help_in(Lang::Es, Scope::Form, Command::Back),
            "cerrar el formulario sin guardar"
        );
    }

    #[test]
    fn every_default_key_name_parses() {
        for (_, _, names) in DEFAULTS {
            for name in *names {
                assert!(KeyChord::parse(name).is_some(), "{name} should parse");
            }
        }
    }

    #[test]
    fn capital_g_sent_with_shift_finds_bottom() {
        let keymap = Keymap::defaults();
        let event = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            keymap.lookup(&[Scope::Calendar, Scope::Global], &event),
            Some(Command::Bottom)
        );
        let event = key(KeyCode::Char('S'), KeyModifiers::SHIFT);
        assert_eq!(
            keymap.lookup(&[Scope::Global], &event),
            Some(Command::ToggleStrategy)
        );
    }

    #[test]
    fn lookup_tries_strategy_then_pane_then_global() {
        let mut keymap = Keymap::defaults();
        keymap.set(
            Scope::Strategy,
            Command::Top,
            vec![KeyChord::new(KeyCode::Char('t'), KeyModifiers::NONE)],
        );
        let t = key(KeyCode::Char('t'), KeyModifiers::NONE);
        let scopes = [Scope::Strategy, Scope::Reports, Scope::Global];
        assert_eq!(keymap.lookup(&scopes, &t), Some(Command::Top));
        assert_eq!(
            keymap.lookup(&[Scope::Reports, Scope::Global], &t),
            Some(Command::ThisPeriod)
        );
        assert_eq!(keymap.lookup(&[Scope::Inbox, Scope::Global], &t), None);
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(keymap.lookup(&scopes, &j), Some(Command::Down));
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(keymap.lookup(&scopes, &ctrl_c), Some(Command::Quit));
    }

    #[test]
    fn bindings_follow_scope_then_command_order_and_skip_unbound_commands() {
        let bindings = Keymap::defaults().bindings();
        assert_eq!(bindings.len(), DEFAULTS.len());
        assert_eq!(bindings[0].command, Command::Quit);
        assert_eq!(
            bindings.last().map(|b| (b.scope, b.command)),
            Some((Scope::Crisis, Command::CloseCrisis))
        );
        let order: Vec<_> = bindings.iter().map(|b| (b.scope, b.command)).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    #[test]
    fn labels_show_the_first_key_or_nothing() {
        let keymap = Keymap::defaults();
        assert_eq!(
            keymap.label_for(Scope::Global, Command::ToggleStrategy),
            "S"
        );
        assert_eq!(
            keymap.label_for(Scope::Global, Command::PageDown),
            "PageDown"
        );
        assert_eq!(
            keymap.label_for(Scope::Global, Command::PrevPane),
            "Shift-Tab"
        );
        assert_eq!(keymap.label_for(Scope::Inbox, Command::Quit), "");
        assert!(keymap.keys_for(Scope::Strategy, Command::Open).is_empty());
    }

    #[test]
    fn scope_names_find_their_scope_again() {
        for scope in Scope::ALL {
            assert_eq!(Scope::from_name(scope.name()), Some(*scope));
        }
        assert_eq!(Scope::from_name("foo"), None);
    }
}
