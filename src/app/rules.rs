//! Carries out the listening rules' edits and mentions typed by hand: checked, stored in one
//! transaction, undoable.

use super::{App, Undo, UndoAction};
use crate::analytics::listening::{ListeningRule, match_rule};
use crate::clock::LocalZone;
use crate::db::DbError;
use crate::domain::listening::RuleInput;
use crate::domain::mentions::NewMention;
use crate::domain::{MentionStatus, RuleKind};
use crate::panes::mentions::MentionForm;

fn field(fields: &[(&'static str, String)], key: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default()
}

impl App {
    fn mention_form_errors(&mut self, errors: &[(&'static str, String)]) {
        if let Some(form) = self.panes.mentions.form.as_mut() {
            form.form.set_errors(errors);
        }
    }

    /// The stored listening rules, ready for matching.
    pub(super) fn listening_rules(&self) -> Result<Vec<ListeningRule>, DbError> {
        let ids = self.db.rule_names()?;
        let mut rules = Vec::with_capacity(ids.len());
        for (id, _) in ids {
            if let Some(snapshot) = self.db.rule_snapshot(id)? {
                let r = snapshot.input;
                rules.push(ListeningRule::from_stored(
                    id,
                    &r.name,
                    r.kind,
                    &r.terms,
                    &r.exclusions,
                    &r.source,
                    &r.language,
                ));
            }
        }
        Ok(rules)
    }

    /// Opens the rule form: on the stored rule `id`, or empty for a new one.
    pub(super) fn open_rule_form(&mut self, id: Option<i64>) -> Result<(), DbError> {
        let existing = match id {
            Some(id) => self.db.rule_snapshot(id)?.map(|s| s.input),
            None => None,
        };
        self.panes.mentions.form = Some(MentionForm::rule(id, existing.as_ref()));

        Ok(())
    }

    /// Checks and stores a listening rule (`id` none: a new one), with its undo.
    pub(super) fn save_rule(
        &mut self,
        id: Option<i64>,
        fields: &[(&'static str, String)],
        kind: RuleKind,
        sensitivity: String,
    ) -> Result<(), DbError> {
        let mut errors = Vec::new();
        let number =
            |key: &'static str, errors: &mut Vec<(&'static str, String)>| match field(fields, key)
                .parse::<u32>()
            {
                Ok(n) => n,
                Err(_) => {
                    errors.push((key, "a whole number, please".to_string()));
                    0
                }
            };
        let input = RuleInput {
            name: field(fields, "name"),
            kind,
            competitor: field(fields, "competitor"),
            terms: field(fields, "terms"),
            exclusions: field(fields, "exclusions"),
            source: field(fields, "source"),
            language: field(fields, "language"),
            sensitivity,
            min_count: number("min_count", &mut errors),
            cooldown_hours: number("cooldown", &mut errors),
        };
        if input.name.is_empty() {
            errors.push(("name", "give the rule a name".into()));
        }
        if input.terms.split(',').all(|t| t.trim().is_empty()) {
            errors.push(("terms", "give at least one term to listen for".into()));
        }
        if input.kind == RuleKind::Competitor && input.competitor.is_empty() {
            errors.push((
                "competitor",
                "say which competitor this rule listens for".into(),
            ));
        }
        if self.db.rule_names()?.iter().any(|(other, name)| {
            crate::text::fold(name) == crate::text::fold(&input.name) && Some(*other) != id
        }) {
            errors.push(("name", "another rule has that name".into()));
        }
        if !errors.is_empty() {
            self.mention_form_errors(&errors);
            return Ok(());
        }
        let before = match id {
            Some(id) => self.db.rule_snapshot(id)?,
            None => None,
        };
        let saved = self.db.save_rule(id, &input)?;
        let remove = before.is_none().then_some(saved);
        self.rule_changed(
            format!("Saved the rule “{}”", input.name),
            UndoAction::Rule {
                restore: before,
                remove,
            },
        );

        Ok(())
    }

    /// Deletes a listening rule (its mentions stay, without a rule), with its undo.
    pub(super) fn delete_rule(&mut self, id: i64) -> Result<(), DbError> {
        let before = self.db.rule_snapshot(id)?;
        self.db.delete_rule(id)?;
        self.rule_changed(
            "Deleted the rule".into(),
            UndoAction::Rule {
                restore: before,
                remove: None,
            },
        );

        Ok(())
    }

    fn rule_changed(&mut self, message: String, action: UndoAction) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.undo = Some(Undo {
            label: "rule".into(),
            action,
        });
        self.panes.mentions.form = None;
        self.data_changed();
    }

    pub(super) fn add_mention(&mut self, fields: &[(&'static str, String)]) -> Result<(), DbError> {
        let mut errors = Vec::new();
        let text = field(fields, "text");
        if text.is_empty() {
            errors.push(("text", "write what was said".to_string()));
        }
        let url = field(fields, "url");
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            errors.push((
                "url",
                "the address must start with https:// or http://".to_string(),
            ));
        }
        let published = match field(fields, "published").as_str() {
            "" => Some(self.clock.now),
            typed => match chrono::NaiveDateTime::parse_from_str(typed, "%Y-%m-%d %H:%M") {
                Ok(local) => Some(self.clock.to_utc(local)),
                Err(_) => {
                    errors.push((
                        "published",
                        format!("“{typed}” is not a time; write it as YYYY-MM-DD HH:MM"),
                    ));
                    None
                }
            },
        };
        let reach = field(fields, "reach")
            .replace(['.', ','], "")
            .parse::<i64>()
            .unwrap_or_else(|_| {
                errors.push(("reach", "a whole number, please".to_string()));
                0
            });
        if !url.is_empty() && self.db.mention_url_exists(&url)? {
            errors.push((
                "url",
                "a mention with this address is already stored".to_string(),
            ));
        }
        let Some(published_at) = published.filter(|_| errors.is_empty()) else {
            self.mention_form_errors(&errors);
            return Ok(());
        };
        let source = field(fields, "source");
        let rules = self.listening_rules()?;
        let rule = match_rule(&rules, &text, &source, None).map(|r| r.id);
        let mention = NewMention {
            source: if source.is_empty() {
                "manual".into()
            } else {
                source
            },
            external_id: None,
            url: (!url.is_empty()).then_some(url),
            author: field(fields, "author"),
            person_id: None,
            text: text.clone(),
            published_at,
            reach,
            sentiment_auto: crate::analytics::sentiment::guess(&text),
            sentiment_corrected: None,
            rule_id: rule,
            status: MentionStatus::New,
            is_defence: false,
        };
        let id = self.db.add_mention(&mention)?;
        let matched = match rule.and_then(|r| rules.iter().find(|x| x.id == r)) {
            Some(rule) => format!(" (rule: {})", rule.name),
            None => " (no rule matched it)".to_string(),
        };
        self.message = Some(format!("Added the mention{matched}{}", self.undoes()));
        self.undo = Some(Undo {
            label: "new mention".into(),
            action: UndoAction::Mentions {
                restore: Vec::new(),
                created: vec![crate::domain::mentions::Created::Mention(id)],
            },
        });
        self.panes.mentions.form = None;
        self.data_changed();
        Ok(())
    }
}
