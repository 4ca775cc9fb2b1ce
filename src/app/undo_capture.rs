//! Reading what an undo action is about to overwrite (which is its inverse, and the state an
//! entry expects to find), comparing two such readings, and writing an action.

use super::{App, UndoAction};
use crate::db::DbError;
use crate::plan::{Plan, Rename};

/// Whether two readings of the data are the same; plans are compared whatever order their
/// lists come in (an entry put back by undo is stored anew, and read last).
pub(super) fn same_state(a: &UndoAction, b: &UndoAction) -> bool {
    match (a, b) {
        (
            UndoAction::Plan {
                plan: a,
                renames: ra,
            },
            UndoAction::Plan {
                plan: b,
                renames: rb,
            },
        ) => ra == rb && in_any_order(a) == in_any_order(b),
        (a, b) => a == b,
    }
}

/// The plan with each of its lists in one fixed order.
fn in_any_order(plan: &Plan) -> Plan {
    fn sort<T: std::fmt::Debug>(list: &mut [T]) {
        list.sort_by_cached_key(|item| format!("{item:?}"));
    }
    let mut plan = plan.clone();
    sort(&mut plan.objectives);
    sort(&mut plan.personas);
    sort(&mut plan.pillars);
    sort(&mut plan.channels);
    sort(&mut plan.campaigns);
    sort(&mut plan.competitors);
    sort(&mut plan.rules);
    sort(&mut plan.tiers);
    plan
}

impl App {
    /// What `action` is about to overwrite, as the action that would put it back; none when
    /// that can only be known by doing it (merging again).
    pub(super) fn capture(&self, action: &UndoAction) -> Result<Option<UndoAction>, DbError> {
        Ok(Some(match action {
            UndoAction::Posts { restore, remove } => {
                let (mut now, mut gone) = (Vec::new(), Vec::new());
                for id in restore.iter().map(|s| s.id).chain(remove.iter().copied()) {
                    match self.db.post_snapshot(id)? {
                        Some(snapshot) => now.push(snapshot),
                        None if remove.contains(&id) => {}
                        None => gone.push(id),
                    }
                }
                UndoAction::Posts {
                    restore: now,
                    remove: gone,
                }
            }
            UndoAction::Rows(rows) => UndoAction::Rows(self.db.capture_rows(rows)?),
            UndoAction::Rule { restore, remove } => {
                let Some(id) = restore.as_ref().map(|r| r.id).or(*remove) else {
                    return Ok(Some(action.clone()));
                };
                let now = self.db.rule_snapshot(id)?;
                let remove = now.is_none().then_some(id);
                UndoAction::Rule {
                    restore: now,
                    remove,
                }
            }
            UndoAction::SavedReply { restore, remove } => {
                let Some(id) = restore.as_ref().map(|r| r.id).or(*remove) else {
                    return Ok(Some(action.clone()));
                };
                let now = self.db.saved_replies()?.into_iter().find(|r| r.id == id);
                let remove = now.is_none().then_some(id);
                UndoAction::SavedReply {
                    restore: now,
                    remove,
                }
            }
            UndoAction::Plan { renames, .. } => UndoAction::Plan {
                plan: Box::new(self.db.read_plan()?),
                renames: renames
                    .iter()
                    .rev()
                    .map(|r| Rename {
                        table: r.table,
                        from: r.to.clone(),
                        to: r.from.clone(),
                    })
                    .collect(),
            },
            UndoAction::WeekNote { week, .. } => {
                let (victories, notes) = self.db.week_note(week)?;
                UndoAction::WeekNote {
                    week: week.clone(),
                    victories,
                    notes,
                }
            }
            UndoAction::Merge(snapshot) => UndoAction::Remerge {
                kept: snapshot.kept.id,
                removed: snapshot.removed.0,
            },
            UndoAction::Remerge { .. } => return Ok(None),
            UndoAction::PersonRecord { restore, remove } => {
                let Some(id) = restore.as_ref().map(|p| p.id).or(*remove) else {
                    return Ok(Some(action.clone()));
                };
                let now = self.db.person_snapshot(id)?;
                let remove = now.is_none().then_some(id);
                UndoAction::PersonRecord {
                    restore: now.map(Box::new),
                    remove,
                }
            }
            UndoAction::TriageRule { restore, remove } => {
                let Some(id) = restore.as_ref().map(|r| r.id).or(*remove) else {
                    return Ok(Some(action.clone()));
                };
                let now = self.db.triage_rule(id)?;
                let remove = now.is_none().then_some(id);
                UndoAction::TriageRule {
                    restore: now,
                    remove,
                }
            }
            UndoAction::Followers { channel, on, .. } => UndoAction::Followers {
                channel: *channel,
                on: *on,
                before: self.db.followers_recorded(*channel, *on)?,
            },
            UndoAction::SentimentLessons { .. } => UndoAction::SentimentLessons {
                forgotten: self.db.forgotten_lessons()?,
            },
        }))
    }

    /// Writes `action` in one transaction; a merge done again answers what undoes it.
    pub(super) fn write_action(
        &mut self,
        action: &UndoAction,
    ) -> Result<Option<UndoAction>, DbError> {
        match action {
            UndoAction::Posts { restore, remove } => self.db.restore_posts(remove, restore)?,
            UndoAction::Rows(rows) => self.db.apply_rows(rows)?,
            UndoAction::Rule { restore, remove } => match (restore, remove) {
                (Some(rule), _) => self.db.restore_rule(rule)?,
                (None, Some(id)) => self.db.delete_rule(*id)?,
                (None, None) => {}
            },
            UndoAction::Merge(snapshot) => self.db.restore_merge(snapshot)?,
            UndoAction::Remerge { kept, removed } => {
                let snapshot = self.db.merge_people(*kept, *removed)?;
                return Ok(Some(UndoAction::Merge(Box::new(snapshot))));
            }
            UndoAction::Plan { plan, renames } => self.db.restore_plan(plan, renames)?,
            UndoAction::WeekNote {
                week,
                victories,
                notes,
            } => self.db.save_week_note(week, victories, notes)?,
            UndoAction::SavedReply { restore, remove } => match (restore, remove) {
                (Some(reply), _) => self.db.restore_saved_reply(reply)?,
                (None, Some(id)) => self.db.delete_saved_reply(*id)?,
                (None, None) => {}
            },
            UndoAction::Followers {
                channel,
                on,
                before,
            } => self.db.restore_followers(*channel, *on, *before)?,
            UndoAction::SentimentLessons { forgotten } => {
                self.db.restore_forgotten_lessons(forgotten)?
            }
            UndoAction::PersonRecord { restore, remove } => match (restore, remove) {
                (Some(person), _) => self.db.restore_person(person)?,
                (None, Some(id)) => self.db.remove_person(*id)?,
                (None, None) => {}
            },
            UndoAction::TriageRule { restore, remove } => match (restore, remove) {
                (Some(rule), _) => self.db.restore_triage_rule(rule)?,
                (None, Some(id)) => self.db.delete_triage_rule(*id)?,
                (None, None) => {}
            },
        }
        Ok(None)
    }
}
