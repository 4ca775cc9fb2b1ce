//! HTML as the networks and feeds write it (Mastodon's `content`, an RSS `description`, an Atom
//! `content`, Google Alerts' `<b>` around the words it matched), turned into the plain text a
//! person reads: inline markup joins without spaces, so `#<span>k8s</span>` stays `#k8s` and a
//! link split by Mastodon's hidden spans stays one address; blocks (paragraphs, list items,
//! headings, table cells…) and line breaks become line breaks, or one space on one line;
//! entities are read. Tokenized by `html5gum`, which recovers from broken markup as browsers do.

use html5gum::{Token, Tokenizer};

/// The plain text of an HTML fragment.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut skipping: Option<Vec<u8>> = None;
    for Ok(token) in Tokenizer::new(html) {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if skipping.is_some() {
                    continue;
                }
                match name.as_slice() {
                    b"script" | b"style" => skipping = Some(name),
                    b"br" => out.push('\n'),
                    b"td" | b"th" | b"img" => separate(&mut out),
                    block if is_block(block) => paragraph_break(&mut out),
                    _ => {}
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if skipping.as_deref() == Some(name.as_slice()) {
                    skipping = None;
                } else if skipping.is_none() && is_block(&name) {
                    paragraph_break(&mut out);
                }
            }
            Token::String(text) if skipping.is_none() => {
                out.push_str(&String::from_utf8_lossy(&text.value));
            }
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The same text on one line: every run of white space (line breaks too) becomes one space.
pub fn html_to_line(html: &str) -> String {
    collapse_spaces(&html_to_text(html))
}

/// Collapses every run of white space into one space and trims the ends.
pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether an element is a block, which starts and ends on a line of its own.
fn is_block(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"div"
            | b"li"
            | b"ul"
            | b"ol"
            | b"dl"
            | b"dt"
            | b"dd"
            | b"blockquote"
            | b"pre"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"hr"
            | b"table"
            | b"tr"
            | b"section"
            | b"article"
            | b"header"
            | b"footer"
            | b"aside"
            | b"nav"
            | b"figure"
            | b"figcaption"
            | b"address"
    )
}

/// Ends the text so far with a space, so what follows (the next table cell, the text after an
/// image) is not glued to it.
fn separate(out: &mut String) {
    if !out.is_empty() && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
}

/// Ends the text so far with one empty line, unless it is empty or already ends so.
fn paragraph_break(out: &mut String) {
    if out.trim().is_empty() {
        out.clear();
        return;
    }
    while out.ends_with([' ', '\n']) {
        out.pop();
    }
    out.push_str("\n\n");
}

#[cfg(test)]
mod tests {
    use super::{html_to_line, html_to_text};

    #[test]
    fn a_mastodon_hashtag_and_a_link_split_by_hidden_spans_stay_whole() {
        let html = r#"<p>Nuevo en <a href="https://mastodon.social/tags/k8s" class="mention hashtag" rel="tag">#<span>k8s</span></a>: <a href="https://github.com/kubernetes/kubernetes/pull/1" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://</span><span class="ellipsis">github.com/kubernetes/kubernet</span><span class="invisible">es/pull/1</span></a></p>"#;
        assert_eq!(
            html_to_text(html),
            "Nuevo en #k8s: https://github.com/kubernetes/kubernetes/pull/1"
        );
    }

    #[test]
    fn paragraphs_and_line_breaks_become_line_breaks_and_entities_are_read() {
        let html = "<p>Caf&eacute; &amp; tostadas<br />desde las 8</p><p>&lt;3 <span class=\"h-card\"><a href=\"https://x.y/@ana\" class=\"u-url mention\">@<span>ana</span></a></span></p>";
        assert_eq!(
            html_to_text(html),
            "Café & tostadas\ndesde las 8\n\n<3 @ana"
        );
    }

    #[test]
    fn scripts_styles_and_broken_markup_leave_only_the_text() {
        assert_eq!(
            html_to_text("<p>hola<script>alert(1)</script><style>p{}</style> <b>mundo"),
            "hola mundo"
        );
        assert_eq!(html_to_text("texto sin etiquetas"), "texto sin etiquetas");
        assert_eq!(html_to_text("<p></p>"), "");
    }

    #[test]
    fn blocks_and_cells_are_kept_apart_and_a_line_joins_them_with_spaces() {
        let html = "<h4>Titular</h4>Texto<ul><li>uno</li><li>dos</li></ul><table><tr><td>a</td><td>b</td></tr></table><div>fin</div>tras<img src=x>foto";
        assert_eq!(
            html_to_text(html),
            "Titular\n\nTexto\n\nuno\n\ndos\n\na b\n\nfin\n\ntras foto"
        );
        assert_eq!(
            html_to_line(html),
            "Titular Texto uno dos a b fin tras foto"
        );
    }

    #[test]
    fn google_alerts_bold_words_read_as_the_words_around_them() {
        assert_eq!(
            html_to_line("Recode Daily: <b>Slack</b> has a Snap problem&nbsp;..."),
            "Recode Daily: Slack has a Snap problem ..."
        );
        assert_eq!(html_to_line("la <b>ñora</b>,&nbsp;"), "la ñora,");
    }
}
