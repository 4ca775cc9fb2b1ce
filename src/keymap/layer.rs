//! Which modal layer takes the keys (a list, a filter being typed, a form, the reply editor, the
//! saved-reply picker, a question, the help, the plan screen, the crisis checklist) and which
//! key-map scopes it looks keys up in. The app derives the layer from its state in one place.

use super::Scope;

/// The modal layer in force: it decides which scopes a key is looked up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// A pane's face: its list or strategy face, with the pane's, strategy and global keys.
    List,
    /// A list's filter being typed.
    Filter,
    /// A form (in a pane, the plan screen or the crisis protocol).
    Form,
    /// The reply editor.
    Editor,
    /// The saved-reply search inside the reply editor.
    Picker,
    /// A yes/no question.
    Confirm,
    /// The help overlay.
    Help,
    /// The plan screen.
    Plan,
    /// The crisis checklist.
    Crisis,
}

impl Layer {
    /// The scopes a key is looked up in, narrowest first. `pane` is the scope of the pane shown;
    /// `strategy` whether strategy mode is on.
    pub fn scopes(self, pane: Scope, strategy: bool) -> Vec<Scope> {
        match self {
            Layer::List if strategy => vec![Scope::Strategy, pane, Scope::Global],
            Layer::List => vec![pane, Scope::Global],
            Layer::Filter => vec![Scope::Filter],
            Layer::Form => vec![Scope::Form],
            Layer::Editor => vec![Scope::Editor],
            Layer::Picker => vec![Scope::Picker],
            Layer::Confirm => vec![Scope::Confirm],
            Layer::Help => vec![Scope::Help, Scope::Global],
            Layer::Plan => vec![Scope::Plan],
            Layer::Crisis => vec![Scope::Crisis],
        }
    }

    /// Whether keys that are not bound in the layer are typed as text.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Layer::Filter | Layer::Form | Layer::Editor | Layer::Picker
        )
    }

    /// What typing does in this layer, for the help overlay, in `lang`; `None` where nothing is
    /// typed.
    pub fn typing_note(self, lang: crate::i18n::Lang) -> Option<String> {
        match self {
            Layer::Filter => Some(lang.text("app-typing-filter")),
            Layer::Form => Some(lang.text("app-typing-form")),
            Layer::Editor => Some(lang.text("app-typing-editor")),
            Layer::Picker => Some(lang.text("app-typing-picker")),
            Layer::Confirm => Some(lang.text("app-typing-confirm")),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_looks_in_strategy_only_in_strategy_mode_and_always_falls_back_to_global() {
        assert_eq!(
            Layer::List.scopes(Scope::Inbox, false),
            vec![Scope::Inbox, Scope::Global]
        );
        assert_eq!(
            Layer::List.scopes(Scope::Inbox, true),
            vec![Scope::Strategy, Scope::Inbox, Scope::Global]
        );
    }

    #[test]
    fn text_layers_look_only_in_their_own_scope_so_letters_stay_letters() {
        for layer in [Layer::Filter, Layer::Form, Layer::Editor, Layer::Picker] {
            assert!(layer.takes_text());
            assert!(!layer.scopes(Scope::Calendar, true).contains(&Scope::Global));
        }
        assert!(!Layer::Plan.takes_text());
    }
}
