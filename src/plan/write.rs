//! The commented TOML text of a plan, written by hand so comments and order stay stable. The
//! comments are in the language asked for (`plan-file-*` in `assets/i18n/*/plan_check.ftl`);
//! the keys and values are the same in every language.

use super::{Plan, cents};
use crate::domain::{Kpi, RuleKind};
use crate::i18n::{Arg, Lang};
use std::fmt::Write;

/// The plan as a commented TOML document with English comments; the same plan always gives the
/// same text.
pub fn to_toml(plan: &Plan) -> String {
    to_toml_in(plan, Lang::En)
}

/// [`to_toml`] with its comments in `lang`: the same plan in the same language always gives the
/// same text, and every language's text reads back as the same plan.
pub fn to_toml_in(plan: &Plan, lang: Lang) -> String {
    let mut out = String::new();
    comment(&mut out, &lang.text("plan-file-header"));
    out.push('\n');
    brand(&mut out, plan, lang);
    objectives(&mut out, plan, lang);
    personas(&mut out, plan, lang);
    pillars(&mut out, plan, lang);
    channels(&mut out, plan, lang);
    campaigns(&mut out, plan, lang);
    listening(&mut out, plan, lang);
    crisis(&mut out, plan, lang);
    tiers(&mut out, plan, lang);
    out
}

/// Writes `text` as comment lines, `# ` before each of its lines.
fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "# {line}");
    }
}

/// A TOML basic string on one line.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A float that always reads back as a float.
fn float(value: f64) -> String {
    format!("{value:?}")
}

/// Euros with two decimals.
fn money(value: f64) -> String {
    let cents = cents(value);
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

fn line(out: &mut String, key: &str, value: String) {
    let _ = writeln!(out, "{key} = {value}");
}

fn brand(out: &mut String, plan: &Plan, lang: Lang) {
    comment(out, &lang.text("plan-file-brand"));
    out.push_str("[brand]\n");
    let b = &plan.brand;
    line(out, "name", quote(&b.name));
    if let Some(minutes) = b.response_target_minutes {
        line(out, "response_target_minutes", minutes.to_string());
    }
    if !b.business_hours.is_empty() {
        line(out, "business_hours", quote(&b.business_hours));
    }
    line(out, "tone_guide", quote(&b.tone_guide));
    line(out, "escalation_rules", quote(&b.escalation_rules));
    if !b.time_zone.is_empty() {
        line(out, "time_zone", quote(&b.time_zone));
    }
    if !b.sentiment_terms.is_empty() {
        comment(out, &lang.text("plan-file-sentiment-terms"));
        line(out, "sentiment_terms", quote(&b.sentiment_terms));
    }
    if !b.week_start.is_empty() {
        line(out, "week_start", quote(&b.week_start));
    }
}

fn objectives(out: &mut String, plan: &Plan, lang: Lang) {
    let kpis: Vec<&str> = Kpi::ALL.iter().map(|k| k.as_str()).collect();
    out.push('\n');
    comment(
        out,
        &lang.text_with(
            "plan-file-objectives",
            &[("kpis", Arg::Text(&kpis.join(", ")))],
        ),
    );
    for o in &plan.objectives {
        out.push_str("\n[[objectives]]\n");
        line(out, "name", quote(&o.name));
        line(out, "kpi", quote(&o.kpi));
        if let Some(channel) = &o.channel {
            line(out, "channel", quote(channel));
        }
        line(out, "baseline", float(o.baseline));
        line(out, "target", float(o.target));
        line(out, "starts_on", quote(&o.starts_on));
        line(out, "deadline", quote(&o.deadline));
        line(out, "owner_note", quote(&o.owner_note));
        let weekly: Vec<String> = o
            .weekly
            .iter()
            .map(|w| {
                format!(
                    "{{ week = {}, value = {} }}",
                    quote(&w.week),
                    float(w.value)
                )
            })
            .collect();
        line(out, "weekly", format!("[{}]", weekly.join(", ")));
    }
}

fn personas(out: &mut String, plan: &Plan, lang: Lang) {
    out.push('\n');
    comment(out, &lang.text("plan-file-personas"));
    for p in &plan.personas {
        out.push_str("\n[[personas]]\n");
        line(out, "name", quote(&p.name));
        line(out, "description", quote(&p.description));
        line(out, "goals", quote(&p.goals));
        line(out, "pains", quote(&p.pains));
        line(out, "channels", quote(&p.channels));
        line(out, "content", quote(&p.content));
    }
}

fn pillars(out: &mut String, plan: &Plan, lang: Lang) {
    out.push('\n');
    comment(out, &lang.text("plan-file-pillars"));
    for p in &plan.pillars {
        out.push_str("\n[[pillars]]\n");
        line(out, "name", quote(&p.name));
        line(out, "share", float(p.share));
        line(out, "colour", quote(&p.colour));
        line(out, "description", quote(&p.description));
    }
}

fn channels(out: &mut String, plan: &Plan, lang: Lang) {
    out.push('\n');
    comment(out, &lang.text("plan-file-channels"));
    for c in &plan.channels {
        out.push_str("\n[[channels]]\n");
        line(out, "channel", quote(&c.channel));
        if let Some(name) = &c.name {
            line(out, "name", quote(name));
        }
        if let Some(limit) = c.char_limit {
            line(out, "char_limit", limit.to_string());
        }
        if let Some(archived) = c.archived {
            line(out, "archived", archived.to_string());
        }
        line(out, "role", quote(&c.role));
        line(out, "posts_per_week", float(c.posts_per_week));
        line(out, "tone", quote(&c.tone));
        line(out, "slots", quote(&c.slots));
    }
}

fn campaigns(out: &mut String, plan: &Plan, lang: Lang) {
    out.push('\n');
    comment(out, &lang.text("plan-file-campaigns"));
    for c in &plan.campaigns {
        out.push_str("\n[[campaigns]]\n");
        line(out, "name", quote(&c.name));
        if let Some(objective) = &c.objective {
            line(out, "objective", quote(objective));
        }
        line(out, "starts_on", quote(&c.starts_on));
        line(out, "ends_on", quote(&c.ends_on));
        line(out, "budget", money(c.budget));
        line(out, "conversions", c.conversions.to_string());
        line(out, "revenue", money(c.revenue));
        line(out, "utm_source", quote(&c.utm_source));
        line(out, "utm_medium", quote(&c.utm_medium));
        line(out, "utm_campaign", quote(&c.utm_campaign));
        line(out, "notes", quote(&c.notes));
        let spend: Vec<String> = c
            .spend
            .iter()
            .map(|s| {
                format!(
                    "{{ on = {}, amount = {}, note = {} }}",
                    quote(&s.on),
                    money(s.amount),
                    quote(&s.note)
                )
            })
            .collect();
        line(out, "spend", format!("[{}]", spend.join(", ")));
    }
}

fn listening(out: &mut String, plan: &Plan, lang: Lang) {
    out.push('\n');
    comment(out, &lang.text("plan-file-competitors"));
    for c in &plan.competitors {
        out.push_str("\n[[competitors]]\n");
        line(out, "name", quote(&c.name));
        line(out, "notes", quote(&c.notes));
    }
    let kinds: Vec<&str> = RuleKind::ALL.iter().map(|k| k.as_str()).collect();
    out.push('\n');
    comment(
        out,
        &lang.text_with(
            "plan-file-rules",
            &[("kinds", Arg::Text(&kinds.join(", ")))],
        ),
    );
    for r in &plan.rules {
        out.push_str("\n[[rules]]\n");
        line(out, "name", quote(&r.name));
        line(out, "kind", quote(&r.kind));
        if let Some(competitor) = &r.competitor {
            line(out, "competitor", quote(competitor));
        }
        line(out, "terms", quote(&r.terms));
        line(out, "exclusions", quote(&r.exclusions));
        line(out, "source", quote(&r.source));
        line(out, "language", quote(&r.language));
        if let Some(t) = &r.threshold {
            let value = format!(
                "{{ sensitivity = {}, min_count = {}, cooldown_hours = {} }}",
                quote(&t.sensitivity),
                t.min_count,
                t.cooldown_hours
            );
            line(out, "threshold", value);
        }
    }
}

fn crisis(out: &mut String, plan: &Plan, lang: Lang) {
    out.push('\n');
    comment(out, &lang.text("plan-file-crisis"));
    out.push_str("[crisis]\n");
    let c = &plan.crisis;
    for (key, steps) in [
        ("level_1", &c.level_1),
        ("level_2", &c.level_2),
        ("level_3", &c.level_3),
    ] {
        let _ = writeln!(out, "{key} = [");
        for step in steps {
            let _ = writeln!(out, "    {},", quote(step));
        }
        out.push_str("]\n");
    }
    out.push('\n');
    comment(out, &lang.text("plan-file-contacts"));
    for contact in &c.contacts {
        out.push_str("\n[[crisis.contacts]]\n");
        line(out, "name", quote(&contact.name));
        line(out, "role", quote(&contact.role));
        line(out, "phone", quote(&contact.phone));
        line(out, "email", quote(&contact.email));
    }
    out.push('\n');
    comment(out, &lang.text("plan-file-statements"));
    for s in &c.statements {
        out.push_str("\n[[crisis.statements]]\n");
        line(out, "level", s.level.to_string());
        line(out, "title", quote(&s.title));
        line(out, "body", quote(&s.body));
    }
}

fn tiers(out: &mut String, plan: &Plan, lang: Lang) {
    out.push('\n');
    comment(out, &lang.text("plan-file-tiers"));
    for t in &plan.tiers {
        out.push_str("\n[[tiers]]\n");
        line(out, "name", quote(&t.name));
        line(out, "position", t.position.to_string());
        line(out, "receives", quote(&t.receives));
        line(out, "move_up", quote(&t.move_up));
    }
}
