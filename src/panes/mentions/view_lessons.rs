//! The Mentions strategy face's account of what the sentiment guess adapts to: the brand's own
//! terms from the plan and the words the person's corrections taught, each with why, and the
//! key that forgets them.

use crate::analytics::sentiment::{Adjustments, LEARN_AGREEMENT, LEARN_FROM, Reason};
use crate::command::Command;
use crate::domain::enums::Sentiment;
use crate::i18n::{self, Arg, Lang};
use crate::keymap::{Keymap, Scope};
use crate::text::{sanitize_line, truncate};
use crate::ui::Theme;
use crate::ui::hints::key;
use crate::ui::widgets::heading;
use ratatui::text::Line;

/// How many learned words each line lists; the rest are counted.
const PER_LINE: usize = 6;

/// The lines of the section: brand terms, then the learned words by what they count for
/// (strongest first, with how many corrected texts taught each), and how to forget them.
pub(super) fn lessons_lines(
    adjustments: &Adjustments,
    keys: &Keymap,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let correct_key = key(keys, Scope::Mentions, Command::CorrectSentiment);
    let forget_key = key(keys, Scope::Mentions, Command::ForgetLessons);
    let undo_key = key(keys, Scope::Global, Command::Undo);
    let learned = adjustments.learned();
    let examples = adjustments.examples();
    let examples = i64::try_from(examples).unwrap_or(i64::MAX);
    let teaching = lang.text_with(
        "mentions-lessons-teaching",
        &[
            ("count", Arg::Count(examples)),
            ("shown", Arg::Text(&i18n::count(lang, examples))),
        ],
    );
    let mut lines = vec![heading(
        &lang.text_with(
            "mentions-lessons-heading",
            &[("teaching", Arg::Text(&teaching))],
        ),
        theme,
    )];
    let terms = adjustments.brand_terms();
    if !terms.is_empty() {
        let terms: Vec<String> = terms
            .iter()
            .map(|(term, weight)| {
                let term = sanitize_line(term);
                if *weight == 0.0 {
                    lang.text_with(
                        "mentions-lessons-not-counted",
                        &[("term", Arg::Text(&term))],
                    )
                } else {
                    format!("{term} {}", weight_shown(lang, *weight))
                }
            })
            .collect();
        lines.push(Line::raw(format!(
            "  {}",
            lang.text_with(
                "mentions-lessons-brand-terms",
                &[("terms", Arg::Text(&terms.join(" · ")))],
            )
        )));
    }
    if learned.is_empty() {
        lines.push(Line::styled(
            format!(
                "  {}",
                lang.text_with(
                    "mentions-lessons-nothing-yet",
                    &[
                        ("from", Arg::Text(&LEARN_FROM.to_string())),
                        (
                            "agreement",
                            Arg::Text(&format!("{:.0}", LEARN_AGREEMENT * 100.0))
                        ),
                        ("key", Arg::Text(&correct_key)),
                    ],
                )
            ),
            theme.dim(),
        ));
        return lines;
    }
    for (label, what, style) in [
        (
            Sentiment::Negative,
            lang.text("mentions-lessons-counts-negative"),
            theme.alert(),
        ),
        (
            Sentiment::Positive,
            lang.text("mentions-lessons-counts-positive"),
            theme.good(),
        ),
        (
            Sentiment::Neutral,
            lang.text("mentions-lessons-counts-nothing"),
            theme.dim(),
        ),
    ] {
        let words: Vec<String> = learned
            .iter()
            .filter_map(|(word, weight, reason)| match reason {
                Reason::Learned { label: l, count } if *l == label => {
                    let word = truncate(&sanitize_line(word), 20);
                    Some(if *weight == 0.0 {
                        format!("{word} ({count})")
                    } else {
                        format!("{word} {} ({count})", weight_shown(lang, *weight))
                    })
                }
                _ => None,
            })
            .collect();
        if words.is_empty() {
            continue;
        }
        let more = words.len().saturating_sub(PER_LINE);
        let mut line = format!(
            "  {what}: {}",
            words[..words.len().min(PER_LINE)].join(" · ")
        );
        if more > 0 {
            line.push_str(&format!(
                " · … {}",
                lang.text_with(
                    "mentions-lessons-more",
                    &[("count", Arg::Count(more as i64))]
                )
            ));
        }
        lines.push(Line::styled(line, style));
    }
    lines.push(Line::styled(
        format!(
            "  {}",
            lang.text_with(
                "mentions-lessons-footer",
                &[
                    ("forget", Arg::Text(&forget_key)),
                    ("undo", Arg::Text(&undo_key)),
                ],
            )
        ),
        theme.dim(),
    ));
    lines
}

/// A weight with its sign, as Rust writes it in English (`+1`, `-1.5`) and with a decimal
/// comma in Spanish (`-1,5`).
fn weight_shown(lang: Lang, weight: f64) -> String {
    let shown = format!("{weight:+}");
    match lang {
        Lang::En => shown,
        Lang::Es => shown.replace('.', ","),
    }
}
