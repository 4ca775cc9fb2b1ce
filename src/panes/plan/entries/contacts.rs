//! The crisis contact form: name, role, phone and email.

use super::field::{Ctx, Field};
use super::{Entry, Placed};
use crate::panes::plan::edit::put;
use crate::plan::{Contact, Plan};

/// The crisis contacts section.
pub struct Contacts;

impl Entry for Contacts {
    type Draft = Contact;

    const FIELDS: &'static [Field<Contact>] = &[
        Field::text(
            "name",
            "plan-field-contacts-name",
            |c| &c.name,
            |c, v| c.name = v,
        ),
        Field::text(
            "role",
            "plan-field-contacts-role",
            |c| &c.role,
            |c, v| c.role = v,
        ),
        Field::text(
            "phone",
            "plan-field-contacts-phone",
            |c| &c.phone,
            |c, v| c.phone = v,
        ),
        Field::text(
            "email",
            "plan-field-contacts-email",
            |c| &c.email,
            |c, v| c.email = v,
        ),
    ];

    fn load(plan: &Plan, index: Option<usize>) -> Option<Contact> {
        plan.crisis.contacts.get(index?).cloned()
    }

    fn store(contact: Contact, index: Option<usize>, _: &Ctx<'_>, next: &mut Plan) -> Placed {
        Placed {
            index: put(&mut next.crisis.contacts, index, contact),
            renames: Vec::new(),
        }
    }
}
