//! The next plan after a change (a saved form or a deletion) and the renames that go with it,
//! with the two moves every section's change is made of: an entry put in its list, and a name
//! change recorded so the database keeps the renamed row's id. Nothing here is stored; the app
//! checks and stores the result.

use crate::plan::{Plan, Rename};

/// The plan after a change, and the renames that go with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// The whole plan as it will be stored.
    pub plan: Plan,
    /// Entries renamed by the change.
    pub renames: Vec<Rename>,
    /// Where the changed entry now is in its section (to select it and to place errors).
    pub index: usize,
    /// How typed numbers that could be read two ways were read, to tell the user.
    pub notes: Vec<String>,
}

/// Mistakes in the fields, by field key.
pub type FieldErrors = Vec<(&'static str, String)>;

/// Puts `item` at `index` of `list`, or appends it; returns where it is.
pub fn put<T>(list: &mut Vec<T>, index: Option<usize>, item: T) -> usize {
    match index.filter(|i| *i < list.len()) {
        Some(i) => {
            list[i] = item;
            i
        }
        None => {
            list.push(item);
            list.len() - 1
        }
    }
}

/// The rename of a named entry, when its name changed.
pub fn renamed(table: &'static str, old: Option<&str>, new: &str) -> Vec<Rename> {
    match old {
        Some(old) if old != new => vec![Rename {
            table,
            from: old.to_string(),
            to: new.to_string(),
        }],
        _ => Vec::new(),
    }
}
