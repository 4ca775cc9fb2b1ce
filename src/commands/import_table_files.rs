//! Reading one table file of an export back into rows: a CSV file with the table's columns as its
//! header, or a JSON array with one object per row. Every mistake names the file, the line and,
//! when it is one value, the column.

use super::export_values::{Cells, csv_value, from_json};
use crate::db::dump::Table;
use crate::text::sanitize_line;
use rusqlite::types::Value;
use std::path::Path;

/// A mistake in a table file, worded `FILE:LINE: what` (sanitized).
pub type Mistake = String;

fn at(file: &Path, line: u64, what: impl std::fmt::Display) -> Mistake {
    sanitize_line(&format!("{}:{line}: {what}", file.display()))
}

/// Reads every row of the CSV `file` of `table`, its texts written as `cells` says, handing
/// each with its line to `each`.
pub fn read_csv(
    file: &Path,
    table: &Table,
    cells: Cells,
    mut each: impl FnMut(u64, &[Value]) -> Result<(), Mistake>,
) -> Result<(), Mistake> {
    let mut reader = csv::Reader::from_path(file).map_err(|error| at(file, 1, error))?;
    let header: Vec<String> = reader
        .headers()
        .map_err(|error| at(file, 1, error))?
        .iter()
        .map(str::to_string)
        .collect();
    let positions = header_positions(table, &header).map_err(|why| at(file, 1, why))?;
    let mut values = Vec::with_capacity(positions.len());
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(0, csv::Position::line);
            at(file, line, error)
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        values.clear();
        for (column, position) in table.columns.iter().zip(&positions) {
            let field = record.get(*position).unwrap_or_default();
            let value = csv_value(field, column.affinity, cells)
                .map_err(|why| at(file, line, format!("column “{}”: {why}", column.name)))?;
            values.push(value);
        }
        each(line, &values)?;
    }
    Ok(())
}

/// Where each column of `table` is in `header`, or which columns are missing and unknown.
fn header_positions(table: &Table, header: &[String]) -> Result<Vec<usize>, String> {
    let missing: Vec<&str> = table
        .columns
        .iter()
        .map(|c| c.name.as_str())
        .filter(|name| !header.iter().any(|h| h == name))
        .collect();
    let unknown: Vec<&str> = header
        .iter()
        .map(String::as_str)
        .filter(|h| !table.columns.iter().any(|c| c.name == *h))
        .collect();
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!("missing column {}", missing.join(", ")));
    }
    if !unknown.is_empty() {
        problems.push(format!("unknown column {}", unknown.join(", ")));
    }
    if header.len() != table.columns.len() && problems.is_empty() {
        problems.push("a column is named twice".into());
    }
    if !problems.is_empty() {
        return Err(format!(
            "wrong header for table {} ({}); it should be {}",
            table.name,
            problems.join("; "),
            table
                .columns
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(",")
        ));
    }
    Ok(table
        .columns
        .iter()
        .filter_map(|c| header.iter().position(|h| *h == c.name))
        .collect())
}

/// Reads every row of the JSON `file` of `table` (an array of objects keyed by column), handing
/// each with the line it starts on to `each`.
pub fn read_json(
    file: &Path,
    table: &Table,
    mut each: impl FnMut(u64, &[Value]) -> Result<(), Mistake>,
) -> Result<(), Mistake> {
    let text = std::fs::read_to_string(file).map_err(|error| at(file, 1, error))?;
    let mut lines = Lines::new(&text);
    let mut pos = skip_space(&text, 0);
    if !text[pos..].starts_with('[') {
        return Err(at(
            file,
            lines.at(pos),
            "expected “[”: a table file is a JSON array of objects",
        ));
    }
    pos = skip_space(&text, pos + 1);
    let mut values = Vec::with_capacity(table.columns.len());
    if !text[pos..].starts_with(']') {
        loop {
            let line = lines.at(pos);
            let mut stream = serde_json::Deserializer::from_str(&text[pos..])
                .into_iter::<serde_json::Map<String, serde_json::Value>>();
            let mut object = match stream.next() {
                Some(Ok(object)) => object,
                Some(Err(error)) => {
                    let where_ = line + error.line() as u64 - 1;
                    let message = error.to_string();
                    let message = message
                        .rsplit_once(" at line ")
                        .map_or(message.as_str(), |(what, _)| what);
                    return Err(at(file, where_, message));
                }
                None => return Err(at(file, line, "the array is not closed with “]”")),
            };
            pos = skip_space(&text, pos + stream.byte_offset());
            values.clear();
            for column in &table.columns {
                let value = object
                    .remove(&column.name)
                    .ok_or_else(|| at(file, line, format!("missing column “{}”", column.name)))?;
                values.push(
                    from_json(&value).map_err(|why| {
                        at(file, line, format!("column “{}”: {why}", column.name))
                    })?,
                );
            }
            if let Some(key) = object.keys().next() {
                return Err(at(
                    file,
                    line,
                    format!("unknown column “{key}” in table {}", table.name),
                ));
            }
            each(line, &values)?;
            match text[pos..].chars().next() {
                Some(',') => pos = skip_space(&text, pos + 1),
                Some(']') => break,
                _ => return Err(at(file, lines.at(pos), "expected “,” or “]” after a row")),
            }
        }
    }
    pos = skip_space(&text, pos + 1);
    if pos < text.len() {
        return Err(at(file, lines.at(pos), "something follows the array"));
    }
    Ok(())
}

/// The first byte at or after `from` that is not JSON white space.
fn skip_space(text: &str, from: usize) -> usize {
    text.get(from..)
        .and_then(|rest| rest.find(|c: char| !matches!(c, ' ' | '\t' | '\n' | '\r')))
        .map_or(text.len(), |offset| from + offset)
}

/// Line numbers of byte offsets met in increasing order, counted as they go.
struct Lines<'a> {
    text: &'a str,
    offset: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text,
            offset: 0,
            line: 1,
        }
    }

    /// The line of byte `offset` (never before the last one asked).
    fn at(&mut self, offset: usize) -> u64 {
        if let Some(between) = self.text.get(self.offset..offset) {
            self.line += between.matches('\n').count() as u64;
            self.offset = offset;
        }
        self.line
    }
}
