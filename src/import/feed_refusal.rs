//! Why a document that could not be read as a feed is not one, worded by its real cause: empty,
//! a web page (with the feed it links to, when it names one), JSON, not XML at all, XML that is
//! not well-formed (line and column), XML whose root is not a feed's; only then the feed
//! parser's own words. One clause, quoting the document unsanitized (its printer sanitizes).

use super::feed_root::{Prolog, prolog};
use super::reason::Reason;
use html5gum::{Token, Tokenizer};

/// The most characters of a document quoted in a refusal.
const QUOTED_CHARS: usize = 40;

/// The root elements of the feeds cmdeck reads (without their prefix).
const FEED_ROOTS: &[&str] = &["rss", "feed", "RDF", "entry"];

/// Why `xml` (a decoded document the feed parser refused with `error`) is not a feed.
pub fn why_not_a_feed(xml: &str, error: &feed_rs::parser::ParseFeedError) -> Reason {
    let text = xml.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if text.trim().is_empty() {
        return Reason::new("import-feed-empty");
    }
    if text.starts_with(['{', '[']) {
        return Reason::new("import-feed-json").text("error", error.to_string());
    }
    if !text.starts_with('<') {
        return Reason::new("import-feed-not-xml").text("start", quoted(text));
    }
    let found = prolog(text);
    if is_web_page(&found) {
        return match feed_links(text).first() {
            Some(link) => Reason::new("import-feed-web-page-links").text("link", link.clone()),
            None => Reason::new("import-feed-web-page"),
        };
    }
    if let Some((line, column, why)) = xml_error(xml) {
        return Reason::new("import-feed-malformed-xml")
            .number("line", line)
            .number("column", column)
            .text("why", why);
    }
    match found.root {
        None => Reason::new("import-feed-no-element"),
        Some(root) if !FEED_ROOTS.contains(&root.local_name()) => {
            Reason::new("import-feed-other-root").text("root", root.name)
        }
        Some(_) => Reason::new("import-feed-unreadable").text("error", error.to_string()),
    }
}

/// The start of `text`, cut to [`QUOTED_CHARS`] characters with `…`, on one line.
fn quoted(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    match line.char_indices().nth(QUOTED_CHARS) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

/// Whether the document is an HTML page: an HTML doctype, or an `<html>` root.
fn is_web_page(found: &Prolog<'_>) -> bool {
    found
        .doctype
        .is_some_and(|name| name.eq_ignore_ascii_case("html"))
        || found
            .root
            .is_some_and(|root| root.name.eq_ignore_ascii_case("html"))
}

/// The addresses an HTML page gives for its feeds (`<link rel="alternate"
/// type="application/rss+xml" href="…">`), as written.
fn feed_links(html: &str) -> Vec<String> {
    let mut links = Vec::new();
    for Ok(token) in Tokenizer::new(html) {
        let Token::StartTag(tag) = token else {
            continue;
        };
        if !tag.name.eq_ignore_ascii_case(b"link") {
            continue;
        }
        let attribute = |name: &[u8]| {
            tag.attributes
                .get(name)
                .map(|value| String::from_utf8_lossy(value).trim().to_ascii_lowercase())
        };
        let alternate = attribute(b"rel")
            .is_some_and(|rel| rel.split_whitespace().any(|word| word == "alternate"));
        let feed_type = attribute(b"type").is_some_and(|kind| {
            matches!(
                kind.as_str(),
                "application/rss+xml" | "application/atom+xml" | "application/rdf+xml"
            )
        });
        if let Some(href) = tag
            .attributes
            .get(b"href".as_slice())
            .filter(|_| alternate && feed_type)
        {
            links.push(String::from_utf8_lossy(href).trim().to_string());
        }
    }
    links
}

/// The first well-formedness error of `xml`: its line, its column (in characters) and what the
/// XML reader says; `None` when the reader finds none.
fn xml_error(xml: &str) -> Option<(usize, usize, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => return None,
            Ok(_) => {}
            Err(error) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(usize::MAX);
                let (line, column) = line_and_column(xml, at);
                return Some((line, column, error.to_string()));
            }
        }
    }
}

/// The line and column (from 1, the column in characters) of byte `at` of `text`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let at = (0..=at.min(text.len()))
        .rev()
        .find(|at| text.is_char_boundary(*at))
        .unwrap_or_default();
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

#[cfg(test)]
mod tests {
    use super::why_not_a_feed;

    fn why(xml: &str) -> String {
        let error = feed_rs::parser::parse(xml.as_bytes()).unwrap_err();
        why_not_a_feed(xml, &error).to_string()
    }

    #[test]
    fn an_empty_document_json_and_plain_text_are_named_for_what_they_are() {
        assert_eq!(why(""), "it is empty");
        assert_eq!(why(" \n\t"), "it is empty");
        assert!(why("{\"version\": 1}").starts_with("it is JSON, not an RSS or Atom feed ("));
        assert_eq!(
            why("Hola, esto es texto plano que no acaba nunca y sigue\nsegunda"),
            "it is not XML: it starts with “Hola, esto es texto plano que no acaba n…”"
        );
    }

    #[test]
    fn a_web_page_is_named_a_web_page_with_the_feed_it_links_to() {
        assert_eq!(
            why(
                "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"https://cafe.example/feed.xml\"></head><body>hola</body></html>"
            ),
            "it is a web page (HTML), not a feed; the page names its feed: https://cafe.example/feed.xml"
        );
        assert_eq!(
            why("<html><body><p>hola<br></body></html>"),
            "it is a web page (HTML), not a feed; look on the page for its RSS or Atom link"
        );
    }

    #[test]
    fn malformed_xml_is_named_with_its_line_and_column() {
        let why = why("<rss version=\"2.0\">\n<channel><title>Té</titel></channel></rss>");
        assert!(
            why.starts_with("it is not well-formed XML: line 2, column 19: "),
            "{why}"
        );
    }

    #[test]
    fn xml_that_is_not_a_feed_names_its_root_element() {
        assert_eq!(
            why("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            "it is XML but not a feed: its root element is <svg> (a feed's is <rss>, <feed> or <rdf:RDF>)"
        );
        assert_eq!(why("<!-- nada -->"), "it is XML without any element");
    }
}
