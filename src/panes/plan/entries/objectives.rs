//! The objective form: name, KPI, channel, baseline, target, dates and owner note. A renamed
//! objective is renamed in the campaigns that serve it too.

use super::field::{Ctx, Field};
use super::values::{date, index, indexed, named, number, typed};
use super::{Entry, Placed};
use crate::domain::Kpi;
use crate::panes::plan::edit::{put, renamed};
use crate::panes::plan::sections::number as shown;
use crate::plan::{Objective, Plan};
use chrono::Duration;

/// The objectives section.
pub struct Objectives;

impl Entry for Objectives {
    type Draft = Objective;

    const FIELDS: &'static [Field<Objective>] = &[
        Field::text(
            "name",
            "plan-field-objectives-name",
            |o| &o.name,
            |o, v| o.name = v,
        ),
        Field::choice(
            "kpi",
            "plan-field-objectives-kpi",
            |ctx| {
                let labels: Vec<String> = Kpi::ALL.iter().map(|k| k.word(ctx.lang)).collect();
                indexed(labels.iter().map(String::as_str), None)
            },
            |o, _| {
                o.map_or(Some(0), |o| {
                    named(Kpi::ALL.iter().map(|k| k.as_str()), &o.kpi)
                })
            },
            |o, id, _| {
                o.kpi = index(id)
                    .and_then(|k| Kpi::ALL.get(k))
                    .map_or("manual", |k| k.as_str())
                    .to_string();
            },
        ),
        Field::choice(
            "channel",
            "plan-field-objectives-channel",
            |ctx| {
                indexed(
                    ctx.channels.iter().map(String::as_str),
                    Some(&ctx.lang.text("plan-option-all-channels")),
                )
            },
            |o, ctx| {
                let channel = o?.channel.as_deref()?;
                named(ctx.channels.iter().map(String::as_str), channel)
            },
            |o, id, ctx| o.channel = index(id).and_then(|c| ctx.channels.get(c).cloned()),
        ),
        Field::parsed(
            "baseline",
            "plan-field-objectives-baseline",
            |o, ctx| typed(ctx.lang, o.map_or("0".into(), |o| shown(o.baseline))),
            |o, text, lang| number(text, lang).map(|v| o.baseline = v),
        ),
        Field::parsed(
            "target",
            "plan-field-objectives-target",
            |o, ctx| o.map_or(String::new(), |o| typed(ctx.lang, shown(o.target))),
            |o, text, lang| number(text, lang).map(|v| o.target = v),
        ),
        Field::text_with(
            "starts_on",
            "plan-field-objectives-starts-on",
            |o, ctx| o.map_or(date(ctx.today), |o| o.starts_on.clone()),
            |o, v| o.starts_on = v,
        ),
        Field::text_with(
            "deadline",
            "plan-field-objectives-deadline",
            |o, ctx| o.map_or(date(ctx.today + Duration::days(90)), |o| o.deadline.clone()),
            |o, v| o.deadline = v,
        ),
        Field::text(
            "owner_note",
            "plan-field-objectives-owner-note",
            |o| &o.owner_note,
            |o, v| o.owner_note = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Objective> {
        plan.objectives.get(index?).cloned()
    }

    fn store(objective: Objective, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let old = index.and_then(|i| ctx.plan.objectives.get(i));
        if let Some(old) = old
            && old.name != objective.name
        {
            for campaign in &mut next.campaigns {
                if campaign.objective.as_deref() == Some(old.name.as_str()) {
                    campaign.objective = Some(objective.name.clone());
                }
            }
        }
        let renames = renamed("objectives", old.map(|o| o.name.as_str()), &objective.name);
        Placed {
            index: put(&mut next.objectives, index, objective),
            renames,
        }
    }
}
