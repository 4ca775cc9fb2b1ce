//! Typing into a list's filter: characters narrow it, Backspace widens it, the filter layer's
//! `open` keeps it and `back` clears it.

use super::App;
use crate::command::Command;
use crate::keymap::Input;
use crate::panes::{Panes, Tab};

impl App {
    /// A key while a list's filter is typed: `open` keeps the filter, `back` clears it, `quit`
    /// quits; Backspace and typed characters edit it.
    pub(super) fn type_into_filter(&mut self, input: Input) {
        let list_action =
            |panes: &mut Panes, tab: Tab, action: &dyn Fn(&mut dyn FilterInput)| match tab {
                Tab::Calendar => action(panes.calendar.agenda_mut()),
                Tab::Inbox => action(panes.inbox.queue_mut()),
                Tab::Mentions => action(panes.mentions.triage_mut()),
                Tab::Prescriptors => action(panes.people.list_mut()),
                Tab::Reports => {}
            };
        let tab = self.tab;
        let mut edited = false;
        match input.command {
            Some(Command::Back) => list_action(&mut self.panes, tab, &|list| list.cancel()),
            Some(Command::Open) => list_action(&mut self.panes, tab, &|list| list.accept()),
            Some(Command::Quit) => self.quit = true,
            _ if input.is_backspace() => {
                edited = true;
                list_action(&mut self.panes, tab, &|list| list.pop())
            }
            _ => {
                if let Some(c) = input.typed() {
                    edited = true;
                    list_action(&mut self.panes, tab, &|list| list.push(c))
                }
            }
        }
        let large_mentions =
            tab == Tab::Mentions && self.panes.mentions.filter_searches_the_index();
        if large_mentions && edited && self.panes.mentions.triage().is_typing() {
            self.search_mentions();
        }
    }
}

/// The filter keys a list understands while the user types.
trait FilterInput {
    fn push(&mut self, c: char);
    fn pop(&mut self);
    fn accept(&mut self);
    fn cancel(&mut self);
}

impl<R: crate::domain::rows::Row> FilterInput for crate::panes::list::ListPane<R> {
    fn push(&mut self, c: char) {
        self.filter_push(c);
    }
    fn pop(&mut self) {
        self.filter_pop();
    }
    fn accept(&mut self) {
        self.filter_accept();
    }
    fn cancel(&mut self) {
        self.close_filter();
    }
}
