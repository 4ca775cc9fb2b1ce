//! `cmdeck post add` and `cmdeck post list`: plan a post on several channels in one transaction,
//! with exactly the rules of the calendar's form ([`PostDraft::validate`]), and list a range of
//! local days as text, CSV or JSON.

use super::CommandError;
use super::format;
use crate::cli::{ListFormat, PostAddArgs, PostListArgs};
use crate::clock::Clock;
use crate::db::Db;
use crate::domain::PostStatus;
use crate::domain::calendar::PostFilter;
use crate::domain::matching::{find_channel_in, find_name_in};
use crate::domain::post::{Field, PostDraft, parse_date};
use crate::i18n::{Arg, Lang};
use chrono::{Duration, NaiveDate};

/// The longest range `post list` prints at once, in days.
pub const MAX_LIST_DAYS: i64 = 400;

/// Splits `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM` into the date and the time as typed.
fn split_at(at: &str) -> (String, String) {
    let at = at.trim();
    match at.split_once(['T', ' ']) {
        Some((date, time)) => (date.to_string(), time.trim().to_string()),
        None => (at.to_string(), String::new()),
    }
}

/// Plans the post on every channel asked for; one confirmation line per post created. On any
/// mistake nothing is saved and every mistake is returned.
pub fn add(
    db: &mut Db,
    clock: &Clock,
    args: &PostAddArgs,
    lang: Lang,
) -> Result<String, CommandError> {
    let lookups = db.lookups()?;
    let mut problems = Vec::new();
    let mut channel_ids: Vec<i64> = Vec::new();
    for typed in &args.channels {
        match find_channel_in(typed, &lookups.channels, lang) {
            Ok(channel) if !channel_ids.contains(&channel.id) => channel_ids.push(channel.id),
            Ok(_) => {}
            Err(message) => problems.push(message),
        }
    }
    let mut name = |kind: &str, typed: &Option<String>, names: &[(i64, String)]| {
        typed.as_deref().and_then(|typed| {
            find_name_in(kind, typed, names, lang)
                .map_err(|message| problems.push(message))
                .ok()
        })
    };
    let pillar_id = name("pillar", &args.pillar, &lookups.pillars);
    let campaign_id = name("campaign", &args.campaign, &lookups.campaigns);
    let (date, time) = args.at.as_deref().map(split_at).unwrap_or_default();
    let status = args.status.map(PostStatus::from).unwrap_or(match args.at {
        Some(_) => PostStatus::Scheduled,
        None => PostStatus::Idea,
    });
    let draft = PostDraft {
        channel_ids,
        body: args.text.clone(),
        date,
        time,
        status: Some(status),
        pillar_id,
        campaign_id,
        ..PostDraft::default()
    };
    let channel_problems = !problems.is_empty();
    let posts = match draft.validate(&lookups.channels, clock, clock.now) {
        Ok(posts) if problems.is_empty() => posts,
        Ok(_) => return Err(CommandError::Usage(problems)),
        Err(errors) => {
            problems.extend(
                errors
                    .into_iter()
                    .filter(|e| !(channel_problems && e.field == Field::Channels))
                    .map(|e| e.message),
            );
            return Err(CommandError::Usage(problems));
        }
    };
    let ids = db.insert_posts(&posts)?;
    let mut out = String::new();
    for (id, post) in ids.iter().zip(&posts) {
        let label = lookups
            .channels
            .iter()
            .find(|c| c.id == post.channel_id)
            .map(|c| crate::text::sanitize_line(&c.label()))
            .unwrap_or_default();
        let id = id.to_string();
        let line = match post.scheduled_at {
            Some(at) => lang.text_with(
                "cli-post-planned-for",
                &[
                    ("id", Arg::Text(&id)),
                    ("channel", Arg::Text(&label)),
                    (
                        "when",
                        Arg::Text(&crate::i18n::dated(
                            lang,
                            clock.local(at),
                            "%a %d %b %Y %H:%M",
                        )),
                    ),
                ],
            ),
            None => lang.text_with(
                "cli-post-planned-undated",
                &[
                    ("id", Arg::Text(&id)),
                    ("channel", Arg::Text(&label)),
                    ("status", Arg::Text(&status_word(lang, post.status))),
                ],
            ),
        };
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// A post's status as a person reads it: the stored word in English (as it always was), the
/// catalogue's in Spanish.
pub(crate) fn status_word(lang: Lang, status: PostStatus) -> String {
    match lang {
        Lang::En => status.as_str().to_string(),
        Lang::Es => status.word(lang),
    }
}

/// Reads `--from`/`--to` style dates, naming the option in the mistake.
fn date_option(option: &str, typed: Option<&str>) -> Result<Option<NaiveDate>, CommandError> {
    typed
        .map(|text| parse_date(text).map_err(|m| CommandError::usage(format!("{option}: {m}"))))
        .transpose()
}

/// The local days `post list` covers: from `--from` (today) to `--to` (six days later), checked.
pub fn list_range(
    today: NaiveDate,
    from: Option<&str>,
    to: Option<&str>,
    lang: Lang,
) -> Result<(NaiveDate, NaiveDate), CommandError> {
    let first = date_option("--from", from)?.unwrap_or(today);
    let last = date_option("--to", to)?.unwrap_or(first + Duration::days(6));
    let (first_text, last_text) = (first.to_string(), last.to_string());
    if first > last {
        return Err(CommandError::usage(lang.text_with(
            "cli-post-range-backwards",
            &[
                ("first", Arg::Text(&first_text)),
                ("last", Arg::Text(&last_text)),
            ],
        )));
    }
    let days = (last - first).num_days() + 1;
    if days > MAX_LIST_DAYS {
        let (days_text, max_text) = (days.to_string(), MAX_LIST_DAYS.to_string());
        return Err(CommandError::usage(lang.text_with(
            "cli-post-range-too-long",
            &[
                ("first", Arg::Text(&first_text)),
                ("last", Arg::Text(&last_text)),
                ("days", Arg::Text(&days_text)),
                ("max", Arg::Text(&max_text)),
            ],
        )));
    }
    Ok((first, last))
}

/// The posts planned in the range asked for, in the format asked for.
pub fn list(
    db: &Db,
    clock: &Clock,
    args: &PostListArgs,
    lang: Lang,
) -> Result<String, CommandError> {
    let (first, last) = list_range(
        clock.today(),
        args.from.as_deref(),
        args.to.as_deref(),
        lang,
    )?;
    let channel_id = match args.channel.as_deref() {
        Some(typed) => Some(
            find_channel_in(typed, &db.channels()?, lang)
                .map_err(CommandError::usage)?
                .id,
        ),
        None => None,
    };
    let filter = PostFilter {
        channel_id,
        status: args.status.map(PostStatus::from),
        ..PostFilter::default()
    };
    let (from, to) = clock.day_range(first, last);
    let posts = db.posts_between(from, to, &filter)?;
    Ok(match args.format {
        ListFormat::Text if posts.is_empty() => format!(
            "{}\n",
            lang.text_with(
                "cli-post-none",
                &[
                    ("first", Arg::Text(&first.to_string())),
                    ("last", Arg::Text(&last.to_string())),
                ],
            )
        ),
        ListFormat::Text => format::text(&posts, clock, lang),
        ListFormat::Csv => format::csv(&posts, clock, format::Cells::Safe)?,
        ListFormat::RawCsv => format::csv(&posts, clock, format::Cells::Raw)?,
        ListFormat::Json => format::json(&posts, clock)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }

    fn problems(result: Result<(NaiveDate, NaiveDate), CommandError>) -> Vec<String> {
        match result {
            Err(CommandError::Usage(problems)) => problems,
            other => panic!("expected a usage error, got {other:?}"),
        }
    }

    #[test]
    fn at_is_split_on_a_space_or_a_t() {
        let expected = ("2026-11-24".to_string(), "09:30".to_string());
        assert_eq!(split_at("2026-11-24 09:30"), expected);
        assert_eq!(split_at("2026-11-24T09:30"), expected);
        assert_eq!(
            split_at(" 2026-11-24 "),
            ("2026-11-24".into(), String::new())
        );
    }

    #[test]
    fn the_list_covers_a_week_from_today_by_default() {
        let today = day("2026-11-23");
        assert_eq!(
            list_range(today, None, None, Lang::En).unwrap(),
            (today, day("2026-11-29"))
        );
        assert_eq!(
            list_range(today, Some("2026-12-01"), None, Lang::En).unwrap(),
            (day("2026-12-01"), day("2026-12-07"))
        );
    }

    #[test]
    fn a_backwards_range_is_refused_in_spanish_too() {
        let today = day("2026-11-23");
        let backwards = problems(list_range(
            today,
            Some("2026-11-30"),
            Some("2026-11-24"),
            Lang::Es,
        ));
        assert_eq!(
            backwards,
            ["--from 2026-11-30 es posterior a --to 2026-11-24; pon primero el día anterior"]
        );
    }

    #[test]
    fn a_backwards_or_overlong_range_is_refused() {
        let today = day("2026-11-23");
        let backwards = problems(list_range(
            today,
            Some("2026-11-30"),
            Some("2026-11-24"),
            Lang::En,
        ));
        assert!(backwards[0].contains("is after --to"), "{backwards:?}");
        assert!(list_range(today, Some("2026-01-01"), Some("2027-02-04"), Lang::En).is_ok());
        let long = problems(list_range(
            today,
            Some("2026-01-01"),
            Some("2027-02-05"),
            Lang::En,
        ));
        assert!(long[0].contains("401 days"), "{long:?}");
        let bad = problems(list_range(today, Some("2026-02-30"), None, Lang::En));
        assert!(
            bad[0].starts_with("--from: “2026-02-30” is not a date"),
            "{bad:?}"
        );
    }
}
