# The frame around the panes: tab bar, status line, help, welcome, confirmations, undo, crisis, import and fetch screens, the key map's command names.
