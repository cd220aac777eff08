"""Model invariants: checked on construction, with errors naming the field and value."""

from __future__ import annotations

import attrs
import pytest

import pressdoc
from pressdoc.errors import ModelError, PressdocError


def test_span_past_the_end_is_refused() -> None:
    """A paragraph reaching past the source is an error that gives both numbers."""
    with pytest.raises(
        ModelError, match=r"paragraphs\[0\] span 0\.\.9 runs past the end of the source \(3\)"
    ):
        pressdoc.Article(source="abc", paragraphs=(pressdoc.Paragraph("abc", 0, 9),))


def test_text_must_be_the_source_slice() -> None:
    """A quote whose text is not source[start:end] is refused."""
    quote = pressdoc.Quote(id="q1", text="xyz", start=0, end=3)
    with pytest.raises(ModelError, match=r"quotes\[0\] text 'xyz' is not the source at 0\.\.3"):
        pressdoc.Article(source="abc", quotes=(quote,))


def test_start_after_end_is_refused() -> None:
    """start <= end on every span."""
    with pytest.raises(ModelError, match="start 3 is after its end 1"):
        pressdoc.Paragraph("", 3, 1)


def test_negative_offset_is_refused() -> None:
    """Offsets are non-negative integers, and the message names the field."""
    with pytest.raises(ModelError, match=r"Quote\.start must be a non-negative integer; got -1"):
        pressdoc.Quote(id="q1", text="", start=-1, end=0)


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (lambda: pressdoc.Paragraph("a", 0, 1, role="footer"), "Paragraph.role", "footer"),  # type: ignore[arg-type]
        (
            lambda: pressdoc.Quote(id="q", text="", start=0, end=0, kind="paraphrase"),
            "Quote.kind",
            "paraphrase",
        ),  # type: ignore[arg-type]
        (
            lambda: pressdoc.Commitment(
                id="c",
                text="",
                start=0,
                end=0,
                actor=pressdoc.Actor("we"),
                action="",
                modality="might",  # type: ignore[arg-type]
            ),
            "Commitment.modality",
            "might",
        ),
        (lambda: pressdoc.Deadline("", 0, 0, granularity="week"), "Deadline.granularity", "week"),  # type: ignore[arg-type]
    ],
)
def test_enums_are_checked(build: object, field: str, value: str) -> None:
    """Every enum field refuses values outside its list and says which field."""
    with pytest.raises(ModelError) as info:
        build()  # type: ignore[operator]
    assert field in str(info.value)
    assert repr(value) in str(info.value)


@pytest.mark.parametrize("value", ["2019-02-30", "yesterday", "2019-2-3", "20190203"])
def test_dates_are_real_iso_dates(value: str) -> None:
    """published takes only real YYYY-MM-DD dates."""
    with pytest.raises(ModelError, match=repr(value)):
        pressdoc.Article(source="", published=value)


def test_dateline_may_have_a_date_without_year() -> None:
    """A dateline printed without a year keeps month and day as --MM-DD."""
    d = pressdoc.Dateline(text="", start=0, end=0, place="MINSK", date="--06-28")
    assert d.date == "--06-28"
    with pytest.raises(ModelError):
        pressdoc.Dateline(text="", start=0, end=0, date="--02-30")


def test_overlapping_paragraphs_are_refused() -> None:
    """Paragraphs are ordered and disjoint."""
    paragraphs = (pressdoc.Paragraph("abc", 0, 3), pressdoc.Paragraph("bc", 1, 3))
    with pytest.raises(ModelError, match=r"paragraphs\[1\] starts at 1"):
        pressdoc.Article(source="abc", paragraphs=paragraphs)


def test_commitment_quote_must_exist() -> None:
    """A commitment can only point at a quote the article has."""
    c = pressdoc.Commitment(
        id="c1", text="", start=0, end=0, actor=pressdoc.Actor("we"), action="", modality="will", quote="q9"
    )
    with pytest.raises(ModelError, match="names no quote: 'q9'"):
        pressdoc.Article(source="abc", commitments=(c,))


def test_models_are_frozen() -> None:
    """Stages pass frozen data; nothing mutates an Article after it is built."""
    article = pressdoc.Article(source="abc")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]


def test_errors_share_one_base_and_their_builtins() -> None:
    """Every pressdoc error is a PressdocError and the builtin it resembles."""
    assert issubclass(pressdoc.errors.ParseError, PressdocError)
    assert issubclass(pressdoc.errors.ParseError, ValueError)
    assert issubclass(pressdoc.errors.InputError, OSError)
    assert issubclass(pressdoc.errors.SchemaValidationError, ValueError)
    assert issubclass(ModelError, ValueError)


def test_id_is_stable_and_derived_from_the_source() -> None:
    """The same text gives the same id; another text another one."""
    assert pressdoc.Article(source="abc").id == pressdoc.Article(source="abc").id
    assert pressdoc.Article(source="abc").id != pressdoc.Article(source="abd").id


def test_parse_refuses_bytes() -> None:
    """parse() wants text; bytes get a ParseError that says to decode them."""
    with pytest.raises(pressdoc.errors.ParseError, match="decode bytes first"):
        pressdoc.parse(b"Title")  # type: ignore[arg-type]


def test_public_surface_is_sorted() -> None:
    """__all__ is sorted (constants, classes, functions: isort style) and every name exists."""

    def isort_key(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert pressdoc.__all__ == sorted(pressdoc.__all__, key=isort_key)
    for name in pressdoc.__all__:
        assert hasattr(pressdoc, name)
