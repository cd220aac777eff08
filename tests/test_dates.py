"""Deadline normalization: the last day a time expression allows, hand-computed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressdoc._dates import is_valid_iso_date, resolve_deadline


@pytest.mark.parametrize(
    ("expression", "published", "date", "granularity"),
    [
        # Years: the end of the year, whatever the release date.
        ("by 2030", "2019-06-28", "2030-12-31", "year"),
        ("by 2030", None, "2030-12-31", "year"),
        ("in 2030", None, "2030-12-31", "year"),
        ("through 2029", None, "2029-12-31", "year"),
        ("by no later than 2050", None, "2050-12-31", "year"),
        ("by the end of 2026", None, "2026-12-31", "year"),
        ("in late 2026", None, "2026-12-31", "year"),
        # "before" is exclusive: the day before the period starts.
        ("before 2030", None, "2029-12-31", "year"),
        ("before September 1", "2024-03-03", "2024-08-31", "day"),
        ("before March 1", "2024-01-10", "2024-02-29", "day"),
        ("before the end of the year", "2024-05-01", "2024-12-31", "year"),
        # Relative years need the release date.
        ("next year", "2019-05-05", "2020-12-31", "year"),
        ("next year", None, None, "year"),
        ("later this year", "2022-03-29", "2022-12-31", "year"),
        ("by the end of the year", "2024-02-29", "2024-12-31", "year"),
        ("by the end of next year", "2019-02-02", "2020-12-31", "year"),
        ("by year-end", "2023-07-01", "2023-12-31", "year"),
        ("by the end of the decade", "2023-05-05", "2029-12-31", "year"),
        ("in the 2030s", None, "2039-12-31", "year"),
        # A start date closes on its own day; "within the next decade" adds ten years.
        ("from 1 July 2026", "2026-04-14", "2026-07-01", "day"),
        ("starting next month", "2026-04-14", "2026-05-31", "month"),
        ("within the next decade", "2026-04-14", "2036-04-14", "day"),
        ("today", "2026-04-14", "2026-04-14", "day"),
        # Quarters and halves: the last day of the quarter.
        ("in the second quarter of 2022", None, "2022-06-30", "quarter"),
        ("in the fourth quarter of 2025", "2025-01-01", "2025-12-31", "quarter"),
        ("by Q3 2025", None, "2025-09-30", "quarter"),
        ("in Q1 2024", None, "2024-03-31", "quarter"),
        ("in the first half of 2026", None, "2026-06-30", "quarter"),
        ("in the second half of 2026", None, "2026-12-31", "quarter"),
        ("in the third quarter of this year", "2024-02-01", "2024-09-30", "quarter"),
        ("next quarter", "2024-11-15", "2025-03-31", "quarter"),
        ("in Q3", "2024-03-15", "2024-09-30", "quarter"),
        ("by the end of the first quarter", "2024-11-15", "2025-03-31", "quarter"),
        ("in the second half", "2024-03-15", "2024-12-31", "quarter"),
        ("this quarter", "2024-05-15", "2024-06-30", "quarter"),
        # Documented choices for fuzzy parts of a year.
        ("in early 2026", None, "2026-03-31", "quarter"),
        ("by mid-2027", None, "2027-06-30", "quarter"),
        # Months: the last day of the month, in the release year or the next one.
        ("in May 2026", None, "2026-05-31", "month"),
        ("by February 2028", None, "2028-02-29", "month"),
        ("by February 2027", None, "2027-02-28", "month"),
        ("in September", "2024-06-01", "2024-09-30", "month"),
        ("in March", "2024-11-01", "2025-03-31", "month"),
        ("at the end of June", "2024-03-15", "2024-06-30", "month"),
        ("next month", "2024-01-31", "2024-02-29", "month"),
        ("next month", "2023-12-05", "2024-01-31", "month"),
        # Seasons (meteorological): the last day of the season's last month.
        ("this fall", "2024-09-26", "2024-11-30", "month"),
        ("this autumn", "2025-02-01", "2025-11-30", "month"),
        ("this winter", "2023-12-01", "2024-02-29", "month"),
        ("this winter", "2025-01-10", "2025-02-28", "month"),
        ("next summer", "2024-07-01", "2025-08-31", "month"),
        ("next summer", "2024-03-01", "2024-08-31", "month"),
        ("in the fall of 2025", None, "2025-11-30", "month"),
        # Days.
        ("by September 1", "2025-06-01", "2025-09-01", "day"),
        ("by September 1", None, None, "day"),
        ("by January 15", "2025-12-01", "2026-01-15", "day"),
        ("on 1 July", "2025-08-01", "2026-07-01", "day"),
        ("by December 31, 2025", None, "2025-12-31", "day"),
        ("by February 29, 2028", None, "2028-02-29", "day"),
        ("at 4:30 p.m. EST on March 9, 2013", None, "2013-03-09", "day"),
        ("on Friday", "2024-01-31", "2024-02-02", "day"),
        ("on Wednesday", "2024-01-31", "2024-01-31", "day"),
        ("next week", "2024-03-15", "2024-03-24", "day"),
        # Spans from the release date (leap days counted).
        ("within 90 days", "2024-01-15", "2024-04-14", "day"),
        ("within 30 days", "2024-02-15", "2024-03-16", "day"),
        ("within 30 days", "2023-02-15", "2023-03-17", "day"),
        ("within 6 months", "2024-07-11", "2025-01-11", "day"),
        ("within six months", "2024-08-31", "2025-02-28", "day"),
        ("over the next 45 days", "2020-09-01", "2020-10-16", "day"),
        ("within two weeks", "2024-12-25", "2025-01-08", "day"),
        ("within a year", "2024-02-29", "2025-02-28", "day"),
        ("over the next year", "2024-05-01", "2025-05-01", "day"),
        ("within 90 days", None, None, "day"),
        # A span counted from an event the text does not date.
        ("within 90 days of closing", "2024-01-31", None, "day"),
        # Fiscal periods: the fiscal calendar is not printed.
        ("in fiscal 2026", None, None, "year"),
        ("in fiscal 2026", "2025-05-01", None, "year"),
        ("in the second quarter of fiscal 2026", "2025-05-01", None, "quarter"),
        ("in FY2027", None, None, "year"),
        # Vague horizons.
        ("in the near future", "2024-01-01", None, "vague"),
        ("soon", "2024-01-01", None, "vague"),
        ("shortly", None, None, "vague"),
        ("in the coming months", "2026-03-04", None, "vague"),
        ("by or around mid-century", None, None, "vague"),
        ("in due course", None, None, "vague"),
    ],
)
def test_resolve_deadline(expression: str, published: str | None, date: str | None, granularity: str) -> None:
    """Each form gives the hand-computed last day and granularity."""
    assert resolve_deadline(expression, published) == (date, granularity)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(1, 365))
def test_within_days_adds_days(published: dt.date, days: int) -> None:
    """ "within N days" is the release date plus N days, for any date."""
    expected = (published + dt.timedelta(days=days)).isoformat()
    assert resolve_deadline(f"within {days} days", published.isoformat()) == (expected, "day")


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_period_dates_end_their_period(published: dt.date) -> None:
    """Month, quarter and year dates are always the last day of their period."""
    for expression in ("next month", "this quarter", "next quarter", "next year", "this winter", "this fall"):
        date, granularity = resolve_deadline(expression, published.isoformat())
        assert date is not None
        day = dt.date.fromisoformat(date)
        assert (day + dt.timedelta(days=1)).day == 1, expression
        if granularity == "quarter":
            assert day.month in (3, 6, 9, 12)
        if granularity == "year":
            assert (day.month, day.day) == (12, 31)
        assert day >= published or expression == "this quarter"


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2024-13-01", False),
        ("20240101", False),
        ("2024-1-01", False),
    ],
)
def test_is_valid_iso_date(value: str, valid: bool) -> None:
    """Only real calendar dates written YYYY-MM-DD pass."""
    assert is_valid_iso_date(value) is valid
