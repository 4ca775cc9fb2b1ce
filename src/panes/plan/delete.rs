//! Deleting one plan entry: references by name cleared, and deletions that would leave a
//! listening rule without its competitor, or a channel without its history, refused.

use super::edit::Edit;
use super::sections::{Section, crisis_steps, level_steps, spend_lines, weekly_values};
use crate::i18n::{Arg, Lang};
use crate::plan::Plan;

/// Removes entry `index` of `section`; refuses what other entries still depend on, saying why
/// in `lang`.
pub fn delete(plan: &Plan, section: Section, index: usize, lang: Lang) -> Result<Edit, String> {
    let mut next = plan.clone();
    let missing = || lang.text("plan-delete-missing");
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
        Section::Personas => {
            remove(&mut next.personas, index).ok_or_else(missing)?;
        }
        Section::Pillars => {
            remove(&mut next.pillars, index).ok_or_else(missing)?;
        }
        Section::Channels => {
            next.channels.get(index).ok_or_else(missing)?;
            return Err(lang.text("plan-delete-channel"));
        }
        Section::Campaigns => {
            remove(&mut next.campaigns, index).ok_or_else(missing)?;
        }
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
                return Err(lang.text_with(
                    "plan-delete-watched-competitor",
                    &[("rule", Arg::Text(&rule.name))],
                ));
            }
            next.competitors.remove(index);
        }
        Section::Rules => {
            remove(&mut next.rules, index).ok_or_else(missing)?;
        }
        Section::CrisisSteps => {
            let (level, p, _) = *crisis_steps(plan).get(index).ok_or_else(missing)?;
            level_steps(&mut next, level).remove(p);
        }
        Section::Contacts => {
            remove(&mut next.crisis.contacts, index).ok_or_else(missing)?;
        }
        Section::Statements => {
            remove(&mut next.crisis.statements, index).ok_or_else(missing)?;
        }
        Section::Tiers => {
            remove(&mut next.tiers, index).ok_or_else(missing)?;
        }
        Section::Brand => return Err(lang.text("plan-delete-brand")),
    }
    let left = section.len(&next);
    Ok(Edit {
        plan: next,
        notes: Vec::new(),
        renames: Vec::new(),
        index: index.min(left.saturating_sub(1)),
    })
}

/// Removes entry `index` of `list` and gives it back; `None` when there is none.
fn remove<T>(list: &mut Vec<T>, index: usize) -> Option<T> {
    (index < list.len()).then(|| list.remove(index))
}
