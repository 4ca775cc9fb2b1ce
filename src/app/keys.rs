//! Where a key goes and what comes of it. The modal layer in force is derived from state in
//! [`App::layer`], the key map reads the key in that layer's scopes, and the command — or, in a
//! layer that takes text, the key itself — goes to the layer's owner: the help, a question, the
//! crisis protocol, the plan screen, or the pane shown. What the pane asks back is routed here
//! too: [`App::perform`] hands each pane's request to that pane's `perform_*`.

use super::import_screen::ImportScreen;
use super::{App, CrisisOverlay, Overlay};
use crate::command::Command;
use crate::keymap::{Input, Layer, Scope};
use crate::panes::{Outcome, Request, Tab};
use crossterm::event::KeyEvent;

impl App {
    /// The modal layer that takes the next key, derived from state in this one place.
    pub fn layer(&self) -> Layer {
        if matches!(self.overlay, Some(Overlay::Help { .. })) {
            return Layer::Help;
        }
        if self.confirm.is_some() {
            return Layer::Confirm;
        }
        match &self.import {
            Some(ImportScreen::Asking(_)) => return Layer::Form,
            Some(ImportScreen::Preview { .. } | ImportScreen::Refused(_)) => return Layer::Confirm,
            _ => {}
        }
        match &self.crisis {
            Some(CrisisOverlay::Opening(_)) => return Layer::Form,
            Some(CrisisOverlay::Checklist { .. }) => return Layer::Crisis,
            None => {}
        }
        if let Some(plan) = &self.plan {
            return plan.layer();
        }
        if self.welcome {
            return Layer::List;
        }
        self.panes.layer(self.tab)
    }

    /// Routes a key to the owner of the layer in force. The help command opens the help over
    /// any layer that binds it (`?` where nothing is typed, F1 everywhere by default).
    pub(super) fn key(&mut self, key: KeyEvent) {
        self.message = None;
        if !self.fetching {
            self.fetch_log.clear();
        }
        let layer = self.layer();
        let input = self
            .keymap
            .input(&layer.scopes(self.tab.scope(), self.strategy), key);
        if input.command == Some(Command::Help) && layer != Layer::Help {
            self.overlay = Some(Overlay::Help {
                scroll: 0,
                over: layer,
            });
            return;
        }
        match layer {
            Layer::Help => self.help_key(input.command),
            Layer::Confirm => self.confirm_key(input),
            Layer::Crisis => self.crisis_key(input),
            Layer::Plan => self.plan_key(input),
            Layer::Form | Layer::Editor | Layer::Picker | Layer::Filter => {
                self.text_key(layer, input)
            }
            Layer::List => self.list_key(input.command),
        }
    }

    /// A pane's face: the welcome screen starts the setup on Enter (or the setup key) and steps
    /// aside for any other key but quit; else the command.
    fn list_key(&mut self, command: Option<Command>) {
        if self.welcome && matches!(command, Some(Command::Open | Command::Setup)) {
            self.start_setup();
            return;
        }
        if self.welcome && command != Some(Command::Quit) {
            self.welcome = false;
            return;
        }
        if let Some(command) = command {
            self.dispatch(command);
        }
    }

    /// The help overlay scrolls; quit quits; any other command closes it.
    fn help_key(&mut self, command: Option<Command>) {
        let Some(Overlay::Help { scroll, over }) = self.overlay else {
            return;
        };
        let Some(command) = command else {
            return;
        };
        let page = self.page();
        let scrolled = |scroll| Some(Overlay::Help { scroll, over });
        self.overlay = match command {
            Command::Quit => {
                self.quit = true;
                None
            }
            Command::Down => scrolled(scroll.saturating_add(1)),
            Command::Up => scrolled(scroll.saturating_sub(1)),
            Command::PageDown => scrolled(scroll.saturating_add(page)),
            Command::PageUp => scrolled(scroll.saturating_sub(page)),
            Command::Top => scrolled(0),
            _ => None,
        };
    }

    /// A question: `yes` carries out what it asks, any other key says no.
    fn confirm_key(&mut self, input: Input) {
        if self.confirm.is_none() {
            match self.import {
                Some(ImportScreen::Preview { .. }) => {
                    self.import_preview_key(input.command == Some(Command::Yes));
                    return;
                }
                Some(ImportScreen::Refused(_)) => {
                    self.import = None;
                    return;
                }
                _ => {}
            }
        }
        if let Some((_, request)) = self.confirm.take() {
            if input.command == Some(Command::Yes) {
                self.perform(request);
            } else {
                self.message = Some(self.lang.text("app-nothing-changed"));
            }
            return;
        }
        if self.plan.is_some() {
            self.plan_key(input);
        }
    }

    /// A layer that takes text: the crisis form, the plan's forms, or the pane's form, editor,
    /// picker or filter.
    fn text_key(&mut self, layer: Layer, input: Input) {
        if matches!(self.import, Some(ImportScreen::Asking(_))) {
            self.import_form_key(input);
            return;
        }
        if matches!(self.crisis, Some(CrisisOverlay::Opening(_))) {
            self.crisis_key(input);
            return;
        }
        if self.plan.is_some() {
            self.plan_key(input);
            return;
        }
        match self.tab {
            _ if layer == Layer::Filter => self.type_into_filter(input),
            Tab::Calendar => self.calendar_form_key(input),
            Tab::Inbox => self.inbox_key(input),
            Tab::Mentions => self.mentions_form_key(input),
            Tab::Prescriptors => self.people_form_key(input),
            Tab::Reports => self.week_notes_key(input),
        }
    }

    /// " — u undoes." after a change, in the app's language, with the undo key as bound.
    pub(super) fn undoes(&self) -> String {
        crate::ui::hints::undoes_in(self.lang, &self.keymap)
    }

    /// The first key of `command` in `scope`, for messages that name a key.
    pub(super) fn key_label(&self, scope: Scope, command: Command) -> String {
        self.keymap.label_for(scope, command)
    }

    /// Carries out one command from the key map.
    pub fn dispatch(&mut self, command: Command) {
        match command {
            Command::Quit => self.quit = true,
            Command::Help => {
                self.overlay = Some(Overlay::Help {
                    scroll: 0,
                    over: self.layer(),
                })
            }
            Command::NextPane => self.tab = self.tab.next(),
            Command::PrevPane => self.tab = self.tab.previous(),
            Command::GoCalendar => self.tab = Tab::Calendar,
            Command::GoInbox => self.tab = Tab::Inbox,
            Command::GoMentions => self.tab = Tab::Mentions,
            Command::GoPrescriptors => self.tab = Tab::Prescriptors,
            Command::GoReports => self.tab = Tab::Reports,
            Command::ToggleStrategy => self.strategy = !self.strategy,
            Command::Undo => self.undo_last(),
            Command::Redo => self.redo_last(),
            Command::Crisis => self.show_crisis(),
            Command::Plan => self.show_plan(),
            Command::Setup => self.start_setup(),
            Command::Fetch => self.fetch_feeds(),
            Command::ImportPosts => self.open_import(),
            other => {
                let outcome = self
                    .panes
                    .handle(self.tab, self.strategy, other, &self.context());
                self.after(outcome);
            }
        }
    }

    /// Carries out what a pane made of a key: a request, a question, a message or a load.
    pub(super) fn after(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::NeedFilterTexts => self.load_filter_texts(),
            Outcome::Opened if self.tab == Tab::Prescriptors => self.load_profile(),
            Outcome::Request(request) => self.perform(request),
            Outcome::Confirm(question, request) => self.confirm = Some((question, request)),
            Outcome::Message(text) => self.message = Some(text),
            Outcome::Handled | Outcome::Ignored | Outcome::Opened | Outcome::NeedPeriod => {}
        }
    }

    /// Carries out a request from a pane; a failure becomes a message, never a crash. Each
    /// pane's requests are routed to its own `perform_*`, which matches every variant.
    pub fn perform(&mut self, request: Request) {
        match request {
            Request::Calendar(request) => self.perform_calendar(request),
            Request::Inbox(request) => self.perform_inbox(request),
            Request::Mentions(request) => self.perform_mentions(request),
            Request::People(request) => self.perform_people(request),
            Request::Reports(request) => self.perform_reports(request),
        }
    }
}
