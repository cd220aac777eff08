"""Hypothesis strategies for releases whose quotes are known in advance.

A release is assembled paragraph by paragraph from fictional speakers (names, roles,
organizations), speech verbs, attribution positions and quotation-mark styles; the
strategy returns the text together with the quotes a correct parser must report.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

FIRST_NAMES = ("Mara", "Tobias", "Ines", "Rafael", "Keiko", "Lukas", "Amara", "Jonas", "Elena", "Omar")
LAST_NAMES = (
    "Voss",
    "Lindqvist",
    "Okoro",
    "Duarte",
    "Arendt",
    "Brenner",
    "Nwosu",
    "Petrov",
    "Marsh",
    "Haddad",
)
ORGS = ("Nordwind Robotics", "Calder Seed", "Brightwater Labs", "Kestrel Freight", "Halvorsen Mills")
TITLES = ("CEO", "President", "Chairman", "Director", "chief financial officer")
ROLE_PATTERNS = (
    "chief executive officer of {org}",
    "head of research at {org}",
    "Vice President of Sales at {org}",
    "{org} spokesperson",
    "vice president, data and mobile, {org}",
    "Head of the Research Park of {org}",
)
VERBS = ("said", "added", "noted", "explained", "stated", "told reporters", "said on Tuesday")
HONORIFICS = ("", "", "Dr. ", "Dr ", "Professor ", "Sir ")
SUBJECTS = ("plant", "network", "program", "fleet", "service", "platform")
PLACES = ("Tallinn", "the north", "three new regions", "our home market", "rural towns")

# (opening mark, closing mark) of each quotation style.
STYLES = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"))


@attrs.frozen
class ExpectedQuote:
    """A quote the parser must find: its exact words and who said it."""

    text: str
    speaker: str
    role: str | None


@attrs.frozen
class Speaker:
    """A fictional speaker with the role printed at the first mention."""

    name: str
    role: str

    @property
    def surname(self) -> str:
        """The family name as a later reference prints it ('van Dijk', not 'K. Nwosu')."""
        family = self.name.split()[1:]
        while len(family) > 1 and family[0].endswith("."):
            family = family[1:]
        return " ".join(family)

    def printed(self, honorific: str) -> str:
        """The name as an attribution prints it, perhaps after an honorific."""
        return f"{honorific}{self.name}"


@attrs.frozen
class Release:
    """Generated release text with the quotes in it, in source order."""

    text: str
    quotes: tuple[ExpectedQuote, ...]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A first-person sentence a spokesperson might say, ending in a period."""
    subject = draw(st.sampled_from(SUBJECTS))
    place = draw(st.sampled_from(PLACES))
    pattern = draw(
        st.sampled_from(
            (
                "We will expand our {s} to {p} next year.",
                "Our {s} has grown faster than we expected in {p}.",
                "This {s} gives our customers in {p} a real choice.",
                "We’re proud of the team that built the {s} for {p}.",
                "Customers in {p} don't want to wait for a better {s}.",
            )
        )
    )
    return pattern.format(s=subject, p=place)


@st.composite
def speakers(draw: st.DrawFn, count: int) -> list[Speaker]:
    """Distinct fictional people, each with a printed role."""
    firsts = draw(st.permutations(FIRST_NAMES))
    lasts = draw(st.permutations(LAST_NAMES))
    people = []
    for first, last in zip(firsts[:count], lasts[:count], strict=True):
        org = draw(st.sampled_from(ORGS))
        role = draw(st.sampled_from(ROLE_PATTERNS)).format(org=org)
        people.append(Speaker(f"{first} {last}", role))
    return people


def _comma(sentence: str) -> str:
    """The sentence as it stands before a closing mark and an attribution."""
    return sentence[:-1] + ","


@st.composite
def quote_paragraphs(
    draw: st.DrawFn, speaker: Speaker, first_mention: bool
) -> tuple[list[str], list[ExpectedQuote]]:
    """One or more paragraphs quoting ``speaker``, and the quotes they hold."""
    opening, closing = draw(st.sampled_from(STYLES))
    verb = draw(st.sampled_from(VERBS))
    # A verb before its subject takes no object or adverbial ('"…," said Jane Doe').
    plain = draw(st.sampled_from(VERBS[:5]))
    one = draw(sentences())
    two = draw(sentences())
    name, role = speaker.name, speaker.role
    expected_role: str | None = role
    shown = speaker.printed(draw(st.sampled_from(HONORIFICS)))
    if first_mention:
        form = draw(
            st.sampled_from(
                (
                    "after",
                    "after_subject",
                    "before_colon",
                    "premodifier",
                    "split",
                    "trailer",
                    "block",
                    "continued",
                )
            )
        )
    else:
        form = draw(st.sampled_from(("surname_after", "surname_before", "pronoun")))
    who = f"{shown}, {role}"
    if form == "after":
        paragraph = f"{opening}{_comma(one)}{closing} {plain} {who}."
        return [paragraph], [ExpectedQuote(one[:-1], name, expected_role)]
    if form == "after_subject":
        paragraph = f"{opening}{_comma(one)}{closing} {who}, {verb}."
        return [paragraph], [ExpectedQuote(one[:-1], name, expected_role)]
    if form == "before_colon":
        paragraph = f"{who}, {verb}: {opening}{one}{closing}"
        return [paragraph], [ExpectedQuote(one, name, expected_role)]
    if form == "premodifier":
        org = draw(st.sampled_from(ORGS))
        title = draw(st.sampled_from(TITLES))
        paragraph = f"{org} {title} {shown} {verb}, {opening}{one}{closing}"
        return [paragraph], [ExpectedQuote(one, name, f"{org} {title}")]
    if form == "split":
        paragraph = f"{opening}{_comma(one)}{closing} {shown}, {role}, {verb}. {opening}{two}{closing}"
        return [paragraph], [ExpectedQuote(one[:-1], name, role), ExpectedQuote(two, name, role)]
    if form == "trailer":
        paragraph = f"{opening}{one}{closing} – {who}"
        return [paragraph], [ExpectedQuote(one, name, role)]
    if form == "block":
        return [f"{who}:", one, two], [ExpectedQuote(one, name, role), ExpectedQuote(two, name, role)]
    if form == "continued":
        first = f"{opening}{_comma(one)}{closing} {plain} {who}."
        return [first, f"{opening}{two}{closing}"], [
            ExpectedQuote(one[:-1], name, role),
            ExpectedQuote(two, name, role),
        ]
    if form == "surname_after":
        paragraph = f"{opening}{_comma(one)}{closing} {speaker.surname} {verb}."
        return [paragraph], [ExpectedQuote(one[:-1], name, role)]
    if form == "surname_before":
        paragraph = f"{speaker.surname} {verb}: {opening}{one}{closing}"
        return [paragraph], [ExpectedQuote(one, name, role)]
    pronoun = draw(st.sampled_from(("he", "she")))
    paragraph = f"{opening}{_comma(one)}{closing} {pronoun} {verb}."
    return [paragraph], [ExpectedQuote(one[:-1], name, role)]


NARRATION = (
    "The company was founded in 1998 and has offices in four countries.",
    "The project received approval from regional authorities last spring.",
    "Construction started in March and employed 200 workers.",
)


@st.composite
def releases(draw: st.DrawFn) -> Release:
    """A release with a headline, a lead, quote paragraphs and narration between them."""
    count = draw(st.integers(1, 4))
    people = draw(speakers(count))
    org = draw(st.sampled_from(ORGS))
    paragraphs = [
        f"{org} opens a new site",
        f"TALLINN, March 3, 2031 -- {org} today announced the opening of a new site.",
    ]
    expected: list[ExpectedQuote] = []
    for person in people:
        texts, quotes = draw(quote_paragraphs(person, first_mention=True))
        paragraphs += texts
        expected += quotes
        paragraphs.append(draw(st.sampled_from(NARRATION)))
        if draw(st.booleans()):
            # A second quote by someone already named: the parser must resolve the
            # reference to the full name and to the role printed the first time.
            printed = Speaker(person.name, quotes[0].role or person.role)
            texts, quotes = draw(quote_paragraphs(printed, first_mention=False))
            paragraphs += texts
            expected += quotes
            paragraphs.append(draw(st.sampled_from(NARRATION)))
    return Release("\n\n".join(paragraphs) + "\n", tuple(expected))
