//! Writes a report where it was asked: its charts as SVG files in a folder beside the Markdown
//! file, named after it (`cmdeck-report-2026-W49-charts/`), then the Markdown file that links to
//! them with relative addresses, so that the folder renders with its charts wherever it is
//! copied (GitHub, GitLab, VS Code, Obsidian) and converts with pandoc; or the whole report as
//! one HTML file with its charts inline, for mail.

use std::path::{Path, PathBuf};

use crate::clock::Clock;
use crate::domain::report::Report;
use crate::i18n::Lang;
use crate::report::charts::charts_in;

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The Markdown file.
    pub markdown: PathBuf,
    /// The folder of its charts, when it has any.
    pub charts: Option<PathBuf>,
    /// How many charts it holds.
    pub chart_count: usize,
}

/// The folder of a report's charts: beside `markdown`, named after it.
pub fn charts_folder(markdown: &Path) -> PathBuf {
    let stem = markdown
        .file_stem()
        .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
    markdown.with_file_name(format!("{stem}-charts"))
}

/// Writes the charts, then the Markdown linking them, in English (see [`write_report_in`]).
pub fn write_report(report: &Report, clock: &Clock, markdown: &Path) -> Result<Written, String> {
    write_report_in(report, clock, markdown, Lang::En)
}

/// Writes the charts, then the Markdown linking them, both in `lang`; every file is written
/// atomically, and the Markdown last, so it never links to a chart that is not there.
pub fn write_report_in(
    report: &Report,
    clock: &Clock,
    markdown: &Path,
    lang: Lang,
) -> Result<Written, String> {
    let drawn = charts_in(report, lang).map_err(|error| error.message(lang))?;
    let folder = charts_folder(markdown);
    for chart in &drawn {
        crate::files::write_atomically(&folder.join(chart.file), chart.svg.as_bytes())
            .map_err(|error| error.message(lang))?;
    }
    let folder_name = folder
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = crate::report::to_markdown_with_charts_in(report, clock, &folder_name, &drawn, lang);
    crate::files::write_atomically(markdown, text.as_bytes())
        .map_err(|error| error.message(lang))?;
    Ok(Written {
        markdown: markdown.to_path_buf(),
        charts: (!drawn.is_empty()).then_some(folder),
        chart_count: drawn.len(),
    })
}

/// Writes the report as one self-contained HTML file in `lang`, its charts drawn inline: the
/// file to attach to a mail. Written atomically; nothing is written beside it.
pub fn write_html_report_in(
    report: &Report,
    clock: &Clock,
    html: &Path,
    lang: Lang,
) -> Result<Written, String> {
    let drawn = charts_in(report, lang).map_err(|error| error.message(lang))?;
    // The charts are linked from the Markdown under a folder name only this writer reads.
    let folder = "charts";
    let markdown = crate::report::to_markdown_with_charts_in(report, clock, folder, &drawn, lang);
    let brand = match crate::text::sanitize_line(&report.brand) {
        named if named.is_empty() => "cmdeck".to_string(),
        named => named,
    };
    let period = crate::report::period_title_in(report, lang);
    let title = lang.text_with(
        "report-document-title",
        &[
            ("brand", crate::i18n::Arg::Text(&brand)),
            ("period", crate::i18n::Arg::Text(&period)),
        ],
    );
    let page = crate::report::html::to_html(&markdown, &title, folder, &drawn, lang);
    crate::files::write_atomically(html, page.as_bytes()).map_err(|error| error.message(lang))?;
    Ok(Written {
        markdown: html.to_path_buf(),
        charts: None,
        chart_count: drawn.len(),
    })
}
