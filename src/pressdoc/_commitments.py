"""Commitments: who promises what, how firmly, by when."""

from __future__ import annotations

from pressdoc._header import Header
from pressdoc._model import Commitment, Paragraph, Quote
from pressdoc._text import TextView


def find_commitments(
    view: TextView, paragraphs: tuple[Paragraph, ...], quotes: tuple[Quote, ...], header: Header
) -> tuple[Commitment, ...]:
    """Every commitment, in source order."""
    return ()
