"""Dates: ISO checks, and deadline normalization against the release date."""

from __future__ import annotations

import datetime as dt


def is_valid_iso_date(value: str) -> bool:
    """Whether ``value`` is a real calendar date written ``YYYY-MM-DD``."""
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
