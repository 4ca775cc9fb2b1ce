//! The form of one step of the crisis protocol: its severity level and its text. A step moved to
//! another level joins the end of that level.

use super::field::{Ctx, Field};
use super::values::levels;
use super::{Entry, Placed};
use crate::panes::plan::edit::put;
use crate::panes::plan::sections::{crisis_steps, level_steps};
use crate::plan::Plan;

/// The key of the step's severity level (the checker's path of a step is by level).
pub const LEVEL: &str = "level";

/// The key of the step's text, where the checker's mistakes on the whole step land.
pub const STEP: &str = "step";

/// A crisis step with its severity level.
#[derive(Debug, Clone, Default)]
pub struct Step {
    /// 1 to 3.
    pub level: i64,
    /// What to do.
    pub text: String,
}

/// The crisis steps section.
pub struct CrisisSteps;

impl Entry for CrisisSteps {
    type Draft = Step;

    const FIELDS: &'static [Field<Step>] = &[
        Field::choice(
            LEVEL,
            "plan-field-crisis-steps-level",
            |ctx| levels(ctx.lang),
            |s, _| Some(s.map_or(1, |s| s.level)),
            |s, id, _| s.level = id.unwrap_or(1).clamp(1, 3),
        ),
        Field::text(
            STEP,
            "plan-field-crisis-steps-step",
            |s| &s.text,
            |s, v| s.text = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Step> {
        let (level, _, text) = *crisis_steps(plan).get(index?)?;
        Some(Step {
            level,
            text: text.to_string(),
        })
    }

    fn store(step: Step, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let level = step.level;
        let old = index.and_then(|i| crisis_steps(ctx.plan).get(i).map(|(l, p, _)| (*l, *p)));
        let position = match old {
            Some((l, p)) if l == level => Some(p),
            Some((l, p)) => {
                let steps = level_steps(next, l);
                if p < steps.len() {
                    steps.remove(p);
                }
                None
            }
            None => None,
        };
        let p = put(level_steps(next, level), position, step.text);
        let at = crisis_steps(next)
            .iter()
            .position(|(l, q, _)| *l == level && *q == p)
            .unwrap_or(0);
        Placed {
            index: at,
            renames: Vec::new(),
        }
    }
}
