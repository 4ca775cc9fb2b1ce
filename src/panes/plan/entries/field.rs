//! One field of a plan entry's form, described once: its key, label and kind, how its first value
//! is read from the entry and how the typed value is written back. Building the form and reading
//! it back both walk the same descriptions, so a key is never spelled twice.

use super::super::edit::FieldErrors;
use crate::i18n::Lang;
use crate::panes::form::{Form, FormField};
use crate::plan::Plan;
use chrono::NaiveDate;

/// What a plan entry's form may read besides the entry: the plan, the database's channels
/// (`network:handle`), today, for the defaults of new entries, and the language it speaks.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The plan as stored (before the change).
    pub plan: &'a Plan,
    /// The database's channels as `network:handle`.
    pub channels: &'a [String],
    /// Today.
    pub today: NaiveDate,
    /// The language labels, options and mistakes are worded in.
    pub lang: Lang,
}

/// The options of a choice, each an id (or none) and a label.
pub type Options = Vec<(Option<i64>, String)>;

/// How a text field's first value is read from the entry.
pub enum Show<D> {
    /// A string of the entry as it is; blank on a new entry.
    Str(fn(&D) -> &str),
    /// Worked out from the entry (`None` for a new one) and the context.
    With(fn(Option<&D>, &Ctx<'_>) -> String),
}

/// How a text field's typed value is written back into the entry.
pub enum Write<D> {
    /// Stored as typed.
    Str(fn(&mut D, String)),
    /// Parsed first; the error message, worded in the language given, is shown on the field.
    Parse(fn(&mut D, &str, Lang) -> Result<(), String>),
}

/// How a choice's chosen id is written back into the entry.
pub enum Pick<D> {
    /// Any option (or none) will do.
    Any(fn(&mut D, Option<i64>, &Ctx<'_>)),
    /// An option must be chosen; when none can be, its message is the only error reported.
    Required(fn(&mut D, Option<i64>, &Ctx<'_>) -> Result<(), String>),
}

/// The kind of a field with its reading and writing.
pub enum Kind<D> {
    /// One line of text, trimmed when read.
    Text(Show<D>, Write<D>),
    /// Multi-line text, trailing blanks dropped when read; blank on a new entry.
    Editor(fn(&D) -> &str, fn(&mut D, String)),
    /// One of a list of options.
    Choice {
        /// The options offered.
        options: fn(&Ctx<'_>) -> Options,
        /// The id chosen first, from the entry (`None` for a new one).
        show: fn(Option<&D>, &Ctx<'_>) -> Option<i64>,
        /// Writes the chosen id back.
        pick: Pick<D>,
    },
}

/// One field of an entry's form.
pub struct Field<D> {
    /// The key the value is read by and the checker's mistakes are placed by.
    pub key: &'static str,
    /// The catalogue key of what the user reads (`plan-field-<section>-<key>`).
    pub label: &'static str,
    /// What it holds and how.
    pub kind: Kind<D>,
}

impl<D> Field<D> {
    /// A text field showing and storing one string of the entry as it is.
    pub const fn text(
        key: &'static str,
        label: &'static str,
        get: fn(&D) -> &str,
        set: fn(&mut D, String),
    ) -> Field<D> {
        Field {
            key,
            label,
            kind: Kind::Text(Show::Str(get), Write::Str(set)),
        }
    }

    /// A text field stored as typed, whose first value is worked out (a default for new entries).
    pub const fn text_with(
        key: &'static str,
        label: &'static str,
        show: fn(Option<&D>, &Ctx<'_>) -> String,
        set: fn(&mut D, String),
    ) -> Field<D> {
        Field {
            key,
            label,
            kind: Kind::Text(Show::With(show), Write::Str(set)),
        }
    }

    /// A text field parsed when read (a number, minutes…), its mistake shown on the field.
    pub const fn parsed(
        key: &'static str,
        label: &'static str,
        show: fn(Option<&D>, &Ctx<'_>) -> String,
        parse: fn(&mut D, &str, Lang) -> Result<(), String>,
    ) -> Field<D> {
        Field {
            key,
            label,
            kind: Kind::Text(Show::With(show), Write::Parse(parse)),
        }
    }

    /// A multi-line editor on one string of the entry.
    pub const fn editor(
        key: &'static str,
        label: &'static str,
        get: fn(&D) -> &str,
        set: fn(&mut D, String),
    ) -> Field<D> {
        Field {
            key,
            label,
            kind: Kind::Editor(get, set),
        }
    }

    /// A choice among `options`, any of them (or none) accepted.
    pub const fn choice(
        key: &'static str,
        label: &'static str,
        options: fn(&Ctx<'_>) -> Options,
        show: fn(Option<&D>, &Ctx<'_>) -> Option<i64>,
        pick: fn(&mut D, Option<i64>, &Ctx<'_>),
    ) -> Field<D> {
        Field {
            key,
            label,
            kind: Kind::Choice {
                options,
                show,
                pick: Pick::Any(pick),
            },
        }
    }

    /// A choice that must be made (a parent entry, a channel): when it cannot be, its message is
    /// the only error the form gets.
    pub const fn required(
        key: &'static str,
        label: &'static str,
        options: fn(&Ctx<'_>) -> Options,
        show: fn(Option<&D>, &Ctx<'_>) -> Option<i64>,
        pick: fn(&mut D, Option<i64>, &Ctx<'_>) -> Result<(), String>,
    ) -> Field<D> {
        Field {
            key,
            label,
            kind: Kind::Choice {
                options,
                show,
                pick: Pick::Required(pick),
            },
        }
    }

    /// The label in `lang`.
    pub fn label_in(&self, lang: Lang) -> String {
        lang.text(self.label)
    }

    /// The form field, filled from `entry` (`None` for a new entry), labelled in `ctx.lang`.
    pub fn build(&self, entry: Option<&D>, ctx: &Ctx<'_>) -> FormField {
        let field = match &self.kind {
            Kind::Text(show, _) => {
                let value = match show {
                    Show::Str(get) => entry.map_or(String::new(), |e| get(e).to_string()),
                    Show::With(show) => show(entry, ctx),
                };
                FormField::text(self.key, self.label, value)
            }
            Kind::Editor(get, _) => FormField::editor(self.key, self.label, entry.map_or("", get)),
            Kind::Choice { options, show, .. } => {
                FormField::choice(self.key, self.label, options(ctx), show(entry, ctx))
            }
        };
        field.labelled(self.label_in(ctx.lang))
    }

    /// Writes the field's value in `form` into `entry`. A mistake in the value is added to
    /// `errors`, a number that could be read two ways adds the reading taken to `notes`; a
    /// required choice that cannot be made is returned as the only error.
    pub fn read(
        &self,
        form: &Form,
        entry: &mut D,
        ctx: &Ctx<'_>,
        errors: &mut FieldErrors,
        notes: &mut Vec<String>,
    ) -> Result<(), (&'static str, String)> {
        match &self.kind {
            Kind::Text(_, write) => {
                let text = form.text(self.key).trim().to_string();
                match write {
                    Write::Str(set) => set(entry, text),
                    Write::Parse(parse) => match parse(entry, &text, ctx.lang) {
                        Err(message) => errors.push((self.key, message)),
                        Ok(()) => {
                            if let Some(note) = super::values::grouping_note(&text, ctx.lang) {
                                notes.push(format!("{}: {note}", self.label_in(ctx.lang)));
                            }
                        }
                    },
                }
            }
            Kind::Editor(_, set) => set(entry, form.text(self.key).trim_end().to_string()),
            Kind::Choice { pick, .. } => {
                let chosen = form.choice(self.key);
                match pick {
                    Pick::Any(pick) => pick(entry, chosen, ctx),
                    Pick::Required(pick) => {
                        pick(entry, chosen, ctx).map_err(|message| (self.key, message))?
                    }
                }
            }
        }
        Ok(())
    }
}
