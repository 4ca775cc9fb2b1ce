//! Reading an interchange file into raw rows: the size limit, UTF-8 with or without a BOM, and
//! CSV or JSON records turned into named text values, with the column names checked. A CSV row
//! with broken quoting, the wrong number of values or bytes that are not UTF-8 is a bad row with
//! its line, never the end of the file (see [`super::csv_records`]); every row keeps its bytes
//! as written, for a rejects file.

use super::csv_records::{RawRecord, Records};
use super::reason::Reason;
use super::{ImportError, MAX_FILE_BYTES};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

/// The fields of one interchange format: all of them, the required ones, and how to name a row.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    /// Every field, in the order the documentation gives them.
    pub all: &'static [&'static str],
    /// The fields every row must have.
    pub required: &'static [&'static str],
    /// What the rows are, in the plural (`messages`), also the key of the JSON object's array.
    pub noun: &'static str,
}

/// The message format.
pub(crate) const MESSAGES: Fields = Fields {
    all: FIELDS,
    required: REQUIRED,
    noun: "messages",
};

/// Every field of the message format, in the order the documentation gives them.
const FIELDS: &[&str] = &[
    "channel",
    "kind",
    "author",
    "body",
    "received_at",
    "external_id",
    "status",
    "priority",
    "sentiment",
    "first_response_at",
];

/// The fields every message must have.
const REQUIRED: &[&str] = &["channel", "kind", "author", "body", "received_at"];

/// One record of the file before it is checked: its place and its values by field name.
#[derive(Debug)]
pub(crate) struct RawRow {
    /// The line (CSV) or the item number (JSON), from 1.
    pub line: usize,
    /// The values found, by field name; empty values are kept as given.
    pub values: Vec<(&'static str, String)>,
    /// Problems already seen while reading (a value that is not text, too many values…).
    pub problems: Vec<Reason>,
    /// The row as written in the file: a CSV record's bytes, or a JSON item's text.
    pub raw: Vec<u8>,
}

impl RawRow {
    /// The value of a field, or `None` when it is absent or blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(field, value)| *field == name && !value.trim().is_empty())
            .map(|(_, value)| value.as_str())
    }
}

/// Reads the whole file, refusing one over the size limit; a leading UTF-8 byte-order mark is
/// dropped.
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>, ImportError> {
    let read_error = |source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    };
    let too_large = |bytes: u64| ImportError::TooLarge {
        path: path.to_path_buf(),
        megabytes: bytes.div_ceil(1024 * 1024),
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    Ok(bytes)
}

/// The first 8 KB of a file, to tell its format by.
pub(crate) fn read_head(path: &Path) -> Result<Vec<u8>, ImportError> {
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(8192).read_to_end(&mut head))
        .map_err(|source| ImportError::Read {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(head)
}

/// The byte-order mark some programs write at the start of UTF-8 files.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The bytes of a file as text, or a refusal naming the line of the first byte that is not UTF-8.
pub(crate) fn text_of(path: &Path, bytes: Vec<u8>) -> Result<String, ImportError> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let bytes = error.into_bytes();
        ImportError::NotUtf8 {
            path: path.to_path_buf(),
            line: bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1,
        }
    })
}

/// Whether a file's first non-space byte says JSON (`[` or `{`).
pub(crate) fn looks_like_json(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| matches!(b, b'[' | b'{'))
}

/// Finds the field a column or key names (case and surrounding spaces ignored).
fn field(fields: Fields, name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    fields.all.iter().copied().find(|field| *field == name)
}

/// What the rows of a format are, in the plural, as a message words them (`messages`).
fn noun(fields: Fields) -> Reason {
    match fields.noun {
        "messages" => Reason::new("import-noun-messages"),
        "mentions" => Reason::new("import-noun-mentions"),
        "people" => Reason::new("import-noun-people"),
        "accounts" => Reason::new("import-noun-accounts"),
        "follower counts" => Reason::new("import-noun-follower-counts"),
        other => Reason::said(other),
    }
}

/// Lists the fields for a message that names them.
pub(crate) fn field_list(fields: Fields) -> String {
    fields.all.join(", ")
}

fn shape(path: &Path, reason: Reason) -> ImportError {
    ImportError::Shape {
        path: path.to_path_buf(),
        reason,
    }
}

/// Reads the header row and the records of a CSV file.
pub(crate) fn csv_rows(
    path: &Path,
    bytes: &[u8],
    fields: Fields,
) -> Result<Vec<RawRow>, ImportError> {
    let mut stream = stream_of(path, bytes, fields)?;
    let mut rows = Vec::new();
    while let Some(row) = stream.next_row(path)? {
        rows.push(row);
    }
    Ok(rows)
}

/// A CSV file read one record at a time: the records past the header row, and the columns.
pub(crate) struct CsvStream<R> {
    /// The records after the header.
    records: Records<R>,
    /// The field of each column.
    pub columns: Vec<&'static str>,
}

impl<R: std::io::BufRead> CsvStream<R> {
    /// The next row, `None` at the end; only a failure to read the file ends it early.
    pub(crate) fn next_row(&mut self, path: &Path) -> Result<Option<RawRow>, ImportError> {
        let record = self
            .records
            .next_record()
            .map_err(|source| ImportError::Read {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(record.map(|record| csv_row(record, &self.columns)))
    }
}

/// Opens a CSV file of any size for reading one record at a time; the header row is checked.
pub(crate) fn csv_stream(
    path: &Path,
    fields: Fields,
) -> Result<CsvStream<std::io::BufReader<std::fs::File>>, ImportError> {
    let file = std::fs::File::open(path).map_err(|source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut input = std::io::BufReader::with_capacity(1 << 16, file);
    let starts_with_bom = std::io::BufRead::fill_buf(&mut input)
        .map_err(|source| ImportError::Read {
            path: path.to_path_buf(),
            source,
        })?
        .starts_with(UTF8_BOM);
    if starts_with_bom {
        std::io::BufRead::consume(&mut input, UTF8_BOM.len());
    }
    stream_of(path, input, fields)
}

/// Reads and checks the header row of `input`, and answers the stream of the records after it.
fn stream_of<R: std::io::BufRead>(
    path: &Path,
    input: R,
    fields: Fields,
) -> Result<CsvStream<R>, ImportError> {
    let empty = || {
        shape(
            path,
            Reason::new("import-file-empty").text("columns", field_list(fields)),
        )
    };
    let mut records = Records::new(input, 1);
    let header = records
        .next_record()
        .map_err(|source| ImportError::Read {
            path: path.to_path_buf(),
            source,
        })?
        .ok_or_else(empty)?;
    if let Some(why) = &header.broken {
        return Err(shape(
            path,
            Reason::new("import-header-not-csv").reason("why", why.clone()),
        ));
    }
    let names = values(&header.bytes).map_err(|error| {
        shape(
            path,
            Reason::new("import-header-not-csv").reason("why", Reason::said(error.to_string())),
        )
    })?;
    let names: Vec<String> = names
        .iter()
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect();
    if names.iter().all(|name| name.trim().is_empty()) {
        return Err(empty());
    }
    let columns = check_columns(&names, fields).map_err(|message| shape(path, message))?;
    Ok(CsvStream { records, columns })
}

/// The values of one CSV record: split at its commas when it holds no quote (most rows, and
/// exactly what CSV means then), else read by the `csv` crate from its bytes.
fn values(bytes: &[u8]) -> csv::Result<csv::ByteRecord> {
    if !bytes.contains(&b'"') {
        let line = bytes
            .strip_suffix(b"\n")
            .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
            .unwrap_or(bytes);
        let mut record = csv::ByteRecord::with_capacity(line.len(), 8);
        for value in line.split(|b| *b == b',') {
            record.push_field(value);
        }
        return Ok(record);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(bytes.len().clamp(64, 1 << 16))
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    reader.read_byte_record(&mut record)?;
    Ok(record)
}

/// One CSV record as a raw row; its broken quoting, wrong number of values or bytes that are not
/// UTF-8 are problems of the row.
fn csv_row(record: RawRecord, columns: &[&'static str]) -> RawRow {
    if let Some(why) = record.broken {
        // Its values are not what the file meant: the broken quoting is its only problem.
        return RawRow {
            line: record.line,
            values: Vec::new(),
            problems: vec![why],
            raw: record.bytes,
        };
    }
    let mut problems = Vec::new();
    let fields = values(&record.bytes).unwrap_or_default();
    if problems.is_empty() && fields.len() != columns.len() {
        problems.push(
            Reason::new("import-row-value-count")
                .number("values", fields.len())
                .number("columns", columns.len()),
        );
    }
    let mut values = Vec::with_capacity(columns.len());
    for (column, value) in columns.iter().zip(fields.iter()) {
        match std::str::from_utf8(value) {
            Ok(text) => values.push((*column, text.to_string())),
            Err(_) => {
                problems.push(Reason::new("import-field-not-utf8").text("field", *column));
                values.push((*column, String::from_utf8_lossy(value).into_owned()));
            }
        }
    }
    RawRow {
        line: record.line,
        values,
        problems,
        raw: record.bytes,
    }
}

/// Checks the header row: every column known, none twice, every required one present.
fn check_columns(headers: &[String], fields: Fields) -> Result<Vec<&'static str>, Reason> {
    let mut columns = Vec::new();
    let mut problems = Vec::new();
    for name in headers {
        match field(fields, name) {
            Some(column) if columns.contains(&column) => {
                problems.push(Reason::new("import-column-twice").text("column", column))
            }
            Some(column) => columns.push(column),
            None => problems.push(
                Reason::new("import-not-a-column")
                    .text("name", name.trim())
                    .reason("what", noun(fields)),
            ),
        }
    }
    for required in fields.required {
        if !columns.contains(required) {
            problems.push(Reason::new("import-required-column-missing").text("column", *required));
        }
    }
    if problems.is_empty() {
        return Ok(columns);
    }
    Err(Reason::new("import-header-wrong")
        .list("problems", problems)
        .text("columns", field_list(fields)))
}

/// Reads a JSON array of row objects, or an object holding one under the format's noun
/// (`messages`, `mentions`).
pub(crate) fn json_rows(
    path: &Path,
    text: &str,
    fields: Fields,
) -> Result<Vec<RawRow>, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(|error| {
        shape(
            path,
            Reason::new("import-not-json").text("error", error.to_string()),
        )
    })?;
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut map) => match map.remove(fields.noun) {
            Some(Value::Array(items)) => items,
            _ => return Err(shape(path, not_a_list(fields))),
        },
        _ => return Err(shape(path, not_a_list(fields))),
    };
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let raw = serde_json::to_vec(&item).unwrap_or_default();
            let mut row = json_row(index + 1, item, fields);
            row.raw = raw;
            row
        })
        .collect())
}

fn not_a_list(fields: Fields) -> Reason {
    Reason::new("import-json-not-a-list")
        .reason("what", noun(fields))
        .text("noun", fields.noun)
}

/// Turns one JSON item into a raw row; numbers become text, `null` means absent.
fn json_row(line: usize, item: Value, fields: Fields) -> RawRow {
    let mut row = RawRow {
        line,
        values: Vec::new(),
        problems: Vec::new(),
        raw: Vec::new(),
    };
    let Value::Object(map) = item else {
        row.problems
            .push(Reason::new("import-json-not-an-object").reason("what", noun(fields)));
        return row;
    };
    for (key, value) in map {
        let Some(name) = field(fields, &key) else {
            row.problems.push(
                Reason::new("import-json-not-a-field")
                    .text("name", crate::text::truncate(&key, 40))
                    .reason("what", noun(fields))
                    .text("fields", field_list(fields)),
            );
            continue;
        };
        match value {
            Value::Null => {}
            Value::String(text) => row.values.push((name, text)),
            Value::Number(number) => row.values.push((name, number.to_string())),
            _ => row
                .problems
                .push(Reason::new("import-field-not-text").text("field", name)),
        }
    }
    row
}

/// Reads a CSV or JSON interchange file of `fields` into raw rows, the layout told by the file's
/// extension or else by its first character.
pub(crate) fn read_rows(
    path: &Path,
    fields: Fields,
) -> Result<(super::messages::Format, Vec<RawRow>), ImportError> {
    rows_of(path, read_bytes(path)?, fields)
}

/// Reads the bytes of a CSV or JSON interchange file of `fields` into raw rows (see [`read_rows`]).
pub(crate) fn rows_of(
    path: &Path,
    bytes: Vec<u8>,
    fields: Fields,
) -> Result<(super::messages::Format, Vec<RawRow>), ImportError> {
    use super::messages::Format;
    let format = Format::detect_by_name(path).unwrap_or(if looks_like_json(&bytes) {
        Format::Json
    } else {
        Format::Csv
    });
    let rows = match format {
        Format::Csv => csv_rows(path, &bytes, fields)?,
        Format::Json => json_rows(path, &text_of(path, bytes)?, fields)?,
    };
    Ok((format, rows))
}
