//! Outside text made safe for Markdown: one line, controls removed, Markdown and raw HTML shown as
//! typed, `@name` and `#123` kept from pinging when the report is pasted, and only http(s) links.

use crate::text::sanitize_line;
use url::Url;

/// The invisible word joiner put after `@` and `#` so that they never become mentions or
/// issue links on GitHub or in a chat.
pub const JOINER: char = '\u{2060}';

/// `text` as inline Markdown that renders exactly as the text reads: every character Markdown or
/// a GFM table would interpret is escaped, `&` is written as an entity, line breaks become spaces.
pub fn inline(text: &str) -> String {
    let clean = sanitize_line(text);
    let clean = clean.trim();
    let mut out = String::with_capacity(clean.len() + 8);
    for (i, c) in clean.chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if out.chars().all(|d| d.is_ascii_digit()) && !out.is_empty() => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            '@' | '#' => {
                out.push(c);
                out.push(JOINER);
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` cut to `max` characters (with `…`) before escaping, for table cells.
pub fn excerpt(text: &str, max: usize) -> String {
    let clean = sanitize_line(text);
    let clean = clean.trim();
    if clean.chars().count() <= max {
        inline(clean)
    } else {
        let cut: String = clean.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", inline(cut.trim_end()))
    }
}

/// A Markdown link to `url` labelled `label`, only for http and https links; `None` otherwise.
pub fn link(label: &str, url: &str) -> Option<String> {
    let parsed = Url::parse(url.trim()).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return None;
    }
    Some(format!("[{}](<{}>)", inline(label), parsed.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_and_html_are_escaped_and_mentions_cannot_ping() {
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(inline("*bold* `code`"), "\\*bold\\* \\`code\\`");
        assert_eq!(inline("hi @ana #12"), "hi @\u{2060}ana #\u{2060}12");
        assert_eq!(inline("line\nbreak\u{1b}[31m"), "line break\\[31m");
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("1. not a list"), "1\\. not a list");
        assert_eq!(inline("Tom & Jerry"), "Tom &amp; Jerry");
    }

    #[test]
    fn only_http_and_https_links_are_kept() {
        assert_eq!(
            link("post", "https://example.com/a b").as_deref(),
            Some("[post](<https://example.com/a%20b>)")
        );
        assert_eq!(link("x", "javascript:alert(1)"), None);
        assert_eq!(link("x", "data:text/html,hi"), None);
        assert_eq!(link("x", "not a url"), None);
    }

    #[test]
    fn an_excerpt_is_cut_on_characters_not_bytes() {
        assert_eq!(excerpt("ñññññ", 3), "ññ…");
        assert_eq!(excerpt("short", 10), "short");
    }
}
