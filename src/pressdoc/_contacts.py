"""Media contact blocks: spotting them, and reading each contact's name, organization,
email and phone.

A block opens with a heading ("Media Contact:", "For media inquiries", "CONTACT:") or
is a short paragraph carrying an email address or a phone number.  Its lines are cut
into cells (at tabs, for the two-column tables some wires print), the cells into
fields (email, phone, web address, then the rest at ``;``, ``,``, ``:`` or ``|``),
and each field is judged a person's name, an organization, a job title or something
else.  A new contact starts where a second name arrives, or where a blank line
follows a contact that already has an email or a phone.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from pressdoc._model import Contact, Paragraph
from pressdoc._text import TextView

# Contact detail checks scan only short paragraphs, which keeps them cheap.
SHORT: Final = 300

_HEADING: Final = re.compile(
    r"(?i:for[ ](?:further|more|additional)[ ]information(?:,[ ]?|[ ])(?:please[ ])?contact"
    r"|for[ ](?:media|press|investor|public|general|news)[ ](?:inquiries|enquiries|queries|contacts?)"
    r"|(?:[\w&]+[ ]){0,3}?(?:media|press|investors?|news|public|general|corporate|pr|analysts?)"
    r"(?:[ ](?:relations|and[ ]investors?|&[ ]investors?|and[ ]analysts?))?"
    r"[ ](?:contacts?|enquiries|inquiries|queries)"
    r"|contacts?(?:[ ](?:information|details|info|person|us))?"
    r"|(?:media|press|investors?|analysts?)(?=[ ]*:))"
    r"(?:(?=(?-i:[A-Z]))|\b)[ ]*(?P<colon>[:\-–—]?)[ ]*"
)
_EMAIL: Final = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_PHONE: Final = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .\-]?)?(?:\(\d{1,4}\)[ .\-]?)?\d{1,4}(?:[ .\-]\d{2,4}){1,4}"
    r"(?:[ ]?(?i:x|ext\.?)[ ]?\d{1,5})?(?!\w)"
)
_DIGIT: Final = re.compile(r"\d")
_THREE_DIGITS: Final = re.compile(r"\d{3}")
# Every _PHONE match holds a digit, a separator and two digits ("5-55", "0 20"); a
# paragraph without one cannot hold a phone, and this scan is far cheaper than _PHONE's.
_PHONE_CORE: Final = re.compile(r"\d[ .\-]\d\d")
_DIGIT_RUN: Final = re.compile(r"\d+")
_EXTENSION: Final = re.compile(r"x|ext")
_FIELD_SPLIT: Final = re.compile(r"[ ]*(?:[;|,/•·:]|[ ][-–—][ ]|[ ]{2,})[ ]*")

_ORG_WORDS: Final = frozenset(
    """
    inc inc. incorporated corp corp. corporation co co. company llc llp lp ltd ltd. limited plc
    group association foundation university college institute agency department ministry council
    communications relations partners services bank society club center centre network hospital
    school labs laboratories technologies systems holdings international trust fund commission
    authority board committee government city county coalition alliance federation union
    organization organisation gmbh ag sa s.a. n.v. nv bv ab oy spa strategies consulting
    solutions pr newsroom software energy health healthcare medical capital ventures industries
    insurance mutual financial media studios entertainment pharmaceuticals therapeutics robotics
    analytics motors airlines electric power utilities
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_TITLE_WORDS: Final = frozenset(
    """
    director manager president vice officer head chief spokesperson spokesman spokeswoman
    coordinator specialist lead associate editor secretary counsel vp svp evp executive analyst
    consultant account supervisor senior principal chair chairman chairwoman founder ceo cfo coo
    cmo cto owner representative liaison strategist assistant deputy
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_LABEL_WORDS: Final = frozenset(
    """
    website web site phone tel tel. telephone mobile cell fax email e-mail mail office hours
    switchboard inquiries enquiries contact contacts media press details information info
    twitter linkedin facebook instagram address out of visit call note notes editor editors
    editor's additional further more for
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_PARTICLES: Final = frozenset("de da del della di du van von der den la le bin al st. mc".split())  # noqa: SIM905


def heading_end(text: str, start: int, end: int) -> int | None:
    """Where the content after a contact heading starts, if the paragraph opens with one."""
    m = _HEADING.match(text, start, min(end, start + SHORT))
    if m is None:
        return None
    line_end = text.find("\n", m.end(), end)
    line_end = end if line_end < 0 else line_end
    if m.group("colon") or m.end() >= line_end:
        return m.end()
    # No colon: "Contact tracing has..." is a sentence; the label must stand alone or
    # be followed at once by contact details ("Press enquiries 020 7946 0000").
    rest = text[m.end() : line_end]
    if has_detail(rest, 0, len(rest)) or (m.end() > start and text[m.end() - 1].islower()):
        return m.end()
    return None


def has_detail(text: str, start: int, end: int) -> bool:
    """Whether a short stretch of text carries an email address or a phone number."""
    if end - start > SHORT:
        return False
    if text.find("@", start, end) >= 0 and _EMAIL.search(text, start, end):
        return True
    if _PHONE_CORE.search(text, start, end) is None:
        return False
    if _THREE_DIGITS.search(text, start, end) is None:
        return False  # every phone number has a group of three digits or more
    return any(_is_phone(m.group()) for m in _PHONE.finditer(text, start, end))


def _is_phone(value: str) -> bool:
    digits = len(_DIGIT.findall(value))
    if not 7 <= digits <= 15:
        return False
    groups = len(_DIGIT_RUN.findall(_EXTENSION.split(value, maxsplit=1)[0]))
    return value.startswith(("+", "(")) or "(" in value or groups >= 3


def _words(value: str) -> list[str]:
    return value.replace("\u2019", "'").split()


def _is_name(value: str) -> bool:
    words = _words(value)
    if not 2 <= len(words) <= 5 or len(value) > 50:
        return False
    shouted = [len(w) > 1 and w.isupper() for w in words]
    if any(shouted) and not all(shouted):
        return False  # "Harrow MRI" is an organization with an acronym, not a person
    capitalized = 0
    for word in words:
        low = word.lower()
        if low in _ORG_WORDS or low in _TITLE_WORDS or low.rstrip(".:") in _LABEL_WORDS:
            return False
        if low in _PARTICLES:
            continue
        core = word.replace("'", "").replace("-", "").replace(".", "")
        if not core.isalpha() or not word[0].isupper():
            return False
        capitalized += 1
    return capitalized >= 2


def _kind(value: str) -> str:
    """``name``, ``org``, ``title`` or ``other`` for one field of a contact line."""
    words = [w.lower().strip(".,") for w in _words(value)]
    if not words or len(words) > 6 or any(map(str.isdigit, value)) or not value[0].isupper():
        return "other"
    if not _TITLE_WORDS.isdisjoint(words):
        return "title"
    if not _ORG_WORDS.isdisjoint(words):
        return "org"
    if not _LABEL_WORDS.isdisjoint(words):
        return "other"
    if _is_name(value):
        return "name"
    if len(words) <= 4 and len(value) <= 40:
        return "org"
    return "other"


@attrs.define
class _Entry:
    start: int = -1
    end: int = -1
    name: str | None = None
    organization: str | None = None
    email: str | None = None
    phone: str | None = None

    def take(self, lo: int, hi: int) -> None:
        self.start = lo if self.start < 0 else min(self.start, lo)
        self.end = max(self.end, hi)

    def useful(self) -> bool:
        return bool(self.name or self.email or self.phone)


def _may_hold(kind: str, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may hold a detail of this kind: a string every match
    holds, found far faster than the pattern scans the cell."""
    if kind == "url":
        return text.find("://", lo, hi) >= 0 or text.find("www.", lo, hi) >= 0
    if kind == "email":
        return text.find("@", lo, hi) >= 0
    return _PHONE_CORE.search(text, lo, hi) is not None


def _fields(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The typed fields of one cell, in order: (kind, start, end)."""
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (("url", _URL), ("email", _EMAIL), ("phone", _PHONE)):
        if not _may_hold(kind, text, lo, hi):
            continue
        for detail in pattern.finditer(text, lo, hi):
            if any(a < detail.end() and detail.start() < b for a, b in taken):
                continue
            if kind == "phone" and not _is_phone(detail.group()):
                continue
            taken.append(detail.span())
            found.append((kind, detail.start(), detail.end()))
    taken.sort()
    gaps, pos = [], lo
    for a, b in taken:
        gaps.append((pos, a))
        pos = b
    gaps.append((pos, hi))
    for a, b in gaps:
        pos = a
        splits: list[re.Match[str] | None] = [*_FIELD_SPLIT.finditer(text, a, b), None]
        for m in splits:
            cut = b if m is None else m.start()
            s, e = pos, cut
            while s < e and text[s] in " ([\"'“":
                s += 1
            while e > s and text[e - 1] in " )]\"'”.":
                e -= 1
            if e > s and not (e - s == 1 and not text[s].isalnum()):
                # keep the period of "Inc." or "Jr." that the trim took off
                if (
                    e < cut
                    and text[e] == "."
                    and text[s:e].rsplit(maxsplit=1)[-1].lower() + "." in _ORG_WORDS
                ):
                    e += 1
                kind = _kind(text[s:e])
                if kind == "name" and m is not None and ":" in m.group():
                    kind = "org"  # "Acme Health: Jane Roe; jane@..." names the organization first
                found.append((kind, s, e))
            if m is not None:
                pos = m.end()
    found.sort(key=lambda f: f[1])
    return found


def _cells(view: TextView, paragraph: Paragraph) -> list[list[tuple[int, int]]]:
    """Rows of cells: each line of the paragraph, cut at tabs when printed as a table."""
    text, source = view.text, view.source
    rows = []
    pos = paragraph.start
    while pos < paragraph.end:
        nl = text.find("\n", pos, paragraph.end)
        line_end = paragraph.end if nl < 0 else nl
        cuts = [pos]
        tab = source.find("\t", pos, line_end)
        while tab >= 0:
            cuts.extend((tab, tab + 1))
            tab = source.find("\t", tab + 1, line_end)
        cuts.append(line_end)
        row = []
        for cell_start, cell_end in zip(cuts[::2], cuts[1::2], strict=False):
            a, b = cell_start, cell_end
            while a < b and text[a] == " ":
                a += 1
            while b > a and text[b - 1] == " ":
                b -= 1
            if b > a:
                row.append((a, b))
        if row:
            rows.append(row)
        pos = line_end + 1
    return rows


def read_contacts(view: TextView, group: tuple[Paragraph, ...]) -> tuple[Contact, ...]:
    """The contacts printed in one contact block (consecutive contact paragraphs)."""
    text, source = view.text, view.source
    rows: list[tuple[bool, list[tuple[int, int]]]] = []  # (after a blank line, cells)
    previous_end = -1
    for paragraph in group:
        gap = previous_end >= 0 and text.count("\n", previous_end, paragraph.start) >= 2
        for i, row in enumerate(_cells(view, paragraph)):
            cells = []
            for a, b in row:
                label_end = heading_end(text, a, b)
                content = a if label_end is None else label_end
                if b > content:
                    cells.append((content, b))
            if cells:
                rows.append((gap and i == 0, cells))
        previous_end = paragraph.end
    if any(len(cells) > 1 for _, cells in rows):
        columns = max(len(cells) for _, cells in rows)
        entries = []
        for k in range(columns):
            entry = _Entry()
            for _, cells in rows:
                if k < len(cells):
                    _absorb(entry, text, *cells[k])
            entries.append(entry)
    else:
        entries = [_Entry()]
        gap = False
        for after_blank, cells in rows:
            gap = gap or after_blank
            for a, b in cells:
                gap = _absorb_sequential(entries, text, a, b, gap)
    return tuple(
        Contact(
            text=source[e.start : e.end],
            start=e.start,
            end=e.end,
            name=e.name,
            organization=e.organization,
            email=e.email,
            phone=e.phone,
        )
        for e in entries
        if e.useful() and e.end > e.start
    )


def _absorb(entry: _Entry, text: str, lo: int, hi: int) -> None:
    for kind, a, b in _fields(text, lo, hi):
        _assign(entry, kind, text[a:b], a, b)


def _assign(entry: _Entry, kind: str, value: str, a: int, b: int) -> None:
    if kind == "name" and entry.name is None:
        entry.name = value
    elif kind == "org" and entry.organization is None:
        entry.organization = value
    elif kind == "email" and entry.email is None:
        entry.email = value
    elif kind == "phone" and entry.phone is None:
        entry.phone = value
    elif kind != "title":
        return  # labels, addresses and repeats belong to no field and do not stretch the span
    entry.take(a, b)


def _absorb_sequential(entries: list[_Entry], text: str, lo: int, hi: int, gap: bool) -> bool:
    """Add one cell's fields to the entries; return whether a blank line still lies before the next field."""
    for found, a, b in _fields(text, lo, hi):
        if found in ("other", "url", "title"):
            _assign(entries[-1], found, text[a:b], a, b)
            continue
        current = entries[-1]
        complete = bool(current.email or current.phone)
        kind = found
        if kind == "name" and current.name is not None and not complete and current.organization is None:
            kind = "org"  # the line under a name is the organization ("Jane Roe / Quillon Software")
        starts_new = (
            (kind == "name" and current.name is not None)
            or (kind == "email" and current.email is not None)
            or (kind == "org" and current.organization is not None and complete)
            # after a blank line, a contact that can be reached is finished
            or (gap and complete and (kind in ("name", "org") or getattr(current, kind) is not None))
        )
        if starts_new:
            entries.append(_Entry())
        _assign(entries[-1], kind, text[a:b], a, b)
        gap = False
    return gap
