"""What the front doors (command line, API, workbench) call: curation, search, reports."""
