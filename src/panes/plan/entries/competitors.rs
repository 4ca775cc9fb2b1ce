//! The competitor form: name and notes. A renamed competitor is renamed in the listening rules
//! that watch it too.

use super::field::{Ctx, Field};
use super::{Entry, Placed};
use crate::panes::plan::edit::{put, renamed};
use crate::plan::{Competitor, Plan};

/// The competitors section.
pub struct Competitors;

impl Entry for Competitors {
    type Draft = Competitor;

    const FIELDS: &'static [Field<Competitor>] = &[
        Field::text(
            "name",
            "plan-field-competitors-name",
            |c| &c.name,
            |c, v| c.name = v,
        ),
        Field::text(
            "notes",
            "plan-field-competitors-notes",
            |c| &c.notes,
            |c, v| c.notes = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Competitor> {
        plan.competitors.get(index?).cloned()
    }

    fn store(
        competitor: Competitor,
        index: Option<usize>,
        ctx: &Ctx<'_>,
        next: &mut Plan,
    ) -> Placed {
        let mut renames = Vec::new();
        if let Some(old) = index.and_then(|i| ctx.plan.competitors.get(i))
            && old.name != competitor.name
        {
            for rule in &mut next.rules {
                if rule.competitor.as_deref() == Some(old.name.as_str()) {
                    rule.competitor = Some(competitor.name.clone());
                }
            }
            renames = renamed("competitors", Some(&old.name), &competitor.name);
        }
        Placed {
            index: put(&mut next.competitors, index, competitor),
            renames,
        }
    }
}
