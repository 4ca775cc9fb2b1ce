//! The brand form: name, time zone, first day of the week, response-time target, business
//! hours, tone of voice guide and escalation rules. There is always exactly one brand, edited
//! in place.

use super::field::{Ctx, Field};
use super::values::refused;
use super::{Entry, Placed};
use crate::i18n::Lang;
use crate::plan::{Brand, Plan};

/// The brand section.
pub struct BrandSettings;

impl Entry for BrandSettings {
    type Draft = Brand;

    const FIELDS: &'static [Field<Brand>] = &[
        Field::text(
            "name",
            "plan-field-brand-name",
            |b| &b.name,
            |b, v| b.name = v,
        ),
        Field::text(
            "time_zone",
            "plan-field-brand-time-zone",
            |b| &b.time_zone,
            |b, v| b.time_zone = v,
        ),
        Field::choice(
            "week_start",
            "plan-field-brand-week-start",
            |ctx| {
                vec![
                    (None, ctx.lang.text("plan-week-start-config")),
                    (Some(1), ctx.lang.text("plan-week-start-monday")),
                    (Some(7), ctx.lang.text("plan-week-start-sunday")),
                ]
            },
            |b, _| match b.map(|b| b.week_start.as_str()) {
                Some("monday") => Some(1),
                Some("sunday") => Some(7),
                _ => None,
            },
            |b, id, _| {
                b.week_start = match id {
                    Some(1) => "monday".into(),
                    Some(7) => "sunday".into(),
                    _ => String::new(),
                }
            },
        ),
        Field::parsed(
            "response_target_minutes",
            "plan-field-brand-response-target-minutes",
            |b, _| {
                b.and_then(|b| b.response_target_minutes)
                    .map(|m| m.to_string())
                    .unwrap_or_default()
            },
            |b, text, lang| minutes(text, lang).map(|m| b.response_target_minutes = m),
        ),
        Field::text(
            "business_hours",
            "plan-field-brand-business-hours",
            |b| &b.business_hours,
            |b, v| b.business_hours = v,
        ),
        Field::text(
            "sentiment_terms",
            "plan-field-brand-sentiment-terms",
            |b| &b.sentiment_terms,
            |b, v| b.sentiment_terms = v,
        ),
        Field::editor(
            "tone_guide",
            "plan-field-brand-tone-guide",
            |b| &b.tone_guide,
            |b, v| b.tone_guide = v,
        ),
        Field::editor(
            "escalation_rules",
            "plan-field-brand-escalation-rules",
            |b| &b.escalation_rules,
            |b, v| b.escalation_rules = v,
        ),
    ];

    fn load(plan: &Plan, _: Option<usize>) -> Option<Brand> {
        Some(plan.brand.clone())
    }

    fn store(brand: Brand, _: Option<usize>, _: &Ctx<'_>, next: &mut Plan) -> Placed {
        next.brand = brand;
        Placed {
            index: 0,
            renames: Vec::new(),
        }
    }
}

/// A typed response target: blank for the config's, else minutes above 0.
fn minutes(text: &str, lang: Lang) -> Result<Option<u32>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    match crate::domain::typed_number::whole(text).map(u32::try_from) {
        Ok(Ok(m)) if m > 0 => Ok(Some(m)),
        _ => Err(refused("plan-error-minutes", text, lang)),
    }
}
