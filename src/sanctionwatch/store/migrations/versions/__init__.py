"""Revisions of the store schema (alembic), oldest first: 0001, 0002, …"""
