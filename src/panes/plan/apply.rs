//! Turning a filled form (or a deletion) into the next plan: the entry written into a copy of the
//! plan, references by name kept in step, and the renames the database must apply so renamed
//! entries keep their ids. Nothing here is stored; the app checks and stores the result.

use super::forms::SENSITIVITIES;
use super::sections::{Section, crisis_steps, level_steps, spend_lines, weekly_values};
use crate::domain::{Kpi, RuleKind};
use crate::panes::form::Form;
use crate::plan::{
    Campaign, ChannelPlan, Competitor, Contact, Objective, Persona, Pillar, Plan, Rename, Rule,
    Spend, Statement, Threshold, Tier, WeekValue,
};

/// The plan after a change, and the renames that go with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// The whole plan as it will be stored.
    pub plan: Plan,
    /// Entries renamed by the change.
    pub renames: Vec<Rename>,
    /// Where the changed entry now is in its section (to select it and to place errors).
    pub index: usize,
}

/// Mistakes in the fields, by field key.
pub type FieldErrors = Vec<(&'static str, String)>;

/// Reads typed numbers: a decimal comma is accepted, an empty field is an error.
struct Fields<'a> {
    form: &'a Form,
    errors: FieldErrors,
}

impl Fields<'_> {
    fn text(&self, key: &str) -> String {
        self.form.text(key).trim().to_string()
    }

    fn number(&mut self, key: &'static str) -> f64 {
        let text = self.text(key).replace(',', ".");
        match text.parse::<f64>() {
            Ok(value) if value.is_finite() => value,
            _ => {
                self.errors
                    .push((key, format!("`{text}` is not a number (such as 12.5)")));
                0.0
            }
        }
    }

    fn whole(&mut self, key: &'static str) -> i64 {
        let text = self.text(key);
        text.parse::<i64>().unwrap_or_else(|_| {
            self.errors
                .push((key, format!("`{text}` is not a whole number")));
            0
        })
    }

    fn index(&self, key: &str) -> Option<usize> {
        self.form.choice(key).and_then(|i| usize::try_from(i).ok())
    }
}

/// Puts `item` at `index` of `list`, or appends it; returns where it is.
fn put<T>(list: &mut Vec<T>, index: Option<usize>, item: T) -> usize {
    match index.filter(|i| *i < list.len()) {
        Some(i) => {
            list[i] = item;
            i
        }
        None => {
            list.push(item);
            list.len() - 1
        }
    }
}

/// The rename of a named entry, when its name changed.
fn renamed(table: &'static str, old: Option<&str>, new: &str) -> Vec<Rename> {
    match old {
        Some(old) if old != new => vec![Rename {
            table,
            from: old.to_string(),
            to: new.to_string(),
        }],
        _ => Vec::new(),
    }
}

/// Writes the form's values as entry `index` of `section` (a new entry when `None`).
pub fn apply(
    plan: &Plan,
    channels: &[String],
    section: Section,
    index: Option<usize>,
    form: &Form,
) -> Result<Edit, FieldErrors> {
    let mut next = plan.clone();
    let mut f = Fields {
        form,
        errors: Vec::new(),
    };
    let mut renames = Vec::new();
    let at = match section {
        Section::Objectives => {
            let old = index.and_then(|i| plan.objectives.get(i));
            let kpi = f
                .index("kpi")
                .and_then(|k| Kpi::ALL.get(k))
                .map_or("manual", |k| k.as_str());
            let objective = Objective {
                name: f.text("name"),
                kpi: kpi.to_string(),
                channel: f.index("channel").and_then(|c| channels.get(c).cloned()),
                baseline: f.number("baseline"),
                target: f.number("target"),
                starts_on: f.text("starts_on"),
                deadline: f.text("deadline"),
                owner_note: f.text("owner_note"),
                weekly: old.map(|o| o.weekly.clone()).unwrap_or_default(),
            };
            if let Some(old) = old
                && old.name != objective.name
            {
                for campaign in &mut next.campaigns {
                    if campaign.objective.as_deref() == Some(old.name.as_str()) {
                        campaign.objective = Some(objective.name.clone());
                    }
                }
            }
            renames = renamed("objectives", old.map(|o| o.name.as_str()), &objective.name);
            put(&mut next.objectives, index, objective)
        }
        Section::WeeklyValues => {
            let value = WeekValue {
                week: f.text("week"),
                value: f.number("value"),
            };
            let Some(target) = f.index("objective").filter(|o| *o < next.objectives.len()) else {
                return Err(vec![("objective", "add an objective first".into())]);
            };
            if let Some((o, w)) = index.and_then(|i| weekly_values(plan).get(i).copied())
                && let Some(objective) = next.objectives.get_mut(o)
                && w < objective.weekly.len()
            {
                objective.weekly.remove(w);
            }
            let weekly = &mut next.objectives[target].weekly;
            weekly.push(value);
            weekly.sort_by(|a, b| a.week.cmp(&b.week));
            let week = f.text("week");
            weekly_values(&next)
                .iter()
                .position(|(o, w)| *o == target && next.objectives[*o].weekly[*w].week == week)
                .unwrap_or(0)
        }
        Section::Personas => {
            let persona = Persona {
                name: f.text("name"),
                description: f.text("description"),
                goals: f.text("goals"),
                pains: f.text("pains"),
                channels: f.text("channels"),
                content: f.text("content"),
            };
            let old = index
                .and_then(|i| plan.personas.get(i))
                .map(|p| p.name.as_str());
            renames = renamed("personas", old, &persona.name);
            put(&mut next.personas, index, persona)
        }
        Section::Pillars => {
            let pillar = Pillar {
                name: f.text("name"),
                share: (f.number("share") / 100.0 * 10_000.0).round() / 10_000.0,
                colour: f.text("colour"),
                description: f.text("description"),
            };
            let old = index
                .and_then(|i| plan.pillars.get(i))
                .map(|p| p.name.as_str());
            renames = renamed("pillars", old, &pillar.name);
            put(&mut next.pillars, index, pillar)
        }
        Section::Channels => {
            let Some(channel) = f.index("channel").and_then(|c| channels.get(c).cloned()) else {
                return Err(vec![("channel", "the database has no channel yet".into())]);
            };
            let planned = ChannelPlan {
                channel,
                role: f.text("role"),
                posts_per_week: f.number("posts_per_week"),
                tone: f.text("tone"),
                slots: f.text("slots"),
            };
            put(&mut next.channels, index, planned)
        }
        Section::Campaigns => {
            let old = index.and_then(|i| plan.campaigns.get(i));
            let campaign = Campaign {
                name: f.text("name"),
                objective: f
                    .index("objective")
                    .and_then(|o| plan.objectives.get(o))
                    .map(|o| o.name.clone()),
                starts_on: f.text("starts_on"),
                ends_on: f.text("ends_on"),
                budget: f.number("budget"),
                conversions: f.whole("conversions"),
                revenue: f.number("revenue"),
                utm_source: f.text("utm_source"),
                utm_medium: f.text("utm_medium"),
                utm_campaign: f.text("utm_campaign"),
                notes: f.text("notes"),
                spend: old.map(|c| c.spend.clone()).unwrap_or_default(),
            };
            renames = renamed("campaigns", old.map(|c| c.name.as_str()), &campaign.name);
            put(&mut next.campaigns, index, campaign)
        }
        Section::Spend => {
            let line = Spend {
                on: f.text("on"),
                amount: f.number("amount"),
                note: f.text("note"),
            };
            let Some(target) = f.index("campaign").filter(|c| *c < next.campaigns.len()) else {
                return Err(vec![("campaign", "add a campaign first".into())]);
            };
            let old = index.and_then(|i| spend_lines(plan).get(i).copied());
            let position = match old {
                Some((c, s)) if c == target => Some(s),
                Some((c, s)) => {
                    if let Some(campaign) = next.campaigns.get_mut(c)
                        && s < campaign.spend.len()
                    {
                        campaign.spend.remove(s);
                    }
                    None
                }
                None => None,
            };
            let s = put(&mut next.campaigns[target].spend, position, line);
            spend_lines(&next)
                .iter()
                .position(|p| *p == (target, s))
                .unwrap_or(0)
        }
        Section::Competitors => {
            let competitor = Competitor {
                name: f.text("name"),
                notes: f.text("notes"),
            };
            if let Some(old) = index.and_then(|i| plan.competitors.get(i))
                && old.name != competitor.name
            {
                for rule in &mut next.rules {
                    if rule.competitor.as_deref() == Some(old.name.as_str()) {
                        rule.competitor = Some(competitor.name.clone());
                    }
                }
                renames = renamed("competitors", Some(&old.name), &competitor.name);
            }
            put(&mut next.competitors, index, competitor)
        }
        Section::Rules => {
            let rule = rule_from(plan, &mut f);
            let old = index
                .and_then(|i| plan.rules.get(i))
                .map(|r| r.name.as_str());
            renames = renamed("listening_rules", old, &rule.name);
            put(&mut next.rules, index, rule)
        }
        Section::CrisisSteps => {
            let level = form.choice("level").unwrap_or(1).clamp(1, 3);
            let text = f.text("step");
            let old = index.and_then(|i| crisis_steps(plan).get(i).map(|(l, p, _)| (*l, *p)));
            let position = match old {
                Some((l, p)) if l == level => Some(p),
                Some((l, p)) => {
                    let steps = level_steps(&mut next, l);
                    if p < steps.len() {
                        steps.remove(p);
                    }
                    None
                }
                None => None,
            };
            let p = put(level_steps(&mut next, level), position, text);
            crisis_steps(&next)
                .iter()
                .position(|(l, q, _)| *l == level && *q == p)
                .unwrap_or(0)
        }
        Section::Contacts => {
            let contact = Contact {
                name: f.text("name"),
                role: f.text("role"),
                phone: f.text("phone"),
                email: f.text("email"),
            };
            put(&mut next.crisis.contacts, index, contact)
        }
        Section::Statements => {
            let statement = Statement {
                level: form.choice("level").unwrap_or(1),
                title: f.text("title"),
                body: form.text("body").trim_end().to_string(),
            };
            put(&mut next.crisis.statements, index, statement)
        }
        Section::Tiers => {
            let tier = Tier {
                name: f.text("name"),
                position: f.whole("position"),
                receives: f.text("receives"),
                move_up: f.text("move_up"),
            };
            put(&mut next.tiers, index, tier)
        }
        Section::Brand => {
            let minutes = f.text("response_target_minutes");
            next.brand.name = f.text("name");
            next.brand.response_target_minutes = if minutes.is_empty() {
                None
            } else {
                match minutes.parse::<u32>() {
                    Ok(m) if m > 0 => Some(m),
                    _ => {
                        f.errors.push((
                            "response_target_minutes",
                            format!("`{minutes}` is not a number of minutes above 0"),
                        ));
                        None
                    }
                }
            };
            next.brand.business_hours = f.text("business_hours");
            next.brand.tone_guide = form.text("tone_guide").trim_end().to_string();
            next.brand.escalation_rules = form.text("escalation_rules").trim_end().to_string();
            0
        }
    };
    if f.errors.is_empty() {
        Ok(Edit {
            plan: next,
            renames,
            index: at,
        })
    } else {
        Err(f.errors)
    }
}

fn rule_from(plan: &Plan, f: &mut Fields<'_>) -> Rule {
    let threshold = f
        .index("sensitivity")
        .and_then(|s| SENSITIVITIES.get(s))
        .map(|sensitivity| Threshold {
            sensitivity: sensitivity.to_string(),
            min_count: f.whole("min_count"),
            cooldown_hours: f.whole("cooldown_hours"),
        });
    Rule {
        name: f.text("name"),
        kind: f
            .index("kind")
            .and_then(|k| RuleKind::ALL.get(k))
            .map_or("brand", |k| k.as_str())
            .to_string(),
        competitor: f
            .index("competitor")
            .and_then(|c| plan.competitors.get(c))
            .map(|c| c.name.clone()),
        terms: f.text("terms"),
        exclusions: f.text("exclusions"),
        source: f.text("source"),
        language: f.text("language"),
        threshold,
    }
}
