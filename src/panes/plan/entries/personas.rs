//! The persona form: who they are, their goals and pains, where they are and what they like.

use super::field::{Ctx, Field};
use super::{Entry, Placed};
use crate::panes::plan::edit::{put, renamed};
use crate::plan::{Persona, Plan};

/// The personas section.
pub struct Personas;

impl Entry for Personas {
    type Draft = Persona;

    const FIELDS: &'static [Field<Persona>] = &[
        Field::text(
            "name",
            "plan-field-personas-name",
            |p| &p.name,
            |p, v| p.name = v,
        ),
        Field::text(
            "description",
            "plan-field-personas-description",
            |p| &p.description,
            |p, v| p.description = v,
        ),
        Field::text(
            "goals",
            "plan-field-personas-goals",
            |p| &p.goals,
            |p, v| p.goals = v,
        ),
        Field::text(
            "pains",
            "plan-field-personas-pains",
            |p| &p.pains,
            |p, v| p.pains = v,
        ),
        Field::text(
            "channels",
            "plan-field-personas-channels",
            |p| &p.channels,
            |p, v| p.channels = v,
        ),
        Field::text(
            "content",
            "plan-field-personas-content",
            |p| &p.content,
            |p, v| p.content = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Persona> {
        plan.personas.get(index?).cloned()
    }

    fn store(persona: Persona, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let old = index
            .and_then(|i| ctx.plan.personas.get(i))
            .map(|p| p.name.as_str());
        let renames = renamed("personas", old, &persona.name);
        Placed {
            index: put(&mut next.personas, index, persona),
            renames,
        }
    }
}
