"""Articles to and from JSON: dicts, strings and streaming JSON Lines.

Structure and unstructure are cattrs' job; this module only fixes the key order
and turns cattrs' and attrs' failures into :class:`SchemaValidationError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn

from pressdoc._model import Article
from pressdoc._problem import Problem
from pressdoc.errors import PressdocError, SchemaValidationError

__all__ = ["dumps", "from_dict", "iter_jsonl", "loads", "to_dict", "write_jsonl"]

_KEY_ORDER = (
    "schema_version",
    "id",
    "language",
    "title",
    "dateline",
    "published",
    "source",
    "paragraphs",
    "quotes",
    "commitments",
    "contacts",
)

_converter = cattrs.Converter(detailed_validation=False)
_converter.register_unstructure_hook(tuple, list)


def _strict(kind: type[Any]) -> Any:
    # cattrs coerces by default (str(5) == "5"); a document with a wrong type is
    # invalid, not something to repair silently.
    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            msg = f"expected {kind.__name__}, got {type(value).__name__}"
            raise TypeError(msg)
        return value

    return structure


for _kind in (str, int, bool):
    _converter.register_structure_hook(_kind, _strict(_kind))


def _exact_keys(cls: type[Any]) -> Any:
    # The contract requires every key, even those the model has defaults for, so a
    # document missing one is invalid rather than silently completed.
    names = frozenset(field.name for field in attrs.fields(cls))
    structure_fields = make_dict_structure_fn(cls, _converter)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict or value.keys() != names:
            msg = f"{cls.__name__} needs exactly the keys {sorted(names)}"
            raise TypeError(msg)
        return structure_fields(value, cls)

    return structure


_converter.register_structure_hook_factory(attrs.has, _exact_keys)


def to_dict(article: Article) -> dict[str, Any]:
    """The Article as plain JSON-ready data, keys in contract order."""
    raw: dict[str, Any] = _converter.unstructure(article)
    return {key: raw[key] for key in _KEY_ORDER}


def from_dict(data: Any) -> Article:
    """Build an Article from its dict; raise SchemaValidationError naming every problem."""
    try:
        article: Article = _converter.structure(data, Article)
    except (
        PressdocError,
        cattrs.errors.CattrsError,
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
    ) as exc:
        # The fast path only says that something is wrong; the validator says
        # what and where.
        from pressdoc.validate import iter_errors

        problems = list(iter_errors(data))
        if not problems:
            problems = [Problem("model.invariant", str(exc))]
        raise SchemaValidationError(problems) from exc
    return article


def dumps(article: Article, *, indent: int | None = None) -> str:
    """The Article as a JSON string (deterministic: same Article, same bytes)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Article:
    """Parse Article JSON; raise SchemaValidationError if it is not a valid Article."""
    from pressdoc._jsonio import load_json

    return from_dict(load_json(text))


def write_jsonl(articles: Iterable[Article], stream: IO[str]) -> int:
    """Write one Article per line, as they come; return how many were written."""
    count = 0
    for article in articles:
        stream.write(dumps(article))
        stream.write("\n")
        count += 1
    return count


def iter_jsonl(stream: IO[str]) -> Iterator[Article]:
    """Read Articles from JSON Lines one at a time; a bad line raises with its number."""
    from pressdoc._jsonio import load_json

    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield from_dict(load_json(line))
        except SchemaValidationError as exc:
            problems = [Problem(p.code, p.message, p.path, number) for p in exc.problems]
            raise SchemaValidationError(problems) from exc
