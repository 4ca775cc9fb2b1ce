//! Reading a plan file: TOML and field types first, then every rule of the plan, each mistake
//! reported as `file, line N, key `x`: message` (all of them, not just the first), worded in the
//! run's language (`assets/i18n/*/plan_check.ftl`).

use super::{Plan, cents};
use crate::config::{ConfigError, key_at};
use crate::domain::{Kpi, RuleKind};
use crate::i18n::{Arg, Lang};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The crisis threshold sensitivities.
const SENSITIVITIES: &[&str] = &["sensitive", "balanced", "strict"];

/// Reads and checks a plan; `channels` are the database's channels as `network:handle` (a
/// `[[channels]]` entry may declare a new one). Every mistake's message is worded in `lang`
/// (show the errors with [`ConfigError::message`] in the same language).
pub fn parse(
    path: &Path,
    text: &str,
    channels: &[String],
    lang: Lang,
) -> Result<Plan, Vec<ConfigError>> {
    let plan: Plan = toml::from_str(text)
        .map_err(|error| vec![ConfigError::from_toml_in(path, text, &error, lang)])?;
    let mut check = Checker::new(path, text, lang);
    check.plan(&plan, channels);
    if check.errors.is_empty() {
        Ok(plan)
    } else {
        Err(check.errors)
    }
}

/// Checks a plan built in the TUI: every mistake as (key, message), keys such as
/// `objectives[2].deadline` (1-based), the same rules as a plan file, messages worded in `lang`.
pub fn check(plan: &Plan, channels: &[String], lang: Lang) -> Vec<(String, String)> {
    let mut check = Checker::new(Path::new("plan"), "", lang);
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
    lang: Lang,
}

impl<'a> Checker<'a> {
    fn new(path: &'a Path, text: &str, lang: Lang) -> Checker<'a> {
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
            lang,
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
            let message = self
                .lang
                .text_with("plan-check-date", &[("text", Arg::Text(text))]);
            self.error(key, message);
        }
        date
    }

    fn name(&mut self, seen: &mut HashSet<String>, key: String, name: &str) {
        if name.trim().is_empty() {
            let message = self.lang.text("plan-check-name-empty");
            self.error(key, message);
        } else if !seen.insert(name.to_string()) {
            let message = self
                .lang
                .text_with("plan-check-name-twice", &[("name", Arg::Text(name))]);
            self.error(key, message);
        }
    }

    fn money(&mut self, key: String, euros: f64) {
        if !euros.is_finite() || (euros * 100.0 - cents(euros) as f64).abs() > 1e-6 {
            let message = self.lang.text("plan-check-money");
            self.error(key, message);
        }
    }

    fn finite(&mut self, key: String, value: f64) {
        if !value.is_finite() {
            let message = self.lang.text("plan-check-not-finite");
            self.error(key, message);
        }
    }

    fn plan(&mut self, plan: &Plan, channels: &[String]) {
        let lang = self.lang;
        if let Err(why) = crate::clock::brand_zone_in(&plan.brand.time_zone, lang) {
            self.error("brand.time_zone".into(), why);
        }
        if let Err(why) = crate::clock::brand_week_start_in(&plan.brand.week_start, lang) {
            self.error("brand.week_start".into(), why);
        }
        if !plan.brand.business_hours.trim().is_empty()
            && let Err(why) =
                crate::analytics::parse_business_hours_in(&plan.brand.business_hours, lang)
        {
            self.error("brand.business_hours".into(), why);
        }
        if let Err(why) =
            crate::analytics::sentiment::parse_brand_terms_in(&plan.brand.sentiment_terms, lang)
        {
            self.error("brand.sentiment_terms".into(), why.message(lang));
        }
        let mut names = HashSet::new();
        for (i, o) in plan.objectives.iter().enumerate() {
            let at = format!("objectives[{}]", i + 1);
            self.name(&mut names, format!("{at}.name"), &o.name);
            if Kpi::parse(&o.kpi).is_none() {
                let message = self
                    .lang
                    .text_with("plan-check-unknown-kpi", &[("kpi", Arg::Text(&o.kpi))]);
                self.error(format!("{at}.kpi"), message);
            }
            if let Some(channel) = &o.channel
                && !channels.contains(channel)
                && !plan.channels.iter().any(|c| &c.channel == channel)
            {
                let message = unknown_channel(lang, channel, channels);
                self.error(format!("{at}.channel"), message);
            }
            self.finite(format!("{at}.baseline"), o.baseline);
            self.finite(format!("{at}.target"), o.target);
            let start = self.date(format!("{at}.starts_on"), &o.starts_on);
            let end = self.date(format!("{at}.deadline"), &o.deadline);
            if let (Some(start), Some(end)) = (start, end)
                && end < start
            {
                let message = self.lang.text("plan-check-deadline-before-start");
                self.error(format!("{at}.deadline"), message);
            }
            let mut weeks = HashSet::new();
            for (j, w) in o.weekly.iter().enumerate() {
                let key = format!("{at}.weekly[{}].week", j + 1);
                if crate::domain::week::parse_iso_week(&w.week).is_none() {
                    let message = self
                        .lang
                        .text_with("plan-check-iso-week", &[("week", Arg::Text(&w.week))]);
                    self.error(key, message);
                } else if !weeks.insert(w.week.clone()) {
                    let message = self
                        .lang
                        .text_with("plan-check-week-twice", &[("week", Arg::Text(&w.week))]);
                    self.error(key, message);
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
                match crate::domain::channels::parse_key_in(&c.channel, lang) {
                    Ok((network, handle)) if format!("{network}:{handle}") != c.channel => {
                        let written = format!("{network}:{handle}");
                        let message = self.lang.text_with(
                            "plan-check-channel-spelling",
                            &[("channel", Arg::Text(&written))],
                        );
                        self.error(key.clone(), message);
                    }
                    Ok(_) => {}
                    Err(why) => self.error(key.clone(), why),
                }
            }
            if !seen.insert(c.channel.clone()) {
                let message = self.lang.text_with(
                    "plan-check-channel-twice",
                    &[("channel", Arg::Text(&c.channel))],
                );
                self.error(key, message);
            }
            if c.char_limit == Some(0) {
                let message = self.lang.text("plan-check-char-limit");
                self.error(format!("channels[{}].char_limit", i + 1), message);
            }
            if !c.posts_per_week.is_finite() || c.posts_per_week < 0.0 {
                let message = self.lang.text("plan-check-posts-per-week");
                self.error(format!("channels[{}].posts_per_week", i + 1), message);
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
                let share = match self.lang {
                    Lang::En => p.share.to_string(),
                    Lang::Es => p.share.to_string().replace('.', ","),
                };
                let message = self
                    .lang
                    .text_with("plan-check-share-range", &[("share", Arg::Text(&share))]);
                self.error(format!("pillars[{}].share", i + 1), message);
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
                let message = self.lang.text_with(
                    "plan-check-no-objective",
                    &[("objective", Arg::Text(objective))],
                );
                self.error(format!("{at}.objective"), message);
            }
            let start = self.date(format!("{at}.starts_on"), &c.starts_on);
            let end = self.date(format!("{at}.ends_on"), &c.ends_on);
            if let (Some(start), Some(end)) = (start, end)
                && end < start
            {
                let message = self.lang.text("plan-check-campaign-ends-before");
                self.error(format!("{at}.ends_on"), message);
            }
            self.money(format!("{at}.budget"), c.budget);
            self.money(format!("{at}.revenue"), c.revenue);
            if c.conversions < 0 {
                let message = self.lang.text("plan-check-conversions-negative");
                self.error(format!("{at}.conversions"), message);
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
            let mistake = match (RuleKind::parse(&r.kind), &r.competitor) {
                (None, _) => Some((
                    "kind",
                    self.lang.text_with(
                        "plan-check-unknown-rule-kind",
                        &[("kind", Arg::Text(&r.kind))],
                    ),
                )),
                (Some(RuleKind::Competitor), None) => Some((
                    "competitor",
                    self.lang.text("plan-check-competitor-missing"),
                )),
                (Some(RuleKind::Competitor), Some(name))
                    if !competitors.contains(name.as_str()) =>
                {
                    Some((
                        "competitor",
                        self.lang
                            .text_with("plan-check-no-competitor", &[("name", Arg::Text(name))]),
                    ))
                }
                (Some(RuleKind::Brand | RuleKind::Sector), Some(_)) => Some((
                    "competitor",
                    self.lang.text("plan-check-competitor-not-allowed"),
                )),
                _ => None,
            };
            if let Some((field, message)) = mistake {
                self.error(format!("{at}.{field}"), message);
            }
            if r.terms.trim().is_empty() {
                let message = self.lang.text("plan-check-terms-empty");
                self.error(format!("{at}.terms"), message);
            }
            if let Some(t) = &r.threshold {
                if !SENSITIVITIES.contains(&t.sensitivity.as_str()) {
                    let message = self.lang.text_with(
                        "plan-check-unknown-sensitivity",
                        &[("sensitivity", Arg::Text(&t.sensitivity))],
                    );
                    self.error(format!("{at}.threshold.sensitivity"), message);
                }
                if t.min_count < 1 || t.cooldown_hours < 0 {
                    let message = self.lang.text("plan-check-threshold");
                    self.error(format!("{at}.threshold"), message);
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
                    let message = self.lang.text("plan-check-step-empty");
                    self.error(format!("crisis.{key}[{}]", i + 1), message);
                }
            }
        }
        for (i, s) in c.statements.iter().enumerate() {
            if !(1..=3).contains(&s.level) {
                let message = self.lang.text("plan-check-statement-level");
                self.error(format!("crisis.statements[{}].level", i + 1), message);
            }
        }
    }
}

/// Why `channel` is not one the plan may name, with the `channels` there are, in `lang`.
fn unknown_channel(lang: Lang, channel: &str, channels: &[String]) -> String {
    let known = if channels.is_empty() {
        lang.text("plan-check-channels-none")
    } else {
        lang.text_with(
            "plan-check-channels-known",
            &[("channels", Arg::Text(&channels.join(", ")))],
        )
    };
    lang.text_with(
        "plan-check-unknown-channel",
        &[
            ("channel", Arg::Text(channel)),
            ("known", Arg::Text(&known)),
        ],
    )
}
