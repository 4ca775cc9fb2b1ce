//! Where a key goes: a pending question, the crisis or plan screen, an open form, a filter being
//! typed, the help overlay, or else the command the key map gives in the pane's scopes.

use super::{App, Overlay};
use crate::command::Command;
use crate::keymap::Scope;
use crate::panes::Tab;
use crossterm::event::{KeyCode, KeyEvent};

impl App {
    /// Routes a key: a pending question, an open overlay or form, a filter being typed, or
    /// else the key map in the pane's scopes.
    pub(super) fn key(&mut self, key: KeyEvent) {
        self.message = None;
        if !self.fetching {
            self.fetch_log.clear();
        }
        if let Some((_, request)) = self.confirm.take() {
            match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Enter => self.perform(request),
                _ => self.message = Some("Nothing was changed.".into()),
            }
            return;
        }
        if self.crisis.is_some() {
            self.crisis_key(key);
            return;
        }
        if self.plan.is_some() {
            self.plan_key(key);
            return;
        }
        if self.tab == Tab::Calendar && self.panes.calendar.form.is_some() {
            self.calendar_form_key(key);
            return;
        }
        if self.tab == Tab::Prescriptors && self.panes.people.form.is_some() {
            self.people_form_key(key);
            return;
        }
        if self.tab == Tab::Reports && self.panes.reports.notes.is_some() {
            self.week_notes_key(key);
            return;
        }
        if self.tab == Tab::Mentions && self.panes.mentions.form.is_some() {
            self.mentions_form_key(key);
            return;
        }
        if self.tab == Tab::Inbox
            && (self.panes.inbox.form.is_some() || self.panes.inbox.reply.is_some())
        {
            self.inbox_key(key);
            return;
        }
        if self.panes.is_typing(self.tab) {
            self.type_into_filter(key);
            return;
        }
        let scopes: &[Scope] = if self.strategy {
            &[Scope::Strategy, self.tab.scope(), Scope::Global]
        } else {
            &[self.tab.scope(), Scope::Global]
        };
        let command = self.keymap.lookup(scopes, &key);
        if self.welcome
            && self.overlay.is_none()
            && !matches!(command, Some(Command::Quit | Command::Help))
        {
            self.welcome = false;
            return;
        }
        let Some(command) = command else {
            return;
        };
        if let Some(Overlay::Help { scroll }) = self.overlay {
            self.overlay = match command {
                Command::Quit => {
                    self.quit = true;
                    None
                }
                Command::Down => Some(Overlay::Help {
                    scroll: scroll.saturating_add(1),
                }),
                Command::Up => Some(Overlay::Help {
                    scroll: scroll.saturating_sub(1),
                }),
                Command::PageDown => Some(Overlay::Help {
                    scroll: scroll.saturating_add(self.page()),
                }),
                Command::PageUp => Some(Overlay::Help {
                    scroll: scroll.saturating_sub(self.page()),
                }),
                _ => None,
            };
            return;
        }
        self.dispatch(command);
    }
}
