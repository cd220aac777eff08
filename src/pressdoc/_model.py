"""The Article model: frozen, slotted attrs classes.

Every span is a pair of code-point offsets into ``Article.source``, the exact input
string, so ``article.source[q.start:q.end] == q.text`` for every quote ``q``.
The classes check their own invariants on construction; the parser never builds an
object that breaks them, and a document read from JSON that does is rejected.
"""

from __future__ import annotations

import datetime as dt
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


def _one_of(choices: tuple[str, ...]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            cls = type(instance).__name__
            msg = f"{cls}.{attribute.name} must be one of {', '.join(choices)}; got {value!r}"
            raise ModelError(msg)

    return check


def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        cls = type(instance).__name__
        msg = f"{cls}.{attribute.name} must be a non-negative integer; got {value!r}"
        raise ModelError(msg)


def _real_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is a real calendar date written ``YYYY-MM-DD``."""
    return bool(_ISO_DATE.match(value)) and not value.startswith("-") and _real_date(value)


def _iso_date(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not is_iso_date(value):
        cls = type(instance).__name__
        msg = f"{cls}.{attribute.name} must be an ISO date (YYYY-MM-DD); got {value!r}"
        raise ModelError(msg)


def _ordered_span(instance: Any) -> None:
    if instance.start > instance.end:
        cls = type(instance).__name__
        msg = f"{cls} span start {instance.start} is after its end {instance.end}"
        raise ModelError(msg)


@attrs.frozen
class Paragraph:
    """A paragraph of the release, with the part it plays in it."""

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    role: ParagraphRole = attrs.field(default="body", validator=_one_of(PARAGRAPH_ROLES))

    def __attrs_post_init__(self) -> None:
        _ordered_span(self)


@attrs.frozen
class Dateline:
    """The place/date/agency line that opens the body (``MINSK, 28 June (BelTA) -``).

    ``date`` is ISO 8601: ``YYYY-MM-DD`` when the year is printed, ``--MM-DD`` when
    only day and month are.
    """

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    place: str | None = None
    date: str | None = attrs.field(default=None)
    agency: str | None = None

    @date.validator
    def _check_date(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and value.startswith("--"):
            # 2000 is a leap year, so "--02-29" is accepted and "--02-30" is not.
            if not _ISO_DATE.match(value) or not _real_date("2000" + value[1:]):
                msg = f"Dateline.date must be YYYY-MM-DD or --MM-DD; got {value!r}"
                raise ModelError(msg)
            return
        _iso_date(self, attribute, value)

    def __attrs_post_init__(self) -> None:
        _ordered_span(self)


@attrs.frozen
class Contact:
    """A media or investor contact printed in the release."""

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    name: str | None = None
    organization: str | None = None
    email: str | None = None
    phone: str | None = None

    def __attrs_post_init__(self) -> None:
        _ordered_span(self)


@attrs.frozen
class Speaker:
    """Who said a quote: the name as most fully printed, and the role printed with it."""

    name: str = attrs.field()
    role: str | None = None

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not value:
            msg = "Speaker.name must not be empty (use speaker=None for an unknown speaker)"
            raise ModelError(msg)


@attrs.frozen
class Quote:
    """A direct or indirect quote; ``text`` is the quoted words without the marks."""

    id: str
    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    kind: QuoteKind = attrs.field(default="direct", validator=_one_of(QUOTE_KINDS))
    speaker: Speaker | None = None
    cue: str | None = None

    def __attrs_post_init__(self) -> None:
        _ordered_span(self)


@attrs.frozen
class Actor:
    """Who commits: ``text`` as printed in the clause, ``ref`` who that is."""

    text: str
    ref: str | None = None


@attrs.frozen
class Deadline:
    """The time expression bounding a commitment, and the last day it allows."""

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    date: str | None = attrs.field(default=None, validator=_iso_date)
    granularity: Granularity = attrs.field(default="vague", validator=_one_of(GRANULARITIES))

    def __attrs_post_init__(self) -> None:
        _ordered_span(self)


@attrs.frozen
class Commitment:
    """A pledge, plan, goal or agreement: who commits to what, how firmly, by when."""

    id: str
    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    actor: Actor
    action: str
    modality: Modality = attrs.field(validator=_one_of(MODALITIES))
    negated: bool = False
    deadline: Deadline | None = None
    quote: str | None = None

    def __attrs_post_init__(self) -> None:
        _ordered_span(self)


def _check_slice(source: str, where: str, text: str, start: int, end: int) -> None:
    if end > len(source):
        msg = f"{where} span {start}..{end} runs past the end of the source ({len(source)})"
        raise ModelError(msg)
    if source[start:end] != text:
        msg = f"{where} text {text[:40]!r} is not the source at {start}..{end}"
        raise ModelError(msg)


def article_id(source: str) -> str:
    """The stable id of a release: a digest of its exact text."""
    import hashlib

    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    return f"pd-{digest[:20]}"


@attrs.frozen
class Article:
    """A press release as structured data, with every span pointing into ``source``."""

    source: str
    title: str | None = None
    dateline: Dateline | None = None
    published: str | None = attrs.field(default=None, validator=_iso_date)
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
        source = self.source
        if self.dateline is not None:
            d = self.dateline
            _check_slice(source, "dateline", d.text, d.start, d.end)
        previous_end = 0
        for i, p in enumerate(self.paragraphs):
            _check_slice(source, f"paragraphs[{i}]", p.text, p.start, p.end)
            if p.start < previous_end:
                msg = f"paragraphs[{i}] starts at {p.start}, inside the paragraph before it"
                raise ModelError(msg)
            previous_end = p.end
        quote_ids = set()
        for i, q in enumerate(self.quotes):
            _check_slice(source, f"quotes[{i}]", q.text, q.start, q.end)
            if q.id in quote_ids:
                msg = f"quotes[{i}] repeats the id {q.id!r}"
                raise ModelError(msg)
            quote_ids.add(q.id)
        commitment_ids = set()
        for i, c in enumerate(self.commitments):
            _check_slice(source, f"commitments[{i}]", c.text, c.start, c.end)
            if c.id in commitment_ids:
                msg = f"commitments[{i}] repeats the id {c.id!r}"
                raise ModelError(msg)
            commitment_ids.add(c.id)
            if c.deadline is not None:
                dl = c.deadline
                _check_slice(source, f"commitments[{i}].deadline", dl.text, dl.start, dl.end)
            if c.quote is not None and c.quote not in quote_ids:
                msg = f"commitments[{i}].quote names no quote: {c.quote!r}"
                raise ModelError(msg)
        for i, k in enumerate(self.contacts):
            _check_slice(source, f"contacts[{i}]", k.text, k.start, k.end)
