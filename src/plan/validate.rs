//! Reading a plan file: TOML and field types first, then every rule of the plan, each mistake
//! reported as `file, line N, key `x`: message` (all of them, not just the first).

use super::{Plan, cents};
use crate::config::{ConfigError, key_at};
use crate::domain::{Kpi, RuleKind};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The crisis threshold sensitivities.
const SENSITIVITIES: &[&str] = &["sensitive", "balanced", "strict"];

/// Reads and checks a plan; `channels` are the database's channels as `network:handle` (a
/// `[[channels]]` entry may declare a new one).
pub fn parse(path: &Path, text: &str, channels: &[String]) -> Result<Plan, Vec<ConfigError>> {
    let plan: Plan =
        toml::from_str(text).map_err(|error| vec![ConfigError::from_toml(path, text, &error)])?;
    let mut check = Checker::new(path, text);
    check.plan(&plan, channels);
    if check.errors.is_empty() {
        Ok(plan)
    } else {
        Err(check.errors)
    }
}

/// Checks a plan built in the TUI: every mistake as (key, message), keys such as
/// `objectives[2].deadline` (1-based), the same rules as a plan file.
pub fn check(plan: &Plan, channels: &[String]) -> Vec<(String, String)> {
    let mut check = Checker::new(Path::new("plan"), "");
    check.plan(plan, channels);
    check
        .errors
        .into_iter()
        .map(|e| (e.key.unwrap_or_default(), e.message))
        .collect()
}

/// Collects mistakes with the line of their key.
struct Checker<'a> {
    path: &'a Path,
    lines: HashMap<String, usize>,
    errors: Vec<ConfigError>,
}

impl<'a> Checker<'a> {
    fn new(path: &'a Path, text: &str) -> Checker<'a> {
        let mut lines = HashMap::new();
        let mut offset = 0;
        for (index, line) in text.split('\n').enumerate() {
            if let Some(key) = key_at(text, offset) {
                lines.entry(key).or_insert(index + 1);
            }
            offset += line.len() + 1;
        }
        Checker {
            path,
            lines,
            errors: Vec::new(),
        }
    }

    /// The line of `key`, or of the nearest enclosing key that has one.
    fn line(&self, key: &str) -> Option<usize> {
        let mut key = key;
        loop {
            if let Some(line) = self.lines.get(key) {
                return Some(*line);
            }
            let cut = key.rfind(['.', '['])?;
            key = &key[..cut];
        }
    }

    fn error(&mut self, key: String, message: impl Into<String>) {
        self.errors.push(ConfigError {
            path: self.path.to_path_buf(),
            line: self.line(&key),
            key: Some(key),
            message: message.into(),
        });
    }

    fn date(&mut self, key: String, text: &str) -> Option<NaiveDate> {
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
        if date.is_none() {
            self.error(
                key,
                format!("`{text}` is not a date that exists (YYYY-MM-DD)"),
            );
        }
        date
    }

    fn name(&mut self, seen: &mut HashSet<String>, key: String, name: &str) {
        if name.trim().is_empty() {
            self.error(key, "the name is empty");
        } else if !seen.insert(name.to_string()) {
            self.error(key, format!("the name `{name}` is used twice"));
        }
    }

    fn money(&mut self, key: String, euros: f64) {
        if !euros.is_finite() || (euros * 100.0 - cents(euros) as f64).abs() > 1e-6 {
            self.error(key, "an amount is euros with at most two decimals");
        }
    }

    fn finite(&mut self, key: String, value: f64) {
        if !value.is_finite() {
            self.error(key, "the number is not finite");
        }
    }

    fn plan(&mut self, plan: &Plan, channels: &[String]) {
        if let Err(why) = crate::clock::brand_zone(&plan.brand.time_zone) {
            self.error("brand.time_zone".into(), why);
        }
        if let Err(why) = crate::clock::brand_week_start(&plan.brand.week_start) {
            self.error("brand.week_start".into(), why);
        }
        if !plan.brand.business_hours.trim().is_empty()
            && let Err(why) = crate::analytics::parse_business_hours(&plan.brand.business_hours)
        {
            self.error("brand.business_hours".into(), why);
        }
        if let Err(why) =
            crate::analytics::sentiment::parse_brand_terms(&plan.brand.sentiment_terms)
        {
            self.error("brand.sentiment_terms".into(), why.to_string());
        }
        let mut names = HashSet::new();
        for (i, o) in plan.objectives.iter().enumerate() {
            let at = format!("objectives[{}]", i + 1);
            self.name(&mut names, format!("{at}.name"), &o.name);
            if Kpi::parse(&o.kpi).is_none() {
                self.error(format!("{at}.kpi"), format!("unknown KPI `{}`", o.kpi));
            }
            if let Some(channel) = &o.channel
                && !channels.contains(channel)
                && !plan.channels.iter().any(|c| &c.channel == channel)
            {
                self.error(format!("{at}.channel"), unknown_channel(channel, channels));
            }
            self.finite(format!("{at}.baseline"), o.baseline);
            self.finite(format!("{at}.target"), o.target);
            let start = self.date(format!("{at}.starts_on"), &o.starts_on);
            let end = self.date(format!("{at}.deadline"), &o.deadline);
            if let (Some(start), Some(end)) = (start, end)
                && end < start
            {
                self.error(format!("{at}.deadline"), "the deadline is before the start");
            }
            let mut weeks = HashSet::new();
            for (j, w) in o.weekly.iter().enumerate() {
                let key = format!("{at}.weekly[{}].week", j + 1);
                if crate::domain::week::parse_iso_week(&w.week).is_none() {
                    self.error(key, format!("`{}` is not an ISO week (YYYY-Www)", w.week));
                } else if !weeks.insert(w.week.clone()) {
                    self.error(key, format!("week `{}` is given twice", w.week));
                }
            }
        }
        let objectives = names;
        self.simple_names(plan.personas.iter().map(|p| p.name.as_str()), "personas");
        self.pillars(plan);
        let mut seen = HashSet::new();
        for (i, c) in plan.channels.iter().enumerate() {
            let key = format!("channels[{}].channel", i + 1);
            if !channels.contains(&c.channel) {
                match crate::domain::channels::parse_key(&c.channel) {
                    Ok((network, handle)) if format!("{network}:{handle}") != c.channel => self
                        .error(
                            key.clone(),
                            format!("write the channel as `{network}:{handle}`"),
                        ),
                    Ok(_) => {}
                    Err(why) => self.error(key.clone(), why),
                }
            }
            if !seen.insert(c.channel.clone()) {
                self.error(key, format!("channel `{}` is planned twice", c.channel));
            }
            if c.char_limit == Some(0) {
                self.error(
                    format!("channels[{}].char_limit", i + 1),
                    "the length limit is at least 1 character",
                );
            }
            if !c.posts_per_week.is_finite() || c.posts_per_week < 0.0 {
                self.error(
                    format!("channels[{}].posts_per_week", i + 1),
                    "posts per week is a number of zero or more",
                );
            }
        }
        self.campaigns(plan, &objectives);
        self.listening(plan);
        self.crisis(plan);
        self.simple_names(plan.tiers.iter().map(|t| t.name.as_str()), "tiers");
    }

    fn simple_names<'n>(&mut self, names: impl Iterator<Item = &'n str>, table: &str) {
        let mut seen = HashSet::new();
        for (i, name) in names.enumerate() {
            self.name(&mut seen, format!("{table}[{}].name", i + 1), name);
        }
    }

    fn pillars(&mut self, plan: &Plan) {
        self.simple_names(plan.pillars.iter().map(|p| p.name.as_str()), "pillars");
        for (i, p) in plan.pillars.iter().enumerate() {
            if !(0.0..=1.0).contains(&p.share) {
                self.error(
                    format!("pillars[{}].share", i + 1),
                    format!("the share {} is outside 0 to 1", p.share),
                );
            }
        }
    }

    fn campaigns(&mut self, plan: &Plan, objectives: &HashSet<String>) {
        let mut names = HashSet::new();
        for (i, c) in plan.campaigns.iter().enumerate() {
            let at = format!("campaigns[{}]", i + 1);
            self.name(&mut names, format!("{at}.name"), &c.name);
            if let Some(objective) = &c.objective
                && !objectives.contains(objective)
            {
                self.error(
                    format!("{at}.objective"),
                    format!("no objective is named `{objective}`"),
                );
            }
            let start = self.date(format!("{at}.starts_on"), &c.starts_on);
            let end = self.date(format!("{at}.ends_on"), &c.ends_on);
            if let (Some(start), Some(end)) = (start, end)
                && end < start
            {
                self.error(
                    format!("{at}.ends_on"),
                    "the campaign ends before it starts",
                );
            }
            self.money(format!("{at}.budget"), c.budget);
            self.money(format!("{at}.revenue"), c.revenue);
            if c.conversions < 0 {
                self.error(
                    format!("{at}.conversions"),
                    "conversions cannot be negative",
                );
            }
            for (j, s) in c.spend.iter().enumerate() {
                self.date(format!("{at}.spend[{}].on", j + 1), &s.on);
                self.money(format!("{at}.spend[{}].amount", j + 1), s.amount);
            }
        }
    }

    fn listening(&mut self, plan: &Plan) {
        let competitors: HashSet<&str> = plan.competitors.iter().map(|c| c.name.as_str()).collect();
        self.simple_names(
            plan.competitors.iter().map(|c| c.name.as_str()),
            "competitors",
        );
        let mut names = HashSet::new();
        for (i, r) in plan.rules.iter().enumerate() {
            let at = format!("rules[{}]", i + 1);
            self.name(&mut names, format!("{at}.name"), &r.name);
            match (RuleKind::parse(&r.kind), &r.competitor) {
                (None, _) => self.error(format!("{at}.kind"), format!("unknown kind `{}`", r.kind)),
                (Some(RuleKind::Competitor), None) => self.error(
                    format!("{at}.competitor"),
                    "a competitor rule names its competitor",
                ),
                (Some(RuleKind::Competitor), Some(name))
                    if !competitors.contains(name.as_str()) =>
                {
                    self.error(
                        format!("{at}.competitor"),
                        format!("no competitor is named `{name}`"),
                    )
                }
                (Some(RuleKind::Brand | RuleKind::Sector), Some(_)) => self.error(
                    format!("{at}.competitor"),
                    "only a competitor rule names a competitor",
                ),
                _ => {}
            }
            if r.terms.trim().is_empty() {
                self.error(format!("{at}.terms"), "a rule needs terms to match");
            }
            if let Some(t) = &r.threshold {
                if !SENSITIVITIES.contains(&t.sensitivity.as_str()) {
                    self.error(
                        format!("{at}.threshold.sensitivity"),
                        format!(
                            "unknown sensitivity `{}` (sensitive, balanced, strict)",
                            t.sensitivity
                        ),
                    );
                }
                if t.min_count < 1 || t.cooldown_hours < 0 {
                    self.error(
                        format!("{at}.threshold"),
                        "min_count is at least 1 and cooldown_hours at least 0",
                    );
                }
            }
        }
    }

    fn crisis(&mut self, plan: &Plan) {
        let c = &plan.crisis;
        for (key, steps) in [
            ("level_1", &c.level_1),
            ("level_2", &c.level_2),
            ("level_3", &c.level_3),
        ] {
            for (i, step) in steps.iter().enumerate() {
                if step.trim().is_empty() {
                    self.error(format!("crisis.{key}[{}]", i + 1), "a step is empty");
                }
            }
        }
        for (i, s) in c.statements.iter().enumerate() {
            if !(1..=3).contains(&s.level) {
                self.error(
                    format!("crisis.statements[{}].level", i + 1),
                    "the level is 1, 2 or 3",
                );
            }
        }
    }
}

fn unknown_channel(channel: &str, channels: &[String]) -> String {
    let known = if channels.is_empty() {
        "there are none yet".to_string()
    } else {
        format!("known: {}", channels.join(", "))
    };
    format!(
        "unknown channel `{channel}` ({known}); declare it in a [[channels]] entry of this file, or add it with `cmdeck channel add NETWORK @HANDLE`"
    )
}
