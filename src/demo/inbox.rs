//! The demo's inbox: about eighty messages over three weeks, most answered (with replies and
//! first-response times), about twenty still waiting, three snoozed and one escalated complaint.

use super::{Ctx, Person, Plan};
use crate::analytics::triage::{Actions, Conditions, TriageRule};
use crate::db::seed;
use crate::domain::inbox::NewMessage;
use crate::domain::{MessageKind, MessageStatus, Network, Priority, Role, Sentiment};
use chrono::{DateTime, Duration, Utc};
use rusqlite::Transaction;

/// Messages already handled.
const HANDLED: usize = 57;
/// Messages still waiting for an answer (besides the escalated one).
const WAITING: usize = 19;
/// Messages snoozed until later.
const SNOOZED: usize = 3;

/// What a generated message is about.
#[derive(Clone, Copy, PartialEq)]
enum Topic {
    Praise,
    Question,
    Complaint,
    Sarcasm,
    Hostile,
    GoodReview,
    BadReview,
    Business,
}

/// Writes every message and the replies to the handled ones; returns how many messages.
pub(super) fn write(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    plan: &Plan,
    people: &[Person],
) -> rusqlite::Result<usize> {
    let mut writer = Writer {
        plan,
        people,
        sequence: 0,
    };
    for index in 0..HANDLED {
        let received_at = ctx.now - Duration::minutes(ctx.rng.range(3 * 1440, 21 * 1440));
        let status = if index % 5 < 3 {
            MessageStatus::Replied
        } else {
            MessageStatus::Done
        };
        writer.message(tx, ctx, received_at, status, None)?;
    }
    for index in 0..WAITING {
        // A handful arrived in the last hours; the rest over the last three days.
        let minutes = if index < 6 {
            15 + 37 * index as i64
        } else {
            ctx.rng.range(300, 3 * 1440)
        };
        let status = if index % 3 == 0 {
            MessageStatus::Open
        } else {
            MessageStatus::New
        };
        writer.message(tx, ctx, ctx.now - Duration::minutes(minutes), status, None)?;
    }
    for days in [1, 2, 4] {
        let received_at = ctx.now - Duration::minutes(ctx.rng.range(1440, 5 * 1440));
        let until = ctx.now + Duration::days(days);
        writer.message(tx, ctx, received_at, MessageStatus::Snoozed, Some(until))?;
    }
    writer.escalated(tx, ctx)?;
    Ok(HANDLED + WAITING + SNOOZED + 1)
}

/// Carries what every message needs: the channels, the people and a running external id.
struct Writer<'p> {
    plan: &'p Plan,
    people: &'p [Person],
    sequence: u64,
}

impl<'p> Writer<'p> {
    /// Writes one message on a random topic; answered ones get a reply.
    fn message(
        &mut self,
        tx: &Transaction<'_>,
        ctx: &mut Ctx<'_>,
        received_at: DateTime<Utc>,
        status: MessageStatus,
        snoozed_until: Option<DateTime<Utc>>,
    ) -> rusqlite::Result<()> {
        let texts = &ctx.texts.messages;
        let topics = [
            (Topic::Praise, 0.26),
            (Topic::Question, 0.3),
            (Topic::Complaint, 0.13),
            (Topic::Sarcasm, 0.04),
            (Topic::Hostile, 0.06),
            (Topic::GoodReview, 0.08),
            (Topic::BadReview, 0.04),
            (Topic::Business, 0.09),
        ];
        let weights: Vec<f64> = topics.iter().map(|(_, w)| *w).collect();
        let topic = topics[ctx.rng.weighted(&weights)].0;
        let (pool, auto, kind) = match topic {
            Topic::Praise => (&texts.positive, Sentiment::Positive, None),
            Topic::Question => (&texts.question, Sentiment::Neutral, None),
            Topic::Complaint => (&texts.negative, Sentiment::Negative, None),
            Topic::Sarcasm => (&texts.sarcastic, Sentiment::Positive, None),
            Topic::Hostile => (&texts.hostile, Sentiment::Negative, None),
            Topic::GoodReview => (
                &texts.reviews_positive,
                Sentiment::Positive,
                Some(MessageKind::Review),
            ),
            Topic::BadReview => (
                &texts.reviews_negative,
                Sentiment::Negative,
                Some(MessageKind::Review),
            ),
            Topic::Business => (&texts.emails, Sentiment::Neutral, Some(MessageKind::Email)),
        };
        let body = ctx.rng.pick(pool).to_string();
        let kind = kind.unwrap_or_else(|| {
            [MessageKind::Dm, MessageKind::Comment, MessageKind::Reply][ctx.rng.below(3)]
        });
        let network = match kind {
            MessageKind::Email => Network::LinkedIn,
            MessageKind::Review => Network::Instagram,
            _ => [
                Network::Instagram,
                Network::Instagram,
                Network::X,
                Network::Mastodon,
                Network::TikTok,
            ][ctx.rng.below(5)],
        };
        let wanted: &[Role] = match topic {
            Topic::Hostile | Topic::BadReview => &[Role::Detractor, Role::Troll],
            Topic::Praise | Topic::GoodReview => {
                &[Role::Advocate, Role::Influencer, Role::Customer]
            }
            Topic::Business => &[Role::Customer, Role::Partner, Role::Journalist],
            _ => &[Role::Customer],
        };
        let link = topic == Topic::Hostile || ctx.rng.chance(0.35);
        let person = if link { self.person(ctx, wanted) } else { None };
        let author = match person {
            Some(person) => person
                .handles
                .first()
                .map(|(_, h)| h.clone())
                .unwrap_or_default(),
            None => ctx.rng.pick(&ctx.texts.authors.names).to_string(),
        };
        let answered = matches!(status, MessageStatus::Replied | MessageStatus::Done);
        let first_response_at = answered.then(|| (received_at + response_delay(ctx)).min(ctx.now));
        let corrected = match topic {
            Topic::Sarcasm => Some(Sentiment::Negative),
            Topic::Question if ctx.rng.chance(0.1) => Some(Sentiment::Positive),
            _ => None,
        };
        let negative = auto == Sentiment::Negative || corrected == Some(Sentiment::Negative);
        let priority = match topic {
            Topic::Business => Priority::High,
            _ if negative && ctx.rng.chance(0.4) => Priority::High,
            Topic::Praise | Topic::GoodReview if ctx.rng.chance(0.5) => Priority::Low,
            _ => Priority::Normal,
        };
        let message = NewMessage {
            channel_id: self.channel(network),
            kind,
            external_id: Some(self.next_id(network)),
            author,
            person_id: person.map(|p| p.id),
            body,
            received_at,
            status,
            snoozed_until,
            first_response_at,
            sentiment_auto: Some(auto),
            sentiment: corrected,
            priority,
            rule: None,
            suggested_reply: None,
        };
        let id = seed::insert_message(tx, &message)?;
        if let Some(sent_at) = first_response_at {
            let reply = ctx.rng.pick(&ctx.texts.messages.replies).to_string();
            seed::insert_reply(tx, id, &reply, sent_at)?;
        }
        Ok(())
    }

    /// The food-safety complaint that was escalated to the owner this morning.
    fn escalated(&mut self, tx: &Transaction<'_>, ctx: &mut Ctx<'_>) -> rusqlite::Result<()> {
        let message = NewMessage {
            channel_id: self.channel(Network::Instagram),
            kind: MessageKind::Dm,
            external_id: Some(self.next_id(Network::Instagram)),
            author: ctx.texts.messages.escalated_author.clone(),
            person_id: None,
            body: ctx.texts.messages.escalated.clone(),
            received_at: ctx.now - Duration::minutes(ctx.rng.range(150, 240)),
            status: MessageStatus::Escalated,
            snoozed_until: None,
            first_response_at: None,
            sentiment_auto: Some(Sentiment::Negative),
            sentiment: None,
            priority: Priority::Urgent,
            rule: Some(ctx.texts.messages.escalated_rule.clone()),
            suggested_reply: None,
        };
        seed::insert_message(tx, &message)?;
        let rule = TriageRule {
            name: ctx.texts.messages.escalated_rule.clone(),
            when: Conditions {
                contains: ctx.texts.messages.escalated_words.clone(),
                ..Conditions::default()
            },
            then: Actions {
                priority: Some(Priority::Urgent),
                status: Some(MessageStatus::Escalated),
                ..Actions::default()
            },
        };
        crate::db::triage_rules::insert_triage_rule(tx, &rule)?;
        Ok(())
    }

    /// A random person in one of the roles, if any.
    fn person(&self, ctx: &mut Ctx<'_>, roles: &[Role]) -> Option<&'p Person> {
        let fitting: Vec<&'p Person> = self
            .people
            .iter()
            .filter(|p| roles.contains(&p.role) && !p.handles.is_empty())
            .collect();
        fitting.get(ctx.rng.below(fitting.len())).copied()
    }

    /// The id of the channel on a network (the first channel when there is none).
    fn channel(&self, network: Network) -> i64 {
        let channels = &self.plan.channels;
        channels
            .iter()
            .find(|c| c.network == network)
            .or(channels.first())
            .map(|c| c.id)
            .unwrap_or_default()
    }

    /// A new external id, unique across the demo.
    fn next_id(&mut self, network: Network) -> String {
        self.sequence += 1;
        format!("{}-{:06}", network.as_str(), 480_000 + self.sequence)
    }
}

/// How long the first answer took: usually within two hours, sometimes much longer.
fn response_delay(ctx: &mut Ctx<'_>) -> Duration {
    let roll = ctx.rng.unit();
    let minutes = if roll < 0.6 {
        ctx.rng.range(4, 115)
    } else if roll < 0.85 {
        ctx.rng.range(125, 480)
    } else {
        ctx.rng.range(480, 1800)
    };
    Duration::minutes(minutes)
}
