"""Datelines in every common style, header date lines, and printed dates as ISO."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressdoc._dateline import (
    full_date,
    iso_date,
    match_date_line,
    match_dateline,
    match_numeric_date_line,
    search_date,
)
from pressdoc._text import normalize

# (opening of a paragraph, dateline text, place, date, agency)
DATELINES = [
    ("MINSK, 28 June (BelTA) – The minister said", "MINSK, 28 June (BelTA) –", "MINSK", "--06-28", "BelTA"),
    (
        "ASHEVILLE, N.C., Sept. 9, 2025 /PRNewswire/ — Brightwater Power today",
        "ASHEVILLE, N.C., Sept. 9, 2025 /PRNewswire/ —",
        "ASHEVILLE, N.C.",
        "2025-09-09",
        "PRNewswire",
    ),
    (
        "AUSTIN, Texas--(BUSINESS WIRE)--Lumen Fields",
        "AUSTIN, Texas--(BUSINESS WIRE)--",
        "AUSTIN, Texas",
        None,
        "BUSINESS WIRE",
    ),
    (
        "SAN JOSE, Calif.--March 3, 1997--Orchard Labs",
        "SAN JOSE, Calif.--March 3, 1997--",
        "SAN JOSE, Calif.",
        "1997-03-03",
        None,
    ),
    (
        "HOUSTON, April  01, 2024  (GLOBE NEWSWIRE) -- Gulf Ridge",
        "HOUSTON, April  01, 2024  (GLOBE NEWSWIRE) --",
        "HOUSTON",
        "2024-04-01",
        "GLOBE NEWSWIRE",
    ),
    (
        "Salt Lake City, UT, June 30, 2026 (GLOBE NEWSWIRE) -- Wasatch Bikes",
        "Salt Lake City, UT, June 30, 2026 (GLOBE NEWSWIRE) --",
        "Salt Lake City, UT",
        "2026-06-30",
        "GLOBE NEWSWIRE",
    ),
    (
        "RALEIGH, NC / ACCESSWIRE / December 5, 2023 / Pinehurst Labs",
        "RALEIGH, NC / ACCESSWIRE / December 5, 2023 /",
        "RALEIGH, NC",
        "2023-12-05",
        "ACCESSWIRE",
    ),
    (
        "BOSTON & LONDON--(BUSINESS WIRE)--Tessellate",
        "BOSTON & LONDON--(BUSINESS WIRE)--",
        "BOSTON & LONDON",
        None,
        "BUSINESS WIRE",
    ),
    ("WASHINGTON (AP) — The Senate", "WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
    (
        "(SomeWire) - April 07, 2025 - CITY — With spring",
        "(SomeWire) - April 07, 2025 - CITY —",
        "CITY",
        "2025-04-07",
        "SomeWire",
    ),
    ("City, ST - 11 May 2015 - The foundation", "City, ST - 11 May 2015 -", "City, ST", "2015-05-11", None),
    (
        "SALEM, Mass. & PEORIA, Ill.–(BUSINESS WIRE)–Corvid Energy",
        "SALEM, Mass. & PEORIA, Ill.–(BUSINESS WIRE)–",
        "SALEM, Mass. & PEORIA, Ill.",
        None,
        "BUSINESS WIRE",
    ),
    (
        "SINGAPORE - Harbourline Newswire - 8 May 2026 - The board",
        "SINGAPORE - Harbourline Newswire - 8 May 2026 -",
        "SINGAPORE",
        "2026-05-08",
        "Harbourline Newswire",
    ),
    (
        "MOBILE, AL - September 17, 2024 (CoastNews.com) - With fall",
        "MOBILE, AL - September 17, 2024 (CoastNews.com) -",
        "MOBILE, AL",
        "2024-09-17",
        "CoastNews.com",
    ),
    (
        "TAMPA, FL — May 12, 2026 — (ISLA NEWSWIRE) —The college",
        "TAMPA, FL — May 12, 2026 — (ISLA NEWSWIRE) —",
        "TAMPA, FL",
        "2026-05-12",
        "ISLA NEWSWIRE",
    ),
    (
        "PALO ALTO, California—January 18, 2011—Quince",
        "PALO ALTO, California—January 18, 2011—",
        "PALO ALTO, California",
        "2011-01-18",
        None,
    ),
    (
        "MENLO PARK, Calif., Sept. 16, 2019 — The board",
        "MENLO PARK, Calif., Sept. 16, 2019 —",
        "MENLO PARK, Calif.",
        "2019-09-16",
        None,
    ),
    (
        "WASHINGTON, Feb. 11, 2026 – The coalition",
        "WASHINGTON, Feb. 11, 2026 –",
        "WASHINGTON",
        "2026-02-11",
        None,
    ),
    (
        "Twentynine Palms, CA – June 3, 2025 – The fund",
        "Twentynine Palms, CA – June 3, 2025 –",
        "Twentynine Palms, CA",
        "2025-06-03",
        None,
    ),
    (
        "SAN JOSE, Calif. (March 3, 2025) – Orchard Labs",
        "SAN JOSE, Calif. (March 3, 2025) –",
        "SAN JOSE, Calif.",
        "2025-03-03",
        None,
    ),
    ("LONDON, June 5 (Reuters) - Shares of", "LONDON, June 5 (Reuters) -", "LONDON", "--06-05", "Reuters"),
    (
        "NEW YORK, Tuesday, March 3, 2025 -- Ardent",
        "NEW YORK, Tuesday, March 3, 2025 --",
        "NEW YORK",
        "2025-03-03",
        None,
    ),
    (
        "ST. LOUIS, Sept. 30, 2024 /PRNewswire/ -- Gateway",
        "ST. LOUIS, Sept. 30, 2024 /PRNewswire/ --",
        "ST. LOUIS",
        "2024-09-30",
        "PRNewswire",
    ),
    (
        "WINSTON-SALEM, N.C., Feb. 29, 2024 -- Hanes",
        "WINSTON-SALEM, N.C., Feb. 29, 2024 --",
        "WINSTON-SALEM, N.C.",
        "2024-02-29",
        None,
    ),
    ("June 5, 2025 — Acme today said", "June 5, 2025 —", None, "2025-06-05", None),
    (
        "March 3, 2025 /PRNewswire/ -- Acme today",
        "March 3, 2025 /PRNewswire/ --",
        None,
        "2025-03-03",
        "PRNewswire",
    ),
    (
        "Vancouver, British Columbia--(Newsfile Corp. - March 3, 2025) - Acme Mining",
        "Vancouver, British Columbia--(Newsfile Corp. - March 3, 2025) -",
        "Vancouver, British Columbia",
        "2025-03-03",
        "Newsfile Corp.",
    ),
    ("Washington, DC – Today, Senator Roe", "Washington, DC –", "Washington, DC", None, None),
    ("BERLIN — Die Firma", "BERLIN —", "BERLIN", None, None),
    ("Munich, 20.02.2021 – Kestrel Bank", "Munich, 20.02.2021 –", "Munich", "2021-02-20", None),
    (
        "FRESNO, CALIFORNIA Apricot today unveiled",
        "FRESNO, CALIFORNIA",
        "FRESNO, CALIFORNIA",
        None,
        None,
    ),
]


def test_bracketed_capital_place() -> None:
    """ "(SPRINGFIELD) —" is a dateline; a bracketed agency, listing or lower-case word is not."""
    for opening, place in [
        ("(SPRINGFIELD) — Governor Pat Kerr today signed the bill.", "SPRINGFIELD"),
        ("(AP) — The agency said the storm had passed.", None),
        ("(Springfield) — The agency said the storm had passed.", None),
        ("(NASDAQ: ACME) — Acme said the storm had passed.", None),
    ]:
        hit = match_dateline(opening, 0, len(opening))
        assert (opening[hit.place[0] : hit.place[1]] if hit and hit.place else None) == place


@pytest.mark.parametrize(("opening", "text", "place", "date", "agency"), DATELINES)
def test_dateline_styles(
    opening: str, text: str, place: str | None, date: str | None, agency: str | None
) -> None:
    """Each style yields the dateline as printed and its place, date and agency."""
    view = normalize(opening)
    hit = match_dateline(view, 0, len(view))
    assert hit is not None
    assert opening[hit.start : hit.end] == text
    assert (opening[hit.place[0] : hit.place[1]] if hit.place else None) == place
    assert hit.date == date
    assert (opening[hit.agency[0] : hit.agency[1]].strip() if hit.agency else None) == agency
    assert opening[hit.rest :] == opening[len(text) :].lstrip()


@pytest.mark.parametrize(
    "opening",
    [
        "LONDON is the first city to adopt the rules.",
        "Today (3 May 2019) the council voted to fund the lanes.",
        "Acme Corp. (NASDAQ: ACME) – a maker of anvils – said on Monday",
        "LONDON-based Thistle Bank said it would hire 200 people.",
        "On June 1, the deputy head of the office visited the school.",
        "The Orchard Foundation (TOF), the largest donor in the county, announced",
        "ACME announced record sales in the third quarter.",
        "NASA — the space agency — said the launch would slip.",
        "Hartwell Dental, founded in 1988, treats 4,000 patients a year.",
        "March 3, 2025 was the warmest day of the winter.",
        "Ms. Rivera, 52, joins from Corvid Energy.",
        "Acme Corp – Today the company opened a plant.",
        "ACME, INC. Today announced a new plant.",
        "NASA today announced a launch date.",
        "Washington, DC — March 3, 2025",
        "",
    ],
)
def test_no_dateline_is_invented(opening: str) -> None:
    """Sentences that merely start with a capitalized word, a company or a date are not datelines."""
    view = normalize(opening)
    assert match_dateline(view, 0, len(view)) is None


def test_dateline_is_only_read_at_the_paragraph_start() -> None:
    """A dateline-shaped phrase later in the paragraph is not the dateline."""
    text = "The company said: BOSTON, March 3, 2025 -- was the first stop."
    assert match_dateline(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("October 14, 2022", "2022-10-14"),
        ("Friday, May 13, 2016", "2016-05-13"),
        ("Tuesday, 14 November 2023", "2023-11-14"),
        ("Published: 3 March 2025", "2025-03-03"),
        ("Date: March 3, 2025 | 10:00 a.m.", "2025-03-03"),
        ("March 3, 2025 9 a.m. ET", "2025-03-03"),
        ("FOR IMMEDIATE RELEASE: March 3, 2025", "2025-03-03"),
        ("2024-11-05", "2024-11-05"),
        ("Posted on 12 December 2021", "2021-12-12"),
        # wire services print a clock time and the zone spelled out
        ("June 4, 2025 07:30 AM Central Daylight Time", "2025-06-04"),
        ("June 4, 2025 at 7:30 a.m. CDT", "2025-06-04"),
        # government portals: capital month abbreviations, a time glued to PM, a "by" trailer
        ("Posted On: 09 SEP 2025 6:05PM by Press Desk Eastport", "2025-09-09"),
        ("Released: 9 September 2025, 18:05 (CEST)", "2025-09-09"),
        ("Date: 9 Sept 2025 18:05 IST", "2025-09-09"),
        ("Published: 9 September 2025 18:05:12 UTC+05:30", "2025-09-09"),
        ("Release date: 2025-09-09T18:05:00Z", "2025-09-09"),
        ("18:05 CET, 9 September 2025", "2025-09-09"),
        ("09.09.2025 / 18:05 CET/CEST", "2025-09-09"),
        ("Page last updated: 9 September 2025", "2025-09-09"),
        ("Date of issue: 9 September 2025", "2025-09-09"),
        ("Date Posted: September 9, 2025", "2025-09-09"),
    ],
)
def test_date_lines(line: str, date: str) -> None:
    """A short paragraph that is a date (with a weekday, label or time) gives that date."""
    assert match_date_line(line, 0, len(line)) == date


@pytest.mark.parametrize(
    "line",
    [
        "The date is March 3, 2025",
        "March 3, 2025 was a Monday and the plant opened its doors to the public",
        "Revenue rose 12% in 2024",
        "February 30, 2024",
        "June 4, 2025 07:30 AM the doors open to the public",
        "June 4, 2025 the mayor said the plant would open by the end of the year and hire",
    ],
)
def test_sentences_are_not_date_lines(line: str) -> None:
    """Sentences that contain a date, and impossible dates, are not date lines."""
    assert match_date_line(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("25/03/2024", ("2024-03-25",)),  # day first: 25 is no month
        ("03/25/2024", ("2024-03-25",)),  # month first: 25 is no month
        ("Date: 2024/03/25", ("2024-03-25",)),
        ("Released: 25-03-2024 10:00", ("2024-03-25",)),
        ("03/04/2024", (None,)),  # March or April: a date line, but no date is guessed
        ("31/02/2024", (None,)),
        ("Revenue 03/04/2024 rose", None),
        ("24/7", None),
    ],
)
def test_numeric_date_lines(line: str, date: tuple[str | None] | None) -> None:
    """A numeric date line is read only when the order of day and month is plain."""
    assert match_numeric_date_line(line, 0, len(line)) == date


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Aug. 9, 2025", "2025-08-09"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("28 June", "--06-28"),
        ("29 February", "--02-29"),
        ("8 May 2026", "2026-05-08"),
        ("April 07, 2025", "2025-04-07"),
        ("Dec. 1st, 2019", "2019-12-01"),
        ("5th of June 2020", "2020-06-05"),
        ("2025-03-04", "2025-03-04"),
        ("20.02.2021", "2021-02-20"),
        ("31.02.2021", None),
        ("February 29, 2023", None),
        ("no date here", None),
    ],
)
def test_iso_date(printed: str, iso: str | None) -> None:
    """Printed dates become ISO; without a year they become --MM-DD; impossible ones None."""
    assert iso_date(printed) == iso


def test_full_date_needs_a_year() -> None:
    """Only a date with its year is a full date."""
    assert full_date("2025-03-04") == "2025-03-04"
    assert full_date("--03-04") is None
    assert full_date(None) is None


def test_search_date_in_a_label_line() -> None:
    """The date inside an embargo or release label is found."""
    line = "EMBARGOED until June 3, 2025 8 a.m. (EASTERN)"
    assert search_date(line, 0, len(line)) == "2025-06-03"


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_dateline_matching_never_raises(source: str) -> None:
    """Any text either has no dateline or one that is a prefix of it with spans inside it."""
    view = normalize(source)
    hit = match_dateline(view, 0, len(view))
    if hit is not None:
        assert 0 == hit.start <= hit.end <= hit.rest <= len(source)
        for span in (hit.place, hit.agency):
            if span is not None:
                assert hit.start <= span[0] <= span[1] <= hit.end
