"""The Article model: frozen attrs classes.

The classes are not slotted: msgspec, which writes them as JSON, keeps the field
order of classes with a ``__dict__`` (text, start, end, ...) but writes slotted ones
in alphabetical order, and the field order is the one the contract documents.

Every span is a pair of code-point offsets into ``Article.source``, the exact input
string, so ``article.source[q.start:q.end] == q.text`` for every quote ``q``.
The classes check their own invariants on construction; the parser never builds an
object that breaks them, and a document read from JSON that does is rejected.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Final, Literal

import attrs

from pressdoc.errors import ModelError

SCHEMA_VERSION: Final = "1.0"

ParagraphRole = Literal[
    "headline", "subheadline", "highlight", "body", "boilerplate", "contact", "disclaimer"
]
PARAGRAPH_ROLES: Final[tuple[str, ...]] = (
    "headline",
    "subheadline",
    "highlight",
    "body",
    "boilerplate",
    "contact",
    "disclaimer",
)
QuoteKind = Literal["direct", "indirect"]
QUOTE_KINDS: Final[tuple[str, ...]] = ("direct", "indirect")
Modality = Literal[
    "will",
    "plan",
    "intend",
    "aim",
    "expect",
    "promise",
    "pledge",
    "commit",
    "agree",
    "must",
    "determined",
]
MODALITIES: Final[tuple[str, ...]] = (
    "will",
    "plan",
    "intend",
    "aim",
    "expect",
    "promise",
    "pledge",
    "commit",
    "agree",
    "must",
    "determined",
)
Granularity = Literal["day", "month", "quarter", "year", "vague"]
GRANULARITIES: Final[tuple[str, ...]] = ("day", "month", "quarter", "year", "vague")

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\Z")
_SCHEMA_VERSION = re.compile(r"1\.[0-9]+\Z")

# A full ISO date, or the ISO 8601 form of a date without a year ("--06-28").
_ISO_DATE = re.compile(r"(?:[0-9]{4}|-)-[0-9]{2}-[0-9]{2}\Z")


def _check_choice(instance: object, name: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        cls = type(instance).__name__
        msg = f"{cls}.{name} must be one of {', '.join(choices)}; got {value!r}"
        raise ModelError(msg)


def _check_non_negative(instance: object, name: str, value: object) -> None:
    if type(value) is not int or value < 0:
        # type() rather than isinstance(): True is an int to Python, not to JSON.
        cls = type(instance).__name__
        msg = f"{cls}.{name} must be a non-negative integer; got {value!r}"
        raise ModelError(msg)


def _span_ok(start: object, end: object) -> bool:
    # The common path of every span object's check: one call, no messages built.
    return type(start) is int and type(end) is int and 0 <= start <= end


def _check_span(instance: Any) -> None:
    # One call per object instead of one validator per field: documents hold
    # hundreds of spans, and loading them is mostly this.
    start, end = instance.start, instance.end
    _check_non_negative(instance, "start", start)
    _check_non_negative(instance, "end", end)
    if start > end:
        cls = type(instance).__name__
        msg = f"{cls} span start {start} is after its end {end}"
        raise ModelError(msg)


def _real_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def is_iso_date(value: str) -> bool:
    """Whether ``value`` is a real calendar date written ``YYYY-MM-DD``."""
    # Cached: a corpus names the same few hundred dates over and over.
    return bool(_ISO_DATE.match(value)) and not value.startswith("-") and _real_date(value)


def _check_iso_date(instance: object, name: str, value: object) -> None:
    if value is not None and (not isinstance(value, str) or not is_iso_date(value)):
        cls = type(instance).__name__
        msg = f"{cls}.{name} must be an ISO date (YYYY-MM-DD); got {value!r}"
        raise ModelError(msg)


@attrs.frozen(slots=False)
class Paragraph:
    """A paragraph of the release, with the part it plays in it."""

    text: str
    start: int
    end: int
    role: ParagraphRole = "body"

    def __attrs_post_init__(self) -> None:
        if not _span_ok(self.start, self.end) or self.role not in PARAGRAPH_ROLES:
            _check_span(self)
            _check_choice(self, "role", self.role, PARAGRAPH_ROLES)


@attrs.frozen(slots=False)
class Dateline:
    """The place/date/agency line that opens the body (``MINSK, 28 June (BelTA) -``).

    ``date`` is ISO 8601: ``YYYY-MM-DD`` when the year is printed, ``--MM-DD`` when
    only day and month are.
    """

    text: str
    start: int
    end: int
    place: str | None = None
    date: str | None = None
    agency: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_span(self)
        date = self.date
        if isinstance(date, str) and date.startswith("--"):
            # 2000 is a leap year, so "--02-29" is accepted and "--02-30" is not.
            if not _ISO_DATE.match(date) or not _real_date("2000" + date[1:]):
                msg = f"Dateline.date must be YYYY-MM-DD or --MM-DD; got {date!r}"
                raise ModelError(msg)
        else:
            _check_iso_date(self, "date", date)


@attrs.frozen(slots=False)
class Contact:
    """A media or investor contact printed in the release."""

    text: str
    start: int
    end: int
    name: str | None = None
    organization: str | None = None
    email: str | None = None
    phone: str | None = None

    def __attrs_post_init__(self) -> None:
        if not _span_ok(self.start, self.end):
            _check_span(self)


@attrs.frozen(slots=False)
class Speaker:
    """Who said a quote: the name as most fully printed, and the role printed with it."""

    name: str = attrs.field()
    role: str | None = None

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not value:
            msg = "Speaker.name must not be empty (use speaker=None for an unknown speaker)"
            raise ModelError(msg)


@attrs.frozen(slots=False)
class Quote:
    """A direct or indirect quote; ``text`` is the quoted words without the marks."""

    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind = "direct"
    speaker: Speaker | None = None
    cue: str | None = None

    def __attrs_post_init__(self) -> None:
        if not _span_ok(self.start, self.end) or self.kind not in QUOTE_KINDS:
            _check_span(self)
            _check_choice(self, "kind", self.kind, QUOTE_KINDS)


@attrs.frozen(slots=False)
class Actor:
    """Who commits: ``text`` as printed in the clause, ``ref`` who that is."""

    text: str
    ref: str | None = None


@attrs.frozen(slots=False)
class Deadline:
    """The time expression bounding a commitment, and the last day it allows."""

    text: str
    start: int
    end: int
    date: str | None = None
    granularity: Granularity = "vague"

    def __attrs_post_init__(self) -> None:
        if not _span_ok(self.start, self.end):
            _check_span(self)
        if self.date is not None:
            _check_iso_date(self, "date", self.date)
        _check_choice(self, "granularity", self.granularity, GRANULARITIES)


@attrs.frozen(slots=False)
class Commitment:
    """A pledge, plan, goal or agreement: who commits to what, how firmly, by when."""

    id: str
    text: str
    start: int
    end: int
    actor: Actor
    action: str
    modality: Modality
    negated: bool = False
    deadline: Deadline | None = None
    quote: str | None = None

    def __attrs_post_init__(self) -> None:
        if not _span_ok(self.start, self.end) or self.modality not in MODALITIES:
            _check_span(self)
            _check_choice(self, "modality", self.modality, MODALITIES)


def _is_slice(source: str, text: str, start: int, end: int) -> bool:
    # startswith compares in place: no copy of the slice.
    return end - start == len(text) and end <= len(source) and source.startswith(text, start)


def _slice_problem(source: str, where: str, text: str, start: int, end: int) -> str:
    if end > len(source):
        return f"{where} span {start}..{end} runs past the end of the source ({len(source)})"
    return f"{where} text {text[:40]!r} is not the source at {start}..{end}"


def article_id(source: str) -> str:
    """The stable id of a release: a digest of its exact text."""
    import hashlib

    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    return f"pd-{digest[:20]}"


@attrs.frozen(slots=False)
class Article:
    """A press release as structured data, with every span pointing into ``source``."""

    source: str
    title: str | None = None
    dateline: Dateline | None = None
    published: str | None = attrs.field(default=None)

    @published.validator
    def _check_published(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        _check_iso_date(self, attribute.name, value)

    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    contacts: tuple[Contact, ...] = ()
    language: str = attrs.field(default="en")
    id: str = attrs.field()
    schema_version: str = attrs.field(default=SCHEMA_VERSION)

    @language.validator
    def _check_language(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str) or not _LANGUAGE_TAG.match(value):
            msg = f"Article.language must be a BCP 47 tag such as 'en' or 'en-GB'; got {value!r}"
            raise ModelError(msg)

    @schema_version.validator
    def _check_version(self, attribute: attrs.Attribute[Any], value: str) -> None:
        # One model reads one major version; other versions go through validate(),
        # which explains what it knows.
        if not isinstance(value, str) or not _SCHEMA_VERSION.match(value):
            msg = f"Article.schema_version must be 1.N for this pressdoc; got {value!r}"
            raise ModelError(msg)

    @id.default
    def _default_id(self) -> str:
        return article_id(self.source)

    @id.validator
    def _check_id(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not isinstance(value, str) or not value:
            msg = f"Article.id must be a non-empty string; got {value!r}"
            raise ModelError(msg)

    def __attrs_post_init__(self) -> None:
        # Checked inline, with the message built only on failure: a loaded document
        # has hundreds of spans and this runs for every one of them.
        source = self.source
        if self.dateline is not None:
            d = self.dateline
            if not _is_slice(source, d.text, d.start, d.end):
                raise ModelError(_slice_problem(source, "dateline", d.text, d.start, d.end))
        previous_end = 0
        for i, p in enumerate(self.paragraphs):
            if not _is_slice(source, p.text, p.start, p.end):
                raise ModelError(_slice_problem(source, f"paragraphs[{i}]", p.text, p.start, p.end))
            if p.start < previous_end:
                msg = f"paragraphs[{i}] starts at {p.start}, inside the paragraph before it"
                raise ModelError(msg)
            previous_end = p.end
        quote_ids = set()
        for i, q in enumerate(self.quotes):
            if not _is_slice(source, q.text, q.start, q.end):
                raise ModelError(_slice_problem(source, f"quotes[{i}]", q.text, q.start, q.end))
            if q.id in quote_ids:
                msg = f"quotes[{i}] repeats the id {q.id!r}"
                raise ModelError(msg)
            quote_ids.add(q.id)
        commitment_ids = set()
        for i, c in enumerate(self.commitments):
            if not _is_slice(source, c.text, c.start, c.end):
                raise ModelError(_slice_problem(source, f"commitments[{i}]", c.text, c.start, c.end))
            if c.id in commitment_ids:
                msg = f"commitments[{i}] repeats the id {c.id!r}"
                raise ModelError(msg)
            commitment_ids.add(c.id)
            dl = c.deadline
            if dl is not None and not _is_slice(source, dl.text, dl.start, dl.end):
                where = f"commitments[{i}].deadline"
                raise ModelError(_slice_problem(source, where, dl.text, dl.start, dl.end))
            if c.quote is not None and c.quote not in quote_ids:
                msg = f"commitments[{i}].quote names no quote: {c.quote!r}"
                raise ModelError(msg)
        for i, k in enumerate(self.contacts):
            if not _is_slice(source, k.text, k.start, k.end):
                raise ModelError(_slice_problem(source, f"contacts[{i}]", k.text, k.start, k.end))
