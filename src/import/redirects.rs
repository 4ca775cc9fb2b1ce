//! The links of well-known redirectors (Google Alerts' `google.com/url`, Facebook's `l.php`,
//! Reddit's `out.reddit.com`…) unwrapped to the address they lead to, read from the link's own
//! query: a pure function over a table, which never fetches anything. Only an http(s) target is
//! ever given back; anything else leaves the link as it was.

use percent_encoding::percent_decode_str;
use url::Url;

/// How many redirectors wrapped in one another are unwrapped, at most.
const MAX_DEPTH: usize = 4;

/// Which hosts a redirector answers on.
enum Hosts {
    /// Exactly these host names.
    Named(&'static [&'static str]),
    /// Google on any of its country domains (`google.com`, `www.google.es`, `google.co.uk`…).
    Google,
}

/// One redirector: its hosts, its path (`None`: any path) and the query parameters that hold
/// the target, tried in order.
struct Redirector {
    hosts: Hosts,
    path: Option<&'static str>,
    targets: &'static [&'static str],
}

/// The redirectors unwrapped.
const REDIRECTORS: &[Redirector] = &[
    Redirector {
        hosts: Hosts::Google,
        path: Some("/url"),
        targets: &["url", "q"],
    },
    Redirector {
        hosts: Hosts::Named(&["l.facebook.com", "lm.facebook.com", "l.messenger.com"]),
        path: Some("/l.php"),
        targets: &["u"],
    },
    Redirector {
        hosts: Hosts::Named(&["l.instagram.com"]),
        path: Some("/"),
        targets: &["u"],
    },
    Redirector {
        hosts: Hosts::Named(&["out.reddit.com"]),
        path: None,
        targets: &["url"],
    },
    Redirector {
        hosts: Hosts::Named(&["www.youtube.com", "youtube.com", "m.youtube.com"]),
        path: Some("/redirect"),
        targets: &["q"],
    },
    Redirector {
        hosts: Hosts::Named(&["www.linkedin.com", "linkedin.com"]),
        path: Some("/redir/redirect"),
        targets: &["url"],
    },
    Redirector {
        hosts: Hosts::Named(&["www.bing.com", "bing.com"]),
        path: Some("/news/apiclick.aspx"),
        targets: &["url"],
    },
    Redirector {
        hosts: Hosts::Named(&["duckduckgo.com"]),
        path: Some("/l/"),
        targets: &["uddg"],
    },
    Redirector {
        hosts: Hosts::Named(&["t.umblr.com"]),
        path: Some("/redirect"),
        targets: &["z"],
    },
    Redirector {
        hosts: Hosts::Named(&["vk.com", "m.vk.com"]),
        path: Some("/away.php"),
        targets: &["to"],
    },
];

/// Whether `host` is Google's: `google.` (after an optional `www.`) then `com`, a two-letter
/// country, or `com.` / `co.` and a two-letter country.
fn is_google(host: &str) -> bool {
    let host = host.strip_prefix("www.").unwrap_or(host);
    let Some(country) = host.strip_prefix("google.") else {
        return false;
    };
    let two_letters = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase());
    country == "com"
        || two_letters(country)
        || ["com.", "co."]
            .iter()
            .any(|prefix| country.strip_prefix(prefix).is_some_and(two_letters))
}

impl Redirector {
    /// Whether `link` is one of this redirector's links.
    fn serves(&self, link: &Url) -> bool {
        let host = link.host_str().unwrap_or_default();
        let host_fits = match self.hosts {
            Hosts::Named(names) => names.contains(&host),
            Hosts::Google => is_google(host),
        };
        host_fits
            && self
                .path
                .is_none_or(|path| link.path().eq_ignore_ascii_case(path))
    }

    /// The target this redirector's `link` names, if it names an http(s) one.
    fn target(&self, link: &Url) -> Option<Url> {
        let query = link.query()?;
        self.targets.iter().find_map(|wanted| {
            query.split('&').find_map(|pair| {
                let (name, value) = pair.split_once('=')?;
                (name == *wanted).then(|| web_address(value))?
            })
        })
    }
}

/// The http(s) address a query value holds once percent-decoded, if it holds one.
fn web_address(value: &str) -> Option<Url> {
    let decoded = percent_decode_str(value).decode_utf8().ok()?;
    let target = Url::parse(decoded.trim()).ok()?;
    (matches!(target.scheme(), "http" | "https") && target.host_str().is_some()).then_some(target)
}

/// The address a well-known redirector's `link` leads to, unwrapping redirectors wrapped in one
/// another; `None` when `link` is no such link or what it leads to is not an http(s) address.
pub fn redirect_target(link: &str) -> Option<Url> {
    let mut current = Url::parse(link.trim()).ok()?;
    let mut found = None;
    for _ in 0..MAX_DEPTH {
        let Some(next) = REDIRECTORS
            .iter()
            .find(|redirector| redirector.serves(&current))
            .and_then(|redirector| redirector.target(&current))
        else {
            break;
        };
        found = Some(next.clone());
        current = next;
    }
    found
}

/// `link` itself, or the address it leads to when it is a well-known redirector's link.
pub fn unwrapped(link: &str) -> String {
    redirect_target(link).map_or_else(|| link.to_string(), String::from)
}

#[cfg(test)]
mod tests {
    use super::{redirect_target, unwrapped};
    use proptest::prelude::*;

    #[test]
    fn a_google_alerts_link_leads_to_the_percent_decoded_article_address() {
        let link = "https://www.google.com/url?rct=j&sa=t&url=https://example.test/post%3Fa%3D1%26b%3D%C3%B1&ct=ga&cd=CAIyHGU4ZTJk&usg=AFQjCNHU";
        assert_eq!(unwrapped(link), "https://example.test/post?a=1&b=%C3%B1");
        assert_eq!(
            unwrapped("https://www.google.es/url?q=https://noticias.example/a&sa=U"),
            "https://noticias.example/a"
        );
    }

    #[test]
    fn the_well_known_redirectors_lead_to_their_target() {
        for (link, target) in [
            (
                "https://l.facebook.com/l.php?u=https%3A%2F%2Fcafe.example%2Fcarta&h=AT0",
                "https://cafe.example/carta",
            ),
            (
                "https://lm.facebook.com/l.php?u=http%3A%2F%2Fcafe.example%2F",
                "http://cafe.example/",
            ),
            (
                "https://l.instagram.com/?u=https%3A%2F%2Fcafe.example%2Fbio&e=AT1",
                "https://cafe.example/bio",
            ),
            (
                "https://out.reddit.com/t3_abc?url=https%3A%2F%2Fcafe.example%2Fr&token=x",
                "https://cafe.example/r",
            ),
            (
                "https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Fcafe.example%2Fyt",
                "https://cafe.example/yt",
            ),
            (
                "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fcafe.example%2Fli&urlhash=x",
                "https://cafe.example/li",
            ),
            (
                "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&url=https%3a%2f%2fcafe.example%2fb&c=1",
                "https://cafe.example/b",
            ),
        ] {
            assert_eq!(unwrapped(link), target, "{link}");
        }
    }

    #[test]
    fn a_redirector_wrapped_in_another_is_unwrapped_too() {
        let inner = "https://l.facebook.com/l.php?u=https%3A%2F%2Fcafe.example%2Fdentro";
        let outer = format!(
            "https://www.google.com/url?url={}",
            percent_encoding::utf8_percent_encode(inner, percent_encoding::NON_ALPHANUMERIC)
        );
        assert_eq!(unwrapped(&outer), "https://cafe.example/dentro");
    }

    #[test]
    fn a_link_that_is_no_redirect_or_leads_nowhere_safe_is_kept_as_it_is() {
        for link in [
            "https://news.example/1",
            "https://www.google.com/search?q=https://cafe.example/",
            "https://www.google.com/url?url=javascript:alert(1)",
            "https://www.google.com/url?url=file:///etc/passwd",
            "https://www.google.com/url?url=not%20a%20link",
            "https://www.google.evil.example/url?url=https://cafe.example/",
            "https://l.facebook.com/l.php",
            "not a url",
        ] {
            assert_eq!(unwrapped(link), link);
            assert_eq!(redirect_target(link), None, "{link}");
        }
    }

    proptest! {
        /// Whatever a redirector's link holds, what it is unwrapped to is an http(s) address.
        #[test]
        fn the_unwrapper_never_gives_back_an_address_that_is_not_http_or_https(
            redirector in prop::sample::select(vec![
                "https://www.google.com/url?url=", "https://l.facebook.com/l.php?u=",
                "https://out.reddit.com/x?url=", "https://www.youtube.com/redirect?q=",
                "https://www.google.com/url?q=https://www.google.com/url?url=",
            ]),
            scheme in prop::sample::select(vec![
                "https://", "http://", "javascript:", "data:", "file://", "ftp://", "mailto:",
                "HTTPS://", "", "%68ttps://", "//",
            ]),
            rest in "[ -~]{0,40}",
        ) {
            let link = format!("{redirector}{scheme}{rest}");
            if let Some(target) = redirect_target(&link) {
                prop_assert!(matches!(target.scheme(), "http" | "https"), "{target}");
            }
            let kept = unwrapped(&link);
            prop_assert!(kept == link || kept.starts_with("http://") || kept.starts_with("https://"));
        }

        /// Any text at all gives an answer without a panic.
        #[test]
        fn any_text_is_unwrapped_or_kept_without_a_panic(link in any::<String>()) {
            let _ = unwrapped(&link);
        }
    }
}
