"""Hypothesis strategies that build valid Articles (and only valid ones)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import pressdoc
from pressdoc._model import GRANULARITIES, MODALITIES, PARAGRAPH_ROLES, QUOTE_KINDS

SOURCE_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
short_text = st.text(SOURCE_ALPHABET, max_size=20)
maybe_text = st.none() | short_text
iso_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat)


@st.composite
def spans(draw: st.DrawFn, size: int) -> tuple[int, int]:
    """A (start, end) pair inside a text of ``size`` code points."""
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, size))
    return start, end


@st.composite
def disjoint_spans(draw: st.DrawFn, size: int) -> list[tuple[int, int]]:
    """Ordered, non-overlapping spans inside a text of ``size`` code points."""
    cuts = sorted(draw(st.lists(st.integers(0, size), max_size=12)))
    return list(zip(cuts[::2], cuts[1::2], strict=False))


@st.composite
def articles(draw: st.DrawFn) -> pressdoc.Article:
    """Any Article the model accepts: random text, spans that index it, valid enums."""
    source = draw(st.text(SOURCE_ALPHABET, max_size=300))
    size = len(source)
    paragraphs = tuple(
        pressdoc.Paragraph(text=source[a:b], start=a, end=b, role=draw(st.sampled_from(PARAGRAPH_ROLES)))
        for a, b in draw(disjoint_spans(size))
    )
    quotes = []
    for i in range(draw(st.integers(0, 4))):
        a, b = draw(spans(size))
        speaker = draw(st.none() | st.builds(pressdoc.Speaker, name=short_text.filter(bool), role=maybe_text))
        quotes.append(
            pressdoc.Quote(
                id=f"q{i + 1}",
                text=source[a:b],
                start=a,
                end=b,
                kind=draw(st.sampled_from(QUOTE_KINDS)),
                speaker=speaker,
                cue=draw(maybe_text),
            )
        )
    commitments = []
    for i in range(draw(st.integers(0, 4))):
        a, b = draw(spans(size))
        deadline = None
        if draw(st.booleans()):
            da, db = draw(spans(size))
            deadline = pressdoc.Deadline(
                text=source[da:db],
                start=da,
                end=db,
                date=None,
                granularity=draw(st.sampled_from(GRANULARITIES)),
            )
        commitments.append(
            pressdoc.Commitment(
                id=f"c{i + 1}",
                text=source[a:b],
                start=a,
                end=b,
                actor=pressdoc.Actor(text=draw(short_text), ref=draw(maybe_text)),
                action=draw(short_text),
                modality=draw(st.sampled_from(MODALITIES)),
                negated=draw(st.booleans()),
                deadline=deadline,
                quote=draw(st.none() | st.sampled_from([q.id for q in quotes])) if quotes else None,
            )
        )
    dateline = None
    if draw(st.booleans()):
        a, b = draw(spans(size))
        dateline = pressdoc.Dateline(
            text=source[a:b],
            start=a,
            end=b,
            place=draw(maybe_text),
            date=draw(st.none() | iso_dates),
            agency=draw(maybe_text),
        )
    contacts = []
    if draw(st.booleans()):
        a, b = draw(spans(size))
        contacts.append(
            pressdoc.Contact(text=source[a:b], start=a, end=b, name=draw(maybe_text), email=draw(maybe_text))
        )
    return pressdoc.Article(
        source=source,
        title=draw(maybe_text),
        dateline=dateline,
        published=draw(st.none() | iso_dates),
        paragraphs=paragraphs,
        quotes=tuple(quotes),
        commitments=tuple(commitments),
        contacts=tuple(contacts),
    )
