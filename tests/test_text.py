"""The normalized view: same length as the source, idempotent, white space reduced to two characters."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pressdoc._text import TextView, normalize

ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)))


@given(ANY_TEXT)
@example("\r\r\n")
@example("\ufeffA\u00a0B\tC\r\nD\rE")
def test_normalize_keeps_every_offset(source: str) -> None:
    """The view is exactly as long as the source, so offsets into one are offsets into the other."""
    assert len(normalize(source)) == len(source)


@given(ANY_TEXT)
@example("\r\r\n\r")
def test_normalize_is_idempotent(source: str) -> None:
    """Normalizing the view again changes nothing."""
    once = normalize(source)
    assert normalize(once) == once


@given(ANY_TEXT)
def test_view_white_space_is_space_or_newline(source: str) -> None:
    """Every white-space character of the view is a plain space or a newline."""
    assert all(c in " \n" for c in normalize(source) if c.isspace())


@given(ANY_TEXT)
def test_view_keeps_what_is_not_white_space(source: str) -> None:
    """Only white space and invisible control marks are rewritten; letters and marks stay."""
    for before, after in zip(source, normalize(source), strict=True):
        if before != after:
            assert after in " \n"
            assert before.isspace() or not before.isprintable() or before in "\u200b\ufeff"


@pytest.mark.parametrize(
    ("source", "view"),
    [
        ("a\r\nb", "a \nb"),
        ("a\r\n\r\nb", "a \n \nb"),
        ("a\rb", "a\nb"),
        ("a\r\r\nb", "a  \nb"),
        ("\ufeffHeadline", " Headline"),
        ("10\u00a0000\u202fkm", "10 000 km"),
        ("col\tcol", "col col"),
        ("page\x0cbreak", "page\nbreak"),
        ("bell\x07here", "bell here"),
        ("line\u2028sep", "line\nsep"),
        ("zero\u200bwidth", "zero width"),
    ],
)
def test_normalize_maps_each_code_point(source: str, view: str) -> None:
    """Line ends, no-break and odd spaces, the BOM and control characters read as space or newline."""
    assert normalize(source) == view


def test_text_view_holds_source_and_view() -> None:
    """A TextView keeps the exact source next to its normalized text."""
    view = TextView("One\r\nTwo")
    assert view.source == "One\r\nTwo"
    assert view.text == "One \nTwo"
