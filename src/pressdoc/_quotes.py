"""Quotes and their speakers."""

from __future__ import annotations

from pressdoc._header import Header
from pressdoc._model import Paragraph, Quote
from pressdoc._text import TextView


def find_quotes(view: TextView, paragraphs: tuple[Paragraph, ...], header: Header) -> tuple[Quote, ...]:
    """Every direct and indirect quote, in source order."""
    return ()
