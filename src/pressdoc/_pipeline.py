"""``parse``: wires the stages together and holds no logic of its own."""

from __future__ import annotations

from pressdoc._commitments import find_commitments
from pressdoc._header import read_header
from pressdoc._model import Article
from pressdoc._quotes import find_quotes
from pressdoc._segment import segment
from pressdoc._text import TextView
from pressdoc.errors import ParseError


def parse(source: str) -> Article:
    """Turn the plain text of a press release into an :class:`Article`."""
    if not isinstance(source, str):
        msg = f"parse() takes the release as str; got {type(source).__name__} (decode bytes first)"
        raise ParseError(msg)
    view = TextView(source)
    header = read_header(view, segment(view))
    paragraphs = header.paragraphs
    quotes = find_quotes(view, paragraphs, header)
    commitments = find_commitments(view, paragraphs, quotes, header)
    return Article(
        source=source,
        title=header.title,
        dateline=header.dateline,
        published=header.published,
        paragraphs=paragraphs,
        quotes=quotes,
        commitments=commitments,
        contacts=header.contacts,
    )
