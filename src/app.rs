//! The application: which pane and face are shown, the overlays and the status line. `update`
//! routes an event to the right place; `load` (in `app/load.rs`) carries out what panes need.

mod calendar;
mod calendar_load;
mod crisis;
mod draw;
mod events;
mod fetch;
mod filter_input;
mod gather;
mod import_screen;
pub use import_screen::{ImportOutcome, ImportScreen};
mod inbox;
mod inbox_load;
mod keys;
mod library;
mod load;
mod mentions;
mod mentions_load;
mod people;
mod people_load;
mod plan;
mod reports;
mod reports_load;
mod rules;
mod scheduling;
mod triage_rules;
mod undo;
mod undo_capture;
#[cfg(test)]
mod undo_kinds_tests;
#[cfg(test)]
mod undo_tests;

pub use crisis::CrisisOverlay;
pub use draw::render;
pub use events::{AppEvent, Overlay};
pub use gather::{Answer, GatherRequest, Gathered, Job};
pub use undo::{HISTORY_LIMIT, History, Undo, UndoAction, created_row};

use crate::clock::Clock;
use crate::config::{Config, WeekStart};
use crate::db::Db;
use crate::domain::today::TodayCounters;
use crate::keymap::Keymap;
use crate::panes::{Context, Panes, Request, Tab};
use chrono::Weekday;

/// The whole state of a running cmdeck.
pub struct App {
    /// The pane shown.
    pub tab: Tab,
    /// Whether every pane shows its strategy face.
    pub strategy: bool,
    /// The overlay shown, if any.
    pub overlay: Option<Overlay>,
    /// Whether the welcome screen of an empty database is shown.
    pub welcome: bool,
    /// A yes/no question waiting for an answer, and what to do on yes.
    pub confirm: Option<(String, Request)>,
    /// The changes that can be undone and redone.
    pub history: History,
    /// The crisis protocol overlay, when open.
    pub crisis: Option<CrisisOverlay>,
    /// The folder reports are exported to, if known.
    pub reports_dir: Option<std::path::PathBuf>,
    /// Text to put on the terminal's clipboard (OSC 52) after the next draw.
    pub clipboard: Option<String>,
    /// The plan screen, when open.
    pub plan: Option<Box<crate::panes::plan::PlanScreen>>,
    /// Score weights and suggestion thresholds, from the config.
    pub scores: crate::config::ScoresConfig,
    /// The feeds to fetch, from the config.
    pub feeds: Vec<crate::config::FeedConfig>,
    /// Where workers report and the database file they open; none in tests (work runs inline).
    pub worker: Option<(std::sync::mpsc::Sender<AppEvent>, std::path::PathBuf)>,
    /// The lines of the last fetch, shown while it runs and until the next key.
    pub fetch_log: Vec<String>,
    /// Whether a fetch is under way.
    pub fetching: bool,
    /// The import screen, when open or when its import is under way.
    pub import: Option<ImportScreen>,
    /// Where reports and slow faces are asked for when a worker gathers them; started on first need.
    gatherer: Option<std::sync::mpsc::Sender<gather::GatherRequest>>,
    /// The calendar settings from the config.
    pub calendar_config: crate::config::CalendarConfig,
    /// Posting slots per network from the config, used where the channel plan has none.
    pub config_slots: Vec<(crate::domain::Network, String)>,
    /// The inbox's triage rules from the config, run on every message that arrives before the
    /// rules typed in the Inbox (stored in the database).
    pub inbox_rules: Vec<crate::analytics::triage::TriageRule>,
    /// Business hours from the config, used when the plan sets none.
    pub config_business_hours: Option<crate::analytics::response::BusinessHours>,
    /// The five panes.
    pub panes: Panes,
    /// Today's counters for the status line.
    pub counters: TodayCounters,
    /// A one-line message for the user (an error, a hint), cleared by the next key.
    pub message: Option<String>,
    /// "Now" and the zone times are shown in.
    pub clock: Clock,
    /// Keys to commands.
    pub keymap: Keymap,
    /// The first day of the week.
    pub week_start: Weekday,
    /// The config's first day of the week, used while the brand sets none.
    config_week_start: Weekday,
    /// The zone the desk started in, used while the brand sets none.
    home_zone: crate::clock::Zone,
    /// The response-time target from the config, used when the plan sets none.
    pub config_response_target: u32,
    /// The terminal size (columns, rows).
    pub size: (u16, u16),
    /// Set when the user quits.
    pub quit: bool,
    /// Whether to draw with colours (off when `NO_COLOR` is set).
    pub color: bool,
    /// The database.
    pub db: Db,
    /// The brand's sentiment terms and what its corrections taught, read with the counters.
    pub sentiment: crate::analytics::sentiment::Adjustments,
    /// The language of every screen and message: the config's, else English, until the run
    /// sets the one it chose ([`App::set_lang`]).
    pub lang: crate::i18n::Lang,
    counters_stale: bool,
}

impl App {
    /// A new app over `db`, showing the Calendar, sized for a terminal of `size`.
    pub fn new(db: Db, config: &Config, clock: Clock, size: (u16, u16)) -> App {
        let welcome = db.is_empty().unwrap_or(false);
        let mut app = App {
            tab: Tab::Calendar,
            strategy: false,
            overlay: None,
            welcome,
            confirm: None,
            history: History::default(),
            crisis: None,
            plan: None,
            clipboard: None,
            reports_dir: config.reports_dir(),
            feeds: config.feeds.clone(),
            scores: config.scores,
            worker: None,
            fetch_log: Vec::new(),
            fetching: false,
            import: None,
            gatherer: None,
            calendar_config: config.calendar.clone(),
            config_slots: config
                .channels
                .iter()
                .filter_map(|(network, c)| c.slots.clone().map(|s| (*network, s)))
                .collect(),
            inbox_rules: config.inbox.rules.clone(),
            config_business_hours: config.inbox.business_hours,
            panes: Panes::default(),
            counters: TodayCounters::default(),
            message: None,
            clock,
            keymap: config.keymap.clone(),
            week_start: match config.general.week_start {
                WeekStart::Monday => Weekday::Mon,
                WeekStart::Sunday => Weekday::Sun,
            },
            home_zone: clock.zone,
            config_week_start: match config.general.week_start {
                WeekStart::Monday => Weekday::Mon,
                WeekStart::Sunday => Weekday::Sun,
            },
            config_response_target: config.general.response_target_minutes,
            size,
            quit: false,
            color: true,
            db,
            sentiment: crate::analytics::sentiment::Adjustments::default(),
            lang: config.general.language.unwrap_or_default(),
            counters_stale: true,
        };
        app.apply_brand();
        app.resize(size);
        app.set_current_week();
        app.auto_refill();
        app.sync();
        app
    }

    /// Applies one event, then loads whatever the visible pane now needs.
    pub fn update(&mut self, event: AppEvent) {
        match event {
            AppEvent::Key(key) => self.key(key),
            AppEvent::Resize(columns, rows) => self.resize((columns, rows)),
            AppEvent::Tick(now) => {
                let day_changed = self.clock.local(now).date() != self.clock.today();
                self.clock = self.clock.at(now);
                self.set_current_week();
                self.panes.invalidate();
                self.counters_stale = true;
                if day_changed {
                    self.auto_refill();
                }
            }
            AppEvent::Quit | AppEvent::Signalled(_) => self.quit = true,
            AppEvent::Progress(line) => {
                self.message = Some(line.clone());
                self.fetch_log.push(line);
            }
            AppEvent::Finished(line) => {
                self.fetching = false;
                self.fetch_log.push(line.clone());
                self.message = Some(line);
                self.data_changed();
            }
            AppEvent::Gathered(gathered) => self.receive_gathered(gathered),
            AppEvent::ImportProgress(line) => self.message = Some(line),
            AppEvent::Imported(done) => self.receive_import(done),
        }
        self.sync();
    }

    /// Notes that the data changed: every pane reads again, and so do the counters.
    pub(super) fn data_changed(&mut self) {
        self.panes.invalidate();
        self.counters_stale = true;
    }

    fn resize(&mut self, size: (u16, u16)) {
        self.size = size;
        self.panes.set_list_height(crate::ui::list_height(size.1));
    }

    /// What a pane may read while it handles a key or takes data: the clock and the page size.
    pub(super) fn context(&self) -> Context {
        Context {
            clock: self.clock,
            page: self.page(),
            lang: self.lang,
        }
    }

    /// Whether the Mentions filter waits for a search of the index it asked for.
    pub fn mentions_filter_searching(&self) -> bool {
        self.panes
            .mentions
            .triage()
            .filter
            .as_ref()
            .is_some_and(|state| state.searching)
    }

    /// Speaks `lang` from the next frame on: the run sets the language it chose from the flag,
    /// the config and the locale. Pane data written in words is read again.
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        self.lang = lang;
        self.panes.invalidate();
        self.counters_stale = true;
    }

    fn page(&self) -> u16 {
        crate::ui::list_height(self.size.1) as u16
    }

    fn set_current_week(&mut self) {
        let current = crate::clock::week_start(self.clock.today(), self.week_start);
        self.panes.reports.set_current_week(current);
    }

    /// Marks the status-line counters for reloading (after the data changed).
    pub fn counters_changed(&mut self) {
        self.counters_stale = true;
    }
}
