# The Calendar pane, both faces, its forms and messages.
