"""Split the view into paragraphs with exact spans."""

from __future__ import annotations

import re

from pressdoc._model import Paragraph
from pressdoc._text import TextView

_BLANK_LINES = re.compile(r"\n[ ]*\n\s*")


def segment(view: TextView) -> tuple[Paragraph, ...]:
    """Paragraphs separated by blank lines, trimmed of surrounding white space."""
    text, source = view.text, view.source
    paragraphs = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    out = []
    for raw_start, raw_end in paragraphs:
        start, end = raw_start, raw_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Paragraph(text=source[start:end], start=start, end=end))
    return tuple(out)
