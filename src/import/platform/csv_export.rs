//! What the networks' CSV exports have in common: columns found by any of their names (English
//! or Spanish, any case, never by position, since the set of columns changes from one month's
//! file to the next), the separator told from the header, the line a row starts on (captions
//! hold line breaks), a row as written for `--rejects`, and counts as the locales write them.

use crate::import::reason::Reason;
/// A CSV export opened: its header, and its rows to read.
pub(super) struct CsvExport<'a> {
    /// The header, its names folded.
    pub header: Header,
    reader: csv::Reader<&'a [u8]>,
    bytes: &'a [u8],
}

/// Opens `bytes` as a CSV export: a UTF-8 byte-order mark dropped, the separator told from the
/// header line, rows of any length allowed (a month's file may end a row early).
pub(super) fn open(bytes: &[u8]) -> Result<CsvExport<'_>, Reason> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = String::from_utf8_lossy(bytes.split(|b| *b == b'\n').next().unwrap_or(b""));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(separator(&first))
        .from_reader(bytes);
    let header = Header::new(reader.headers().map_err(|error| {
        Reason::new("import-export-header-unreadable").text("error", error.to_string())
    })?);
    Ok(CsvExport {
        header,
        reader,
        bytes,
    })
}

impl CsvExport<'_> {
    /// The rows that are CSV rows, each with its line; the others are noted as problems of
    /// `export`.
    pub(super) fn rows_noting(
        &mut self,
        export: &mut super::PostExport,
    ) -> Vec<(usize, csv::StringRecord)> {
        let mut good = Vec::new();
        for row in self.rows() {
            match row {
                Ok(row) => good.push(row),
                Err((line, why)) => export.problem(line, why, ""),
            }
        }
        good
    }

    /// Each row with the line it starts on, or that line and why it is not a CSV row.
    pub(super) fn rows(
        &mut self,
    ) -> impl Iterator<Item = Result<(usize, csv::StringRecord), (usize, Reason)>> + '_ {
        let bytes = self.bytes;
        self.reader
            .records()
            .enumerate()
            .map(move |(index, record)| match record {
                Ok(record) => {
                    let line = record.position().map_or(index + 2, |at| line_at(bytes, at));
                    Ok((line, record))
                }
                Err(error) => {
                    let line = error.position().map_or(index + 2, |at| line_at(bytes, at));
                    Err((
                        line,
                        Reason::new("import-export-not-a-csv-row").text("error", error.to_string()),
                    ))
                }
            })
    }
}

/// A CSV export's header, its names folded for comparison.
pub(super) struct Header {
    names: Vec<String>,
}

impl Header {
    /// The header of `record`.
    pub(super) fn new(record: &csv::StringRecord) -> Header {
        Header {
            names: record.iter().map(fold).collect(),
        }
    }

    /// The position of the first column called any of `names` (compared without case or
    /// surrounding space).
    pub(super) fn find(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|wanted| self.names.iter().position(|name| *name == fold(wanted)))
    }
}

/// The header a CSV's `first_line` is, read with the separator it shows.
pub(super) fn header_of(first_line: &str) -> Option<Header> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(separator(first_line))
        .from_reader(first_line.as_bytes());
    let record = reader.records().next()?.ok()?;
    Some(Header::new(&record))
}

fn fold(name: &str) -> String {
    name.trim().trim_start_matches('\u{feff}').to_lowercase()
}

/// The separator of a CSV whose header is `first_line`: `;` when it holds more of them than of
/// `,` outside quotes, else `,`.
pub(super) fn separator(first_line: &str) -> u8 {
    let mut quoted = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in first_line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

/// The line a record starts on, counting the line breaks inside quoted captions too (the `csv`
/// reader's own line number does not).
fn line_at(bytes: &[u8], at: &csv::Position) -> usize {
    let end = usize::try_from(at.byte())
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    bytes[..end].iter().filter(|b| **b == b'\n').count() + 1
}

/// A CSV row as it would be written back, for `--rejects`.
pub(super) fn written_row(record: &csv::StringRecord) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if writer.write_record(record).is_err() {
        return String::new();
    }
    writer
        .into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).trim_end().to_string())
        .unwrap_or_default()
}

/// A count as an export writes it: `1628`, `1628.0`, `1,628` or `1.628` (thousands grouped by
/// a comma, a dot, a space or a no-break space); empty, `N/A`, `-` or `undefined` for none.
pub(super) fn count(text: &str) -> Result<Option<i64>, Reason> {
    let text = text.trim();
    if text.is_empty() || ["n/a", "-", "undefined", "--"].contains(&text.to_lowercase().as_str()) {
        return Ok(None);
    }
    let whole = text
        .strip_suffix(".0")
        .or_else(|| text.strip_suffix(",0"))
        .unwrap_or(text);
    let grouped = whole.contains([',', '.', ' ', '\u{a0}', '\u{202f}']);
    let digits: String = whole
        .chars()
        .filter(|c| !matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let well_grouped = !grouped || groups_of_three(whole);
    digits
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 0 && well_grouped)
        .map(Some)
        .ok_or_else(|| Reason::new("import-export-not-a-count").text("typed", text))
}

/// Whether `text` is digits grouped in threes by one separator (`12,400`, `1.234.567`).
fn groups_of_three(text: &str) -> bool {
    let Some(mark) = text.chars().find(|c| !c.is_ascii_digit()) else {
        return true;
    };
    let mut groups = text.split(mark);
    let first = groups.next().unwrap_or("");
    !first.is_empty()
        && first.len() <= 3
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}
