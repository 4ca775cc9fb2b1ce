//! The channel form: the channel itself (network, handle, display name, length limit, archived)
//! and its plan (role, pace, tone and slots). A new entry creates the channel; changing the
//! network or handle renames it, so its posts and history stay with it.

use super::field::{Ctx, Field, Options};
use super::values::{index, number, typed};
use super::{Entry, Placed};
use crate::domain::Network;
use crate::domain::channels::handle_in;
use crate::i18n::{Arg, Lang};
use crate::panes::plan::edit::{put, renamed};
use crate::panes::plan::sections::number as shown;
use crate::plan::{ChannelPlan, Plan};

/// The channels section.
pub struct Channels;

impl Entry for Channels {
    type Draft = ChannelPlan;

    const FIELDS: &'static [Field<ChannelPlan>] = &[
        Field::required(
            "network",
            "plan-field-channels-network",
            networks,
            |c, _| {
                let network = c
                    .and_then(|c| network_of(&c.channel))
                    .unwrap_or(Network::Instagram);
                Network::ALL
                    .iter()
                    .position(|n| *n == network)
                    .map(|i| i as i64)
            },
            |c, id, ctx| {
                let network = index(id)
                    .and_then(|i| Network::ALL.get(i))
                    .ok_or_else(|| ctx.lang.text("plan-error-choose-network"))?;
                let typed = c.channel.split_once(':').map_or("", |(_, h)| h).to_string();
                c.channel = format!("{network}:{typed}");
                Ok(())
            },
        ),
        Field::parsed(
            "channel",
            "plan-field-channels-channel",
            |c, _| {
                c.and_then(|c| c.channel.split_once(':'))
                    .map_or(String::new(), |(_, h)| h.to_string())
            },
            |c, typed, lang| {
                let network = network_of(&c.channel).unwrap_or(Network::Other);
                c.channel = format!("{network}:{}", handle_in(network, typed, lang)?);
                Ok(())
            },
        ),
        Field::text_with(
            "name",
            "plan-field-channels-name",
            |c, _| c.and_then(|c| c.name.clone()).unwrap_or_default(),
            |c, v| c.name = Some(v),
        ),
        Field::parsed(
            "char_limit",
            "plan-field-channels-char-limit",
            |c, _| {
                c.and_then(|c| c.char_limit)
                    .map_or(String::new(), |l| l.to_string())
            },
            |c, text, lang| {
                let network = network_of(&c.channel).unwrap_or(Network::Other);
                c.char_limit = Some(limit(text, network, lang)?);
                Ok(())
            },
        ),
        Field::choice(
            "archived",
            "plan-field-channels-archived",
            |ctx| {
                vec![
                    (Some(0), ctx.lang.text("plan-channel-in-use")),
                    (Some(1), ctx.lang.text("plan-channel-archived")),
                ]
            },
            |c, _| Some(i64::from(c.and_then(|c| c.archived).unwrap_or(false))),
            |c, id, _| c.archived = Some(id == Some(1)),
        ),
        Field::text(
            "role",
            "plan-field-channels-role",
            |c| &c.role,
            |c, v| c.role = v,
        ),
        Field::parsed(
            "posts_per_week",
            "plan-field-channels-posts-per-week",
            |c, ctx| c.map_or(String::new(), |c| typed(ctx.lang, shown(c.posts_per_week))),
            |c, text, lang| {
                c.posts_per_week = if text.trim().is_empty() {
                    0.0
                } else {
                    number(text, lang)?
                };
                Ok(())
            },
        ),
        Field::text(
            "tone",
            "plan-field-channels-tone",
            |c| &c.tone,
            |c, v| c.tone = v,
        ),
        Field::text(
            "slots",
            "plan-field-channels-slots",
            |c| &c.slots,
            |c, v| c.slots = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<ChannelPlan> {
        plan.channels.get(index?).cloned()
    }

    fn store(planned: ChannelPlan, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let old = index.and_then(|i| ctx.plan.channels.get(i));
        if let Some(old) = old {
            for objective in &mut next.objectives {
                if objective.channel.as_deref() == Some(old.channel.as_str()) {
                    objective.channel = Some(planned.channel.clone());
                }
            }
        }
        let renames = renamed(
            "channels",
            old.map(|c| c.channel.as_str()),
            &planned.channel,
        );
        Placed {
            index: put(&mut next.channels, index, planned),
            renames,
        }
    }
}

/// Every network, numbered by position.
fn networks(_: &Ctx<'_>) -> Options {
    Network::ALL
        .iter()
        .enumerate()
        .map(|(i, n)| (Some(i as i64), n.as_str().to_string()))
        .collect()
}

/// The network a `network:handle` key starts with.
fn network_of(channel: &str) -> Option<Network> {
    channel.split_once(':').and_then(|(n, _)| Network::parse(n))
}

/// A typed length limit: blank for the network's default, else a whole number of at least 1.
fn limit(text: &str, network: Network, lang: Lang) -> Result<u32, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(network.default_char_limit());
    }
    match crate::domain::typed_number::whole(text).map(u32::try_from) {
        Ok(Ok(limit)) if limit > 0 => Ok(limit),
        _ => Err(lang.text_with(
            "plan-error-length-limit",
            &[
                ("text", Arg::Text(&crate::text::sanitize_line(text))),
                (
                    "limit",
                    Arg::Text(&network.default_char_limit().to_string()),
                ),
            ],
        )),
    }
}
