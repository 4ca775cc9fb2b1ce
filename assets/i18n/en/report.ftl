# The weekly report (Markdown and the Reports pane) and its charts.
