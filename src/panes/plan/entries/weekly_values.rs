//! The form of a value recorded by hand for a manual KPI: the objective it belongs to, the ISO
//! week and the value. Values stay sorted by week inside their objective.

use super::field::{Ctx, Field};
use super::values::{index, indexed, number, typed};
use super::{Entry, Placed};
use crate::domain::Kpi;
use crate::panes::plan::sections::{number as shown, weekly_values};
use crate::plan::{Plan, WeekValue};

/// A weekly value with the objective (by position) it is recorded on.
#[derive(Debug, Clone, Default)]
pub struct Recorded {
    /// The objective's position in the plan.
    pub objective: usize,
    /// The value.
    pub value: WeekValue,
}

/// The manual KPI values section.
pub struct WeeklyValues;

impl Entry for WeeklyValues {
    type Draft = Recorded;

    const FIELDS: &'static [Field<Recorded>] = &[
        Field::required(
            "objective",
            "plan-field-weekly-values-objective",
            |ctx| indexed(ctx.plan.objectives.iter().map(|o| o.name.as_str()), None),
            |r, ctx| {
                let manual = || {
                    let manual = Kpi::Manual.as_str();
                    ctx.plan.objectives.iter().position(|o| o.kpi == manual)
                };
                Some(r.map(|r| r.objective).or_else(manual).unwrap_or(0) as i64)
            },
            |r, id, ctx| {
                r.objective = index(id)
                    .filter(|o| *o < ctx.plan.objectives.len())
                    .ok_or_else(|| ctx.lang.text("plan-error-no-objective"))?;
                Ok(())
            },
        ),
        Field::text_with(
            "week",
            "plan-field-weekly-values-week",
            |r, ctx| {
                r.map_or(crate::domain::week::iso_week_label(ctx.today), |r| {
                    r.value.week.clone()
                })
            },
            |r, v| r.value.week = v,
        ),
        Field::parsed(
            "value",
            "plan-field-weekly-values-value",
            |r, ctx| r.map_or(String::new(), |r| typed(ctx.lang, shown(r.value.value))),
            |r, text, lang| number(text, lang).map(|v| r.value.value = v),
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Recorded> {
        let (objective, w) = *weekly_values(plan).get(index?)?;
        let value = plan.objectives.get(objective)?.weekly.get(w)?.clone();
        Some(Recorded { objective, value })
    }

    fn store(recorded: Recorded, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        if let Some((o, w)) = index.and_then(|i| weekly_values(ctx.plan).get(i).copied())
            && let Some(objective) = next.objectives.get_mut(o)
            && w < objective.weekly.len()
        {
            objective.weekly.remove(w);
        }
        let target = recorded.objective;
        let week = recorded.value.week.clone();
        let weekly = &mut next.objectives[target].weekly;
        weekly.push(recorded.value);
        weekly.sort_by(|a, b| a.week.cmp(&b.week));
        let at = weekly_values(next)
            .iter()
            .position(|(o, w)| *o == target && next.objectives[*o].weekly[*w].week == week)
            .unwrap_or(0);
        Placed {
            index: at,
            renames: Vec::new(),
        }
    }
}
