//! The Inbox's strategy face: response-time targets and how the weeks meet them, the volume by
//! channel and kind, the tone of voice and the escalation rules.

use super::view::{kind_word, network_word};
use crate::domain::strategy::{InboxStrategy, ResponseStats};
use crate::domain::{MessageKind, Network};
use crate::i18n::{Arg, Lang, count, minutes, share};
use crate::ui::Theme;
use crate::ui::widgets::{heading, push_text};
use ratatui::text::Line;

fn stats_lines(
    label: &str,
    stats: &ResponseStats,
    target: u32,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let met = crate::domain::week::ratio(stats.within_target, stats.answered);
    vec![
        Line::styled(format!("  {label}"), theme.text()),
        Line::raw(format!(
            "    {}",
            lang.text_with(
                "inbox-stats-counts",
                &[
                    ("received", Arg::Text(&count(lang, stats.received))),
                    ("answered", Arg::Text(&count(lang, stats.answered))),
                    ("target", Arg::Text(&minutes(lang, Some(f64::from(target)))),),
                    ("within", Arg::Text(&count(lang, stats.within_target))),
                    ("share", Arg::Text(&share(lang, met))),
                ],
            )
        )),
        Line::raw(format!(
            "    {}",
            lang.text_with(
                "inbox-stats-times",
                &[
                    ("median", Arg::Text(&minutes(lang, stats.median_minutes))),
                    ("slowest", Arg::Text(&minutes(lang, stats.slowest_minutes))),
                ],
            )
        )),
    ]
}

/// A volume line's label, `network kind` as the database groups it, in `lang`; a label that is
/// not one is shown as it is.
fn volume_label(label: &str, lang: Lang) -> String {
    let parsed = label
        .split_once(' ')
        .and_then(|(network, kind)| Some((Network::parse(network)?, MessageKind::parse(kind)?)));
    match parsed {
        Some((network, kind)) => {
            format!("{} {}", network_word(lang, network), kind_word(lang, kind))
        }
        None => crate::text::sanitize_line(label),
    }
}

/// The strategy face's lines: the response-time target against this week and the last, the
/// volume by channel and kind, the tone of voice and the escalation rules.
pub(super) fn strategy_lines(
    data: &InboxStrategy,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![heading(
        &lang.text_with(
            "inbox-sla-heading",
            &[(
                "target",
                Arg::Text(&minutes(lang, Some(f64::from(data.target_minutes)))),
            )],
        ),
        theme,
    )];
    lines.extend(stats_lines(
        &lang.text("inbox-this-week"),
        &data.this_week,
        data.target_minutes,
        lang,
        theme,
    ));
    lines.extend(stats_lines(
        &lang.text("inbox-last-week"),
        &data.last_week,
        data.target_minutes,
        lang,
        theme,
    ));
    lines.push(Line::styled(
        format!("    {}", lang.text("inbox-response-formula")),
        theme.dim(),
    ));
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("inbox-volume-heading"), theme));
    if data.volume.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("no-data")),
            theme.dim(),
        ));
    }
    for (label, n) in &data.volume {
        lines.push(Line::raw(format!(
            "  {:<24}{:>5}",
            volume_label(label, lang),
            count(lang, *n)
        )));
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("inbox-tone-heading"), theme));
    push_text(
        &mut lines,
        &data.tone_guide,
        &lang.text("inbox-tone-none"),
        theme,
    );
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("inbox-escalation-heading"), theme));
    push_text(
        &mut lines,
        &data.escalation_rules,
        &lang.text("inbox-escalation-none"),
        theme,
    );
    lines
}
