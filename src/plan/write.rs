//! The commented TOML text of a plan, written by hand so comments and order stay stable.

use super::{Plan, cents};
use crate::domain::{Kpi, RuleKind};
use std::fmt::Write;

/// The plan as a commented TOML document; the same plan always gives the same text.
pub fn to_toml(plan: &Plan) -> String {
    let mut out = String::new();
    out.push_str(
        "# cmdeck plan: the brand's strategy in one file.\n\
         # Export it with `cmdeck plan export FILE`, edit it, and load it back with\n\
         # `cmdeck plan import FILE`: the whole file is checked first, then the plan is replaced\n\
         # in one go (items are matched by name; items left out are deleted).\n\
         # Dates are YYYY-MM-DD, money is euros with two decimals, channels are `network:handle`.\n\n",
    );
    brand(&mut out, plan);
    objectives(&mut out, plan);
    personas(&mut out, plan);
    pillars(&mut out, plan);
    channels(&mut out, plan);
    campaigns(&mut out, plan);
    listening(&mut out, plan);
    crisis(&mut out, plan);
    tiers(&mut out, plan);
    out
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

fn brand(out: &mut String, plan: &Plan) {
    out.push_str("# The brand: its name, the inbox's first-response target in minutes, the business\n# hours response times count (such as \"mon-fri 09:00-18:00\"; left out: the config's), the\n# tone of voice guide, the escalation rules, and the time zone (\"Europe/Madrid\"; left out:\n# the computer's) and first day of the week (\"monday\" or \"sunday\"; left out: the config's).\n[brand]\n");
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
        out.push_str(
            "# The brand's own words for the sentiment guess: `term` counts nothing, `term=weight`
# (-3 to 3) replaces the lexicon's weight (\"Bomba, Cremaet=+2\").
",
        );
        line(out, "sentiment_terms", quote(&b.sentiment_terms));
    }
    if !b.week_start.is_empty() {
        line(out, "week_start", quote(&b.week_start));
    }
}

fn objectives(out: &mut String, plan: &Plan) {
    let kpis: Vec<&str> = Kpi::ALL.iter().map(|k| k.as_str()).collect();
    let _ = write!(
        out,
        "\n# Objectives: a KPI to move from baseline to target between starts_on and deadline,\n\
         # optionally on one channel (`network:handle`). Names are unique.\n\
         # kpi is one of: {}.\n# weekly holds values entered by hand, by ISO week (YYYY-Www).\n",
        kpis.join(", ")
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

fn personas(out: &mut String, plan: &Plan) {
    out.push_str("\n# Personas: who the brand talks to. Names are unique.\n");
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

fn pillars(out: &mut String, plan: &Plan) {
    out.push_str("\n# Content pillars: share is the target share of posts, from 0 to 1; the shares\n# should add up to 1 (cmdeck warns when they do not). Names are unique.\n");
    for p in &plan.pillars {
        out.push_str("\n[[pillars]]\n");
        line(out, "name", quote(&p.name));
        line(out, "share", float(p.share));
        line(out, "colour", quote(&p.colour));
        line(out, "description", quote(&p.description));
    }
}

fn channels(out: &mut String, plan: &Plan) {
    out.push_str("\n# Channels (`network:handle`) with their display name, length limit, whether they are\n# archived, and their plan: role, posts per week, tone and posting slots. An entry naming a\n# channel the database does not have creates it; a channel left out is kept as it is.\n");
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

fn campaigns(out: &mut String, plan: &Plan) {
    out.push_str("\n# Campaigns: from starts_on to ends_on, optionally serving an objective (by name).\n# budget, revenue and spend amounts are euros with two decimals. Names are unique.\n");
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

fn listening(out: &mut String, plan: &Plan) {
    out.push_str("\n# Competitors watched by the listening rules. Names are unique.\n");
    for c in &plan.competitors {
        out.push_str("\n[[competitors]]\n");
        line(out, "name", quote(&c.name));
        line(out, "notes", quote(&c.notes));
    }
    let kinds: Vec<&str> = RuleKind::ALL.iter().map(|k| k.as_str()).collect();
    let _ = write!(
        out,
        "\n# Listening rules: kind is one of {}; a competitor rule names one of the\n\
         # competitors above. threshold (optional) raises a crisis alert: sensitivity is one of\n\
         # sensitive, balanced, strict. Names are unique.\n",
        kinds.join(", ")
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

fn crisis(out: &mut String, plan: &Plan) {
    out.push_str(
        "\n# The crisis protocol: the checklist of each level (1 to 3) in order.\n[crisis]\n",
    );
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
    out.push_str("\n# Crisis contacts: who to call.\n");
    for contact in &c.contacts {
        out.push_str("\n[[crisis.contacts]]\n");
        line(out, "name", quote(&contact.name));
        line(out, "role", quote(&contact.role));
        line(out, "phone", quote(&contact.phone));
        line(out, "email", quote(&contact.email));
    }
    out.push_str("\n# Holding statements: level is 1 to 3.\n");
    for s in &c.statements {
        out.push_str("\n[[crisis.statements]]\n");
        line(out, "level", s.level.to_string());
        line(out, "title", quote(&s.title));
        line(out, "body", quote(&s.body));
    }
}

fn tiers(out: &mut String, plan: &Plan) {
    out.push_str("\n# Advocacy tiers for prescriptors: position ranks them, lowest first. Names are unique.\n");
    for t in &plan.tiers {
        out.push_str("\n[[tiers]]\n");
        line(out, "name", quote(&t.name));
        line(out, "position", t.position.to_string());
        line(out, "receives", quote(&t.receives));
        line(out, "move_up", quote(&t.move_up));
    }
}
