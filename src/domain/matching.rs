//! Finding a channel, pillar or campaign from what a person types on the command line: a channel by
//! network (`instagram`), handle (`@cafelanora`) or both (`x:@cafelanora`); a name by its folded
//! spelling (case and accents ignored). Errors name what exists, so the next try can succeed.

use crate::domain::Network;
use crate::domain::post::ChannelInfo;
use crate::i18n::{Arg, Lang};
use crate::text::fold;

/// How a channel is written unambiguously: `x:@cafelanora`.
pub fn channel_key(channel: &ChannelInfo) -> String {
    format!("{}:{}", channel.network, channel.handle)
}

/// Reads a network by its stored name or its short label, ignoring case (`instagram`, `IG`).
fn network(text: &str) -> Option<Network> {
    let text = text.trim().to_lowercase();
    Network::ALL
        .iter()
        .copied()
        .find(|n| n.as_str() == text || n.short().to_lowercase() == text)
}

/// Whether a typed handle names a channel's handle; case and a leading `@` are ignored.
fn same_handle(typed: &str, handle: &str) -> bool {
    let typed = typed.trim().trim_start_matches('@');
    let handle = handle.trim().trim_start_matches('@');
    !typed.is_empty() && typed.to_lowercase() == handle.to_lowercase()
}

/// Why a typed `CHANNEL` means no channel, or several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChannelMiss {
    /// There are no channels at all yet.
    NoChannels,
    /// None matches; every channel's key (`x:@cafelanora`).
    NoneMatches(Vec<String>),
    /// Several match; their keys.
    Several(Vec<String>),
}

/// Finds the one channel a typed `CHANNEL` means, or says why there is not exactly one.
pub fn find_channel<'a>(
    typed: &str,
    channels: &'a [ChannelInfo],
) -> Result<&'a ChannelInfo, String> {
    find_channel_in(typed, channels, Lang::En)
}

/// [`find_channel`], saying why in `lang`.
pub fn find_channel_in<'a>(
    typed: &str,
    channels: &'a [ChannelInfo],
    lang: Lang,
) -> Result<&'a ChannelInfo, String> {
    find_channel_or_miss(typed, channels).map_err(|miss| {
        let (key, keys) = match &miss {
            ChannelMiss::NoChannels => ("channel-typed-none-yet", Vec::new()),
            ChannelMiss::NoneMatches(keys) => ("channel-typed-unknown", keys.clone()),
            ChannelMiss::Several(keys) => ("channel-typed-several", keys.clone()),
        };
        lang.text_with(
            key,
            &[
                ("typed", Arg::Text(typed)),
                ("channels", Arg::Text(&keys.join(", "))),
            ],
        )
    })
}

/// [`find_channel`], the miss kept as facts for its caller to word.
pub fn find_channel_or_miss<'a>(
    typed: &str,
    channels: &'a [ChannelInfo],
) -> Result<&'a ChannelInfo, ChannelMiss> {
    let prefixed = typed
        .split_once(':')
        .and_then(|(net, handle)| network(net).map(|net| (net, handle)));
    let matches: Vec<&ChannelInfo> = channels
        .iter()
        .filter(|c| match prefixed {
            Some((net, handle)) => c.network == net && same_handle(handle, &c.handle),
            None => network(typed) == Some(c.network) || same_handle(typed, &c.handle),
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] if channels.is_empty() => Err(ChannelMiss::NoChannels),
        [] => Err(ChannelMiss::NoneMatches(
            channels.iter().map(channel_key).collect(),
        )),
        several => Err(ChannelMiss::Several(
            several.iter().map(|c| channel_key(c)).collect(),
        )),
    }
}

/// Finds a pillar or campaign (`kind`) by name, ignoring case and accents: the exact name, or
/// else the only name that contains what was typed (`navidad` finds "Navidad en La Ñora").
pub fn find_name(kind: &str, typed: &str, names: &[(i64, String)]) -> Result<i64, String> {
    find_name_in(kind, typed, names, Lang::En)
}

/// [`find_name`] for a `pillar` or `campaign`, saying why in `lang`.
pub fn find_name_in(
    kind: &str,
    typed: &str,
    names: &[(i64, String)],
    lang: Lang,
) -> Result<i64, String> {
    let wanted = fold(typed.trim());
    if let Some((id, _)) = names.iter().find(|(_, name)| fold(name.trim()) == wanted) {
        return Ok(*id);
    }
    let partial: Vec<&(i64, String)> = names
        .iter()
        .filter(|(_, name)| !wanted.is_empty() && fold(name).contains(&wanted))
        .collect();
    if let [(id, _)] = partial.as_slice() {
        return Ok(*id);
    }
    let known: Vec<&str> = names.iter().map(|(_, name)| name.as_str()).collect();
    let key = if names.is_empty() {
        "name-typed-none-yet"
    } else {
        "name-typed-unknown"
    };
    Err(lang.text_with(
        key,
        &[
            ("kind", Arg::Text(kind)),
            ("typed", Arg::Text(typed)),
            ("names", Arg::Text(&known.join(", "))),
        ],
    ))
}

/// Why a network's export has no channel to go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoChannel {
    /// The channel typed with `--channel` matches none or several (the finder's message).
    Typed(String),
    /// The export does not say of which network it is.
    NoNetwork,
    /// No channel is on the export's network.
    NoneOf(super::Network),
    /// Several channels are on the export's network and the file names none of them.
    Several(super::Network, Vec<String>),
    /// The file names an account no channel of its network has.
    NotNamed(super::Network, String),
}

impl NoChannel {
    /// The refusal for an export called `what` (`it is TikTok follower history …`).
    pub fn said(&self, what: &str) -> String {
        match self {
            NoChannel::Typed(message) => message.clone(),
            NoChannel::NoNetwork => format!(
                "it is {what} and does not say of which network; say which channel with --channel"
            ),
            NoChannel::NoneOf(network) => format!(
                "it is {what} and there is no {network} channel; add it with `cmdeck channel add {network} @HANDLE`"
            ),
            NoChannel::Several(network, _) => format!(
                "it is {what} and there are several {network} channels; say which with --channel"
            ),
            NoChannel::NotNamed(network, account) => format!(
                "it is {what} of the account @{account}, and no {network} channel has that handle; add it with `cmdeck channel add {network} @{account}`, or say which channel with --channel"
            ),
        }
    }
}

/// The channel the rows of a network's export go to: the one `typed` (`--channel`), else the
/// channel of the export's `network` whose handle is the account the file `named`, else the
/// only channel of that network.
pub fn export_channel<'a>(
    network: Option<super::Network>,
    typed: Option<&str>,
    named: Option<&str>,
    channels: &'a [ChannelInfo],
) -> Result<&'a ChannelInfo, NoChannel> {
    if let Some(typed) = typed {
        return find_channel(typed, channels).map_err(NoChannel::Typed);
    }
    let network = network.ok_or(NoChannel::NoNetwork)?;
    let of_network: Vec<&ChannelInfo> = channels.iter().filter(|c| c.network == network).collect();
    if let Some(named) = named {
        let account = |c: &&&ChannelInfo| {
            let handle = c.handle.trim_start_matches('@');
            let user = handle.split('@').next().unwrap_or(handle);
            user.eq_ignore_ascii_case(named)
        };
        return of_network
            .iter()
            .find(account)
            .copied()
            .ok_or_else(|| NoChannel::NotNamed(network, crate::text::sanitize_line(named)));
    }
    match of_network.as_slice() {
        [one] => Ok(one),
        [] => Err(NoChannel::NoneOf(network)),
        several => Err(NoChannel::Several(
            network,
            several.iter().map(|c| channel_key(c)).collect(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn channel(id: i64, network: Network, handle: &str) -> ChannelInfo {
        ChannelInfo {
            id,
            network,
            handle: handle.into(),
            char_limit: network.default_char_limit(),
            slots: String::new(),
        }
    }

    fn demo() -> Vec<ChannelInfo> {
        vec![
            channel(1, Network::Instagram, "@cafelanora"),
            channel(2, Network::X, "@cafelanora"),
            channel(3, Network::Mastodon, "@cafelanora@mastodon.social"),
            channel(4, Network::LinkedIn, "cafe-la-nora"),
        ]
    }

    #[test]
    fn a_unique_part_of_a_name_finds_it_and_an_ambiguous_one_does_not() {
        let names = vec![
            (1, "Navidad en La Ñora".to_string()),
            (2, "Semana del Filtro".to_string()),
            (3, "Semana santa".to_string()),
        ];
        assert_eq!(find_name("campaign", "navidad", &names), Ok(1));
        assert_eq!(find_name("campaign", "la nora", &names), Ok(1));
        assert!(find_name("campaign", "semana", &names).is_err());
    }

    fn id(typed: &str) -> Result<i64, String> {
        find_channel(typed, &demo()).map(|c| c.id)
    }

    #[test]
    fn a_network_name_or_short_label_finds_its_only_channel() {
        assert_eq!(id("instagram"), Ok(1));
        assert_eq!(id("IG"), Ok(1));
        assert_eq!(id("linkedin"), Ok(4));
    }

    #[test]
    fn a_handle_shared_by_several_networks_is_ambiguous_and_lists_them() {
        let message = id("@cafelanora").unwrap_err();
        assert!(message.contains("instagram:@cafelanora"), "{message}");
        assert!(message.contains("x:@cafelanora"), "{message}");
        assert!(!message.contains("mastodon"), "{message}");
        assert!(message.contains("network:handle"), "{message}");
    }

    #[test]
    fn network_and_handle_together_pick_one_channel_ignoring_case() {
        assert_eq!(id("x:@cafelanora"), Ok(2));
        assert_eq!(id("X:@CafeLaNora"), Ok(2));
        assert_eq!(id("mastodon:@cafelanora@mastodon.social"), Ok(3));
        assert_eq!(id("cafe-la-nora"), Ok(4));
    }

    #[test]
    fn an_unknown_channel_is_refused_naming_every_channel() {
        let message = id("tiktok").unwrap_err();
        assert!(
            message.starts_with("no channel matches “tiktok”"),
            "{message}"
        );
        assert!(message.contains("linkedin:cafe-la-nora"), "{message}");
        assert!(id("x:@someone").is_err());
        assert!(id("").is_err());
    }

    #[test]
    fn names_match_without_case_or_accents_and_unknown_ones_list_the_known() {
        let pillars = vec![(1, "Recetas y métodos".to_string()), (2, "Promos".into())];
        assert_eq!(find_name("pillar", "recetas Y METODOS", &pillars), Ok(1));
        let message = find_name("pillar", "Eventos", &pillars).unwrap_err();
        assert_eq!(
            message,
            "no pillar is named “Eventos”; the pillars are Recetas y métodos, Promos"
        );
        assert!(find_name("campaign", "x", &[]).is_err());
    }
}
