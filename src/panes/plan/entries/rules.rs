//! The listening rule form: name, kind, the competitor watched, the terms and filters, and the
//! crisis threshold — whose least count and cooldown are only read when a sensitivity is chosen.

use super::field::{Ctx, Field};
use super::values::{index, indexed, named, whole};
use super::{Entry, Placed};
use crate::domain::RuleKind;
use crate::panes::plan::edit::{put, renamed};
use crate::plan::{Plan, Rule, Threshold};

/// The crisis threshold sensitivities, in choice order.
pub const SENSITIVITIES: [&str; 3] = ["sensitive", "balanced", "strict"];

/// The key of the threshold's least count, where the checker's mistakes on the threshold land.
pub const MIN_COUNT: &str = "min_count";

/// The listening rules section.
pub struct Rules;

impl Entry for Rules {
    type Draft = Rule;

    const FIELDS: &'static [Field<Rule>] = &[
        Field::text(
            "name",
            "plan-field-rules-name",
            |r| &r.name,
            |r, v| r.name = v,
        ),
        Field::choice(
            "kind",
            "plan-field-rules-kind",
            |ctx| {
                let words: Vec<String> = RuleKind::ALL.iter().map(|k| k.word(ctx.lang)).collect();
                indexed(words.iter().map(String::as_str), None)
            },
            |r, _| {
                r.map_or(Some(0), |r| {
                    named(RuleKind::ALL.iter().map(|k| k.as_str()), &r.kind)
                })
            },
            |r, id, _| {
                r.kind = index(id)
                    .and_then(|k| RuleKind::ALL.get(k))
                    .map_or("brand", |k| k.as_str())
                    .to_string();
            },
        ),
        Field::choice(
            "competitor",
            "plan-field-rules-competitor",
            |ctx| {
                let names = ctx.plan.competitors.iter().map(|c| c.name.as_str());
                indexed(names, Some(&ctx.lang.text("plan-option-none")))
            },
            |r, ctx| {
                let competitor = r?.competitor.as_deref()?;
                named(
                    ctx.plan.competitors.iter().map(|c| c.name.as_str()),
                    competitor,
                )
            },
            |r, id, ctx| {
                r.competitor = index(id)
                    .and_then(|c| ctx.plan.competitors.get(c))
                    .map(|c| c.name.clone());
            },
        ),
        Field::text(
            "terms",
            "plan-field-rules-terms",
            |r| &r.terms,
            |r, v| r.terms = v,
        ),
        Field::text(
            "exclusions",
            "plan-field-rules-exclusions",
            |r| &r.exclusions,
            |r, v| r.exclusions = v,
        ),
        Field::text(
            "source",
            "plan-field-rules-source",
            |r| &r.source,
            |r, v| r.source = v,
        ),
        Field::text(
            "language",
            "plan-field-rules-language",
            |r| &r.language,
            |r, v| r.language = v,
        ),
        Field::choice(
            "sensitivity",
            "plan-field-rules-sensitivity",
            |ctx| {
                let words: Vec<String> = SENSITIVITIES
                    .iter()
                    .map(|s| ctx.lang.text(&format!("plan-sensitivity-{s}")))
                    .collect();
                let none = ctx.lang.text("plan-option-no-threshold");
                indexed(words.iter().map(String::as_str), Some(&none))
            },
            |r, _| {
                let threshold = r?.threshold.as_ref()?;
                named(SENSITIVITIES.iter().copied(), &threshold.sensitivity)
            },
            |r, id, _| {
                let kept = r.threshold.take();
                r.threshold = index(id).and_then(|s| SENSITIVITIES.get(s)).map(|s| {
                    let mut threshold = kept.unwrap_or(Threshold {
                        sensitivity: String::new(),
                        min_count: 0,
                        cooldown_hours: 0,
                    });
                    threshold.sensitivity = s.to_string();
                    threshold
                });
            },
        ),
        Field::parsed(
            MIN_COUNT,
            "plan-field-rules-min-count",
            |r, _| threshold(r).map_or(5, |t| t.min_count).to_string(),
            |r, text, lang| match r.threshold.as_mut() {
                Some(t) => whole(text, lang).map(|v| t.min_count = v),
                None => Ok(()),
            },
        ),
        Field::parsed(
            "cooldown_hours",
            "plan-field-rules-cooldown-hours",
            |r, _| threshold(r).map_or(12, |t| t.cooldown_hours).to_string(),
            |r, text, lang| match r.threshold.as_mut() {
                Some(t) => whole(text, lang).map(|v| t.cooldown_hours = v),
                None => Ok(()),
            },
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Rule> {
        plan.rules.get(index?).cloned()
    }

    fn store(rule: Rule, index: Option<usize>, ctx: &Ctx<'_>, next: &mut Plan) -> Placed {
        let old = index
            .and_then(|i| ctx.plan.rules.get(i))
            .map(|r| r.name.as_str());
        let renames = renamed("listening_rules", old, &rule.name);
        Placed {
            index: put(&mut next.rules, index, rule),
            renames,
        }
    }
}

/// The rule's crisis threshold, when it has one.
fn threshold(rule: Option<&Rule>) -> Option<&Threshold> {
    rule?.threshold.as_ref()
}
