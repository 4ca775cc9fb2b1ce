//! Every user-bindable verb of cmdeck, with the one-line description the help overlay shows.

use std::fmt;

/// Declares the bindable commands with their config names and help texts in one table.
macro_rules! commands {
    ($($(#[$meta:meta])* $variant:ident => $name:literal, $help:literal;)+) => {
        /// A verb the user can bind to a key in the config file.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Command { $($(#[$meta])* $variant),+ }

        impl Command {
            /// Every command, in help order.
            pub const ALL: &'static [Command] = &[$(Command::$variant),+];

            /// The name used for this command in the config file's `[keys.*]` tables.
            pub fn name(self) -> &'static str {
                match self { $(Command::$variant => $name),+ }
            }

            /// What the command does, as the help overlay says it.
            pub fn help(self) -> &'static str {
                match self { $(Command::$variant => $help),+ }
            }

            /// Finds a command by its config name.
            pub fn from_name(name: &str) -> Option<Command> {
                match name { $($name => Some(Command::$variant),)+ _ => None }
            }
        }
    };
}

commands! {
    /// Leave cmdeck.
    Quit => "quit", "quit cmdeck";
    /// Show or hide the help overlay.
    Help => "help", "show or hide this help";
    /// Go to the next pane.
    NextPane => "next_pane", "next pane";
    /// Go to the previous pane.
    PrevPane => "prev_pane", "previous pane";
    /// Go to the Calendar pane.
    GoCalendar => "go_calendar", "go to Calendar";
    /// Go to the Inbox pane.
    GoInbox => "go_inbox", "go to Inbox";
    /// Go to the Mentions pane.
    GoMentions => "go_mentions", "go to Mentions";
    /// Go to the Prescriptors pane.
    GoPrescriptors => "go_prescriptors", "go to Prescriptors";
    /// Go to the Reports pane.
    GoReports => "go_reports", "go to Reports";
    /// Flip every pane between its community-manager and strategy faces.
    ToggleStrategy => "toggle_strategy", "toggle strategy mode (every pane)";
    /// Move the selection down one row.
    Down => "down", "move down";
    /// Move the selection up one row.
    Up => "up", "move up";
    /// Jump to the first row.
    Top => "top", "go to the top";
    /// Jump to the last row.
    Bottom => "bottom", "go to the bottom";
    /// Move one page down.
    PageDown => "page_down", "page down";
    /// Move one page up.
    PageUp => "page_up", "page up";
    /// Open the selected row in a detail view.
    Open => "open", "open the selected item";
    /// Close the detail view, overlay or filter.
    Back => "back", "go back / close";
    /// Filter the current list (fuzzy, accent-insensitive).
    Filter => "filter", "filter the list (fuzzy, accents ignored)";
    /// Show the previous period (week in Reports).
    PrevPeriod => "prev_period", "previous week";
    /// Show the next period (week in Reports).
    NextPeriod => "next_period", "next week";
    /// Jump back to the current period.
    ThisPeriod => "this_period", "back to this week";
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_name_finds_its_command_again() {
        for command in Command::ALL {
            assert_eq!(Command::from_name(command.name()), Some(*command));
            assert!(!command.help().is_empty());
        }
        assert_eq!(Command::from_name("launch_rockets"), None);
    }
}
