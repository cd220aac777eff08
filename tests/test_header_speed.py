"""The cheap screens in front of the header's patterns never change what the patterns find.

Each screen is a test that every match of a pattern passes (a digit, a month stem, an
"@", a separator after a place); where it fails the pattern is not run at all.  These
properties check that the screens only ever skip text the pattern could not match.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pressdoc import _contacts, _dateline
from pressdoc._contacts import has_detail
from pressdoc._dateline import find_date

# Pieces that make dates, phones, emails and datelines likely, with the characters a
# case-blind pattern takes for ASCII letters ("ſ", "İ", "ı", the Kelvin sign).
PIECES = st.sampled_from(
    (  # noqa: SIM905 -- the pieces read better as one text
        "Sept.|SEPT|ſept|ſep|May|june|DEC|APRİL|aprıl|Wednesday|of|9|30|2025|1999|2025-03-04|"
        "9.9.2025|12/03/2024|T08:00Z|st|th| |  |\n|,|.|-|--|–|—|:|(|)|/|+1|(555)|555|123-4567|x12|"
        "ext.|@|jane@acme.com|www.|https://|LONDON|Acme Corp.|Washington, DC|N.C.|K|Q3|said|"
        "/PRNewswire/|(BUSINESS WIRE)"
    ).split("|")
)
TEXTS = st.lists(PIECES, max_size=25).map("".join) | st.text(max_size=60)


def _bounds(text: str, data: st.DataObject | None) -> tuple[int, int]:
    """The whole text, or (half the time) a stretch of it."""
    if data is None or data.draw(st.booleans()):
        return 0, len(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    return start, end


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@given(TEXTS, st.data())
@settings(max_examples=300)
@example("Due Sept. 9, 2025", None)
@example("Due ſept. 9, 2025", None)
@example("APRİL 5 and aprıl 6", None)
@example("on 2025-03-04", None)
@example("signed 9.9.2025", None)
@example("Q3 2025 results", None)
def test_find_date_is_the_date_pattern_search(text: str, data: st.DataObject | None) -> None:
    """The first date found behind the screens is the first match of the date pattern."""
    start, end = _bounds(text, data)
    expected = _dateline._DATE_SEARCH.search(text, start, end)
    assert _span(find_date(text, start, end)) == _span(expected)


def _has_detail_unscreened(text: str, start: int, end: int) -> bool:
    if end - start > _contacts.SHORT:
        return False
    if "@" in text[start:end] and _contacts._EMAIL.search(text, start, end):
        return True
    if _contacts._THREE_DIGITS.search(text, start, end) is None:
        return False
    return any(_contacts._is_phone(m.group()) for m in _contacts._PHONE.finditer(text, start, end))


@given(TEXTS, st.data())
@settings(max_examples=300)
@example("Call +1 555 123 4567 today", None)
@example("Tel. 555.123.4567", None)
@example("(555) 123-4567", None)
def test_has_detail_matches_the_unscreened_check(text: str, data: st.DataObject | None) -> None:
    """Screening for a phone's digit-separator-digits core never hides a phone number."""
    start, end = _bounds(text, data)
    assert has_detail(text, start, end) is _has_detail_unscreened(text, start, end)


@given(TEXTS, st.data())
@settings(max_examples=300)
@example("https://acme.example jane@acme.com +1 555 123 4567", None)
@example("www.acme.example", None)
def test_contact_fields_screens_pass_every_detail(text: str, data: st.DataObject | None) -> None:
    """A cell screened out for a kind of detail holds no match of that kind's pattern."""
    lo, hi = _bounds(text, data)
    for kind, pattern in (("url", _contacts._URL), ("email", _contacts._EMAIL), ("phone", _contacts._PHONE)):
        if pattern.search(text, lo, hi) is not None:
            assert _contacts._may_hold(kind, text, lo, hi)


@given(TEXTS, st.data())
@settings(max_examples=300)
@example("LONDON -- Acme", None)
@example("AUSTIN, Texas--(BUSINESS WIRE)--", None)
@example("RALEIGH, NC / ACCESSWIRE / Dec. 5, 2023 /", None)
@example("MINSK, 28 June (BelTA) - x", None)
@example("NEW YORK: Acme", None)
def test_place_opening_screen_passes_every_dateline_tail(text: str, data: st.DataObject | None) -> None:
    """Where a pattern of what follows a place matches, the opening screen matches too."""
    pos, stop = _bounds(text, data)
    for start in range(pos, stop + 1):
        if any(p.match(text, start, stop) for p in _dateline._AFTER_PLACE):
            assert _dateline._AFTER_PLACE_OPENING.match(text, start, stop) is not None
