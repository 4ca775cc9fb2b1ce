//! The report as one self-contained HTML file for mail: the same Markdown document rendered by
//! `pulldown-cmark` (GitHub tables), each chart's SVG written inline where the Markdown links
//! it, and a small style sheet. No raw HTML from the document passes: the Markdown already
//! escapes outside text, and any HTML the renderer would pass through is written as text.

use super::charts::Chart;
use crate::i18n::Lang;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The style the report reads with in a browser or a mail client: system fonts, readable line
/// length, ruled tables, charts scaled to the page.
const STYLE: &str = "body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;\
line-height:1.5;max-width:60em;margin:2em auto;padding:0 1em;color:#1f2328;background:#fff}\
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #d0d7de;padding:.3em .6em}\
th{background:#f6f8fa}td{vertical-align:top}figure{margin:1em 0}\
figure svg{max-width:100%;height:auto}figcaption{font-size:.9em;color:#59636e}";

/// `markdown` (written with its charts linked as `folder/file`) as a whole HTML document in
/// `lang`, titled `title`, each linked chart of `charts` drawn inline.
pub fn to_html(markdown: &str, title: &str, folder: &str, charts: &[Chart], lang: Lang) -> String {
    let mut body = String::new();
    let mut events = Parser::new_ext(markdown, Options::ENABLE_TABLES);
    let mut safe = Vec::new();
    while let Some(event) = events.next() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                let chart = charts
                    .iter()
                    .find(|chart| linked(&dest_url, folder, chart.file));
                // The image's alt text, up to its end, is the chart's caption.
                for inner in events.by_ref() {
                    if matches!(inner, Event::End(TagEnd::Image)) {
                        break;
                    }
                }
                if let Some(chart) = chart {
                    safe.push(Event::Html(figure(chart).into()));
                }
            }
            Event::Html(raw) | Event::InlineHtml(raw) => safe.push(Event::Text(raw)),
            other => safe.push(other),
        }
    }
    pulldown_cmark::html::push_html(&mut body, safe.into_iter());
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.code(),
        escape(title),
    )
}

/// Whether the image address `url` (percent-encoded, relative) links chart `file` of `folder`.
fn linked(url: &str, folder: &str, file: &str) -> bool {
    let decoded = percent_encoding::percent_decode_str(url).decode_utf8_lossy();
    decoded == format!("{folder}/{file}")
}

/// A chart as a figure: its SVG inline (without its XML declaration) and its title below.
fn figure(chart: &Chart) -> String {
    let svg = chart
        .svg
        .find("<svg")
        .map_or(chart.svg.as_str(), |at| &chart.svg[at..]);
    format!(
        "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n",
        escape(&chart.title)
    )
}

/// Text made safe inside HTML text and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{clock, spanish_week};

    /// The names of the start tags of `html`, in order, as a browser's tokenizer reads them.
    fn start_tags(html: &str) -> Vec<String> {
        html5gum::Tokenizer::new(html)
            .filter_map(|token| match token {
                Ok(html5gum::Token::StartTag(tag)) => {
                    Some(String::from_utf8_lossy(&tag.name).to_lowercase())
                }
                _ => None,
            })
            .collect()
    }

    fn page(report: &crate::domain::report::Report, lang: Lang) -> (String, usize) {
        let charts = crate::report::charts::charts_in(report, lang).unwrap();
        let markdown =
            crate::report::to_markdown_with_charts_in(report, &clock(), "charts", &charts, lang);
        let title = crate::report::period_title_in(report, lang);
        (
            to_html(&markdown, &title, "charts", &charts, lang),
            charts.len(),
        )
    }

    #[test]
    fn the_html_report_holds_its_tables_and_every_chart_inline_in_its_language() {
        let (html, charts) = page(&spanish_week(), Lang::Es);
        assert!(charts > 0, "the Spanish week draws charts");
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"es\">"),
            "{html}"
        );
        let tags = start_tags(&html);
        assert_eq!(
            tags.iter().filter(|t| *t == "svg").count(),
            charts,
            "one inline chart per chart drawn"
        );
        assert_eq!(tags.iter().filter(|t| *t == "figcaption").count(), charts);
        assert!(
            tags.iter().any(|t| t == "table"),
            "the tables are HTML tables"
        );
        assert!(
            !tags.iter().any(|t| t == "img"),
            "nothing is linked outside the file"
        );
        assert!(
            html.contains("<h2>Gráficos</h2>") && html.contains("<h2>Objetivos</h2>"),
            "{html}"
        );
    }

    #[test]
    fn hostile_text_in_the_html_report_stays_text() {
        let mut report = spanish_week();
        report.channels[1].label =
            "<script>alert(1)</script> <img src=x onerror=y> | @todos".into();
        report.brand = "<iframe src=javascript:x>".into();
        for lang in Lang::ALL {
            let (html, _) = page(&report, lang);
            let tags = start_tags(&html);
            for dangerous in ["script", "iframe", "img"] {
                assert!(
                    !tags.iter().any(|t| t == dangerous),
                    "{lang:?}: a <{dangerous}> got through:\n{html}"
                );
            }
            assert!(html.contains("&lt;script&gt;"), "{html}");
            assert!(!html.contains("javascript:x>"), "{html}");
        }
    }

    #[test]
    fn raw_html_in_the_markdown_is_written_as_text() {
        let html = to_html(
            "# T\n\n<div onclick=x>hi</div>\n\nand <b>bold</b>\n",
            "T",
            "charts",
            &[],
            Lang::En,
        );
        let tags = start_tags(&html);
        assert!(!tags.iter().any(|t| t == "div" || t == "b"), "{html}");
        assert!(html.contains("&lt;div onclick=x&gt;"), "{html}");
    }
}
