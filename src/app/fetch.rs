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
            self.message = Some(self.lang.text("mentions-fetch-under-way"));
            return;
        }
        if self.feeds.is_empty() {
            self.message = Some(self.lang.text("mentions-fetch-no-feeds"));
            return;
        }
        let feeds_count = i64::try_from(self.feeds.len()).unwrap_or(i64::MAX);
        self.fetch_log = vec![self.lang.text_with(
            "mentions-fetch-starting",
            &[
                ("count", crate::i18n::Arg::Count(feeds_count)),
                (
                    "shown",
                    crate::i18n::Arg::Text(&crate::i18n::count(self.lang, feeds_count)),
                ),
            ],
        )];
        let stopped = self.lang.text("mentions-fetch-stopped");
        let now = self.clock.now;
        let lang = self.lang;
        let feeds = self.feeds.clone();
        match self.worker.clone() {
            Some((sender, path)) => {
                self.fetching = true;
                std::thread::spawn(move || {
                    let outcome = Db::open_another(&path)
                        .map_err(|e| e.message(lang))
                        .and_then(|mut db| {
                            let progress_sender = sender.clone();
                            let mut progress = |line: &str| {
                                let _ = progress_sender
                                    .send(AppEvent::Progress(crate::text::sanitize_line(line)));
                            };
                            fetch_feeds(&mut db, &feeds, now, lang, &mut progress)
                                .map_err(|e| e.message(lang))
                        });
                    let line = match outcome {
                        Ok(Ok(line)) | Ok(Err(line)) => line,
                        Err(error) => format!("{stopped}: {error}"),
                    };
                    let _ = sender.send(AppEvent::Finished(crate::text::sanitize_line(&line)));
                });
            }
            None => {
                let mut lines = Vec::new();
                let outcome = fetch_feeds(&mut self.db, &feeds, now, lang, &mut |line: &str| {
                    lines.push(crate::text::sanitize_line(line))
                });
                self.fetch_log.extend(lines);
                let line = match outcome {
                    Ok(Ok(line)) | Ok(Err(line)) => line,
                    Err(error) => format!("{stopped}: {}", error.message(lang)),
                };
                self.update(AppEvent::Finished(line));
            }
        }
    }
}
