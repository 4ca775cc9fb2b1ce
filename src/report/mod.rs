//! The report as a document: GitHub-flavoured Markdown that reads well in a terminal, in a git
//! repository, on GitHub and pasted into a chat, written atomically.
//!
//! - [`escape`]: outside text made safe for Markdown.
//! - [`markdown`]: the report's title, summary and first sections; `sections` the rest.

pub mod escape;
pub mod markdown;
mod sections;

pub use markdown::{period_title, to_markdown};
