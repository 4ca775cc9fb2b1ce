//! The sources of events for the main loop: a thread reading the terminal, a thread turning
//! SIGTERM/SIGHUP/SIGINT into a quit, and a once-a-minute tick. The loop blocks on the channel.

use crate::app::AppEvent;
use chrono::Utc;
use crossterm::event::{Event, KeyEventKind};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;
use std::io;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

/// How often the clock moves on when nothing else happens (the status line counts minutes).
const TICK: Duration = Duration::from_secs(60);

/// Starts the event threads and returns the channel they feed (the sender lets workers report too).
pub fn spawn() -> io::Result<(Sender<AppEvent>, Receiver<AppEvent>)> {
    let (sender, receiver) = mpsc::channel();
    let worker_sender = sender.clone();
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let to_loop = sender.clone();
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _ = to_loop.send(AppEvent::Signalled(signal));
            }
        })?;
    let to_loop = sender.clone();
    thread::Builder::new().name("tick".into()).spawn(move || {
        loop {
            thread::sleep(TICK);
            if to_loop.send(AppEvent::Tick(Utc::now())).is_err() {
                break;
            }
        }
    })?;
    thread::Builder::new()
        .name("input".into())
        .spawn(move || read_terminal(&sender))?;
    Ok((worker_sender, receiver))
}

fn read_terminal(sender: &Sender<AppEvent>) {
    loop {
        let event = match crossterm::event::read() {
            Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => AppEvent::Key(key),
            Ok(Event::Resize(columns, rows)) => AppEvent::Resize(columns, rows),
            Ok(_) => continue,
            Err(_) => AppEvent::Quit,
        };
        let quit = event == AppEvent::Quit;
        if sender.send(event).is_err() || quit {
            break;
        }
    }
}
