"""Who is asking: passwords, sessions, CSRF tokens, login throttling and roles.

Passwords are argon2id hashes (argon2-cffi's defaults). A session is a random token in an
HttpOnly, SameSite=Strict cookie; the store keeps only its SHA-256, with the session's CSRF
token, which every form carries and every POST must send back. Failed logins are counted per
user name and per client address; past `MAX_FAILURES` in `WINDOW` seconds further attempts are
refused until the window passes, whatever the password.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sanctionwatch.store import SqlStore

COOKIE = "sw_session"
LOGIN_COOKIE = "sw_login"  # CSRF for the login form itself, before there is a session
SESSION_HOURS = 12
RANKS = {"viewer": 0, "analyst": 1, "admin": 2}
MAX_FAILURES = 5
WINDOW = 300.0

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


@dataclass(frozen=True)
class User:
    name: str
    role: str
    csrf: str

    def can(self, role: str) -> bool:
        return RANKS.get(self.role, -1) >= RANKS[role]


_DUMMY_HASH = _hasher.hash("not a password of anyone")


def login(store: SqlStore, name: str, password: str) -> tuple[str, User] | None:
    """A new session (cookie token, user) for a right password, else None. A wrong name costs
    the same hashing time as a wrong password, so timing does not tell which names exist."""
    account = store.accounts.user(name)
    if account is None or account["disabled"]:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(account["password_hash"], password):
        return None
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = (datetime.now(UTC) + timedelta(hours=SESSION_HOURS)).strftime("%Y-%m-%dT%H:%M:%SZ")
    store.accounts.open_session(token_hash(token), name, csrf, expires)
    return token, User(name, account["role"], csrf)


def current_user(store: SqlStore, token: str | None) -> User | None:
    if not token:
        return None
    row = store.accounts.session(token_hash(token))
    return User(row["user_name"], row["role"], row["csrf"]) if row else None


class Throttle:
    """Failed logins per key (a user name, a client address) in a sliding window."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW) -> None:
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> float:
        """Seconds until another attempt is allowed (0: allowed now)."""
        now = time.monotonic()
        with self._lock:
            waits = [self.window - (now - q[0]) for k in keys
                     if len(q := self._recent(k, now)) >= self.max_failures]
        return max(waits, default=0.0)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for k in keys:
                self._recent(k, now).append(now)

    def succeeded(self, name_key: str) -> None:
        with self._lock:
            self._failures.pop(name_key, None)
