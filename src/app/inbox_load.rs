//! Loads what the Inbox shows: the queue's visible page, its filter's texts and its strategy face.

use super::App;
use super::load::{ThisWeek, serve};
use crate::db::DbError;
use crate::domain::inbox::InboxQuery;

impl App {
    /// The query of the queue shown.
    fn inbox_query(&self) -> InboxQuery {
        let inbox = &self.panes.inbox;
        InboxQuery {
            now: self.clock.now,
            view: inbox.view,
            newest_first: inbox.newest_first,
            filter: inbox.filter,
        }
    }

    /// Loads the face shown: the queue's page, or the strategy face when it is out of date.
    pub(super) fn sync_inbox(&mut self, week: &ThisWeek) -> Result<(), DbError> {
        let db = &self.db;
        if self.strategy {
            let inbox = &mut self.panes.inbox;
            if inbox.strategy.is_stale() {
                let data =
                    db.inbox_strategy(week.range.0, week.range.1, week.target, &week.count)?;
                inbox.strategy.show(data);
            }
            return Ok(());
        }
        let query = self.inbox_query();
        serve(
            &mut self.panes.inbox.queue,
            |offset, limit, _| db.inbox_page(&query, offset, limit),
            |ids| db.messages_by_ids(ids),
        )
    }

    /// The searchable text of the queue's messages.
    pub(super) fn inbox_filter_texts(&mut self) -> Result<(), DbError> {
        let texts = self.db.inbox_search_texts(&self.inbox_query())?;
        self.panes.inbox.queue.receive_filter_texts(texts);
        Ok(())
    }
}
