//! The arguments of `cmdeck people import`, `cmdeck people list` and `cmdeck people add`.

use super::ListFormat;
use crate::domain::Role;
use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;

/// What `cmdeck people` does.
#[derive(Debug, Subcommand)]
pub enum PeopleAction {
    /// People in cmdeck's CSV or JSON format, or Mastodon's following_accounts.csv (see the README).
    Import {
        /// The CSV or JSON file (a Mastodon export is recognised by its header).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Store the good rows even when some are wrong; the wrong ones are listed.
        #[arg(long)]
        partial: bool,
        /// Write every rejected row to this CSV file (`line,reason,row`), as written in FILE.
        #[arg(long, value_name = "REJECTS")]
        rejects: Option<PathBuf>,
    },
    /// List the people stored, by name, as text, CSV or JSON.
    List {
        /// Only people with this role.
        #[arg(long, value_enum)]
        role: Option<RoleArg>,
        /// How to print the people.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Add one person and print what was stored; a handle or name someone else has is refused.
    Add {
        /// Their name.
        #[arg(value_name = "NAME")]
        name: String,
        /// The part they play for the brand.
        #[arg(long, value_enum, default_value_t = RoleArg::Advocate)]
        role: RoleArg,
        /// Their advocacy tier, one of the plan's.
        #[arg(long, value_name = "TIER")]
        tier: Option<String>,
        /// A handle, `network:@handle` (repeat it, or separate several with commas).
        #[arg(long = "handle", value_name = "NETWORK:@HANDLE")]
        handles: Vec<String>,
        /// Comma-separated tags.
        #[arg(long, value_name = "A,B")]
        tags: Option<String>,
        /// Their audience: a whole number, `12,400` or `12k`.
        #[arg(long, value_name = "N")]
        reach: Option<String>,
        /// Free notes.
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
        /// When to get back to them, YYYY-MM-DD.
        #[arg(long = "follow-up", value_name = "YYYY-MM-DD")]
        follow_up: Option<String>,
    },
}

/// What `cmdeck people add` was given, as typed.
#[derive(Debug, Clone)]
pub struct AddPerson {
    /// Their name.
    pub name: String,
    /// Their role.
    pub role: Role,
    /// Their tier.
    pub tier: Option<String>,
    /// Their handles, as typed.
    pub handles: Vec<String>,
    /// Their tags, as typed.
    pub tags: Option<String>,
    /// Their reach, as typed.
    pub reach: Option<String>,
    /// Their notes.
    pub notes: Option<String>,
    /// Their next follow-up, as typed.
    pub follow_up: Option<String>,
}

/// The roles a person may have, for filtering or adding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    /// Speaks well of the brand.
    Advocate,
    /// Has an audience worth working with.
    Influencer,
    /// Buys from the brand.
    Customer,
    /// Writes about the brand or its sector.
    Journalist,
    /// Works with the brand.
    Partner,
    /// Speaks ill of the brand.
    Detractor,
    /// Provokes for its own sake.
    Troll,
    /// None of the above.
    Other,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Advocate => Role::Advocate,
            RoleArg::Influencer => Role::Influencer,
            RoleArg::Customer => Role::Customer,
            RoleArg::Journalist => Role::Journalist,
            RoleArg::Partner => Role::Partner,
            RoleArg::Detractor => Role::Detractor,
            RoleArg::Troll => Role::Troll,
            RoleArg::Other => Role::Other,
        }
    }
}
