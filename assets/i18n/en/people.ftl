# The Prescriptors pane, both faces, and the person form.
