//! Typing into a list's filter: characters narrow it, Backspace widens it, Enter keeps it, Esc clears it.

use super::App;
use crate::panes::{Panes, Tab};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

impl App {
    pub(super) fn type_into_filter(&mut self, key: KeyEvent) {
        let list_action =
            |panes: &mut Panes, tab: Tab, action: &dyn Fn(&mut dyn FilterInput)| match tab {
                Tab::Calendar => action(&mut panes.calendar.agenda),
                Tab::Inbox => action(&mut panes.inbox.queue),
                Tab::Mentions => action(&mut panes.mentions.triage),
                Tab::Prescriptors => action(&mut panes.people.people),
                Tab::Reports => {}
            };
        let tab = self.tab;
        match key.code {
            KeyCode::Esc => list_action(&mut self.panes, tab, &|list| list.cancel()),
            KeyCode::Enter => list_action(&mut self.panes, tab, &|list| list.accept()),
            KeyCode::Backspace => list_action(&mut self.panes, tab, &|list| list.pop()),
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                list_action(&mut self.panes, tab, &|list| list.push(c))
            }
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => self.quit = true,
            _ => {}
        }
        let large_mentions = tab == Tab::Mentions
            && self.panes.mentions.view != crate::db::mention_list::MentionView::New;
        if large_mentions
            && matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace)
            && self.panes.mentions.triage.is_typing()
        {
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
