//! Feed HTML to plain text: tags dropped (with what `<script>` and `<style>` hold), character
//! references decoded (numeric ones and the common named ones; an unknown name is kept as
//! written), and every run of white space collapsed into one space.

/// The named references feeds use most, besides the five of XML.
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("aacute", "á"),
    ("eacute", "é"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("Aacute", "Á"),
    ("Eacute", "É"),
    ("Iacute", "Í"),
    ("Oacute", "Ó"),
    ("Uacute", "Ú"),
    ("ntilde", "ñ"),
    ("Ntilde", "Ñ"),
    ("uuml", "ü"),
    ("Uuml", "Ü"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("hellip", "…"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("euro", "€"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("middot", "·"),
    ("bull", "•"),
];

/// Decodes one reference body (`amp`, `#233`, `#xE9`); `None` when it is not one.
fn reference(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code)
            .filter(|c| *c != '\0')
            .map(String::from);
    }
    NAMED
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, text)| (*text).to_string())
}

/// Decodes the character references of `text`, once (`&amp;lt;` becomes `&lt;`).
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        match end.and_then(|end| reference(&after[..end]).map(|text| (end, text))) {
            Some((end, decoded)) => {
                out.push_str(&decoded);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Drops the tags of `html`, and the content of `script` and `style` elements.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let starts_tag = tag[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        if !starts_tag {
            out.push('<');
            rest = &tag[1..];
            continue;
        }
        let Some(end) = tag.find('>') else {
            rest = "";
            break;
        };
        let lower = tag[..end].to_ascii_lowercase();
        out.push(' ');
        rest = &tag[end + 1..];
        for element in ["script", "style"] {
            if lower.starts_with(&format!("<{element}")) {
                let close = format!("</{element}");
                rest = match rest.to_ascii_lowercase().find(&close) {
                    Some(close_at) => &rest[close_at..],
                    None => "",
                };
            }
        }
    }
    out.push_str(rest);
    out
}

/// Collapses every run of white space into one space and trims the ends.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Turns feed HTML (or plain text) into one line of plain text.
pub fn to_plain(html: &str) -> String {
    collapse(&decode_entities(&strip_tags(html)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_entities_are_decoded_and_spaces_collapse() {
        assert_eq!(
            to_plain("<p>Caf&eacute; &amp; t&#233;</p>\n\n<br/><b>¡Ol&#xE1;!</b>&nbsp;x"),
            "Café & té ¡Olá! x"
        );
        assert_eq!(
            to_plain("a <script>alert(1)</script>b<style>p{}</style>"),
            "a b"
        );
        assert_eq!(
            to_plain("1 < 2 & 3 > 2 &unknown; &lt;b&gt;"),
            "1 < 2 & 3 > 2 &unknown; <b>"
        );
    }
}
