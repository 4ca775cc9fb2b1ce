//! The repairs common feed readers make to a feed the XML reader refused, each with a note for
//! the user: a CDATA section left open is closed where its element ends, an `&` that begins no
//! character reference is read as `&amp;`, and an `<rss>` without a version cmdeck knows is read
//! as RSS 2.0. Its caller keeps the repaired document only when the feed reads better so (it
//! failed as written, or an open CDATA section swallowed items).

use super::feed_root::{attribute_at, prolog};
use super::reason::Reason;

/// The RSS versions the feed parser reads under their own name.
const KNOWN_RSS_VERSIONS: &[&str] = &["2.0", "0.91", "0.92", ""];

/// The most line numbers a note lists.
const MAX_LINES_LISTED: usize = 5;

/// A repaired document and what was done to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    /// The document after the repairs.
    pub xml: String,
    /// One note per kind of repair made.
    pub notes: Vec<Reason>,
}

/// What one pass over the document repaired.
#[derive(Debug, Default)]
struct Counts {
    /// The line of each CDATA section closed.
    cdata_lines: Vec<usize>,
    /// How many bare `&` were escaped.
    ampersands: usize,
}

/// The document with the repairs it needs, or `None` when none applies.
pub fn repair(xml: &str) -> Option<Repaired> {
    let (mut text, counts) = escape_and_close(xml);
    let mut notes = Vec::new();
    if !counts.cdata_lines.is_empty() {
        notes.push(cdata_note(&counts.cdata_lines));
    }
    if counts.ampersands > 0 {
        notes.push(Reason::new("import-feed-ampersands").number("count", counts.ampersands));
    }
    if let Some((fixed, note)) = with_rss_version(&text) {
        text = fixed;
        notes.push(note);
    }
    (!notes.is_empty()).then_some(Repaired { xml: text, notes })
}

/// The note for the CDATA sections closed at these lines.
fn cdata_note(lines: &[usize]) -> Reason {
    let mut listed: Vec<String> = lines
        .iter()
        .take(MAX_LINES_LISTED)
        .map(ToString::to_string)
        .collect();
    if lines.len() > MAX_LINES_LISTED {
        listed.push("…".to_string());
    }
    match lines {
        [line] => Reason::new("import-feed-cdata-closed").number("line", *line),
        _ => Reason::new("import-feed-cdatas-closed")
            .number("count", lines.len())
            .text("lines", listed.join(", ")),
    }
}

/// One pass over the document: comments and processing instructions copied as they are, CDATA
/// sections copied and closed when left open, bare `&` elsewhere escaped.
fn escape_and_close(xml: &str) -> (String, Counts) {
    let mut out = String::with_capacity(xml.len() + 64);
    let mut counts = Counts::default();
    let mut line = 1;
    let mut ends = CdataEnds { xml, next: None };
    let mut rest = xml;
    while let Some(at) = rest.find(['<', '&']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        line += before.matches('\n').count();
        let used = if let Some(body) = from.strip_prefix("<![CDATA[") {
            let element = enclosing_element(&out);
            out.push_str("<![CDATA[");
            let end = ends
                .at_or_after(xml.len() - body.len())
                .map(|end| end - (xml.len() - body.len()));
            let (content, closed) = cdata_content(body, end, element.as_deref());
            out.push_str(content);
            out.push_str("]]>");
            if !closed {
                counts.cdata_lines.push(line);
            }
            9 + content.len() + if closed { 3 } else { 0 }
        } else if let Some(close) = ["<!--", "<?"]
            .iter()
            .zip(["-->", "?>"])
            .find_map(|(open, close)| from.starts_with(open).then_some(close))
        {
            let end = from.find(close).map_or(from.len(), |end| end + close.len());
            out.push_str(&from[..end]);
            end
        } else if from.starts_with('&') && !starts_reference(&from[1..]) {
            out.push_str("&amp;");
            counts.ampersands += 1;
            1
        } else {
            out.push_str(&from[..1]);
            1
        };
        line += from[..used].matches('\n').count();
        rest = &from[used..];
    }
    out.push_str(rest);
    (out, counts)
}

/// The name of the element a CDATA section opens in: the start tag `out` ends with (white space
/// aside), if it ends with one.
fn enclosing_element(out: &str) -> Option<String> {
    let before = out.trim_end();
    let tag = &before[before.rfind('<')?..];
    let name = tag.strip_prefix('<')?;
    let end = name.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
    let name = &name[..end];
    (tag.ends_with('>')
        && !tag.ends_with("/>")
        && name.starts_with(|c: char| c.is_alphabetic() || c == '_'))
    .then(|| name.to_string())
}

/// Where the `]]>` that ends CDATA sections are in a document, each found once: the next one is
/// remembered until the reading passes it, so the document is searched once in all.
struct CdataEnds<'a> {
    xml: &'a str,
    /// The next `]]>` found (`Some(None)`: there is none further on).
    next: Option<Option<usize>>,
}

impl CdataEnds<'_> {
    /// Where the first `]]>` at or after byte `from` of the document is.
    fn at_or_after(&mut self, from: usize) -> Option<usize> {
        match self.next {
            Some(None) => None,
            Some(Some(at)) if at >= from => Some(at),
            _ => {
                let found = self
                    .xml
                    .get(from..)
                    .and_then(|rest| rest.find("]]>"))
                    .map(|at| from + at);
                self.next = Some(found);
                found
            }
        }
    }
}

/// The content of a CDATA section whose body starts `body` and whose next `]]>` is at `end`,
/// and whether it was closed: it ends at its `]]>`, unless the end tag of its `element` comes
/// first (then the section was left open and ends there); a section with no `]]>` at all ends
/// at its element's end tag, or at the next end tag when its element is not known, or with the
/// document. The end tag is only looked for before `end`, so each stretch is searched once.
fn cdata_content<'a>(body: &'a str, end: Option<usize>, element: Option<&str>) -> (&'a str, bool) {
    let searched = &body[..end.unwrap_or(body.len())];
    let element_end = match element {
        Some(name) => end_tag(searched, name),
        None if end.is_none() => body.find("</"),
        None => None,
    };
    match (element_end, end) {
        (Some(element_end), _) => (&body[..element_end], false),
        (None, Some(end)) => (&body[..end], true),
        (None, None) => (body, false),
    }
}

/// Where the end tag of `name` (`</name>` or `</name …>`) first appears in `text`.
fn end_tag(text: &str, name: &str) -> Option<usize> {
    let wanted = format!("</{name}");
    text.match_indices(&wanted)
        .map(|(at, _)| at)
        .find(|at| text[at + wanted.len()..].starts_with(|c: char| c == '>' || c.is_whitespace()))
}

/// Whether what follows an `&` is a character or entity reference (`amp;`, `#233;`, `#xE9;`).
fn starts_reference(after: &str) -> bool {
    let Some(end) = after.char_indices().take(40).find(|(_, c)| *c == ';') else {
        return false;
    };
    let body = &after[..end.0];
    if let Some(number) = body.strip_prefix('#') {
        return match number.strip_prefix('x') {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()),
        };
    }
    body.starts_with(|c: char| c.is_alphabetic() || c == '_' || c == ':')
        && body
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '.' | '-'))
}

/// The document with `version="2.0"` on its `<rss>` when that gives none cmdeck knows, and the
/// note saying so.
fn with_rss_version(xml: &str) -> Option<(String, Reason)> {
    let root = prolog(xml).root?;
    if root.name != "rss" {
        return None;
    }
    let version = attribute_at(root.attributes.as_bytes(), b"version")
        .map(|(at, value)| (at, String::from_utf8_lossy(value).into_owned()));
    if version
        .as_ref()
        .is_some_and(|(_, v)| KNOWN_RSS_VERSIONS.contains(&v.as_str()))
    {
        return None;
    }
    let note = match &version {
        Some((_, v)) => Reason::new("import-feed-rss-version").text("version", v.clone()),
        None => Reason::new("import-feed-rss-no-version"),
    };
    let attributes = match &version {
        Some((at, _)) => format!(
            "{}data-{}",
            &root.attributes[..*at],
            &root.attributes[*at..]
        ),
        None => root.attributes.to_string(),
    };
    let name_end = root.at + 1 + root.name.len();
    let tag_end = name_end + root.attributes.len();
    let fixed = format!(
        "{} version=\"2.0\"{attributes}{}",
        &xml[..name_end],
        &xml[tag_end..]
    );
    Some((fixed, note))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_cdata_section_left_open_is_closed_where_its_element_ends() {
        let xml = "<rss version=\"2.0\"><channel>\n<item><title>a</title>\n<description><![CDATA[<p>hola</p></description></item>\n<item><description><![CDATA[bien]]></description></item></channel></rss>";
        let repaired = repair(xml).unwrap();
        assert_eq!(
            repaired.xml,
            xml.replace("hola</p></description>", "hola</p>]]></description>")
        );
        assert_eq!(
            repaired.notes,
            ["a CDATA section left open (line 3) was closed where its element ends"]
        );
    }

    #[test]
    fn a_cdata_section_open_to_the_end_is_closed_there() {
        let repaired = repair("<a><b><![CDATA[x").unwrap();
        assert_eq!(repaired.xml, "<a><b><![CDATA[x]]>");
        let repaired = repair("<a>\n<![CDATA[x <i>y</i>]]> z <![CDATA[w</a>").unwrap();
        assert_eq!(
            repaired.xml,
            "<a>\n<![CDATA[x <i>y</i>]]> z <![CDATA[w]]></a>"
        );
        assert!(
            repaired.notes[0].to_string().contains("line 2"),
            "{:?}",
            repaired.notes
        );
    }

    #[test]
    fn a_bare_ampersand_is_escaped_but_references_cdata_and_comments_are_kept() {
        let xml =
            "<t a=\"?x=1&y=2\">AT&T &amp; &#233; &#xE9; &eacute; <![CDATA[a&b]]><!-- c&d --></t>";
        let repaired = repair(xml).unwrap();
        assert_eq!(
            repaired.xml,
            "<t a=\"?x=1&amp;y=2\">AT&amp;T &amp; &#233; &#xE9; &eacute; <![CDATA[a&b]]><!-- c&d --></t>"
        );
        assert_eq!(
            repaired.notes,
            ["2 “&” that began no character reference were read as “&amp;”"]
        );
    }

    #[test]
    fn an_rss_without_a_known_version_is_read_as_rss_2() {
        let repaired = repair("<?xml-stylesheet?>\n<rss><channel/></rss>").unwrap();
        assert_eq!(
            repaired.xml,
            "<?xml-stylesheet?>\n<rss version=\"2.0\"><channel/></rss>"
        );
        assert_eq!(
            repaired.notes,
            ["its <rss> says no version; it was read as RSS 2.0"]
        );
        let repaired = repair("<rss version=\"0.94\" xmlns:a=\"b\">").unwrap();
        assert_eq!(
            repaired.xml,
            "<rss version=\"2.0\" data-version=\"0.94\" xmlns:a=\"b\">"
        );
    }

    #[test]
    fn a_document_with_nothing_to_repair_is_left_alone() {
        for xml in [
            "<rss version=\"2.0\"><channel><title>a &amp; b</title></channel></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title><![CDATA[x]]></title></feed>",
            "not xml",
            "",
        ] {
            assert_eq!(repair(xml), None, "{xml}");
        }
    }

    #[test]
    fn thousands_of_open_cdata_sections_are_repaired_in_one_pass_over_the_document() {
        let xml = format!("<a>{}]]></a>", "<d><![CDATA[x</d>\n".repeat(50_000));
        let started = std::time::Instant::now();
        let repaired = repair(&xml).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert!(
            repaired.notes[0]
                .to_string()
                .starts_with("50000 CDATA sections left open (lines 1, 2, 3, 4, 5, …)")
        );
        assert!(
            repaired
                .xml
                .starts_with("<a><d><![CDATA[x]]></d>\n<d><![CDATA[x]]></d>")
        );
    }
}
