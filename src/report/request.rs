//! What a report is asked for: the period, the day it is made, and how response times count.

use crate::analytics::response::ResponseCount;
use chrono::NaiveDate;

/// What a report is for and how it counts.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    /// First local day.
    pub first: NaiveDate,
    /// Last local day.
    pub last: NaiveDate,
    /// The day the report is made (objectives are measured up to it).
    pub today: NaiveDate,
    /// Business hours and the local clock.
    pub count: ResponseCount,
    /// The response-time target in minutes.
    pub target_minutes: u32,
}
