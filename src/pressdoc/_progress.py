"""A progress bar on stderr, for people watching a terminal and nobody else."""

from __future__ import annotations

import os
import time
from typing import TextIO

__all__ = ["Progress", "wants_progress"]

_WIDTH = 30
# Redrawing more often than this costs time and shows nothing new.
_INTERVAL = 0.1


def wants_progress(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal outside CI (a pipe, a file or CI gets no bar)."""
    if os.environ.get("CI"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class Progress:
    """Draws ``[####....] done/total`` on one terminal line; ``total`` may be unknown."""

    def __init__(self, stream: TextIO, total: int | None, *, enabled: bool) -> None:
        self._stream = stream
        self.total = total
        self.enabled = enabled
        self._started = time.perf_counter()
        self._drawn_at = 0.0
        self._shown = False

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        """Redraw the bar if enough time has passed since the last time."""
        if not self.enabled:
            return
        now = time.perf_counter()
        if not force and now - self._drawn_at < _INTERVAL:
            return
        self._drawn_at = now
        rate = done / max(now - self._started, 1e-9)
        if self.total:
            filled = min(_WIDTH, _WIDTH * done // self.total)
            bar = "#" * filled + "." * (_WIDTH - filled)
            line = f"[{bar}] {done}/{self.total}"
        else:
            line = f"{done} documents"
        line += f", {failed} failed, {rate:,.0f}/s"
        self._stream.write("\r\x1b[2K" + line)
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar so that a message can take the line."""
        if self._shown:
            self._stream.write("\r\x1b[2K")
            self._stream.flush()
            self._shown = False
