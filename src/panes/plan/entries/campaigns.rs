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
        Field::text(
            "name",
            "plan-field-campaigns-name",
            |c| &c.name,
            |c, v| c.name = v,
        ),
        Field::choice(
            "objective",
            "plan-field-campaigns-objective",
            |ctx| {
                let names = ctx.plan.objectives.iter().map(|o| o.name.as_str());
                indexed(names, Some(&ctx.lang.text("plan-option-none")))
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
            "plan-field-campaigns-starts-on",
            |c, ctx| c.map_or(date(ctx.today), |c| c.starts_on.clone()),
            |c, v| c.starts_on = v,
        ),
        Field::text_with(
            "ends_on",
            "plan-field-campaigns-ends-on",
            |c, ctx| c.map_or(date(ctx.today + Duration::days(30)), |c| c.ends_on.clone()),
            |c, v| c.ends_on = v,
        ),
        Field::parsed(
            "budget",
            "plan-field-campaigns-budget",
            |c, ctx| money(c.map_or(0.0, |c| c.budget), ctx.lang),
            |c, text, lang| number(text, lang).map(|v| c.budget = v),
        ),
        Field::parsed(
            "conversions",
            "plan-field-campaigns-conversions",
            |c, _| c.map_or("0".into(), |c| c.conversions.to_string()),
            |c, text, lang| whole(text, lang).map(|v| c.conversions = v),
        ),
        Field::parsed(
            "revenue",
            "plan-field-campaigns-revenue",
            |c, ctx| money(c.map_or(0.0, |c| c.revenue), ctx.lang),
            |c, text, lang| number(text, lang).map(|v| c.revenue = v),
        ),
        Field::text(
            "utm_source",
            "plan-field-campaigns-utm-source",
            |c| &c.utm_source,
            |c, v| c.utm_source = v,
        ),
        Field::text_with(
            "utm_medium",
            "plan-field-campaigns-utm-medium",
            |c, _| c.map_or("social", |c| &c.utm_medium).to_string(),
            |c, v| c.utm_medium = v,
        ),
        Field::text(
            "utm_campaign",
            "plan-field-campaigns-utm-campaign",
            |c| &c.utm_campaign,
            |c, v| c.utm_campaign = v,
        ),
        Field::text(
            "notes",
            "plan-field-campaigns-notes",
            |c| &c.notes,
            |c, v| c.notes = v,
        ),
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
