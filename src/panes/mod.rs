//! The five panes, one folder each: its state (private fields), its forms and editors, its
//! requests, its view and its tests. A pane turns keys into typed requests, parses what is typed
//! into domain values before it asks, builds its own forms from the data `App` hands back through
//! `receive`, and never touches the database or files — `App` carries its requests out.

pub mod calendar;
pub mod form;
pub mod freshness;
pub mod inbox;
pub mod list;
mod list_view;
pub mod mentions;
pub mod people;
pub mod plan;
pub mod reports;

use crate::command::Command;
use crate::domain::rows::PostRow;
use crate::keymap::{Layer, Scope};
pub use calendar::CalendarPane;
pub use calendar::CalendarRequest;
pub use inbox::InboxPane;
pub use inbox::InboxRequest;
pub use mentions::MentionsPane;
pub use mentions::MentionsRequest;
pub use people::PeoplePane;
pub use people::PeopleRequest;
pub use reports::ReportsPane;
pub use reports::ReportsRequest;

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

    /// The tab's title in `lang`.
    pub fn title(self, lang: crate::i18n::Lang) -> String {
        match self {
            Tab::Calendar => lang.text("app-tab-calendar"),
            Tab::Inbox => lang.text("app-tab-inbox"),
            Tab::Mentions => lang.text("app-tab-mentions"),
            Tab::Prescriptors => lang.text("app-tab-prescriptors"),
            Tab::Reports => lang.text("app-tab-reports"),
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

/// What a pane may read besides its own state and the data handed to it: "now" and the zone
/// (for default dates, snooze times, ages) and how many rows a page holds.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// "Now" and the local zone.
    pub clock: crate::clock::Clock,
    /// Rows in a page of the list on screen.
    pub page: u16,
    /// The language forms, questions and messages are written in.
    pub lang: crate::i18n::Lang,
}

/// Something only the app can do for a pane: read or change the database, or use the clock.
/// Each pane's requests are one enum nested here, so that routing a request is one exhaustive
/// `match` and a request nobody carries out does not compile.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Asked by the Calendar pane.
    Calendar(CalendarRequest),
    /// Asked by the Inbox pane.
    Inbox(InboxRequest),
    /// Asked by the Mentions pane.
    Mentions(MentionsRequest),
    /// Asked by the Prescriptors pane.
    People(PeopleRequest),
    /// Asked by the Reports pane.
    Reports(ReportsRequest),
}

impl From<CalendarRequest> for Request {
    fn from(request: CalendarRequest) -> Request {
        Request::Calendar(request)
    }
}

impl From<InboxRequest> for Request {
    fn from(request: InboxRequest) -> Request {
        Request::Inbox(request)
    }
}

impl From<MentionsRequest> for Request {
    fn from(request: MentionsRequest) -> Request {
        Request::Mentions(request)
    }
}

impl From<PeopleRequest> for Request {
    fn from(request: PeopleRequest) -> Request {
        Request::People(request)
    }
}

impl From<ReportsRequest> for Request {
    fn from(request: ReportsRequest) -> Request {
        Request::Reports(request)
    }
}

/// What a pane made of a command; `R` is the pane's own request type.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<R = Request> {
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
    Request(R),
    /// The app must ask this yes/no question, and carry out the request on yes.
    Confirm(String, R),
    /// A sentence for the status line.
    Message(String),
}

impl<R> Outcome<R> {
    /// The same outcome with its request turned into another type (a pane's into [`Request`]).
    pub fn map<Q>(self, into: impl FnOnce(R) -> Q) -> Outcome<Q> {
        match self {
            Outcome::Handled => Outcome::Handled,
            Outcome::Ignored => Outcome::Ignored,
            Outcome::Opened => Outcome::Opened,
            Outcome::NeedFilterTexts => Outcome::NeedFilterTexts,
            Outcome::NeedPeriod => Outcome::NeedPeriod,
            Outcome::Request(request) => Outcome::Request(into(request)),
            Outcome::Confirm(question, request) => Outcome::Confirm(question, into(request)),
            Outcome::Message(text) => Outcome::Message(text),
        }
    }
}

/// A strategy face: plan data loaded on demand, and how far it is scrolled.
#[derive(Debug, Clone)]
pub struct StrategyFace<T> {
    /// The loaded data; `None` until first loaded. After a change it stays until replaced.
    pub data: Option<T>,
    /// Whether `data` answers the latest change.
    pub fresh: freshness::Freshness,
    /// Lines scrolled off the top.
    pub scroll: u16,
}

impl<T> Default for StrategyFace<T> {
    fn default() -> Self {
        StrategyFace {
            data: None,
            fresh: freshness::Freshness::default(),
            scroll: 0,
        }
    }
}

impl<T> StrategyFace<T> {
    /// Marks the data as out of date; it stays on screen until the next one arrives.
    pub fn invalidate(&mut self) {
        self.fresh.invalidate();
    }

    /// Whether the face needs reading: nothing or something out of date is shown.
    pub fn is_stale(&self) -> bool {
        self.fresh.is_stale()
    }

    /// Shows data read for the current generation.
    pub fn show(&mut self, data: T) {
        self.data = Some(data);
        self.fresh.mark_shown();
    }

    /// Scrolls the face with the movement commands.
    pub fn handle<R>(&mut self, command: Command, page: u16) -> Outcome<R> {
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
    /// `ctx` gives the clock (a post's local day is in the app's zone) and the page size.
    pub fn handle(&mut self, tab: Tab, strategy: bool, command: Command, ctx: &Context) -> Outcome {
        let page = ctx.page;
        let local_date = |post: &PostRow| post.scheduled_at.map(|at| ctx.clock.local(at).date());
        match (tab, strategy) {
            (Tab::Calendar, false) => self
                .calendar
                .handle(command, local_date)
                .map(Request::Calendar),
            (Tab::Inbox, false) => self.inbox.handle(command).map(Request::Inbox),
            (Tab::Mentions, false) => self
                .mentions
                .handle(command, ctx.lang)
                .map(Request::Mentions),
            (Tab::Prescriptors, false) => self.people.handle(command).map(Request::People),
            (Tab::Calendar, true) => self.calendar.handle_strategy(command, page),
            (Tab::Inbox, true) => self
                .inbox
                .handle_strategy(command, page)
                .map(Request::Inbox),
            (Tab::Mentions, true) => self
                .mentions
                .handle_strategy(command, page, ctx.lang)
                .map(Request::Mentions),
            (Tab::Prescriptors, true) => self.people.handle_strategy(command, page),
            (Tab::Reports, strategy) => self
                .reports
                .handle(command, strategy, page)
                .map(Request::Reports),
        }
    }

    /// Forgets everything loaded, so that the next sync reads fresh data.
    pub fn invalidate(&mut self) {
        self.calendar.invalidate();
        self.inbox.invalidate();
        self.mentions.invalidate();
        self.people.invalidate();
        self.reports.invalidate();
    }

    /// Tells every list how many rows fit on screen.
    pub fn set_list_height(&mut self, height: usize) {
        self.calendar.set_height(height);
        self.inbox.set_height(height);
        self.mentions.set_height(height);
        self.people.set_height(height);
    }

    /// The modal layer of the pane on `tab`: its form, the reply editor or its saved-reply
    /// search, its filter being typed, or else its list.
    pub fn layer(&self, tab: Tab) -> Layer {
        let (form, typing) = match tab {
            Tab::Calendar => (
                self.calendar.form().is_some(),
                self.calendar.agenda().is_typing(),
            ),
            Tab::Inbox => return self.inbox.layer(),
            Tab::Mentions => return self.mentions.layer(),
            Tab::Prescriptors => return self.people.layer(),
            Tab::Reports => return self.reports.layer(),
        };
        if form {
            Layer::Form
        } else if typing {
            Layer::Filter
        } else {
            Layer::List
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
        assert_eq!(
            face.handle(Command::PageDown, 10),
            Outcome::<Request>::Handled
        );
        assert_eq!(face.scroll, 10);
        face.handle::<Request>(Command::Up, 10);
        assert_eq!(face.scroll, 9);
        face.handle::<Request>(Command::Top, 10);
        assert_eq!(face.scroll, 0);
        assert_eq!(
            face.handle(Command::Filter, 10),
            Outcome::<Request>::Ignored
        );
    }
}
