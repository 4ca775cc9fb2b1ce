# The Mentions pane, both faces, its forms, feeds and listening rules.
