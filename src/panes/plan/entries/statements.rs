//! The holding statement form: its severity level, title and text.

use super::field::{Ctx, Field};
use super::values::levels;
use super::{Entry, Placed};
use crate::panes::plan::edit::put;
use crate::plan::{Plan, Statement};

/// The holding statements section.
pub struct Statements;

impl Entry for Statements {
    type Draft = Statement;

    const FIELDS: &'static [Field<Statement>] = &[
        Field::choice(
            "level",
            "plan-field-statements-level",
            |ctx| levels(ctx.lang),
            |s, _| Some(s.map_or(1, |s| s.level)),
            |s, id, _| s.level = id.unwrap_or(1),
        ),
        Field::text(
            "title",
            "plan-field-statements-title",
            |s| &s.title,
            |s, v| s.title = v,
        ),
        Field::editor(
            "body",
            "plan-field-statements-body",
            |s| &s.body,
            |s, v| s.body = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Statement> {
        plan.crisis.statements.get(index?).cloned()
    }

    fn store(statement: Statement, index: Option<usize>, _: &Ctx<'_>, next: &mut Plan) -> Placed {
        Placed {
            index: put(&mut next.crisis.statements, index, statement),
            renames: Vec::new(),
        }
    }
}
