//! Reading an interchange file into raw rows: the size limit, UTF-8 with or without a BOM, and
//! CSV or JSON records turned into named text values, with the column names checked.

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
    pub problems: Vec<String>,
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

/// Reads the whole file as text, refusing one over the size limit or not in UTF-8; a leading
/// byte-order mark is dropped.
pub(crate) fn read_text(path: &Path) -> Result<String, ImportError> {
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
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let bytes = error.into_bytes();
        ImportError::NotUtf8 {
            path: path.to_path_buf(),
            line: bytes[..valid].iter().filter(|b| **b == b'\n').count() + 1,
        }
    })?;
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Finds the field a column or key names (case and surrounding spaces ignored).
fn field(fields: Fields, name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    fields.all.iter().copied().find(|field| *field == name)
}

/// Lists the fields for a message that names them.
pub(crate) fn field_list(fields: Fields) -> String {
    fields.all.join(", ")
}

fn shape(path: &Path, message: String) -> ImportError {
    ImportError::Shape {
        path: path.to_path_buf(),
        message,
    }
}

/// Reads the header row and the records of a CSV file.
pub(crate) fn csv_rows(
    path: &Path,
    text: &str,
    fields: Fields,
) -> Result<Vec<RawRow>, ImportError> {
    if text.trim().is_empty() {
        return Err(shape(
            path,
            format!(
                "it is empty; its first line must name the columns ({})",
                field_list(fields)
            ),
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| shape(path, format!("line 1 cannot be read as CSV: {error}")))?
        .clone();
    let columns = check_columns(&headers, fields).map_err(|message| shape(path, message))?;
    reader
        .records()
        .map(|record| csv_row(path, record, &columns))
        .collect()
}

/// A CSV file read one record at a time: the reader past its header row, and the columns.
pub(crate) struct CsvStream {
    /// The records after the header.
    pub reader: csv::Reader<std::io::BufReader<std::fs::File>>,
    /// The field of each column.
    pub columns: Vec<&'static str>,
}

/// Opens a CSV file of any size for reading one record at a time; the header row is checked.
pub(crate) fn csv_stream(path: &Path, fields: Fields) -> Result<CsvStream, ImportError> {
    let file = std::fs::File::open(path).map_err(|source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(std::io::BufReader::with_capacity(1 << 16, file));
    let headers = reader
        .headers()
        .map_err(|error| shape(path, format!("line 1 cannot be read as CSV: {error}")))?
        .clone();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(shape(
            path,
            format!(
                "it is empty; its first line must name the columns ({})",
                field_list(fields)
            ),
        ));
    }
    let columns = check_columns(&headers, fields).map_err(|message| shape(path, message))?;
    Ok(CsvStream { reader, columns })
}

/// One CSV record as a raw row, or why the file cannot be read past it (not CSV, not UTF-8).
pub(crate) fn csv_row(
    path: &Path,
    record: csv::Result<csv::StringRecord>,
    columns: &[&'static str],
) -> Result<RawRow, ImportError> {
    let record = record.map_err(|error| {
        let line = error.position().map_or(0, |p| p.line() as usize);
        if matches!(error.kind(), csv::ErrorKind::Utf8 { .. }) {
            ImportError::NotUtf8 {
                path: path.to_path_buf(),
                line,
            }
        } else {
            shape(path, format!("line {line} cannot be read as CSV: {error}"))
        }
    })?;
    let line = record.position().map_or(0, |p| p.line() as usize);
    let mut problems = Vec::new();
    if record.len() != columns.len() {
        problems.push(format!(
            "it has {} values but the header names {} columns; a value holding a comma must be quoted",
            record.len(),
            columns.len()
        ));
    }
    let values = columns
        .iter()
        .zip(record.iter())
        .map(|(column, value)| (*column, value.to_string()))
        .collect();
    Ok(RawRow {
        line,
        values,
        problems,
    })
}

/// Checks the header row: every column known, none twice, every required one present.
fn check_columns(headers: &csv::StringRecord, fields: Fields) -> Result<Vec<&'static str>, String> {
    let mut columns = Vec::new();
    let mut problems = Vec::new();
    for name in headers {
        match field(fields, name) {
            Some(column) if columns.contains(&column) => {
                problems.push(format!("the column “{column}” appears twice"))
            }
            Some(column) => columns.push(column),
            None => problems.push(format!(
                "“{}” is not a column of {}",
                name.trim(),
                fields.noun
            )),
        }
    }
    for required in fields.required {
        if !columns.contains(required) {
            problems.push(format!("the required column “{required}” is missing"));
        }
    }
    if problems.is_empty() {
        return Ok(columns);
    }
    Err(format!(
        "line 1: {}; the columns are {}",
        problems.join(", "),
        field_list(fields)
    ))
}

/// Reads a JSON array of row objects, or an object holding one under the format's noun
/// (`messages`, `mentions`).
pub(crate) fn json_rows(
    path: &Path,
    text: &str,
    fields: Fields,
) -> Result<Vec<RawRow>, ImportError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|error| shape(path, format!("it is not valid JSON: {error}")))?;
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
        .map(|(index, item)| json_row(index + 1, item, fields))
        .collect())
}

fn not_a_list(fields: Fields) -> String {
    format!(
        "the JSON must be an array of {0} or an object with a “{0}” array",
        fields.noun
    )
}

/// Turns one JSON item into a raw row; numbers become text, `null` means absent.
fn json_row(line: usize, item: Value, fields: Fields) -> RawRow {
    let mut row = RawRow {
        line,
        values: Vec::new(),
        problems: Vec::new(),
    };
    let Value::Object(map) = item else {
        row.problems.push(format!(
            "it is not an object with the fields of {}",
            fields.noun
        ));
        return row;
    };
    for (key, value) in map {
        let Some(name) = field(fields, &key) else {
            row.problems.push(format!(
                "“{}” is not a field of {}; the fields are {}",
                crate::text::truncate(&key, 40),
                fields.noun,
                field_list(fields)
            ));
            continue;
        };
        match value {
            Value::Null => {}
            Value::String(text) => row.values.push((name, text)),
            Value::Number(number) => row.values.push((name, number.to_string())),
            _ => row.problems.push(format!("“{name}” must be text")),
        }
    }
    row
}
