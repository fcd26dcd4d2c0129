"""The analyst workbench: server-rendered pages over the store, for several analysts at once.

`app.create_app` builds it; `sanctionwatch web` serves it. Pages read through
`services.search.Snapshot`, changes go through `services.curation`: the same functions the
command line calls.
"""
