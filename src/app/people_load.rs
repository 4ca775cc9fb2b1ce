//! Loads what Prescriptors shows: the people's page, its filter's texts, the open profile with
//! its scores, and its strategy face.

use super::App;
use super::load::serve;
use crate::db::DbError;

impl App {
    /// Loads the face shown: the people's page, or the strategy face when it is out of date.
    pub(super) fn sync_people(&mut self) -> Result<(), DbError> {
        let db = &self.db;
        let people = &mut self.panes.people;
        if self.strategy {
            if people.strategy.is_stale() {
                people.strategy.show(db.people_strategy()?);
            }
            return Ok(());
        }
        let today = self.clock.today();
        people.today = Some(today);
        let filter = people.filter.clone();
        serve(
            &mut people.people,
            |offset, limit, _| db.people_filtered(today, &filter, offset, limit),
            |ids| db.people_by_ids(ids),
        )
    }

    /// The searchable text of the people in scope.
    pub(super) fn people_filter_texts(&mut self) -> Result<(), DbError> {
        let texts = self
            .db
            .people_filtered_texts(self.clock.today(), &self.panes.people.filter)?;
        self.panes.people.people.receive_filter_texts(texts);
        Ok(())
    }

    /// Reads the profile and scores of the selected person.
    pub(super) fn load_profile(&mut self) {
        let Some(id) = self
            .panes
            .people
            .people
            .selected_row()
            .map(|person| person.id)
        else {
            return;
        };
        let weights = self.scores.weights;
        let scores =
            self.db
                .activity(id, self.clock.now)
                .map(|a| crate::panes::people::ProfileScores {
                    advocacy: crate::analytics::scores::advocacy(&a, &weights),
                    risk: crate::analytics::scores::risk(&a, &weights),
                    activity: a,
                });
        match (self.db.person_profile(id), scores) {
            (Ok(profile), Ok(scores)) => {
                self.panes.people.profile = profile;
                self.panes.people.scores = Some(scores);
            }
            (Err(error), _) | (_, Err(error)) => {
                self.message = Some(format!("Could not open the profile: {error}"))
            }
        }
    }
}
