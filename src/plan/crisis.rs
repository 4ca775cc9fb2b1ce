//! The plan's crisis protocol (steps by level, contacts, holding statements) and advocacy tiers.

use serde::Deserialize;

/// The crisis protocol.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crisis {
    /// Checklist steps of level 1, in order.
    #[serde(default)]
    pub level_1: Vec<String>,
    /// Checklist steps of level 2, in order.
    #[serde(default)]
    pub level_2: Vec<String>,
    /// Checklist steps of level 3, in order.
    #[serde(default)]
    pub level_3: Vec<String>,
    /// People to call.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Holding statements.
    #[serde(default)]
    pub statements: Vec<Statement>,
}

/// A crisis contact.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// Role.
    #[serde(default)]
    pub role: String,
    /// Phone.
    #[serde(default)]
    pub phone: String,
    /// Email.
    #[serde(default)]
    pub email: String,
}

/// A holding statement.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Crisis level 1 to 3.
    pub level: i64,
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
}

/// An advocacy tier.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// Unique name.
    pub name: String,
    /// Rank, lowest first.
    pub position: i64,
    /// What its members receive.
    #[serde(default)]
    pub receives: String,
    /// How to move up.
    #[serde(default)]
    pub move_up: String,
}
