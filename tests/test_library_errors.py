"""The library raises only pressdoc's own exceptions, whatever it is given (Hypothesis)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressdoc
from pressdoc import errors
from pressdoc._io import decode
from pressdoc.errors import InputError, ParseError, PressdocError, SchemaValidationError
from tests.strategies import articles

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any code point but lone surrogates (a str from decoded bytes never holds one).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)

# Pieces of releases, glued at random: they reach far deeper into the stages than
# random code points, which are rarely a quote, a dateline or a deadline.
FRAGMENTS = st.sampled_from(
    [
        "Lindqvist Ropes Opens Plant",
        "TORVIK, Norway, May 4, 2026 /PRNewswire/ -- ",
        "HALDEN (Reuters) - ",
        "Lindqvist Ropes",
        "The company",
        " will ",
        " plans to ",
        " has pledged to ",
        " won't ",
        " hire 40 people",
        " by the end of 2027",
        " in the second quarter of 2026",
        " by Q3",
        " within 90 days",
        ", said Marit Holm, chief executive officer",
        " said ",
        "said said said",
        '"',
        "\u201c",
        "\u201d",
        "'",
        "\u2018",
        "\u2019",
        "\u00ab",
        "\u00bb",
        ": ",
        ":\n",
        ". ",
        ", ",
        "(",
        ")",
        "[",
        "]",
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        "\t",
        "\x00",
        "\ufeff",
        "\u00a0",
        "\u2028",
        "\u2022 ",
        "- ",
        "About Lindqvist Ropes\n",
        "Media contact: press@lindqvist.example, +47 555 0100",
        "Forward-looking statements",
        "###",
        "Mr. ",
        "Dr. ",
        "Inc.",
        "U.S.",
        "2026",
        "31 December",
        "yesterday",
        "é",
        "\U0001f600",
    ]
)
RELEASE_LIKE = st.lists(FRAGMENTS, max_size=60).map("".join)

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=30,
)


def _check_article(text: str) -> None:
    article = pressdoc.parse(text)
    assert article.source == text
    data = pressdoc.to_dict(article)
    assert list(pressdoc.iter_errors(data)) == []
    assert pressdoc.dumps(pressdoc.loads(pressdoc.dumps(article))) == pressdoc.dumps(article)


@SETTINGS
@given(ANY_TEXT)
def test_parse_any_text_gives_a_valid_article(text: str) -> None:
    """parse() on any text returns an Article whose dict satisfies the schema."""
    _check_article(text)


@SETTINGS
@given(RELEASE_LIKE)
def test_parse_release_like_text_gives_a_valid_article(text: str) -> None:
    """parse() on jumbled release fragments returns an Article whose dict validates."""
    _check_article(text)


@pytest.mark.parametrize("value", [b"bytes", None, 42, ["a list"]])
def test_parse_refuses_what_is_not_str(value: Any) -> None:
    """parse() given bytes or anything else raises ParseError, not TypeError."""
    with pytest.raises(ParseError, match="takes the release as str"):
        pressdoc.parse(value)


def test_every_public_exception_derives_from_the_base() -> None:
    """Every exception class in pressdoc.errors is a PressdocError."""
    classes = [
        obj for _, obj in inspect.getmembers(errors, inspect.isclass) if issubclass(obj, BaseException)
    ]
    assert classes
    for cls in classes:
        assert issubclass(cls, PressdocError), cls


def outcome(kind: type[Exception], call: Callable[[], object]) -> object:
    """What ``call()`` returns, or the ``kind`` exception it raised; any other exception escapes."""
    try:
        return call()
    except kind as exc:
        return exc


@SETTINGS
@given(JSON_VALUES)
def test_validate_any_json_value_returns_or_raises_its_own_error(value: Any) -> None:
    """validate() on any JSON value returns None or raises SchemaValidationError, nothing else."""
    result = outcome(SchemaValidationError, lambda: pressdoc.validate(value))
    assert result is None or (isinstance(result, SchemaValidationError) and result.problems)


@SETTINGS
@given(articles(), st.data())
def test_validate_any_damaged_article_raises_only_its_own_error(
    article: pressdoc.Article, data: st.DataObject
) -> None:
    """A valid Article dict with one value replaced by any JSON value: None or SchemaValidationError."""
    doc = pressdoc.to_dict(article)
    key = data.draw(st.sampled_from(sorted(doc)))
    doc[key] = data.draw(JSON_VALUES)
    checked = outcome(SchemaValidationError, lambda: pressdoc.validate(doc))
    assert checked is None or isinstance(checked, SchemaValidationError)
    loaded = outcome(SchemaValidationError, lambda: pressdoc.from_dict(doc))
    assert isinstance(loaded, pressdoc.Article | SchemaValidationError)


@SETTINGS
@given(JSON_VALUES)
def test_from_dict_any_json_value_raises_only_its_own_error(value: Any) -> None:
    """from_dict() on any JSON value returns an Article or raises SchemaValidationError."""
    loaded = outcome(SchemaValidationError, lambda: pressdoc.from_dict(value))
    assert isinstance(loaded, pressdoc.Article | SchemaValidationError)


@SETTINGS
@given(st.binary(max_size=300) | st.text(max_size=300))
def test_loads_any_input_raises_only_its_own_error(raw: bytes | str) -> None:
    """loads() on any bytes or text returns an Article or raises SchemaValidationError."""
    loaded = outcome(SchemaValidationError, lambda: pressdoc.loads(raw))
    assert isinstance(loaded, pressdoc.Article | SchemaValidationError)


def test_loads_deep_nesting_is_an_error_not_a_recursion_error() -> None:
    """100k nested arrays: SchemaValidationError, never RecursionError."""
    with pytest.raises(SchemaValidationError):
        pressdoc.loads("[" * 100_000 + "]" * 100_000)


@SETTINGS
@given(st.binary(max_size=600), st.sampled_from(["strict", "replace"]), st.sampled_from(["utf-8", "latin-1"]))
def test_decode_any_bytes_gives_text_or_input_error(raw: bytes, errors_mode: str, encoding: str) -> None:
    """Reading any bytes as a release gives a str or a one-line InputError naming the file."""
    result = outcome(InputError, lambda: decode(raw, "r.txt", encoding=encoding, errors=errors_mode))
    if isinstance(result, InputError):
        message = str(result)
        assert message.startswith("r.txt: ")
        assert "\n" not in message
    else:
        assert isinstance(result, str)
        json.dumps(result)


def test_from_dict_refuses_what_validate_refuses() -> None:
    """from_dict() must not build an Article from a document validate() rejects."""
    doc = pressdoc.to_dict(pressdoc.parse("Headline\n\nBody."))
    for version in ("4.0", "1).0"):
        broken = {**doc, "schema_version": version}
        with pytest.raises(SchemaValidationError):
            pressdoc.validate(broken)
        with pytest.raises(SchemaValidationError):
            pressdoc.from_dict(broken)
