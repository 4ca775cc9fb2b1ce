//! Raw mode and the alternate screen, and putting the terminal back whatever happens: on quit,
//! on error (the guard's `Drop`), on panic (a hook that restores before printing) and on signals
//! (the event loop turns them into a normal quit).

use ratatui::DefaultTerminal;
use std::io;

/// Owns the terminal while the desk runs; dropping it restores the terminal.
pub struct TerminalGuard {
    terminal: DefaultTerminal,
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen, and installs the panic hook that restores them.
    pub fn enter() -> io::Result<TerminalGuard> {
        match ratatui::try_init() {
            Ok(terminal) => {
                let restore_terminal = std::panic::take_hook();
                std::panic::set_hook(Box::new(move |info| {
                    let _ = crossterm::execute!(io::stdout(), crossterm::cursor::Show);
                    restore_terminal(info);
                }));
                Ok(TerminalGuard { terminal })
            }
            Err(error) => {
                ratatui::restore();
                Err(error)
            }
        }
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut DefaultTerminal {
        &mut self.terminal
    }
}

/// Asks the terminal to put `text` on the system clipboard (OSC 52); terminals that do not
/// support it ignore the request.
pub fn copy_to_clipboard(text: &str) {
    let copy =
        crossterm::clipboard::CopyToClipboard::to_clipboard_from(crate::text::sanitize_line(text));
    let _ = crossterm::execute!(io::stdout(), copy);
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = self.terminal.show_cursor();
        ratatui::restore();
    }
}
