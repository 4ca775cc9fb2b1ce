//! Meta Business Suite's per-post CSV (Insights → Content → Export data), for a Facebook page or
//! an Instagram account, as Meta writes it today: UTF-8 with a byte-order mark, captions quoted
//! with their line breaks, `Publish time` as `MM/DD/YYYY HH:MM` in the page's time zone (no
//! offset given), `Date` holding `Lifetime` (`Total` in Spanish) rather than a date, the caption
//! in `Title` or `Description` depending on the post type, `Views` where older files say
//! `Impressions`, headers in the language of the user's Meta settings, and a set of columns
//! that changes from one month's file to the next. Columns are found by name, English or
//! Spanish, in any case; a file written with `;` (a spreadsheet re-saved in a Spanish locale) is
//! read too, and its dates day-first when the file shows it (a day over 12 in the first place).

use super::csv_export::{count, header_of, open, written_row};
use super::{PlatformPost, PostExport, PostFormat, ReadOptions};
use crate::domain::post::Metrics;
use crate::import::reason::Reason;
use chrono::NaiveDateTime;

/// The names of each column the reader uses, English first, then Spanish.
mod columns {
    pub const POST_ID: &[&str] = &["Post ID", "Identificador de la publicación"];
    pub const PUBLISH_TIME: &[&str] = &["Publish time", "Hora de publicación"];
    pub const PERMALINK: &[&str] = &["Permalink", "Enlace permanente"];
    pub const USERNAME: &[&str] = &["Account username", "Nombre de usuario de la cuenta"];
    pub const PAGE_ID: &[&str] = &["Page ID", "Identificador de la página"];
    pub const TITLE: &[&str] = &["Title", "Título"];
    pub const DESCRIPTION: &[&str] = &["Description", "Descripción"];
    pub const DATE: &[&str] = &["Date", "Fecha"];
    pub const IMPRESSIONS: &[&str] = &["Impressions", "Impresiones"];
    pub const VIEWS: &[&str] = &["Views", "Visualizaciones"];
    pub const REACH: &[&str] = &["Reach", "Alcance"];
    pub const LIKES: &[&str] = &["Likes", "Me gusta"];
    pub const REACTIONS: &[&str] = &["Reactions", "Reacciones"];
    pub const COMMENTS: &[&str] = &["Comments", "Comentarios"];
    pub const SHARES: &[&str] = &["Shares", "Veces que se ha compartido", "Compartidos"];
    pub const SAVES: &[&str] = &["Saves", "Veces guardado", "Guardados"];
    pub const LINK_CLICKS: &[&str] = &["Link clicks", "Clics en el enlace"];
}

/// The format of a CSV whose header is `first_line`, when it is Meta's per-post export.
pub(super) fn format_of(first_line: &str) -> Option<PostFormat> {
    let header = header_of(first_line)?;
    header.find(columns::POST_ID)?;
    header.find(columns::PUBLISH_TIME)?;
    header.find(columns::PERMALINK)?;
    if header.find(columns::USERNAME).is_some() {
        Some(PostFormat::MetaInstagram)
    } else if header.find(columns::PAGE_ID).is_some() {
        Some(PostFormat::MetaFacebook)
    } else {
        None
    }
}

/// Reads `bytes` as Meta's per-post CSV of `format`, the publish times in `options`' zone; a
/// message saying what is wrong when the file as a whole is not one.
pub(super) fn read(
    format: PostFormat,
    bytes: &[u8],
    options: ReadOptions<'_>,
) -> Result<PostExport, Reason> {
    let mut csv = open(bytes)?;
    let header = &csv.header;
    let (Some(id), Some(time), Some(link)) = (
        header.find(columns::POST_ID),
        header.find(columns::PUBLISH_TIME),
        header.find(columns::PERMALINK),
    ) else {
        return Err(Reason::new("import-meta-posts-header"));
    };
    let columns = Columns {
        id,
        time,
        link,
        username: header.find(columns::USERNAME),
        title: header.find(columns::TITLE),
        description: header.find(columns::DESCRIPTION),
        date: header.find(columns::DATE),
        impressions: header
            .find(columns::IMPRESSIONS)
            .or_else(|| header.find(columns::VIEWS)),
        reach: header.find(columns::REACH),
        likes: header
            .find(columns::LIKES)
            .or_else(|| header.find(columns::REACTIONS)),
        comments: header.find(columns::COMMENTS),
        shares: header.find(columns::SHARES),
        saves: header.find(columns::SAVES),
        clicks: header.find(columns::LINK_CLICKS),
    };
    let mut export = PostExport::empty(format);
    let rows = csv.rows_noting(&mut export);
    let order = date_order(rows.iter().map(|(_, record)| field(record, Some(time))));
    for (line, record) in rows {
        match post_of(&columns, &record, line, order, options) {
            Ok((post, username)) => {
                if export.handle.is_none() {
                    export.handle = username;
                }
                export.posts.push(post);
            }
            Err(why) => export.problem(line, why, &written_row(&record)),
        }
    }
    Ok(export)
}

/// Where the columns the reader uses are.
struct Columns {
    id: usize,
    time: usize,
    link: usize,
    username: Option<usize>,
    title: Option<usize>,
    description: Option<usize>,
    date: Option<usize>,
    impressions: Option<usize>,
    reach: Option<usize>,
    likes: Option<usize>,
    comments: Option<usize>,
    shares: Option<usize>,
    saves: Option<usize>,
    clicks: Option<usize>,
}

fn field(record: &csv::StringRecord, at: Option<usize>) -> &str {
    at.and_then(|at| record.get(at)).unwrap_or("").trim()
}

/// One row as a post, with the account username it names.
fn post_of(
    columns: &Columns,
    record: &csv::StringRecord,
    line: usize,
    order: DateOrder,
    options: ReadOptions<'_>,
) -> Result<(PlatformPost, Option<String>), Reason> {
    let network_id = field(record, Some(columns.id));
    if network_id.is_empty() || !network_id.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        return Err(Reason::new("import-meta-posts-not-an-id").text("typed", network_id));
    }
    let period = field(record, columns.date);
    if !["", "lifetime", "total"].contains(&period.to_lowercase().as_str()) {
        return Err(Reason::new("import-meta-posts-one-day").text("typed", period));
    }
    let typed = field(record, Some(columns.time));
    let local = parse_time(typed, order)?;
    let description = field(record, columns.description);
    let text = if description.is_empty() {
        field(record, columns.title)
    } else {
        description
    };
    let figure = |at: Option<usize>, name: &str| {
        count(field(record, at)).map_err(|why| {
            Reason::new("import-in-file")
                .text("file", name)
                .reason("why", why)
        })
    };
    let metrics = Metrics {
        impressions: figure(columns.impressions, "Views")?,
        reach: figure(columns.reach, "Reach")?,
        likes: figure(columns.likes, "Likes")?.unwrap_or(0),
        comments: figure(columns.comments, "Comments")?.unwrap_or(0),
        shares: figure(columns.shares, "Shares")?.unwrap_or(0),
        saves: figure(columns.saves, "Saves")?.unwrap_or(0),
        clicks: figure(columns.clicks, "Link clicks")?.unwrap_or(0),
    };
    let username = Some(field(record, columns.username))
        .filter(|name| !name.is_empty())
        .map(|name| name.trim_start_matches('@').to_string());
    Ok((
        PlatformPost {
            item: line,
            network_id: network_id.to_string(),
            url: field(record, Some(columns.link)).to_string(),
            published_at: options.zone.to_utc(local),
            text: text.to_string(),
            metrics,
        },
        username,
    ))
}

/// Which part of `03/04/2026` is the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateOrder {
    /// `MM/DD/YYYY`, as Meta writes in every language.
    MonthFirst,
    /// `DD/MM/YYYY`, as a spreadsheet in a Spanish locale writes it back.
    DayFirst,
}

/// Month-first, unless a date of the file has a first part over 12 and none a second part over
/// 12 (then the file can only be day-first).
fn date_order<'a>(times: impl Iterator<Item = &'a str>) -> DateOrder {
    let (mut first_over, mut second_over) = (false, false);
    for time in times {
        let mut parts = time.split('/');
        let first = parts.next().and_then(|p| p.trim().parse::<u32>().ok());
        let second = parts.next().and_then(|p| p.trim().parse::<u32>().ok());
        first_over |= first.is_some_and(|n| n > 12);
        second_over |= second.is_some_and(|n| n > 12);
    }
    if first_over && !second_over {
        DateOrder::DayFirst
    } else {
        DateOrder::MonthFirst
    }
}

/// `09/01/2025 21:13` (month-first or day-first as the file is), with or without seconds, or
/// `2025-09-01 21:13`.
fn parse_time(typed: &str, order: DateOrder) -> Result<NaiveDateTime, Reason> {
    let slashed: &[&str] = match order {
        DateOrder::MonthFirst => &["%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S"],
        DateOrder::DayFirst => &["%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S"],
    };
    slashed
        .iter()
        .chain(&["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"])
        .find_map(|format| NaiveDateTime::parse_from_str(typed, format).ok())
        .ok_or_else(|| {
            let example = match order {
                DateOrder::MonthFirst => "09/30/2026 19:01",
                DateOrder::DayFirst => "30/09/2026 19:01",
            };
            Reason::new("import-meta-posts-not-a-time")
                .text("typed", typed)
                .text("example", example)
        })
}
