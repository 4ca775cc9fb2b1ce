//! The closed vocabularies of cmdeck (networks, statuses, roles, sentiment…) with their stored names.

use std::fmt;

/// Declares an enum whose variants are stored in SQLite and config files by a fixed lowercase name.
macro_rules! stored_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* #[doc = concat!("Stored as `", $text, "`.")] $variant),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name under which this value is stored.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The word a person reads for this value, in `lang` (from the catalogue's
            #[doc = concat!("`value-", stringify!($name), "`).")]
            pub fn word(self, lang: crate::i18n::Lang) -> String {
                lang.text_with(
                    concat!("value-", stringify!($name)),
                    &[("value", crate::i18n::Arg::Text(self.as_str()))],
                )
            }

            /// Reads a stored name back; `None` when the name is unknown.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(text).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(format!("unknown {} `{}`", stringify!($name), text).into())
                })
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }
    };
}

stored_enum!(
    /// A social network or publishing channel family.
    Network {
        X => "x", Bluesky => "bluesky", Mastodon => "mastodon", Threads => "threads",
        Instagram => "instagram", LinkedIn => "linkedin", Facebook => "facebook", TikTok => "tiktok",
        YouTube => "youtube", Email => "email", Web => "web", Other => "other",
    }
);

impl Priority {
    /// The next priority up, wrapping from urgent back to low (the `P` key's cycle).
    pub fn next(self) -> Priority {
        match self {
            Priority::Low => Priority::Normal,
            Priority::Normal => Priority::High,
            Priority::High => Priority::Urgent,
            Priority::Urgent => Priority::Low,
        }
    }
}

impl Sentiment {
    /// The next sentiment in the correction cycle: positive, neutral, negative, positive…
    pub fn next(self) -> Sentiment {
        match self {
            Sentiment::Positive => Sentiment::Neutral,
            Sentiment::Neutral => Sentiment::Negative,
            Sentiment::Negative => Sentiment::Positive,
        }
    }
}

impl Network {
    /// The network a mention's source names (`twitter` is X), when it names one; `reddit`,
    /// `news` or `google-alerts` name none.
    pub fn of_source(source: &str) -> Option<Network> {
        match crate::text::fold(source.trim()).as_str() {
            "twitter" | "x" => Some(Network::X),
            other => Network::parse(other),
        }
    }

    /// The default character limit of a post on this network (a channel may override it).
    pub fn default_char_limit(self) -> u32 {
        match self {
            Network::X => 280,
            Network::Bluesky => 300,
            Network::Mastodon | Network::Threads => 500,
            Network::Instagram | Network::TikTok => 2_200,
            Network::LinkedIn => 3_000,
            Network::Facebook => 63_206,
            Network::YouTube => 5_000,
            Network::Email | Network::Web | Network::Other => 10_000,
        }
    }

    /// A short label for narrow columns.
    pub fn short(self) -> &'static str {
        match self {
            Network::X => "X",
            Network::Bluesky => "BSky",
            Network::Mastodon => "Masto",
            Network::Threads => "Thrd",
            Network::Instagram => "IG",
            Network::LinkedIn => "LI",
            Network::Facebook => "FB",
            Network::TikTok => "TikT",
            Network::YouTube => "YT",
            Network::Email => "Mail",
            Network::Web => "Web",
            Network::Other => "Othr",
        }
    }
}

stored_enum!(
    /// Where a post stands on its way to the audience.
    PostStatus { Idea => "idea", Draft => "draft", Scheduled => "scheduled", Published => "published", Cancelled => "cancelled" }
);

impl PostStatus {
    /// A symbol that tells the status apart without relying on colour.
    pub fn symbol(self) -> &'static str {
        match self {
            PostStatus::Idea => "○",
            PostStatus::Draft => "◐",
            PostStatus::Scheduled => "◷",
            PostStatus::Published => "●",
            PostStatus::Cancelled => "✕",
        }
    }
}

stored_enum!(
    /// The tone of a message or mention: guessed automatically, correctable by the user.
    Sentiment { Positive => "positive", Neutral => "neutral", Negative => "negative" }
);

impl Sentiment {
    /// A symbol that tells the sentiment apart without relying on colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Sentiment::Positive => "+",
            Sentiment::Neutral => "·",
            Sentiment::Negative => "−",
        }
    }
}

stored_enum!(
    /// What sort of inbox item a message is; a `mention` is something said about the brand that
    /// listening heard (on the web, a forum or a network) and that is answered where it was said.
    MessageKind { Dm => "dm", Comment => "comment", Reply => "reply", Review => "review", Email => "email", Mention => "mention" }
);

stored_enum!(
    /// Where an inbox item stands on the way to inbox zero.
    MessageStatus { New => "new", Open => "open", Replied => "replied", Done => "done", Snoozed => "snoozed", Escalated => "escalated" }
);

impl MessageStatus {
    /// The states that still need an answer from the community manager.
    pub const WAITING: &'static [MessageStatus] = &[
        MessageStatus::New,
        MessageStatus::Open,
        MessageStatus::Escalated,
    ];
}

stored_enum!(
    /// How urgent an inbox item is.
    Priority { Low => "low", Normal => "normal", High => "high", Urgent => "urgent" }
);

stored_enum!(
    /// Where a mention stands in triage.
    MentionStatus { New => "new", Reviewed => "reviewed", Actioned => "actioned", Ignored => "ignored" }
);

stored_enum!(
    /// The part a person plays for the brand, from its best friends to its worst enemies.
    Role {
        Advocate => "advocate", Influencer => "influencer", Customer => "customer", Journalist => "journalist",
        Partner => "partner", Detractor => "detractor", Troll => "troll", Other => "other",
    }
);

impl Role {
    /// Whether people in this role belong on the watchlist rather than among the prescriptors.
    pub fn is_hostile(self) -> bool {
        matches!(self, Role::Detractor | Role::Troll)
    }
}

stored_enum!(
    /// What a listening rule listens for.
    RuleKind { Brand => "brand", Competitor => "competitor", Sector => "sector" }
);

stored_enum!(
    /// The metric an objective is measured by.
    Kpi {
        Followers => "followers", EngagementRate => "engagement_rate", PostsPublished => "posts_published",
        Reach => "reach", Mentions => "mentions", ShareOfVoice => "share_of_voice",
        PositiveShare => "positive_share", MedianFirstResponse => "median_first_response",
        AnsweredWithinTarget => "answered_within_target", ActivePrescriptors => "active_prescriptors",
        Conversions => "conversions", CostPerResult => "cost_per_result", Roi => "roi", Manual => "manual",
    }
);

impl Kpi {
    /// Whether a smaller value is the better one (response time, cost per result).
    pub fn lower_is_better(self) -> bool {
        matches!(self, Kpi::MedianFirstResponse | Kpi::CostPerResult)
    }

    /// What the user reads in lists and forms, in English (see [`Kpi::word`]).
    pub fn label(self) -> String {
        self.word(crate::i18n::Lang::En)
    }

    /// How the value is computed from the stored rows, shown next to the number, in `lang`.
    pub fn formula(self, lang: crate::i18n::Lang) -> String {
        lang.text_with(
            "kpi-formula",
            &[("kpi", crate::i18n::Arg::Text(self.as_str()))],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_name_reads_back_to_the_same_value() {
        for status in PostStatus::ALL {
            assert_eq!(PostStatus::parse(status.as_str()), Some(*status));
        }
        for network in Network::ALL {
            assert_eq!(Network::parse(network.as_str()), Some(*network));
        }
        for kpi in Kpi::ALL {
            assert_eq!(Kpi::parse(kpi.as_str()), Some(*kpi));
        }
        assert_eq!(Role::parse("villain"), None);
    }

    #[test]
    fn every_value_a_person_reads_has_its_word_in_both_languages() {
        use crate::i18n::Lang;
        for lang in Lang::ALL {
            let mut words: Vec<(String, String)> = Vec::new();
            macro_rules! all_words {
                ($($name:ident),*) => {$(
                    for value in $name::ALL {
                        words.push((value.as_str().to_string(), value.word(lang)));
                    }
                )*};
            }
            all_words!(
                Network,
                PostStatus,
                Sentiment,
                MessageKind,
                MessageStatus,
                Priority,
                MentionStatus,
                Role,
                RuleKind,
                Kpi
            );
            for kpi in Kpi::ALL {
                words.push((kpi.as_str().to_string(), kpi.formula(lang)));
            }
            for (value, word) in &words {
                assert!(
                    !word.is_empty() && !word.starts_with("value-") && !word.starts_with("kpi-"),
                    "{lang}: {value} reads {word:?}"
                );
            }
        }
        assert_eq!(PostStatus::Scheduled.word(Lang::Es), "programada");
        assert_eq!(Kpi::EngagementRate.word(Lang::Es), "tasa de interacción");
        assert_eq!(Kpi::EngagementRate.word(Lang::En), "engagement rate");
        let missing: Vec<String> = crate::i18n::missing_messages()
            .into_iter()
            .filter(|m| m.contains("value-") || m.contains("kpi-"))
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
    }

    #[test]
    fn status_symbols_are_distinct_so_colour_is_not_needed() {
        let mut symbols: Vec<_> = PostStatus::ALL.iter().map(|s| s.symbol()).collect();
        symbols.sort();
        symbols.dedup();
        assert_eq!(symbols.len(), PostStatus::ALL.len());
    }
}
