"""The schema backends agree: the compiled checker with jsonschema, jsonschema-rs with both.

The differential tests need the ``fast`` extra (``pip install 'pressdoc[fast]'``) and
are skipped without it; the compiled checker's tests always run.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressdoc
from pressdoc._backends import (
    JsonschemaBackend,
    _python_validator,
    _reject_year_zero,
    available_backends,
    compile_check,
)
from pressdoc._schemas import ARTICLE_SCHEMA, load_schema
from tests.test_validate import article_dict, json_values

HAS_RUST = "jsonschema-rs" in available_backends()
needs_rust = pytest.mark.skipif(not HAS_RUST, reason="jsonschema-rs is not installed (pressdoc[fast])")

SCHEMA = load_schema(ARTICLE_SCHEMA)
REFERENCE = _python_validator(SCHEMA)
COMPILED = compile_check(SCHEMA)


def _paths(doc: dict[str, Any]) -> list[tuple[str | int, ...]]:
    """The path of every value inside ``doc``."""
    found: list[tuple[str | int, ...]] = []

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        found.append(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*path, i))

    walk(doc, ())
    return found


def _edit(doc: dict[str, Any], path: tuple[str | int, ...], action: str, value: Any) -> None:
    parent: Any = doc
    for part in path[:-1]:
        parent = parent[part]
    key = path[-1]
    if action == "delete":
        del parent[key]
    elif action == "replace":
        parent[key] = value
    elif isinstance(parent[key], dict):
        parent[key]["extra"] = value
    elif isinstance(parent[key], list):
        parent[key].append(value)
    else:
        parent[key] = value


# Values that hit the edges of the schema: near-miss types, dates, patterns, enums.
EDGE_VALUES = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        3.0,
        2.5,
        10**30,
        "",
        "body",
        "direct",
        "month",
        "will",
        "en",
        "en-GB",
        "en\n",
        "1.0",
        "2019-02-30",
        "2020-02-29",
        "0000-01-01",
        "--02-29",
        "--13-01",
        "2026-1-05",
        "\ud800",
        [],
        {},
    ]
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid Article dict with one to three random edits (delete, replace, add)."""
    doc = article_dict()
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["delete", "replace", "replace", "add"]))
        value = draw(EDGE_VALUES | json_values)
        _edit(doc, path, action, copy.deepcopy(value))
    return doc


@given(doc=mutated_documents())
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_compiled_checker_agrees_with_jsonschema(doc: dict[str, Any]) -> None:
    """The compiled fast path says valid exactly when jsonschema does."""
    assert COMPILED is not None
    assert COMPILED(doc) == REFERENCE.is_valid(doc)


@given(value=json_values)
@settings(max_examples=300, deadline=None)
def test_compiled_checker_agrees_on_any_json_value(value: Any) -> None:
    """On arbitrary JSON values too."""
    assert COMPILED is not None
    assert COMPILED(value) == REFERENCE.is_valid(value)


def test_compiler_declines_keywords_it_does_not_implement() -> None:
    """A schema using an unimplemented keyword gets no compiled check (jsonschema then decides)."""
    assert compile_check({"type": "object", "patternProperties": {"^x": {"type": "string"}}}) is None
    assert compile_check({"type": "string", "format": "email"}) is None
    assert compile_check({"$ref": "https://example.invalid/x.json"}) is None
    assert compile_check({"type": "string", "minLength": 2}) is not None


def test_compiler_handles_recursive_definitions() -> None:
    """A $defs entry that refers to itself compiles and checks nested values."""
    schema = {
        "$defs": {
            "tree": {
                "type": "object",
                "properties": {"kids": {"type": "array", "items": {"$ref": "#/$defs/tree"}}},
            }
        },
        "$ref": "#/$defs/tree",
    }
    check = compile_check(schema)
    assert check is not None
    assert check({"kids": [{"kids": []}, {}]})
    assert not check({"kids": [{"kids": [3]}]})


def test_patterns_anchor_at_the_very_end() -> None:
    """ "$" in a schema pattern is the end of the string, as in ECMA-262, not before a final newline."""
    backend = JsonschemaBackend(ARTICLE_SCHEMA)
    doc = article_dict()
    doc["language"] = "en\n"
    assert not backend.is_valid(doc)
    assert [p.code for p in backend.problems(doc)] == ["schema.pattern"]


# --- jsonschema-rs against jsonschema --------------------------------------------


def _both(doc: Any) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    def run(backend: str) -> list[tuple[str, str, str]]:
        return [(p.code, p.json_path, p.message) for p in pressdoc.iter_errors(doc, backend=backend)]

    return run("jsonschema"), run("jsonschema-rs")


BROKEN = {
    "required field removed": lambda d: d.pop("paragraphs"),
    "nested required removed": lambda d: d["commitments"][0]["deadline"].pop("end"),
    "wrong type": lambda d: d["quotes"][0].update(start="5"),
    "wrong type in a union": lambda d: d.update(dateline="BERGEN"),
    "object of the union broken": lambda d: d["dateline"].pop("agency"),
    "bad enum": lambda d: d["paragraphs"][2].update(role="lede"),
    "negative offset": lambda d: d["contacts"][0].update(end=-3),
    "empty id": lambda d: d["quotes"][0].update(id=""),
    "impossible date": lambda d: d.update(published="2019-02-30"),
    "year zero": lambda d: d.update(published="0000-01-01"),
    "not a date": lambda d: d["commitments"][0]["deadline"].update(date="next June"),
    "dateline date neither form": lambda d: d["dateline"].update(date="--13-01"),
    "pattern with trailing newline": lambda d: d.update(language="en\n"),
    "unknown property": lambda d: d["commitments"][1]["actor"].update(gender="n/a"),
    "boolean as integer": lambda d: d["paragraphs"][0].update(start=True),
    "several at once": lambda d: (d.pop("title"), d["quotes"][0].update(kind="paraphrase"), d.update(x=1)),
    "span mismatch": lambda d: d["quotes"][0].update(text="Other words"),
    "lone surrogate": lambda d: d.update(title="\ud800"),
}


@needs_rust
@pytest.mark.parametrize("name", sorted(BROKEN))
def test_both_backends_reject_broken_documents_alike(name: str) -> None:
    """jsonschema and jsonschema-rs report the same problems (code, path, message)."""
    doc = article_dict()
    BROKEN[name](doc)
    python, rust = _both(doc)
    assert python == rust
    if name != "lone surrogate":  # a lone surrogate is legal in a JSON string
        assert python


@needs_rust
def test_impossible_date_is_rejected_by_both() -> None:
    """'2019-02-30' fails the date format in both backends, at $.published."""
    doc = article_dict()
    doc["published"] = "2019-02-30"
    python, rust = _both(doc)
    assert [(code, path) for code, path, _ in python] == [("schema.format", "$.published")]
    assert python == rust


@needs_rust
@given(doc=mutated_documents())
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_backends_agree_on_mutated_documents(doc: dict[str, Any]) -> None:
    """On randomly broken Articles both backends give the same problems."""
    python, rust = _both(doc)
    assert python == rust


@needs_rust
@given(value=json_values)
@settings(max_examples=300, deadline=None)
def test_backends_agree_on_any_json_value(value: Any) -> None:
    """On arbitrary JSON values both backends give the same problems."""
    python, rust = _both(value)
    assert python == rust


@needs_rust
def test_values_rust_cannot_convert_fall_back_to_jsonschema() -> None:
    """Nesting deeper than jsonschema-rs accepts is still checked (by jsonschema), not raised."""
    nested: Any = "leaf"
    for _ in range(300):
        nested = {"a": nested}
    doc = article_dict()
    doc["title"] = nested
    python, rust = _both(doc)
    assert python == rust == [("schema.type", "$.title", "an object is not of type null or string")]


def test_year_zero_guard_patches_every_date_format() -> None:
    """Each "format": "date" gets a "not year 0000" beside it; a node with its own "not" declines."""
    patched = _reject_year_zero(SCHEMA)
    assert patched is not None
    assert patched["properties"]["published"]["oneOf"][0]["not"]["pattern"] == "^0000-"
    assert patched["$defs"]["deadline"]["properties"]["date"]["oneOf"][0]["not"]["pattern"] == "^0000-"
    assert "not" not in SCHEMA["properties"]["published"]["oneOf"][0]  # the cached schema is untouched
    assert _reject_year_zero({"type": "string", "format": "date", "not": {"const": "x"}}) is None


@needs_rust
def test_fast_backend_is_used_automatically(monkeypatch: pytest.MonkeyPatch) -> None:
    """With jsonschema-rs installed and nothing forced, auto resolves to it."""
    from pressdoc._backends import ENV_VAR, resolve_backend

    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_backend() == "jsonschema-rs"
    assert resolve_backend("auto") == "jsonschema-rs"
    monkeypatch.setenv(ENV_VAR, "jsonschema")
    assert resolve_backend() == "jsonschema"
    assert resolve_backend("jsonschema-rs") == "jsonschema-rs"  # an argument beats the variable
