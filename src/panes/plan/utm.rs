//! The UTM link builder: a landing page plus a campaign's UTM tags, as the link to paste in posts.

use crate::i18n::{Arg, Lang};
use crate::panes::form::{Form, FormField};
use crate::plan::Campaign;
use url::Url;

/// The builder's form, filled with `campaign`'s tags, worded in `lang`.
pub fn form(campaign: Option<&Campaign>, lang: Lang) -> Form {
    let tag = |get: fn(&Campaign) -> &str| campaign.map(get).unwrap_or("").to_string();
    let title = match campaign {
        Some(c) => lang.text_with(
            "plan-utm-title-campaign",
            &[("campaign", Arg::Text(&c.name))],
        ),
        None => lang.text("plan-utm-title"),
    };
    Form::new(
        title,
        vec![
            FormField::text("url", "url", "https://").labelled(lang.text("plan-utm-url")),
            FormField::text("utm_source", "utm_source", tag(|c| &c.utm_source)),
            FormField::text("utm_medium", "utm_medium", tag(|c| &c.utm_medium)),
            FormField::text("utm_campaign", "utm_campaign", tag(|c| &c.utm_campaign)),
            FormField::text("utm_content", "utm_content", "")
                .labelled(lang.text("plan-utm-content")),
        ],
    )
}

/// The link built from the form, or what is wrong with the landing page (in `lang`).
pub fn from_form(form: &Form, lang: Lang) -> Result<String, String> {
    let tags: Vec<(&str, String)> = ["utm_source", "utm_medium", "utm_campaign", "utm_content"]
        .into_iter()
        .map(|key| (key, form.text(key).trim().to_string()))
        .collect();
    build(form.text("url").trim(), &tags, lang)
}

/// The form's note: what is wrong with the landing page, or nothing once the link can be built.
pub fn preview(form: &Form, lang: Lang) -> Option<String> {
    from_form(form, lang).err()
}

/// `base` with the non-empty `tags` set as query parameters (replacing any already there);
/// only http and https landing pages are accepted (the mistake worded in `lang`).
pub fn build(base: &str, tags: &[(&str, String)], lang: Lang) -> Result<String, String> {
    let mut url = Url::parse(base).map_err(|_| {
        let shown = crate::text::sanitize_line(base);
        lang.text_with("plan-utm-not-a-link", &[("link", Arg::Text(&shown))])
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(lang.text("plan-utm-not-http"));
    }
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| !tags.iter().any(|(tag, _)| key == tag))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    {
        let mut query = url.query_pairs_mut();
        query.clear();
        for (key, value) in &kept {
            query.append_pair(key, value);
        }
        for (key, value) in tags.iter().filter(|(_, v)| !v.is_empty()) {
            query.append_pair(key, value);
        }
    }
    if url.query() == Some("") {
        url.set_query(None);
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(source: &str, campaign: &str) -> Vec<(&'static str, String)> {
        vec![
            ("utm_source", source.to_string()),
            ("utm_medium", "social".to_string()),
            ("utm_campaign", campaign.to_string()),
            ("utm_content", String::new()),
        ]
    }

    #[test]
    fn tags_are_appended_encoded_and_empty_ones_left_out() {
        let link = build(
            "https://cafelanora.es/menu",
            &tags("instagram", "otoño ñora & co"),
            Lang::En,
        )
        .unwrap();
        assert_eq!(
            link,
            "https://cafelanora.es/menu?utm_source=instagram&utm_medium=social&utm_campaign=oto%C3%B1o+%C3%B1ora+%26+co"
        );
    }

    #[test]
    fn existing_parameters_are_kept_and_old_utm_tags_replaced() {
        let link = build(
            "https://shop.example/p?id=7&utm_source=old#reviews",
            &tags("x", "launch"),
            Lang::En,
        )
        .unwrap();
        assert_eq!(
            link,
            "https://shop.example/p?id=7&utm_source=x&utm_medium=social&utm_campaign=launch#reviews"
        );
    }

    #[test]
    fn only_http_and_https_landing_pages_are_accepted() {
        assert!(build("javascript:alert(1)", &tags("x", "y"), Lang::En).is_err());
        assert!(build("ftp://files.example/a", &tags("x", "y"), Lang::En).is_err());
        assert!(build("cafelanora.es", &tags("x", "y"), Lang::En).is_err());
    }
}
