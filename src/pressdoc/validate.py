"""Validate Article documents: the JSON Schema, then what a schema cannot say.

``iter_errors`` yields every :class:`Problem`; ``validate`` raises one
:class:`SchemaValidationError` carrying all of them. A document is checked in three
steps: its ``schema_version`` picks the schema (an unknown one is explained); the
schema backend (``jsonschema``, or ``jsonschema-rs`` when installed: see
``pressdoc._backends``) checks the shape; then, on a document of the right shape,
the checks no schema can express: spans match the source, paragraphs are ordered and
disjoint, ids are unique, quote references resolve, deadline dates fit their
granularity.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from typing import Any, Final

from pressdoc._backends import describe, finish, get_backend, is_date
from pressdoc._problem import Problem
from pressdoc._schemas import ARTICLE_SCHEMA
from pressdoc.errors import SchemaValidationError, UnknownSchemaVersionError

__all__ = ["KNOWN_VERSIONS", "Problem", "iter_errors", "validate"]

#: For each major contract version this pressdoc reads: its schema file and the
#: newest minor version it knows.
KNOWN_VERSIONS: Final[dict[int, tuple[str, int]]] = {1: (ARTICLE_SCHEMA, 0)}

_VERSION = re.compile(r"([0-9]+)\.([0-9]+)\Z")

Path = tuple[str | int, ...]


def _known() -> str:
    return ", ".join(
        f"{major}.0" if minor == 0 else f"{major}.0 to {major}.{minor}"
        for major, (_, minor) in sorted(KNOWN_VERSIONS.items())
    )


def _schema_for(doc: dict[str, Any]) -> tuple[str, int, int] | Problem:
    if "schema_version" not in doc:
        msg = f"schema_version is missing; this pressdoc reads {_known()}"
        return Problem("version.missing", msg, ())
    version = doc["schema_version"]
    if not isinstance(version, str) or not (m := _VERSION.match(version)):
        msg = f'schema_version must be a string MAJOR.MINOR such as "1.0"; got {describe(version)}'
        return Problem("version.invalid", msg, ("schema_version",))
    major, minor = int(m.group(1)), int(m.group(2))
    if major not in KNOWN_VERSIONS:
        msg = (
            f"schema_version {describe(version)} is not one this pressdoc reads (it reads {_known()}); "
            "check the document with the pressdoc release that wrote it, or upgrade pressdoc"
        )
        return Problem("version.unknown", msg, ("schema_version",))
    return KNOWN_VERSIONS[major][0], major, minor


def _span_problem(obj: dict[str, Any], path: Path, source: str) -> Problem | None:
    start, end = obj["start"], obj["end"]
    if type(start) is not int or type(end) is not int:
        # JSON Schema calls 3.0 an integer; an offset written so is still a typo.
        name = "start" if type(start) is not int else "end"
        msg = f"offset {describe(obj[name])} must be written as a whole number"
        return Problem("span.integer", msg, (*path, name))
    if start > end:
        return Problem("span.order", f"start {start} is after end {end}", (*path, "start"))
    if end > len(source):
        msg = f"end {end} is past the end of the source ({len(source)} characters)"
        return Problem("span.bounds", msg, (*path, "end"))
    text = obj["text"]
    if len(text) != end - start or not source.startswith(text, start):
        msg = f"text does not match source[{start}:{end}], which is {describe(source[start:end])}"
        return Problem("span.mismatch", msg, (*path, "text"))
    return None


def _semantic_problems(doc: dict[str, Any]) -> list[Problem]:
    # Reads only fields the schema has already guaranteed (presence, types, enums).
    source: str = doc["source"]
    problems: list[Problem] = []
    add = problems.append

    size = len(source)

    def spans(items: list[dict[str, Any]], field: str) -> None:
        for i, obj in enumerate(items):
            # Inline the test every valid span passes; _span_problem says what failed.
            start, end, text = obj["start"], obj["end"], obj["text"]
            if (
                type(start) is int
                and type(end) is int
                and start <= end <= size
                and len(text) == end - start
                and source.startswith(text, start)
            ):
                continue
            if problem := _span_problem(obj, (field, i), source):
                add(problem)

    dateline = doc["dateline"]
    if dateline is not None:
        if problem := _span_problem(dateline, ("dateline",), source):
            add(problem)
        day = dateline["date"]
        # The schema's --MM-DD pattern allows "--02-30"; 2000 is a leap year, so
        # every real day of the year is a real day of 2000.
        if day is not None and day.startswith("--") and not is_date("2000" + day[1:]):
            msg = f"{describe(day)} is not a real day of the year"
            add(Problem("dateline.date", msg, ("dateline", "date")))
    paragraphs = doc["paragraphs"]
    spans(paragraphs, "paragraphs")
    previous_end = 0
    for i, p in enumerate(paragraphs):
        start, end = p["start"], p["end"]
        if start < previous_end:
            msg = f"paragraph starts at {start}, before the previous one ends ({previous_end})"
            add(Problem("paragraphs.order", msg, ("paragraphs", i, "start")))
        if end <= len(source):  # a span past the end is reported once, not per paragraph
            previous_end = max(previous_end, end)
    quotes = doc["quotes"]
    spans(quotes, "quotes")
    quote_ids = {q["id"] for q in quotes}
    _duplicates(quotes, "quotes", "quote", add)
    commitments = doc["commitments"]
    spans(commitments, "commitments")
    _duplicates(commitments, "commitments", "commitment", add)
    for i, c in enumerate(commitments):
        quote = c["quote"]
        if quote is not None and quote not in quote_ids:
            msg = f"no quote has the id {describe(quote)}"
            add(Problem("ref.quote", msg, ("commitments", i, "quote")))
        deadline = c["deadline"]
        if deadline is None:
            continue
        if problem := _span_problem(deadline, ("commitments", i, "deadline"), source):
            add(problem)
        value, granularity = deadline["date"], deadline["granularity"]
        if value is not None and not _date_fits(value, granularity):
            if granularity == "vague":
                msg = f"a vague deadline has no date; got {describe(value)}"
            else:
                # The date is the last day the deadline allows: "by March 2026" is 2026-03-31.
                msg = (
                    f"a {granularity} deadline's date is the last day of its {granularity}; "
                    f"got {describe(value)}"
                )
            add(Problem("deadline.granularity", msg, ("commitments", i, "deadline", "date")))
    spans(doc["contacts"], "contacts")
    return problems


_MONTH_ENDS = frozenset(
    {"01-31", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31"}
)
_QUARTER_ENDS = frozenset({"03-31", "06-30", "09-30", "12-31"})


def _date_fits(value: str, granularity: str) -> bool:
    # value is a valid YYYY-MM-DD (the schema's format said so).
    if granularity == "day":
        return True
    month_day = value[5:]
    if granularity == "year":
        return month_day == "12-31"
    if granularity == "quarter":
        return month_day in _QUARTER_ENDS
    if granularity == "month":
        if month_day in _MONTH_ENDS:
            return True
        return month_day == ("02-29" if calendar.isleap(int(value[:4])) else "02-28")
    return False  # vague: no date at all


def _duplicates(items: list[dict[str, Any]], field: str, what: str, add: Callable[[Problem], None]) -> None:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item["id"] in seen:
            add(Problem("id.duplicate", f"{what} id {describe(item['id'])} is used twice", (field, i, "id")))
        seen.add(item["id"])


def iter_errors(doc: Any, *, backend: str | None = None) -> Iterator[Problem]:
    """Yield every problem of ``doc`` (a decoded JSON value), sorted by path (a version note last).

    ``backend`` forces a schema engine (``"jsonschema"``, ``"jsonschema-rs"``,
    ``"auto"``); by default ``$PRESSDOC_VALIDATE_BACKEND`` or ``auto`` decides.
    """
    if not isinstance(doc, dict):
        msg = f"an Article document is a JSON object, not {describe(doc)}"
        yield Problem("document.type", msg)
        return
    picked = _schema_for(doc)
    if isinstance(picked, Problem):
        yield picked
        return
    schema_name, major, minor = picked
    engine = get_backend(backend, schema_name)
    if engine.is_valid(doc):
        # Semantic checks read fields the schema guarantees; after a schema error
        # they could only repeat it or trip over it.
        problems = _semantic_problems(doc)
        if problems:
            yield from finish(problems)
        return
    problems = engine.problems(doc)
    yield from problems
    newest = KNOWN_VERSIONS[major][1]
    if minor > newest and problems:
        msg = (
            f"schema_version {describe(doc['schema_version'])} is newer than the newest this pressdoc "
            f"knows ({major}.{newest}); what it added is reported as errors above: upgrade pressdoc"
        )
        yield Problem("version.newer", msg, ("schema_version",))


def validate(doc: Any, *, backend: str | None = None) -> None:
    """Raise SchemaValidationError with every problem of ``doc``; return None if valid."""
    problems = list(iter_errors(doc, backend=backend))
    if not problems:
        return
    if problems[0].code == "version.unknown":
        raise UnknownSchemaVersionError(problems)
    raise SchemaValidationError(problems)
