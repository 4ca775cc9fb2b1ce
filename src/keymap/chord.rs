//! One key with its modifiers: parsed from config names, normalised from terminal events, displayed for help.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One key with its modifiers, e.g. `ctrl-d`, `G`, `enter`, `shift-tab`, `?`.
///
/// Chords are kept in a normal form so that a parsed name and a terminal event compare equal:
/// character keys never carry SHIFT (the case of the character says it), and Shift-Tab is
/// always [`KeyCode::BackTab`] without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    /// The key itself.
    pub code: KeyCode,
    /// The modifiers held with it (only CONTROL, ALT and SHIFT are kept).
    pub modifiers: KeyModifiers,
}

/// Named keys: the lowercase config name, the key, and the display word.
const NAMED: &[(&str, KeyCode, &str)] = &[
    ("enter", KeyCode::Enter, "Enter"),
    ("return", KeyCode::Enter, "Enter"),
    ("esc", KeyCode::Esc, "Esc"),
    ("escape", KeyCode::Esc, "Esc"),
    ("tab", KeyCode::Tab, "Tab"),
    ("backtab", KeyCode::BackTab, "Shift-Tab"),
    ("up", KeyCode::Up, "Up"),
    ("down", KeyCode::Down, "Down"),
    ("left", KeyCode::Left, "Left"),
    ("right", KeyCode::Right, "Right"),
    ("home", KeyCode::Home, "Home"),
    ("end", KeyCode::End, "End"),
    ("pageup", KeyCode::PageUp, "PageUp"),
    ("pagedown", KeyCode::PageDown, "PageDown"),
    ("space", KeyCode::Char(' '), "Space"),
    ("backspace", KeyCode::Backspace, "Backspace"),
    ("delete", KeyCode::Delete, "Delete"),
    ("insert", KeyCode::Insert, "Insert"),
];

/// The modifiers a chord may carry; the others (super, hyper, meta) are ignored.
const KEPT: KeyModifiers = KeyModifiers::CONTROL
    .union(KeyModifiers::ALT)
    .union(KeyModifiers::SHIFT);

impl KeyChord {
    /// Makes a chord from a key and modifiers, in normal form.
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> KeyChord {
        let mut modifiers = modifiers & KEPT;
        let code = match code {
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            other => other,
        };
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        KeyChord { code, modifiers }
    }

    /// Parses a config key name such as `q`, `G`, `?`, `enter`, `shift-tab`, `ctrl-d`, `alt-f4`.
    ///
    /// Names and modifier prefixes are case-insensitive; a single character is case-sensitive.
    /// `shift-` with a letter means the capital letter. Returns `None` for an unknown name.
    pub fn parse(text: &str) -> Option<KeyChord> {
        let mut rest = text;
        let mut modifiers = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, modifier) = if lower.starts_with("ctrl-") {
                ("ctrl-", KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                ("alt-", KeyModifiers::ALT)
            } else if lower.starts_with("shift-") {
                ("shift-", KeyModifiers::SHIFT)
            } else {
                break;
            };
            if rest.len() == prefix.len() {
                break;
            }
            modifiers |= modifier;
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                if modifiers.contains(KeyModifiers::SHIFT) && c.is_lowercase() {
                    let mut upper = c.to_uppercase();
                    match (upper.next(), upper.next()) {
                        (Some(u), None) => KeyCode::Char(u),
                        _ => KeyCode::Char(c),
                    }
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => named_code(&rest.to_ascii_lowercase())?,
        };
        Some(KeyChord::new(code, modifiers))
    }

    /// The chord of a terminal key event, normalised so that it matches parsed names
    /// (crossterm reports `G` with SHIFT, and Shift-Tab as either `BackTab` or `Tab` with SHIFT).
    pub fn from_event(event: &KeyEvent) -> KeyChord {
        KeyChord::new(event.code, event.modifiers)
    }
}

/// Finds a named key (`enter`, `f5`, …) by its lowercase name.
fn named_code(lower: &str) -> Option<KeyCode> {
    if let Some((_, code, _)) = NAMED.iter().find(|(name, _, _)| *name == lower) {
        return Some(*code);
    }
    let number: u8 = lower.strip_prefix('f')?.parse().ok()?;
    (1..=12).contains(&number).then_some(KeyCode::F(number))
}

impl fmt::Display for KeyChord {
    /// Writes the chord as the help overlay shows it: `q`, `G`, `Ctrl-d`, `Enter`, `Shift-Tab`, `PageDown`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            code => match NAMED.iter().find(|(_, named, _)| *named == code) {
                Some((_, _, word)) => f.write_str(word),
                None => write!(f, "{code:?}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chord(code: KeyCode, modifiers: KeyModifiers) -> KeyChord {
        KeyChord { code, modifiers }
    }

    #[test]
    fn single_characters_parse_case_sensitively() {
        assert_eq!(
            KeyChord::parse("q"),
            Some(chord(KeyCode::Char('q'), KeyModifiers::NONE))
        );
        assert_eq!(
            KeyChord::parse("G"),
            Some(chord(KeyCode::Char('G'), KeyModifiers::NONE))
        );
        assert_eq!(
            KeyChord::parse("?"),
            Some(chord(KeyCode::Char('?'), KeyModifiers::NONE))
        );
        assert_eq!(
            KeyChord::parse("-"),
            Some(chord(KeyCode::Char('-'), KeyModifiers::NONE))
        );
        assert_eq!(
            KeyChord::parse("ñ"),
            Some(chord(KeyCode::Char('ñ'), KeyModifiers::NONE))
        );
    }

    #[test]
    fn names_and_modifiers_parse_case_insensitively() {
        let ctrl_d = chord(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(KeyChord::parse("ctrl-d"), Some(ctrl_d));
        assert_eq!(KeyChord::parse("CTRL-d"), Some(ctrl_d));
        assert_eq!(
            KeyChord::parse("Enter"),
            Some(chord(KeyCode::Enter, KeyModifiers::NONE))
        );
        assert_eq!(
            KeyChord::parse("PAGEDOWN"),
            Some(chord(KeyCode::PageDown, KeyModifiers::NONE))
        );
        assert_eq!(
            KeyChord::parse("f12"),
            Some(chord(KeyCode::F(12), KeyModifiers::NONE))
        );
        assert_eq!(
            KeyChord::parse("ctrl-alt-x"),
            Some(chord(
                KeyCode::Char('x'),
                KeyModifiers::CONTROL | KeyModifiers::ALT
            ))
        );
        assert_eq!(
            KeyChord::parse("ctrl--"),
            Some(chord(KeyCode::Char('-'), KeyModifiers::CONTROL))
        );
        assert_eq!(
            KeyChord::parse("shift-up"),
            Some(chord(KeyCode::Up, KeyModifiers::SHIFT))
        );
    }

    #[test]
    fn shift_tab_and_backtab_are_the_same_chord() {
        let back = chord(KeyCode::BackTab, KeyModifiers::NONE);
        assert_eq!(KeyChord::parse("shift-tab"), Some(back));
        assert_eq!(KeyChord::parse("backtab"), Some(back));
        assert_eq!(
            KeyChord::from_event(&KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
            back
        );
        assert_eq!(
            KeyChord::from_event(&KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT)),
            back
        );
    }

    #[test]
    fn shift_is_dropped_from_character_keys_in_events_and_names() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            KeyChord::from_event(&event),
            chord(KeyCode::Char('G'), KeyModifiers::NONE)
        );
        assert_eq!(KeyChord::parse("shift-g"), KeyChord::parse("G"));
    }

    #[test]
    fn unknown_names_do_not_parse() {
        for bad in [
            "",
            "ctrl-shiftx",
            "f13",
            "f0",
            "hyper-x",
            "ctrl-",
            "enterr",
            "qq",
        ] {
            assert_eq!(KeyChord::parse(bad), None, "{bad:?} should not parse");
        }
    }

    #[test]
    fn display_uses_words_and_parses_back_to_the_same_chord() {
        let cases = [
            ("q", "q"),
            ("G", "G"),
            ("ctrl-d", "Ctrl-d"),
            ("enter", "Enter"),
            ("shift-tab", "Shift-Tab"),
            ("pagedown", "PageDown"),
            ("up", "Up"),
            ("space", "Space"),
            ("alt-f4", "Alt-F4"),
            ("ctrl-alt-shift-left", "Ctrl-Alt-Shift-Left"),
            ("?", "?"),
        ];
        for (name, shown) in cases {
            let parsed = KeyChord::parse(name);
            assert_eq!(parsed.map(|c| c.to_string()).as_deref(), Some(shown));
            assert_eq!(KeyChord::parse(shown), parsed, "{shown} should parse back");
        }
    }
}
