"""Dates: ISO checks, and deadline normalization against the release date.

:func:`resolve_deadline` turns a time expression found by :mod:`pressdoc._deadlines`
("by 2030", "later this year", "within 90 days", "in the second quarter of 2022")
into the *last day it allows* and the granularity of that day.  Every rule is in
``docs/commitments.md``; in short:

* a year, or the end of one, gives 31 December (``year``); a quarter or half its
  last day (``quarter``); a month or season its last day (``month``); a day itself
  (``day``); "within N days/weeks/months/years" the release date plus N (``day``);
* "before X" is exclusive: the day before X starts;
* a fiscal period gives no date (the fiscal calendar is not printed), and a vague
  horizon ("soon", "in the coming months") neither;
* an expression that needs the release date ("next year", "by September 1") has no
  date when the release date is unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Final

from dateutil.relativedelta import relativedelta

from pressdoc._model import Granularity, is_iso_date

# The model owns the one definition of an ISO date; deadlines check release dates with it.
is_valid_iso_date = is_iso_date


MONTHS: Final[dict[str, int]] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "several": 0,
    "few": 0,
}
ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
# The last month of each season (northern hemisphere, meteorological seasons).
SEASON_END_MONTH: Final[dict[str, int]] = {
    "spring": 5,
    "summer": 8,
    "fall": 11,
    "autumn": 11,
    "winter": 2,
}

_VAGUE = re.compile(
    r"\b(?:soon|shortly|near(?:\s+|-)term|(?:near|foreseeable)\s+future|coming\s+(?:days|weeks|months|years)"
    r"|(?:months|weeks|years)\s+(?:ahead|to\s+come)|due\s+course|later\s+date|mid-century|middle\s+of\s+the\s+century"
    r"|as\s+soon\s+as|timely"
    # School years, recesses, storms and seasons named by their years end on no fixed day.
    r"|\d{2,4}\s+season|(?:school|academic)\s+year|recess|storms?|meeting|session"
    # A legislature's term, and a span from an undated start ("after six months").
    r"|parliament|legislature|congress|mandate|administration|after\s+(?:the\s+first\s+)?\S+\s+(?:weeks|months|years))\b"
)
_FISCAL = re.compile(r"\b(?:fiscal|fy)\b|\bfy\s*'?\d")
_YEAR = re.compile(r"\b((?:19|20)\d{2})(?:s\b|\b)")
_SHORT_YEAR = re.compile(r"(?:'|\b)(\d{2})\b")
_MONTH_NAME = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?(?![a-z])"
)
_MONTH = re.compile(r"\b" + _MONTH_NAME)
_DAY_AFTER_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*:)"
)
_DAY_BEFORE_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_QUARTER = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+(?:fiscal\s+)?quarter\b|\bq([1-4])\b|\b([1-4])q\b"
)
_HALF = re.compile(r"\b(first|second|1st|2nd)\s+half\b|\bh([12])\b")
_SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)\b")
_PART_OF_YEAR = re.compile(r"\b(early|mid|late)\b")
# "early next year" names no latest day (annotators leave it undated); "late next year"
# ends with the year.
_EARLY_RELATIVE = re.compile(r"\bearly\s+(?:this|next)\s+(?:year|month|quarter|week)\b")
_SPAN = re.compile(
    r"\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen"
    r"|twenty|thirty|forty-five|sixty|ninety)[\s-]+(hour|day|week|month|year)s?\b"
)
_NEXT_SPAN = re.compile(r"\b(?:next|coming)\s+(day|week|month|year|decade)\b")
_RELATIVE_UNIT = re.compile(r"\b(this|next|last|the|current|coming)\s+(year|month|quarter|week|decade)\b")
_END = re.compile(r"\b(?:end|close)\b|year-end|\byear\s+end\b")
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")
_EXCLUSIVE = re.compile(r"(?:before|earlier\s+than|prior\s+to)\b(?!\s+(?:the\s+)?(?:end|close)\b)")
_SPAN_CUE = re.compile(r"\b(?:within|next|coming|over|in\s+the\s+next)\b")
_NEXT_SPAN_CUE = re.compile(r"\b(?:within|over|during|in)\s+the\s+(?:next|coming)")
_DECADE = re.compile(r"\b(?:the\s+)?(?:\d{4}s|decade)\b")
_NEXT_YEAR = re.compile(r"\bnext\s+year\b")
_THIS_YEAR = re.compile(r"\b(?:this|the|current)\s+year\b")
_ANCHORED = re.compile(r"\b(?:of|after|from|following)\b")
_NEXT = re.compile(r"\bnext\b")
_TODAY = re.compile(r"\btoday\b|\btonight\b")
_TOMORROW = re.compile(r"\btomorrow\b")
_YEAR_WORD = re.compile(r"\byear\b")
_WEEKDAYS: Final[dict[str, int]] = {
    "mon": 0,
    "tues": 1,
    "wednes": 2,
    "thurs": 3,
    "fri": 4,
    "satur": 5,
    "sun": 6,
}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _quarter_end(year: int, quarter: int) -> dt.date:
    return _month_end(year, quarter * 3)


def _published_date(published: str | None) -> dt.date | None:
    if published is None or not is_valid_iso_date(published):
        return None
    return dt.date.fromisoformat(published)


def _year_in(expression: str) -> int | None:
    match = _YEAR.search(expression)
    return int(match.group(1)) if match else None


def _exclusive(date: dt.date, granularity: Granularity) -> dt.date:
    """The last day before the period that ends on ``date`` starts ("before 2030")."""
    if granularity == "day":
        return date - dt.timedelta(days=1)
    if granularity == "month":
        first = date.replace(day=1)
        return first - dt.timedelta(days=1)
    if granularity == "quarter":
        first = (date.replace(day=1) - relativedelta(months=2)).replace(day=1)
        return first - dt.timedelta(days=1)
    return dt.date(date.year - 1, 12, 31)


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word, 0)


# Releases repeat a few expressions ("by 2030", "next year") and dates, and the
# answer depends on nothing else.
@functools.lru_cache(maxsize=4096)
def resolve_deadline(expression: str, published: str | None) -> tuple[str | None, Granularity]:
    """The last day ``expression`` allows, as ISO text or None, and its granularity."""
    text = " ".join(expression.lower().split())
    release = _published_date(published)
    date, granularity = _resolve(text, release)
    if date is not None and _EXCLUSIVE.match(text):
        date = _exclusive(date, granularity)
    return (date.isoformat() if date is not None else None), granularity


def _resolve(text: str, release: dt.date | None) -> tuple[dt.date | None, Granularity]:
    if _VAGUE.search(text):
        return None, "vague"
    span = _SPAN.search(text)
    if span is not None and _SPAN_CUE.search(text):
        return _after_span(text, release, _count(span.group(1)), span.group(2))
    next_span = _NEXT_SPAN.search(text)
    if next_span is not None and _NEXT_SPAN_CUE.search(text):
        return _after_span(text, release, 1, next_span.group(1))
    year = _year_in(text)
    fiscal = _FISCAL.search(text) is not None
    quarter = _QUARTER.search(text)
    if quarter is not None:
        number = ORDINALS.get(quarter.group(1) or "") or int(quarter.group(2) or quarter.group(3))
        quarter_year = year if year is not None else _short_year(text, quarter.end())
        if fiscal:
            return None, "quarter"
        if quarter_year is None:
            quarter_year = _relative_year(text, release) or _coming_year(release, number * 3)
        if quarter_year is None:
            return None, "quarter"
        return _quarter_end(quarter_year, number), "quarter"
    half = _HALF.search(text)
    if half is not None:
        number = 2 if (half.group(1) in ("second", "2nd") or half.group(2) == "2") else 1
        half_year = (
            year if year is not None else _relative_year(text, release) or _coming_year(release, number * 6)
        )
        if fiscal or half_year is None:
            return None, "quarter"
        return _quarter_end(half_year, number * 2), "quarter"
    if fiscal:
        return None, "year"
    month = _MONTH.search(text)
    if month is not None:
        return _month_date(text, release, MONTHS[month.group(1)], year)
    season = _SEASON.search(text)
    if season is not None:
        return _season_end(text, release, season.group(1), year), "month"
    if year is not None:
        part = _PART_OF_YEAR.search(text)
        if _DECADE.search(text):
            return dt.date(year + 9, 12, 31), "year"
        if part is not None and part.group(1) == "early":
            return _quarter_end(year, 1), "quarter"
        if part is not None and part.group(1) == "mid":
            return _quarter_end(year, 2), "quarter"
        return dt.date(year, 12, 31), "year"
    if _EARLY_RELATIVE.search(text):
        return None, "vague"
    return _relative(text, release)


def _short_year(text: str, after: int) -> int | None:
    match = _SHORT_YEAR.search(text, after)
    return 2000 + int(match.group(1)) if match else None


def _coming_year(release: dt.date | None, last_month: int) -> int | None:
    """The year of the next period ending in ``last_month`` ("in Q3" with no year)."""
    if release is None:
        return None
    return release.year if last_month >= release.month else release.year + 1


def _relative_year(text: str, release: dt.date | None) -> int | None:
    """The calendar year that "this year" / "next year" / "the year" names."""
    if release is None:
        return None
    if _NEXT_YEAR.search(text):
        return release.year + 1
    if _THIS_YEAR.search(text):
        return release.year
    return None


def _after_span(
    text: str, release: dt.date | None, count: int, unit: str
) -> tuple[dt.date | None, Granularity]:
    # "within 90 days of closing" counts from an event the text does not date.
    if release is None or count <= 0 or _ANCHORED.search(text):
        return None, "day"
    if unit == "hour":
        # A release names no hour: the span ends on the day its last hour falls in.
        return release + dt.timedelta(days=-(-count // 24)), "day"
    if unit == "day":
        return release + dt.timedelta(days=count), "day"
    if unit == "week":
        return release + dt.timedelta(weeks=count), "day"
    if unit == "month":
        return release + relativedelta(months=count), "day"
    if unit == "decade":
        return release + relativedelta(years=10 * count), "day"
    return release + relativedelta(years=count), "day"


def _month_date(
    text: str, release: dt.date | None, month: int, year: int | None
) -> tuple[dt.date | None, Granularity]:
    day_match = _DAY_AFTER_MONTH.search(text) or _DAY_BEFORE_MONTH.search(text)
    day = int(day_match.group(1)) if day_match else None
    if day is not None and not 1 <= day <= 31:
        day = None
    granularity: Granularity = "day" if day is not None else "month"
    if year is None:
        if release is None:
            return None, granularity
        year = release.year
        if _NEXT_YEAR.search(text):
            year += 1
        elif month < release.month:
            # "by March 1" in a December release is next March.
            year += 1
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return dt.date(year, month, last), "month"
    if day > last:
        return None, "day"
    return dt.date(year, month, day), "day"


def _season_end(text: str, release: dt.date | None, season: str, year: int | None) -> dt.date | None:
    end_month = SEASON_END_MONTH[season]
    if year is not None:
        # "winter 2026" is the winter that begins in December 2026.
        return _month_end(year + 1 if end_month == 2 else year, end_month)
    if release is None:
        return None
    candidate_year = release.year
    if end_month == 2 and release.month >= 3:
        candidate_year += 1
    end = _month_end(candidate_year, end_month)
    if _NEXT.search(text):
        # "next summer" is the first summer that has not begun by the release date.
        start_month = (end_month - 3) % 12 + 1
        start_year = end.year - (1 if start_month > end_month else 0)
        if release >= dt.date(start_year, start_month, 1):
            end = _month_end(end.year + 1, end_month)
    elif end < release:
        end = _month_end(end.year + 1, end_month)
    return end


def _relative(text: str, release: dt.date | None) -> tuple[dt.date | None, Granularity]:
    if _TODAY.search(text):
        return release, "day"
    if _TOMORROW.search(text):
        return (release + dt.timedelta(days=1) if release else None), "day"
    weekday = _WEEKDAY.search(text)
    if weekday is not None:
        if release is None:
            return None, "day"
        ahead = (_WEEKDAYS[weekday.group(1)] - release.weekday()) % 7
        if _NEXT.search(text):
            ahead += 7 if ahead == 0 else 0
        return release + dt.timedelta(days=ahead), "day"
    unit = _RELATIVE_UNIT.search(text)
    if unit is None:
        if _END.search(text) and _YEAR_WORD.search(text) and release is not None:
            return dt.date(release.year, 12, 31), "year"
        return None, "vague"
    which, period = unit.group(1), unit.group(2)
    step = 1 if which in ("next", "coming") else -1 if which == "last" else 0
    granularity: Granularity = {
        "year": "year",
        "month": "month",
        "quarter": "quarter",
        "week": "day",
        "decade": "year",
    }[period]  # type: ignore[assignment]
    if release is None:
        return None, granularity
    if period == "year":
        return dt.date(release.year + step, 12, 31), "year"
    if period == "month":
        first = release.replace(day=1) + relativedelta(months=step)
        return _month_end(first.year, first.month), "month"
    if period == "quarter":
        quarter = (release.month - 1) // 3 + 1 + step
        year = release.year + (quarter - 1) // 4
        return _quarter_end(year, (quarter - 1) % 4 + 1), "quarter"
    if period == "week":
        # Weeks end on Sunday (ISO 8601).
        sunday = release + dt.timedelta(days=6 - release.weekday())
        return sunday + dt.timedelta(weeks=step), "day"
    decade_end = release.year - release.year % 10 + 9 + 10 * step
    return dt.date(decade_end, 12, 31), "year"


# "Acme's fiscal year ends on September 30": the fiscal calendar, when printed.
_FISCAL_YEAR_END = re.compile(
    r"\bfiscal\s+year\s+(?:ends|ending|ended|end)\s+(?:on\s+)?" + _MONTH_NAME + r"\s+(\d{1,2})\b",
    re.IGNORECASE,
)
_FISCAL_YEAR = re.compile(r"\b(?:fiscal|fy)\s*(?:year\s+)?'?((?:19|20)\d{2}|\d{2})\b")


def fiscal_year_end(text: str) -> tuple[int, int] | None:
    """The month and day a release says its fiscal year ends on, if it says so."""
    match = _FISCAL_YEAR_END.search(text)
    if match is None:
        return None
    month, day = MONTHS[match.group(1).lower()], int(match.group(2))
    return (month, day) if 1 <= day <= calendar.monthrange(2001, month)[1] else None


def resolve_fiscal(expression: str, year_end: tuple[int, int]) -> tuple[str | None, Granularity]:
    """The last day a fiscal period allows ("by fiscal 2027", "Q2 of fiscal 2026") when
    the fiscal year ends on ``year_end`` (month, day); fiscal years are named by the
    calendar year they end in."""
    text = " ".join(expression.lower().split())
    match = _FISCAL_YEAR.search(text)
    if match is None:
        return None, "vague"
    number = match.group(1)
    fiscal_year = int(number) if len(number) == 4 else 2000 + int(number)
    month, day = year_end
    end = dt.date(fiscal_year, month, day)
    granularity: Granularity = "year"
    quarter = _QUARTER.search(text)
    half = _HALF.search(text)
    periods_left = 0
    if quarter is not None:
        number_of = ORDINALS.get(quarter.group(1) or "") or int(quarter.group(2) or quarter.group(3))
        periods_left, granularity = 3 * (4 - number_of), "quarter"
    elif half is not None:
        second = half.group(1) in ("second", "2nd") or half.group(2) == "2"
        periods_left, granularity = (0 if second else 6), "quarter"
    if periods_left:
        shifted = end.replace(day=1) - relativedelta(months=periods_left)
        end = _month_end(shifted.year, shifted.month)
    if _EXCLUSIVE.match(text):
        if granularity != "year":
            return None, granularity
        end = dt.date(fiscal_year - 1, month, day)
    return end.isoformat(), granularity
