//! The Mentions strategy face's account of what the sentiment guess adapts to: the brand's own
//! terms from the plan and the words the person's corrections taught, each with why, and the
//! key that forgets them.

use crate::analytics::sentiment::{Adjustments, LEARN_AGREEMENT, LEARN_FROM, Reason};
use crate::command::Command;
use crate::domain::enums::Sentiment;
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
    theme: &Theme,
) -> Vec<Line<'static>> {
    let correct_key = key(keys, Scope::Mentions, Command::CorrectSentiment);
    let forget_key = key(keys, Scope::Mentions, Command::ForgetLessons);
    let undo_key = key(keys, Scope::Global, Command::Undo);
    let learned = adjustments.learned();
    let examples = adjustments.examples();
    let teaching = match examples {
        0 => "no corrected text teaches".to_string(),
        1 => "1 corrected text teaches".to_string(),
        n => format!("{n} corrected texts teach"),
    };
    let mut lines = vec![heading(
        &format!("What the sentiment guess learned from your corrections ({teaching})"),
        theme,
    )];
    let terms = adjustments.brand_terms();
    if !terms.is_empty() {
        let terms: Vec<String> = terms
            .iter()
            .map(|(term, weight)| {
                let term = sanitize_line(term);
                if *weight == 0.0 {
                    format!("{term} (not counted)")
                } else {
                    format!("{term} {weight:+}")
                }
            })
            .collect();
        lines.push(Line::raw(format!(
            "  brand terms (plan): {}",
            terms.join(" · ")
        )));
    }
    if learned.is_empty() {
        lines.push(Line::styled(
            format!(
                "  nothing yet: a word is learned once {LEARN_FROM} corrected texts hold it and {:.0} % of them agree ({correct_key} corrects a mention)",
                LEARN_AGREEMENT * 100.0
            ),
            theme.dim(),
        ));
        return lines;
    }
    for (label, what, style) in [
        (Sentiment::Negative, "counts negative", theme.alert()),
        (Sentiment::Positive, "counts positive", theme.good()),
        (
            Sentiment::Neutral,
            "counts nothing (marked neutral)",
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
                        format!("{word} {weight:+} ({count})")
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
            line.push_str(&format!(" · … {more} more"));
        }
        lines.push(Line::styled(line, style));
    }
    lines.push(Line::styled(
        format!(
            "  (n) corrected texts that taught it · {forget_key} forgets these words, the corrections stay ({undo_key} takes it back)"
        ),
        theme.dim(),
    ));
    lines
}
