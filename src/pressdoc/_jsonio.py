"""Strict JSON reading: no NaN/Infinity, no duplicate keys, no runaway nesting.

``json.loads`` accepts things JSON forbids (``NaN``, ``Infinity``) and silently keeps
the last of two equal keys; a validator that reads through it would pass documents
other tools reject or read differently. :func:`load_json` turns each of those, and
every other reason a text is not one JSON value, into a :class:`Problem`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, NoReturn

import attrs

from pressdoc._problem import Problem
from pressdoc.errors import SchemaValidationError

__all__ = ["load_json", "locate_lines"]


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


# JSON tokens, for locate_lines: strings (no raw newline inside one in valid JSON),
# punctuation, newlines, and runs of anything else (numbers, true/false/null). The
# string's two alternatives begin with different characters, so matching is linear.
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,\n]|[^\s{}\[\]:,"]+')

#: Texts larger than this are not located (each token costs a Python step).
LOCATE_MAX_CHARS = 5_000_000


def locate_lines(text: str, paths: Iterable[tuple[str | int, ...]]) -> dict[tuple[str | int, ...], int]:
    """The 1-based line on which the value at each of ``paths`` starts in ``text``.

    ``text`` must be JSON that :func:`load_json` accepts; paths not found are left out.
    One pass, constant work per token whatever the nesting depth.
    """
    found: dict[tuple[str | int, ...], int] = {}
    if len(text) > LOCATE_MAX_CHARS:
        return found
    # The wanted paths as a trie, so a value's node is one lookup from its parent's
    # (building path tuples per value would be quadratic in the depth).
    root: dict[Any, Any] = {}
    for path in paths:
        branch = root
        for part in path:
            branch = branch.setdefault(part, {})
        branch[_END] = path
    if not root:
        return found
    line = 1
    stack: list[_Frame] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first == "\n":
            line += 1
        elif first == ",":
            top = stack[-1]
            if top.is_object:
                top.expecting_key = True
            else:
                top.child = int(top.child) + 1
        elif first == ":":
            stack[-1].expecting_key = False
        elif first in "}]":
            stack.pop()
        elif first == '"' and stack and stack[-1].expecting_key:
            stack[-1].child = json.loads(token)
        else:
            # A value starts here: a container, a string or a scalar.
            node: dict[Any, Any] | None
            if not stack:
                node = root
            else:
                parent = stack[-1].node
                node = None if parent is None else parent.get(stack[-1].child)
            if node is not None and _END in node:
                found.setdefault(node[_END], line)
            if first == "{":
                stack.append(_Frame(node, "", is_object=True, expecting_key=True))
            elif first == "[":
                stack.append(_Frame(node, 0, is_object=False, expecting_key=False))
    return found


_END = object()  # trie key marking a wanted path's end (never a JSON key or index)


@attrs.define
class _Frame:
    """An open object or array while locate_lines reads through it."""

    node: dict[Any, Any] | None  # its place in the trie of wanted paths, if any
    child: str | int  # the key or index of the value being read
    is_object: bool
    expecting_key: bool
