//! Deleting one plan entry: references by name cleared, and deletions that would leave a
//! listening rule without its competitor, or a channel without its history, refused.

use super::edit::Edit;
use super::sections::{Section, crisis_steps, level_steps, spend_lines, weekly_values};
use crate::plan::Plan;

/// Removes entry `index` of `section`; refuses what other entries still depend on.
pub fn delete(plan: &Plan, section: Section, index: usize) -> Result<Edit, String> {
    let mut next = plan.clone();
    let missing = || "there is no such entry".to_string();
    match section {
        Section::Objectives => {
            let gone = next.objectives.get(index).ok_or_else(missing)?.name.clone();
            next.objectives.remove(index);
            for campaign in &mut next.campaigns {
                if campaign.objective.as_deref() == Some(gone.as_str()) {
                    campaign.objective = None;
                }
            }
        }
        Section::WeeklyValues => {
            let (o, w) = *weekly_values(plan).get(index).ok_or_else(missing)?;
            next.objectives[o].weekly.remove(w);
        }
        Section::Personas => remove(&mut next.personas, index)?,
        Section::Pillars => remove(&mut next.pillars, index)?,
        Section::Channels => {
            next.channels.get(index).ok_or_else(missing)?;
            return Err(
                "a channel keeps its history: edit it and set Archived to yes to take it out of the forms (an unused one can be removed with `cmdeck channel remove`)"
                    .into(),
            );
        }
        Section::Campaigns => remove(&mut next.campaigns, index)?,
        Section::Spend => {
            let (c, s) = *spend_lines(plan).get(index).ok_or_else(missing)?;
            next.campaigns[c].spend.remove(s);
        }
        Section::Competitors => {
            let name = &next.competitors.get(index).ok_or_else(missing)?.name;
            if let Some(rule) = next
                .rules
                .iter()
                .find(|r| r.competitor.as_deref() == Some(name.as_str()))
            {
                return Err(format!(
                    "the listening rule `{}` watches this competitor: change or delete it first",
                    rule.name
                ));
            }
            next.competitors.remove(index);
        }
        Section::Rules => remove(&mut next.rules, index)?,
        Section::CrisisSteps => {
            let (level, p, _) = *crisis_steps(plan).get(index).ok_or_else(missing)?;
            level_steps(&mut next, level).remove(p);
        }
        Section::Contacts => remove(&mut next.crisis.contacts, index)?,
        Section::Statements => remove(&mut next.crisis.statements, index)?,
        Section::Tiers => remove(&mut next.tiers, index)?,
        Section::Brand => return Err("the brand's settings can be edited, not deleted".into()),
    }
    let left = section.len(&next);
    Ok(Edit {
        plan: next,
        notes: Vec::new(),
        renames: Vec::new(),
        index: index.min(left.saturating_sub(1)),
    })
}

fn remove<T>(list: &mut Vec<T>, index: usize) -> Result<(), String> {
    if index < list.len() {
        list.remove(index);
        Ok(())
    } else {
        Err("there is no such entry".into())
    }
}
