//! The first element of a document and its doctype, found by skipping the prolog (white space, a
//! byte-order mark, processing instructions, comments, `<!DOCTYPE …>`) without parsing the rest:
//! enough to tell a feed from a web page or another XML document, and to read a pseudo-attribute.

/// The document type and the first element of a document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prolog<'a> {
    /// The name the `<!DOCTYPE …>` gives, if there is one before the first element.
    pub doctype: Option<&'a str>,
    /// The first element's start tag.
    pub root: Option<StartTag<'a>>,
}

/// An element's start tag as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartTag<'a> {
    /// Its name with any prefix (`rdf:RDF`).
    pub name: &'a str,
    /// What follows the name up to `>` (the attributes, maybe a closing `/`).
    pub attributes: &'a str,
    /// Where the tag starts in the text (its `<`).
    pub at: usize,
}

impl StartTag<'_> {
    /// The name without its prefix (`RDF` for `rdf:RDF`).
    pub fn local_name(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or(self.name)
    }
}

/// Whether a character may be part of an XML name (a loose test: letters, digits, `_ : . -`).
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | ':' | '.' | '-')
}

/// The doctype and first element of `text`; what is missing (no element, a prolog cut short) is
/// `None`.
pub fn prolog(text: &str) -> Prolog<'_> {
    let mut found = Prolog::default();
    let mut at = 0;
    loop {
        let Some(offset) = text[at..].find(|c: char| !c.is_whitespace() && c != '\u{FEFF}') else {
            return found;
        };
        at += offset;
        let rest = &text[at..];
        let skip_to = |end: &str| rest.find(end).map(|e| at + e + end.len());
        let next = if rest.starts_with("<?") {
            skip_to("?>")
        } else if rest.starts_with("<!--") {
            skip_to("-->")
        } else if rest
            .get(..9)
            .is_some_and(|start| start.eq_ignore_ascii_case("<!DOCTYPE"))
        {
            let body = rest[9..].trim_start();
            let end = body.find(|c: char| !is_name_char(c)).unwrap_or(body.len());
            found.doctype = Some(&body[..end]);
            doctype_end(rest).map(|end| at + end)
        } else {
            found.root = start_tag(text, at);
            return found;
        };
        match next {
            Some(next) => at = next,
            None => return found,
        }
    }
}

/// Where the `<!DOCTYPE …>` that starts `rest` ends (past its `>`), its internal subset
/// (`[<!ENTITY …>]`) included.
fn doctype_end(rest: &str) -> Option<usize> {
    let open = rest.find(['[', '>'])?;
    let from = if rest[open..].starts_with('[') {
        open + rest[open..].find(']')?
    } else {
        open
    };
    rest[from..].find('>').map(|end| from + end + 1)
}

/// The start tag that begins at `at`, if an element starts there.
fn start_tag(text: &str, at: usize) -> Option<StartTag<'_>> {
    let after = text[at..].strip_prefix('<')?;
    let name_end = after
        .find(|c: char| !is_name_char(c))
        .unwrap_or(after.len());
    let name = &after[..name_end];
    if !name.starts_with(|c: char| c.is_alphabetic() || c == '_') {
        return None;
    }
    let rest = &after[name_end..];
    let mut quote = None;
    let end = rest.char_indices().find_map(|(i, c)| {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), c) if c == open => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
        None
    })?;
    Some(StartTag {
        name,
        attributes: &rest[..end],
        at,
    })
}

/// The value of the (pseudo-)attribute `name` in a tag's or declaration's `body`
/// (`version="1.0" encoding='latin1'`), without its quotes; `None` when it is not there.
pub fn attribute<'a>(body: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    attribute_at(body, name).map(|(_, value)| value)
}

/// Where the (pseudo-)attribute `name` starts in `body`, and its value without its quotes.
pub fn attribute_at<'a>(body: &'a [u8], name: &[u8]) -> Option<(usize, &'a [u8])> {
    if name.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(found) = body
        .get(from..)
        .and_then(|rest| rest.windows(name.len()).position(|w| w == name))
    {
        let at = from + found;
        from = at + name.len();
        let starts_word = at == 0 || body[at - 1].is_ascii_whitespace();
        let after = body[at + name.len()..].trim_ascii_start();
        let Some(value) = after.strip_prefix(b"=").map(<[u8]>::trim_ascii_start) else {
            continue;
        };
        let Some(quote) = value.first().copied().filter(|q| matches!(q, b'"' | b'\'')) else {
            continue;
        };
        if !starts_word {
            continue;
        }
        let value = &value[1..];
        let end = value.iter().position(|b| *b == quote)?;
        return Some((at, value[..end].trim_ascii()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{attribute, prolog};

    #[test]
    fn the_prolog_is_skipped_up_to_the_first_element() {
        let text = "\u{FEFF}\n<?xml-stylesheet href=\"a.xsl\"?><!-- <rss> --><!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss version=\"2.0\" a='>'><channel/></rss>";
        let found = prolog(text);
        assert_eq!(found.doctype, Some("rss"));
        let root = found.root.unwrap();
        assert_eq!(
            (root.name, root.attributes),
            ("rss", " version=\"2.0\" a='>'")
        );
        let rdf = prolog("<rdf:RDF xmlns:rdf=\"x\">").root.unwrap();
        assert_eq!(rdf.local_name(), "RDF");
    }

    #[test]
    fn a_web_page_names_its_doctype_and_text_names_no_element() {
        assert_eq!(
            prolog("<!doctype html><html lang=es>").doctype,
            Some("html")
        );
        assert_eq!(prolog("hola <rss>").root, None);
        assert_eq!(prolog("<!-- sin cerrar").root, None);
        assert_eq!(prolog("").root, None);
    }

    #[test]
    fn an_attribute_is_read_whole_and_only_under_its_own_name() {
        let body = b" xmlns:version=\"no\" data-version='x' version = '0.94' ";
        assert_eq!(attribute(body, b"version"), Some(b"0.94".as_slice()));
        assert_eq!(
            attribute(b" encoding=\"Big5\"?", b"encoding"),
            Some(b"Big5".as_slice())
        );
        assert_eq!(attribute(b" version=2.0", b"version"), None);
        assert_eq!(attribute(b"", b"version"), None);
    }
}
