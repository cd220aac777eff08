"""The ninjs 3.1 export validates against IPTC's schema and carries the header."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

import pressdoc
from tests.strategies import articles

NINJS_SCHEMA = json.loads(
    (Path(__file__).parent / "fixtures" / "ninjs" / "ninjs-schema_3.1.json").read_text("utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(
    NINJS_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

RELEASE = """\
Harbor Foods Opens Distribution Center

New site adds 200 jobs

TOLEDO, Ohio, May 4, 2026 /PRNewswire/ -- Harbor Foods Inc. today opened a distribution center.

"This is a big day for Toledo," said Ana Ruiz, chief executive officer of Harbor Foods.

About Harbor Foods
Harbor Foods distributes groceries across the Midwest.
"""


def _errors(item: dict[str, object]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(item)]


def test_release_exports_valid_ninjs() -> None:
    """A parsed release exports to a ninjs item that IPTC's schema accepts."""
    item = pressdoc.to_ninjs(pressdoc.parse(RELEASE))
    assert _errors(item) == []
    assert item["type"] == "text"
    assert item["uri"].startswith("urn:pressdoc:pd-")
    assert "distribution center" in item["bodies"][0]["value"]


@given(articles())
def test_any_article_exports_valid_ninjs(article: pressdoc.Article) -> None:
    """Whatever the Article holds, its ninjs export validates."""
    assert _errors(pressdoc.to_ninjs(article)) == []


def test_export_is_deterministic() -> None:
    """The same release gives the same ninjs bytes."""
    article = pressdoc.parse(RELEASE)
    assert json.dumps(pressdoc.to_ninjs(article)) == json.dumps(pressdoc.to_ninjs(pressdoc.parse(RELEASE)))


@pytest.mark.parametrize("published", ["2026-05-04", None])
def test_published_becomes_content_created(published: str | None) -> None:
    """The release date maps to contentCreated, and is left out when unknown."""
    article = pressdoc.Article(source="x", published=published)
    item = pressdoc.to_ninjs(article)
    assert item.get("contentCreated") == (f"{published}T00:00:00Z" if published else None)
