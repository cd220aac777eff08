"""The header of a release: headline, dateline, publication date, paragraph roles."""

from __future__ import annotations

import attrs

from pressdoc._model import Contact, Dateline, Paragraph
from pressdoc._text import TextView


@attrs.frozen
class Header:
    """What the header stage learned, and the paragraphs with their roles."""

    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    contacts: tuple[Contact, ...] = ()


def read_header(view: TextView, paragraphs: tuple[Paragraph, ...]) -> Header:
    """Take the first line of the first paragraph as the headline."""
    if not paragraphs:
        return Header(paragraphs=())
    first = paragraphs[0]
    line_end = view.text.find("\n", first.start, first.end)
    if line_end < 0:
        line_end = first.end
    title = view.source[first.start : line_end].strip()
    roles = (attrs.evolve(first, role="headline"), *paragraphs[1:])
    return Header(paragraphs=roles, title=title or None)
