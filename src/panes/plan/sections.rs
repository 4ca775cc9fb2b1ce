//! The parts of the plan the plan screen lists, one section each: how many entries a section has,
//! the one-line summary of each and the validator path of an entry.

use crate::plan::Plan;

/// One part of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Objectives with their KPI, measured for the week shown.
    Objectives,
    /// Values recorded by hand for manual KPIs.
    WeeklyValues,
    /// Audience segments and buyer personas.
    Personas,
    /// Content pillars with their target share and colour.
    Pillars,
    /// The role, pace, tone and slots of each channel.
    Channels,
    /// Campaigns with budget, results and UTM tags.
    Campaigns,
    /// The campaigns' spend ledger.
    Spend,
    /// Competitors watched by listening rules.
    Competitors,
    /// Listening rules with their crisis threshold.
    Rules,
    /// The crisis protocol's steps by severity level.
    CrisisSteps,
    /// Whom to call in a crisis.
    Contacts,
    /// Holding statements by level.
    Statements,
    /// Advocacy tiers for prescriptors.
    Tiers,
    /// Brand name, response-time target, tone of voice and escalation rules.
    Brand,
}

impl Section {
    /// Every section, in screen order.
    pub const ALL: [Section; 14] = [
        Section::Objectives,
        Section::WeeklyValues,
        Section::Personas,
        Section::Pillars,
        Section::Channels,
        Section::Campaigns,
        Section::Spend,
        Section::Competitors,
        Section::Rules,
        Section::CrisisSteps,
        Section::Contacts,
        Section::Statements,
        Section::Tiers,
        Section::Brand,
    ];

    /// The section's title.
    pub fn title(self) -> &'static str {
        match self {
            Section::Objectives => "Objectives & KPIs",
            Section::WeeklyValues => "Manual KPI values",
            Section::Personas => "Personas",
            Section::Pillars => "Content pillars",
            Section::Channels => "Channels",
            Section::Campaigns => "Campaigns",
            Section::Spend => "Spend ledger",
            Section::Competitors => "Competitors",
            Section::Rules => "Listening rules",
            Section::CrisisSteps => "Crisis steps",
            Section::Contacts => "Crisis contacts",
            Section::Statements => "Holding statements",
            Section::Tiers => "Advocacy tiers",
            Section::Brand => "Brand & tone",
        }
    }

    /// The section after this one, wrapping round.
    pub fn next(self) -> Section {
        let at = Section::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Section::ALL[(at + 1) % Section::ALL.len()]
    }

    /// The section before this one, wrapping round.
    pub fn previous(self) -> Section {
        let at = Section::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Section::ALL[(at + Section::ALL.len() - 1) % Section::ALL.len()]
    }

    /// How many entries the section holds (the brand is always one).
    pub fn len(self, plan: &Plan) -> usize {
        match self {
            Section::Objectives => plan.objectives.len(),
            Section::WeeklyValues => weekly_values(plan).len(),
            Section::Personas => plan.personas.len(),
            Section::Pillars => plan.pillars.len(),
            Section::Channels => plan.channels.len(),
            Section::Campaigns => plan.campaigns.len(),
            Section::Spend => spend_lines(plan).len(),
            Section::Competitors => plan.competitors.len(),
            Section::Rules => plan.rules.len(),
            Section::CrisisSteps => crisis_steps(plan).len(),
            Section::Contacts => plan.crisis.contacts.len(),
            Section::Statements => plan.crisis.statements.len(),
            Section::Tiers => plan.tiers.len(),
            Section::Brand => 1,
        }
    }

    /// Whether entries can be added and deleted (the brand can only be edited).
    pub fn is_list(self) -> bool {
        self != Section::Brand
    }

    /// One summary line per entry (raw text; the screen sanitizes it).
    pub fn lines(self, plan: &Plan) -> Vec<String> {
        match self {
            Section::Objectives => plan
                .objectives
                .iter()
                .map(|o| {
                    format!(
                        "{} — {} {} → {} by {}",
                        o.name,
                        kpi_label(&o.kpi),
                        number(o.baseline),
                        number(o.target),
                        o.deadline
                    )
                })
                .collect(),
            Section::WeeklyValues => weekly_values(plan)
                .into_iter()
                .filter_map(|(o, w)| {
                    let objective = plan.objectives.get(o)?;
                    let value = objective.weekly.get(w)?;
                    Some(format!(
                        "{}  {}  = {}",
                        value.week,
                        objective.name,
                        number(value.value)
                    ))
                })
                .collect(),
            Section::Personas => plan
                .personas
                .iter()
                .map(|p| format!("{} — {}", p.name, p.description))
                .collect(),
            Section::Pillars => plan
                .pillars
                .iter()
                .map(|p| {
                    format!(
                        "{} — {:.0}% of posts{}",
                        p.name,
                        p.share * 100.0,
                        if p.colour.is_empty() {
                            String::new()
                        } else {
                            format!(" · {}", p.colour)
                        }
                    )
                })
                .collect(),
            Section::Channels => plan
                .channels
                .iter()
                .map(|c| {
                    format!(
                        "{}{} — {} · {} posts/week · slots {}",
                        c.channel,
                        if c.archived == Some(true) {
                            " (archived)"
                        } else {
                            ""
                        },
                        if c.role.is_empty() {
                            "no role"
                        } else {
                            &c.role
                        },
                        number(c.posts_per_week),
                        if c.slots.is_empty() { "none" } else { &c.slots }
                    )
                })
                .collect(),
            Section::Campaigns => plan
                .campaigns
                .iter()
                .map(|c| {
                    format!(
                        "{} — {} to {} · budget {:.2} € · {} conversions",
                        c.name, c.starts_on, c.ends_on, c.budget, c.conversions
                    )
                })
                .collect(),
            Section::Spend => spend_lines(plan)
                .into_iter()
                .filter_map(|(c, s)| {
                    let campaign = plan.campaigns.get(c)?;
                    let spend = campaign.spend.get(s)?;
                    Some(format!(
                        "{}  {:>10.2} €  {} — {}",
                        spend.on, spend.amount, campaign.name, spend.note
                    ))
                })
                .collect(),
            Section::Competitors => plan
                .competitors
                .iter()
                .map(|c| format!("{} — {}", c.name, c.notes))
                .collect(),
            Section::Rules => plan
                .rules
                .iter()
                .map(|r| {
                    let watches = r
                        .competitor
                        .as_deref()
                        .map(|c| format!(" ({c})"))
                        .unwrap_or_default();
                    format!("{} — {}{watches}: {}", r.name, r.kind, r.terms)
                })
                .collect(),
            Section::CrisisSteps => crisis_steps(plan)
                .into_iter()
                .map(|(level, i, step)| format!("L{level} {}. {step}", i + 1))
                .collect(),
            Section::Contacts => plan
                .crisis
                .contacts
                .iter()
                .map(|c| format!("{} — {} · {} · {}", c.name, c.role, c.phone, c.email))
                .collect(),
            Section::Statements => plan
                .crisis
                .statements
                .iter()
                .map(|s| format!("L{} {}", s.level, s.title))
                .collect(),
            Section::Tiers => plan
                .tiers
                .iter()
                .map(|t| format!("{}. {} — {}", t.position, t.name, t.receives))
                .collect(),
            Section::Brand => vec![format!(
                "{} · response target {} · business hours {}",
                plan.brand.name,
                plan.brand
                    .response_target_minutes
                    .map_or("from the config".to_string(), |m| format!("{m} min")),
                if plan.brand.business_hours.is_empty() {
                    "from the config"
                } else {
                    &plan.brand.business_hours
                }
            )],
        }
    }
}

/// The KPI's label, or its stored name when unknown.
pub fn kpi_label(stored: &str) -> String {
    crate::domain::Kpi::parse(stored).map_or(stored.to_string(), |kpi| kpi.label())
}

/// A number without a useless `.0`.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Every manual KPI value as (objective index, value index), in plan order.
pub fn weekly_values(plan: &Plan) -> Vec<(usize, usize)> {
    plan.objectives
        .iter()
        .enumerate()
        .flat_map(|(o, objective)| (0..objective.weekly.len()).map(move |w| (o, w)))
        .collect()
}

/// Every spend line as (campaign index, line index), in plan order.
pub fn spend_lines(plan: &Plan) -> Vec<(usize, usize)> {
    plan.campaigns
        .iter()
        .enumerate()
        .flat_map(|(c, campaign)| (0..campaign.spend.len()).map(move |s| (c, s)))
        .collect()
}

/// Every crisis step as (level, position in its level, text), level 1 first.
pub fn crisis_steps(plan: &Plan) -> Vec<(i64, usize, &str)> {
    let crisis = &plan.crisis;
    [
        (1, &crisis.level_1),
        (2, &crisis.level_2),
        (3, &crisis.level_3),
    ]
    .into_iter()
    .flat_map(|(level, steps)| {
        steps
            .iter()
            .enumerate()
            .map(move |(i, step)| (level, i, step.as_str()))
    })
    .collect()
}

/// The steps of one level.
pub fn level_steps(plan: &mut Plan, level: i64) -> &mut Vec<String> {
    match level {
        1 => &mut plan.crisis.level_1,
        2 => &mut plan.crisis.level_2,
        _ => &mut plan.crisis.level_3,
    }
}
