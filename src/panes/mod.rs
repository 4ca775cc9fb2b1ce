//! The state of the five panes. A pane handles the commands it understands and says what it
//! needs; it never touches the database, files or the clock — `App` does that for it.

pub mod calendar;
pub mod form;
pub mod inbox;
pub mod list;
pub mod mentions;
pub mod reports;

use crate::command::Command;
use crate::domain::post::PostDraft;
use crate::domain::rows::{PersonProfile, PersonRow, PostRow};
use crate::domain::strategy::PeopleStrategy;
use crate::keymap::Scope;
pub use calendar::CalendarPane;
use chrono::NaiveDate;
pub use inbox::InboxPane;
use list::ListPane;
pub use mentions::MentionsPane;
pub use reports::ReportsPane;

/// The five panes, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    /// Posts on the calendar.
    Calendar,
    /// Messages to answer.
    Inbox,
    /// What is said about the brand.
    Mentions,
    /// Advocates and detractors.
    Prescriptors,
    /// The week's figures.
    Reports,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 5] = [
        Tab::Calendar,
        Tab::Inbox,
        Tab::Mentions,
        Tab::Prescriptors,
        Tab::Reports,
    ];

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Calendar => "Calendar",
            Tab::Inbox => "Inbox",
            Tab::Mentions => "Mentions",
            Tab::Prescriptors => "Prescriptors",
            Tab::Reports => "Reports",
        }
    }

    /// The key-map scope of this pane.
    pub fn scope(self) -> Scope {
        match self {
            Tab::Calendar => Scope::Calendar,
            Tab::Inbox => Scope::Inbox,
            Tab::Mentions => Scope::Mentions,
            Tab::Prescriptors => Scope::Prescriptors,
            Tab::Reports => Scope::Reports,
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|tab| *tab == self).unwrap_or(0)
    }

    /// The next tab, wrapping around.
    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    /// The previous tab, wrapping around.
    pub fn previous(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

/// What a pane made of a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The pane acted on it.
    Handled,
    /// Not a command for this pane; the caller may try elsewhere.
    Ignored,
    /// The selected row was opened (a pane may need more data for its detail view).
    Opened,
    /// The filter opened and needs the searchable text of every row in scope.
    NeedFilterTexts,
    /// The pane moved to another period and needs its figures.
    NeedPeriod,
    /// The app must carry this out.
    Request(Request),
    /// The app must ask this yes/no question, and carry out the request on yes.
    Confirm(String, Request),
    /// A sentence for the status line.
    Message(&'static str),
}

/// Something only the app can do: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Open the post form for a new post.
    OpenComposer,
    /// Open the post form on this post.
    OpenEditor(i64),
    /// Open the metrics form of this post.
    OpenMetrics(i64),
    /// Open the calendar's filter form.
    OpenPostFilter,
    /// Check and save the post form (a new post when `editing` is none).
    SaveDraft {
        /// The post being edited.
        editing: Option<i64>,
        /// The form's values.
        draft: Box<PostDraft>,
    },
    /// Move a post by days and hours of local time.
    MovePost {
        /// The post.
        id: i64,
        /// Days to add (negative: earlier).
        days: i64,
        /// Hours to add.
        hours: i64,
    },
    /// Copy a post as a new draft.
    DuplicatePost(i64),
    /// Cancel a post.
    CancelPost(i64),
    /// Delete a post.
    DeletePost(i64),
    /// Mark a post published at a typed time (empty: now) with its URL.
    PublishPost {
        /// The post.
        id: i64,
        /// Typed date.
        date: String,
        /// Typed time.
        time: String,
        /// Typed URL.
        url: String,
    },
    /// Record typed metrics for a post.
    SaveMetrics {
        /// The post.
        id: i64,
        /// Field name and typed value.
        values: Vec<(&'static str, String)>,
    },
    /// Put a post in its channel's next free posting slot.
    AddToQueue(i64),
    /// Fill the empty slots of the next two weeks with evergreen posts.
    RefillEvergreen,
    /// Compute the best-time heat map.
    LoadHeatmap,
    /// Apply one change to these messages.
    ChangeMessages {
        /// The messages.
        ids: Vec<i64>,
        /// The change.
        change: crate::db::inbox_actions::MessageChange,
        /// What it is called in messages and undo.
        label: &'static str,
    },
    /// Open the reply editor on this message.
    OpenReply(i64),
    /// Record a reply.
    SendReply {
        /// The message answered.
        id: i64,
        /// The reply.
        body: String,
    },
    /// Snooze these messages.
    SnoozeMessages {
        /// The messages.
        ids: Vec<i64>,
        /// Until when.
        choice: inbox::SnoozeChoice,
    },
    /// Open the link-to-person form for these messages.
    OpenLinkPerson(Vec<i64>),
    /// Link the senders to a person, or to a new one.
    LinkPerson {
        /// The messages.
        ids: Vec<i64>,
        /// The existing person; none for a new one.
        person: Option<i64>,
        /// The new person's name.
        name: String,
        /// The new person's role.
        role: crate::domain::Role,
    },
    /// Open the inbox's filter form.
    OpenMessageFilter,
    /// Open the form for a message typed by hand.
    OpenNewMessage,
    /// Check and store a message typed by hand.
    AddMessage {
        /// The channel.
        channel_id: Option<i64>,
        /// DM, comment…
        kind: crate::domain::MessageKind,
        /// The sender.
        author: String,
        /// The text.
        body: String,
        /// When it arrived, as typed (empty: now).
        received: String,
    },
    /// Open the saved replies library.
    OpenLibrary,
    /// Check and store a saved reply.
    SaveSavedReply {
        /// The reply edited; none for a new one.
        id: Option<i64>,
        /// Its name.
        name: String,
        /// Its text.
        body: String,
    },
    /// Delete a saved reply.
    DeleteSavedReply(i64),
    /// Read the replies recorded for the message opened.
    LoadReplies(i64),
    /// Apply one triage change to these mentions.
    ChangeMentions {
        /// The mentions.
        ids: Vec<i64>,
        /// The change.
        change: crate::db::mention_actions::MentionChange,
        /// What it is called in messages and undo.
        label: &'static str,
    },
    /// Turn a mention into an inbox item, to answer it.
    MentionToInbox(i64),
    /// Turn a mention into a post idea that keeps its source link.
    MentionToIdea(i64),
    /// Open the link-to-person form for a mention's author.
    OpenMentionPerson(i64),
    /// Link a mention's author to a person, or add them as a new one.
    MentionPerson {
        /// The mention.
        id: i64,
        /// The existing person; none for a new one.
        person: Option<i64>,
        /// The new person's name.
        name: String,
        /// The new person's role (advocate: a prescriptor candidate; detractor or troll: the watchlist).
        role: crate::domain::Role,
    },
    /// Open the mentions' filter form.
    OpenMentionFilter,
    /// Open the rule form (none: a new rule).
    OpenRuleForm(Option<i64>),
    /// Check and store a listening rule.
    SaveRule {
        /// The rule edited; none for a new one.
        id: Option<i64>,
        /// The typed fields by name.
        fields: Vec<(&'static str, String)>,
        /// Brand, competitor or sector.
        kind: crate::domain::RuleKind,
        /// The alert sensitivity.
        sensitivity: String,
    },
    /// Delete a listening rule.
    DeleteRule(i64),
    /// Open the form for a mention typed by hand.
    OpenNewMention,
    /// Check and store a mention typed by hand.
    AddMention {
        /// The typed fields by name.
        fields: Vec<(&'static str, String)>,
    },
    /// Show only what the filter keeps.
    FilterMentions {
        /// The filter.
        filter: crate::db::mention_list::MentionFilter,
        /// The filter, described.
        label: String,
    },
}

/// A strategy face: plan data loaded on demand, and how far it is scrolled.
#[derive(Debug, Clone)]
pub struct StrategyFace<T> {
    /// The loaded data; `None` until loaded or after the data changed.
    pub data: Option<T>,
    /// Lines scrolled off the top.
    pub scroll: u16,
}

impl<T> Default for StrategyFace<T> {
    fn default() -> Self {
        StrategyFace {
            data: None,
            scroll: 0,
        }
    }
}

impl<T> StrategyFace<T> {
    /// Scrolls the face with the movement commands.
    pub fn handle(&mut self, command: Command, page: u16) -> Outcome {
        self.scroll = match command {
            Command::Down => self.scroll.saturating_add(1),
            Command::Up => self.scroll.saturating_sub(1),
            Command::PageDown => self.scroll.saturating_add(page),
            Command::PageUp => self.scroll.saturating_sub(page),
            Command::Top => 0,
            Command::Bottom => u16::MAX / 2,
            _ => return Outcome::Ignored,
        };
        Outcome::Handled
    }
}

/// The Prescriptors pane: people, a profile, and the audience plan.
#[derive(Debug, Clone, Default)]
pub struct PeoplePane {
    /// People, follow-ups due first.
    pub people: ListPane<PersonRow>,
    /// The open profile.
    pub profile: Option<PersonProfile>,
    /// Personas and advocacy tiers.
    pub strategy: StrategyFace<PeopleStrategy>,
}

/// All five panes.
#[derive(Debug, Clone, Default)]
pub struct Panes {
    /// Calendar.
    pub calendar: CalendarPane,
    /// Inbox.
    pub inbox: InboxPane,
    /// Mentions.
    pub mentions: MentionsPane,
    /// Prescriptors.
    pub people: PeoplePane,
    /// Reports.
    pub reports: ReportsPane,
}

impl Panes {
    /// Routes a command to a pane's face; strategy faces scroll, execution faces move their lists.
    /// `local_date` gives the local day of a post (the app's zone).
    pub fn handle(
        &mut self,
        tab: Tab,
        strategy: bool,
        command: Command,
        page: u16,
        local_date: &dyn Fn(&PostRow) -> Option<NaiveDate>,
    ) -> Outcome {
        match (tab, strategy) {
            (Tab::Calendar, false) => self.calendar.handle(command, local_date),
            (Tab::Inbox, false) => self.inbox.handle(command),
            (Tab::Mentions, false) => self.mentions.handle(command),
            (Tab::Prescriptors, false) => {
                let outcome = self.people.people.handle(command);
                if !self.people.people.detail {
                    self.people.profile = None;
                }
                outcome
            }
            (Tab::Calendar, true) => self.calendar.strategy.handle(command, page),
            (Tab::Inbox, true) => self.inbox.strategy.handle(command, page),
            (Tab::Mentions, true) => self.mentions.handle_strategy(command, page),
            (Tab::Prescriptors, true) => self.people.strategy.handle(command, page),
            (Tab::Reports, strategy) => self.reports.handle(command, strategy, page),
        }
    }

    /// Forgets everything loaded, so that the next sync reads fresh data.
    pub fn invalidate(&mut self) {
        self.calendar.invalidate();
        self.inbox.invalidate();
        self.mentions.triage.invalidate();
        self.people.people.invalidate();
        self.mentions.strategy.data = None;
        self.people.strategy.data = None;
        self.reports.invalidate();
    }

    /// Tells every list how many rows fit on screen.
    pub fn set_list_height(&mut self, height: usize) {
        self.calendar.agenda_page_height = height;
        self.calendar.agenda.set_height(height);
        self.inbox.page_height = height;
        self.inbox.queue.set_height(height);
        self.mentions.page_height = height;
        self.mentions.triage.set_height(height);
        self.people.people.set_height(height);
    }

    /// Whether the pane on `tab` is taking typed text (a filter).
    pub fn is_typing(&self, tab: Tab) -> bool {
        match tab {
            Tab::Calendar => self.calendar.agenda.is_typing() || self.calendar.form.is_some(),
            Tab::Inbox => self.inbox.takes_keys(),
            Tab::Mentions => self.mentions.triage.is_typing() || self.mentions.form.is_some(),
            Tab::Prescriptors => self.people.people.is_typing(),
            Tab::Reports => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_wrap_around_in_both_directions() {
        assert_eq!(Tab::Reports.next(), Tab::Calendar);
        assert_eq!(Tab::Calendar.previous(), Tab::Reports);
        assert_eq!(Tab::Inbox.next(), Tab::Mentions);
    }

    #[test]
    fn strategy_faces_scroll_and_ignore_other_commands() {
        let mut face: StrategyFace<()> = StrategyFace::default();
        assert_eq!(face.handle(Command::PageDown, 10), Outcome::Handled);
        assert_eq!(face.scroll, 10);
        face.handle(Command::Up, 10);
        assert_eq!(face.scroll, 9);
        face.handle(Command::Top, 10);
        assert_eq!(face.scroll, 0);
        assert_eq!(face.handle(Command::Filter, 10), Outcome::Ignored);
    }
}
