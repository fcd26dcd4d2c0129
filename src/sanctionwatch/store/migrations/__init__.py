"""Alembic migrations of the store, run by `sanctionwatch.store.migrate` (no alembic.ini).

Each file in `versions/` is one revision; the chain is linear. A revision carries a frozen copy
of the tables it creates (never `schema.py`'s current ones), so that upgrading an old store
gives exactly what a new store gets.
"""
