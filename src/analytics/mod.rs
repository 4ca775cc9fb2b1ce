//! Pure computations behind the calendar's and the inbox's figures: posting slots, evergreen
//! re-queue, posts too close together, the best time to post (post length, a rule of posts, lives
//! in `domain` and is re-exported here), inbox triage rules and response times against the target, sentiment in Spanish and English, listening rules for
//! mentions, and spike alerts.
//!
//! Nothing here reads the clock, the disk or the database: "now" and the local zone are
//! parameters, so every function is deterministic and testable.

pub mod best_time;
pub mod evergreen;
pub mod gaps;
pub mod listening;
pub mod response;
pub mod scores;
pub mod sentiment;
pub mod slots;
pub mod spikes;
pub mod triage;

pub use crate::domain::length::{LengthCheck, check, grapheme_count};
pub use best_time::{Cell, Heatmap, PostPerformance, heatmap, suggest_times};
pub use evergreen::{EvergreenPost, requeue_plan};
pub use gaps::too_close;
pub use listening::{ListeningRule, match_rule};
pub use response::{
    BusinessHours, SLA_FORMULA, Sla, WAITING_FORMULA, parse_business_hours,
    parse_business_hours_in, sla, waiting_minutes,
};
pub use scores::{ADVOCACY_FORMULA, Activity, RISK_FORMULA, Score, Weights, advocacy, risk};
pub use sentiment::{Lexicon, SentimentScore, guess as guess_sentiment, score as score_sentiment};
pub use slots::{Slot, SlotError, format_slots, next_free_slot, parse_slots, slot_times};
pub use spikes::{Sensitivity, SpikeCheck, check_spike, in_cooldown};
pub use triage::{Actions, Arrival, Conditions, Triage, TriageRule, triage};
