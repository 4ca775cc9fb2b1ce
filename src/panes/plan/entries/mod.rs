//! The form of every plan entry, described once per section and used both ways: to build the
//! form filled with an entry's values, and to read the submitted form back into the next plan.
//! Field keys are the plan file's keys, so the checker's mistakes land on the right field.
//!
//! - [`field`]: one field's description (key, label, kind, first value, write-back) and the
//!   context forms read; [`values`]: the parsers and options several sections share.
//! - One module per section, each an [`Entry`]: its fields, how an entry is loaded for the form
//!   and where the read entry is stored (with the renames and references that follow).

pub mod brand;
pub mod campaigns;
pub mod channels;
pub mod competitors;
pub mod contacts;
pub mod crisis_steps;
pub mod field;
pub mod objectives;
pub mod personas;
pub mod pillars;
pub mod rules;
pub mod spend;
pub mod statements;
pub mod tiers;
pub mod values;
pub mod weekly_values;

use super::edit::{Edit, FieldErrors};
use super::sections::Section;
use crate::i18n::Arg;
use crate::panes::form::{Form, FormField};
use crate::plan::{Plan, Rename};
pub use field::{Ctx, Field};

/// Where a stored entry now is in its section, and the renames that go with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The entry's position in its section.
    pub index: usize,
    /// Entries renamed by the change.
    pub renames: Vec<Rename>,
}

/// One section's form: its fields, and how an entry goes in and out of the plan.
pub trait Entry {
    /// What the form edits: the plan entry, with the entry it belongs to when the form chooses it.
    /// A default draft is a new entry.
    type Draft: Default + 'static;

    /// The form's fields, top to bottom, each described once.
    const FIELDS: &'static [Field<Self::Draft>];

    /// Entry `index` as the form edits it, or `None` for a new entry.
    fn load(plan: &Plan, index: Option<usize>) -> Option<Self::Draft>;

    /// Writes the read draft into `next` (a copy of `ctx.plan`) as entry `index`, a new entry
    /// when `None`, keeping references by name in step.
    fn store(draft: Self::Draft, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed;
}

/// The form's fields for entry `index` of `E`, filled with its values (defaults when new).
fn build<E: Entry>(ctx: &Ctx<'_>, index: Option<usize>) -> Vec<FormField> {
    let entry = E::load(ctx.plan, index);
    E::FIELDS
        .iter()
        .map(|field| field.build(entry.as_ref(), ctx))
        .collect()
}

/// The next plan with the form's values written as entry `index` of `E`.
fn read<E: Entry>(ctx: &Ctx<'_>, index: Option<usize>, form: &Form) -> Result<Edit, FieldErrors> {
    let mut draft = E::load(ctx.plan, index).unwrap_or_default();
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    for field in E::FIELDS {
        field
            .read(form, &mut draft, ctx, &mut errors, &mut notes)
            .map_err(|alone| vec![alone])?;
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut next = ctx.plan.clone();
    let placed = E::store(draft, index, ctx, &mut next);
    Ok(Edit {
        plan: next,
        renames: placed.renames,
        index: placed.index,
        notes,
    })
}

/// Building and reading one section's form.
struct Handlers {
    build: fn(&Ctx<'_>, Option<usize>) -> Vec<FormField>,
    read: fn(&Ctx<'_>, Option<usize>, &Form) -> Result<Edit, FieldErrors>,
}

/// The handlers of section `E`.
fn of<E: Entry>() -> Handlers {
    Handlers {
        build: build::<E>,
        read: read::<E>,
    }
}

/// The description of each section's form.
fn handlers(section: Section) -> Handlers {
    match section {
        Section::Objectives => of::<objectives::Objectives>(),
        Section::WeeklyValues => of::<weekly_values::WeeklyValues>(),
        Section::Personas => of::<personas::Personas>(),
        Section::Pillars => of::<pillars::Pillars>(),
        Section::Channels => of::<channels::Channels>(),
        Section::Campaigns => of::<campaigns::Campaigns>(),
        Section::Spend => of::<spend::SpendLines>(),
        Section::Competitors => of::<competitors::Competitors>(),
        Section::Rules => of::<rules::Rules>(),
        Section::CrisisSteps => of::<crisis_steps::CrisisSteps>(),
        Section::Contacts => of::<contacts::Contacts>(),
        Section::Statements => of::<statements::Statements>(),
        Section::Tiers => of::<tiers::Tiers>(),
        Section::Brand => of::<brand::BrandSettings>(),
    }
}

/// The form that creates or edits entry `index` of `section` (a new entry when `None`).
pub fn form(ctx: &Ctx<'_>, section: Section, index: Option<usize>) -> Form {
    let key = if index.is_some() || section == Section::Brand {
        "plan-form-edit"
    } else {
        "plan-form-new"
    };
    let title = ctx
        .lang
        .text_with(key, &[("section", Arg::Text(&section.title(ctx.lang)))]);
    Form::new(title, (handlers(section).build)(ctx, index))
}

/// Writes the form's values as entry `index` of `section` (a new entry when `None`) into a copy
/// of the plan; the mistakes found, by field key, when a value cannot be read.
pub fn apply(
    ctx: &Ctx<'_>,
    section: Section,
    index: Option<usize>,
    form: &Form,
) -> Result<Edit, FieldErrors> {
    (handlers(section).read)(ctx, index, form)
}
