"""Realistic, entirely fictional press releases for benchmarks, fuzz seeds and tests.

Every company, person and product is invented from the word lists below.  A
release has a headline (sometimes a kicker and a subheadline), a dateline in one
of several wire styles, body paragraphs with direct quotes in several styles and
indirect quotes, commitments with deadlines, highlights, a boilerplate "About"
paragraph, media contacts and a forward-looking-statements disclaimer.  The same
seed always gives the same text; a typical release is about 4 KB.

    python bench/corpus.py --count 1000 --out /tmp/corpus     # writes 0000.txt ...
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

_PREFIXES = (
    "Brightwater",
    "Kestrel",
    "Northwind",
    "Halcyon",
    "Ironvale",
    "Bluefen",
    "Corvan",
    "Marlow",
    "Tessaly",
    "Quillon",
    "Orrin",
    "Sablecrest",
    "Verdant",
    "Amberly",
    "Dunmore",
    "Pellago",
    "Rookwood",
    "Silvane",
    "Thornbury",
    "Wrenfield",
    "Calder",
    "Ostrava Ridge",
    "Lumaris",
    "Fennick",
)
_SECTORS = (
    ("Analytics", "data analytics software"),
    ("Foods", "packaged foods"),
    ("Solar", "solar panels"),
    ("Therapeutics", "medicines for rare diseases"),
    ("Logistics", "freight and warehousing"),
    ("Robotics", "warehouse robots"),
    ("Bank", "retail and business banking"),
    ("Energy", "wind and storage projects"),
    ("Mobility", "electric buses"),
    ("Semiconductors", "power chips"),
    ("Health", "community clinics"),
    ("Water", "water treatment"),
)
_SUFFIXES = ("Inc.", "Ltd", "Corp.", "plc", "GmbH", "S.A.", "Group", "Holdings", "")
_FIRST = (
    "Maria",
    "Daniel",
    "Priya",
    "Tomasz",
    "Ingrid",
    "Kwame",
    "Lucia",
    "Hiroshi",
    "Amara",
    "Felix",
    "Nadia",
    "Oskar",
    "Yara",
    "Rafael",
    "Elin",
    "Dmitri",
    "Chiara",
    "Samuel",
    "Leila",
    "Jonas",
)
_LAST = (
    "Okafor",
    "Reyes",
    "Lindqvist",
    "Marchetti",
    "Haddad",
    "Novak",
    "Brennan",
    "Takeda",
    "Osei",
    "Varga",
    "Delacroix",
    "Sørensen",
    "Kowalczyk",
    "Achebe",
    "Moreau",
    "Ivanova",
    "Castell",
    "Quint",
)
_ROLES = (
    "chief executive officer",
    "CEO",
    "chief financial officer",
    "president",
    "chair of the board",
    "head of operations",
    "vice president of sales",
    "chief technology officer",
    "managing director",
    "founder",
    "general counsel",
    "head of sustainability",
)
_PLACES = (
    ("COLUMBUS", "Ohio", "US"),
    ("PORTLAND", "Ore.", "US"),
    ("AUSTIN", "Texas", "US"),
    ("LONDON", None, "UK"),
    ("MUNICH", "Germany", "DE"),
    ("LYON", "France", "FR"),
    ("OSLO", "Norway", "NO"),
    ("TORONTO", "Ontario", "CA"),
    ("SINGAPORE", None, "SG"),
    ("NAIROBI", "Kenya", "KE"),
    ("MELBOURNE", "Australia", "AU"),
    ("MINSK", None, "BY"),
    ("WARSAW", "Poland", "PL"),
    ("SÃO PAULO", "Brazil", "BR"),
    ("DUBLIN", "Ireland", "IE"),
)
_AGENCIES = ("PRNewswire", "BUSINESS WIRE", "GLOBE NEWSWIRE", "ACCESSWIRE", "Newsfile Corp.")
_NEWS_AGENCIES = ("Reuters", "AP", "AFP", "dpa", "BelTA", "Xinhua")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SHORT_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_PRODUCTS = (
    "Atlas",
    "Beacon",
    "Cinder",
    "Drift",
    "Ember",
    "Fathom",
    "Gable",
    "Harbor",
    "Inkwell",
    "Juniper",
)
_VERBS_PAST = ("announced", "unveiled", "launched", "reported", "completed", "introduced")
_SAID = ("said", "says", "added", "noted", "explained", "commented", "stated")
_MODALS = (
    "will",
    "plans to",
    "intends to",
    "aims to",
    "expects to",
    "has pledged to",
    "has promised to",
    "has agreed to",
    "must",
    "is determined to",
    "promises to",
)
_ACTIONS = (
    "open a second plant in {city}",
    "hire {n} engineers",
    "cut its carbon emissions by {p} percent",
    "double production of {product}",
    "bring {product} to {n} new markets",
    "repay the remaining ${n} million of its loan",
    "complete the acquisition",
    "train {n} apprentices",
    "move its headquarters to {city}",
    "publish its first climate report",
    "invest ${n} million in research",
    "phase out single-use plastics in its packaging",
)
_DEADLINES = (
    "by the end of {year}",
    "by {month} {year}",
    "in the second quarter of {year}",
    "by Q{q} {year}",
    "within 90 days",
    "over the next five years",
    "by {month} {day}, {year}",
    "early next year",
    "before the end of the decade",
    "in {year}",
    "by mid-{year}",
    "later this year",
)
_QUOTE_BODIES = (
    "This is the most important investment in our history, and it puts our customers first",
    "We listened to the people who use {product} every day, and we built what they asked for",
    "Our region has the workforce and the suppliers we were looking for",
    "The demand we see is real and it is growing faster than we planned",
    "We will keep every promise we made to our employees and to the city",
    "I am proud of the team and grateful to our partners for their patience",
    "Nobody in this industry has tried this at this scale before",
    "We expect the first units to ship before the holidays, and we are on track",
)


_T = TypeVar("_T")


def _pick(rng: random.Random, items: tuple[_T, ...]) -> _T:
    return items[rng.randrange(len(items))]


class _Release:
    """The cast and setting of one release, drawn once so names repeat consistently."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        sector, self.business = _pick(rng, _SECTORS)
        suffix = _pick(rng, _SUFFIXES)
        self.short = f"{_pick(rng, _PREFIXES)} {sector}"
        self.company = f"{self.short} {suffix}".strip()
        self.partner = f"{_pick(rng, _PREFIXES)} {_pick(rng, _SECTORS)[0]}"
        self.people = [(f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}", _pick(rng, _ROLES)) for _ in range(3)]
        self.city, self.region, self.country = _pick(rng, _PLACES)
        self.year = rng.randrange(2019, 2031)
        self.month = rng.randrange(12)
        self.day = rng.randrange(1, 29)
        self.product = _pick(rng, _PRODUCTS)
        self.quote_open, self.quote_close = _pick(rng, (('"', '"'), ("\u201c", "\u201d"), ("'", "'")))

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            city=_pick(self.rng, _PLACES)[0].title(),
            n=rng.choice((12, 40, 150, 200, 350, 1200)),
            p=rng.choice((20, 30, 40, 50)),
            product=self.product,
            year=self.year + rng.randrange(0, 4),
            month=_pick(rng, _MONTHS),
            day=rng.randrange(1, 29),
            q=rng.randrange(1, 5),
        )

    def dateline(self) -> str:
        rng, city, month = self.rng, self.city, _MONTHS[self.month]
        place = f"{city}, {self.region}" if self.region else city
        style = rng.randrange(6)
        if style == 0:
            return f"{place}, {month} {self.day}, {self.year} /{_pick(rng, _AGENCIES)}/ --"
        if style == 1:
            return f"{place}--({_pick(rng, _AGENCIES)})--{month} {self.day}, {self.year}--"
        if style == 2:
            return f"{city} ({_pick(rng, _NEWS_AGENCIES)}) -"
        if style == 3:
            return f"{city}, {self.day} {month} ({_pick(rng, _NEWS_AGENCIES)}) –"
        if style == 4:
            return f"{place}, {_SHORT_MONTHS[self.month]} {self.day}, {self.year} —"
        return f"{city.title()}, {self.day:02d}.{self.month + 1:02d}.{self.year} –"

    def headline(self) -> str:
        action = self.fill(_pick(self.rng, _ACTIONS))
        return f"{self.short} to {action[0].upper()}{action[1:]}".replace(" percent", "%")

    def direct_quote(self) -> str:
        rng = self.rng
        name, role = _pick(rng, tuple(self.people))
        body = self.fill(_pick(rng, _QUOTE_BODIES))
        more = self.fill(_pick(rng, _QUOTE_BODIES))
        o, c = self.quote_open, self.quote_close
        style = rng.randrange(5)
        verb = _pick(rng, _SAID)
        if style == 0:
            return f"{o}{body},{c} {verb} {name}, {role} of {self.company}. {o}{more}.{c}"
        if style == 1:
            return f"{name}, {role} at {self.short}, {verb}: {o}{body}. {more}.{c}"
        if style == 2:
            return f"{o}{body},{c} {name} {verb}. {o}{more}.{c}"
        if style == 3:
            return f"{o}{body}.{c}\n\u2013 {name}, {role}, {self.company}"
        return f"According to {name}, {role}, {o}{body[0].lower()}{body[1:]}.{c}"

    def indirect_quote(self) -> str:
        name, role = _pick(self.rng, tuple(self.people))
        action = self.fill(_pick(self.rng, _ACTIONS))
        return (
            f"{role[0].upper()}{role[1:]} {name} said the company would {action} "
            f"{self.fill(_pick(self.rng, _DEADLINES))} if regulators approve the plan."
        )

    def commitment(self) -> str:
        rng = self.rng
        modal = _pick(rng, _MODALS)
        # Only the modals that do not agree with their subject take a plural one.
        plural_ok = modal in ("will", "must", "has pledged to")
        joint = f"{self.short} and {self.partner}"
        who = rng.choice((self.short, "The company", joint if plural_ok else self.short, "It"))
        if who == joint:
            modal = modal.replace("has", "have")
        action = self.fill(_pick(rng, _ACTIONS))
        deadline = self.fill(_pick(rng, _DEADLINES))
        negation = " not" if modal == "will" and rng.random() < 0.1 else ""
        return f"{who} {modal}{negation} {action} {deadline}."

    def body(self) -> str:
        rng = self.rng
        sentences = [self.commitment()]
        if rng.random() < 0.6:
            sentences.append(
                f"The {self.product} line accounted for {rng.randrange(5, 60)} percent of revenue "
                f"in {self.year - 1}, up from {rng.randrange(1, 5)} percent a year earlier."
            )
        if rng.random() < 0.5:
            sentences.append(self.commitment())
        rng.shuffle(sentences)
        return " ".join(sentences)

    def lead(self) -> str:
        verb = _pick(self.rng, _VERBS_PAST)
        return (
            f"{self.dateline()} {self.company}, a maker of {self.business}, today {verb} "
            f"plans to {self.fill(_pick(self.rng, _ACTIONS))}, "
            f"a ${self.rng.randrange(5, 900)} million program. {self.commitment()}"
        )

    def highlights(self) -> str:
        bullet = _pick(self.rng, ("•", "-", "*", "–"))
        lines = [f"{bullet} {self.fill(_pick(self.rng, _ACTIONS)).capitalize()}" for _ in range(3)]
        return "Highlights:\n" + "\n".join(lines)

    def about(self) -> str:
        founded = self.year - self.rng.randrange(5, 80)
        return (
            f"About {self.company}\n{self.company} makes {self.business} for customers in "
            f"{self.rng.randrange(3, 60)} countries. Founded in {founded} and based in "
            f"{self.city.title()}, the company employs {self.rng.randrange(80, 20000):,} people. "
            f"Learn more at www.{self.short.lower().replace(' ', '-')}.example."
        )

    def contacts(self) -> str:
        first, last = _pick(self.rng, _FIRST), _pick(self.rng, _LAST)
        domain = self.short.lower().replace(" ", "")
        phone = f"+1 555 {self.rng.randrange(100, 999)} {self.rng.randrange(1000, 9999)}"
        email = f"{first.lower()}.{last.lower()}@{domain}.example"
        return f"Media contact:\n{first} {last}\n{self.company}\n{email}\n{phone}"

    def disclaimer(self) -> str:
        return (
            "Forward-Looking Statements\nThis press release contains forward-looking statements "
            "within the meaning of the securities laws, including statements about plans, "
            f"expectations and timing. Actual results may differ materially. {self.company} "
            "undertakes no obligation to update any forward-looking statement except as required by law."
        )


def release(seed: int, *, target_bytes: int | None = None) -> str:
    """One fictional release, the same for the same seed (about 4 KB unless told)."""
    rng = random.Random(seed)
    r = _Release(rng)
    target = target_bytes if target_bytes is not None else rng.randrange(2800, 5600)
    head = []
    if rng.random() < 0.3:
        head.append("FOR IMMEDIATE RELEASE")
    head.append(r.headline())
    if rng.random() < 0.5:
        head.append(f"{r.product} {_pick(rng, ('program', 'platform', 'plant'))} backed by {r.partner}")
    body: list[str] = [r.lead()]
    if rng.random() < 0.4:
        body.append(r.highlights())
    makers: tuple[Callable[[], str], ...] = (r.direct_quote, r.body, r.indirect_quote, r.body)
    tail = ["###", r.about(), r.contacts()]
    if rng.random() < 0.7:
        tail.append(r.disclaimer())
    size = sum(len(p) + 2 for p in head + body + tail)
    while size < target:
        paragraph = _pick(rng, makers)()
        body.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    text = "\n\n".join(head + body + tail) + "\n"
    if rng.random() < 0.05:
        text = text.replace("\n", "\r\n")
    return text


def releases(count: int, *, seed: int = 0) -> Iterator[str]:
    """``count`` releases from seeds ``seed``, ``seed + 1``, ..."""
    for i in range(count):
        yield release(seed + i)


def write_corpus(folder: Path, count: int, *, seed: int = 0) -> list[Path]:
    """Write ``count`` releases as NNNNNN.txt files into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(releases(count, seed=seed)):
        path = folder / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    return paths


def main() -> None:
    """Write a corpus to a folder, or print one release."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1, help="how many releases (default: 1)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first release (default: 0)")
    parser.add_argument("--out", type=Path, help="folder to write NNNNNN.txt files into (default: print)")
    args = parser.parse_args()
    if args.out is None:
        for text in releases(args.count, seed=args.seed):
            print(text)
        return
    write_corpus(args.out, args.count, seed=args.seed)


if __name__ == "__main__":
    main()
