//! Loads what the Inbox shows: the queue's visible page, its filter's texts and its strategy face
//! (with the triage rules in force).

use super::App;
use super::load::{ThisWeek, serve};
use crate::db::DbError;
use crate::domain::inbox::InboxQuery;
use crate::panes::inbox::InboxData;

impl App {
    /// The query of the queue shown.
    fn inbox_query(&self) -> InboxQuery {
        self.panes.inbox.query(self.clock.now)
    }

    /// Loads the face shown: the queue's page, or the strategy face when it is out of date.
    pub(super) fn sync_inbox(&mut self, week: &ThisWeek) -> Result<(), DbError> {
        self.panes.inbox.set_lang(self.lang);
        let db = &self.db;
        if self.strategy {
            if self.panes.inbox.strategy().is_stale() {
                let data =
                    db.inbox_strategy(week.range.0, week.range.1, week.target, &week.count)?;
                let ctx = self.context();
                self.panes.inbox.receive(InboxData::Strategy(data), &ctx);
                self.show_triage_rules()?;
            }
            return Ok(());
        }
        let query = self.inbox_query();
        serve(
            self.panes.inbox.queue_mut(),
            |offset, limit, _| db.inbox_page(&query, offset, limit),
            |ids| db.messages_by_ids(ids),
        )
    }

    /// The searchable text of the queue's messages.
    pub(super) fn inbox_filter_texts(&mut self) -> Result<(), DbError> {
        let texts = self.db.inbox_search_texts(&self.inbox_query())?;
        self.panes.inbox.queue_mut().receive_filter_texts(texts);
        Ok(())
    }
}
