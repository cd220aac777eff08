"""Strict JSON reading: no NaN/Infinity, no duplicate keys, no runaway nesting.

``json.loads`` accepts things JSON forbids (``NaN``, ``Infinity``) and silently keeps
the last of two equal keys; a validator that reads through it would pass documents
other tools reject or read differently. :func:`load_json` turns each of those, and
every other reason a text is not one JSON value, into a :class:`Problem`.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from pressdoc._problem import Problem
from pressdoc.errors import SchemaValidationError

__all__ = ["load_json"]


def _fail(code: str, msg: str, line: int | None = None) -> NoReturn:
    raise SchemaValidationError([Problem(code, msg, (), line)])


def _reject_constant(name: str) -> NoReturn:
    _fail("json.constant", f"{name} is not valid JSON (JSON numbers are finite)")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # dict() runs in C; only a length mismatch pays for finding the culprit.
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                _fail(
                    "json.duplicate_key", f"duplicate key {json.dumps(key, ensure_ascii=False)} in an object"
                )
            seen.add(key)
    return out


# One decoder for every call: json.loads(text, **hooks) would build a new one each time.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)


def load_json(text: str | bytes) -> Any:
    """Parse one JSON document strictly; raise SchemaValidationError saying why not.

    A syntax error's problem carries the line of ``text`` it is on.
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            _fail("json.encoding", f"not UTF-8: invalid byte 0x{text[exc.start]:02x} at offset {exc.start}")
    elif text.startswith("\ufeff"):
        text = text[1:]
    try:
        return _DECODER.decode(text)
    except SchemaValidationError:
        raise  # from the hooks above: a ValueError too, but already explained
    except json.JSONDecodeError as exc:
        if not text.strip():
            _fail("json.syntax", "empty input: no JSON value", exc.lineno)
        # One-line texts (a JSON Lines record) get no "line 1": the caller knows the line.
        where = f"line {exc.lineno} column {exc.colno}" if "\n" in text.strip() else f"column {exc.colno}"
        _fail("json.syntax", f"malformed JSON at {where}: {exc.msg}", exc.lineno)
    except RecursionError:
        _fail("json.depth", "JSON nested too deeply to read")
    except ValueError as exc:
        # Only an integer too long for int() gets here (Python's 4300-digit guard).
        _fail("json.number", f"a number cannot be read: {exc}")
