"""Workbench accounts and sessions (`sw_users`, `sw_sessions`): the store's `accounts` part.

The web layer hashes passwords and makes tokens; this module only keeps them, so that no
module outside `store/` writes SQL and every server process sees the same users and sessions.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from sanctionwatch.errors import StoreError
from sanctionwatch.store import schema as t
from sanctionwatch.store.sql import now

if TYPE_CHECKING:
    from sanctionwatch.store.sql import SqlStore

ROLES = ("viewer", "analyst", "admin")


class SqlAccounts:
    def __init__(self, store: SqlStore) -> None:
        self._engine = store.engine

    def add_user(self, name: str, role: str, password_hash: str, author: str = "cli") -> None:
        """Create a user (audited); a known name is an error, never a silent password change."""
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        stamp = now()
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(t.users).values(name=name, role=role, password_hash=password_hash,
                                                    created_at=stamp, disabled=False))
                conn.execute(insert(t.audit).values(at=stamp, author=author, action="user:add",
                                                    detail=json.dumps({"user": name, "role": role})))
        except IntegrityError as exc:
            raise StoreError(f"a user named {name!r} already exists") from exc

    def set_password(self, name: str, password_hash: str, author: str = "cli") -> bool:
        with self._engine.begin() as conn:
            changed = conn.execute(update(t.users).where(t.users.c.name == name)
                                   .values(password_hash=password_hash)).rowcount
            if changed:
                conn.execute(insert(t.audit).values(at=now(), author=author, action="user:password",
                                                    detail=json.dumps({"user": name})))
            return bool(changed)

    def user(self, name: str) -> dict | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
        return dict(row) if row is not None else None

    def users(self) -> list[dict]:
        cols = [c for c in t.users.c if c.name != "password_hash"]
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(*cols).order_by(t.users.c.name)).mappings()]

    def open_session(self, token_hash: str, user: str, csrf: str, expires_at: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(t.sessions).where(t.sessions.c.expires_at < now()))
            conn.execute(insert(t.sessions).values(token_hash=token_hash, user_name=user, csrf=csrf,
                                                   created_at=now(), expires_at=expires_at))

    def session(self, token_hash: str) -> dict | None:
        """The live session with this token hash, joined with its (enabled) user."""
        query = (select(t.sessions.c.user_name, t.sessions.c.csrf, t.sessions.c.expires_at, t.users.c.role)
                 .join(t.users, t.users.c.name == t.sessions.c.user_name)
                 .where(t.sessions.c.token_hash == token_hash)
                 .where(t.sessions.c.expires_at > now()).where(t.users.c.disabled.is_(False)))
        with self._engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return dict(row) if row is not None else None

    def close_session(self, token_hash: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(t.sessions).where(t.sessions.c.token_hash == token_hash))
