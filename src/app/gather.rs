//! Gathering the week's report off the key path: a worker thread with its own connection gathers
//! each report asked for (only the latest when several wait) and hands it back through the event
//! channel, so a key that opens Reports draws at once; inline when there is no worker (tests).

use super::{App, AppEvent};
use crate::db::Db;
use crate::db::report::ReportRequest;
use crate::domain::report::Report;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};

/// A report asked of the gatherer, with the generation of the pane's data it answers.
#[derive(Debug, Clone)]
pub struct GatherRequest {
    /// The pane's generation when it asked; an answer for an older one is dropped.
    pub generation: u64,
    /// The period and how to count it.
    pub request: ReportRequest,
}

/// The gatherer's answer: the report, or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Gathered {
    /// The generation it was asked for.
    pub generation: u64,
    /// The report, or the database's error as text.
    pub report: Result<Box<Report>, String>,
}

impl App {
    /// Asks for the report of `request`: on the gatherer thread when there is a worker (the
    /// answer arrives as [`AppEvent::Gathered`]), otherwise gathered here and now.
    pub(super) fn gather_report(&mut self, request: ReportRequest) {
        let generation = self.panes.reports.generation;
        if self.panes.reports.gathering == Some(generation) {
            return;
        }
        if self.gatherer.is_none()
            && let Some((sender, path)) = self.worker.clone()
        {
            self.gatherer = Some(start_gatherer(sender, path));
        }
        let asked = GatherRequest {
            generation,
            request,
        };
        let unsent = match &self.gatherer {
            Some(gatherer) => match gatherer.send(asked) {
                Ok(()) => {
                    self.panes.reports.gathering = Some(generation);
                    return;
                }
                // The gatherer has stopped: gather here from now on.
                Err(unsent) => {
                    self.gatherer = None;
                    unsent.0
                }
            },
            None => asked,
        };
        let report = gather(&self.db, &unsent.request);
        self.receive_report(Gathered { generation, report });
    }

    /// Shows a gathered report if it answers the pane's current generation.
    pub(super) fn receive_report(&mut self, gathered: Gathered) {
        let reports = &mut self.panes.reports;
        if reports.gathering == Some(gathered.generation) {
            reports.gathering = None;
        }
        if gathered.generation != reports.generation {
            return;
        }
        match gathered.report {
            Ok(report) => reports.show(report),
            Err(error) => self.message = Some(format!("Could not read the database: {error}")),
        }
    }
}

/// Starts the gatherer thread over its own connection to `path`; answers go to `events`.
fn start_gatherer(events: Sender<AppEvent>, path: PathBuf) -> Sender<GatherRequest> {
    let (requests, inbox) = std::sync::mpsc::channel::<GatherRequest>();
    std::thread::spawn(move || gather_until_closed(&inbox, &events, &path));
    requests
}

/// The gatherer's loop: waits for a request, skips to the latest one waiting, gathers it and
/// sends the answer; ends when the app or the event channel is gone.
fn gather_until_closed(inbox: &Receiver<GatherRequest>, events: &Sender<AppEvent>, path: &Path) {
    let db = Db::open(path).map_err(|error| error.to_string());
    while let Ok(mut asked) = inbox.recv() {
        while let Ok(later) = inbox.try_recv() {
            asked = later;
        }
        let report = match &db {
            Ok(db) => gather(db, &asked.request),
            Err(error) => Err(error.clone()),
        };
        let answer = Gathered {
            generation: asked.generation,
            report,
        };
        if events.send(AppEvent::Gathered(answer)).is_err() {
            return;
        }
    }
}

/// The report of `request`, or the database's error as text.
fn gather(db: &Db, request: &ReportRequest) -> Result<Box<Report>, String> {
    db.report(request)
        .map(Box::new)
        .map_err(|error| error.to_string())
}
