//! A channel as the user sets it up (network, handle, display name, length limit) and as it is
//! stored (with its archive date and how much history hangs on it), and the checks on a handle.

use super::Network;
use crate::i18n::{Arg, Lang};
use chrono::NaiveDate;

/// What the user types to create or change a channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelSetup {
    /// The network.
    pub network: Network,
    /// The account's handle (`@cafelanora`), checked with [`handle`].
    pub handle: String,
    /// The name shown in lists; blank shows the handle.
    pub name: String,
    /// The maximum length of a post, in characters (the network's default unless changed).
    pub char_limit: u32,
}

impl ChannelSetup {
    /// A channel on `network` with the network's default length limit and no display name.
    pub fn new(network: Network, handle: &str) -> Result<ChannelSetup, String> {
        ChannelSetup::new_in(network, handle, Lang::En)
    }

    /// [`ChannelSetup::new`], a refused handle worded in `lang`.
    pub fn new_in(network: Network, handle: &str, lang: Lang) -> Result<ChannelSetup, String> {
        Ok(ChannelSetup {
            network,
            handle: handle_in(network, handle, lang)?,
            name: String::new(),
            char_limit: network.default_char_limit(),
        })
    }

    /// `instagram:@cafelanora`, the way the command line and imports name a channel.
    pub fn key(&self) -> String {
        format!("{}:{}", self.network, self.handle)
    }
}

/// A stored channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelRecord {
    /// Database id.
    pub id: i64,
    /// Its settings.
    pub setup: ChannelSetup,
    /// When it was archived; `None` while it is in use.
    pub archived_on: Option<NaiveDate>,
    /// Posts planned or published on it.
    pub posts: i64,
    /// Messages received on it.
    pub messages: i64,
    /// Follower counts recorded for it.
    pub audience: i64,
}

impl ChannelRecord {
    /// Whether anything is stored against the channel, so it may only be archived, never deleted.
    pub fn has_history(&self) -> bool {
        self.posts + self.messages + self.audience > 0
    }
}

/// Checks a typed handle: trims it, refuses blanks, spaces and control characters, and adds the
/// `@` the networks of @-names write (LinkedIn and Facebook page names, e-mail addresses and web
/// channels are kept as typed).
pub fn handle(network: Network, typed: &str) -> Result<String, String> {
    handle_in(network, typed, Lang::En)
}

/// [`handle`], its refusal worded in `lang`.
pub fn handle_in(network: Network, typed: &str, lang: Lang) -> Result<String, String> {
    let handle = typed.trim();
    if handle.is_empty() || handle == "@" {
        return Err(lang.text("plan-check-handle-empty"));
    }
    if handle.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(lang.text_with(
            "plan-check-handle-space",
            &[("handle", Arg::Text(&handle.escape_debug().to_string()))],
        ));
    }
    if handle.chars().count() > 100 {
        return Err(lang.text("plan-check-handle-long"));
    }
    let bare = matches!(
        network,
        Network::LinkedIn | Network::Facebook | Network::Email | Network::Web | Network::Other
    );
    Ok(if bare || handle.starts_with('@') {
        handle.to_string()
    } else {
        format!("@{handle}")
    })
}

/// Reads `NETWORK:HANDLE` (`instagram:@cafelanora`) as the command line and imports write it.
pub fn parse_key(text: &str) -> Result<(Network, String), String> {
    parse_key_in(text, Lang::En)
}

/// [`parse_key`], its refusal worded in `lang`.
pub fn parse_key_in(text: &str, lang: Lang) -> Result<(Network, String), String> {
    let (network, handle) = text
        .split_once(':')
        .ok_or_else(|| lang.text_with("plan-check-channel-shape", &[("text", Arg::Text(text))]))?;
    let network = network_named_in(network, lang)?;
    Ok((network, handle_in(network, handle, lang)?))
}

/// A network by its stored name, case-insensitively, with the list of names when it is unknown.
pub fn network_named(text: &str) -> Result<Network, String> {
    network_named_in(text, Lang::En)
}

/// [`network_named`], its refusal worded in `lang`.
pub fn network_named_in(text: &str, lang: Lang) -> Result<Network, String> {
    Network::parse(&text.trim().to_lowercase()).ok_or_else(|| {
        let names: Vec<&str> = Network::ALL.iter().map(|n| n.as_str()).collect();
        lang.text_with(
            "plan-check-unknown-network",
            &[
                (
                    "network",
                    Arg::Text(&text.trim().escape_debug().to_string()),
                ),
                ("known", Arg::Text(&names.join(", "))),
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_social_handle_gets_its_at_sign_and_loses_surrounding_spaces() {
        assert_eq!(
            handle(Network::Instagram, "  mimarca "),
            Ok("@mimarca".to_string())
        );
        assert_eq!(handle(Network::X, "@mimarca"), Ok("@mimarca".to_string()));
    }

    #[test]
    fn an_email_channel_keeps_its_address_as_typed() {
        assert_eq!(
            handle(Network::Email, "hola@mimarca.es"),
            Ok("hola@mimarca.es".to_string())
        );
    }

    #[test]
    fn a_handle_with_a_space_or_an_escape_is_refused() {
        assert!(handle(Network::X, "mi marca").is_err());
        assert!(handle(Network::X, "mi\u{1b}[31m").is_err());
        assert!(handle(Network::X, " @ ").is_err());
    }

    #[test]
    fn a_channel_key_names_network_and_handle() {
        assert_eq!(
            parse_key("Instagram:mimarca"),
            Ok((Network::Instagram, "@mimarca".to_string()))
        );
        let unknown = parse_key("myspace:@x").unwrap_err();
        assert!(unknown.contains("unknown network “myspace”"), "{unknown}");
        assert!(unknown.contains("instagram"), "{unknown}");
        assert!(parse_key("instagram").is_err());
    }

    #[test]
    fn a_new_channel_takes_its_networks_length_limit() {
        let setup = ChannelSetup::new(Network::X, "mimarca").unwrap();
        assert_eq!(setup.char_limit, 280);
        assert_eq!(setup.key(), "x:@mimarca");
    }
}
