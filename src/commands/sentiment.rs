//! `cmdeck sentiment evaluate FILE…`: how the automatic guess scores on posts people labelled,
//! with the targets it is held to; `cmdeck sentiment learned` and `cmdeck sentiment forget`:
//! what the desk learned from the person's corrections, and starting over.

use super::CommandError;
use crate::analytics::sentiment::evaluation::{Confusion, LABELS, targets};
use crate::analytics::sentiment::{Language, Lexicon, Reason};
use crate::db::Db;
use crate::domain::enums::Sentiment;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// One labelled text of an evaluation file.
struct Labelled {
    label: Sentiment,
    text: String,
}

/// Reads a CSV file with a `label` column (`positive`, `neutral`, `negative`) and a `text`
/// column; other columns are ignored. A row without a known label is an error naming its line.
fn read_labelled(path: &Path) -> Result<Vec<Labelled>, CommandError> {
    let shown = path.display();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|error| CommandError::usage(format!("cannot read {shown}: {error}")))?;
    let headers = reader
        .headers()
        .map_err(|error| CommandError::usage(format!("{shown}: {error}")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case(name)
            })
            .ok_or_else(|| {
                CommandError::usage(format!(
                    "{shown} has no `{name}` column (it needs `label` and `text`)"
                ))
            })
    };
    let (label_at, text_at) = (column("label")?, column("text")?);
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        let record =
            record.map_err(|error| CommandError::usage(format!("{shown} line {line}: {error}")))?;
        let label = record.get(label_at).unwrap_or_default().trim();
        let label = Sentiment::parse(&label.to_ascii_lowercase()).ok_or_else(|| {
            CommandError::usage(format!(
                "{shown} line {line}: the label `{}` is not positive, neutral or negative",
                crate::text::sanitize_line(label)
            ))
        })?;
        let text = record.get(text_at).unwrap_or_default().to_string();
        rows.push(Labelled { label, text });
    }
    Ok(rows)
}

/// Scores every file's texts with the built-in lexicon (or the one in `lexicon_dir`), and
/// writes each file's figures against the targets, then the scoring speed on one core.
pub fn evaluate(
    files: &[PathBuf],
    lexicon_dir: Option<&Path>,
    misses: usize,
) -> Result<String, CommandError> {
    let custom;
    let lexicon = match lexicon_dir {
        Some(dir) => {
            custom = Lexicon::from_dir(dir).map_err(CommandError::usage)?;
            &custom
        }
        None => Lexicon::builtin(),
    };
    let mut out = String::new();
    let mut all_texts = Vec::new();
    for file in files {
        let rows = read_labelled(file)?;
        let mut confusion = Confusion::default();
        let mut languages = [0usize; 4];
        let mut wrong = String::new();
        let mut shown = 0;
        for row in &rows {
            let score = lexicon.score(&row.text);
            confusion.add(row.label, score.sentiment);
            if score.sentiment != row.label && shown < misses {
                shown += 1;
                let hits: Vec<String> = score
                    .hits
                    .iter()
                    .map(|(hit, value)| format!("{hit} {value:+}"))
                    .collect();
                let _ = writeln!(
                    wrong,
                    "  ✗ people {} · cmdeck {} ({:+.2}, {}): {}\n      {}",
                    row.label,
                    score.sentiment,
                    score.score,
                    score.language,
                    hits.join("; "),
                    crate::text::sanitize_line(&row.text)
                );
            }
            languages[match score.language {
                Language::Spanish => 0,
                Language::English => 1,
                Language::Other => 2,
                Language::Undecided => 3,
            }] += 1;
        }
        all_texts.extend(rows.into_iter().map(|r| r.text));
        report(&mut out, file, &confusion, languages);
        out.push_str(&wrong);
    }
    if !all_texts.is_empty() {
        let passes = (200_000 / all_texts.len()).clamp(1, 50);
        let started = Instant::now();
        let mut negatives = 0usize;
        for _ in 0..passes {
            for text in &all_texts {
                negatives += usize::from(lexicon.score(text).sentiment == Sentiment::Negative);
            }
        }
        let seconds = started.elapsed().as_secs_f64().max(1e-9);
        let speed = (passes * all_texts.len()) as f64 / seconds;
        let _ = writeln!(
            out,
            "speed: {:.0} texts per second on one core ({} texts × {passes} passes, language detection included; {} negative) {}",
            speed,
            all_texts.len(),
            negatives / passes,
            verdict(speed >= targets::TEXTS_PER_SECOND),
        );
    }
    Ok(out)
}

fn verdict(met: bool) -> &'static str {
    if met { "✓" } else { "✗ below target" }
}

fn report(out: &mut String, file: &Path, c: &Confusion, languages: [usize; 4]) {
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let name = crate::text::sanitize_line(&name);
    let neg = Sentiment::Negative;
    let _ = writeln!(
        out,
        "{name}: {} texts (language detected: es {}, en {}, other {}, undecided {})",
        c.total(),
        languages[0],
        languages[1],
        languages[2],
        languages[3]
    );
    let _ = writeln!(out, "  accuracy        {:.3}", c.accuracy());
    for (name, value, target) in [
        ("macro-F1       ", c.macro_f1(), targets::MACRO_F1),
        ("negative recall", c.recall(neg), targets::NEGATIVE_RECALL),
        (
            "negative prec. ",
            c.precision(neg),
            targets::NEGATIVE_PRECISION,
        ),
    ] {
        let _ = writeln!(
            out,
            "  {name} {value:.3}  (target ≥ {target:.2}) {}",
            verdict(value >= target)
        );
    }
    for label in LABELS {
        let _ = writeln!(
            out,
            "  {:<9} precision {:.3} recall {:.3} F1 {:.3}",
            label.to_string(),
            c.precision(label),
            c.recall(label),
            c.f1(label)
        );
    }
    let _ = writeln!(out, "  people \\ cmdeck  positive  neutral  negative");
    for (row, label) in LABELS.iter().enumerate() {
        let cells = c.cells[row];
        let _ = writeln!(
            out,
            "  {:<15} {:>8} {:>8} {:>9}",
            label.to_string(),
            cells[0],
            cells[1],
            cells[2]
        );
    }
}

/// Lists what the desk learned from the person's corrections, strongest first.
pub fn learned(db: &Db, lang: crate::i18n::Lang) -> Result<String, CommandError> {
    use crate::i18n::Arg;
    let adjustments = db.sentiment_adjustments()?;
    let learned = adjustments.learned();
    let examples = db.sentiment_examples()?.len();
    let examples_shown = examples.to_string();
    let examples_count = Arg::Count(i64::try_from(examples).unwrap_or(i64::MAX));
    let mut out = String::new();
    if learned.is_empty() {
        let agreement = format!(
            "{:.0}",
            crate::analytics::sentiment::LEARN_AGREEMENT * 100.0
        );
        let _ = writeln!(
            out,
            "{}",
            lang.text_with(
                "cli-sentiment-nothing-learned",
                &[
                    ("count", examples_count),
                    ("shown", Arg::Text(&examples_shown)),
                    (
                        "from",
                        Arg::Text(&crate::analytics::sentiment::LEARN_FROM.to_string()),
                    ),
                    ("agreement", Arg::Text(&agreement)),
                ],
            )
        );
        return Ok(out);
    }
    let words = learned.len().to_string();
    let _ = writeln!(
        out,
        "{}",
        lang.text_with(
            "cli-sentiment-learned",
            &[
                ("count", examples_count),
                ("shown", Arg::Text(&examples_shown)),
                (
                    "words_count",
                    Arg::Count(i64::try_from(learned.len()).unwrap_or(i64::MAX)),
                ),
                ("words", Arg::Text(&words)),
            ],
        )
    );
    for (word, weight, reason) in learned {
        let reason = match reason {
            Reason::Learned { .. } => reason.to_string(),
            _ => continue,
        };
        let _ = writeln!(
            out,
            "  {:<20} {:+.1}  {}",
            crate::text::sanitize_line(&word),
            weight,
            reason
        );
    }
    out.push_str(&lang.text("cli-sentiment-forget-hint"));
    out.push('\n');
    Ok(out)
}

/// Forgets what the corrections taught, keeping the corrected labels.
pub fn forget(db: &mut Db, lang: crate::i18n::Lang) -> Result<String, CommandError> {
    use crate::i18n::Arg;
    let forgotten = db.forget_sentiment_lessons()?;
    let shown = forgotten.to_string();
    Ok(format!(
        "{}\n",
        lang.text_with(
            "cli-sentiment-forgot",
            &[
                (
                    "count",
                    Arg::Count(i64::try_from(forgotten).unwrap_or(i64::MAX))
                ),
                ("shown", Arg::Text(&shown)),
            ],
        )
    ))
}
