//! Loads what Prescriptors shows: the people's page, its filter's texts, the open profile with
//! its scores, and its strategy face.

use super::App;
use super::load::serve;
use crate::db::DbError;
use crate::panes::people::{PeopleData, ProfileScores};

impl App {
    /// Loads the face shown: the people's page, or the strategy face when it is out of date.
    pub(super) fn sync_people(&mut self) -> Result<(), DbError> {
        if self.strategy {
            if self.panes.people.needs_strategy() {
                let data = self.db.people_strategy()?;
                self.people_receive(PeopleData::Strategy(data));
            }
            return Ok(());
        }
        let ctx = self.context();
        let today = self.clock.today();
        let db = &self.db;
        let people = &mut self.panes.people;
        people.sync(&ctx);
        let filter = people.filter().clone();
        serve(
            people.list_mut(),
            |offset, limit, _| db.people_filtered(today, &filter, offset, limit),
            |ids| db.people_by_ids(ids),
        )
    }

    /// The searchable text of the people in scope.
    pub(super) fn people_filter_texts(&mut self) -> Result<(), DbError> {
        let texts = self
            .db
            .people_filtered_texts(self.clock.today(), self.panes.people.filter())?;
        self.panes.people.list_mut().receive_filter_texts(texts);
        Ok(())
    }

    /// Reads the profile and scores of the selected person.
    pub(super) fn load_profile(&mut self) {
        let Some(id) = self.panes.people.list().selected_row().map(|p| p.id) else {
            return;
        };
        let weights = self.scores.weights;
        let scores = self
            .db
            .activity(id, self.clock.now)
            .map(|activity| ProfileScores::new(activity, &weights));
        match (self.db.person_profile(id), scores) {
            (Ok(profile), Ok(scores)) => {
                self.people_receive(PeopleData::Profile { profile, scores })
            }
            (Err(error), _) | (_, Err(error)) => {
                self.message = Some(self.lang.text_with(
                    "people-profile-error",
                    &[("error", crate::i18n::Arg::Text(&error.message(self.lang)))],
                ))
            }
        }
    }
}
