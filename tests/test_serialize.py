"""Round trips through dicts, JSON and JSON Lines, and rejection of broken dicts."""

from __future__ import annotations

import copy
import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressdoc
from pressdoc.errors import SchemaValidationError
from tests.strategies import articles


@given(articles())
def test_json_round_trip_is_exact(article: pressdoc.Article) -> None:
    """loads(dumps(a)) gives back the very same Article."""
    assert pressdoc.loads(pressdoc.dumps(article)) == article


@given(articles())
def test_dict_round_trip_is_exact(article: pressdoc.Article) -> None:
    """from_dict(to_dict(a)) == a, and to_dict is plain JSON data."""
    data = pressdoc.to_dict(article)
    assert json.loads(json.dumps(data)) == data
    assert pressdoc.from_dict(data) == article


@given(articles())
def test_every_built_article_validates(article: pressdoc.Article) -> None:
    """The dict of any Article the model accepts satisfies schema and semantic checks."""
    assert list(pressdoc.iter_errors(pressdoc.to_dict(article))) == []


@given(articles())
def test_dumps_is_deterministic(article: pressdoc.Article) -> None:
    """Serializing twice gives the same string, and the first key is the version."""
    text = pressdoc.dumps(article)
    assert text == pressdoc.dumps(article)
    assert text.startswith('{"schema_version":"1.0"')


@given(st.lists(articles(), max_size=5))
def test_jsonl_round_trip_streams(batch: list[pressdoc.Article]) -> None:
    """write_jsonl then iter_jsonl gives back every Article in order."""
    buffer = io.StringIO()
    assert pressdoc.write_jsonl(iter(batch), buffer) == len(batch)
    buffer.seek(0)
    assert list(pressdoc.iter_jsonl(buffer)) == batch


def _required_fields() -> list[str]:
    return [
        "schema_version", "id", "source", "language", "title", "dateline",
        "published", "paragraphs", "quotes", "commitments", "contacts",
    ]  # fmt: skip


@given(articles(), st.sampled_from(_required_fields()))
def test_removed_field_is_rejected_at_its_path(article: pressdoc.Article, field: str) -> None:
    """A dict missing a required key fails, and the problem names the key."""
    data = pressdoc.to_dict(article)
    del data[field]
    with pytest.raises(SchemaValidationError) as info:
        pressdoc.from_dict(data)
    assert any(field in p.message for p in info.value.problems)


def _break(data: dict[str, Any], how: str) -> tuple[str | int, ...]:
    """Break ``data`` in place; return the path the error must carry."""
    if how == "type":
        data["title"] = 42
        return ("title",)
    if how == "date":
        data["published"] = "2019-02-30"
        return ("published",)
    if how == "role":
        data["paragraphs"] = [{"text": "", "start": 0, "end": 0, "role": "footer"}]
        return ("paragraphs", 0, "role")
    data["paragraphs"] = [{"text": "x", "start": 0, "end": len(data["source"]) + 5, "role": "body"}]
    return ("paragraphs", 0, "end")


@given(articles(), st.sampled_from(["type", "date", "role", "span"]))
def test_broken_dict_is_rejected_with_the_right_path(article: pressdoc.Article, how: str) -> None:
    """A wrong type, an impossible date, a bad enum or a span past the end is caught where it is."""
    data = copy.deepcopy(pressdoc.to_dict(article))
    path = _break(data, how)
    problems = list(pressdoc.iter_errors(data))
    assert path in [p.path for p in problems]
    with pytest.raises(SchemaValidationError):
        pressdoc.from_dict(data)


def test_yesterday_is_not_a_date() -> None:
    """Formats are checked: 'yesterday' is not an ISO date."""
    data = pressdoc.to_dict(pressdoc.parse("Title\n\nBody."))
    data["published"] = "yesterday"
    assert [p.json_path for p in pressdoc.iter_errors(data)] == ["$.published"]


def test_coercion_is_refused() -> None:
    """A string offset is an error, not something cattrs quietly converts."""
    data = pressdoc.to_dict(pressdoc.parse("Title\n\nBody."))
    data["paragraphs"][0]["start"] = "0"
    with pytest.raises(SchemaValidationError) as info:
        pressdoc.from_dict(data)
    assert info.value.problems[0].json_path == "$.paragraphs[0].start"


def test_jsonl_error_names_the_line() -> None:
    """A bad record in JSON Lines raises with its line number."""
    good = pressdoc.dumps(pressdoc.parse("Title\n\nBody."))
    stream = io.StringIO(good + "\n" + '{"schema_version": "1.0"}\n')
    reader = pressdoc.iter_jsonl(stream)
    assert next(reader).title == "Title"
    with pytest.raises(SchemaValidationError) as info:
        next(reader)
    assert {p.line for p in info.value.problems} == {2}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"a": NaN}', "json.constant"),
        ('{"a": 1, "a": 2}', "json.duplicate_key"),
        ('{"a": ', "json.syntax"),
        ("[" * 100_000 + "]" * 100_000, "json.depth"),
        (b"\xff\xfe{", "json.encoding"),
    ],
)
def test_loads_rejects_bad_json_with_a_code(text: str | bytes, code: str) -> None:
    """NaN, duplicate keys, truncation, runaway nesting and bad bytes are problems, not crashes."""
    with pytest.raises(SchemaValidationError) as info:
        pressdoc.loads(text)
    assert info.value.problems[0].code == code
