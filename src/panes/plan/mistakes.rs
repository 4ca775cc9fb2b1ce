//! The plan checker's mistakes put on the open form: on the field they are about when they
//! concern the entry edited, else in the form's note.

use super::edit::FieldErrors;
use super::{PlanScreen, Section, entries, sections};
use crate::panes::form::{Form, FormField};
use crate::plan::Plan;

impl PlanScreen {
    /// Shows the plan checker's mistakes on the open form: on their field when they are about the
    /// entry edited (at `index` in the checked plan), else as the form's note.
    pub fn show_errors(&mut self, checked: &Plan, index: usize, errors: &[(String, String)]) {
        let Some(editing) = self.editing.as_mut() else {
            return;
        };
        let prefix = entry_path(checked, self.section, index, &editing.form);
        let mut on_fields: FieldErrors = Vec::new();
        let mut general = Vec::new();
        for (key, message) in errors {
            match prefix.as_deref().and_then(|p| key.strip_prefix(p)) {
                Some(rest) => match field_for(&editing.form.fields, rest) {
                    Some(field) => on_fields.push((field, message.clone())),
                    None => general.push(format!("{key}: {message}")),
                },
                None => general.push(format!("{key}: {message}")),
            }
        }
        editing.form.set_errors(&on_fields);
        editing.form.note = (!general.is_empty()).then(|| general.join("; "));
    }
}

/// The validator's path of entry `index` of `section` (such as `objectives[2]`), when it has one.
fn entry_path(plan: &Plan, section: Section, index: usize, form: &Form) -> Option<String> {
    let n = index + 1;
    Some(match section {
        Section::Objectives => format!("objectives[{n}]"),
        Section::WeeklyValues => {
            let (o, w) = *sections::weekly_values(plan).get(index)?;
            format!("objectives[{}].weekly[{}]", o + 1, w + 1)
        }
        Section::Personas => format!("personas[{n}]"),
        Section::Pillars => format!("pillars[{n}]"),
        Section::Channels => format!("channels[{n}]"),
        Section::Campaigns => format!("campaigns[{n}]"),
        Section::Spend => {
            let (c, s) = *sections::spend_lines(plan).get(index)?;
            format!("campaigns[{}].spend[{}]", c + 1, s + 1)
        }
        Section::Competitors => format!("competitors[{n}]"),
        Section::Rules => format!("rules[{n}]"),
        Section::CrisisSteps => {
            let level = form.choice(entries::crisis_steps::LEVEL).unwrap_or(1);
            let (_, p, _) = *sections::crisis_steps(plan).get(index)?;
            format!("crisis.level_{level}[{}]", p + 1)
        }
        Section::Contacts => format!("crisis.contacts[{n}]"),
        Section::Statements => format!("crisis.statements[{n}]"),
        Section::Tiers => format!("tiers[{n}]"),
        Section::Brand => "brand".to_string(),
    })
}

/// The form field a checker key's tail (`.deadline`, `.threshold.sensitivity`, ``) is about.
fn field_for(fields: &[FormField], rest: &str) -> Option<&'static str> {
    if !rest.is_empty() && !rest.starts_with('.') {
        return None;
    }
    let last = rest.rsplit('.').next().unwrap_or("");
    let wanted = match last {
        "" => fields
            .iter()
            .find(|f| f.key == entries::crisis_steps::STEP)
            .map(|f| f.key),
        "threshold" => Some(entries::rules::MIN_COUNT),
        _ => None,
    };
    wanted.or_else(|| fields.iter().find(|f| f.key == last).map(|f| f.key))
}
