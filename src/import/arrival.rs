//! What happens to every message when it arrives, typed or imported: the automatic sentiment
//! guess, then the triage rules (priority, sentiment, state, a suggested saved reply).

use crate::analytics::sentiment;
use crate::analytics::triage::{Arrival, TriageRule, triage};
use crate::domain::inbox::NewMessage;
use crate::domain::post::ChannelInfo;

/// Guesses the sentiment and runs the rules on a message about to be stored. The rules' sentiment
/// is a correction: it is stored apart from the guess, and wins over it.
pub fn prepare(
    message: &mut NewMessage,
    channels: &[ChannelInfo],
    rules: &[TriageRule],
    adjustments: &sentiment::Adjustments,
) {
    message.sentiment_auto = Some(sentiment::score_for(&message.body, None, adjustments).sentiment);
    let Some(network) = channels
        .iter()
        .find(|c| c.id == message.channel_id)
        .map(|c| c.network)
    else {
        return;
    };
    let arrival = Arrival {
        text: &message.body,
        network,
        kind: message.kind,
        role: None,
    };
    let Some(result) = triage(rules, &arrival) else {
        return;
    };
    message.rule = Some(result.rule);
    if let Some(priority) = result.priority {
        message.priority = priority;
    }
    if let Some(sentiment) = result.sentiment {
        message.sentiment = Some(sentiment);
    }
    if let Some(status) = result.status {
        message.status = status;
    }
    if result.saved_reply.is_some() {
        message.suggested_reply = result.saved_reply;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::triage::{Actions, Conditions};
    use crate::domain::{MessageKind, MessageStatus, Network, Priority, Sentiment};
    use chrono::{TimeZone, Utc};

    fn message(body: &str) -> NewMessage {
        NewMessage {
            channel_id: 1,
            kind: MessageKind::Dm,
            external_id: None,
            author: "@ana".into(),
            person_id: None,
            body: body.into(),
            received_at: Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
            status: MessageStatus::New,
            snoozed_until: None,
            first_response_at: None,
            sentiment_auto: None,
            sentiment: None,
            priority: Priority::Normal,
            rule: None,
            suggested_reply: None,
        }
    }

    fn channels() -> Vec<ChannelInfo> {
        vec![ChannelInfo {
            id: 1,
            network: Network::Instagram,
            handle: "@nora".into(),
            char_limit: 2200,
            slots: String::new(),
        }]
    }

    fn refund_rule() -> TriageRule {
        TriageRule {
            name: "reembolsos".into(),
            when: Conditions {
                contains: vec!["reembolso".into()],
                channel: None,
                kind: None,
                role: None,
            },
            then: Actions {
                priority: Some(Priority::Urgent),
                sentiment: None,
                status: None,
                saved_reply: Some("Disculpas".into()),
            },
        }
    }

    #[test]
    fn a_message_that_arrives_gets_a_guess_and_the_rules_that_match() {
        let mut arriving = message("Quiero un REEMBOLSO, el café llegó roto. Fatal.");
        prepare(
            &mut arriving,
            &channels(),
            &[refund_rule()],
            &sentiment::Adjustments::default(),
        );
        assert_eq!(arriving.sentiment_auto, Some(Sentiment::Negative));
        assert_eq!(arriving.sentiment, None, "the guess is not a correction");
        assert_eq!(arriving.priority, Priority::Urgent);
        assert_eq!(arriving.rule.as_deref(), Some("reembolsos"));
        assert_eq!(arriving.suggested_reply.as_deref(), Some("Disculpas"));
    }

    #[test]
    fn a_message_no_rule_matches_keeps_its_defaults() {
        let mut arriving = message("¡Me encanta vuestro café! 😍");
        prepare(
            &mut arriving,
            &channels(),
            &[refund_rule()],
            &sentiment::Adjustments::default(),
        );
        assert_eq!(arriving.sentiment_auto, Some(Sentiment::Positive));
        assert_eq!(arriving.rule, None);
        assert_eq!(arriving.priority, Priority::Normal);
    }
}
