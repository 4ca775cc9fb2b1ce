//! `cmdeck report [--week W | --from D --to D] [--out FILE]`: the period's report as Markdown,
//! written atomically into the report folder (or FILE).

use super::CommandError;
use crate::analytics::response::ResponseCount;
use crate::cli::{ReportArgs, ReportFormat};
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::domain::week::{parse_iso_week, report_file_name};
use crate::i18n::{Arg, Lang};
use crate::report::ReportRequest;
use chrono::{Datelike, Duration, NaiveDate};
use std::path::PathBuf;

/// How a report for `first..=last` is counted: the plan's response target and business hours,
/// else the config's.
pub fn request(
    db: &Db,
    config: &Config,
    clock: Clock,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<ReportRequest, CommandError> {
    Ok(ReportRequest {
        first,
        last,
        today: clock.today(),
        count: ResponseCount {
            hours: db.business_hours(config.inbox.business_hours)?,
            clock,
        },
        target_minutes: db.response_target_minutes(config.general.response_target_minutes)?,
    })
}

/// The period asked for: a week, a range of days, or this ISO week; refusals in `lang`.
fn period(
    args: &ReportArgs,
    today: NaiveDate,
    lang: Lang,
) -> Result<(NaiveDate, NaiveDate), CommandError> {
    let date = |text: &str, flag: &str| {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            CommandError::usage(lang.text_with(
                "report-cli-bad-date",
                &[("flag", Arg::Text(flag)), ("text", Arg::Text(text))],
            ))
        })
    };
    match (&args.week, &args.from, &args.to) {
        (Some(week), _, _) => {
            let monday = parse_iso_week(week).ok_or_else(|| {
                CommandError::usage(
                    lang.text_with("report-cli-bad-week", &[("week", Arg::Text(week))]),
                )
            })?;
            Ok((monday, monday + Duration::days(6)))
        }
        (None, Some(from), Some(to)) => {
            let (first, last) = (date(from, "from")?, date(to, "to")?);
            if last < first {
                return Err(CommandError::usage(lang.text("report-cli-to-before-from")));
            }
            if (last - first).num_days() > 366 * 3 {
                return Err(CommandError::usage(lang.text("report-cli-too-long")));
            }
            Ok((first, last))
        }
        _ => {
            let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
            Ok((monday, monday + Duration::days(6)))
        }
    }
}

/// Writes the report and says where, in the run's language (`general.language`, decided by
/// the run before the command).
pub fn write(
    db: &Db,
    config: &Config,
    clock: Clock,
    args: &ReportArgs,
) -> Result<String, CommandError> {
    let lang = config.general.language.unwrap_or_default();
    let (first, last) = period(args, clock.today(), lang)?;
    let html = args.format == ReportFormat::Html;
    let out: PathBuf = match &args.out {
        Some(file) => file.clone(),
        None => {
            let named = config
                .reports_dir()
                .ok_or_else(|| CommandError::usage(lang.text("report-cli-no-folder")))?
                .join(report_file_name(first, last));
            if html {
                named.with_extension("html")
            } else {
                named
            }
        }
    };
    let report = db.report(&request(db, config, clock, first, last)?)?;
    let written = if html {
        crate::report_files::write_html_report_in(&report, &clock, &out, lang)
    } else {
        crate::report_files::write_report_in(&report, &clock, &out, lang)
    }
    .map_err(CommandError::usage)?;
    let charts = match &written.charts {
        None if html && written.chart_count > 0 => lang.text_with(
            "report-cli-wrote-charts-inline",
            &[
                (
                    "charts",
                    Arg::Text(&crate::i18n::count(lang, written.chart_count as i64)),
                ),
                ("count", Arg::Count(written.chart_count as i64)),
            ],
        ),
        Some(folder) => lang.text_with(
            "report-cli-wrote-charts",
            &[
                (
                    "charts",
                    Arg::Text(&crate::i18n::count(lang, written.chart_count as i64)),
                ),
                ("count", Arg::Count(written.chart_count as i64)),
                ("folder", Arg::Text(&folder.display().to_string())),
            ],
        ),
        None => String::new(),
    };
    let period = crate::report::period_title_in(&report, lang);
    let file = out.display().to_string();
    let text = lang.text_with(
        "report-cli-wrote",
        &[
            ("period", Arg::Text(&period)),
            ("file", Arg::Text(&file)),
            ("charts", Arg::Text(&charts)),
        ],
    );
    Ok(format!("{text}\n"))
}
