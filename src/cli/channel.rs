//! The arguments of `cmdeck channel add|list|edit|archive|restore|remove` and
//! `cmdeck audience record`.

use super::ListFormat;
use clap::Subcommand;

/// What `cmdeck channel` does.
#[derive(Debug, Subcommand)]
pub enum ChannelAction {
    /// Set up a channel: a network and the account's handle (`cmdeck channel add instagram @mybrand`).
    Add {
        /// The network: instagram, tiktok, x, threads, bluesky, mastodon, linkedin, facebook,
        /// youtube, email, web or other.
        #[arg(value_name = "NETWORK")]
        network: String,
        /// The account's handle; the `@` is added on social networks when left out.
        #[arg(value_name = "HANDLE", allow_hyphen_values = true)]
        handle: String,
        /// The name shown in lists [default: the handle].
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// The longest post, in characters [default: the network's own limit].
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
    },
    /// List the channels in use (with --all, the archived ones too) as text, CSV or JSON.
    List {
        /// Also list the archived channels (marked with the day they were archived).
        #[arg(long)]
        all: bool,
        /// How to print the channels.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Change a channel's name, length limit or handle (its posts and messages stay on it).
    Edit {
        /// The channel: `network:@handle`, or a handle or network only one channel has.
        #[arg(value_name = "CHANNEL")]
        channel: String,
        /// The new name shown in lists (`--name ""` shows the handle again).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// The new longest post, in characters.
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
        /// The new handle, on the same network.
        #[arg(long, value_name = "HANDLE", allow_hyphen_values = true)]
        handle: Option<String>,
    },
    /// Archive a channel you no longer use: it leaves the forms, its history is kept.
    Archive {
        /// The channel: `network:@handle`, or a handle or network only one channel has.
        #[arg(value_name = "CHANNEL")]
        channel: String,
    },
    /// Put an archived channel back in use.
    Restore {
        /// The channel: `network:@handle`, or a handle or network only one channel has.
        #[arg(value_name = "CHANNEL")]
        channel: String,
    },
    /// Delete a channel added by mistake; only one with no posts, messages or follower counts
    /// (archive the others).
    Remove {
        /// The channel: `network:@handle`, or a handle or network only one channel has.
        #[arg(value_name = "CHANNEL")]
        channel: String,
    },
}

/// What `cmdeck audience` does.
#[derive(Debug, Subcommand)]
pub enum AudienceAction {
    /// Record a channel's follower count for a day (replacing the one already recorded that day).
    Record {
        /// The channel: `network:@handle`, or a handle or network only one channel has.
        #[arg(value_name = "CHANNEL")]
        channel: String,
        /// How many followers: `1200`, `1.200` or `1,200`.
        #[arg(value_name = "FOLLOWERS")]
        followers: String,
        /// The day the count was taken, `YYYY-MM-DD` [default: today, in local time].
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
}
