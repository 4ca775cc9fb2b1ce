//! The form that creates or edits one plan entry, filled with the entry's values. Field keys are
//! the plan file's keys, so the validator's mistakes land on the right field.

use super::sections::{Section, crisis_steps, number, spend_lines, weekly_values};
use crate::domain::{Kpi, RuleKind};
use crate::panes::form::{Form, FormField};
use crate::plan::{Plan, Threshold};
use chrono::{Duration, NaiveDate};

/// The crisis threshold sensitivities, in choice order.
pub const SENSITIVITIES: [&str; 3] = ["sensitive", "balanced", "strict"];

/// Options numbered by position, with "none" first when `none` is given.
fn indexed<'a>(
    labels: impl Iterator<Item = &'a str>,
    none: Option<&str>,
) -> Vec<(Option<i64>, String)> {
    none.map(|label| (None, label.to_string()))
        .into_iter()
        .chain(
            labels
                .enumerate()
                .map(|(i, label)| (Some(i as i64), label.to_string())),
        )
        .collect()
}

fn levels() -> Vec<(Option<i64>, String)> {
    (1..=3).map(|l| (Some(l), format!("level {l}"))).collect()
}

fn position<T: PartialEq + ?Sized>(items: &[&T], item: &T) -> Option<i64> {
    items.iter().position(|i| *i == item).map(|i| i as i64)
}

/// The form for entry `index` of `section` (a new entry when `None`).
pub fn form(
    plan: &Plan,
    channels: &[String],
    section: Section,
    index: Option<usize>,
    today: NaiveDate,
) -> Form {
    let verb = if index.is_some() || section == Section::Brand {
        "Edit"
    } else {
        "New"
    };
    let title = format!("{verb} — {}", section.title());
    let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let fields = match section {
        Section::Objectives => {
            let o = index.and_then(|i| plan.objectives.get(i));
            let kpis: Vec<&str> = Kpi::ALL.iter().map(|k| k.as_str()).collect();
            let kpi = o.map_or(Some(0), |o| position(&kpis, o.kpi.as_str()));
            let channel_names: Vec<&str> = channels.iter().map(String::as_str).collect();
            let channel = o
                .and_then(|o| o.channel.as_deref())
                .and_then(|c| position(&channel_names, c));
            vec![
                FormField::text("name", "Name", o.map_or("", |o| &o.name)),
                FormField::choice(
                    "kpi",
                    "KPI",
                    indexed(Kpi::ALL.iter().map(|k| k.label()), None),
                    kpi,
                ),
                FormField::choice(
                    "channel",
                    "Channel",
                    indexed(channel_names.iter().copied(), Some("all channels")),
                    channel,
                ),
                FormField::text(
                    "baseline",
                    "Baseline",
                    o.map_or("0".into(), |o| number(o.baseline)),
                ),
                FormField::text(
                    "target",
                    "Target",
                    o.map_or(String::new(), |o| number(o.target)),
                ),
                FormField::text(
                    "starts_on",
                    "Starts (YYYY-MM-DD)",
                    o.map_or(date(today), |o| o.starts_on.clone()),
                ),
                FormField::text(
                    "deadline",
                    "Deadline (YYYY-MM-DD)",
                    o.map_or(date(today + Duration::days(90)), |o| o.deadline.clone()),
                ),
                FormField::text("owner_note", "Owner note", o.map_or("", |o| &o.owner_note)),
            ]
        }
        Section::WeeklyValues => {
            let at = index.and_then(|i| weekly_values(plan).get(i).copied());
            let value = at.and_then(|(o, w)| plan.objectives.get(o)?.weekly.get(w));
            let manual = plan
                .objectives
                .iter()
                .position(|o| o.kpi == Kpi::Manual.as_str());
            let objective = at.map(|(o, _)| o).or(manual).unwrap_or(0);
            vec![
                FormField::choice(
                    "objective",
                    "Objective",
                    indexed(plan.objectives.iter().map(|o| o.name.as_str()), None),
                    Some(objective as i64),
                ),
                FormField::text(
                    "week",
                    "ISO week (YYYY-Www)",
                    value.map_or(crate::domain::week::iso_week_label(today), |v| {
                        v.week.clone()
                    }),
                ),
                FormField::text(
                    "value",
                    "Value",
                    value.map_or(String::new(), |v| number(v.value)),
                ),
            ]
        }
        Section::Personas => {
            let p = index.and_then(|i| plan.personas.get(i));
            vec![
                FormField::text("name", "Name", p.map_or("", |p| &p.name)),
                FormField::text(
                    "description",
                    "Who they are",
                    p.map_or("", |p| &p.description),
                ),
                FormField::text("goals", "Goals", p.map_or("", |p| &p.goals)),
                FormField::text("pains", "Pains", p.map_or("", |p| &p.pains)),
                FormField::text("channels", "Where they are", p.map_or("", |p| &p.channels)),
                FormField::text("content", "Content they like", p.map_or("", |p| &p.content)),
            ]
        }
        Section::Pillars => {
            let p = index.and_then(|i| plan.pillars.get(i));
            vec![
                FormField::text("name", "Name", p.map_or("", |p| &p.name)),
                FormField::text(
                    "share",
                    "Target share (%)",
                    p.map_or(String::new(), |p| number((p.share * 1000.0).round() / 10.0)),
                ),
                FormField::text(
                    "colour",
                    "Colour (name or #rrggbb)",
                    p.map_or("", |p| &p.colour),
                ),
                FormField::text(
                    "description",
                    "What it covers",
                    p.map_or("", |p| &p.description),
                ),
            ]
        }
        Section::Channels => {
            let c = index.and_then(|i| plan.channels.get(i));
            let channel_names: Vec<&str> = channels.iter().map(String::as_str).collect();
            let chosen = c.and_then(|c| position(&channel_names, c.channel.as_str()));
            vec![
                FormField::choice(
                    "channel",
                    "Channel",
                    indexed(channel_names.iter().copied(), None),
                    chosen.or(Some(0)),
                ),
                FormField::text("role", "Role in the mix", c.map_or("", |c| &c.role)),
                FormField::text(
                    "posts_per_week",
                    "Posts per week",
                    c.map_or(String::new(), |c| number(c.posts_per_week)),
                ),
                FormField::text("tone", "Tone", c.map_or("", |c| &c.tone)),
                FormField::text(
                    "slots",
                    "Slots (mon-fri 08:30, sat 11:00)",
                    c.map_or("", |c| &c.slots),
                ),
            ]
        }
        Section::Campaigns => {
            let c = index.and_then(|i| plan.campaigns.get(i));
            let objective = c
                .and_then(|c| c.objective.as_deref())
                .and_then(|name| plan.objectives.iter().position(|o| o.name == name))
                .map(|i| i as i64);
            let money = |v: f64| format!("{v:.2}");
            vec![
                FormField::text("name", "Name", c.map_or("", |c| &c.name)),
                FormField::choice(
                    "objective",
                    "Objective",
                    indexed(
                        plan.objectives.iter().map(|o| o.name.as_str()),
                        Some("none"),
                    ),
                    objective,
                ),
                FormField::text(
                    "starts_on",
                    "Starts (YYYY-MM-DD)",
                    c.map_or(date(today), |c| c.starts_on.clone()),
                ),
                FormField::text(
                    "ends_on",
                    "Ends (YYYY-MM-DD)",
                    c.map_or(date(today + Duration::days(30)), |c| c.ends_on.clone()),
                ),
                FormField::text(
                    "budget",
                    "Budget (€)",
                    c.map_or("0.00".into(), |c| money(c.budget)),
                ),
                FormField::text(
                    "conversions",
                    "Conversions",
                    c.map_or("0".into(), |c| c.conversions.to_string()),
                ),
                FormField::text(
                    "revenue",
                    "Revenue (€)",
                    c.map_or("0.00".into(), |c| money(c.revenue)),
                ),
                FormField::text("utm_source", "utm_source", c.map_or("", |c| &c.utm_source)),
                FormField::text(
                    "utm_medium",
                    "utm_medium",
                    c.map_or("social", |c| &c.utm_medium),
                ),
                FormField::text(
                    "utm_campaign",
                    "utm_campaign",
                    c.map_or("", |c| &c.utm_campaign),
                ),
                FormField::text("notes", "Notes", c.map_or("", |c| &c.notes)),
            ]
        }
        Section::Spend => {
            let at = index.and_then(|i| spend_lines(plan).get(i).copied());
            let line = at.and_then(|(c, s)| plan.campaigns.get(c)?.spend.get(s));
            vec![
                FormField::choice(
                    "campaign",
                    "Campaign",
                    indexed(plan.campaigns.iter().map(|c| c.name.as_str()), None),
                    Some(at.map_or(0, |(c, _)| c) as i64),
                ),
                FormField::text(
                    "on",
                    "Day (YYYY-MM-DD)",
                    line.map_or(date(today), |l| l.on.clone()),
                ),
                FormField::text(
                    "amount",
                    "Amount (€)",
                    line.map_or(String::new(), |l| format!("{:.2}", l.amount)),
                ),
                FormField::text("note", "What it paid for", line.map_or("", |l| &l.note)),
            ]
        }
        Section::Competitors => {
            let c = index.and_then(|i| plan.competitors.get(i));
            vec![
                FormField::text("name", "Name", c.map_or("", |c| &c.name)),
                FormField::text("notes", "Notes", c.map_or("", |c| &c.notes)),
            ]
        }
        Section::Rules => rule_fields(plan, index.and_then(|i| plan.rules.get(i))),
        Section::CrisisSteps => {
            let step = index.and_then(|i| crisis_steps(plan).get(i).copied());
            vec![
                FormField::choice("level", "Severity", levels(), Some(step.map_or(1, |s| s.0))),
                FormField::text("step", "Step", step.map_or("", |s| s.2)),
            ]
        }
        Section::Contacts => {
            let c = index.and_then(|i| plan.crisis.contacts.get(i));
            vec![
                FormField::text("name", "Name", c.map_or("", |c| &c.name)),
                FormField::text("role", "Role", c.map_or("", |c| &c.role)),
                FormField::text("phone", "Phone", c.map_or("", |c| &c.phone)),
                FormField::text("email", "Email", c.map_or("", |c| &c.email)),
            ]
        }
        Section::Statements => {
            let s = index.and_then(|i| plan.crisis.statements.get(i));
            vec![
                FormField::choice(
                    "level",
                    "Severity",
                    levels(),
                    Some(s.map_or(1, |s| s.level)),
                ),
                FormField::text("title", "Title", s.map_or("", |s| &s.title)),
                FormField::editor("body", "Statement", s.map_or("", |s| &s.body)),
            ]
        }
        Section::Tiers => {
            let t = index.and_then(|i| plan.tiers.get(i));
            let next = plan.tiers.iter().map(|t| t.position).max().unwrap_or(0) + 1;
            vec![
                FormField::text("name", "Name", t.map_or("", |t| &t.name)),
                FormField::text(
                    "position",
                    "Rank (1 = lowest)",
                    t.map_or(next, |t| t.position).to_string(),
                ),
                FormField::text(
                    "receives",
                    "What members receive",
                    t.map_or("", |t| &t.receives),
                ),
                FormField::text("move_up", "How to move up", t.map_or("", |t| &t.move_up)),
            ]
        }
        Section::Brand => {
            let b = &plan.brand;
            vec![
                FormField::text("name", "Brand name", b.name.clone()),
                FormField::text(
                    "response_target_minutes",
                    "Response target (min; blank = config)",
                    b.response_target_minutes
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                ),
                FormField::text(
                    "business_hours",
                    "Business hours (blank = config)",
                    b.business_hours.clone(),
                ),
                FormField::editor("tone_guide", "Tone of voice guide", &b.tone_guide),
                FormField::editor("escalation_rules", "When to escalate", &b.escalation_rules),
            ]
        }
    };
    Form::new(title, fields)
}

fn rule_fields(plan: &Plan, rule: Option<&crate::plan::Rule>) -> Vec<FormField> {
    let kinds: Vec<&str> = RuleKind::ALL.iter().map(|k| k.as_str()).collect();
    let kind = rule.map_or(Some(0), |r| position(&kinds, r.kind.as_str()));
    let competitor = rule
        .and_then(|r| r.competitor.as_deref())
        .and_then(|name| plan.competitors.iter().position(|c| c.name == name))
        .map(|i| i as i64);
    let threshold: Option<&Threshold> = rule.and_then(|r| r.threshold.as_ref());
    let sensitivity = threshold.and_then(|t| position(&SENSITIVITIES, t.sensitivity.as_str()));
    vec![
        FormField::text("name", "Name", rule.map_or("", |r| &r.name)),
        FormField::choice("kind", "Kind", indexed(kinds.iter().copied(), None), kind),
        FormField::choice(
            "competitor",
            "Competitor",
            indexed(
                plan.competitors.iter().map(|c| c.name.as_str()),
                Some("none"),
            ),
            competitor,
        ),
        FormField::text(
            "terms",
            "Terms (comma-separated)",
            rule.map_or("", |r| &r.terms),
        ),
        FormField::text(
            "exclusions",
            "Exclusions",
            rule.map_or("", |r| &r.exclusions),
        ),
        FormField::text("source", "Only from source", rule.map_or("", |r| &r.source)),
        FormField::text(
            "language",
            "Only in language",
            rule.map_or("", |r| &r.language),
        ),
        FormField::choice(
            "sensitivity",
            "Crisis threshold",
            indexed(SENSITIVITIES.iter().copied(), Some("no threshold")),
            sensitivity,
        ),
        FormField::text(
            "min_count",
            "Least mentions",
            threshold.map_or(5, |t| t.min_count).to_string(),
        ),
        FormField::text(
            "cooldown_hours",
            "Hours between alerts",
            threshold.map_or(12, |t| t.cooldown_hours).to_string(),
        ),
    ]
}
