//! Reading the whole strategy plan out of the database (`Db::read_plan`); writing it back is in
//! [`crate::db::plan_write`].

use super::{Db, DbError};
use crate::plan::{
    Brand, Campaign, ChannelPlan, Competitor, Contact, Crisis, Objective, Persona, Pillar, Plan,
    Rule, Spend, Statement, Threshold, Tier, WeekValue, euros,
};
use rusqlite::Connection;

impl Db {
    /// The plan as stored: every plan table, in a stable order.
    pub fn read_plan(&self) -> Result<Plan, DbError> {
        Ok(read(self.conn())?)
    }

    /// Every channel as `network:handle`, in id order.
    pub fn channel_labels(&self) -> Result<Vec<String>, DbError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT network || ':' || handle FROM channels ORDER BY id")?;
        let labels = stmt.query_map([], |row| row.get(0))?;
        Ok(labels.collect::<rusqlite::Result<_>>()?)
    }
}

fn setting(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
        row.get(0)
    })
    .optional()
}

fn read(conn: &Connection) -> rusqlite::Result<Plan> {
    let brand = Brand {
        name: setting(conn, "brand_name")?.unwrap_or_default(),
        response_target_minutes: setting(conn, "response_target_minutes")?
            .and_then(|text| text.trim().parse().ok()),
        business_hours: setting(conn, "business_hours")?.unwrap_or_default(),
        tone_guide: setting(conn, "tone_guide")?.unwrap_or_default(),
        escalation_rules: setting(conn, "escalation_rules")?.unwrap_or_default(),
        time_zone: setting(conn, "time_zone")?.unwrap_or_default(),
        week_start: setting(conn, "week_start")?.unwrap_or_default(),
        sentiment_terms: setting(conn, "sentiment_terms")?.unwrap_or_default(),
    };
    Ok(Plan {
        brand,
        objectives: objectives(conn)?,
        personas: all(
            conn,
            "SELECT name, description, goals, pains, channels, content FROM personas ORDER BY id",
            |r| {
                Ok(Persona {
                    name: r.get(0)?,
                    description: r.get(1)?,
                    goals: r.get(2)?,
                    pains: r.get(3)?,
                    channels: r.get(4)?,
                    content: r.get(5)?,
                })
            },
        )?,
        pillars: all(
            conn,
            "SELECT name, target_share, colour, description FROM pillars ORDER BY id",
            |r| {
                Ok(Pillar {
                    name: r.get(0)?,
                    share: r.get(1)?,
                    colour: r.get(2)?,
                    description: r.get(3)?,
                })
            },
        )?,
        channels: all(
            conn,
            "SELECT c.network || ':' || c.handle, COALESCE(p.role, ''),
                    COALESCE(p.posts_per_week, 0), COALESCE(p.tone, ''), COALESCE(p.slots, ''),
                    c.name, c.char_limit, c.archived_on IS NOT NULL
             FROM channels c LEFT JOIN channel_plan p ON p.channel_id = c.id ORDER BY c.id",
            |r| {
                Ok(ChannelPlan {
                    channel: r.get(0)?,
                    role: r.get(1)?,
                    posts_per_week: r.get(2)?,
                    tone: r.get(3)?,
                    slots: r.get(4)?,
                    name: Some(r.get(5)?),
                    char_limit: Some(r.get(6)?),
                    archived: Some(r.get(7)?),
                })
            },
        )?,
        campaigns: campaigns(conn)?,
        competitors: all(
            conn,
            "SELECT name, notes FROM competitors ORDER BY id",
            |r| {
                Ok(Competitor {
                    name: r.get(0)?,
                    notes: r.get(1)?,
                })
            },
        )?,
        rules: rules(conn)?,
        crisis: crisis(conn)?,
        tiers: all(
            conn,
            "SELECT name, position, receives, move_up FROM advocacy_tiers ORDER BY position, id",
            |r| {
                Ok(Tier {
                    name: r.get(0)?,
                    position: r.get(1)?,
                    receives: r.get(2)?,
                    move_up: r.get(3)?,
                })
            },
        )?,
    })
}

/// Every row of a parameterless query.
fn all<T>(
    conn: &Connection,
    sql: &str,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    stmt.query_map([], map)?.collect()
}

fn objectives(conn: &Connection) -> rusqlite::Result<Vec<Objective>> {
    let rows = all(
        conn,
        "SELECT o.id, o.name, o.kpi, c.network || ':' || c.handle, o.baseline, o.target,
                o.starts_on, o.deadline, o.owner_note
         FROM objectives o LEFT JOIN channels c ON c.id = o.channel_id ORDER BY o.id",
        |r| {
            let id: i64 = r.get(0)?;
            let objective = Objective {
                name: r.get(1)?,
                kpi: r.get(2)?,
                channel: r.get(3)?,
                baseline: r.get(4)?,
                target: r.get(5)?,
                starts_on: r.get(6)?,
                deadline: r.get(7)?,
                owner_note: r.get(8)?,
                weekly: Vec::new(),
            };
            Ok((id, objective))
        },
    )?;
    let mut stmt = conn.prepare(
        "SELECT iso_week, value FROM manual_kpi_values WHERE objective_id = ?1 ORDER BY iso_week",
    )?;
    let mut out = Vec::new();
    for (id, mut objective) in rows {
        objective.weekly = stmt
            .query_map([id], |r| {
                Ok(WeekValue {
                    week: r.get(0)?,
                    value: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        out.push(objective);
    }
    Ok(out)
}

fn campaigns(conn: &Connection) -> rusqlite::Result<Vec<Campaign>> {
    let rows = all(
        conn,
        "SELECT c.id, c.name, o.name, c.starts_on, c.ends_on, c.budget_cents, c.conversions,
                c.revenue_cents, c.utm_source, c.utm_medium, c.utm_campaign, c.notes
         FROM campaigns c LEFT JOIN objectives o ON o.id = c.objective_id ORDER BY c.id",
        |r| {
            let id: i64 = r.get(0)?;
            let campaign = Campaign {
                name: r.get(1)?,
                objective: r.get(2)?,
                starts_on: r.get(3)?,
                ends_on: r.get(4)?,
                budget: euros(r.get(5)?),
                conversions: r.get(6)?,
                revenue: euros(r.get(7)?),
                utm_source: r.get(8)?,
                utm_medium: r.get(9)?,
                utm_campaign: r.get(10)?,
                notes: r.get(11)?,
                spend: Vec::new(),
            };
            Ok((id, campaign))
        },
    )?;
    let mut stmt = conn.prepare(
        "SELECT spent_on, amount_cents, note FROM campaign_spend WHERE campaign_id = ?1
         ORDER BY spent_on, id",
    )?;
    let mut out = Vec::new();
    for (id, mut campaign) in rows {
        campaign.spend = stmt
            .query_map([id], |r| {
                Ok(Spend {
                    on: r.get(0)?,
                    amount: euros(r.get(1)?),
                    note: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        out.push(campaign);
    }
    Ok(out)
}

fn rules(conn: &Connection) -> rusqlite::Result<Vec<Rule>> {
    all(
        conn,
        "SELECT r.name, r.kind, c.name, r.terms, r.exclusions, r.source, r.language,
                t.sensitivity, t.min_count, t.cooldown_hours
         FROM listening_rules r
         LEFT JOIN competitors c ON c.id = r.competitor_id
         LEFT JOIN crisis_thresholds t
                ON t.id = (SELECT MIN(id) FROM crisis_thresholds WHERE rule_id = r.id)
         ORDER BY r.id",
        |r| {
            let sensitivity: Option<String> = r.get(7)?;
            Ok(Rule {
                name: r.get(0)?,
                kind: r.get(1)?,
                competitor: r.get(2)?,
                terms: r.get(3)?,
                exclusions: r.get(4)?,
                source: r.get(5)?,
                language: r.get(6)?,
                threshold: match sensitivity {
                    Some(sensitivity) => Some(Threshold {
                        sensitivity,
                        min_count: r.get(8)?,
                        cooldown_hours: r.get(9)?,
                    }),
                    None => None,
                },
            })
        },
    )
}

fn crisis(conn: &Connection) -> rusqlite::Result<Crisis> {
    let mut levels: [Vec<String>; 3] = Default::default();
    let steps = all(
        conn,
        "SELECT level, step FROM crisis_steps ORDER BY level, position, id",
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
    )?;
    for (level, step) in steps {
        if let Some(list) = usize::try_from(level - 1)
            .ok()
            .and_then(|i| levels.get_mut(i))
        {
            list.push(step);
        }
    }
    let [level_1, level_2, level_3] = levels;
    Ok(Crisis {
        level_1,
        level_2,
        level_3,
        contacts: all(
            conn,
            "SELECT name, role, phone, email FROM crisis_contacts ORDER BY id",
            |r| {
                Ok(Contact {
                    name: r.get(0)?,
                    role: r.get(1)?,
                    phone: r.get(2)?,
                    email: r.get(3)?,
                })
            },
        )?,
        statements: all(
            conn,
            "SELECT level, title, body FROM holding_statements ORDER BY level, id",
            |r| {
                Ok(Statement {
                    level: r.get(0)?,
                    title: r.get(1)?,
                    body: r.get(2)?,
                })
            },
        )?,
    })
}
