//! The content pillar form: name, target share typed as a percentage, colour and description.

use super::field::{Ctx, Field};
use super::values::{number, typed};
use super::{Entry, Placed};
use crate::panes::plan::edit::{put, renamed};
use crate::panes::plan::sections::number as shown;
use crate::plan::{Pillar, Plan};

/// The content pillars section.
pub struct Pillars;

impl Entry for Pillars {
    type Draft = Pillar;

    const FIELDS: &'static [Field<Pillar>] = &[
        Field::text(
            "name",
            "plan-field-pillars-name",
            |p| &p.name,
            |p, v| p.name = v,
        ),
        Field::parsed(
            "share",
            "plan-field-pillars-share",
            |p, ctx| {
                p.map_or(String::new(), |p| {
                    typed(ctx.lang, shown((p.share * 1000.0).round() / 10.0))
                })
            },
            |p, text, lang| {
                number(text, lang).map(|v| p.share = (v / 100.0 * 10_000.0).round() / 10_000.0)
            },
        ),
        Field::text(
            "colour",
            "plan-field-pillars-colour",
            |p| &p.colour,
            |p, v| p.colour = v,
        ),
        Field::text(
            "description",
            "plan-field-pillars-description",
            |p| &p.description,
            |p, v| p.description = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Pillar> {
        plan.pillars.get(index?).cloned()
    }

    fn store(pillar: Pillar, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let old = index
            .and_then(|i| ctx.plan.pillars.get(i))
            .map(|p| p.name.as_str());
        let renames = renamed("pillars", old, &pillar.name);
        Placed {
            index: put(&mut next.pillars, index, pillar),
            renames,
        }
    }
}
