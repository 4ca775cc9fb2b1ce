//! Fetching the configured feeds from the desk: on a worker thread that opens its own connection
//! and reports each feed's line through the event channel, so the desk stays usable; inline
//! when there is no worker (tests).

use super::{App, AppEvent};
use crate::db::Db;
use crate::import::fetch_run::fetch_feeds;

impl App {
    /// Starts fetching every `[[feeds]]` entry, or says why it cannot.
    pub(super) fn fetch_feeds(&mut self) {
        if self.fetching {
            self.message = Some("A fetch is already under way.".into());
            return;
        }
        if self.feeds.is_empty() {
            self.message = Some("No feeds to fetch: add [[feeds]] entries with a url to the config file (see config.example.toml).".into());
            return;
        }
        self.fetch_log = vec![format!("Fetching {} feeds…", self.feeds.len())];
        let now = self.clock.now;
        let feeds = self.feeds.clone();
        match self.worker.clone() {
            Some((sender, path)) => {
                self.fetching = true;
                std::thread::spawn(move || {
                    let outcome =
                        Db::open_another(&path)
                            .map_err(|e| e.to_string())
                            .and_then(|mut db| {
                                let progress_sender = sender.clone();
                                let mut progress = |line: &str| {
                                    let _ = progress_sender
                                        .send(AppEvent::Progress(crate::text::sanitize_line(line)));
                                };
                                fetch_feeds(&mut db, &feeds, now, &mut progress)
                                    .map_err(|e| e.to_string())
                            });
                    let line = match outcome {
                        Ok(Ok(line)) | Ok(Err(line)) => line,
                        Err(error) => format!("The fetch stopped: {error}"),
                    };
                    let _ = sender.send(AppEvent::Finished(crate::text::sanitize_line(&line)));
                });
            }
            None => {
                let mut lines = Vec::new();
                let outcome = fetch_feeds(&mut self.db, &feeds, now, &mut |line: &str| {
                    lines.push(crate::text::sanitize_line(line))
                });
                self.fetch_log.extend(lines);
                let line = match outcome {
                    Ok(Ok(line)) | Ok(Err(line)) => line,
                    Err(error) => format!("The fetch stopped: {error}"),
                };
                self.update(AppEvent::Finished(line));
            }
        }
    }
}
