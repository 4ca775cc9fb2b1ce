//! Every request a pane can make of the app, one enum per pane nested here, so that routing a
//! request is one exhaustive `match` and a request nobody carries out does not compile.

pub use super::calendar::CalendarRequest;
pub use super::inbox::InboxRequest;
pub use super::mentions::MentionsRequest;
pub use super::people::PeopleRequest;
pub use super::reports::ReportsRequest;

/// Something only the app can do for a pane: read or change the database, or use the clock.
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
