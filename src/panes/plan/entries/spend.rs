//! The form of one line of a campaign's spend ledger: the campaign, the day, the amount and what
//! it paid for. A line moved to another campaign joins the end of that campaign's ledger.

use super::field::{Ctx, Field};
use super::values::{date, index, indexed, money, number};
use super::{Entry, Placed};
use crate::panes::plan::edit::put;
use crate::panes::plan::sections::spend_lines;
use crate::plan::{Plan, Spend};

/// A spend line with the campaign (by position) it belongs to.
#[derive(Debug, Clone, Default)]
pub struct Paid {
    /// The campaign's position in the plan.
    pub campaign: usize,
    /// The line.
    pub line: Spend,
}

/// The spend ledger section.
pub struct SpendLines;

impl Entry for SpendLines {
    type Draft = Paid;

    const FIELDS: &'static [Field<Paid>] = &[
        Field::required(
            "campaign",
            "plan-field-spend-campaign",
            |ctx| indexed(ctx.plan.campaigns.iter().map(|c| c.name.as_str()), None),
            |p, _| Some(p.map_or(0, |p| p.campaign) as i64),
            |p, id, ctx| {
                p.campaign = index(id)
                    .filter(|c| *c < ctx.plan.campaigns.len())
                    .ok_or_else(|| ctx.lang.text("plan-error-no-campaign"))?;
                Ok(())
            },
        ),
        Field::text_with(
            "on",
            "plan-field-spend-on",
            |p, ctx| p.map_or(date(ctx.today), |p| p.line.on.clone()),
            |p, v| p.line.on = v,
        ),
        Field::parsed(
            "amount",
            "plan-field-spend-amount",
            |p, ctx| p.map_or(String::new(), |p| money(p.line.amount, ctx.lang)),
            |p, text, lang| number(text, lang).map(|v| p.line.amount = v),
        ),
        Field::text(
            "note",
            "plan-field-spend-note",
            |p| &p.line.note,
            |p, v| p.line.note = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Paid> {
        let (campaign, s) = *spend_lines(plan).get(index?)?;
        let line = plan.campaigns.get(campaign)?.spend.get(s)?.clone();
        Some(Paid { campaign, line })
    }

    fn store(paid: Paid, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let target = paid.campaign;
        let old = index.and_then(|i| spend_lines(ctx.plan).get(i).copied());
        let position = match old {
            Some((c, s)) if c == target => Some(s),
            Some((c, s)) => {
                if let Some(campaign) = next.campaigns.get_mut(c)
                    && s < campaign.spend.len()
                {
                    campaign.spend.remove(s);
                }
                None
            }
            None => None,
        };
        let s = put(&mut next.campaigns[target].spend, position, paid.line);
        let at = spend_lines(next)
            .iter()
            .position(|p| *p == (target, s))
            .unwrap_or(0);
        Placed {
            index: at,
            renames: Vec::new(),
        }
    }
}
