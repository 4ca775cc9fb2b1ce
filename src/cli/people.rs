//! The arguments of `cmdeck people import` and `cmdeck people list`.

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
}

/// The roles a person may have, for filtering.
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
