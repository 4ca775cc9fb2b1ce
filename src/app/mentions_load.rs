//! Loads what Mentions shows: the triage list's page, its filter's texts or full-text
//! candidates, and its strategy face (gathered off the key path).

use super::App;
use super::gather::Job;
use super::load::{ThisWeek, serve};
use crate::db::DbError;

impl App {
    /// Loads the face shown: the list's page, or asks the gatherer for the strategy face.
    pub(super) fn sync_mentions(&mut self, week: &ThisWeek) -> Result<(), DbError> {
        if self.strategy {
            if self.panes.mentions.strategy().fresh.should_ask() {
                self.gather(Job::Listening {
                    start: week.range.0,
                    end: week.range.1,
                    now: self.clock.now,
                });
            }
            return Ok(());
        }
        let db = &self.db;
        let mentions = &mut self.panes.mentions;
        let (view, filter) = (mentions.view(), mentions.filter());
        serve(
            mentions.triage_mut(),
            |offset, limit, counted| db.mentions_page(view, &filter, offset, limit, counted),
            |ids| db.mentions_by_ids(ids),
        )
    }

    /// The filter's candidates: every text of the small "new" view, or what the full-text
    /// index finds in the large ones.
    pub(super) fn mentions_filter_texts(&mut self) -> Result<(), DbError> {
        if self.panes.mentions.filter_searches_the_index() {
            self.search_mentions();
            return Ok(());
        }
        let mentions = &self.panes.mentions;
        let texts = self
            .db
            .mentions_search_texts(mentions.view(), &mentions.filter())?;
        self.panes.mentions.triage_mut().receive_filter_texts(texts);
        Ok(())
    }

    /// Gives the filter of a large mention view the candidates the full-text index finds for
    /// what is typed so far (the small "new" view loads all its texts once instead).
    pub(super) fn search_mentions(&mut self) {
        let mentions = &mut self.panes.mentions;
        let typed = mentions
            .triage()
            .filter
            .as_ref()
            .map(|state| state.typed.clone())
            .unwrap_or_default();
        let job = super::gather::Job::MentionsSearch {
            view: mentions.view(),
            filter: mentions.filter(),
            typed,
        };
        mentions.search_mut().invalidate();
        mentions.triage_mut().filter_searching();
        self.gather(job);
    }
}
