//! The parts of the plan the plan screen lists, one section each: how many entries a section has,
//! the one-line summary of each and the validator path of an entry.

use crate::domain::RuleKind;
use crate::i18n::{Arg, Lang, count, decimal};
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

    /// The section's title in `lang`.
    pub fn title(self, lang: Lang) -> String {
        lang.text(self.key())
    }

    /// The catalogue key of the section's title.
    fn key(self) -> &'static str {
        match self {
            Section::Objectives => "plan-section-objectives",
            Section::WeeklyValues => "plan-section-weekly-values",
            Section::Personas => "plan-section-personas",
            Section::Pillars => "plan-section-pillars",
            Section::Channels => "plan-section-channels",
            Section::Campaigns => "plan-section-campaigns",
            Section::Spend => "plan-section-spend",
            Section::Competitors => "plan-section-competitors",
            Section::Rules => "plan-section-rules",
            Section::CrisisSteps => "plan-section-crisis-steps",
            Section::Contacts => "plan-section-contacts",
            Section::Statements => "plan-section-statements",
            Section::Tiers => "plan-section-tiers",
            Section::Brand => "plan-section-brand",
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

    /// One summary line per entry, in `lang` (raw text; the screen sanitizes it).
    pub fn lines(self, plan: &Plan, lang: Lang) -> Vec<String> {
        let t = |key: &str, args: &[(&str, Arg<'_>)]| lang.text_with(key, args);
        match self {
            Section::Objectives => plan
                .objectives
                .iter()
                .map(|o| {
                    t(
                        "plan-line-objective",
                        &[
                            ("name", Arg::Text(&o.name)),
                            ("kpi", Arg::Text(&kpi_label(&o.kpi, lang))),
                            ("baseline", Arg::Text(&figure(lang, o.baseline))),
                            ("target", Arg::Text(&figure(lang, o.target))),
                            ("deadline", Arg::Text(&o.deadline)),
                        ],
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
                        figure(lang, value.value)
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
                    let colour = if p.colour.is_empty() {
                        String::new()
                    } else {
                        format!(" · {}", p.colour)
                    };
                    t(
                        "plan-line-pillar",
                        &[
                            ("name", Arg::Text(&p.name)),
                            ("share", Arg::Text(&decimal(lang, p.share * 100.0, 0))),
                            ("colour", Arg::Text(&colour)),
                        ],
                    )
                })
                .collect(),
            Section::Channels => plan
                .channels
                .iter()
                .map(|c| {
                    let none = lang.text("plan-line-none");
                    let no_role = lang.text("plan-line-no-role");
                    let archived = if c.archived == Some(true) {
                        lang.text("plan-line-archived")
                    } else {
                        String::new()
                    };
                    t(
                        "plan-line-channel",
                        &[
                            ("channel", Arg::Text(&c.channel)),
                            ("archived", Arg::Text(&archived)),
                            (
                                "role",
                                Arg::Text(if c.role.is_empty() { &no_role } else { &c.role }),
                            ),
                            ("pace", Arg::Text(&figure(lang, c.posts_per_week))),
                            (
                                "slots",
                                Arg::Text(if c.slots.is_empty() { &none } else { &c.slots }),
                            ),
                        ],
                    )
                })
                .collect(),
            Section::Campaigns => plan
                .campaigns
                .iter()
                .map(|c| {
                    t(
                        "plan-line-campaign",
                        &[
                            ("name", Arg::Text(&c.name)),
                            ("starts", Arg::Text(&c.starts_on)),
                            ("ends", Arg::Text(&c.ends_on)),
                            ("budget", Arg::Text(&euros(lang, c.budget))),
                            ("conversions", Arg::Count(c.conversions)),
                            ("conversions_shown", Arg::Text(&count(lang, c.conversions))),
                        ],
                    )
                })
                .collect(),
            Section::Spend => spend_lines(plan)
                .into_iter()
                .filter_map(|(c, s)| {
                    let campaign = plan.campaigns.get(c)?;
                    let spend = campaign.spend.get(s)?;
                    Some(format!(
                        "{}  {:>12}  {} — {}",
                        spend.on,
                        euros(lang, spend.amount),
                        campaign.name,
                        spend.note
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
                    let kind = RuleKind::parse(&r.kind).map_or(r.kind.clone(), |k| k.word(lang));
                    format!("{} — {kind}{watches}: {}", r.name, r.terms)
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
            Section::Brand => {
                let config = lang.text("plan-line-from-config");
                let target = plan
                    .brand
                    .response_target_minutes
                    .map_or_else(|| config.clone(), |m| format!("{m} min"));
                let hours = if plan.brand.business_hours.is_empty() {
                    config.clone()
                } else {
                    plan.brand.business_hours.clone()
                };
                vec![t(
                    "plan-line-brand",
                    &[
                        ("name", Arg::Text(&plan.brand.name)),
                        ("target", Arg::Text(&target)),
                        ("hours", Arg::Text(&hours)),
                    ],
                )]
            }
        }
    }
}

/// Euros as the plan lists them: `600.00 €` / `600,00 €`.
fn euros(lang: Lang, value: f64) -> String {
    crate::i18n::money(lang, (value * 100.0).round() as i64)
}

/// A number in `lang` without a useless `.0`: `2.5` / `2,5`, `12,000` / `12.000`.
pub fn figure(lang: Lang, value: f64) -> String {
    let written = number(value);
    let places = written.split_once('.').map_or(0, |(_, f)| f.len());
    decimal(lang, value, places)
}

/// The KPI's label in `lang`, or its stored name when unknown.
pub fn kpi_label(stored: &str, lang: Lang) -> String {
    crate::domain::Kpi::parse(stored).map_or(stored.to_string(), |kpi| kpi.word(lang))
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
