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

            /// The catalogue key of what the command does (`app-command-<name>`), for the help
            /// overlay in the run's language.
            pub fn help_key(self) -> &'static str {
                match self { $(Command::$variant => concat!("app-command-", $name)),+ }
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
    /// Filter the current list: every typed word begins a word of the row (accents ignored).
    Filter => "filter", "filter the list (every word, accents ignored)";
    /// Show the previous period (a week; a month in the calendar's month view).
    PrevPeriod => "prev_period", "previous period (week or month)";
    /// Show the next period.
    NextPeriod => "next_period", "next period (week or month)";
    /// Jump back to today and the current period.
    ThisPeriod => "this_period", "back to today / this week";
    /// Undo the last change.
    Undo => "undo", "undo the last change";
    /// Put back the change undone last.
    Redo => "redo", "redo the change undone last";
    /// Open the crisis protocol: open a crisis, or its checklist, statements and contacts.
    Crisis => "crisis", "crisis protocol: open a crisis, tick steps, pause posts, close it";
    /// Write the week's report as Markdown into the report folder.
    ExportReport => "export_report", "write the week's report as Markdown into the report folder";
    /// Write the week's small victories and notes.
    WeekNotes => "week_notes", "write the week's small victories and notes";
    /// Show or hide the formula under each figure.
    ToggleFormulas => "formulas", "show or hide the formula under each figure";
    /// Record a channel's follower count for a day.
    RecordFollowers => "record_followers", "record a channel's follower count for a day (the Audience section)";
    /// Open the plan screen: objectives measured with traffic lights, and every part of the plan to edit.
    Plan => "plan", "the plan: objectives and KPIs with traffic lights; edit every part of the strategy";
    /// Walk through the setup: the brand's name, time zone and week start, then its channels.
    Setup => "setup", "set up the brand (name, time zone, week start) and its channels";
    /// Cycle the pane's views (calendar: agenda, week, month; inbox: needs an answer, all, …).
    CycleView => "cycle_view", "cycle the views (calendar: agenda/week/month; inbox and mentions: by state)";
    /// Move the calendar's cursor to the previous day.
    PrevDay => "prev_day", "previous day";
    /// Move the calendar's cursor to the next day.
    NextDay => "next_day", "next day";
    /// Create a new item: a post in Calendar, a message in Inbox, a saved reply in the library.
    New => "new", "new: post (several channels at once), message, mention, saved reply, rule";
    /// Edit the selected item.
    Edit => "edit", "edit the selected post, saved reply or rule";
    /// Copy the selected post as a new draft.
    Duplicate => "duplicate", "duplicate the selected post as a draft";
    /// Cancel the selected post.
    CancelPost => "cancel_post", "cancel the selected post";
    /// Delete the selected item, after confirmation.
    Delete => "delete", "delete the selected post, saved reply or rule (asks first)";
    /// Move the selected post a day later.
    LaterDay => "later_day", "reschedule one day later";
    /// Move the selected post a day earlier.
    EarlierDay => "earlier_day", "reschedule one day earlier";
    /// Move the selected post an hour later.
    LaterHour => "later_hour", "reschedule one hour later";
    /// Move the selected post an hour earlier.
    EarlierHour => "earlier_hour", "reschedule one hour earlier";
    /// Mark the selected post published, with its time and URL.
    Publish => "publish", "mark published (time and URL)";
    /// Enter or update the selected post's metrics.
    Metrics => "metrics", "enter or update the post's metrics";
    /// Put the selected post in its channel's next free posting slot.
    AddToQueue => "add_to_queue", "add to queue: next free posting slot";
    /// Re-queue evergreen posts into the empty slots of the next two weeks.
    RefillEvergreen => "refill_evergreen", "re-queue evergreen posts into empty slots";
    /// Show the best time to post as a heat map.
    BestTimes => "best_times", "best time to post (heat map)";
    /// Show only one channel, status, campaign or pillar.
    FilterPosts => "filter_posts", "show only a channel, status, campaign or pillar";
    /// Write a reply to the selected message.
    Reply => "reply", "reply (recorded in cmdeck; a mention goes to the inbox to be answered)";
    /// Mark the selected messages done (mentions: reviewed).
    MarkDone => "mark_done", "mark done (a mention: reviewed)";
    /// Fetch the feeds of the config on a worker, with progress shown.
    Fetch => "fetch", "fetch the feeds in the config (progress shown; the desk stays usable)";
    /// Import posts and their figures from a network's export, a preview first, on a worker.
    ImportPosts => "import_posts", "import posts from a network's export (preview first)";
    /// Ignore the selected mention.
    Ignore => "ignore", "ignore the mention";
    /// Turn the selected mention into a post idea that keeps its source link.
    Curate => "curate", "make a post idea from the mention (keeps the link)";
    /// Snooze the selected messages.
    Snooze => "snooze", "snooze: 1 h, tomorrow 9:00, next Monday or a time";
    /// Escalate the selected messages.
    Escalate => "escalate", "escalate";
    /// Cycle the priority of the selected messages.
    CyclePriority => "cycle_priority", "priority: low → normal → high → urgent";
    /// Correct the sentiment of the selected messages.
    CorrectSentiment => "correct_sentiment", "correct the sentiment: positive → neutral → negative";
    /// Forget the words the sentiment corrections taught.
    ForgetLessons => "forget_lessons", "forget the words your sentiment corrections taught (the corrections stay; u takes it back)";
    /// Link the sender of the selected messages to a person.
    LinkPerson => "link_person", "link the sender or author to a person (existing or new)";
    /// Select or unselect the current row for a bulk action.
    ToggleMark => "toggle_mark", "select / unselect for a bulk action";
    /// Switch between newest first and oldest first.
    ToggleOrder => "toggle_order", "newest first / oldest first";
    /// Show only one channel, sentiment or person.
    FilterMessages => "filter_messages", "show only a channel, rule, sentiment or person";
    /// Set the selected person's next follow-up.
    FollowUp => "follow_up", "set the next follow-up";
    /// Log an interaction with the selected person.
    LogInteraction => "log_interaction", "log an interaction (and set the next follow-up)";
    /// Show suggested prescriptor candidates and watchlist entries, with the evidence.
    Suggestions => "suggestions", "suggested candidates and watchlist (Enter accepts one)";
    /// Merge the selected person with another record of the same person.
    Merge => "merge", "merge with another record of the same person";
    /// Show only a role, tier or tag, or the follow-ups due; choose the order.
    FilterPeople => "filter_people", "show only a role, tier or tag, or follow-ups due; sort";
    /// Open the saved replies library.
    SavedReplies => "saved_replies", "manage the saved replies";
    /// Move to the next field of a form.
    NextField => "next_field", "next field";
    /// Move to the previous field of a form.
    PrevField => "prev_field", "previous field";
    /// Save the form (in the reply editor: record the reply).
    Save => "save", "save the form (the reply editor: record the reply)";
    /// Choose the next option of a choice field (a checklist: the next item).
    ChooseNext => "choose_next", "next option of a choice (a checklist: next item)";
    /// Choose the previous option of a choice field (a checklist: the previous item).
    ChoosePrev => "choose_prev", "previous option of a choice (a checklist: previous item)";
    /// Tick or untick a toggle or a checklist item (a choice: its next option).
    Toggle => "toggle", "tick or untick a toggle or checklist item (a choice: next option)";
    /// Search the saved replies from the reply editor and insert one.
    InsertSavedReply => "insert_saved_reply", "search the saved replies and insert one";
    /// Answer yes to the question asked.
    Yes => "yes", "yes: carry out what the question asks (any other key: no)";
    /// Show the next part of the plan.
    NextSection => "next_section", "next part of the plan";
    /// Show the previous part of the plan.
    PrevSection => "prev_section", "previous part of the plan";
    /// Build a UTM link for the selected campaign.
    UtmLink => "utm_link", "build a UTM link for the selected campaign";
    /// Tick or untick the highlighted step of the crisis checklist.
    TickStep => "tick_step", "tick or untick the highlighted step (logged with its time)";
    /// Pause or resume the scheduled posts during a crisis.
    PausePosts => "pause_posts", "pause or resume the scheduled posts";
    /// Close the open crisis.
    CloseCrisis => "close_crisis", "close the crisis (logged; scheduled posts resume)";
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
