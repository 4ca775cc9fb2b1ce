//! Versioned schema migrations embedded in the binary, applied in one transaction with `user_version`.

use super::APPLICATION_ID;
use rusqlite::{Connection, TransactionBehavior};

/// One schema step: the SQL that takes the database from the previous version to this one.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// A short name for messages.
    pub name: &'static str,
    /// The SQL to run.
    pub sql: &'static str,
}

/// Every migration, in order; version N is the state after the Nth. Append only.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        name: "initial schema",
        sql: include_str!("migrations/0001_initial.sql"),
    },
    Migration {
        name: "evergreen rules and channel timelines",
        sql: include_str!("migrations/0002_calendar.sql"),
    },
    Migration {
        name: "suggested replies",
        sql: include_str!("migrations/0003_inbox.sql"),
    },
    Migration {
        name: "crisis checklist",
        sql: include_str!("migrations/0004_crisis.sql"),
    },
    Migration {
        name: "indexes for large histories",
        sql: include_str!("migrations/0005_speed.sql"),
    },
    Migration {
        name: "full-text search of mentions",
        sql: concat!(
            include_str!("migrations/0006_search.sql"),
            include_str!("migrations/0006_search_insert_trigger.sql"),
            include_str!("migrations/0006_search_triggers.sql")
        ),
    },
    Migration {
        name: "mention figures from the time index",
        sql: include_str!("migrations/0007_mention_figures.sql"),
    },
    Migration {
        name: "channel figures from an index",
        sql: include_str!("migrations/0008_channel_figures.sql"),
    },
    Migration {
        name: "overdue posts from an index",
        sql: include_str!("migrations/0009_overdue_posts.sql"),
    },
    Migration {
        name: "archived channels",
        sql: include_str!("migrations/0010_channel_setup.sql"),
    },
    Migration {
        name: "inbox items that keep the mention they came from",
        sql: include_str!("migrations/0012_mention_messages.sql"),
    },
    Migration {
        name: "triage rules typed in the inbox",
        sql: include_str!("migrations/0013_triage_rules.sql"),
    },
    Migration {
        name: "posts' own ids on their network",
        sql: include_str!("migrations/0014_post_network_ids.sql"),
    },
    Migration {
        name: "what sentiment corrections teach",
        sql: include_str!("migrations/0015_sentiment_lessons.sql"),
    },
];

/// The schema version this binary writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to `migrations.len()`, all steps in one immediate transaction.
pub(crate) fn apply(conn: &mut Connection, migrations: &[Migration]) -> rusqlite::Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let latest = migrations.len() as i64;
    // A negative version is refused when the file is opened; here it would only apply nothing.
    let Some(pending) = usize::try_from(current)
        .ok()
        .and_then(|done| migrations.get(done..))
        .filter(|pending| !pending.is_empty())
    else {
        return Ok(());
    };
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for migration in pending {
        tx.execute_batch(migration.sql)?;
    }
    // PRAGMA takes no bound parameters; both values are compile-time integers, never user input.
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {latest};"
    ))?;
    tx.commit()
}
