//! The channel plan form: which of the database's channels, its role, pace, tone and slots.

use super::field::{Ctx, Field};
use super::values::{index, indexed, named, number};
use super::{Entry, Placed};
use crate::panes::plan::edit::put;
use crate::panes::plan::sections::number as shown;
use crate::plan::{ChannelPlan, Plan};

/// The channel plan section.
pub struct Channels;

impl Entry for Channels {
    type Draft = ChannelPlan;

    const FIELDS: &'static [Field<ChannelPlan>] = &[
        Field::required(
            "channel",
            "Channel",
            |ctx| indexed(ctx.channels.iter().map(String::as_str), None),
            |c, ctx| {
                c.and_then(|c| named(ctx.channels.iter().map(String::as_str), &c.channel))
                    .or(Some(0))
            },
            |c, id, ctx| {
                c.channel = index(id)
                    .and_then(|i| ctx.channels.get(i).cloned())
                    .ok_or("the database has no channel yet")?;
                Ok(())
            },
        ),
        Field::text("role", "Role in the mix", |c| &c.role, |c, v| c.role = v),
        Field::parsed(
            "posts_per_week",
            "Posts per week",
            |c, _| c.map_or(String::new(), |c| shown(c.posts_per_week)),
            |c, text| number(text).map(|v| c.posts_per_week = v),
        ),
        Field::text("tone", "Tone", |c| &c.tone, |c, v| c.tone = v),
        Field::text(
            "slots",
            "Slots (mon-fri 08:30, sat 11:00)",
            |c| &c.slots,
            |c, v| c.slots = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<ChannelPlan> {
        plan.channels.get(index?).cloned()
    }

    fn store(planned: ChannelPlan, index: Option<usize>, _: &Ctx<'_>, next: &mut Plan) -> Placed {
        Placed {
            index: put(&mut next.channels, index, planned),
            renames: Vec::new(),
        }
    }
}
