"""The fast reader of :func:`pressdoc.loads` agrees with the strict one on every input.

``loads`` first tries msgspec and keeps the result only if re-encoding it gives back
the input bytes; everything else goes through strict JSON, cattrs and the validator.
These tests hold the two to the same answers: the same Article, or the same problems.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import pressdoc
from pressdoc._jsonio import load_json
from pressdoc.errors import SchemaValidationError
from pressdoc.serialize import _fast_loads
from tests.strategies import articles

RELEASE = (
    "Fenwick Rail Orders 40 Hybrid Trains\n\n"
    "LEEDS, England, May 4, 2026 /PRNewswire/ -- Fenwick Rail will put 40 hybrid "
    "trains into service by the end of 2027.\n\n"
    '"Passengers have waited long enough," said Orla Brennan, chief executive of Fenwick Rail.\n'
)


def _strict(text: str | bytes) -> pressdoc.Article:
    """What the strict reader alone makes of ``text``."""
    return pressdoc.from_dict(load_json(text))


def _outcome(read: Any, text: str | bytes) -> tuple[str, Any]:
    try:
        return ("article", read(text))
    except SchemaValidationError as exc:
        return ("problems", [(p.code, p.path) for p in exc.problems])


@given(articles())
def test_own_output_takes_the_fast_path(article: pressdoc.Article) -> None:
    """What dumps writes is read back by the fast reader, not the slow one."""
    assert _fast_loads(pressdoc.dumps(article).encode("utf-8")) == article


def test_a_parsed_release_takes_the_fast_path() -> None:
    """A real parse result (quotes, commitments, deadlines) round-trips through the fast reader."""
    article = pressdoc.parse(RELEASE)
    assert article.quotes
    assert article.commitments
    assert _fast_loads(pressdoc.dumps(article).encode("utf-8")) == article


_MUTATIONS = (
    "pretty",
    "spaced",
    "drop_key",
    "extra_key",
    "extra_nested_key",
    "drop_nested_default",
    "duplicate_key",
    "wrong_type",
    "bool_offset",
    "float_offset",
    "reordered",
    "escaped",
    "bom",
    "bad_span",
    "bad_enum",
)


def _mutate(article: pressdoc.Article, how: str) -> str | bytes:
    """The JSON of ``article`` changed in one way a real file might differ from ours."""
    text = pressdoc.dumps(article)
    data = pressdoc.to_dict(article)
    if how == "pretty":
        return pressdoc.dumps(article, indent=2)
    if how == "spaced":
        return json.dumps(data, ensure_ascii=False)
    if how == "drop_key":
        del data["language"]
    elif how == "extra_key":
        data["comment"] = "added by hand"
    elif how == "extra_nested_key" and data["paragraphs"]:
        data["paragraphs"][0]["note"] = None
    elif how == "drop_nested_default" and data["paragraphs"]:
        del data["paragraphs"][0]["role"]
    elif how == "duplicate_key":
        return text.replace('{"schema_version":', '{"title":null,"schema_version":', 1)
    elif how == "wrong_type":
        data["language"] = 7
    elif how == "bool_offset" and data["paragraphs"]:
        data["paragraphs"][0]["start"] = False
    elif how == "float_offset" and data["paragraphs"]:
        data["paragraphs"][0]["end"] = float(data["paragraphs"][0]["end"])
    elif how == "reordered":
        data = dict(reversed(data.items()))
    elif how == "escaped":
        return json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    elif how == "bom":
        return "\ufeff" + text
    elif how == "bad_span" and data["paragraphs"]:
        data["paragraphs"][0]["end"] = len(data["source"]) + 1
    elif how == "bad_enum" and data["paragraphs"]:
        data["paragraphs"][0]["role"] = "footer"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@given(articles(), st.sampled_from(_MUTATIONS), st.booleans())
@example(pressdoc.parse(RELEASE), "duplicate_key", False)
@example(pressdoc.parse(RELEASE), "drop_nested_default", True)
def test_fast_and_strict_readers_agree(article: pressdoc.Article, how: str, as_bytes: bool) -> None:
    """On any variant of a document, loads gives what the strict reader gives."""
    text = _mutate(article, how)
    if as_bytes and isinstance(text, str):
        text = text.encode("utf-8")
    assert _outcome(pressdoc.loads, text) == _outcome(_strict, text)


@pytest.mark.parametrize("how", ["drop_nested_default", "extra_nested_key", "duplicate_key"])
def test_documents_the_fast_reader_would_accept_are_still_refused(how: str) -> None:
    """msgspec alone would fill in a default, skip an unknown key or keep one of two; loads refuses."""
    text = _mutate(pressdoc.parse(RELEASE), how)
    with pytest.raises(SchemaValidationError):
        pressdoc.loads(text)


def test_a_lone_surrogate_round_trips_through_the_slow_paths() -> None:
    """A str built in Python may hold a lone surrogate: no UTF-8 form, so both fast paths step aside."""
    article = pressdoc.parse("Title \ud800\n\nBody text.")
    text = pressdoc.dumps(article)
    assert "\ud800" in text
    assert pressdoc.loads(text) == article
