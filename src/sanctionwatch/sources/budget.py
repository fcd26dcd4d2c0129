"""A wall-clock budget for reading one file, so a parsing bomb costs seconds, not the run.

Size limits bound memory, not time: a small PDF can hold thousands of pages drawing the same
huge stream, an HTML page can nest without end. On the main thread (the CLI, the local
executor) a real-time timer interrupts the reader when the budget is spent, and the file is
refused like any other bad input. Elsewhere (a Ray worker thread) signals cannot be used and
there is no budget. An enclosing timer (an outer `alarm`) that ends sooner is left alone and
one that ends later is restored afterwards.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class ReadTimeout(BaseException):
    """The budget for reading one file was spent. A BaseException, like KeyboardInterrupt, so
    that readers' own `except Exception` clauses do not swallow it."""


def _raise(signum: int, frame: object) -> None:
    raise ReadTimeout()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ReadTimeout in the body once `seconds` have passed (main thread only)."""
    if (seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer_left and outer_left <= seconds:
        yield  # the enclosing deadline comes first: it decides
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 0.001))
