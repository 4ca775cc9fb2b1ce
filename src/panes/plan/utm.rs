//! The UTM link builder: a landing page plus a campaign's UTM tags, as the link to paste in posts.

use crate::panes::form::{Form, FormField};
use crate::plan::Campaign;
use url::Url;

/// The builder's form, filled with `campaign`'s tags.
pub fn form(campaign: Option<&Campaign>) -> Form {
    let tag = |get: fn(&Campaign) -> &str| campaign.map(get).unwrap_or("").to_string();
    let title = match campaign {
        Some(c) => format!("UTM link — {} · the link shows below as you type", c.name),
        None => "UTM link · the link shows below as you type".to_string(),
    };
    Form::new(
        title,
        vec![
            FormField::text("url", "Landing page (https://…)", "https://"),
            FormField::text("utm_source", "utm_source", tag(|c| &c.utm_source)),
            FormField::text("utm_medium", "utm_medium", tag(|c| &c.utm_medium)),
            FormField::text("utm_campaign", "utm_campaign", tag(|c| &c.utm_campaign)),
            FormField::text("utm_content", "utm_content (optional)", ""),
        ],
    )
}

/// The link built from the form, or what is wrong with the landing page.
pub fn from_form(form: &Form) -> Result<String, String> {
    let tags: Vec<(&str, String)> = ["utm_source", "utm_medium", "utm_campaign", "utm_content"]
        .into_iter()
        .map(|key| (key, form.text(key).trim().to_string()))
        .collect();
    build(form.text("url").trim(), &tags)
}

/// The form's note: what is wrong with the landing page, or nothing once the link can be built.
pub fn preview(form: &Form) -> Option<String> {
    from_form(form).err()
}

/// `base` with the non-empty `tags` set as query parameters (replacing any already there);
/// only http and https landing pages are accepted.
pub fn build(base: &str, tags: &[(&str, String)]) -> Result<String, String> {
    let mut url = Url::parse(base).map_err(|_| format!("`{base}` is not a full link"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err("the landing page must be an http or https link".into());
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
        )
        .unwrap();
        assert_eq!(
            link,
            "https://shop.example/p?id=7&utm_source=x&utm_medium=social&utm_campaign=launch#reviews"
        );
    }

    #[test]
    fn only_http_and_https_landing_pages_are_accepted() {
        assert!(build("javascript:alert(1)", &tags("x", "y")).is_err());
        assert!(build("ftp://files.example/a", &tags("x", "y")).is_err());
        assert!(build("cafelanora.es", &tags("x", "y")).is_err());
    }
}
