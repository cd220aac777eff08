"""Deadlines: find the time expression that bounds a committed action.

One compiled alternation finds every candidate expression in a stretch of text; the
commitment stage takes the first one inside the action (or one fronted before the
clause: "In the near future, the board will …"), and :func:`pressdoc._dates.resolve_deadline`
turns it into the last day it allows.  Every branch is a sequence of bounded or
disjoint pieces, so matching stays linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from pressdoc._dates import resolve_deadline
from pressdoc._model import Deadline

_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_YEAR = r"(?:19|20)\d{2}(?![\d,.]?\d)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_COUNT = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen"
    r"|twenty|thirty|forty-five|sixty|ninety)"
)
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# A clock time, with its time zone ("8:30 a.m. Eastern Time", "7 p.m. ET", "4 p.m. (CET)").
_ZONE = (
    r"(?:(?:eastern|central|mountain|pacific|atlantic)(?:\s(?:standard|daylight))?\stime|local\stime"
    r"|[ecmp][sd]?t|gmt|utc|bst|[cew]es?t|aes?t|jst|ist|sgt|hkt)"
)
_TIME = rf"\d{{1,2}}(?::\d{{2}})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s{_ZONE}\b|\s\({_ZONE}\))?"

# A calendar date or period, without its preposition.
_POINT = (
    rf"(?:{_WEEKDAY},?\s)?(?:{_MONTH}\s{_DAY}(?:,?\s{_YEAR})?|{_DAY}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?"
    rf"|{_MONTH},?\s{_YEAR}|{_MONTH}(?!\s\d))"
    rf"|(?:the\s)?{_ORDINAL}\s(?:fiscal\s)?(?:quarter|half)(?:\sof)?(?:\s(?:the\s)?(?:fiscal\s(?:year\s)?)?"
    rf"(?:{_YEAR}|year|this\syear|next\syear|fiscal\syear))?"
    rf"|(?:Q[1-4]|H[12]|[1-4]Q)(?:\s?(?:FY\s?|fiscal\s)?'?(?:{_YEAR}|\d{{2}}))?"
    rf"|(?:(?:the\s)?(?:early|mid|late|end\sof|middle\sof)[\s-])?(?:(?:fiscal|FY)(?:\syear)?\s?)?{_YEAR}s?"
    rf"|(?:the\s)?{_YEAR}s"
    rf"|(?:the\s)?(?:end|close|middle)\sof\s(?:the\s|this\s|next\s)?(?:year|month|quarter|decade|century)"
    rf"|{_WEEKDAY}"
    rf"|(?:the\s)?(?:early\s|late\s)?{_SEASON}(?:\sseason)?(?:\sof)?(?:\s{_YEAR})?"
)
_PREPOSITION = (
    r"(?:(?:by|at|before|until|till|through|in|to)\s(?:the\s)?(?:end|close|middle)\sof\s"
    r"|by\s(?:or\saround\s|no\slater\sthan\s)?|(?:no|not)\slater\sthan\s|(?:later|earlier)\sin\s"
    r"|before\s|prior\sto\s|until\s|till\s|through\s|throughout\s|in\s|during\s|within\s|on\s|at\s|over\s|as\searly\sas\s"
    r"|effective\s|from\s|(?:starting|beginning)\s(?:(?:on|in|from)\s)?|as\sof\s)"
)
# Events that bound an action without a calendar date ("before the vote", "until the
# end of the heating season", "before the next storms arrive").
_EVENT = (
    r"(?:vote|election|runoff|run-off|referendum|recess|holidays?|christmas|easter|season|session|storms?"
    r"|rains|monsoon|harvest|decision|school\syear|academic\syear|tournament|games"
    # "until the 2029 annual meeting of shareholders"
    rf"|(?:{_YEAR}\s)?(?:annual|general|shareholders[’']?|stockholders[’']?)\s(?:general\s)?meeting"
    r"(?:\sof\s(?:shareholders|stockholders|policyholders|members|unitholders))?)"
)
_EVENT_MODIFIERS = (
    rf"(?:(?:next|coming|{_SEASON}|heating|holiday|rainy|dry|storm|hurricane|monsoon|legislative"
    r"|parliamentary|general|presidential|final|january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\s){0,2}"
)
_EVENT_VERB = r"(?:is\s(?:taken|made|held)|begins|starts|arrives?|ends|opens|closes|comes|break|period)"
_EVENT_DEADLINE = (
    rf"(?:before|until|till|ahead\sof)\s(?:(?:the\s)?(?:end|start|beginning)\sof\s)?(?:the\s(?:current\s)?|any\s|this\s|next\s)?"
    rf"{_EVENT_MODIFIERS}{_EVENT}\b(?:\s{_EVENT_VERB}\b)?"
    rf"|(?:by|at|from)\s(?:the\s)?(?:end|start|beginning)\sof\s(?:the\s(?:current\s)?|this\s|next\s)?{_EVENT_MODIFIERS}{_EVENT}"
    r"|(?:over|during)\s(?:the\s)?(?:christmas|easter|holidays|festive\sseason)(?:\s(?:holidays?|break|period|weekend))?"
    # A term counted from the actor's start: "in her first year in office", "in my first 100 days".
    rf"|(?:in|within|during|over)\s(?:my|his|her|their|its|our|the)\s(?:first|opening)\s(?:{_COUNT}\s)?"
    # … or from the product's or the site's start: "during its first year on the market".
    r"(?:days?|weeks?|months?|year|term)(?:\s(?:in\s(?:office|power|service)|on\sthe\smarket|of\soperations?))?"
    r"|within\s(?:a|one|the\snext)\sgeneration"
    # "from the June meeting onwards": a change that starts at a meeting.
    rf"|from\sthe\s(?:(?:next|{_MONTH}|{_YEAR})\s)?meeting(?:\sonwards?)?"
    # A state that lasts: "while the appeal is pending", "while the review is under way".
    r"|while\s(?:the|its|their|our|this)\s(?:[\w-]+\s)?[\w-]+\s(?:is|are|remains?)\s"
    r"(?:pending|ongoing|underway|under\sway|under\sreview|in\sforce|in\seffect)"
    # A meeting named by its date: "at the May 12 meeting", "before its next board meeting".
    rf"|(?:at|by|before|until)\s(?:the|its|their|our)\s(?:next|{_MONTH}(?:\s{_DAY})?|{_YEAR})\s"
    r"(?:(?:board|council|committee|regular|special|annual|general)\s)?meeting"
    r"|for\sthe\sduration\sof\sthe\s(?:emergency|crisis|conflict|pandemic|outbreak|strike|war|contract|agreement)"
    # A season or school year named by its years: "in the 2029-30 season".
    rf"|(?:in|by|from|during|before|until|through|for)\s(?:the\s)?(?:(?:start|end|beginning|first\sday|last\sday)"
    rf"\sof\s(?:the\s)?)?{_YEAR}(?:[-–/]\d{{2}}(?:\d{{2}})?)?\s(?:(?:legislative\s)?session|season|school\syear|academic\syear)"
    # A legislature's term: "in this Parliament", "before the end of this term".
    r"|(?:in|during|within|over|by\sthe\send\sof|before\sthe\send\sof)\s(?:this|the\scurrent|the\snext)\s"
    r"(?:parliament|legislature|congress|term|mandate|administration)"
    # A span counted from a start the text does not date: "evaluate ridership after six months".
    # Only where the clause ends there: "retire after 14 years leading the firm" is a tenure.
    rf"|after\s(?:the\sfirst\s)?{_COUNT}\s(?:weeks|months|years)(?=\s?(?:[,.;:)]|and\b|\Z))"
)
# A word of the event a span is counted from: not a word that opens another phrase.
_EVENT_WORD = (
    r"(?!(?:and|or|of|to|for|with|by|at|in|on|from|that|which|who|is|are|was|were|be|being|been|will|would"
    r"|than|as|under|after|before)\b)[\w’'-]+"
)
# A time named by reference to one printed before: "on that date", "until then".
_ANAPHORIC_SOURCE = (
    r"(?:on|by|until|till|from|at|before|as\sof)\s(?:that|the\ssame)\s(?:date|day|time)"
    # A clock time on a day named before: "at 9 a.m. Central Time that day".
    rf"|at\s{_TIME},?\s(?:on\s)?(?:that|the\ssame)\s(?:date|day)"
    r"|(?:until|till|by|before|from)\sthen"
)
ANAPHORIC: Final = re.compile(rf"\b(?:{_ANAPHORIC_SOURCE})\b", re.IGNORECASE)
_DEADLINE_SOURCE = (
    r"\b(?:"
    rf"{_ANAPHORIC_SOURCE}|"
    rf"{_EVENT_DEADLINE}|"
    # A clock time belongs to its day: "at 8 a.m. on May 16", "on May 16 at 7 p.m.".
    rf"(?:at\s{_TIME},?\s)?{_PREPOSITION}(?:{_POINT})(?:,?\sat\s{_TIME})?"
    rf"|(?:in|over|within|during|by|before)\sthe\s(?:next|coming)\s(?:{_COUNT}\s)?(?:days?|weeks?|months?|years?|decade)"
    # "within 90 days of closing", "… of a complete application": counted from an event.
    # Hours, minutes and seconds counted from an indefinite event ("within 48 hours of a
    # call") are a standing service level, not a deadline; from a definite one
    # ("within 30 minutes of its start") they bound the action.
    rf"|within\s(?:the\s)?(?:next\s)?{_COUNT}[\s-](?:hours?|minutes?|seconds?)(?!\sof\s(?:a|an|each|any|every)\b)"
    rf"(?:\sof\s(?:(?:the|its|their|our|his|her)\s)?(?:{_EVENT_WORD}\s){{0,3}}{_EVENT_WORD})?"
    rf"|within\s(?:the\s)?(?:next\s)?{_COUNT}[\s-](?:days?|weeks?|months?|years?)"
    rf"(?:\sof\s(?:(?:the|a|an|its|their|our|his|her|each|any)\s)?(?:{_EVENT_WORD}\s){{0,3}}{_EVENT_WORD}"
    # "… of the end of the harvest season": an event named by a part of another.
    rf"(?:\sof\s(?:the\s|its\s|their\s)?(?:{_EVENT_WORD}\s){{0,2}}{_EVENT_WORD})?)?"
    # A time counted back from each event: "about four weeks before each opening".
    rf"|(?:about|roughly|some|approximately)\s{_COUNT}\s(?:days?|weeks?|months?)\s(?:before|ahead\sof|after)\s"
    rf"(?:the|each|every|its|their)\s(?:{_EVENT_WORD}\s)?{_EVENT_WORD}"
    rf"|(?:in|over|during)\s(?:the\s)?(?:next|coming)\s{_COUNT}[\s-](?:days?|weeks?|months?|years?)"
    rf"|(?:later|earlier|by\sthe\send\sof|by\send\sof|at\sthe\send\sof|before\sthe\send\sof|until\sthe\send\sof"
    rf"|in|during|by|starting|beginning|from)?\s?(?:this|next)\s(?:year|month|quarter|week|session|{_SEASON})"
    # A part of a named period: "early next year", "by late this year".
    rf"|(?:(?:by|in|until)\s)?(?:early|late)\s(?:this|next)\s(?:year|month|quarter|week|{_SEASON})"
    rf"|(?:by|in|before|at)\s(?:the\s)?(?:end\sof\s)?(?:year-end|year\send)"
    rf"|(?:later|earlier)\sin\s(?:the|this)\s(?:year|month|quarter)"
    # "over the course of the year": the release's year (or the one named).
    rf"|(?:over|during)\sthe\scourse\sof\s(?:(?:the|this|next)\s(?:year|month|quarter|week)|{_YEAR})"
    rf"|(?:in|by|before)\s(?:the\s)?(?:near|foreseeable)\sfuture"
    rf"|in\sthe\s(?:near|short)[\s-]term"
    rf"|(?:by\s(?:or\saround\s)?)?mid-century"
    rf"|in\s(?:the\s)?(?:coming|next\sfew)\s(?:days|weeks|months|years)"
    rf"|(?:in\s)?(?:the\s)?(?:weeks|months|years)\sahead"
    rf"|in\sdue\scourse|at\sa\slater\sdate|as\ssoon\sas\spossible|(?:very\s)?soon|shortly"
    rf"|(?:at\s{_TIME},?\s)?(?:(?:by|until|before|later)\s)?(?<!\bof\s)(?:today|tonight|tomorrow)"
    rf"(?![’']s|\s(?:and|or)\s)(?:,?\sat\s{_TIME})?"
    r")(?:\b|(?<=[ap]\.m\.))"
)
DEADLINE: Final = re.compile(_DEADLINE_SOURCE, re.IGNORECASE)

# Every time expression holds a digit or one of these words.
_ANCHOR_WORDS: Final = (
    r"hours?|minutes?|seconds?|years?|months?|quarters?|weeks?|future|soon|shortly|term|century|coming|ahead|course|date"
    r"|possible|tonight|tomorrow|today|spring|summer|fall|autumn|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|days?|half|fiscal|decade|end|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|h[12]|q[1-4]|fy|mid"
    r"|vote|election|runoff|run-off|referendum|recess|holidays?|christmas|easter|season|session|storms?|rains"
    r"|monsoon|harvest|decision|tournament|games|generation|duration|meeting|then|time|pending|ongoing|underway"
    r"|parliament|legislature|congress|term|mandate|administration"
)
_ANCHOR: Final = re.compile(rf"\d+|\b(?i:{_ANCHOR_WORDS})\b")
# The same on lowercased text: a case-sensitive pattern that opens with a class of
# first letters lets the engine skip most offsets at once (about four times faster).
_ANCHOR_FIRST: Final = "".join(sorted({word[0] for word in re.findall(r"[a-z]+", _ANCHOR_WORDS)}))
_ANCHOR_LOWER: Final = re.compile(rf"(?=[0-9{_ANCHOR_FIRST}])(?:\d+|\b(?:{_ANCHOR_WORDS})\b)")
# Every time expression opens with one of these words (its preposition, mostly),
# so the full alternation is tried only at word starts like these.
_OPENING_WORDS: Final = (
    r"by|at|before|until|till|through|throughout|in|during|within|on|over|as|effective|no|not|prior"
    r"|later|earlier|this|next|the|weeks|months|years|mid-century|soon|very|shortly|to|from|starting|beginning"
    r"|today|tonight|tomorrow|ahead|for|while|about|roughly|some|approximately|early|late|after"
)
# The class of first letters up front lets the engine skip most offsets without
# trying the alternation; it is case-insensitive too, so it matches exactly the
# same words.
_OPENING_WORD: Final = re.compile(
    rf"(?i)(?=[{''.join(sorted({word[0] for word in _OPENING_WORDS.split('|')}))}])\b(?:{_OPENING_WORDS})\b"
)
# A year printed as a quantity or a label, not a time: "2005 levels", "2030 Agenda",
# "next year's budget", "a day's walk".
_NOT_A_TIME_AFTER: Final = re.compile(
    r"(?<![0-9])[’']s\b|\s?(?:levels?|baseline|figures?|prices?|dollars|agenda|strategy|plan|goals?|targets?|report|edition)\b",
    re.IGNORECASE,
)

# An event phrase that holds a date: "before the end of her mandate in June 2029", "by the
# start of preseason camp in August 2027", "at their meeting in November", "before
# trading opens on Monday".  The deadline opens at the event's preposition and takes
# the inner date.  Either the phrase names the start or end of something, or its head
# is an event noun (or a subject with an opening / closing verb).
_DETERMINER: Final = r"(?:(?:the|its|his|her|their|our|this|next|each)\s)"
_EVENT_HEAD: Final = (
    r"(?:meeting|term|mandate|camp|conference|session|summit|season|hearing|vote|election|assembly"
    r"|convention|congress|tournament|championship|festival|launch|deadline|recess|(?:\w+\s)?(?:opens|closes|begins|starts|ends))"
)
_EVENT_PREFIX: Final = (
    rf"(?:\b(?:by|before|at|until|till|ahead\sof)\s{_DETERMINER}?"
    rf"(?:(?:start|end|beginning|close|opening|middle)\sof\s{_DETERMINER}?(?:{_EVENT_WORD}\s){{0,2}}{_EVENT_WORD}"
    rf"|(?:{_EVENT_WORD}\s){{0,2}}{_EVENT_HEAD})"
    # A trading session's edge: "after market close on May 5", "before the markets open on …".
    r"|\b(?:before|after)\s(?:the\s)?(?:stock\s)?(?:markets?|trading)\s(?:open|opens|close|closes|opening|closing))"
)
# Read leftwards from a date's "in" / "on" (a bounded window, so linear).
_EVENT_PREFIX_BEFORE: Final = re.compile(rf"{_EVENT_PREFIX}\s\Z", re.IGNORECASE)
_EVENT_PREFIX_AT: Final = re.compile(rf"{_EVENT_PREFIX}\s(?=(?:in|on)\s)", re.IGNORECASE)
_EVENT_WINDOW: Final = 64


class Found(NamedTuple):
    """A time expression's span in the view (a tuple: one is made per expression)."""

    start: int
    end: int


def iter_deadlines(text: str, start: int, end: int, lowered: str | None = None) -> Iterator[Found]:
    """Every time expression inside ``text[start:end]``, in order (see :func:`deadlines_in`)."""
    return iter(deadlines_in(text, start, end, lowered))


def deadlines_in(text: str, start: int, end: int, lowered: str | None = None) -> list[Found]:
    """Every time expression inside ``text[start:end]``, in order.

    The full alternation runs only in short windows around an anchor (a digit or
    a time word), since trying it at every offset is slow.  ``lowered``, when
    given, is ``text`` lowercased with the same length: anchors are found faster there.
    """
    found: list[Found] = []
    done = start
    tried = start
    anchors = (
        _ANCHOR.finditer(text, start, end) if lowered is None else _ANCHOR_LOWER.finditer(lowered, start, end)
    )
    deadline_at = DEADLINE.match
    for anchor in anchors:
        anchor_start, anchor_end = anchor.span()
        if anchor_start < done:
            continue
        # The expression starts at a word start at most a few words before its anchor;
        # each word start is tried once, so the work stays linear.
        match = None
        for word in _OPENING_WORD.finditer(text, max(tried, done, anchor_start - 48), anchor_end):
            opening = word.start()
            match = deadline_at(text, opening, min(end, opening + 160))
            if match is not None:
                break
        tried = anchor_start + 1
        if match is None:
            continue
        s, e = match.span()
        done = e
        tried = max(tried, done)
        if _NOT_A_TIME_AFTER.match(text, e):
            continue
        while e > s and text[e - 1] in " ,":
            e -= 1
        while s < e and text[s] == " ":
            s += 1
        if e > s and text.startswith(("in ", "on ", "In ", "On "), s):
            floor = max(start, found[-1].end if found else start)
            prefix = _EVENT_PREFIX_BEFORE.search(text, max(floor, s - _EVENT_WINDOW), s)
            if prefix is not None:
                s = prefix.start()
        if e > s:
            found.append(Found(s, e))
    return found


def make_deadline(source: str, start: int, end: int, published: str | None) -> Deadline:
    """The Deadline for ``source[start:end]``, its date computed against ``published``."""
    text = source[start:end]
    prefix = _EVENT_PREFIX_AT.match(text)
    date, granularity = resolve_deadline(text[prefix.end() :] if prefix else text, published)
    return Deadline(text=text, start=start, end=end, date=date, granularity=granularity)
