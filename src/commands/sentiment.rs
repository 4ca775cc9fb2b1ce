//! `cmdeck sentiment evaluate FILE…`: how the automatic guess scores on posts people labelled,
//! with the targets it is held to; `cmdeck sentiment learned` and `cmdeck sentiment forget`:
//! what the desk learned from the person's corrections, and starting over.

use super::CommandError;
use crate::analytics::sentiment::evaluation::{Confusion, LABELS, targets};
use crate::analytics::sentiment::{Language, Lexicon, Reason};
use crate::db::Db;
use crate::domain::enums::Sentiment;
use crate::i18n::{Arg, Lang};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// One labelled text of an evaluation file.
struct Labelled {
    label: Sentiment,
    text: String,
}

/// Reads a CSV file with a `label` column (`positive`, `neutral`, `negative`) and a `text`
/// column; other columns are ignored. A row without a known label is an error naming its line,
/// in `lang`.
fn read_labelled(path: &Path, lang: Lang) -> Result<Vec<Labelled>, CommandError> {
    let shown = path.display().to_string();
    let refused = |key: &str, args: &[(&str, Arg<'_>)]| {
        let mut all = vec![("file", Arg::Text(&shown))];
        all.extend_from_slice(args);
        CommandError::usage(lang.text_with(key, &all))
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|error| {
            refused(
                "sentiment-eval-unreadable",
                &[("error", Arg::Text(&error.to_string()))],
            )
        })?;
    let headers = reader
        .headers()
        .map_err(|error| {
            refused(
                "sentiment-eval-file-error",
                &[("error", Arg::Text(&error.to_string()))],
            )
        })?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case(name)
            })
            .ok_or_else(|| refused("sentiment-eval-no-column", &[("column", Arg::Text(name))]))
    };
    let (label_at, text_at) = (column("label")?, column("text")?);
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = (index + 2).to_string();
        let record = record.map_err(|error| {
            refused(
                "sentiment-eval-line-error",
                &[
                    ("line", Arg::Text(&line)),
                    ("error", Arg::Text(&error.to_string())),
                ],
            )
        })?;
        let label = record.get(label_at).unwrap_or_default().trim();
        let label = Sentiment::parse(&label.to_ascii_lowercase()).ok_or_else(|| {
            refused(
                "sentiment-eval-bad-label",
                &[
                    ("line", Arg::Text(&line)),
                    ("label", Arg::Text(&crate::text::sanitize_line(label))),
                ],
            )
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
    evaluate_in(files, lexicon_dir, misses, Lang::En)
}

/// [`evaluate`], its headings, lines, figures and misses in `lang`.
pub fn evaluate_in(
    files: &[PathBuf],
    lexicon_dir: Option<&Path>,
    misses: usize,
    lang: Lang,
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
        let rows = read_labelled(file, lang)?;
        let mut confusion = Confusion::default();
        let mut languages = [0usize; 4];
        let mut wrong = String::new();
        let mut shown = 0;
        for row in &rows {
            let score = lexicon.score(&row.text);
            confusion.add(row.label, score.sentiment);
            if score.sentiment != row.label && shown < misses {
                shown += 1;
                let miss = lang.text_with(
                    "sentiment-eval-miss",
                    &[
                        ("label", Arg::Text(&label_word(lang, row.label))),
                        ("guess", Arg::Text(&label_word(lang, score.sentiment))),
                        ("score", Arg::Text(&signed(lang, score.score))),
                        ("language", Arg::Text(&score.language_in(lang))),
                        ("hits", Arg::Text(&score.hit_lines_in(lang).join("; "))),
                    ],
                );
                let _ = writeln!(
                    wrong,
                    "  {miss}\n      {}",
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
        report(&mut out, file, &confusion, languages, lang);
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
        let speed_shown = match lang {
            Lang::En => format!("{speed:.0}"),
            Lang::Es => crate::i18n::count(lang, speed.round() as i64),
        };
        let _ = writeln!(
            out,
            "{}",
            lang.text_with(
                "sentiment-eval-speed",
                &[
                    ("speed", Arg::Text(&speed_shown)),
                    ("texts", Arg::Text(&whole(lang, all_texts.len()))),
                    ("passes", Arg::Text(&whole(lang, passes))),
                    ("negatives", Arg::Text(&whole(lang, negatives / passes))),
                    (
                        "negatives_count",
                        Arg::Count(i64::try_from(negatives / passes).unwrap_or(i64::MAX)),
                    ),
                    (
                        "verdict",
                        Arg::Text(&verdict(lang, speed >= targets::TEXTS_PER_SECOND)),
                    ),
                ],
            )
        );
    }
    Ok(out)
}

/// Whether a target is met, in `lang`: `✓`, or `✗ below target`.
fn verdict(lang: Lang, met: bool) -> String {
    if met {
        lang.text("sentiment-eval-met")
    } else {
        lang.text("sentiment-eval-below")
    }
}

/// A figure with `places` decimals: `0.889` in English, `0,889` in Spanish.
fn fixed(lang: Lang, value: f64, places: usize) -> String {
    match lang {
        Lang::En => format!("{value:.places$}"),
        Lang::Es => crate::i18n::decimal(lang, value, places),
    }
}

/// A score with its sign and two decimals: `+0.45`, `+0,45` in Spanish.
fn signed(lang: Lang, value: f64) -> String {
    let shown = format!("{value:+.2}");
    match lang {
        Lang::En => shown,
        Lang::Es => shown.replace('.', ","),
    }
}

/// A count: plain in English, as the evaluation always wrote it; grouped in Spanish.
fn whole(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => n.to_string(),
        Lang::Es => crate::i18n::count(lang, i64::try_from(n).unwrap_or(i64::MAX)),
    }
}

/// A sentiment label as the evaluation names it in `lang` (`positive`, `positivo`).
fn label_word(lang: Lang, label: Sentiment) -> String {
    match lang {
        Lang::En => label.to_string(),
        Lang::Es => label.word(lang),
    }
}

/// `text` padded with spaces to `width` characters.
fn padded(text: &str, width: usize) -> String {
    format!("{text:<width$}")
}

fn report(out: &mut String, file: &Path, c: &Confusion, languages: [usize; 4], lang: Lang) {
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let name = crate::text::sanitize_line(&name);
    let neg = Sentiment::Negative;
    let total = c.total();
    let _ = writeln!(
        out,
        "{}",
        lang.text_with(
            "sentiment-eval-file",
            &[
                ("name", Arg::Text(&name)),
                (
                    "count",
                    Arg::Count(i64::try_from(total).unwrap_or(i64::MAX))
                ),
                ("total", Arg::Text(&whole(lang, total))),
                ("es", Arg::Text(&whole(lang, languages[0]))),
                ("en", Arg::Text(&whole(lang, languages[1]))),
                ("other", Arg::Text(&whole(lang, languages[2]))),
                ("undecided", Arg::Text(&whole(lang, languages[3]))),
            ],
        )
    );
    let figures = [
        ("sentiment-eval-macro-f1", c.macro_f1(), targets::MACRO_F1),
        (
            "sentiment-eval-negative-recall",
            c.recall(neg),
            targets::NEGATIVE_RECALL,
        ),
        (
            "sentiment-eval-negative-precision",
            c.precision(neg),
            targets::NEGATIVE_PRECISION,
        ),
    ];
    let accuracy = lang.text("sentiment-eval-accuracy");
    let names: Vec<String> = figures.iter().map(|(key, _, _)| lang.text(key)).collect();
    let width = names
        .iter()
        .chain([&accuracy])
        .map(|name| name.chars().count())
        .max()
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  {} {}",
        padded(&accuracy, width),
        fixed(lang, c.accuracy(), 3)
    );
    for (name, (_, value, target)) in names.iter().zip(figures) {
        let _ = writeln!(
            out,
            "  {} {}  {}",
            padded(name, width),
            fixed(lang, value, 3),
            lang.text_with(
                "sentiment-eval-target",
                &[
                    ("target", Arg::Text(&fixed(lang, target, 2))),
                    ("verdict", Arg::Text(&verdict(lang, value >= target))),
                ],
            )
        );
    }
    let labels: Vec<String> = LABELS.iter().map(|l| label_word(lang, *l)).collect();
    let label_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or_default()
        .max(9);
    for (label, shown) in LABELS.into_iter().zip(&labels) {
        let _ = writeln!(
            out,
            "  {} {}",
            padded(shown, label_width),
            lang.text_with(
                "sentiment-eval-per-label",
                &[
                    ("precision", Arg::Text(&fixed(lang, c.precision(label), 3))),
                    ("recall", Arg::Text(&fixed(lang, c.recall(label), 3))),
                    ("f1", Arg::Text(&fixed(lang, c.f1(label), 3))),
                ],
            )
        );
    }
    let corner = lang.text("sentiment-eval-matrix-corner");
    let corner_width = corner.chars().count().max(15);
    let _ = writeln!(
        out,
        "  {}  {}  {}  {}",
        padded(&corner, corner_width),
        labels[0],
        labels[1],
        labels[2]
    );
    for (row, shown) in labels.iter().enumerate() {
        let cells = c.cells[row];
        let _ = writeln!(
            out,
            "  {} {:>8} {:>8} {:>9}",
            padded(shown, corner_width),
            whole(lang, cells[0]),
            whole(lang, cells[1]),
            whole(lang, cells[2])
        );
    }
}

/// Lists what the desk learned from the person's corrections, strongest first.
pub fn learned(db: &Db, lang: crate::i18n::Lang) -> Result<String, CommandError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    const LABELLED: &str = "label,text\n\
        negative,Llevo dos horas esperando y nadie me responde\n\
        positive,¡Me encanta vuestro café!\n\
        positive,Still waiting for my refund after three weeks\n";

    fn evaluated(lang: Lang) -> String {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("etiquetados.csv");
        std::fs::write(&file, LABELLED).unwrap();
        evaluate_in(&[file], None, 5, lang).unwrap()
    }

    #[test]
    fn the_sentiment_evaluation_reads_in_spanish_with_its_numbers_written_the_spanish_way() {
        let out = evaluated(Lang::Es);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[..12],
            [
                "etiquetados.csv: 3 textos (idioma detectado: es 2, en 1, otro 0, sin decidir 0)",
                "  exactitud              0,667",
                "  F1 macro               0,444  (objetivo ≥ 0,65) ✗ por debajo del objetivo",
                "  cobertura de negativos 1,000  (objetivo ≥ 0,75) ✓",
                "  precisión de negativos 0,500  (objetivo ≥ 0,70) ✗ por debajo del objetivo",
                "  positivo  precisión 1,000 cobertura 0,500 F1 0,667",
                "  neutro    precisión 0,000 cobertura 0,000 F1 0,000",
                "  negativo  precisión 0,500 cobertura 1,000 F1 0,667",
                "  etiqueta \\ cmdeck  positivo  neutro  negativo",
                "  positivo                 1        0         1",
                "  neutro                   0        0         0",
                "  negativo                 0        0         1",
            ]
        );
        assert_eq!(
            lines[12],
            "  ✗ etiqueta positivo · cmdeck negativo (-3,50, en): still waiting -2,5; refund -1"
        );
        assert_eq!(
            lines[13],
            "      Still waiting for my refund after three weeks"
        );
        assert!(
            lines[14].starts_with("velocidad: ")
                && lines[14].contains(" textos por segundo en un núcleo (3 textos × 50 pasadas, con la detección de idioma; 2 negativos) "),
            "{}",
            lines[14]
        );
        assert!(crate::i18n::missing_messages().is_empty());
    }

    #[test]
    fn the_sentiment_evaluation_reads_in_english_as_it_always_did() {
        let out = evaluated(Lang::En);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[..4],
            [
                "etiquetados.csv: 3 texts (language detected: es 2, en 1, other 0, undecided 0)",
                "  accuracy        0.667",
                "  macro-F1        0.444  (target ≥ 0.65) ✗ below target",
                "  negative recall 1.000  (target ≥ 0.75) ✓",
            ]
        );
        assert_eq!(lines[8], "  people \\ cmdeck  positive  neutral  negative");
        assert_eq!(lines[9], "  positive               1        0         1");
        assert_eq!(
            lines[12],
            "  ✗ people positive · cmdeck negative (-3.50, en): still waiting -2.5; refund -1"
        );
    }

    #[test]
    fn a_bad_label_is_refused_in_spanish_naming_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("malo.csv");
        std::fs::write(&file, "label,text\npositive,ok\nquizá,hmm\n").unwrap();
        let Err(CommandError::Usage(lines)) =
            evaluate_in(std::slice::from_ref(&file), None, 0, Lang::Es)
        else {
            panic!("expected a refusal");
        };
        assert!(
            lines[0].ends_with(
                "malo.csv, línea 3: la etiqueta `quizá` no es positive, neutral ni negative"
            ),
            "{lines:?}"
        );
        std::fs::write(&file, "text\nhola\n").unwrap();
        let Err(CommandError::Usage(lines)) = evaluate_in(&[file], None, 0, Lang::Es) else {
            panic!("expected a refusal");
        };
        assert!(
            lines[0].ends_with("no tiene la columna `label` (necesita `label` y `text`)"),
            "{lines:?}"
        );
    }
}
