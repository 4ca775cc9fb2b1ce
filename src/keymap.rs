//! Keys to commands, by scope (global, per pane, strategy), with the defaults and config overrides.

mod chord;
mod overrides;

use std::collections::BTreeMap;

use crossterm::event::KeyEvent;

use crate::command::Command;

pub use chord::KeyChord;
pub use overrides::{KeyList, KeyTables, KeymapError};

/// Where a binding applies; looked up strategy (when in strategy mode) → pane → global.
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

/// The default bindings: scope, command, key names.
const DEFAULTS: &[(Scope, Command, &[&str])] = &[
    (Scope::Global, Command::Quit, &["q", "ctrl-c"]),
    (Scope::Global, Command::Help, &["?"]),
    (Scope::Global, Command::NextPane, &["tab"]),
    (Scope::Global, Command::PrevPane, &["shift-tab"]),
    (Scope::Global, Command::GoCalendar, &["1"]),
    (Scope::Global, Command::GoInbox, &["2"]),
    (Scope::Global, Command::GoMentions, &["3"]),
    (Scope::Global, Command::GoPrescriptors, &["4"]),
    (Scope::Global, Command::GoReports, &["5"]),
    (Scope::Global, Command::ToggleStrategy, &["S"]),
    (Scope::Global, Command::Down, &["j", "down"]),
    (Scope::Global, Command::Up, &["k", "up"]),
    (Scope::Global, Command::Top, &["g", "home"]),
    (Scope::Global, Command::Bottom, &["G", "end"]),
    (Scope::Global, Command::PageDown, &["pagedown", "ctrl-d"]),
    (Scope::Global, Command::PageUp, &["pageup", "ctrl-u"]),
    (Scope::Global, Command::Open, &["enter"]),
    (Scope::Global, Command::Back, &["esc"]),
    (Scope::Global, Command::Filter, &["/"]),
    (Scope::Global, Command::Undo, &["u"]),
    (Scope::Global, Command::Crisis, &["C"]),
    (Scope::Global, Command::Plan, &["O"]),
    (Scope::Calendar, Command::CycleView, &["v"]),
    (Scope::Calendar, Command::PrevDay, &["h", "left"]),
    (Scope::Calendar, Command::NextDay, &["l", "right"]),
    (Scope::Calendar, Command::PrevPeriod, &["H"]),
    (Scope::Calendar, Command::NextPeriod, &["L"]),
    (Scope::Calendar, Command::ThisPeriod, &["t"]),
    (Scope::Calendar, Command::New, &["n"]),
    (Scope::Calendar, Command::Edit, &["e"]),
    (Scope::Calendar, Command::Duplicate, &["y"]),
    (Scope::Calendar, Command::CancelPost, &["x"]),
    (Scope::Calendar, Command::Delete, &["d"]),
    (Scope::Calendar, Command::LaterDay, &[">"]),
    (Scope::Calendar, Command::EarlierDay, &["<"]),
    (Scope::Calendar, Command::LaterHour, &["+"]),
    (Scope::Calendar, Command::EarlierHour, &["-"]),
    (Scope::Calendar, Command::Publish, &["p"]),
    (Scope::Calendar, Command::Metrics, &["m"]),
    (Scope::Calendar, Command::AddToQueue, &["a"]),
    (Scope::Calendar, Command::RefillEvergreen, &["E"]),
    (Scope::Calendar, Command::BestTimes, &["b"]),
    (Scope::Calendar, Command::FilterPosts, &["f"]),
    (Scope::Inbox, Command::Reply, &["r"]),
    (Scope::Inbox, Command::MarkDone, &["x"]),
    (Scope::Inbox, Command::Snooze, &["z"]),
    (Scope::Inbox, Command::Escalate, &["!"]),
    (Scope::Inbox, Command::CyclePriority, &["P"]),
    (Scope::Inbox, Command::CorrectSentiment, &["s"]),
    (Scope::Inbox, Command::LinkPerson, &["@"]),
    (Scope::Inbox, Command::ToggleMark, &["space"]),
    (Scope::Inbox, Command::CycleView, &["v"]),
    (Scope::Inbox, Command::ToggleOrder, &["o"]),
    (Scope::Inbox, Command::FilterMessages, &["f"]),
    (Scope::Inbox, Command::New, &["n"]),
    (Scope::Inbox, Command::Edit, &["e"]),
    (Scope::Inbox, Command::Delete, &["d"]),
    (Scope::Inbox, Command::SavedReplies, &["R"]),
    (Scope::Mentions, Command::MarkDone, &["x"]),
    (Scope::Mentions, Command::Ignore, &["i"]),
    (Scope::Mentions, Command::CorrectSentiment, &["s"]),
    (Scope::Mentions, Command::Reply, &["r"]),
    (Scope::Mentions, Command::LinkPerson, &["@"]),
    (Scope::Mentions, Command::Curate, &["c"]),
    (Scope::Mentions, Command::CycleView, &["v"]),
    (Scope::Mentions, Command::FilterMessages, &["f"]),
    (Scope::Mentions, Command::New, &["n"]),
    (Scope::Mentions, Command::Fetch, &["F"]),
    (Scope::Mentions, Command::Edit, &["e"]),
    (Scope::Mentions, Command::Delete, &["d"]),
    (Scope::Prescriptors, Command::FollowUp, &["w"]),
    (Scope::Prescriptors, Command::LogInteraction, &["l"]),
    (Scope::Prescriptors, Command::Merge, &["M"]),
    (Scope::Prescriptors, Command::Suggestions, &["c"]),
    (Scope::Prescriptors, Command::FilterPeople, &["f"]),
    (Scope::Reports, Command::PrevPeriod, &["h", "left"]),
    (Scope::Reports, Command::NextPeriod, &["l", "right"]),
    (Scope::Reports, Command::ThisPeriod, &["t"]),
    (Scope::Reports, Command::ExportReport, &["x"]),
    (Scope::Reports, Command::WeekNotes, &["n"]),
    (Scope::Reports, Command::ToggleFormulas, &["f"]),
];

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
            Some((Scope::Reports, Command::ToggleFormulas))
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
