"""Split the view into paragraphs with exact spans.

Releases reach us in three layouts, and one document can mix them:

* one paragraph per line, paragraphs usually (not always) separated by blank lines;
* hard-wrapped plain text, where a paragraph runs over several lines of about the
  same width and only a blank line, a short line or an indent ends it;
* a body flattened onto one long line, its paragraphs separated by runs of spaces.

The layout is read from the line widths.  If the lines that continue onto another
line are mostly close to one width of 50 to 100 columns, the text is hard-wrapped at
that width, and a line break is a paragraph break only where the next line's first
word would have fitted on the line before it (so the writer chose to break there).
Otherwise every line is a paragraph of its own.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from pressdoc._model import Paragraph
from pressdoc._text import TextView

MIN_WRAP_WIDTH: Final = 50
MAX_WRAP_WIDTH: Final = 100
# Lines at least this long cannot come from a hard wrap; they may hold a flattened body.
FLAT_LINE: Final = 200

_BULLET: Final = re.compile(r"(?:[*•·▪◦‣●○■□➢➤►✓✔-]|\d{1,2}[.)])[ ]+(?=[^ \n])")
_SENTENCE_ENDS: Final = frozenset('.!?:;"”’)')
# Three spaces in a row; str.find scans for them many times faster than a regex would.
_SPACE_RUN: Final = "   "
# Where a run of three spaces separates paragraphs, a run of two does too, unless it
# follows the end of a sentence (typewriter spacing between sentences).
_SPLIT_RUN: Final = re.compile(r"[ ]{3,}|(?<=[^ .!?\"”'’])[ ]{2}(?=[^ ])")


# A non-blank line: (start, lo, hi), the offsets of its first character, of its first
# non-space character and just after its last non-space character.  Plain tuples: a
# release has dozens of lines and a named tuple costs several times more to build.
_Line = tuple[int, int, int]


def _blocks(text: str) -> list[list[_Line]]:
    """Runs of non-blank lines, each line with its content bounds."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    pos = 0
    for line in text.split("\n"):
        content = len(line.strip(" "))
        if content:
            lo = pos + len(line) - len(line.lstrip(" "))
            current.append((pos, lo, lo + content))
        elif current:
            blocks.append(current)
            current = []
        pos += len(line) + 1
    if current:
        blocks.append(current)
    return blocks


def _wrap_width(text: str, blocks: list[list[_Line]]) -> int | None:
    """The width these blocks were hard-wrapped at, or None if they were not.

    Judged on the lines that continue onto another line (a paragraph's last line is
    short whatever the layout; a line before a bullet ends a list item, not a wrap):
    at least three, nearly all at most 100 columns, the widest at least 50, at least
    half of them within 70% of the widest, and fewer than half ending a sentence (a
    wrap falls anywhere in a sentence; one sentence per line is not a wrap).
    """
    lines = [
        line
        for block in blocks
        for line, after in itertools.pairwise(block)
        if not _BULLET.match(text, after[1])
    ]
    if len(lines) < 3:
        return None
    if sum(1 for _, _, hi in lines if text[hi - 1] in _SENTENCE_ENDS) >= 0.5 * len(lines):
        return None
    inner = [hi - start for start, _, hi in lines]
    fitting = [w for w in inner if w <= MAX_WRAP_WIDTH]
    if len(fitting) < 0.9 * len(inner):
        return None
    width = max(fitting)
    if width < MIN_WRAP_WIDTH:
        return None
    full = sum(1 for w in fitting if w >= 0.7 * width)
    return width if full >= 0.5 * len(fitting) else None


def _first_word_length(text: str, lo: int, hi: int) -> int:
    space = text.find(" ", lo, hi)
    return (hi if space < 0 else space) - lo


def _continues(text: str, before: _Line, after: _Line, width: int) -> bool:
    """Whether ``after`` carries on the paragraph of ``before`` in text wrapped at ``width``."""
    before_start, before_lo, before_hi = before
    after_start, after_lo, after_hi = after
    if _BULLET.match(text, after_lo):
        return False
    if after_lo - after_start > before_lo - before_start and not _BULLET.match(text, before_lo):
        return False  # an indented first line opens a paragraph
    return before_hi - before_start + 1 + _first_word_length(text, after_lo, after_hi) > width


def _line_runs(text: str, block: list[_Line]) -> list[list[_Line]]:
    """The lines of an unwrapped block, a line joined to the one before when it carries on
    its sentence: the line before ends without punctuation and this one starts in lower
    case ("... Acme is" / "committed to ...")."""
    runs: list[list[_Line]] = []
    for line in block:
        if runs:
            before_hi = runs[-1][-1][2]
            if text[line[1]].islower() and text[before_hi - 1] not in _SENTENCE_ENDS:
                runs[-1].append(line)
                continue
        runs.append([line])
    return runs


def _split_flat(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A long line cut at the runs of spaces that stand for paragraph breaks."""
    if hi - lo < FLAT_LINE or text.find(_SPACE_RUN, lo, hi) < 0:
        return [(lo, hi)]
    pieces = []
    pos = lo
    for m in _SPLIT_RUN.finditer(text, lo, hi):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, hi))
    return [(a, b) for a, b in pieces if b > a]


def _wrapped_spans(text: str, block: list[_Line], width: int) -> list[tuple[int, int]]:
    """The paragraphs of a block hard-wrapped at ``width``."""
    spans = []
    first = last = block[0]
    for line in block[1:]:
        if not _continues(text, last, line, width):
            spans.append((first[1], last[2]))
            first = line
        last = line
    spans.append((first[1], last[2]))
    return spans


def segment(view: TextView) -> tuple[Paragraph, ...]:
    """The paragraphs of the release, in order, trimmed of surrounding white space."""
    text, source = view.text, view.source
    blocks = _blocks(text)
    document_width = _wrap_width(text, blocks)
    spans: list[tuple[int, int]] = []
    for block in blocks:
        # A long block tells its own width (an indented quote may be wrapped narrower
        # or wider than the text round it); a short one goes by the document's.
        width = (_wrap_width(text, [block]) if len(block) > 3 else None) or document_width
        if width is not None:
            spans.extend(_wrapped_spans(text, block, width))
        elif len(block) == 1:  # most often: a paragraph on a line of its own
            spans.extend(_split_flat(text, block[0][1], block[0][2]))
        else:
            for run in _line_runs(text, block):
                if len(run) == 1:
                    spans.extend(_split_flat(text, run[0][1], run[0][2]))
                else:
                    spans.append((run[0][1], run[-1][2]))
    return tuple([Paragraph(source[a:b], a, b) for a, b in spans])
