"""Articles to and from JSON: dicts, strings and streaming JSON Lines.

Two readers share one meaning. The fast one decodes with msgspec straight into the
model (types, enums and every model invariant checked on the way) and accepts the
result only if encoding it again gives back the exact input bytes: that proves the
document had every key, no unknown or repeated key, and nothing the strict reader
would have read differently. Anything else (pretty-printed JSON, JSON from other
tools, invalid documents) goes to the strict reader: strict JSON, then cattrs with
no coercion and exact keys, then the validator to say what is wrong and where.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs
import cattrs
import msgspec
from cattrs.gen import make_dict_structure_fn

from pressdoc._model import Article, Commitment, Contact, Dateline, Paragraph, Quote
from pressdoc._problem import Problem
from pressdoc.errors import PressdocError, SchemaValidationError

__all__ = ["dumps", "from_dict", "iter_jsonl", "loads", "to_dict", "write_jsonl"]


class _Document(msgspec.Struct, forbid_unknown_fields=True):
    """An Article's fields in contract key order: what msgspec reads and writes."""

    schema_version: str
    id: str
    language: str
    title: str | None
    dateline: Dateline | None
    published: str | None
    source: str
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    commitments: tuple[Commitment, ...]
    contacts: tuple[Contact, ...]


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(_Document)
# Failures the fast reader may meet; each sends the text to the strict reader.
_FAST_READ_FAILURES = (msgspec.MsgspecError, PressdocError, ValueError, TypeError)


def _document(article: Article) -> _Document:
    a = article
    return _Document(
        a.schema_version,
        a.id,
        a.language,
        a.title,
        a.dateline,
        a.published,
        a.source,
        a.paragraphs,
        a.quotes,
        a.commitments,
        a.contacts,
    )


def _fast_loads(text: str | bytes) -> Article | None:
    """The Article if ``text`` is exactly how :func:`dumps` writes a valid one, else None."""
    try:
        document = _DECODER.decode(text)
        article = Article(
            source=document.source,
            title=document.title,
            dateline=document.dateline,
            published=document.published,
            paragraphs=document.paragraphs,
            quotes=document.quotes,
            commitments=document.commitments,
            contacts=document.contacts,
            language=document.language,
            id=document.id,
            schema_version=document.schema_version,
        )
        # Decoding a str left its UTF-8 form cached inside it, so this is a copy.
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    except _FAST_READ_FAILURES:
        return None
    return article if _ENCODER.encode(document) == data else None


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
    data: dict[str, Any] = msgspec.to_builtins(_document(article))
    # to_builtins keeps tuples; JSON-ready data has lists.
    for key in ("paragraphs", "quotes", "commitments", "contacts"):
        data[key] = list(data[key])
    return data


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
    """The Article as a JSON string (deterministic: same Article, same bytes).

    Compact unless ``indent`` is given; non-ASCII characters are written as they are.
    """
    try:
        encoded = _ENCODER.encode(_document(article))
    except UnicodeEncodeError:
        # A lone surrogate (only from a str built in Python, never from a decoded
        # file) has no UTF-8 form; the stdlib writes it as it is, as before.
        separators = (",", ":") if indent is None else (",", ": ")
        return json.dumps(to_dict(article), ensure_ascii=False, indent=indent, separators=separators)
    if indent is not None:
        encoded = msgspec.json.format(encoded, indent=indent)
    return encoded.decode("utf-8")


def loads(text: str | bytes) -> Article:
    """Parse Article JSON; raise SchemaValidationError if it is not a valid Article."""
    from pressdoc._jsonio import load_json

    article = _fast_loads(text)
    if article is not None:
        return article
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
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield loads(line.rstrip("\r\n"))
        except SchemaValidationError as exc:
            problems = [Problem(p.code, p.message, p.path, number) for p in exc.problems]
            raise SchemaValidationError(problems) from exc
