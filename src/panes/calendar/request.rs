//! What the Calendar pane asks of the app: read or change posts and their metrics.

use crate::domain::post::PostDraft;

/// Something only the app can do for the pane: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum CalendarRequest {
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
}
