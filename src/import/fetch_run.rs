//! One fetch of every configured feed through the stored listening rules, for `cmdeck fetch` and
//! the desk alike: each feed's line goes to `progress` as it finishes, then a closing line says
//! how it went. It does not decide what an empty feed list means; its callers do.

use super::fetch::{FetchSummary, fetch_all};
use super::rules::LocalRules;
use crate::config::FeedConfig;
use crate::db::{Db, DbError};
use crate::i18n::{Arg, Lang};
use chrono::{DateTime, Utc};

/// Fetches `feeds`, calling `progress` with each feed's line, then returns the closing line:
/// `Ok` when at least one feed worked, `Err` when none did (the progress lines said why). Every
/// line is in `lang`.
pub fn fetch_feeds(
    db: &mut Db,
    feeds: &[FeedConfig],
    now: DateTime<Utc>,
    lang: Lang,
    progress: &mut dyn FnMut(&str),
) -> Result<Result<String, String>, DbError> {
    let rules = LocalRules::new(&db.rule_terms()?);
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    let summary = fetch_all(db, feeds, &classify, now, lang, progress)?;
    Ok(closing(lang, &summary))
}

/// The closing line: how many feeds worked and what was added, or that none worked.
fn closing(lang: Lang, summary: &FetchSummary) -> Result<String, String> {
    let number = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let total = number(summary.worked + summary.failed);
    let shown_total = crate::i18n::count(lang, total);
    if summary.worked == 0 {
        return Err(lang.text_with(
            "fetch-none-worked",
            &[
                ("total", Arg::Count(total)),
                ("shown", Arg::Text(&shown_total)),
            ],
        ));
    }
    let added = number(summary.added);
    Ok(lang.text_with(
        "fetch-closing",
        &[
            (
                "worked",
                Arg::Text(&crate::i18n::count(lang, number(summary.worked))),
            ),
            ("total", Arg::Count(total)),
            ("shown", Arg::Text(&shown_total)),
            ("added", Arg::Count(added)),
            ("added_shown", Arg::Text(&crate::i18n::count(lang, added))),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closing_line_counts_feeds_and_new_mentions_in_either_language() {
        let mixed = FetchSummary {
            worked: 1,
            failed: 1,
            added: 1,
        };
        assert_eq!(
            closing(Lang::En, &mixed),
            Ok("1 of 2 feeds read, 1 new mention.".to_string())
        );
        assert_eq!(
            closing(Lang::Es, &mixed),
            Ok("1 de 2 feeds leídos, 1 mención nueva.".to_string())
        );
        let many = FetchSummary {
            worked: 3,
            failed: 0,
            added: 1234,
        };
        assert_eq!(
            closing(Lang::Es, &many),
            Ok("3 de 3 feeds leídos, 1.234 menciones nuevas.".to_string())
        );
    }

    #[test]
    fn a_fetch_where_no_feed_worked_says_so_in_either_language() {
        let none = FetchSummary {
            worked: 0,
            failed: 2,
            added: 0,
        };
        assert_eq!(
            closing(Lang::En, &none),
            Err("none of the 2 feeds could be read".to_string())
        );
        assert_eq!(
            closing(Lang::Es, &none),
            Err("no se ha podido leer ninguno de los 2 feeds".to_string())
        );
    }
}
