//! What the Calendar pane asks of the app: read what its forms need, or change posts and their
//! metrics with values the pane has already checked.

use crate::domain::post::{Metrics, Post};
use chrono::{DateTime, Utc};

/// Something only the app can do for the pane: read or change the database.
#[derive(Debug, Clone, PartialEq)]
pub enum CalendarRequest {
    /// Read what the composer needs (lookups and the best-time note); answered with
    /// [`super::CalendarData::Composer`].
    OpenComposer,
    /// Read this post and the lookups for the editor; answered with [`super::CalendarData::Editor`].
    OpenEditor(i64),
    /// Read this post's latest metrics; answered with [`super::CalendarData::Metrics`].
    OpenMetrics(i64),
    /// Read the lookups for the filter form; answered with [`super::CalendarData::Filter`].
    OpenPostFilter,
    /// Save checked posts, one per channel: a new post each when `editing` is none, else the
    /// edited post is updated and the other channels get new posts.
    SavePosts {
        /// The post being edited.
        editing: Option<i64>,
        /// The checked posts.
        posts: Vec<Post>,
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
    /// Mark a post published at a time with its address.
    PublishPost {
        /// The post.
        id: i64,
        /// When it went out.
        at: DateTime<Utc>,
        /// Its address, if given.
        url: Option<String>,
    },
    /// Record metrics for a post.
    SaveMetrics {
        /// The post.
        id: i64,
        /// The checked figures.
        metrics: Metrics,
    },
    /// Put a post in its channel's next free posting slot.
    AddToQueue(i64),
    /// Fill the empty slots of the next two weeks with evergreen posts.
    RefillEvergreen,
    /// Compute the best-time heat map; answered with [`super::CalendarData::Heatmap`].
    LoadHeatmap,
}
