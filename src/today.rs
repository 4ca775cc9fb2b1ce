//! `cmdeck today`: today's routine as plain text for a shell or a cron mail (sanitized, no colours).

use crate::clock::{Clock, short_age};
use crate::db::{Db, DbError};
use crate::text::{sanitize_line, truncate};
use std::fmt::Write;

/// How many items each section lists at most.
const ITEMS: usize = 10;

/// Writes today's counters and the items behind them.
pub fn routine(db: &Db, clock: &Clock, response_target: u32) -> Result<String, DbError> {
    let counters = db.today_counters(clock)?;
    let today = clock.today();
    let mut out = String::new();
    let _ = writeln!(out, "cmdeck — {}", today.format("%A %d %B %Y"));
    let _ = writeln!(out);

    let due = db.posts_due(
        clock.start_of_day(today),
        clock.day_range(today, today).1,
        clock.now,
    )?;
    let _ = writeln!(
        out,
        "Posts: {} due today, {} overdue",
        counters.posts_due_today, counters.posts_overdue
    );
    for post in due.iter().take(ITEMS) {
        let when = post
            .scheduled_at
            .map(|at| clock.local(at).format("%d %b %H:%M").to_string())
            .unwrap_or_default();
        let flag = if post.is_overdue(clock.now) {
            "OVERDUE "
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {flag}{when}  {} {}  [{}]  {}",
            post.network.short(),
            sanitize_line(&post.channel),
            post.status,
            truncate(&post.body.line(), 60)
        );
    }

    let oldest = counters
        .oldest_waiting
        .map(|at| format!(", the oldest for {}", short_age(at, clock.now)))
        .unwrap_or_default();
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Inbox: {} waiting{oldest} (target {} min)",
        counters.messages_waiting,
        db.response_target_minutes(response_target)?
    );
    for message in db.waiting_page(clock.now, 0, ITEMS)?.rows {
        let _ = writeln!(
            out,
            "  {:>4}  {} {:<8} {}: {}",
            short_age(message.received_at, clock.now),
            message.network.short(),
            message.kind,
            truncate(&message.author.line(), 20),
            truncate(&message.body.line(), 60)
        );
    }

    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Mentions: {} new, {} negative",
        counters.new_mentions, counters.new_negative
    );
    for (label, count) in &counters.spikes {
        let _ = writeln!(
            out,
            "  SPIKE: {} — {count} in the last 24 hours",
            sanitize_line(label)
        );
    }
    for mention in db.new_mentions_page(0, ITEMS)?.rows {
        let _ = writeln!(
            out,
            "  {} {:<12} {}: {}",
            mention.sentiment.symbol(),
            truncate(&mention.source.line(), 12),
            truncate(&mention.author.line(), 20),
            truncate(&mention.text.line(), 60)
        );
    }

    let _ = writeln!(out);
    let _ = writeln!(out, "Follow-ups due: {}", counters.follow_ups_due);
    for person in db
        .people_page(today, 0, ITEMS)?
        .rows
        .iter()
        .filter(|p| p.follow_up_due(today))
    {
        let date = person
            .next_follow_up
            .map(|d| d.format("%d %b").to_string())
            .unwrap_or_default();
        let _ = writeln!(out, "  {date}  {} ({})", person.name.line(), person.role);
    }
    Ok(out)
}
