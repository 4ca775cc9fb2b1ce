//! The demo's prescriptors and watchlist: people with handles, an interaction log over the last
//! weeks, and follow-ups (some overdue, some due today, some ahead).

use super::{Ctx, Person, Plan, parse_name};
use crate::db::seed;
use crate::domain::people::NewPerson;
use crate::domain::{Network, Role};
use chrono::Duration;
use rusqlite::Transaction;

/// Writes every person, their handles and interactions; returns them for the inbox and mentions.
pub(super) fn write(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    plan: &Plan,
) -> rusqlite::Result<Vec<Person>> {
    let texts = ctx.texts;
    let mut people = Vec::new();
    for text in &texts.people {
        let role = parse_name(&text.role, Role::parse, "role")?;
        let persona_id = text.persona.as_ref().and_then(|name| {
            plan.personas
                .iter()
                .find(|(_, persona)| persona == name)
                .map(|(id, _)| *id)
        });
        let next_follow_up = text.follow_up.map(|days| ctx.day(days));
        let person = NewPerson {
            name: text.name.clone(),
            role,
            tier: text.tier.clone(),
            persona_id,
            notes: text.notes.clone(),
            tags: text.tags.clone(),
            reach: text.reach,
            next_follow_up,
            created_at: ctx.now - Duration::days(ctx.rng.range(60, 420)),
        };
        let id = seed::insert_person(tx, &person)?;
        let mut handles = Vec::new();
        for handle in &text.handles {
            let (network, name) = handle.split_once(':').ok_or_else(|| {
                super::texts::invalid(format!("demo.toml: handle `{handle}` needs network:handle"))
            })?;
            let network = parse_name(network, Network::parse, "network")?;
            seed::insert_handle(tx, id, network, name)?;
            handles.push((network, name.to_string()));
        }
        write_interactions(tx, ctx, id, role)?;
        people.push(Person {
            id,
            role,
            reach: text.reach,
            handles,
        });
    }
    Ok(people)
}

/// A few logged interactions per person, fitting their role.
fn write_interactions(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    person_id: i64,
    role: Role,
) -> rusqlite::Result<()> {
    let (count, kinds): (i64, &[&str]) = match role {
        Role::Advocate => (
            ctx.rng.range(2, 4),
            &["dm", "gift", "collaboration", "call"],
        ),
        Role::Influencer => (
            ctx.rng.range(1, 3),
            &["dm", "gift", "collaboration", "email"],
        ),
        Role::Journalist => (ctx.rng.range(1, 2), &["email", "call"]),
        Role::Partner => (ctx.rng.range(1, 3), &["call", "email", "collaboration"]),
        Role::Customer => (ctx.rng.range(0, 1), &["dm", "email"]),
        Role::Detractor => (1, &["call", "dm"]),
        Role::Troll | Role::Other => (0, &["dm"]),
    };
    let texts = ctx.texts;
    for _ in 0..count {
        let kind = kinds
            .get(ctx.rng.below(kinds.len()))
            .copied()
            .unwrap_or("dm");
        let note = texts
            .interactions
            .get(kind)
            .map(|notes| ctx.rng.pick(notes).to_string())
            .unwrap_or_default();
        let note = ctx.fill(&note);
        let (days_ago, hour) = (ctx.rng.range(1, 40), ctx.rng.range(8, 18) as u32);
        let happened_at = ctx.at(-days_ago, hour, 15);
        seed::insert_interaction(tx, person_id, happened_at, kind, &note)?;
    }
    Ok(())
}
