"""Datelines and header date lines: where, when and through whom a release was issued.

A dateline opens the body: ``ASHEVILLE, N.C., Sept. 9, 2025 /PRNewswire/ --``.  It is
read with a handful of anchored patterns, one per family of styles (place then date,
place then agency, agency first, date first, place alone), each matched against the
first few hundred characters of a paragraph only, so the cost does not grow with the
paragraph.  A match is then checked (a place is not "Today", an agency is not a stock
ticker), because a body sentence must never be taken for a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

import attrs
from dateutil import parser as date_parser

# How far into a paragraph a dateline may reach.
DATELINE_WINDOW: Final = 300
# A header date line is short: a date, perhaps a weekday, a label or a time.
DATE_LINE_MAX: Final = 120

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_MONTH: Final = (
    r"(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?"
    r"|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?!\w)"
)
_WEEKDAY_NAME: Final = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
)
_WEEKDAY: Final = rf"{_WEEKDAY_NAME}\.?,?[ ]+"
_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR: Final = r"(?:1[89]|20)\d{2}(?!\d)"
_GAP: Final = r"[ \n]+"
# The date proper, without a weekday: "Sept. 9, 2025", "28 June", "8 May 2026", ISO.
_DATE_CORE: Final = (
    rf"(?:{_MONTH}\.?{_GAP}{_DAY}(?:,?{_GAP}{_YEAR})?"
    rf"|{_DAY}{_GAP}(?:of{_GAP})?{_MONTH}\.?(?:,?{_GAP}{_YEAR})?"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    # a machine timestamp: 2025-03-04T08:00:00Z, 2025-03-04T08:00+01:00
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
    # day.month.year, the dotted European form (never month first)
    rf"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.{_YEAR})(?!\w)"
)
DATE_PATTERN: Final = rf"(?:{_WEEKDAY})?(?P<date>{_DATE_CORE})"
_DATE: Final = DATE_PATTERN
# A clock time after a date, with its zone: "08:00 AM Eastern Daylight Time",
# "4:15PM", "10:30 (CET)", "16:15 IST", "9 a.m. GMT+1".
_ZONE: Final = (
    r"(?:[ ]+(?:(?:[A-Z][a-z]+[ ]){1,3}Time(?!\w)"
    r"|\(?[A-Za-z]{1,9}(?:[+\-−]\d{1,2}(?::?\d{2})?)?\)?(?![\w+\-−])))"
)
TIME_PATTERN: Final = (
    r"(?:,?[ ]+(?:(?i:at)[ ]+)?(?:\d{1,2}(?:[:.]\d{2})?[ ]*(?i:a\.?m\.?|p\.?m\.?|hrs?\b)"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ ]*(?i:hrs?|h)\b)?){_ZONE}?)"
)

# Separators between the parts of a dateline.  A single hyphen needs spaces round
# it, or "LONDON-based" would read as "LONDON -".
_SEP: Final = r"(?:[ \n]*(?:-{2,3}|[–—―]{1,2})[ \n]*|[ \n]+-[ \n]+|[ ]*:[ \n]+)"
_DASH: Final = r"(?:[ \n]*(?:-{2,3}|[–—―]{1,2})[ \n]*|[ \n]+-[ \n]+)"
_END: Final = rf"(?:{_SEP}|[ ]*/[ ]*)"

# A place word starts with a capital; month and weekday names are never place words,
# so the place can be matched greedily and atomically (no backtracking into it).
_FULL_WEEKDAY: Final = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
_WORD: Final = rf"(?!{_MONTH}|{_FULL_WEEKDAY})[{_UPPER}][\w'’]*(?:[.\-][\w'’]+)*\.?"
_PARTICLE: Final = (
    r"(?:de|da|do|dos|das|del|della|di|du|des|la|le|los|las|el|al|of|upon|on|am|an|der|den|van|von|sur|y|en"
    r"|the)"
)
_UNIT: Final = rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_WORD}){{0,5}}"
_REGION: Final = rf"{_UNIT}(?:,[ ]{_UNIT}){{0,3}}"
_PLACE_BODY: Final = rf"(?>{_REGION}(?:[ ](?:&|and)[ ]{_REGION}){{0,3}})"
_PLACE: Final = rf"(?P<place>{_PLACE_BODY})"

_PAREN_AGENCY: Final = r"\((?P<agency>[^()\n]{2,60})\)"
_SLASH_AGENCY: Final = r"/[ ]?(?P<agency2>[^/\n]{2,60}?)[ ]?/"
_BARE_AGENCY: Final = r"(?P<agency3>[A-Z][^\n()/–—]{1,40}?)"

_PLACE_START: Final = re.compile(_PLACE_BODY)
# What may follow the place, tried in order from where the place ends.
_AFTER_PLACE: Final = tuple(
    re.compile(p)
    for p in (
        # ASHEVILLE, N.C., Sept. 9, 2025 /PRNewswire/ --   MINSK, 28 June (BelTA) -
        # SAN JOSE, Calif.--March 3, 1997--                 HOUSTON, April 01, 2024 (GLOBE NEWSWIRE) --
        # TAMPA, FL -- May 12, 2026 -- (SOME WIRE) --
        rf"(?:[ ]*,[ \n]*|{_SEP})(?:{_WEEKDAY})?(?P<date>{_DATE_CORE})"
        rf"(?:[ ]*{_PAREN_AGENCY}{_SEP}|[ ]*{_SLASH_AGENCY}{_END}?"
        rf"|{_SEP}(?:\((?P<agency4>[^()\n]{{2,60}})\){_SEP})?)",
        # SAN JOSE, Calif. (March 3, 2025) -     NEW YORK, NY - (March 3, 2025) -
        rf"(?:{_SEP}|[ ]*)\((?:{_WEEKDAY})?(?P<date>{_DATE_CORE})\)(?:[ ]*{_PAREN_AGENCY})?{_SEP}",
        # AUSTIN, Texas--(BUSINESS WIRE)--    WASHINGTON (AP) --    RALEIGH, NC / ACCESSWIRE / Dec. 5, 2023 /
        rf"(?:{_SEP}|[ ]*){_PAREN_AGENCY}(?:{_SEP}(?:{_DATE}{_SEP})?)",
        rf"(?:{_SEP}|[ ]*){_SLASH_AGENCY}(?:[ ]*{_DATE}{_END}?|{_END})?",
        # SINGAPORE - Some Newswire - 8 May 2026 -
        rf"{_SEP}{_BARE_AGENCY}{_SEP}{_DATE}{_SEP}",
        # LONDON --
        _DASH,
    )
)
# Past spaces and line breaks, each of _AFTER_PLACE goes on with a comma, a dash, a
# colon or a bracket of the agency; a place followed by none of them is no dateline.
_AFTER_PLACE_OPENING: Final = re.compile(r"[ \n]*[,\-–—―:(/]")
# "FRESNO, CALIFORNIA Apricot today ...": a city and region in capitals run straight
# into the body, with no separator; the comma and the capitals make it a place.
_CAPS_UNIT: Final = rf"[{_UPPER}][{_UPPER}.'’\-]*(?:[ ][{_UPPER}][{_UPPER}.'’\-]*){{0,3}}"
_CAPS_PLACE: Final = re.compile(
    rf"(?P<place>{_CAPS_UNIT}(?:,[ ]{_CAPS_UNIT}){{1,2}})[ ]+(?=[{_UPPER}][a-zà-öø-ÿ])"
)
# A line that is only a place and a date: "Washington, DC -- March 3, 2025".
_PLACE_DATE_TAIL: Final = re.compile(
    rf"(?:[ ]*,[ \n]*|{_SEP}|[ ]+)(?:{_WEEKDAY})?(?P<date>{_DATE_CORE}){TIME_PATTERN}?"
    rf"(?:[ ]*(?:{_PAREN_AGENCY}|{_SLASH_AGENCY}))?(?:{_SEP}|[ ]*/)?[ ]*"
)
# Datelines that do not open with the place.
_PLACE_LATER: Final = tuple(
    re.compile(p)
    for p in (
        # (SomeWire) - April 07, 2025 - BOISE --
        rf"{_PAREN_AGENCY}{_SEP}{_DATE}{_SEP}(?:{_PLACE}{_SEP})?",
        # June 5, 2025 -- NEW YORK --      March 3, 2025 /PRNewswire/ --
        rf"{_DATE}(?:[ ]*{_SLASH_AGENCY}|[ ]*{_PAREN_AGENCY})?{_SEP}(?:{_PLACE}{_DASH})?",
        # (SPRINGFIELD) -- : the place in brackets, as some state offices print it
        rf"\((?=[{_UPPER} .,'’&\-]{{4,60}}\)){_PLACE}\){_DASH}",
    )
)

# First words that open sentences, not place names.
_NOT_PLACES: Final = frozenset(
    """
    today yesterday tomorrow tonight this that these those the a an on in at as by for from with when
    while during after before since until earlier later last next recently now here there we i our
    it its he she they his her their and but or note notes editor editors update updated correction
    breaking contact contacts media press source photo video watch read click exhibit embargo
    embargoed release immediate news statement advisory alert attention summary highlights
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december dear re subject fwd fw q a
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
# US states as datelines print them, so a mixed-case place without a date can be told
# from a company ("Austin, Texas --" against "Acme Corp. --").
_STATES: Final = frozenset(
    """
    al ak az ar ca co ct de dc d.c fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm
    ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy ala ariz ark calif colo conn del fla ga
    ill ind kan kans ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa
    r.i s.c s.d tenn tex vt va wash w.va wis wyo alabama alaska arizona arkansas california colorado
    connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana
    maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_CORPORATE: Final = frozenset(
    "inc corp llc ltd co plc lp llp gmbh ag sa nv bv ab oy spa limited incorporated corporation".split()  # noqa: SIM905
)
_TICKER: Final = re.compile(
    r"(?i:nasdaq|nyse|amex|tsx|tsxv|lse|aim|asx|otc\w*|cse|hkex|sgx|euronext|six|xetra|fwb|ticker)\b"
)
_LETTER: Final = re.compile(r"[^\W\d_]")
_OPENS_SENTENCE: Final = re.compile(rf"[{_UPPER}\d\"“‘'(]")

# Capitalized words after a date line: "March 3, 2022, Government House, Riverton".
_PLACE_WORDS: Final = r"[A-Z][\w.'’\-]*(?:[ ,]{1,2}(?:[A-Z][\w.'’\-]*|of|the|de)){0,8}"
# A whole short paragraph that is a date: "October 14, 2022", "Friday, May 13, 2016",
# "Published: 3 March 2025", "Date: March 3, 2025 | 10:00 a.m."
_DATE_LABEL: Final = (
    r"(?:(?i:date|dated|published|posted|released|issued|updated|last[ ]updated|release[ ]date"
    r"|for[ ]immediate[ ]release|immediate[ ]release|news[ ]release|press[ ]release|for[ ]release"
    r"|first[ ]published|publication[ ]date|date[ ]of[ ](?:release|publication|issue)|last[ ]modified"
    r"|modified|page[ ]last[ ]updated|date[ ]posted|posted[ ]date)"
    r"(?i:[ ]+on)?[ ]*[:\-–—|]?[ ]*)"
)
_DATE_LINE_TAIL: Final = (
    rf"{TIME_PATTERN}?[ ]*(?:[|•·/–—-][^\n]{{0,40}}|,[ ]+{_PLACE_WORDS}|(?i:by)[ ]+[^\n]{{1,60}})?[ ]*"
)
_DATE_LINE: Final = re.compile(
    rf"[ ]*{_DATE_LABEL}?"
    # a time may come first: "10:30 CET, 3 March 2025"
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?:[ ]?(?i:[ap]\.?m\.?))?(?:[ ][A-Z]{{2,5}})?[ ]*[,|]?[ ]*)?"
    rf"{_DATE}{_DATE_LINE_TAIL}"
)
# "12/03/2024", "Date: 2024/03/12": numbers only, read when the order is plain.
_NUMERIC_DATE_LINE: Final = re.compile(
    rf"[ ]*{_DATE_LABEL}?(?P<numeric>\d{{1,2}}[/\-]\d{{1,2}}[/\-]{_YEAR}|{_YEAR}/\d{{1,2}}/\d{{1,2}}(?!\d))"
    rf"{_DATE_LINE_TAIL}"
)
_DATE_SEARCH: Final = re.compile(_DATE)
# Screens for the date pattern, which tries dozens of case-blind alternatives at every
# position and so costs far more per character than these.  Every date holds a digit,
# and either a month name (all begin with one of these stems) or two numbers joined by
# a hyphen or a dot ("2025-09-09", "9.9.2025").
_ANY_DIGIT: Final = re.compile(r"\d")
_JOINED_NUMBERS: Final = re.compile(r"\d[\-.]\d")
_MONTH_STEM: Final = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_DATE_PARTS: Final = re.compile(
    rf"(?P<m1>{_MONTH})\.?{_GAP}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?{_GAP}(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{_GAP}(?:of{_GAP})?(?P<m2>{_MONTH})\.?(?:,?{_GAP}(?P<y2>{_YEAR}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<dotted>\d{1,2}\.\d{1,2}\.\d{4})"
)
# python-dateutil's month names and abbreviations ("Sept", "Aug", "September").
_MONTHS: Final = date_parser.parserinfo()


@attrs.frozen
class DatelineHit:
    """A dateline found at the start of a paragraph; offsets are into the view."""

    start: int
    end: int  # just after the dateline's last separator, trailing spaces excluded
    place: tuple[int, int] | None
    date: str | None  # "YYYY-MM-DD", or "--MM-DD" when no year is printed
    agency: tuple[int, int] | None
    rest: int  # where the text after the dateline starts


def iso_date(text: str) -> str | None:
    """The ISO form of a printed date ("Sept. 9, 2025" -> "2025-09-09", "28 June" -> "--06-28")."""
    m = _DATE_PARTS.search(text)
    if m is None:
        return None
    if m.group("iso"):
        year, month, day = (int(part) for part in m.group("iso").split("-"))
        printed_year: int | None = year
    elif m.group("dotted"):
        day, month, year = (int(part) for part in m.group("dotted").split("."))
        printed_year = year
    else:
        name = (m.group("m1") or m.group("m2")).rstrip(".")
        month = _MONTHS.month(name) or 0
        day = int(m.group("d1") or m.group("d2"))
        year_text = m.group("y1") or m.group("y2")
        printed_year = int(year_text) if year_text else None
    try:
        # 2000 is a leap year, so "29 February" without a year is still a day.
        value = dt.date(printed_year or 2000, month, day)
    except ValueError:
        return None
    if printed_year is None:
        return f"--{value.month:02d}-{value.day:02d}"
    return value.isoformat()


def full_date(iso: str | None) -> str | None:
    """``iso`` if it names a whole day with its year, else None."""
    return iso if iso is not None and not iso.startswith("--") else None


def _place_ok(text: str, start: int, end: int, *, dated: bool) -> bool:
    place = text[start:end]
    first = place.split(" ", 1)[0].split(",", 1)[0].rstrip(".").lower()
    if first in _NOT_PLACES or len(place) > 80:
        return False
    if any(part.strip().rstrip(".").lower() in _CORPORATE for part in place.split(",")[1:]):
        return False  # "ACME, INC." is a company
    if dated:
        return True
    # Without a date the place has to be printed in capitals, as datelines are, or end
    # in a state ("Washington, DC --"), so that "Acme Corp. --" is no place.
    head, _, region = place.rpartition(",")
    if head and region.strip().rstrip(".").lower() in _STATES:
        return True
    letters = _LETTER.findall(place.split(",", 1)[0])
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _agency_with_date(text: str, agency: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
    """An agency printed with the date ("(Newsfile Corp. - March 3, 2025)"): its name and date."""
    a, b = agency
    m = find_date(text, a, b)
    if m is None or m.start() == a:
        return None
    date = iso_date(m.group("date"))
    name_end = m.start()
    while name_end > a and text[name_end - 1] in " -–—,/|":
        name_end -= 1
    if date is None or name_end == a:
        return None
    return (a, name_end), date


def _agency_ok(text: str) -> bool:
    if _TICKER.match(text.strip()) or ":" in text or _DATE_SEARCH.match(text.strip()):
        return False
    return _LETTER.search(text) is not None and len(text.split()) <= 6


def _matches(text: str, start: int, stop: int) -> Iterator[tuple[re.Match[str], tuple[int, int] | None]]:
    """Candidate dateline matches, each with the place span when the place comes first."""
    for pattern in _PLACE_LATER:
        m = pattern.match(text, start, stop)
        if m is not None:
            yield m, None
    caps = _CAPS_PLACE.match(text, start, stop)
    if caps is not None:
        yield caps, None
    place = _PLACE_START.match(text, start, stop)
    if place is None or _AFTER_PLACE_OPENING.match(text, place.end(), stop) is None:
        return
    for pattern in _AFTER_PLACE:
        m = pattern.match(text, place.end(), stop)
        if m is not None:
            yield m, place.span()


def match_dateline(text: str, start: int, end: int) -> DatelineHit | None:
    """The dateline opening the paragraph ``text[start:end]``, if it has one."""
    stop = min(end, start + DATELINE_WINDOW)
    for m, place_first in _matches(text, start, stop):
        groups = m.groupdict()
        place = place_first or (m.span("place") if groups.get("place") else None)
        date = iso_date(text[m.start("date") : m.end("date")]) if groups.get("date") else None
        agency = None
        for name in ("agency", "agency2", "agency3", "agency4"):
            if groups.get(name):
                agency = m.span(name)
        if groups.get("date") and date is None:
            continue  # "February 30": not a date after all
        if agency is not None and date is None:
            dated_agency = _agency_with_date(text, agency)
            if dated_agency is not None:
                agency, date = dated_agency
        if agency is not None and not _agency_ok(text[agency[0] : agency[1]]):
            continue  # "Acme Corp. (NASDAQ: ACME) -" names a listing, not an agency
        if place is not None:
            a, b = place
            while b > a and text[b - 1] in ", ":
                b -= 1
            place = (a, b)
            if not _place_ok(text, a, b, dated=date is not None):
                continue
        stop_at = m.end()
        if date is None and agency is None and stop_at < stop and not _OPENS_SENTENCE.match(text, stop_at):
            continue  # "NASA -- the agency ...": a name and an aside, not "LONDON -- The ..."
        if date is None and _DATE_SEARCH.match(text, stop_at, stop):
            continue  # "Washington, DC -- March 3, 2025" is a place-and-date line, read elsewhere
        last = stop_at
        while last > start and text[last - 1] in " \n":
            last -= 1
        return DatelineHit(start=start, end=last, place=place, date=date, agency=agency, rest=stop_at)
    return None


def match_place_date_line(text: str, start: int, end: int) -> DatelineHit | None:
    """A short paragraph that is only a place and a date (perhaps an agency), as a dateline."""
    if end - start > DATE_LINE_MAX:
        return None
    place = _PLACE_START.match(text, start, end)
    if place is None:
        return None
    m = _PLACE_DATE_TAIL.fullmatch(text, place.end(), end)
    if m is None or not _place_ok(text, start, place.end(), dated=True):
        return None
    date = iso_date(m.group("date"))
    if date is None:
        return None
    spans = [m.span(name) for name in ("agency", "agency2") if m.group(name)]
    agency = spans[0] if spans else None
    return DatelineHit(start=start, end=end, place=place.span(), date=date, agency=agency, rest=end)


def match_date_line(text: str, start: int, end: int) -> str | None:
    """The date of a short paragraph that is only a date (with a label or time), as ISO."""
    if end - start > DATE_LINE_MAX:
        return None
    m = _DATE_LINE.fullmatch(text, start, end)
    if m is None:
        return None
    return iso_date(m.group("date"))


def match_numeric_date_line(text: str, start: int, end: int) -> tuple[str | None] | None:
    """A short paragraph that is only a numeric date ("12/03/2024"): its ISO date, if the order is plain.

    ``25/03/2024`` and ``03/25/2024`` can be read only one way, ``2024/03/25`` is
    year first; ``03/04/2025`` could be March or April and gives ``(None,)``.
    """
    if end - start > DATE_LINE_MAX:
        return None
    m = _NUMERIC_DATE_LINE.fullmatch(text, start, end)
    if m is None:
        return None
    parts = [int(part) for part in m.group("numeric").replace("-", "/").split("/")]
    if parts[0] > 31:
        year, month, day = parts
    elif parts[0] > 12 >= parts[1]:
        day, month, year = parts
    elif parts[1] > 12 >= parts[0] or parts[0] == parts[1]:
        month, day, year = parts
    else:
        return (None,)
    try:
        return (dt.date(year, month, day).isoformat(),)
    except ValueError:
        return (None,)


def find_date(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first date printed in ``text[start:end]``, matched with ``DATE_PATTERN``."""
    if _ANY_DIGIT.search(text, start, end) is None:
        return None
    if _JOINED_NUMBERS.search(text, start, end) is None and not _may_name_month(text[start:end]):
        return None
    return _DATE_SEARCH.search(text, start, end)


def _may_name_month(value: str) -> bool:
    """Whether ``value`` may hold a month name, to a case-blind pattern.

    In lower case a month name holds its stem.  The one character outside ASCII that a
    case-blind pattern takes for a letter of a stem is the long s ("ſep"), and it stays
    "ſ" in lower case.
    """
    return _MONTH_STEM.search(value.lower()) is not None or "ſ" in value


def search_date(text: str, start: int, end: int) -> str | None:
    """The first date printed in ``text[start:end]`` (a short header line), as ISO."""
    m = find_date(text, start, min(end, start + DATE_LINE_MAX * 2))
    return iso_date(m.group("date")) if m else None
