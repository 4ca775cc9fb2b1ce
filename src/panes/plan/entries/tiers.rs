//! The advocacy tier form: name, rank (a new tier ranks above the others), what members receive
//! and how to move up.

use super::field::{Ctx, Field};
use super::values::whole;
use super::{Entry, Placed};
use crate::panes::plan::edit::put;
use crate::plan::{Plan, Tier};

/// The advocacy tiers section.
pub struct Tiers;

impl Entry for Tiers {
    type Draft = Tier;

    const FIELDS: &'static [Field<Tier>] = &[
        Field::text(
            "name",
            "plan-field-tiers-name",
            |t| &t.name,
            |t, v| t.name = v,
        ),
        Field::parsed(
            "position",
            "plan-field-tiers-position",
            |t, ctx| {
                let next = ctx.plan.tiers.iter().map(|t| t.position).max().unwrap_or(0) + 1;
                t.map_or(next, |t| t.position).to_string()
            },
            |t, text, lang| whole(text, lang).map(|v| t.position = v),
        ),
        Field::text(
            "receives",
            "plan-field-tiers-receives",
            |t| &t.receives,
            |t, v| t.receives = v,
        ),
        Field::text(
            "move_up",
            "plan-field-tiers-move-up",
            |t| &t.move_up,
            |t, v| t.move_up = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Tier> {
        plan.tiers.get(index?).cloned()
    }

    fn store(tier: Tier, index: Option<usize>, _: &Ctx<'_>, next: &mut Plan) -> Placed {
        Placed {
            index: put(&mut next.tiers, index, tier),
            renames: Vec::new(),
        }
    }
}
