//! What today asks of the community manager: the counters of the status line and `cmdeck today`.

use chrono::{DateTime, Utc};

/// Today's counters, as the status line shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TodayCounters {
    /// Posts planned for today that are not yet published.
    pub posts_due_today: i64,
    /// Scheduled posts whose time has passed without being published.
    pub posts_overdue: i64,
    /// Messages waiting for an answer.
    pub messages_waiting: i64,
    /// When the oldest waiting message arrived.
    pub oldest_waiting: Option<DateTime<Utc>>,
    /// Mentions not yet triaged.
    pub new_mentions: i64,
    /// Of those, negative ones.
    pub new_negative: i64,
    /// Follow-ups with people due today or overdue.
    pub follow_ups_due: i64,
    /// Spikes under way: what spiked and how many mentions in the last 24 hours.
    pub spikes: Vec<(String, u32)>,
    /// The open crisis: its level and whether scheduled posts are paused.
    pub crisis: Option<(i64, bool)>,
}
