//! Gathering slow figures off the key path: a worker thread with its own connection reads each
//! report or strategy face asked for (only the latest of each kind when several wait) and hands
//! it back through the event channel, so a key that opens them draws at once; inline when there
//! is no worker (tests).

use super::{App, AppEvent};
use crate::db::Db;
use crate::domain::mentions::{MentionFilter, MentionView};
use crate::domain::report::Report;
use crate::domain::strategy::ListeningStrategy;
use crate::panes::freshness::Freshness;
use crate::report::ReportRequest;
use chrono::{DateTime, Utc};
use std::mem::discriminant;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};

/// What the gatherer reads.
#[derive(Debug, Clone)]
pub enum Job {
    /// The report of a week or longer period.
    Report(ReportRequest),
    /// The Mentions pane's strategy face: rules, share of voice and the sentiment trend.
    Listening {
        /// The start of the current week.
        start: DateTime<Utc>,
        /// The end of the current week.
        end: DateTime<Utc>,
        /// The time the trends end at.
        now: DateTime<Utc>,
    },
    /// The mentions of a large view whose text holds what is typed in its filter, searched in
    /// the full-text index.
    MentionsSearch {
        /// The view listed.
        view: MentionView,
        /// The filter applied to the view.
        filter: MentionFilter,
        /// What is typed.
        typed: String,
    },
}

/// A job asked of the gatherer, with the generation of the face's data it answers.
#[derive(Debug, Clone)]
pub struct GatherRequest {
    /// The face's generation when it asked; an answer for an older one is dropped.
    pub generation: u64,
    /// What to read.
    pub job: Job,
}

/// What the gatherer read, or why it could not be read (the database's error as text).
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The report asked for.
    Report(Result<Box<Report>, String>),
    /// The Mentions pane's strategy face.
    Listening(Result<Box<ListeningStrategy>, String>),
    /// The filter's candidates: each mention's id and searchable text.
    MentionsSearch(Result<Vec<(i64, String)>, String>),
}

/// The gatherer's answer and the generation it was asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Gathered {
    /// The generation it was asked for.
    pub generation: u64,
    /// What was read.
    pub answer: Answer,
}

impl App {
    /// Asks for `job` unless it is already asked for: on the gatherer thread when there is a
    /// worker (the answer arrives as [`AppEvent::Gathered`]), otherwise read here and now.
    pub(super) fn gather(&mut self, job: Job) {
        let fresh = self.freshness_of(&job);
        if !fresh.should_ask() {
            return;
        }
        let generation = fresh.ask();
        if self.gatherer.is_none()
            && let Some((sender, path)) = self.worker.clone()
        {
            self.gatherer = Some(start_gatherer(sender, path));
        }
        let asked = GatherRequest { generation, job };
        let unsent = match &self.gatherer {
            Some(gatherer) => match gatherer.send(asked) {
                Ok(()) => return,
                // The gatherer has stopped: gather here from now on.
                Err(unsent) => {
                    self.gatherer = None;
                    unsent.0
                }
            },
            None => asked,
        };
        let answer = read(&self.db, &unsent.job);
        self.receive_gathered(Gathered { generation, answer });
    }

    /// The freshness of the face `job` fills.
    fn freshness_of(&mut self, job: &Job) -> &mut Freshness {
        match job {
            Job::Report(_) => self.panes.reports.freshness_mut(),
            Job::Listening { .. } => &mut self.panes.mentions.strategy_mut().fresh,
            Job::MentionsSearch { .. } => self.panes.mentions.search_mut(),
        }
    }

    /// Shows what was gathered if it answers its face's current generation. A failure is said
    /// in the status line and not asked again until the next change.
    pub(super) fn receive_gathered(&mut self, gathered: Gathered) {
        let error = match gathered.answer {
            Answer::Report(report) => {
                let reports = &mut self.panes.reports;
                if !reports.freshness_mut().answer(gathered.generation) {
                    return;
                }
                match report {
                    Ok(report) => {
                        reports.show(report, &self.clock);
                        None
                    }
                    Err(error) => {
                        reports.freshness_mut().mark_shown();
                        Some(error)
                    }
                }
            }
            Answer::MentionsSearch(found) => {
                let mentions = &mut self.panes.mentions;
                if !mentions.search_mut().answer(gathered.generation) {
                    return;
                }
                mentions.search_mut().mark_shown();
                match found {
                    Ok(candidates) => {
                        mentions.triage_mut().receive_filter_texts(candidates);
                        None
                    }
                    Err(error) => Some(error),
                }
            }
            Answer::Listening(data) => {
                let face = self.panes.mentions.strategy_mut();
                if !face.fresh.answer(gathered.generation) {
                    return;
                }
                match data {
                    Ok(data) => {
                        face.show(*data);
                        None
                    }
                    Err(error) => {
                        face.fresh.mark_shown();
                        Some(error)
                    }
                }
            }
        };
        if let Some(error) = error {
            self.message = Some(self.lang.text_with(
                "app-database-unreadable",
                &[("error", crate::i18n::Arg::Text(&error.to_string()))],
            ));
        }
    }
}

/// Starts the gatherer thread over its own connection to `path`; answers go to `events`.
fn start_gatherer(events: Sender<AppEvent>, path: PathBuf) -> Sender<GatherRequest> {
    let (requests, inbox) = std::sync::mpsc::channel::<GatherRequest>();
    std::thread::spawn(move || gather_until_closed(&inbox, &events, &path));
    requests
}

/// The gatherer's loop: waits for a request, keeps only the latest waiting request of each kind,
/// reads them and sends the answers; ends when the app or the event channel is gone.
fn gather_until_closed(inbox: &Receiver<GatherRequest>, events: &Sender<AppEvent>, path: &Path) {
    let db = Db::open_another(path).map_err(|error| error.to_string());
    while let Ok(first) = inbox.recv() {
        let mut waiting = vec![first];
        while let Ok(later) = inbox.try_recv() {
            waiting.retain(|asked| discriminant(&asked.job) != discriminant(&later.job));
            waiting.push(later);
        }
        for asked in waiting {
            let answer = match &db {
                Ok(db) => read(db, &asked.job),
                Err(error) => failed(&asked.job, error.clone()),
            };
            let gathered = Gathered {
                generation: asked.generation,
                answer,
            };
            if events.send(AppEvent::Gathered(gathered)).is_err() {
                return;
            }
        }
    }
}

/// Reads what `job` asks for.
fn read(db: &Db, job: &Job) -> Answer {
    match job {
        Job::Report(request) => Answer::Report(
            db.report(request)
                .map(Box::new)
                .map_err(|error| error.to_string()),
        ),
        Job::Listening { start, end, now } => Answer::Listening(
            db.listening_strategy(*start, *end, *now)
                .map(Box::new)
                .map_err(|error| error.to_string()),
        ),
        Job::MentionsSearch {
            view,
            filter,
            typed,
        } => {
            test_hooks::hold_search();
            Answer::MentionsSearch(
                db.mentions_search_candidates(*view, filter, typed)
                    .map_err(|error| error.to_string()),
            )
        }
    }
}

/// The answer to `job` when the database could not be opened.
fn failed(job: &Job, error: String) -> Answer {
    match job {
        Job::Report(_) => Answer::Report(Err(error)),
        Job::Listening { .. } => Answer::Listening(Err(error)),
        Job::MentionsSearch { .. } => Answer::MentionsSearch(Err(error)),
    }
}

/// A hook for the end-to-end tests, in debug builds only: when `CMDECK_TEST_SEARCH_GATE` names
/// a Unix socket, each search of the mentions connects to it and waits for one byte, so a test
/// can read the screen while a search is still running, and let each search through in turn,
/// without sleeping. Release builds have no hook.
mod test_hooks {
    /// Waits at the gate, when a test set one.
    #[cfg(all(debug_assertions, unix))]
    pub fn hold_search() {
        use std::io::Read;
        if let Some(gate) = std::env::var_os("CMDECK_TEST_SEARCH_GATE")
            && let Ok(mut waiting) = std::os::unix::net::UnixStream::connect(gate)
        {
            let mut byte = [0u8; 1];
            let _ = waiting.read(&mut byte);
        }
    }

    /// Release builds never wait.
    #[cfg(not(all(debug_assertions, unix)))]
    pub fn hold_search() {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::Command;

    /// The demo desk on the Mentions pane's "all" view, its filter open.
    fn filtering() -> App {
        let mut app = crate::app::undo_tests::app();
        app.tab = crate::panes::Tab::Mentions;
        app.sync();
        app.dispatch(Command::CycleView);
        app.sync();
        app.dispatch(Command::Filter);
        app.sync();
        app
    }

    fn found(ids: &[i64]) -> Answer {
        Answer::MentionsSearch(Ok(ids
            .iter()
            .map(|id| (*id, format!("texto {id}")))
            .collect()))
    }

    #[test]
    fn a_late_search_answer_for_an_older_filter_is_dropped_and_the_latest_is_shown() {
        let mut app = filtering();
        // The opening search was answered inline (no worker); two more are asked, in order.
        let mentions = app.panes.mentions.search_mut();
        mentions.invalidate();
        let older = mentions.ask();
        mentions.invalidate();
        let latest = mentions.ask();
        app.panes.mentions.triage_mut().filter_searching();
        app.receive_gathered(Gathered {
            generation: older,
            answer: found(&[1, 2, 3]),
        });
        let filter = app.panes.mentions.triage().filter.clone().unwrap();
        assert!(filter.searching, "still waiting for the latest search");
        assert_ne!(
            filter.candidates.as_ref().map(Vec::len),
            Some(3),
            "the older answer is not shown"
        );
        app.receive_gathered(Gathered {
            generation: latest,
            answer: found(&[7, 8]),
        });
        let filter = app.panes.mentions.triage().filter.clone().unwrap();
        assert!(!filter.searching);
        assert_eq!(filter.candidates.map(|c| c.len()), Some(2));
    }
}
