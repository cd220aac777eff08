"""The header of a release: headline, dateline, publication date, paragraph roles.

The stage reads the release top down, the way an editor would:

1. Above the headline there may be labels ("FOR IMMEDIATE RELEASE", "Exhibit 99.1",
   an embargo note), date lines and a contact block; none of them is the title.
2. The headline is the first paragraph left, if it is short enough to be one.  The
   same line printed again right under it counts once; a line that finishes it
   ("... Announces" / "Creation of ...") belongs to it.
3. Between headline and body come subheadlines, highlight bullets, labels and date
   lines.  The body starts at the first paragraph that opens with a dateline, or,
   when none does, at the first paragraph that reads as prose.
4. From the body on, paragraphs are body until a section changes their role:
   "About X" (boilerplate), a contact heading or contact details (contact), a
   forward-looking-statement or other legal notice (disclaimer), the end mark
   ``###`` / ``-30-`` (what follows is boilerplate unless it is a contact block or a
   disclaimer).

Labels, header date lines and end marks are layout, not content: they get no
paragraph in the result.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

import attrs

from pressdoc._contacts import has_detail, heading_end, read_contacts
from pressdoc._dateline import (
    DATE_LINE_MAX,
    DATE_PATTERN,
    TIME_PATTERN,
    DatelineHit,
    find_date,
    full_date,
    match_date_line,
    match_dateline,
    match_numeric_date_line,
    match_place_date_line,
    search_date,
)
from pressdoc._model import Contact, Dateline, Paragraph, ParagraphRole
from pressdoc._text import TextView

# How many paragraphs from the top may still belong to the header.
TOP: Final = 20
# The longest paragraph taken for a headline, and for a subheadline.
HEADLINE_MAX: Final = 300
SUBHEADLINE_MAX: Final = 250
# Paragraphs this long are body prose; the search for a dateline stops at them.
PROSE: Final = 400

_LABELS: Final = (
    r"(?i:for[ ]immediate[ ]release|immediate[ ]release|for[ ]release[ ]immediately|release[ ]immediately"
    r"|(?:joint[ ])?(?:news|press|media)[ ](?:release|statement|advisory|alert|announcement|note|invitation)"
    r"(?:[ ](?:no\.?|nr\.?|number|\#)[ ]?\d{1,6}(?:[/\-]\d{1,6})?)?"
    r"|news|press|media|newsroom|statements?(?:[ ]and[ ]releases)?|briefing[ ]room|readout|fact[ ]sheet"
    r"|update|updated|correction|corrected|photo[ ]release|announcement|-*[ ]?more[ ]?-*"
    r"|(?:news|press)[ ]releases|latest[ ]news|news[ ]story|press[ ]notice|media[ ]statement"
    r"|speeches[ ]and[ ]remarks|presidential[ ]actions|(?:official[ ])?statistic(?:s|al)[ ]release"
    r"|\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.?m\.?)?(?:[ ][A-Z]{2,4})?)"
)
_STRICT_LABEL: Final = re.compile(
    rf"[ *=_\-–—]*{_LABELS}(?:[ ]*[:\-–—|/,][ ]*{_LABELS})*[ ]*[:\-–—|,]?[ ]*"
    rf"(?:{DATE_PATTERN}{TIME_PATTERN}?)?[ *=_\-–—.:]*"
)
# A reference number alone on its line; it must have a slash, a letter and a digit.
_REFERENCE: Final = re.compile(
    r"[ ]*(?i:(?:ref(?:erence)?|no)\.?[ ]*:?[ ]*)?[A-Za-z0-9][A-Za-z0-9/.\-]{2,39}[ ]*"
)
# Listings printed above the headline: "NYSE: ACME", "(NASDAQ: ACME, TSX: ACM)".
_TICKER_LINE: Final = re.compile(
    r"[ ]*\(?(?:(?i:nyse|nasdaq|amex|tsx|tsxv|tsx-v|lse|aim|asx|otcqx|otcqb|otc|cse|hkex|sgx|euronext|six"
    r"|xetra|fwb|fse|nzx|jse)(?:[ ](?i:american|global|capital|select|market))*[ ]?:[ ]?[A-Z][A-Z0-9.\-]{0,9}"
    r"[ ]*[,;|/]?[ ]*)+\)?[ ]*"
)
# A listing after a company's name: "Acme Holdings plc (LSE: ACM)".
_LISTED: Final = re.compile(
    r"[ ]*\((?i:nyse|nasdaq|amex|tsx|tsxv|lse|aim|asx|otc\w*|cse|hkex|sgx|euronext|six|xetra)"
    r"[^()\n]{0,40}\)[ ]*\Z"
)
# A release's number printed after its date: ", No. 114/26", " | Ref. PR-2026-07".
_NUMBER_TAIL: Final = re.compile(
    r"[ ]*[,;|–—-][ ]*(?:No|Nr|Ref|Reference|Release)\.?[ ]*(?:No\.?[ ]*)?[\w/.-]{1,20}[ ]*"
)
# A site's path above the headline: "Home > Newsroom > Press releases".
_BREADCRUMB: Final = re.compile(r"[ ]*[^\n>›»]{1,40}(?:[>›»][^\n>›»]{1,60}){2,8}")
_BYLINE: Final = re.compile(r"[ ]*(?:(?i:posted|written|published)[ ])?(?:By|BY|by)[ ]")
_METADATA_LABELS: Final = r"(?i:from|published|first[ ]published|last[ ]updated|part[ ]of|source)[ ]*:"
_RELEASE_LABEL: Final = re.compile(
    r"[ *=_\-–—]*(?i:for[ ]immediate[ ]release|immediate[ ]release|(?:news|press|media)[ ]release"
    r"|(?:media|news)[ ]advisory|(?:official[ ])?statistic(?:s|al)[ ]release)"
    r"[ *=_\-–—.:]*(?:[ ]*\S[^\n]{0,60})?"
)
_TITLE_LABEL: Final = re.compile(
    r"(?i:for[ ]immediate[ ]release|(?:news|press|media)[ ]release|(?:media|news)[ ]advisory)"
    r"[ ]*[:|\-–—]+[ ]*(?=\S)"
)
_LOOSE_LABEL: Final = re.compile(
    r"[ ]*(?i:(?:under[ ])?embargo(?:ed)?|hold[ ]for[ ]release|for[ ]release[ ](?:at|on|after|until)"
    r"|for[ ]release[ ]*:|not[ ]for[ ](?:publication|release|distribution|broadcast)"
    r"|ex(?:hibit)?[ -]?\d{1,3}(?:\.\d{1,3})?|" + _METADATA_LABELS + r")(?:\b|(?<=:))"
)
_METADATA: Final = re.compile(r"[ ]*" + _METADATA_LABELS)
# The site tag that web pages print under their letterhead: "Official website",
# "An official website of the State of ...".
_SITE_TAG: Final = re.compile(
    r"[ ]*(?i:(?:an?[ ])?official[ ](?:web[ ]?site|site|portal|web[ ]portal))"
    r"(?:[ ](?i:of)[ ][^\n]{1,80})?[ .]*"
)
_END_MARK: Final = re.compile(
    r"[ ]*(?:(?:#[ ]*){1,5}|[-–—]+[ ]*30[ ]*[-–—]+|[-–—]*[ ]*(?i:ends?)[ ]*[-–—]*|\*{3}|(?i:x{3}))[ ]*"
)
_BULLET: Final = re.compile(r"[ ]*(?:[*•·▪◦‣●○■□➢➤►✓✔\-–]|\d{1,2}[.)])[ ]+(?=[^ \n])")
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')]*\Z")
_ABOUT_OPENING: Final = r"[ ]*(?i:about)[ ]+(?:the[ ]+)?(?=[A-Z\"“])"
_ABOUT: Final = re.compile(_ABOUT_OPENING)
_DISCLAIMER_OPENING: Final = (
    r"[ ]*[\"“‘']?(?i:(?:cautionary|special|important)[ ](?:note|statement|language|information|notice)"
    r"|forward[- ]looking[ ](?:statements?|information)|safe[ ]harbou?r|disclaimer|disclosure|legal[ ]notice"
    r"|note[ ]regarding|non-gaap|information[ ]regarding[ ]forward|certain[ ]statements[ ](?:in|made)"
    r"|(?:this|the)[ ](?:press|news)[ ]release[ ](?:contains|includes|may[ ]contain|may[ ]include)"
    r"|statements[ ]in[ ]this[ ](?:press|news)[ ]release|except[ ]for[ ](?:the[ ])?historical)"
)
_FORWARD_LOOKING: Final = re.compile(r"(?i:forward[- ]looking[ ](?:statement|information)|safe[ ]harbou?r)")
_LEGAL_OPENING: Final = (
    r"[ ]*(?:©|\((?i:c)\)[ ]|(?i:copyright)\b|-[ ]?[cC][ ]?-[ ]|(?i:trademarks?)[ ]*\Z"
    r"|SOURCE[ ][A-Z]|(?i:view[ ](?:source|original)[ ](?:version|content)))"
)
_LEGAL_WORDS: Final = re.compile(
    r"(?i:risks?\b|uncertaint|forward[- ]looking|actual[ ]results|undertakes?|no[ ]obligation|assumptions"
    r"|form[ ]10-[kq]|filings?[ ]with|cautioned|could[ ]differ|materially|exchange[ ]commission)"
)
# One pass at the start of each body-side paragraph tells which section it opens.
_SECTION: Final = re.compile(
    rf"(?P<about>{_ABOUT_OPENING})|(?P<disclaimer>{_DISCLAIMER_OPENING})|(?P<legal>{_LEGAL_OPENING})"
)
# How "About X" boilerplate that runs on from its heading goes on: "X is a ...".
_DESCRIBES: Final = re.compile(
    r"\b(?:is|are|was)[ ](?:a|an|the|one)\b|\b(?i:founded|headquartered|established|based[ ]in)\b"
)
_WORD: Final = re.compile(r"[^\W\d_]{2}")
_RESERVED: Final = re.compile(r"(?i:all[ ]rights[ ]reserved|(?:registered[ ])?trademarks?[ ]of[ ])")

_CONNECTORS: Final = frozenset(
    """
    to of for and or with in on at by from as into amid after over through via than that while
    across & — – - plus including under without against among
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_DANGLING: Final = frozenset(
    """
    a an the of to for and or with in on at by from as its their his her our your into amid after
    over about between than & announces announce names launches unveils appoints introduces signs
    acquires selects completes expands opens welcomes hosts receives wins awards honors joins elects
    debuts urges calls sets plans is are will new says reports buys acquire agrees extends delivers
    offers adds hires invests teams earns achieves named appointed elected enters forms reaches
    secures closes
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_LEAD: Final = re.compile(
    r"(?P<org>(?:The[ ])?[A-Z][\w&.'’®™\-]*(?:[ ](?:[A-Z0-9][\w&.'’®™\-]*|of|and|for|the|de|&)){0,7})"
    r"(?:[ ]?\([^()\n]{1,60}\))?(?:,[^\n]{1,200}?,)?[ \n]+"
    r"(?:(?:today|yesterday|recently|this[ ]week)[ \n]+)?(?:\w+ly[ \n]+)?"
    r"(?:announced|announces|unveiled|unveils|launched|launches|reported|reports|introduced|introduces"
    r"|released|releases|named|names|appointed|appoints|celebrated|celebrates|welcomed|welcomes|signed"
    r"|signs|completed|completes|opened|opens|received|receives|awarded|awards|hosted|hosts|issued"
    r"|issues|joined|joins|entered|expanded|expands|revealed|reveals|debuted|debuts|confirmed|confirms"
    r"|acquired|acquires|selected|partnered|declared|presented|is[ ](?:pleased|proud|excited|thrilled"
    r"|delighted|honored|launching|partnering|hosting|expanding)|has[ ]\w+|will[ ]\w+|plans|agreed)\b"
)
# Words that open a lead sentence without naming its subject.
_LEAD_OPENERS: Final = frozenset(
    "today yesterday tomorrow tonight this earlier later recently now on in at during after before".split()  # noqa: SIM905
)
_MARKS: Final = re.compile(r"-(?:Registered[ ])?Trademark-|\((?:R|TM|SM)\)|[®™℠]")
_ABOUT_STOP: Final = frozenset(
    """
    The Founded Established Headquartered Since Based With For As In At Our We Celebrating Since
    Through Today Now From A An It Its
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_ABOUT_PARTICLES: Final = frozenset("of the and for de & la le du von van".split())  # noqa: SIM905


@attrs.frozen
class Header:
    """What the header stage learned, and the paragraphs with their roles.

    ``paragraphs`` holds every paragraph of the release but the layout marks (labels
    such as "FOR IMMEDIATE RELEASE", header date lines, the end mark ``###``), each
    with its role.  ``issuer`` is the organization issuing the release, as printed in
    the lead sentence ("Acme Corp. today announced") or the "About X" boilerplate.
    ``body_start`` is the offset where the body text begins: after the dateline when
    there is one, else at the first body paragraph (the length of the text if the
    release has no body).
    """

    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    contacts: tuple[Contact, ...] = ()
    issuer: str | None = None
    body_start: int = 0


def _squash(value: str) -> str:
    return " ".join(value.split()).casefold()


@attrs.define
class _Reading:
    """The state of one pass over the paragraphs (private and mutable, never returned)."""

    view: TextView
    paragraphs: tuple[Paragraph, ...]
    roles: list[ParagraphRole | None]
    header_dates: list[str] = attrs.field(factory=list)
    contact_groups: list[tuple[int, int]] = attrs.field(factory=list)
    loose_dateline: tuple[int, DatelineHit] | None = None
    letterhead_org: str | None = None
    # Several steps ask whether the same paragraph opens with a dateline; it is read once.
    datelines: dict[int, DatelineHit | None] = attrs.field(factory=dict)
    # (start, end) of each paragraph: the steps read spans far more often than anything else.
    spans: list[tuple[int, int]] = attrs.field(init=False)

    @spans.default
    def _spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.paragraphs]

    def dateline(self, i: int) -> DatelineHit | None:
        """The dateline opening paragraph ``i``, if it has one."""
        if i not in self.datelines:
            a, b = self.spans[i]
            self.datelines[i] = match_dateline(self.view.text, a, b)
        return self.datelines[i]

    def body_of(self, i: int) -> str:
        a, b = self.spans[i]
        return self.view.text[a:b]


@attrs.frozen
class _Layout:
    """A label, header date line or end mark: layout rather than content."""

    date: str | None = None
    # a dateline printed on a line of its own, with nothing after it
    dateline: DatelineHit | None = None


def _layout(reading: _Reading, i: int) -> _Layout | None:
    """What paragraph ``i`` is if it is a label, a date line or an end mark."""
    text = reading.view.text
    a, b = reading.spans[i]
    if b - a > 150:
        return None
    if _END_MARK.fullmatch(text, a, b):
        return _Layout()
    if _STRICT_LABEL.fullmatch(text, a, b) or _LOOSE_LABEL.match(text, a, b):
        return _Layout(date=search_date(text, a, b))
    if b - a <= 100 and _SITE_TAG.fullmatch(text, a, b):
        return _Layout()
    date = match_date_line(text, a, b)
    if date is not None:
        return _Layout(date=date)
    numeric = match_numeric_date_line(text, a, b)
    if numeric is not None:
        return _Layout(date=numeric[0])
    if b - a <= 40 and _REFERENCE.fullmatch(text, a, b) and _reference(text[a:b]):
        return _Layout()  # a document number: "PR/2025/114", "SG/SM/12345"
    if _TICKER_LINE.fullmatch(text, a, b) or _BREADCRUMB.fullmatch(text, a, b):
        return _Layout()  # "NYSE: ACME | TSX: ACM", "Home > Newsroom > Press releases"
    hit = reading.dateline(i)
    if hit is None or hit.rest < b:
        hit = match_place_date_line(text, a, b)
    if hit is not None and hit.rest >= b:
        if hit.place is not None and _institution(text[hit.place[0] : hit.place[1]]):
            return _Layout(date=hit.date)  # "Ministry of Inland Waterways, 5 March 2026": no place
        return _Layout(date=hit.date, dateline=hit if hit.place is not None else None)
    if b - a <= DATE_LINE_MAX:
        m = find_date(text, a, b)
        if m is not None and m.start() == a and _NUMBER_TAIL.fullmatch(text, m.end(), b):
            date = match_date_line(text, a, m.end())
            if date is not None:
                return _Layout(date=date)  # "17 May 2026, No. 114/26": the date and a release number
        if m is not None and m.start() > a:
            issuer = text[a : m.start()].rstrip(" ,:|-–—")
            date = match_date_line(text, m.start(), b)
            if date is not None and issuer and _letterhead_kind(issuer) in ("org", "office", "person"):
                return _Layout(date=date)  # "Office of the Governor — March 3, 2025"
    return None


def _note_layout(reading: _Reading, i: int, layout: _Layout) -> None:
    reading.roles[i] = None
    if full_date(layout.date) is not None and layout.date is not None:
        reading.header_dates.append(layout.date)
    if layout.dateline is not None:
        # a date line of the header, and the dateline itself if the body under it
        # has none of its own
        reading.loose_dateline = (i, layout.dateline)


def _reference(value: str) -> bool:
    code = value.rsplit(maxsplit=1)[-1]
    return "/" in code and any(c.isdigit() for c in code) and any(c.isalpha() for c in code)


def _contact_like(text: str, a: int, b: int) -> bool:
    """Whether a short paragraph with neither a contact detail nor a heading still reads
    as a line of a contact block: a web address, or a name, title or organization."""
    if text.find("www.", a, b) >= 0 or text.find("://", a, b) >= 0:
        return True
    if b - a > 60 or (_ends_sentence(text, a, b) and text.count(" ", a, b) >= 5):
        return False  # a name, title or "Acme Corp." line, not a sentence
    return text[a].isupper() or text[a].isdigit() or text[a] in "+("


def _contact_block(reading: _Reading, i: int, *, top: bool, limit: int | None = None) -> int:
    """Mark the contact block that starts at ``i`` (and ends before ``limit``); return the index after it."""
    j = _contact_extent(reading, i, top=top, limit=limit)
    for k in range(i, j):
        reading.roles[k] = "contact"
    reading.contact_groups.append((i, j))
    return j


def _contact_extent(reading: _Reading, i: int, *, top: bool, limit: int | None = None) -> int:
    """The index after the contact block that starts at ``i`` (and ends before ``limit``)."""
    text = reading.view.text
    n = len(reading.paragraphs) if limit is None else limit
    if top:
        n = min(n, i + TOP)  # the header holds a few lines of contacts, not a directory
    a, b = reading.spans[i]
    headed = heading_end(text, a, b) is not None
    last_detail = i if has_detail(text, a, b) else -1
    j = i + 1
    while j < n:
        a, b = reading.spans[j]
        if _END_MARK.fullmatch(text, a, b) or _SECTION.match(text, a, b) or b - a > 200:
            break
        if has_detail(text, a, b):
            last_detail = j
        else:
            heading = heading_end(text, a, b) is not None
            if not heading and not _contact_like(text, a, b):
                break
            if not headed and not heading:
                break  # without a heading only lines with details continue the block
        j += 1
    if top:
        j = max(last_detail + 1, i + 1)
    return j


def _is_contact_start(text: str, a: int, b: int) -> bool:
    if heading_end(text, a, b) is not None:
        return True
    return b - a <= 200 and has_detail(text, a, b)


def _headline_like(text: str, a: int, b: int) -> bool:
    if b - a > HEADLINE_MAX or text[b - 1] == ":":
        return False
    return _WORD.search(text, a, b) is not None and not _BULLET.match(text, a, b)


def _letters_upper(value: str) -> bool:
    """Whether the text has cased letters and all of them are capitals."""
    return value.upper() == value and value.lower() != value


def _title_cased(value: str) -> bool:
    words = [w for w in value.split() if sum(map(str.isalpha, w)) >= 4]
    if not words:
        return True
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


def _finishes_title(text: str, head: tuple[int, int], tail: tuple[int, int]) -> bool:
    """Whether paragraph ``tail`` is the rest of a headline broken after ``head``."""
    if tail[1] - tail[0] > 150 or text.count("\n", head[1], tail[0]) > 2:
        return False
    head_text, tail_text = text[head[0] : head[1]], text[tail[0] : tail[1]]
    if (
        len(tail_text) > len(head_text) + 20
        or _ends_sentence(tail_text, 0, len(tail_text))
        or tail_text.endswith(":")
    ):
        return False
    if _BULLET.match(tail_text) or _letters_upper(head_text) != _letters_upper(tail_text):
        return False
    if _letters_upper(head_text) and len(head_text) <= 80 and head_text[-1] not in ".!?:;":
        return True  # an all-capitals title broken over two lines ("ACME NAMES JANE ROE / TO ITS BOARD")
    if not _letters_upper(head_text) and not _title_cased(tail_text):
        return False
    first = tail_text.split(None, 1)[0].lower()
    last = head_text.rsplit(None, 1)[-1].lower()
    return first in _CONNECTORS or tail_text[0].islower() or last in _DANGLING or head_text[-1] in ",&:;–—-"


def _read_top(reading: _Reading) -> tuple[int | None, int]:
    """Find the headline; return its index (None if there is none) and where the scan stopped."""
    text = reading.view.text
    n = len(reading.paragraphs)
    i = 0
    while i < min(n, TOP):
        layout = _layout(reading, i)
        if layout is not None:
            _note_layout(reading, i, layout)
            i += 1
            continue
        a, b = reading.spans[i]
        if _is_contact_start(text, a, b):
            i = _contact_block(reading, i, top=True)
            continue
        hit = reading.dateline(i)
        if hit is not None or not _headline_like(text, a, b):
            return None, i
        head = _after_letterhead(reading, i)
        return (head if head != i else _past_letterhead(reading, i)), i
    return None, i


def _after_letterhead(reading: _Reading, first: int) -> int:
    """The headline: ``first``, or the first candidate under a release label printed below it.

    Government and agency releases often print a letterhead (office name, address)
    above "FOR IMMEDIATE RELEASE"; the headline is then under the label.
    """
    text = reading.view.text
    n = len(reading.paragraphs)
    for j in range(first + 1, min(n, TOP)):
        a, b = reading.spans[j]
        if b - a > PROSE or reading.dateline(j) is not None:
            return first
        if _RELEASE_LABEL.fullmatch(text, a, b):
            if not _letterhead(reading, first, j):
                return first  # a title printed above its label, as some releases do
            k = j + 1
            while k < min(n, j + 6):
                c, d = reading.spans[k]
                if _layout(reading, k) is not None:
                    k += 1
                    continue
                if _is_contact_start(text, c, d):
                    # "Media Inquiries: Jo Roe, (555) ..." under the label is a contact, never the title
                    k = _contact_extent(reading, k, top=True, limit=min(n, j + 6))
                    continue
                if _headline_like(text, c, d) and reading.dateline(k) is None:
                    m = j
                    while m < k:
                        found = _layout(reading, m)
                        if found is not None:
                            _note_layout(reading, m, found)
                            m += 1
                        else:
                            m = _contact_block(reading, m, top=True, limit=k)
                    for m in range(first, j):
                        _note_letterhead(reading, m)
                    return k
                return first
    return first


def _letterhead(reading: _Reading, first: int, label: int) -> bool:
    """Whether the paragraphs above the release label read as a letterhead.

    Office names, addresses and phone lines are short, and there are several of them
    or they are printed in capitals; a title above its label is a single line in
    title case.
    """
    text = reading.view.text
    lines = [reading.spans[k] for k in range(first, label)]
    if any(b - a > 60 for a, b in lines):
        return False
    if all(_letterhead_kinds(text, a, b) for a, b in lines):
        return True  # "Harbor County Water Board" over "News Release"
    return len(lines) >= 2 or all(_letters_upper(text[a:b]) for a, b in lines)


# Letterheads.  Agencies, ministries, police departments and school districts print
# who they are above the headline: an organization's name, "Acme Agency - Press
# release", a minister's name and office.  Such a line is a noun phrase of
# capitalized words with no verb, naming an organization (its last word, or the word
# before "of", is an organization word) or a person (an honorific and a name, or a
# name and post-nominal letters) or an office ("Minister for Water").
_ORG_HEADS: Final = frozenset(
    """
    ministry department office agency commission council authority bureau board service services
    administration government court parliament assembly senate legislature congress foundation
    institute institution university college district school schools hospital trust fund
    organization organisation association society federation confederation chamber secretariat
    presidency embassy consulate mission command corps committee centre center division
    directorate inspectorate tribunal ombudsman police constabulary municipality cabinet party
    union bank library museum observatory laboratory alliance coalition partnership consortium
    cooperative co-operative inc inc. corp corp. corporation ltd ltd. limited llc plc group
    holdings company gmbh ag se house nations relations communications affairs newsroom
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_CORPORATE_SUFFIXES: Final = frozenset("plc ltd ltd. inc inc. llc ag se sa nv bv gmbh".split())  # noqa: SIM905
# Organization words that also name places: "District of Columbia", "Government House".
_PLACE_HEADS: Final = frozenset("district house nations".split())  # noqa: SIM905
# Places name an issuer only with "of": "City of Springfield", "State of ...".
_ORG_OPENERS: Final = _ORG_HEADS | frozenset(
    "state town city county village township borough province republic kingdom commonwealth port".split()  # noqa: SIM905
)
_NAME_PARTICLES: Final = frozenset("of and for the de du des la le & on y van von da der".split())  # noqa: SIM905
_STRONG_HONORIFICS: Final = frozenset("hon hon. honourable honorable rt rt. right".split())  # noqa: SIM905
_WEAK_HONORIFICS: Final = frozenset(
    """
    senator sen. representative rep. congressman congresswoman councillor councilor councilmember
    councilman councilwoman alderman alderwoman assemblymember assemblyman assemblywoman delegate
    mayor governor premier minister commissioner chief sheriff superintendent director president
    chair chairman chairwoman chairperson
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_POST_NOMINALS: Final = frozenset(
    "mp mla mpp msp mha mhr mna ms td qc kc pc oam ao ac obe mbe cbe jp".split()  # noqa: SIM905
)
_OFFICES: Final = frozenset(
    """
    minister ministers secretary premier treasurer attorney-general solicitor-general auditor-general
    senator mayor governor lieutenant-governor commissioner representative congressman
    congresswoman member councillor councilor ambassador spokesperson president vice-president
    chair chairman chairwoman chairperson chancellor ombudsman leader speaker
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
# Offices named "for" something: "Minister for Water", "Senator for Franklin".
_FOR_OFFICES: Final = frozenset(
    "minister ministers secretary senator commissioner member spokesperson representative ambassador".split()  # noqa: SIM905
)
# Title-case headline verbs; a letterhead has none.
_HEADLINE_VERBS: Final = frozenset(
    """
    announces announce names launches unveils appoints introduces signs acquires selects completes
    expands opens welcomes hosts receives wins awards honors joins elects debuts urges calls sets
    plans says reports buys acquire agrees extends delivers offers adds hires invests teams earns
    achieves reaches secures closes approves adopts arrests charges warns seeks invites marks
    recognizes recognises thanks raises files sues settles commends congratulates mourns celebrates
    honours cuts boosts grows gains falls rises drops leads partners supports helps backs funds
    grants donates gives provides brings makes takes gets sees finds shows reveals releases
    publishes updates confirms denies rejects accepts passes votes promotes sells begins starts
    ends resumes restores breaks holds announced named appointed elected selected honored honoured
    recognized awarded arrested charged sentenced indicted approved opened launched acquired
    completed released signed form launch sign join expand partner unveil celebrate open team
    introduce complete create establish enter renew extend deepen strengthen close win receive earn
    host award welcome name appoint select approve adopt build mark raise invest acquire merge
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
_LETTERHEAD_SPLIT: Final = re.compile(r"[ ]+-{1,2}[ ]+|[ ]*[|–—][ ]*|:[ ]+")
_LETTERHEAD_SEPARATORS: Final = "-|–—:"


def _split_letterhead(line: str) -> list[str]:
    """The parts of a letterhead line; most lines have no separator, and a test for one
    is far cheaper than the split."""
    if not any(c in line for c in _LETTERHEAD_SEPARATORS):
        return [line]
    return _LETTERHEAD_SPLIT.split(line)


_RELEASE_WORDS: Final = re.compile(
    r"(?i:(?:joint[ ])?(?:press|news|media)[ ](?:release|statement|notice|note|advisory|alert|announcement"
    r"|office|centre|center|room|briefing)s?(?:[ ](?:no\.?|nr\.?|number|\#)[ ]?\d{1,6}(?:[/\-]\d{1,6})?)?)"
)
_DIGITS: Final = re.compile(r"\d")
_NEWS_FROM: Final = re.compile(
    r"[ ]*(?i:(?:(?:news|press|media)[ ](?:release[ ])?|a[ ]message[ ])from)[ ]+(?=\S)"
)
# A street address, post box or "Town, ST 12345" line printed under a letterhead.
_ADDRESS: Final = re.compile(
    r"[ ]*(?i:\d{1,6}[a-z]?[ ][^\n]{1,50}?[ ](?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln"
    r"|way|place|pl|plaza|square|sq|parkway|pkwy|highway|hwy|court|ct|terrace|row|floor|suite)\b[^\n]{0,40}"
    r"|p\.?[ ]?o\.?[ ]box[ ]\d{1,6}[^\n]{0,40}|[^\n,]{2,40},[ ][A-Z]{2}[ ]\d{5}(?:-\d{4})?)[ ]*"
)


def _place_tail(lowered: list[str], k: int) -> bool:
    """Whether word ``k`` ends the place of "City of Cedar Falls", where a verb-like word is a name.

    A headline does not end on its verb; a place named after "City of", "Town of" may
    ("... Falls", "... Rapids", "... Springs").
    """
    if k != len(lowered) - 1 or k < 3 or lowered[k - 1] in _NAME_PARTICLES:
        return False
    return any(word in _ORG_OPENERS and nxt == "of" for word, nxt in itertools.pairwise(lowered[: k - 1]))


def _name_words(words: list[str]) -> bool:
    """Whether every word is capitalized or a particle of a name, with no verb among them."""
    lowered = [w.lower().strip(",") for w in words]
    for k, (word, low) in enumerate(zip(words, lowered, strict=True)):
        if low in _NAME_PARTICLES:
            if k == 0 and low != "the":
                return False
            if (
                low in ("for", "on")
                and lowered[k - 1] not in _ORG_OPENERS
                and lowered[k - 1] not in _FOR_OFFICES
            ):
                return False  # "Department for ...", "Minister for ...", not "New Chair for the Board"
            continue
        if not (word[0].isupper() or (k > 0 and low in _CORPORATE_SUFFIXES)):
            return False  # lower case only in "Acme Holdings plc"
        if low in _HEADLINE_VERBS and not _place_tail(lowered, k):
            return False
        if (
            k + 1 < len(words)
            and len(low) > 3
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "'s", "’s", "ics"))
            and low not in _ORG_HEADS
        ):
            following = lowered[k + 1]
            if not (
                following in _ORG_HEADS
                or following in _OFFICES
                or following in _NAME_PARTICLES
                or following.endswith("s")
            ):
                return False  # "Acme Buys Beta Holdings": a verb in the third person
    return True


def _letterhead_kind(line: str) -> str | None:
    """What a letterhead line names: "org", "person", "office", "weak" (a name that needs its office)."""
    prefix = _NEWS_FROM.match(line)
    if prefix is not None:
        line = line[prefix.end() :]  # "News from the Office of the Governor"
    listing = _LISTED.search(line) if "(" in line else None
    if listing is not None:
        line = line[: listing.start()]  # "Acme Holdings plc (LSE: ACM)"
    parts = [part for part in _split_letterhead(line.strip()) if part]
    if len(parts) > 1:
        named = [part for part in parts if not _RELEASE_WORDS.fullmatch(part)]
        if not named:
            return None  # a release label alone is layout
        kinds = [_letterhead_kind(part) for part in named]
        if all(kind in ("org", "person", "office", "address") for kind in kinds) and kinds[0] != "address":
            return "org"
        if len(named) < len(parts) and all(
            len(part.split()) <= 6 and _name_words(part.split()) for part in named
        ):
            return "org"  # "Acme Agency - Press release"
        return None
    if _ADDRESS.fullmatch(line):
        return "address"
    words = line.split()
    if not words or len(words) > 10 or _DIGITS.search(line) or not _name_words(words):
        return None
    lowered = [w.lower().strip(",") for w in words]
    if lowered[0] == "the":
        lowered = lowered[1:]
    if not lowered:
        return None
    if lowered[0] in _STRONG_HONORIFICS and len(lowered) >= 3:
        return "person"  # "The Honourable Jane Roe MP", "Hon. Jane Roe"
    if lowered[-1] in _POST_NOMINALS and 3 <= len(lowered) <= 6:
        return "person"  # "Jane Roe MP"
    if lowered[-1] in _ORG_HEADS or any(
        word in _ORG_OPENERS and nxt in ("of", "for", "on") for word, nxt in itertools.pairwise(lowered)
    ):
        return "org"
    if any(word in _OFFICES for word in lowered[:3]) and (
        len(lowered) == 1 or lowered[1] in _NAME_PARTICLES or lowered[0] not in _WEAK_HONORIFICS
    ):
        return "office"  # "Minister for Water and Regional Development"
    if lowered[0] in _WEAK_HONORIFICS and 2 <= len(lowered) <= 5:
        return "weak"  # "Senator Jane Roe": a letterhead only with the office under it
    return None


def _institution(place: str) -> bool:
    """Whether a dateline-shaped place is an issuer's name ("Ministry of Health") rather than a place.

    "District of Columbia" or "Republic of Korea" are places, though shaped like names.
    """
    kind = _letterhead_kind(place)
    if kind in ("office", "person", "weak"):
        return True
    words = {w.lower().strip(",") for w in place.split()}
    return kind == "org" and not words.isdisjoint(_ORG_HEADS - _PLACE_HEADS)


def _letterhead_kinds(text: str, a: int, b: int) -> list[str] | None:
    """The kind of each line of a letterhead paragraph, or None if it is no letterhead."""
    if b - a > 160:
        return None
    kinds: list[str] = []
    for line in text[a:b].split("\n"):
        if not line.strip():
            continue
        if len(line) > 80:
            return None
        kind = _letterhead_kind(line)
        if kind is None:
            return None
        kinds.append(kind)
    return kinds


def _note_letterhead(reading: _Reading, i: int) -> None:
    """Keep letterhead paragraph ``i`` as a subheadline; the first organization it names is the issuer's."""
    reading.roles[i] = "subheadline"
    if reading.letterhead_org is not None:
        return
    a, b = reading.spans[i]
    source = reading.view.source
    for line in reading.view.text[a:b].split("\n"):
        prefix = _NEWS_FROM.match(line)
        offset = prefix.end() if prefix is not None else 0
        for part in _split_letterhead(line[offset:]):
            if part.strip() and _letterhead_kind(part) == "org":
                start = reading.view.text.find(part, a, b)
                reading.letterhead_org = source[start : start + len(part)].strip()
                return


def _past_letterhead(reading: _Reading, first: int) -> int:
    """The headline: ``first``, or the headline-like paragraph under a letterhead starting at ``first``.

    Labels, date lines and a contact block may stand between the letterhead and the
    headline.  The letterhead lines keep their text as ``subheadline``s.
    """
    text = reading.view.text
    n = len(reading.paragraphs)
    limit = min(n, first + 8)
    kinds: list[str] = []
    letterhead: list[int] = []
    k = first
    while k < limit:
        a, b = reading.spans[k]
        found = _letterhead_kinds(text, a, b)
        if found is not None:
            kinds.extend(found)
            letterhead.append(k)
            k += 1
        elif k == first:
            return first
        elif _layout(reading, k) is not None:
            k += 1
        elif _is_contact_start(text, a, b):
            k = _contact_extent(reading, k, top=True, limit=limit)
        else:
            break
    # a name with a weak honorific ("Senator Jane Roe") is a letterhead only over its
    # office or under its organization ("Westfield Police Department" / "Chief Jane Roe")
    if k >= limit or not kinds or kinds[0] not in ("org", "person", "office", "weak"):
        return first
    for before, kind, after in zip(["", *kinds], kinds, [*kinds[1:], ""], strict=False):
        if kind == "weak" and after != "office" and before != "org":
            return first
    a, b = reading.spans[k]
    if not _headline_like(text, a, b) or reading.dateline(k) is not None or _BYLINE.match(text, a, b):
        return first
    if text[b - 1] == "." and text.count(" ", a, b) >= 10:
        return first  # a body sentence, not a headline
    m = first
    while m < k:
        if m in letterhead:
            _note_letterhead(reading, m)
            m += 1
            continue
        layout = _layout(reading, m)
        if layout is not None:
            _note_layout(reading, m, layout)
            m += 1
        else:
            m = _contact_block(reading, m, top=True, limit=k)
    return k


def _read_title(reading: _Reading, head: int) -> tuple[str, int]:
    """Mark the headline at ``head`` and what repeats or finishes it; return title and next index."""
    text, source = reading.view.text, reading.view.source
    n = len(reading.paragraphs)
    reading.roles[head] = "headline"
    first = reading.spans[head]
    last = first
    j = head + 1
    if j < n and _squash(reading.body_of(j)) == _squash(reading.body_of(head)):
        reading.roles[j] = "headline"  # printed twice, counted once
        j += 1
    elif j < n and _finishes_title(text, first, reading.spans[j]) and _plain_text(reading, j):
        reading.roles[j] = "headline"
        last = reading.spans[j]
        j += 1
    start = first[0]
    prefix = _TITLE_LABEL.match(text, first[0], first[1])
    if prefix is not None and prefix.end() < first[1]:
        start = prefix.end()  # "NEWS RELEASE: Acme Opens a Plant" is titled "Acme Opens a Plant"
    return source[start : last[1]], j


def _plain_text(reading: _Reading, i: int) -> bool:
    """Whether paragraph ``i`` is none of: a label, a date line, a dateline, a contact."""
    text = reading.view.text
    a, b = reading.spans[i]
    if _layout(reading, i) is not None or _is_contact_start(text, a, b) or _BYLINE.match(text, a, b):
        return False
    if search_date(text, a, b) is not None:
        return False  # a title does not carry its date on a second line
    return reading.dateline(i) is None


def _find_dateline_paragraph(reading: _Reading, start: int) -> tuple[int, DatelineHit] | None:
    """The first paragraph from ``start`` that opens with a dateline, before any prose."""
    text = reading.view.text
    n = len(reading.paragraphs)
    prose = 0
    for j in range(start, min(n, start + TOP)):
        a, b = reading.spans[j]
        if _END_MARK.fullmatch(text, a, b):
            return None  # what follows the end mark is no body
        hit = reading.dateline(j)
        if hit is not None and hit.rest < b and _WORD.search(text, hit.rest, b) is not None:
            return j, hit
        if b - a > PROSE:
            return None
        if b - a > SUBHEADLINE_MAX and _ends_sentence(text, a, b) and not _BULLET.match(text, a, b):
            prose += 1
            if prose == 2:
                return None  # the body has begun without a dateline
    return None


def _read_subheads(reading: _Reading, start: int) -> tuple[int, DatelineHit | None]:
    """Mark what lies between headline and body; return the body's index and its dateline."""
    text = reading.view.text
    n = len(reading.paragraphs)
    found_dateline = _find_dateline_paragraph(reading, start)
    stop = found_dateline[0] if found_dateline else min(n, start + TOP)
    j = start
    while j < stop:
        layout = _layout(reading, j)
        if layout is not None:
            _note_layout(reading, j, layout)
            j += 1
            continue
        a, b = reading.spans[j]
        if _is_contact_start(text, a, b):
            j = _contact_block(reading, j, top=True, limit=stop)
            continue
        if _BULLET.match(text, a, b):
            reading.roles[j] = "highlight"
            j += 1
            continue
        prose = b - a > SUBHEADLINE_MAX or _ends_sentence(text, a, b) or text[b - 1] == ":"
        if found_dateline is None and prose and not _metadata_follows(reading, j + 1, stop):
            break
        reading.roles[j] = "subheadline"
        if _BYLINE.match(text, a, b) and b - a <= DATE_LINE_MAX:
            date = full_date(search_date(text, a, b))
            if date is not None:
                reading.header_dates.append(date)  # "By Jane Roe | March 3, 2025"
        j += 1
    if found_dateline is not None:
        return found_dateline
    if reading.loose_dateline is not None and j < n:
        index, hit = reading.loose_dateline
        if all(reading.roles[k] is None for k in range(index, j)):
            return j, hit
    return j, None


def _metadata_follows(reading: _Reading, start: int, stop: int) -> bool:
    """Whether a metadata line ("Published:", "From:") comes within the next short paragraphs.

    Some sites print a one-sentence summary under the title and the publication
    metadata under the summary; the summary then belongs to the header.
    """
    text = reading.view.text
    for j in range(start, min(stop, start + 3)):
        a, b = reading.spans[j]
        if _METADATA.match(text, a, b):
            return True
        if b - a > SUBHEADLINE_MAX:
            return False
    return False


def _read_body(reading: _Reading, body: int) -> None:
    """Give every paragraph from ``body`` on its role.

    ``base`` is the role of plain paragraphs: body, then boilerplate after "About X"
    or the end mark.  A legal notice opens a disclaimer section that runs on while
    the paragraphs keep to legal vocabulary (risks, uncertainties, filings).
    """
    text = reading.view.text
    n = len(reading.paragraphs)
    base: ParagraphRole = "body"
    in_disclaimer = False
    k = body
    while k < n:
        a, b = reading.spans[k]
        role: ParagraphRole
        if k > body and b - a <= 150 and _END_MARK.fullmatch(text, a, b):
            reading.roles[k] = None
            base, in_disclaimer = "boilerplate", False
            k += 1
            continue
        if k > body and _is_contact_start(text, a, b):
            k = _contact_block(reading, k, top=False)
            in_disclaimer = False
            continue
        section = _SECTION.match(text, a, b)
        kind = section.lastgroup if section else None
        opening = text[a : min(b, a + 2000)]  # the whole paragraph, unless it is very long
        if kind == "disclaimer" or _forward_looking(opening):
            role, in_disclaimer = "disclaimer", True
        elif kind == "about" and (
            _is_heading(text, a, b) or 2 * k >= n or base != "body" or _DESCRIBES.search(text, a, a + 300)
        ):
            role, base, in_disclaimer = "boilerplate", "boilerplate", False
        elif kind == "legal" or (b - a <= PROSE and _reserved(opening)):
            role, in_disclaimer = "boilerplate", False
        elif in_disclaimer and _LEGAL_WORDS.search(text, a, min(b, a + 1500)):
            role = "disclaimer"
        else:
            role, in_disclaimer = base, False
        reading.roles[k] = "body" if k == body else role
        k += 1


# A substring test is a fast scan: it screens paragraphs before a case-blind regex runs.
def _forward_looking(value: str) -> bool:
    if "orward" not in value and "ORWARD" not in value and "arbo" not in value and "ARBO" not in value:
        return False
    return _FORWARD_LOOKING.search(value) is not None


def _reserved(value: str) -> bool:
    if (
        "eserved" not in value
        and "ESERVED" not in value
        and "rademark" not in value
        and "RADEMARK" not in value
    ):
        return False
    return _RESERVED.search(value) is not None


def _ends_sentence(text: str, a: int, b: int) -> bool:
    return _SENTENCE_END.search(text, max(a, b - 8), b) is not None


def _is_heading(text: str, a: int, b: int) -> bool:
    return b - a <= 120 and text.find("\n", a, b) < 0 and not _ends_sentence(text, a, b)


def _issuer(reading: _Reading, body_start: int, body: int) -> str | None:
    """The issuing organization: the lead sentence's subject, else the first "About X"."""
    text, source = reading.view.text, reading.view.source
    if body < len(reading.paragraphs):
        end = min(reading.paragraphs[body].end, body_start + 400)
        m = _LEAD.match(text, body_start, end)
        if m is not None:
            name = _clean_name(source[m.start("org") : m.end("org")])
            if len(name) >= 2 and name.split(None, 1)[0].casefold() not in _LEAD_OPENERS:
                return name  # not "Today, the minister announced ..."
    for k, role in enumerate(reading.roles):
        if role == "boilerplate":
            a, b = reading.spans[k]
            m = _ABOUT.match(text, a, b)
            if m is not None:
                about_name = _about_name(source[m.end() : min(b, m.end() + 200)])
                if about_name:
                    return about_name
    return reading.letterhead_org


def _about_name(value: str) -> str | None:
    """The name in an "About X" heading, also when the heading runs into its paragraph."""
    words: list[str] = []
    for raw in value.split()[:12]:
        word = raw.strip('"“”')
        stop = raw[-1] in ":,;(" or raw.startswith("(")
        if words and (word in _ABOUT_STOP or word == words[0]):
            break
        if raw.startswith("("):
            break
        if not (word[:1].isupper() or word[:1].isdigit() or (words and word in _ABOUT_PARTICLES)):
            break
        words.append(word.rstrip(":,;"))
        if stop or len(words) >= 8:
            break
    while words and words[-1].lower() in _ABOUT_PARTICLES:
        words.pop()
    name = _clean_name(" ".join(words))
    return name or None


def _clean_name(name: str) -> str:
    """A name without trademark signs, spelled or symbolic ("Acme-Registered Trademark-")."""
    return _MARKS.sub("", name).rstrip("®™℠© ")


def read_header(view: TextView, paragraphs: tuple[Paragraph, ...]) -> Header:
    """Headline, dateline, publication date, contacts, issuer and every paragraph's role."""
    if not paragraphs:
        return Header(paragraphs=(), body_start=len(view.text))
    reading = _Reading(view=view, paragraphs=paragraphs, roles=["body"] * len(paragraphs))
    head, stopped = _read_top(reading)
    title = None
    if head is not None:
        title, after_title = _read_title(reading, head)
        body, hit = _read_subheads(reading, after_title)
    else:
        body, hit = stopped, None
        found = _find_dateline_paragraph(reading, stopped)
        if found is not None and found[0] == stopped:
            hit = found[1]
    _read_body(reading, body)

    text, source = view.text, view.source
    dateline = None
    if hit is not None:
        place = source[hit.place[0] : hit.place[1]] if hit.place else None
        if hit.place is not None and _institution(text[hit.place[0] : hit.place[1]]):
            place = None  # "Ministry of Health, 5 March 2026 –" is dated, but names no place
        agency = source[hit.agency[0] : hit.agency[1]].strip() if hit.agency else None
        dateline = Dateline(
            text=source[hit.start : hit.end],
            start=hit.start,
            end=hit.end,
            place=place,
            date=hit.date,
            agency=agency or None,
        )
    if body >= len(paragraphs):
        body_start = len(text)
    elif hit is not None and reading.spans[body][0] <= hit.start:
        body_start = min(hit.rest, reading.spans[body][1])
    else:
        body_start = reading.spans[body][0]
    published = reading.header_dates[0] if reading.header_dates else None
    if published is None and dateline is not None:
        published = full_date(dateline.date)

    contacts: list[Contact] = []
    for first, last in reading.contact_groups:
        contacts.extend(read_contacts(view, paragraphs[first:last]))
    kept = tuple(
        [
            p if p.role == role else Paragraph(p.text, p.start, p.end, role)
            for p, role in zip(paragraphs, reading.roles, strict=True)
            if role is not None
        ]
    )
    return Header(
        paragraphs=kept,
        title=title,
        dateline=dateline,
        published=published,
        contacts=tuple(contacts),
        issuer=_issuer(reading, body_start, body),
        body_start=body_start,
    )
