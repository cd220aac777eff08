"""Hypothesis strategies: releases built from sentences whose commitments are known.

Each release has a headline, a dateline paragraph and body paragraphs mixing
commitment sentences (an agent, a trigger of the closed list, an action and maybe a
deadline) with sentences that must not give a commitment (things as subjects,
receiving, predictions, beliefs, past facts, "look forward to", noun mentions).
The expected commitments are computed here from the parts, independently of the
library: the deadline dates by plain calendar arithmetic.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from pressdoc._header import Header
from pressdoc._model import Dateline, Paragraph, Quote, Speaker
from pressdoc._text import TextView


@attrs.frozen
class Expected:
    """A commitment the release must give."""

    text: str
    actor: str
    actor_ref: str | None
    modality: str
    negated: bool
    deadline: str | None
    date: str | None
    quote: str | None


@attrs.frozen
class Release:
    """A generated release, the stage inputs built for it, and what it must give."""

    view: TextView
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    header: Header
    expected: tuple[Expected, ...]


# (actor as printed, grammatical number): agents of several kinds.
SINGULAR_ACTORS = (
    "Northwind Solar",
    "Acme Corp.",
    "The company",
    "The ministry",
    "The city council",
    "Jane Okafor",
    "The board",
    "The university",
    "The foundation",
)
PLURAL_ACTORS = ("We", "The parties", "Both sides", "The two companies", "The partners")

# (singular form, plural form, modality, negated, action takes a gerund)
TRIGGERS = (
    ("will", "will", "will", False, False),
    ("will not", "will not", "will", True, False),
    ("is going to", "are going to", "will", False, False),
    ("plans to", "plan to", "plan", False, False),
    ("has no plans to", "have no plans to", "plan", True, False),
    ("decided to", "decided to", "plan", False, False),
    ("intends to", "intend to", "intend", False, False),
    ("does not intend to", "do not intend to", "intend", True, False),
    ("wants to", "want to", "intend", False, False),
    ("aims to", "aim to", "aim", False, False),
    ("seeks to", "seek to", "aim", False, False),
    ("expects to", "expect to", "expect", False, False),
    ("promised to", "promised to", "promise", False, False),
    ("has pledged to", "have pledged to", "pledge", False, False),
    ("is committed to", "are committed to", "commit", False, True),
    ("commits to", "commit to", "commit", False, True),
    ("agreed to", "agreed to", "agree", False, False),
    ("must", "must", "must", False, False),
    ("has to", "have to", "must", False, False),
    ("is determined to", "are determined to", "determined", False, False),
    ("resolved to", "resolved to", "determined", False, False),
)
# (base form, gerund form)
ACTIONS = (
    ("open a new plant in Ohio", "opening a new plant in Ohio"),
    ("hire two hundred engineers", "hiring two hundred engineers"),
    ("publish the new rules", "publishing the new rules"),
    ("build a school in the northern district", "building a school in the northern district"),
    ("expand the research program", "expanding the research program"),
    ("repair the old river bridge", "repairing the old river bridge"),
    ("cut water use by half", "cutting water use by half"),
    ("train local teachers", "training local teachers"),
)

NON_COMMITMENTS = (
    "The acquisition will bring together two strong teams.",
    "Customers will receive a discount on every order.",
    "Employees will have access to the new gym.",
    "Demand for batteries is expected to grow.",
    "Sales rose twelve percent in the quarter.",
    "We look forward to working with our partners.",
    "The team is excited to welcome new members.",
    "I am sure the project will be a success.",
    "The new center will be operated by a local partner.",
    "Our commitment to hiring locally is unwavering.",
    "The plant could double its output.",
    "The partnership will create many jobs.",
    "The funds will support research into rare diseases.",
    "The company opened its first store in a small town.",
)

SPEAKER = Speaker(name="Maria Lindqvist", role="chief executive officer of Fjordline")


def _deadline(draw: st.DrawFn, published: dt.date) -> tuple[str, str | None]:
    """A deadline phrase and its last day, by plain calendar arithmetic."""
    kind = draw(st.sampled_from(("year", "next", "days", "quarter", "end", "vague", "fiscal", "month")))
    year = published.year
    if kind == "year":
        target = draw(st.integers(year, year + 30))
        return f"by {target}", f"{target}-12-31"
    if kind == "next":
        return "next year", f"{year + 1}-12-31"
    if kind == "days":
        days = draw(st.integers(1, 400))
        return f"within {days} days", (published + dt.timedelta(days=days)).isoformat()
    if kind == "quarter":
        ordinal, month_day = draw(
            st.sampled_from(
                (("first", "03-31"), ("second", "06-30"), ("third", "09-30"), ("fourth", "12-31"))
            )
        )
        return f"in the {ordinal} quarter of {year + 1}", f"{year + 1}-{month_day}"
    if kind == "end":
        return "by the end of the year", f"{year}-12-31"
    if kind == "month":
        return f"in May {year + 1}", f"{year + 1}-05-31"
    if kind == "fiscal":
        return f"in fiscal {year + 1}", None
    return "in the near future", None


@st.composite
def _commitment_sentence(draw: st.DrawFn, published: dt.date) -> tuple[str, Expected]:
    """A sentence stating one commitment, and that commitment."""
    plural = draw(st.booleans())
    actor = draw(st.sampled_from(PLURAL_ACTORS if plural else SINGULAR_ACTORS))
    singular_form, plural_form, modality, negated, gerund = draw(st.sampled_from(TRIGGERS))
    trigger = plural_form if plural else singular_form
    base, ing = draw(st.sampled_from(ACTIONS))
    clause = f"{actor} {trigger} {ing if gerund else base}"
    deadline = date = None
    if draw(st.booleans()):
        deadline, date = _deadline(draw, published)
        clause = f"{clause} {deadline}"
    expected = Expected(
        text=clause,
        actor=actor,
        actor_ref=None,
        modality=modality,
        negated=negated,
        deadline=deadline,
        date=date,
        quote=None,
    )
    return f"{clause}.", expected


@st.composite
def releases(draw: st.DrawFn) -> Release:
    """A release of commitment and non-commitment sentences, with what it must give."""
    published = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31)))
    headline = "Fjordline Shares Its Annual Update"
    dateline = f"BERGEN, Norway, {published:%B} {published.day}, {published.year} --"
    parts: list[str] = [headline, f"{dateline} Fjordline released its annual update today."]
    roles = ["headline", "body"]
    pending: list[tuple[int, str, Expected | None]] = []
    for _ in range(draw(st.integers(1, 5))):
        sentences: list[tuple[str, Expected | None]] = []
        for _ in range(draw(st.integers(1, 3))):
            if draw(st.integers(0, 2)) == 0:
                sentences.append((draw(st.sampled_from(NON_COMMITMENTS)), None))
            else:
                sentences.append(draw(_commitment_sentence(published)))
        paragraph_text = " ".join(s for s, _ in sentences)
        if draw(st.integers(0, 3)) == 0:
            # "We will …," said the CEO: a commitment inside a quote, "we" is her company.
            base, _ = draw(st.sampled_from(ACTIONS))
            clause = f"We will {base}"
            deadline = date = None
            if draw(st.booleans()):
                deadline, date = _deadline(draw, published)
                clause = f"{clause} {deadline}"
            paragraph_text = f"“{clause},” said {SPEAKER.name}, {SPEAKER.role}."
            expected = Expected(
                text=clause,
                actor="We",
                actor_ref="Fjordline",
                modality="will",
                negated=False,
                deadline=deadline,
                date=date,
                quote=None,
            )
            sentences = [(paragraph_text, expected)]
        parts.append(paragraph_text)
        roles.append("body")
        pending.extend((len(parts) - 1, s, e) for s, e in sentences)
    parts.append("About Fjordline\nFjordline builds ferries. It has offices in three ports.")
    roles.append("boilerplate")
    source = "\n\n".join(parts) + "\n"
    paragraphs = []
    offset = 0
    for text, role in zip(parts, roles, strict=True):
        start = source.index(text, offset)
        paragraphs.append(Paragraph(text=text, start=start, end=start + len(text), role=role))  # type: ignore[arg-type]
        offset = start + len(text)
    quotes: list[Quote] = []
    expected_all: list[Expected] = []
    for index, sentence, drawn in pending:
        if drawn is None:
            continue
        expected = drawn
        paragraph = paragraphs[index]
        if sentence.startswith("“"):
            q_start = paragraph.start + 1
            q_end = paragraph.start + sentence.index(",”")
            quote_id = f"q{len(quotes) + 1}"
            quotes.append(
                Quote(id=quote_id, text=source[q_start:q_end], start=q_start, end=q_end, speaker=SPEAKER)
            )
            expected = attrs.evolve(expected, quote=quote_id)
        expected_all.append(expected)
    dateline_start = source.index(dateline)
    header = Header(
        paragraphs=tuple(paragraphs),
        title=headline,
        dateline=Dateline(
            text=dateline,
            start=dateline_start,
            end=dateline_start + len(dateline),
            date=published.isoformat(),
        ),
        published=published.isoformat(),
    )
    return Release(
        view=TextView(source),
        paragraphs=tuple(paragraphs),
        quotes=tuple(quotes),
        header=header,
        expected=tuple(expected_all),
    )
