//! `cmdeck report [--week W | --from D --to D] [--out FILE]`: the period's report as Markdown,
//! written atomically into the report folder (or FILE).

use super::CommandError;
use crate::analytics::response::ResponseCount;
use crate::cli::ReportArgs;
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::domain::week::{parse_iso_week, report_file_name};
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

/// The period asked for: a week, a range of days, or this ISO week.
fn period(args: &ReportArgs, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), CommandError> {
    let date = |text: &str, flag: &str| {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            CommandError::usage(format!(
                "--{flag} `{text}` is not a date that exists (YYYY-MM-DD)"
            ))
        })
    };
    match (&args.week, &args.from, &args.to) {
        (Some(week), _, _) => {
            let monday = parse_iso_week(week).ok_or_else(|| {
                CommandError::usage(format!(
                    "--week `{week}` is not an ISO week that exists (such as 2026-W47)"
                ))
            })?;
            Ok((monday, monday + Duration::days(6)))
        }
        (None, Some(from), Some(to)) => {
            let (first, last) = (date(from, "from")?, date(to, "to")?);
            if last < first {
                return Err(CommandError::usage("--to is before --from"));
            }
            if (last - first).num_days() > 366 * 3 {
                return Err(CommandError::usage("a report covers at most three years"));
            }
            Ok((first, last))
        }
        _ => {
            let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
            Ok((monday, monday + Duration::days(6)))
        }
    }
}

/// Writes the report and says where.
pub fn write(
    db: &Db,
    config: &Config,
    clock: Clock,
    args: &ReportArgs,
) -> Result<String, CommandError> {
    let (first, last) = period(args, clock.today())?;
    let out: PathBuf = match &args.out {
        Some(file) => file.clone(),
        None => config
            .reports_dir()
            .ok_or_else(|| {
                CommandError::usage(
                    "no report folder is known: pass --out FILE or set data.reports_dir",
                )
            })?
            .join(report_file_name(first, last)),
    };
    let report = db.report(&request(db, config, clock, first, last)?)?;
    let written =
        crate::report_files::write_report(&report, &clock, &out).map_err(CommandError::usage)?;
    let charts = match &written.charts {
        Some(folder) => format!(
            ", with {} charts in {}",
            written.chart_count,
            folder.display()
        ),
        None => String::new(),
    };
    Ok(format!(
        "Wrote the report for {} to {}{charts}.\n",
        crate::report::period_title(&report),
        out.display()
    ))
}
