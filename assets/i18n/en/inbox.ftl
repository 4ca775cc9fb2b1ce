# The Inbox pane, both faces, the reply editor, saved replies and triage rules.
