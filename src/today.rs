//! `cmdeck today`: today's routine as plain text for a shell or a cron mail (sanitized, no
//! colours), in the language of the run.

use crate::clock::Clock;
use crate::db::{Db, DbError};
use crate::i18n::{self, Arg, Lang};
use crate::text::{sanitize_line, truncate};
use std::fmt::Write;

/// How many items each section lists at most.
const ITEMS: usize = 10;

/// Writes today's counters and the items behind them, in `lang`.
pub fn routine(
    db: &Db,
    clock: &Clock,
    response_target: u32,
    lang: Lang,
) -> Result<String, DbError> {
    let counters = db.today_counters(clock)?;
    let today = clock.today();
    let n = |value: i64| i18n::count(lang, value);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        lang.text_with(
            "today-title",
            &[("date", Arg::Text(&i18n::long_date(lang, today)))]
        )
    );
    let _ = writeln!(out);

    let due = db.posts_due(
        clock.start_of_day(today),
        clock.day_range(today, today).1,
        clock.now,
    )?;
    let _ = writeln!(
        out,
        "{}",
        lang.text_with(
            "today-posts",
            &[
                ("due", Arg::Text(&n(counters.posts_due_today))),
                ("overdue", Arg::Text(&n(counters.posts_overdue))),
            ]
        )
    );
    let overdue = format!("{} ", lang.text("today-overdue"));
    for post in due.iter().take(ITEMS) {
        let when = post
            .scheduled_at
            .map(|at| {
                let local = clock.local(at);
                format!(
                    "{} {}",
                    i18n::short_date(lang, local.date()),
                    local.format("%H:%M")
                )
            })
            .unwrap_or_default();
        let flag = if post.is_overdue(clock.now) {
            overdue.as_str()
        } else {
            ""
        };
        let status = post.status.word(lang);
        let _ = writeln!(
            out,
            "  {flag}{when}  {} {}  [{status}]  {}",
            post.network.short(),
            sanitize_line(&post.channel),
            truncate(&post.body.line(), 60)
        );
    }

    let oldest = counters
        .oldest_waiting
        .map(|at| {
            lang.text_with(
                "today-inbox-oldest",
                &[("age", Arg::Text(&i18n::age(lang, at, clock.now)))],
            )
        })
        .unwrap_or_default();
    let _ = writeln!(out);
    let waiting = counters.messages_waiting;
    let _ = writeln!(
        out,
        "{}",
        lang.text_with(
            "today-inbox",
            &[
                ("waiting", Arg::Text(&n(waiting))),
                ("count", Arg::Count(waiting)),
                ("oldest", Arg::Text(&oldest)),
                (
                    "target",
                    Arg::Text(&n(i64::from(db.response_target_minutes(response_target)?)))
                ),
            ]
        )
    );
    for message in db.waiting_page(clock.now, 0, ITEMS)?.rows {
        let kind = message.kind.word(lang);
        let _ = writeln!(
            out,
            "  {:>5}  {} {:<10} {}: {}",
            i18n::age(lang, message.received_at, clock.now),
            message.network.short(),
            kind,
            truncate(&message.author.line(), 20),
            truncate(&message.body.line(), 60)
        );
    }

    let _ = writeln!(out);
    let new = counters.new_mentions;
    let negative = counters.new_negative;
    let _ = writeln!(
        out,
        "{}",
        lang.text_with(
            "today-mentions",
            &[
                ("new", Arg::Text(&n(new))),
                ("count", Arg::Count(new)),
                ("negative", Arg::Text(&n(negative))),
                ("negatives", Arg::Count(negative)),
            ]
        )
    );
    for (label, count) in &counters.spikes {
        let _ = writeln!(
            out,
            "  {}",
            lang.text_with(
                "today-spike",
                &[
                    ("label", Arg::Text(&sanitize_line(label))),
                    ("count", Arg::Text(&n(i64::from(*count)))),
                ]
            )
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
    let due_people = counters.follow_ups_due;
    let _ = writeln!(
        out,
        "{}",
        lang.text_with("today-follow-ups", &[("due", Arg::Text(&n(due_people)))])
    );
    for person in db
        .people_page(today, 0, ITEMS)?
        .rows
        .iter()
        .filter(|p| p.follow_up_due(today))
    {
        let date = person
            .next_follow_up
            .map(|d| i18n::short_date(lang, d))
            .unwrap_or_default();
        let role = person.role.word(lang);
        let _ = writeln!(out, "  {date}  {} ({role})", person.name.line());
    }
    Ok(out)
}
