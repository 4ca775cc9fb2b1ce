//! The campaign form: name, the objective it serves, dates, budget, results, UTM tags and notes.
//! Its spend ledger is edited in its own section and kept as it is.

use super::field::{Ctx, Field};
use super::values::{date, index, indexed, money, named, number, whole};
use super::{Entry, Placed};
use crate::panes::plan::edit::{put, renamed};
use crate::plan::{Campaign, Plan};
use chrono::Duration;

/// The campaigns section.
pub struct Campaigns;

impl Entry for Campaigns {
    type Draft = Campaign;

    const FIELDS: &'static [Field<Campaign>] = &[
        Field::text("name", "Name", |c| &c.name, |c, v| c.name = v),
        Field::choice(
            "objective",
            "Objective",
            |ctx| {
                let names = ctx.plan.objectives.iter().map(|o| o.name.as_str());
                indexed(names, Some("none"))
            },
            |c, ctx| {
                let objective = c?.objective.as_deref()?;
                named(
                    ctx.plan.objectives.iter().map(|o| o.name.as_str()),
                    objective,
                )
            },
            |c, id, ctx| {
                c.objective = index(id)
                    .and_then(|o| ctx.plan.objectives.get(o))
                    .map(|o| o.name.clone());
            },
        ),
        Field::text_with(
            "starts_on",
            "Starts (YYYY-MM-DD)",
            |c, ctx| c.map_or(date(ctx.today), |c| c.starts_on.clone()),
            |c, v| c.starts_on = v,
        ),
        Field::text_with(
            "ends_on",
            "Ends (YYYY-MM-DD)",
            |c, ctx| c.map_or(date(ctx.today + Duration::days(30)), |c| c.ends_on.clone()),
            |c, v| c.ends_on = v,
        ),
        Field::parsed(
            "budget",
            "Budget (€)",
            |c, _| c.map_or("0.00".into(), |c| money(c.budget)),
            |c, text| number(text).map(|v| c.budget = v),
        ),
        Field::parsed(
            "conversions",
            "Conversions",
            |c, _| c.map_or("0".into(), |c| c.conversions.to_string()),
            |c, text| whole(text).map(|v| c.conversions = v),
        ),
        Field::parsed(
            "revenue",
            "Revenue (€)",
            |c, _| c.map_or("0.00".into(), |c| money(c.revenue)),
            |c, text| number(text).map(|v| c.revenue = v),
        ),
        Field::text(
            "utm_source",
            "utm_source",
            |c| &c.utm_source,
            |c, v| c.utm_source = v,
        ),
        Field::text_with(
            "utm_medium",
            "utm_medium",
            |c, _| c.map_or("social", |c| &c.utm_medium).to_string(),
            |c, v| c.utm_medium = v,
        ),
        Field::text(
            "utm_campaign",
            "utm_campaign",
            |c| &c.utm_campaign,
            |c, v| c.utm_campaign = v,
        ),
        Field::text("notes", "Notes", |c| &c.notes, |c, v| c.notes = v),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Campaign> {
        plan.campaigns.get(index?).cloned()
    }

    fn store(campaign: Campaign, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let old = index
            .and_then(|i| ctx.plan.campaigns.get(i))
            .map(|c| c.name.as_str());
        let renames = renamed("campaigns", old, &campaign.name);
        Placed {
            index: put(&mut next.campaigns, index, campaign),
            renames,
        }
    }
}
