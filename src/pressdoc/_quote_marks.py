"""Pair quotation marks inside one paragraph, in one linear pass per mark family.

Double marks ("“”„‟«») and single marks ('‘’‚) are paired separately, each by a
greedy left-to-right scan that keeps at most one open mark: a stray opening mark is
replaced by the next opening mark of the same character, so one unbalanced mark
costs at most the quote it opens and never the rest of the paragraph (or of the
document).  A single-mark pair nested inside a double-mark pair is part of that
quote and is dropped, and the other way round.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

_MARKS: Final = re.compile("[\"“”„‟«»'‘’‚]")
_DOUBLE: Final = frozenset('"“”„‟«»')
_OPENERS: Final = frozenset("“„‟«‘‚")
# Each opener's own closers, then the closers accepted when its own never follows.
_PRIMARY: Final[dict[str, frozenset[str]]] = {
    '"': frozenset('"'),
    "“": frozenset("”"),
    "„": frozenset("“”"),
    "‟": frozenset("”"),
    "«": frozenset("»"),
    "”": frozenset("”"),
    "'": frozenset("'"),
    "‘": frozenset("’"),
    "‚": frozenset("‘’"),
}
_FALLBACK: Final[dict[str, frozenset[str]]] = {
    '"': frozenset("”“"),
    "“": frozenset('"“'),
    "„": frozenset('"'),
    "‟": frozenset('"“'),
    "«": frozenset('"'),
    "”": frozenset('"'),
    "'": frozenset("’"),
    "‘": frozenset("'"),
    "‚": frozenset("'"),
}
_OPEN_BEFORE: Final = frozenset("([{-–—/*•:;")
_CLOSE_AFTER: Final = frozenset(".,;:!?)]}-–—/…*")


@attrs.frozen
class MarkedSpan:
    """A quotation: ``open`` is the offset of its opening mark, ``close`` of its
    closing mark, or None when the paragraph ends first."""

    open: int
    close: int | None
    double: bool


def _letter(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    ch = text[i]
    after = text[i + 1] if i + 1 < end else ""
    before = text[i - 1] if i > start else ""
    if not after or (after.isspace() and ch != "«"):
        return False
    if ch in _OPENERS:
        return True
    flank = not before or before.isspace() or before in _OPEN_BEFORE or before in _MARKS_SET
    if ch == "'":
        return flank and _letter(after)
    # A straight or right double mark opens only where a word starts after it.
    return flank


def _can_close(text: str, i: int, start: int, end: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if not before or (before.isspace() and ch != "»"):
        return False
    if ch in "'’":
        # A mark between two letters is an apostrophe (don't, O’Hara).
        return not _letter(after)
    return not after or after.isspace() or after in _CLOSE_AFTER or after in _MARKS_SET


_MARKS_SET: Final = frozenset("\"“”„‟«»'‘’‚")


def _pair_family(text: str, marks: list[int], start: int, end: int, double: bool) -> list[MarkedSpan]:
    """Greedy pairing of one family's marks; linear in the number of marks."""
    spans: list[MarkedSpan] = []
    # For the fallback closers: is one of the opener's own closers still ahead?
    last_of: dict[str, int] = {}
    for i in marks:
        last_of[text[i]] = i
    open_at = -1
    open_ch = ""
    for i in marks:
        ch = text[i]
        if open_at >= 0:
            closes = False
            if ch in _PRIMARY[open_ch] and _can_close(text, i, start, end):
                closes = True
            elif ch in _FALLBACK[open_ch] and _can_close(text, i, start, end):
                closes = not any(last_of.get(c, -1) > i for c in _PRIMARY[open_ch])
            if closes:
                spans.append(MarkedSpan(open_at, i, double))
                open_at = -1
                continue
            if _can_open(text, i, start, end) and ch in _PRIMARY:
                # A second opener replaces a stray first one: the same mark again, or
                # another style whose own closer follows when the first one's does not.
                first_closes = any(last_of.get(c, -1) > i for c in _PRIMARY[open_ch])
                own_closes = any(last_of.get(c, -1) > i for c in _PRIMARY[ch])
                if ch == open_ch or (own_closes and not first_closes):
                    open_at, open_ch = i, ch
            continue
        if _can_open(text, i, start, end) and ch in _PRIMARY:
            open_at, open_ch = i, ch
    if open_at >= 0:
        spans.append(MarkedSpan(open_at, None, double))
    return spans


def pair_marks(text: str, start: int, end: int) -> list[MarkedSpan]:
    """Every quotation in ``text[start:end]``, outermost only, in source order."""
    doubles: list[int] = []
    singles: list[int] = []
    for m in _MARKS.finditer(text, start, end):
        (doubles if m.group() in _DOUBLE else singles).append(m.start())
    if not doubles and not singles:
        return []  # most paragraphs quote no one
    found = _pair_family(text, doubles, start, end, double=True)
    if singles:
        found += _pair_family(text, singles, start, end, double=False)
        found.sort(key=lambda s: s.open)
    outer: list[MarkedSpan] = []
    reach = -1
    unclosed: MarkedSpan | None = None
    for span in found:
        if span.close is None:
            unclosed = span if unclosed is None or span.open < unclosed.open else unclosed
            continue
        if span.open < reach:
            continue
        outer.append(span)
        reach = span.close
    # An opening mark left open only matters after the last closed quotation: it
    # may run on into the next paragraph.
    if unclosed is not None and unclosed.open > reach:
        outer.append(unclosed)
    return outer


def opens_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the paragraph begins with an opening quotation mark."""
    return start < end and text[start] in _MARKS_SET and _can_open(text, start, start, end)


def is_nickname(text: str, span: MarkedSpan) -> bool:
    """Whether a quotation is one capitalized word printed inside a name
    ('Margaret "Meg" Thornquist'): a nickname, not quoted words."""
    close = span.close
    if close is None or close - span.open > 24 or span.open < 2:
        return False
    word = text[span.open + 1 : close]
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    before, after = text[span.open - 2 : span.open], text[close + 1 : close + 3]
    return before[:1].isalpha() and before[1:] == " " and after[:1] == " " and after[1:].isupper()
