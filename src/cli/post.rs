//! `cmdeck post`: planning a post on one or more channels and listing the posts of a range of days.

use super::ListFormat;
use crate::domain::PostStatus;
use clap::{Args, Subcommand, ValueEnum};

/// What `cmdeck post` does.
#[derive(Debug, Subcommand)]
pub enum PostAction {
    /// Plan a post on one or more channels (one post per channel, all saved or none).
    Add(PostAddArgs),
    /// List the posts planned in a range of local days as text, CSV or JSON.
    List(PostListArgs),
}

/// The arguments of `cmdeck post add`.
#[derive(Debug, Args)]
pub struct PostAddArgs {
    /// A network (`instagram`), a handle (`@cafelanora`) or both (`x:@cafelanora`); repeat it to
    /// plan the same post on several channels.
    #[arg(long = "channel", value_name = "CHANNEL", required = true)]
    pub channels: Vec<String>,

    /// When it goes out, in local time: `YYYY-MM-DD HH:MM` (or `YYYY-MM-DDTHH:MM`).
    #[arg(long, value_name = "WHEN")]
    pub at: Option<String>,

    /// Where it stands [default: scheduled with --at, idea without].
    #[arg(long, value_enum)]
    pub status: Option<NewStatus>,

    /// The content pillar it serves, by name (case and accents ignored).
    #[arg(long, value_name = "NAME")]
    pub pillar: Option<String>,

    /// The campaign it belongs to, by name (case and accents ignored).
    #[arg(long, value_name = "NAME")]
    pub campaign: Option<String>,

    /// The text of the post.
    pub text: String,
}

/// The arguments of `cmdeck post list`.
#[derive(Debug, Args)]
pub struct PostListArgs {
    /// The first local day, `YYYY-MM-DD` [default: today].
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,

    /// The last local day, `YYYY-MM-DD` [default: six days after --from].
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,

    /// Only this channel: a network, a handle or `network:handle`.
    #[arg(long, value_name = "CHANNEL")]
    pub channel: Option<String>,

    /// Only posts with this status.
    #[arg(long, value_enum)]
    pub status: Option<AnyStatus>,

    /// How to print the posts.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

/// The statuses a new post may start in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewStatus {
    /// Written but not ready to go out.
    Draft,
    /// Ready and planned for its time.
    Scheduled,
    /// A thought to develop later.
    Idea,
}

impl From<NewStatus> for PostStatus {
    fn from(status: NewStatus) -> PostStatus {
        match status {
            NewStatus::Draft => PostStatus::Draft,
            NewStatus::Scheduled => PostStatus::Scheduled,
            NewStatus::Idea => PostStatus::Idea,
        }
    }
}

/// Every post status, for filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnyStatus {
    /// A thought to develop later.
    Idea,
    /// Written but not ready to go out.
    Draft,
    /// Ready and planned for its time.
    Scheduled,
    /// Gone out.
    Published,
    /// Dropped.
    Cancelled,
}

impl From<AnyStatus> for PostStatus {
    fn from(status: AnyStatus) -> PostStatus {
        match status {
            AnyStatus::Idea => PostStatus::Idea,
            AnyStatus::Draft => PostStatus::Draft,
            AnyStatus::Scheduled => PostStatus::Scheduled,
            AnyStatus::Published => PostStatus::Published,
            AnyStatus::Cancelled => PostStatus::Cancelled,
        }
    }
}
