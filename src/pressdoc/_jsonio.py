"""Strict JSON reading: no NaN/Infinity, no duplicate keys, no runaway nesting."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from pressdoc._problem import Problem
from pressdoc.errors import SchemaValidationError


def _fail(code: str, msg: str) -> NoReturn:
    raise SchemaValidationError([Problem(code, msg)])


def _reject_constant(name: str) -> NoReturn:
    _fail("json.constant", f"{name} is not valid JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            _fail("json.duplicate_key", f"duplicate key {key!r} in an object")
        out[key] = value
    return out


def load_json(text: str | bytes) -> Any:
    """Parse one JSON document strictly; raise SchemaValidationError saying why not."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            _fail("json.encoding", f"not UTF-8: invalid byte at offset {exc.start}")
    elif text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        _fail("json.syntax", f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
    except RecursionError:
        _fail("json.depth", "JSON nested too deeply to read")
