"""Validate Article documents: the JSON Schema, then what a schema cannot say.

``iter_errors`` is lazy and yields every :class:`Problem`; ``validate`` is eager and
raises one :class:`SchemaValidationError` carrying all of them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from pressdoc._problem import Problem
from pressdoc._schemas import ARTICLE_SCHEMA, load_schema
from pressdoc.errors import SchemaValidationError, UnknownSchemaVersionError

__all__ = ["Problem", "iter_errors", "validate"]

#: Major contract versions this pressdoc reads, and the schema for each.
SCHEMAS_BY_MAJOR: dict[str, str] = {"1": ARTICLE_SCHEMA}

_VERSION = re.compile(r"(\d+)\.(\d+)\Z")


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema
    import referencing
    import referencing.exceptions
    from referencing.jsonschema import DRAFT202012

    def refuse_remote(uri: str) -> referencing.Resource[Any]:
        # A schema must never make pressdoc reach the network.
        raise referencing.exceptions.NoSuchResource(ref=uri)  # type: ignore[call-arg]

    schema = load_schema(name)
    resource = referencing.Resource.from_contents(schema, default_specification=DRAFT202012)
    empty: referencing.Registry[Any] = referencing.Registry(retrieve=refuse_remote)  # type: ignore[call-arg]
    registry = empty.with_resource(schema["$id"], resource)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def _schema_for(doc: dict[str, Any]) -> str | Problem:
    version = doc.get("schema_version")
    if not isinstance(version, str) or not (m := _VERSION.match(version)):
        known = ", ".join(f"{major}.x" for major in SCHEMAS_BY_MAJOR)
        return Problem(
            "version.invalid",
            f"schema_version must be a string MAJOR.MINOR such as '1.0' (known: {known}); got {version!r}",
            ("schema_version",),
        )
    name = SCHEMAS_BY_MAJOR.get(m.group(1))
    if name is None:
        known = ", ".join(f"{major}.x" for major in SCHEMAS_BY_MAJOR)
        return Problem(
            "version.unknown",
            f"schema_version {version!r} is not one this pressdoc reads (known: {known}); upgrade pressdoc",
            ("schema_version",),
        )
    return name


def _schema_problems(doc: Any, name: str) -> Iterator[Problem]:
    errors = sorted(_validator(name).iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        yield Problem(f"schema.{error.validator}", _message(error), tuple(error.absolute_path))


def _message(error: Any) -> str:
    if error.validator == "oneOf" and error.context:
        # "is not valid under any of the given schemas" hides the useful part:
        # report the branch that got furthest.
        best = max(error.context, key=lambda e: len(e.absolute_path))
        return str(best.message)
    return str(error.message)


def _span_problems(doc: dict[str, Any]) -> Iterator[Problem]:
    source = doc["source"]
    size = len(source)

    def check(obj: dict[str, Any], path: tuple[str | int, ...]) -> Iterator[Problem]:
        start, end = obj["start"], obj["end"]
        if start > end:
            yield Problem("span.order", f"start {start} is after end {end}", (*path, "start"))
        elif end > size:
            yield Problem("span.bounds", f"end {end} is past the end of the source ({size})", (*path, "end"))
        elif source[start:end] != obj["text"]:
            found = source[start:end][:40]
            yield Problem(
                "span.mismatch",
                f"text does not match source[{start}:{end}] ({found!r})",
                (*path, "text"),
            )

    if doc["dateline"] is not None:
        yield from check(doc["dateline"], ("dateline",))
    previous_end = 0
    for i, p in enumerate(doc["paragraphs"]):
        yield from check(p, ("paragraphs", i))
        if p["start"] < previous_end:
            yield Problem(
                "paragraphs.order",
                f"paragraph starts at {p['start']}, before the previous one ends ({previous_end})",
                ("paragraphs", i, "start"),
            )
        if p["end"] <= size:
            previous_end = max(previous_end, p["end"])
    quote_ids: set[str] = set()
    for i, q in enumerate(doc["quotes"]):
        yield from check(q, ("quotes", i))
        if q["id"] in quote_ids:
            yield Problem("id.duplicate", f"quote id {q['id']!r} is used twice", ("quotes", i, "id"))
        quote_ids.add(q["id"])
    commitment_ids: set[str] = set()
    for i, c in enumerate(doc["commitments"]):
        yield from check(c, ("commitments", i))
        if c["id"] in commitment_ids:
            msg = f"commitment id {c['id']!r} is used twice"
            yield Problem("id.duplicate", msg, ("commitments", i, "id"))
        commitment_ids.add(c["id"])
        if c["quote"] is not None and c["quote"] not in quote_ids:
            yield Problem("ref.quote", f"no quote has the id {c['quote']!r}", ("commitments", i, "quote"))
        if c["deadline"] is not None:
            yield from check(c["deadline"], ("commitments", i, "deadline"))
            yield from _deadline_problems(c["deadline"], ("commitments", i, "deadline"))
    for i, k in enumerate(doc["contacts"]):
        yield from check(k, ("contacts", i))


def _deadline_problems(deadline: dict[str, Any], path: tuple[str | int, ...]) -> Iterator[Problem]:
    date, granularity = deadline["date"], deadline["granularity"]
    if date is None:
        return
    if granularity == "vague":
        yield Problem("deadline.granularity", f"a vague deadline has no date; got {date!r}", (*path, "date"))
        return
    import calendar
    import datetime as dt

    day = dt.date.fromisoformat(date)
    month_end = calendar.monthrange(day.year, day.month)[1]
    expected_last = {
        "month": day.day == month_end,
        "quarter": day.month % 3 == 0 and day.day == month_end,
        "year": day.month == 12 and day.day == 31,
    }.get(granularity, True)
    if not expected_last:
        msg = f"a {granularity} deadline's date is the last day of its {granularity}; got {date!r}"
        yield Problem("deadline.granularity", msg, (*path, "date"))


def iter_errors(doc: Any) -> Iterator[Problem]:
    """Yield every problem of ``doc`` (a decoded JSON value), lazily, in document order."""
    if not isinstance(doc, dict):
        yield Problem("document.type", f"an Article document is a JSON object, not {_json_type(doc)}")
        return
    name = _schema_for(doc)
    if isinstance(name, Problem):
        yield name
        return
    schema_ok = True
    for problem in _schema_problems(doc, name):
        schema_ok = False
        yield problem
    if schema_ok:
        # Semantic checks read fields the schema guarantees; after a schema error
        # they could only repeat it or trip over it.
        yield from _span_problems(doc)


def validate(doc: Any) -> None:
    """Raise SchemaValidationError with every problem of ``doc``; return None if valid."""
    problems = list(iter_errors(doc))
    if not problems:
        return
    if any(p.code == "version.unknown" for p in problems):
        raise UnknownSchemaVersionError(problems)
    raise SchemaValidationError(problems)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    for kind, name in names.items():
        if type(value) is kind:
            return name
    return "a number" if isinstance(value, int | float) else type(value).__name__
