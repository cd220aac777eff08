"""Commitments: who promises what, how firmly, by when.

The stage reads each paragraph a bounded number of times: one pass splits it into
sentences, one compiled alternation finds the triggers of the closed list in
``docs/commitments.md`` ("will", "plans to", "is committed to", …), and for each
trigger a short window to its left gives the subject (see :mod:`pressdoc._actors`)
and the text to its right, up to the end of the clause, gives the action.  A trigger
whose subject is not an agent, whose verb only receives or predicts, or that stands
inside another commitment's action is dropped.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

import attrs

from pressdoc import _actors
from pressdoc._actors import Subject, Token, judge_phrase, noun_phrase_before, tokens_between, word_set
from pressdoc._dates import fiscal_year_end, resolve_fiscal
from pressdoc._deadlines import ANAPHORIC, DEADLINE, Found, deadlines_in, make_deadline
from pressdoc._header import Header
from pressdoc._model import Actor, Commitment, Deadline, Modality, Paragraph, Quote
from pressdoc._text import TextView

_AUX = (
    r"(?:(?:has|have|had|is|are|am|was|were|[’']s|[’']re|[’']ve|[’']m|do|does|did|remains?|remained)\s+)?"
    r"(?:(?:not|never|no\s+longer|also|already|now|further|jointly|firmly|fully|still|each|both|all|recently"
    r"|today|unanimously|formally|officially|publicly|collectively|again)\s+){0,2}"
)
# A day named between the verb and "to": "pledged on Wednesday to raise …".
# "decided not to", "agreed not to": a negated commitment.
_WHEN = (
    r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|today\s+|(?:last|this)\s+week\s+)?"
    r"(?:not\s+)?"
)
_GOAL_NOUN = r"(?:goal|objective|aim|ambition|target|intention|task)s?"
_COMMITMENT_VERBS = (
    r"(?:reaffirm|reiterate|underscore|highlight|emphasi[sz]e|declare|affirm|renew|confirm|announce"
    r"|make|share|express|restate|demonstrate)(?:s|d|ed|es)?"
)
# "reaffirmed their joint resolve to …": a noun form the actor asserts it holds.
_NOUN_FORM = rf"\b{_COMMITMENT_VERBS}\s+(?:its|their|our|his|her|a|the)\s+(?:[\w-]+\s+){{0,2}}?"
_TRIGGER_SOURCE = (
    r"(?P<will>\b(?:will|shall)\b(?:\s+not\b|n[’']t\b)?|\bwon[’']t\b|(?<=\w)[’']ll\b"
    r"|\b(?:(?:is|are|am)\s+|[’']re\s+|[’']m\s+)(?:not\s+)?going\s+to\b|\b(?:is|are)\s+(?:now\s+|also\s+)?set\s+to\b)"
    rf"|(?P<plan>\b{_AUX}(?:plans?|planning|decided|decides?|deciding|prepares?|preparing)\s+{_WHEN}to\b"
    r"|\b(?:has|have|had)\s+(?:no\s+)?(?:immediate\s+)?plans?\s+to\b"
    r"|\b(?:announce[sd]?|unveil(?:s|ed)?|reveal(?:s|ed)?|outline[sd]?|confirm(?:s|ed)?|disclose[sd]?"
    r"|detail(?:s|ed)?)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:plans?|decision)\s+to\b)"
    rf"|(?P<intend>\b{_AUX}(?:intends?|intending|wants?|wanting)\s+to\b"
    r"|\b(?:announced|declared|stated|confirmed)\s+(?:its|their|his|her|our)\s+intention\s+to\b"
    rf"|{_NOUN_FORM}intentions?\s+to\b)"
    rf"|(?P<aim>\b{_AUX}(?:aims?|aiming|strives?|striving|seeks?|seeking|endeavou?rs?)\s+to\b"
    r"|\b(?:(?:primary|main|ultimate|overall|long-term|key|shared|common|stated|chief|core|central|new"
    rf"|ambitious|clear|only|joint)\s+){{0,2}}{_GOAL_NOUN}\s+(?:is|are|was|remains|will\s+be)\s+to\b"
    r"|\b(?:(?:has|have|had)\s+)?(?:set|sets|setting|put\s+forward|puts\s+forward|adopted|adopts|established"
    rf"|establishes)\s+(?:(?:ourselves|itself|themselves)\s+)?(?:[\w-]+\s+){{0,3}}?{_GOAL_NOUN}\s+(?:to|of)\b"
    rf"|\b(?:faces?|has|have)\s+the\s+(?:[\w-]+\s+)?{_GOAL_NOUN}\s+of\b)"
    rf"|(?P<expect>\b{_AUX}(?:expects?|expecting)\s+to\b)"
    rf"|(?P<promise>\b{_AUX}(?:promises?|promised|promising)\s+{_WHEN}to\b|{_NOUN_FORM}promises?\s+to\b)"
    rf"|(?P<pledge>\b{_AUX}(?:pledges?|pledged|pledging)\s+{_WHEN}to\b|{_NOUN_FORM}pledges?\s+to\b)"
    rf"|(?P<commit>\b{_AUX}(?:commits?|committing)\s+(?:(?:itself|themselves|ourselves)\s+)?to\b"
    r"|\b(?:has|have)\s+(?:also\s+)?committed\s+(?:(?:itself|themselves|ourselves|himself|herself)\s+)?to\b"
    r"|\b(?:is|are|am|was|were|remains?|remained|stays?|be|been|[’']re|[’']m)\s+(?:[\w]+ly\s+|also\s+|still\s+)?"
    r"committed\s+to\b"
    r"|,\s+committed\s+to\b|\bcommitted\s+to\b"
    rf"|\b{_COMMITMENT_VERBS}\s+(?:its|their|our|his|her|a|the)\s+(?:[\w-]+\s+){{0,3}}?commitments?\s+to\b)"
    rf"|(?P<agree>\b{_AUX}(?:agreed|agrees?|agreeing)\s+{_WHEN}to\b"
    rf"|\b{_AUX}(?:entered|enters?|entering)\s+into\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){{0,3}}?agreements?\b"
    rf"|\b{_AUX}(?:reached|reaches|reach|signed|signs?)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?)?"
    # "reached an agreement with the Lakeside Growers Union to buy …"
    r"agreements?\s+(?:with\s+(?:[\w.&’'-]+\s+){1,8}?)?to\b)"
    r"|(?P<must>\bmust\b(?:\s+not\b)?|\b(?:has|have)\s+to\b(?!\s+(?:offer|say)\b)|\b(?:is|are|am|remains?|[’']re)\s+(?:(?:legally|also|now|still|therefore)\s+)?"
    r"(?:obliged|obligated)\s+to\b"
    r"|\b(?:(?:has|have|had)\s+)?directed\s+(?:[\w’'-]+\s+){1,5}?to\b)"
    r"|(?P<determined>\b(?:is|are|am|was|were|remains?|[’']re|[’']m)\s+(?:[\w]+ly\s+|also\s+)?determined\s+to\b"
    rf"|\b{_AUX}(?:resolved?|resolves)\s+to\b|{_NOUN_FORM}(?:resolve|determination)\s+to\b)"
)
TRIGGER: Final = re.compile(_TRIGGER_SOURCE, re.IGNORECASE)
# Words a trigger may open with before its keyword ("has pledged", "is not going to",
# "set ourselves a goal", "entered into an agreement"); only these are tried.
_OPENERS: Final = word_set(
    """
    has have had is are am was were ’s 's ’re 're ’ve 've ’m 'm do does did remain remains remained
    not never no longer also already now further jointly firmly fully still each both all recently today
    unanimously formally officially publicly collectively again set sets setting put puts adopted adopts
    established establishes faces face enter enters entered entering reached reaches reach signed signs
    sign announced declared stated confirmed stay stays be been unveiled revealed outlined disclosed detailed
    unveils reveals outlines discloses details
    """
)
# Auxiliaries glued to the subject ("we're", "I'm") that may open a trigger.
_CONTRACTIONS: Final = ("’re", "'re", "’m", "'m", "’ve", "'ve")
_OPENER_STEMS: Final = (
    "reaffirm",
    "reiterat",
    "underscor",
    "highlight",
    "emphasi",
    "declar",
    "affirm",
    "renew",
    "confirm",
    "announc",
    "make",
    "made",
    "shar",
    "express",
    "restat",
    "demonstrat",
)
# Every trigger contains one of these (lowercase) substrings at a word start; each
# names the modalities whose triggers can hold it, so only their branches are tried.
_KEYWORD_MODALITIES: Final[dict[str, tuple[str, ...]]] = {
    "will": ("will",),
    "shall": ("will",),
    "won’t": ("will",),
    "won't": ("will",),
    "’ll": ("will",),
    "'ll": ("will",),
    "going to": ("will",),
    "set to": ("will",),
    "plan": ("plan",),
    "decid": ("plan",),
    "decision": ("plan",),
    "prepar": ("plan",),
    "intend": ("intend",),
    "intention": ("intend", "aim"),
    "want": ("intend",),
    "aim": ("aim",),
    "striv": ("aim",),
    "seek": ("aim",),
    "endeav": ("aim",),
    "goal": ("aim",),
    "objective": ("aim",),
    "ambition": ("aim",),
    "target": ("aim",),
    "task": ("aim",),
    "expect": ("expect",),
    "promis": ("promise",),
    "pledg": ("pledge",),
    "commit": ("commit",),
    "agree": ("agree",),
    "must": ("must",),
    "has to": ("must",),
    "have to": ("must",),
    "oblig": ("must",),
    "directed": ("must",),
    "determined": ("determined",),
    "determination": ("determined",),
    "resolv": ("determined",),
}
_KEYWORDS: Final = tuple(_KEYWORD_MODALITIES)
# Keywords whose triggers all start at the keyword itself ("will", "must"): no word
# before them needs trying.
_STARTS_AT_KEYWORD: Final = frozenset(
    {"will", "shall", "won’t", "won't", "’ll", "'ll", "must", "has to", "have to"}
)
# The branches of one modality, each compiled alone: a trigger word is matched
# against its own modalities' branches only, not the whole alternation.
_MODALITY_SOURCES: Final = {
    part[4 : part.index(">")]: part for part in re.split(r"\|(?=\(\?P<)", _TRIGGER_SOURCE)
}


@functools.cache
def _trigger_pattern(modalities: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_MODALITY_SOURCES[m] for m in modalities), re.IGNORECASE)


# Verbs after "will" that receive, have or predict rather than act.
_NOT_ACTIONS: Final = word_set(
    """
    receive receives get have include contain comprise consist feature see need face benefit enjoy gain
    mean represent reflect cost require depend likely probably possibly hopefully almost able remember
    forget miss cherish love like feel know think believe wonder look appear seem happen occur
    win lose prevail thrive
    """
)
# Verbs after "expects to" that forecast figures ("expects EPS to be", "expects to report").
_FORECAST_VERBS: Final = word_set(
    """
    be have see reach total grow increase rise decline decrease fall exceed generate report record earn
    incur realize range approximate remain achieve deliver produce post
    """
)
_WILL_ADVERBS: Final = word_set(
    """
    also further then now still soon jointly each both all immediately again only once first initially
    certainly surely definitely undoubtedly absolutely
    eventually ultimately continue never not always fully directly quickly formally officially already
    together collectively gradually subsequently thereafter actively
    """
)
# Words that cannot start an action after "commitment to".
_NOUN_STARTS: Final = frozenset(
    {"the", "a", "an", "our", "their", "its", "his", "her", "this", "these", "those", "that", "all", "each"}
)
_COUNT_WORDS: Final = word_set("one two three four five six seven eight nine ten several some any no")
_BASE_VERBS: Final = word_set(
    """
    ensure support build deliver provide make help create invest protect promote strengthen expand
    advance improve increase reduce develop achieve maintain uphold defend serve continue work keep bring
    deepen pursue address tackle end eliminate cut reach transform grow open close complete implement
    involve consult engage hire publish restore repay prioritize prioritise respect honour honor safeguard
    preserve modernize modernise upgrade establish introduce adopt
    """
)
_HEADLINE_VERBS: Final = word_set(
    """
    announces launches unveils introduces reports names appoints partners teams joins signs completes
    acquires opens celebrates hosts receives wins awards marks reaches releases expands urges advises
    calls asks invites encourages helps selects raises closes enters forms creates develops offers
    provides brings adds debuts secures files moves votes approves gets takes makes gives goes comes
    turns returns rises falls grows jumps drops climbs says tells warns hits tops beats cuts boosts lifts
    sets switches chooses taps hires extends renews earns achieves surpasses exceeds doubles triples
    invests donates contributes funds supports backs sponsors named selected chosen tapped poised ready
    looking expected slated scheduled set urged asked invited set to is are was were
    require requires allow allows enable enables permit permits authorize authorizes direct directs
    instruct instructs force forces compel compels ask urge encourage invite merges unites collaborates
    posts records delivers logs notches sees
    """
)
# Phrases (lowercase) that mark forward-looking-statement boilerplate.
# Verbs a headline "X to Do Y" commits to (a headline "X Jumps to Record" does not).
_HEADLINE_ACTIONS: Final = word_set(
    """
    build open acquire buy sell expand launch close cut hire invest create merge exit enter join host raise
    offer provide deliver develop add remain become lead step retire pay return spin split list go move
    relocate shut reopen restart resume begin start end phase double triple reduce boost increase cover
    fund support partner collaborate bring make form establish install deploy introduce unveil release ship
    manufacture produce supply serve power acquire divest combine restructure eliminate lay cease stop halt
    suspend withdraw keep maintain continue accelerate upgrade modernize renovate construct plant train
    donate award grant give help honor celebrate present publish announce unveil debut roll bid seek pursue
    appoint name nominate elect rename rebrand transform convert replace repay redeem issue sign ratify
    adopt implement ban require allow extend renew lower hike freeze reform review investigate explore
    test trial pilot integrate digitize electrify decarbonize recycle protect preserve restore rebuild
    repair upgrade visit tour attend hold stage welcome invite relaunch transition migrate
    spend complete strike cap curb limit slash trim axe scrap sue appeal vote meet resume lift ease tighten
    delay postpone cancel block refund compensate recall regulate subsidize ban hike ration waive walk
    advance progress submit file initiate commence proceed evaluate assess discontinue settle consolidate
    streamline
    """
)
_DISCLAIMER_MARKERS: Final = (
    "forward-looking statement",
    "forward looking statement",
    "safe harbor",
    "safe harbour",
    "undertakes no duty",
    "undertakes no obligation",
    "assumes no obligation",
    "not necessarily indicative",
)
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Sentence ends: terminal punctuation (and closing marks) before white space.
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"”’)\]]*(?=\s)|\n")
_ABBREVIATIONS: Final = word_set(
    """
    mr mrs ms dr prof sr jr st inc corp co ltd llc no vs etc e.g i.e a.m p.m u.s u.k u.n e.u jan feb mar
    apr jun jul aug sep sept oct nov dec calif fla ill mass n.c n.y d.c gov sen rep gen lt col capt hon
    ph.d mt ft ave blvd dept univ approx est fig al rev
    """
)
# A where-clause that states a commitment of its own.
_WHERE_COMMITMENT: Final = re.compile(r"\b(?:will|shall)\s")
# Strong clause ends inside a sentence: the action stops before them.
_CLAUSE_CUT: Final = re.compile(
    r";|[”»]|\"(?=[\s,.;:]|$)|,\s(?:with|which|where|but)\b|\s[–—]\s(?=[a-z])"
    r"|,\s(?:after|before|at|by|in|under|during|from)\swhich\b"
    # "…, as she courted farmers": an adverbial clause with its own subject.
    r"|,\s(?:as|while|because|since|although|though)\s(?=(?:he|she|they|we|it|i)\s)"
    r"|,\s(?:said|says|added|adds|noted|notes|stated|according\sto)\b"
    r"|,\s(?:[A-Za-z.’'-]+\s){1,6}(?:said|says|added|noted|stated|explained|announced|announces|confirmed|decided|voted|ruled|reported)(?=[\s.,]|$)"
    r"|:\s*$"
    # "… is committed to cleaning the river and works with 40 schools": a second finite
    # verb of the subject is no part of the action.
    r"|\sand\s(?=(?:is|has|was|works|serves|operates|employs)\s)",
)
_COORDINATOR: Final = re.compile(r"(?:,\s*and|;|,\s*but|,?\s+while|,\s*whereas|\band|\bbut)\s*$")
_RELATIVIZER: Final = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|so|if|because|as)\b", re.IGNORECASE
)
_REPORTING: Final = frozenset(
    {
        "announced",
        "said",
        "stated",
        "confirmed",
        "noted",
        "added",
        "says",
        "announces",
        "indicated",
        "reported",
        "explained",
        "declared",
        "decided",
        "revealed",
        "disclosed",
    }
)
_TELLING: Final = frozenset({"told", "tells", "informed", "assured", "reiterated", "insisted", "maintained"})
_LIST_ITEM: Final = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[*•·▪◦-]|\([a-z]\)|[a-z]\))\s+")
_HEADLINE_TO: Final = re.compile(r"\s(?:to|To|TO)\s+(?=[A-Za-z])")
_PARENTHESES: Final = re.compile(r"\s*\([^()]{0,80}\)")
_ISSUER_WORDS: Final = frozenset(
    {"company", "firm", "corporation", "organization", "organisation", "group", "business", "issuer"}
)
_PREVIOUS_WORD: Final = re.compile(r"[\w’'][\w’'-]*|,")
_NAME_SUFFIXES: Final = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr"})
_SENTENCE_STARTERS: Final = frozenset(
    {
        "The",
        "This",
        "These",
        "It",
        "Its",
        "We",
        "Our",
        "He",
        "She",
        "They",
        "Their",
        "In",
        "On",
        "As",
        "For",
        "At",
    }
)
_NOUN_TRIGGER: Final = re.compile(
    r"\b(?:its|their|our|his|her|a|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:resolve|determination|pledges?|promises?|intentions?)\s+to$"
)
# A trigger that is a bare present verb, which may follow its subject's first verb
# after a comma ("…, commits to").
_BARE_VERB_TRIGGER: Final = re.compile(
    r"(?:commits|pledges|plans|promises|aims|seeks|vows|agrees|intends|expects|strives|resolves|decides"
    r"|prepares)\s"
    # Title case: "Acme Posts Strong Quarter, Will Add 9 Branches" (in prose "will"
    # after a comma closes an aside instead).
    r"|(?-i:Will|Shall)\b",
    re.IGNORECASE,
)
# Present verbs of wish or consent that, in a restrictive relative clause, name whoever
# would do it ("nurses who agree to serve …").
_PRESENT_WISHES: Final = word_set(
    "want wants agree agrees wish wishes plan plans intend intends choose chooses"
)
# Verbs after "want to" that learn rather than act.
_COGNITION_VERBS: Final = word_set("know learn understand hear see find discover check read verify")
# Irregular past tenses that end an opening subject ("The board met …").
_PAST_VERBS: Final = word_set(
    """
    met held took made gave won sold bought paid built told found left lost brought sent spent kept led drew
    chose
    """
)
_PARTICIPLE_TRIGGER: Final = re.compile(
    r"(?:pledging|promising|committing|agreeing|aiming|seeking|planning|intending|striving|resolving"
    r"|deciding|preparing)\s",
    re.IGNORECASE,
)
_FISCAL_WORD: Final = re.compile(r"\b(?:fiscal|FY)", re.IGNORECASE)
_DOTTED: Final = re.compile(r"(?:[a-z]\.)+[a-z]")
_NEGATION: Final = re.compile(r"\b(?:not|never|no)\b|n[’']t\b")
_GOAL_FORM: Final = re.compile(r"(?:[\w-]+\s+){0,2}?" + _GOAL_NOUN + r"\s")
_BARE_DAYS: Final = frozenset({"today", "tonight", "tomorrow"})
_AND: Final = re.compile(r",?\s+and\s+")
# "… and to keep …": a second infinitive, not "… and to the region".
_AND_TO: Final = re.compile(
    r",?\s+and\s+(?=to\s+(?!(?:the|a|an|its|their|our|his|her|my|all|this|these|those|each|every|other|more"
    r"|some|many|both|date|\d)\b)[a-z])"
)


class _EveryWord:
    """A container holding every word: no word needs proof that it is a name."""

    def __contains__(self, word: object) -> bool:
        return True


_ALL_NAMES: Final = _EveryWord()
# No action runs longer than this many code points (the longest real ones are about
# 500); it also bounds the work per trigger on adversarial input.
MAX_ACTION: Final = 800
# Without a dateline, at most this many paragraphs open the release as its header.
_HEADER_PARAGRAPHS: Final = 12
# How far left of a trigger its subject is looked for.
_LEFT_WINDOW: Final = 200


class _Draft(NamedTuple):
    """A commitment before ids are given."""

    start: int
    end: int
    actor: Actor
    action_start: int
    action_end: int
    modality: Modality
    negated: bool
    deadline: Deadline | None


class _Trigger(NamedTuple):
    """A trigger that passed the checks, with its subject and the start of its action."""

    match_start: int
    match_end: int
    modality: Modality
    negated: bool
    subject: Subject
    actor: Actor | None
    action_start: int
    clause_start: int


@attrs.define
class _Context:
    """What the stage knows about the whole release while it reads it."""

    view: TextView
    # view.text lowercased, with the same length.
    lowered: str
    published: str | None
    issuer: str | None
    quotes: tuple[Quote, ...]
    quote_starts: list[int]
    proper_names: _actors.NameIndex
    hits: list[int]
    hit_keywords: list[str]
    last_subject: tuple[int, int] | None = None
    previous_sentence: tuple[int, int] | None = None
    list_openers: list[_Draft] = attrs.Factory(list)
    # Pure look-ups remembered for the release: it repeats its subjects ("the company").
    verdicts: dict[tuple[str, ...], _actors.Verdict] = attrs.Factory(dict)
    sentence_subjects: dict[tuple[int, int], tuple[int, int] | None] = attrs.Factory(dict)
    # The month and day the fiscal year ends on, when the release prints it.
    fiscal_year_end: tuple[int, int] | None = None


def find_commitments(
    view: TextView, paragraphs: tuple[Paragraph, ...], quotes: tuple[Quote, ...], header: Header
) -> tuple[Commitment, ...]:
    """Every commitment, in source order."""
    text = view.text
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lowercase to two code points
        lowered = text.translate(_ASCII_LOWER)
    ordered_quotes = tuple(sorted(quotes, key=lambda q: (q.start, q.end)))
    hits = keyword_hits(lowered)
    context = _Context(
        hits=[offset for offset, _ in hits],
        hit_keywords=[keyword for _, keyword in hits],
        view=view,
        lowered=lowered,
        published=header.published,
        issuer=getattr(header, "issuer", None),
        quotes=ordered_quotes,
        quote_starts=[q.start for q in ordered_quotes],
        proper_names=_actors.NameIndex(text),
        fiscal_year_end=fiscal_year_end(text) if "fiscal year" in lowered else None,
    )
    disclaimers = _offsets_of(lowered, _DISCLAIMER_MARKERS)
    dateline = header.dateline
    drafts: list[_Draft] = []
    header_texts: set[str] = set()
    body_seen = False
    # The end of a headline paragraph whose text runs on into the next one.
    wrapped_end = -1
    for index, paragraph in enumerate(paragraphs):
        if paragraph.role in ("disclaimer", "contact"):
            continue
        if dateline is not None:
            body_seen = dateline.start < paragraph.end
        else:
            # Without a dateline, the header block is what precedes running text, and
            # it is never longer than a few paragraphs.
            body_seen = body_seen or index >= _HEADER_PARAGRAPHS or _looks_like_body(paragraph.text)
        in_header = paragraph.role in ("headline", "subheadline", "highlight") or not body_seen
        k = bisect.bisect_left(context.hits, paragraph.start)
        if (
            not in_header
            and (k == len(context.hits) or context.hits[k] >= paragraph.end)
            and _LIST_ITEM.match(text, paragraph.start, paragraph.end) is None
        ):
            continue  # no trigger word in this paragraph, and no "• Acme to open …" bullet
        k = bisect.bisect_left(disclaimers, paragraph.start)
        if k < len(disclaimers) and disclaimers[k] < paragraph.end:
            continue
        context.last_subject = None
        context.previous_sentence = None
        offsets = context.hits
        headline_end = paragraph.end
        if paragraph.start < wrapped_end:
            headline_end = -1  # the second line of a wrapped headline: read with the first
        elif paragraph.role == "headline" and index + 1 < len(paragraphs):
            wrapped_end = _wrapped_headline_end(text, paragraph, paragraphs[index + 1])
            headline_end = max(headline_end, wrapped_end)
        for start, end in sentences(text, paragraph.start, paragraph.end):
            k = bisect.bisect_left(offsets, start)
            # A sentence without a trigger word gives no commitment of its own.
            has_hit = k < len(offsets) and offsets[k] < end
            found = _sentence_commitments(context, start, end) if has_hit else []
            if headline_end < 0:
                pass
            elif in_header or (end - start <= 160 and _LIST_ITEM.match(text, start, end) is not None):
                # Headlines, and highlight bullets in the body ("• Acme to open …").
                if end == paragraph.end and headline_end > end:
                    found.extend(_headline_line(context, start, headline_end))
                else:
                    found.extend(_headline_commitments(context, start, end))
                # A headline printed twice states its commitment once.
                found = [d for d in found if _printed(text, d) not in header_texts]
                header_texts.update(_printed(text, d) for d in found)
            drafts.extend(found)
            context.previous_sentence = (start, end)
    drafts.extend(_list_commitments(context, context.list_openers, paragraphs))
    drafts.sort(key=lambda d: (d.start, d.end))
    unique: list[_Draft] = []
    for draft in drafts:
        if unique and unique[-1].action_start == draft.action_start:
            continue
        unique.append(draft)
    return tuple(_finish(context, i, d) for i, d in enumerate(unique, 1))


def _wrapped_headline_end(text: str, first: Paragraph, second: Paragraph) -> int:
    """The end of ``second`` when it finishes the headline ``first`` broken over two lines
    ("ACME TO REPLACE / OLD MAINS BY 2028"), else -1."""
    if second.role != "headline" or text.count("\n", first.end, second.start) > 1:
        return -1
    head, tail = text[first.start : first.end].strip(), text[second.start : second.end].strip()
    if not head or head[-1] in '.!?:;"”' or head == tail:
        return -1
    return second.end


def _offsets_of(lowered: str, markers: Sequence[str]) -> list[int]:
    """Where the markers occur in the text, in order (one scan per marker)."""
    found = []
    for marker in markers:
        i = lowered.find(marker)
        while i >= 0:
            found.append(i)
            i = lowered.find(marker, i + len(marker))
    found.sort()
    return found


def _printed(text: str, draft: _Draft) -> str:
    return " ".join(text[draft.start : draft.end].split())


def _looks_like_body(paragraph: str) -> bool:
    """Whether a paragraph reads as running text rather than a headline or bullet."""
    stripped = paragraph.rstrip()
    return len(stripped) > 300 or (len(stripped) > 120 and stripped[-1:] in '.!?"”')


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as trimmed spans."""
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group() == "\n":
            if not _line_ends_sentence(text, start, match.start()):
                continue
            cut = match.start()
        else:
            if _is_abbreviation(text, pos, match.start()):
                continue
            cut = match.end()
        span = _trimmed(text, pos, cut)
        if span is not None:
            yield span
        pos = cut
    span = _trimmed(text, pos, end)
    if span is not None:
        yield span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` without the white space around it, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _line_ends_sentence(text: str, paragraph_start: int, newline: int) -> bool:
    """Whether a line break inside a paragraph ends a sentence (not a hard wrap)."""
    line_start = max(paragraph_start, text.rfind("\n", paragraph_start, newline) + 1)
    line = text[line_start:newline].rstrip()
    if not line:
        return True
    if line[-1] in '.!?:;"”':
        return True
    if _caps_wrap(line, text[newline + 1 : text.find("\n", newline + 1) % (len(text) + 1)]):
        return False
    next_char = text[newline + 1 : newline + 2]
    # A long line that runs on into a lowercase word or a plain word is wrapped text.
    return not (len(line) >= 55 and (next_char.islower() or line[-1].isalnum() or line[-1] in ",-"))


# What ends a word read leftwards from a dot (``\s`` is exactly ``str.isspace``).
_WORD_STOP: Final = re.compile(r'[\s(“"]')


_LABEL_LINE: Final = re.compile(
    r"\s*(?:FOR\s+IMMEDIATE\s+RELEASE|(?:NEWS|PRESS|MEDIA)(?:\s+(?:RELEASE|ADVISORY|STATEMENT))?|EMBARGOED\b.*)\s*$"
)


def _caps_wrap(line: str, next_line: str) -> bool:
    """Whether an all-capitals line runs on into the next all-capitals line: one headline
    broken over two lines ("ACME TO OPEN / TWO PLANTS BY 2028"), not a label above it."""
    line, next_line = line.strip(), next_line.strip()
    if not line or not next_line or line[-1] in '.!?:;"”' or len(line.split()) < 3:
        return False
    if not (line.isupper() and next_line.isupper()) or _LABEL_LINE.match(line):
        return False
    return next_line[0].isalnum()


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # The word before the dot starts after the last space, unless another white
    # space or opening mark stands between them; then walk back to it.
    space = text.rfind(" ", sentence_start, dot)
    if space >= 0 and _WORD_STOP.search(text, space + 1, dot) is None:
        word_start = space + 1
    else:
        word_start = dot
        while (
            word_start > sentence_start
            and not text[word_start - 1].isspace()
            and text[word_start - 1] not in '(“"'
        ):
            word_start -= 1
    word = text[word_start:dot].lower().strip("'’")
    if word in _ABBREVIATIONS:
        # "… acquired by Acme Inc. The company will …": a company suffix can end a sentence.
        if word in _NAME_SUFFIXES:
            following = text[dot + 1 : dot + 12].split(None, 1)
            return not (following and following[0] in _SENTENCE_STARTERS)
        return True
    # Initials ("Marta J. Olsen") and dotted abbreviations ("N.Y.").
    return (len(word) == 1 and word.isalpha()) or bool(_DOTTED.fullmatch(word))


# ---------------------------------------------------------------------------
# One sentence.


def _sentence_commitments(context: _Context, start: int, end: int) -> list[_Draft]:
    text = context.view.text
    triggers: list[_Trigger] = []
    for match in iter_triggers(text, start, end, context.hits, context.hit_keywords):
        trigger = _check_trigger(context, match, start, end, triggers)
        if trigger is not None:
            triggers.append(trigger)
    drafts: list[_Draft] = []
    skip_until = -1
    # The sentence's time expressions, found once for all its triggers.
    times: list[Found] | None = None
    for k, trigger in enumerate(triggers):
        if trigger.actor is None:
            continue
        if trigger.match_start < skip_until:
            continue  # nested inside an earlier commitment's action
        action_end = _clause_end(text, trigger.action_start, end)
        if trigger.subject.kind in ("relative", "antecedent") and text[
            max(start, trigger.match_start - 16) : trigger.match_start
        ].rstrip().endswith((", which", ", who", ", whom", ", that")):
            # A relative clause set off by commas ends at the next comma.
            comma = text.find(",", trigger.action_start, action_end)
            if comma >= 0:
                action_end = comma
        if trigger.match_start > start and text[trigger.match_start - 1] in '"“':
            # 'it "will comply fully" with the order': a quoted fragment opening at
            # the trigger is part of the action, and the clause runs on past it.
            if action_end < end and text[action_end] in '"”':
                action_end = _rstrip(text, trigger.action_start, _clause_end(text, action_end + 1, end))
                if text[action_end - 1] in '"”':
                    action_end -= 1  # the fragment closes the sentence
        else:
            action_end = _quote_bound(context, trigger.action_start, action_end)
        for j in range(k + 1, len(triggers)):
            later = triggers[j]
            if later.clause_start >= action_end:
                break
            region = text[trigger.action_start : later.clause_start]
            coordinated = _COORDINATOR.search(region[-16:])
            if coordinated is not None or _independent_after_coordinator(region):
                cut = _last_coordinator(region)
                action_end = trigger.action_start + cut if cut is not None else later.clause_start
                break
        action_end = _rstrip(text, trigger.action_start, action_end)
        if action_end <= trigger.action_start:
            if text.startswith(":", trigger.action_start):
                context.list_openers.append(
                    _draft(
                        start=trigger.clause_start,
                        action_start=trigger.action_start,
                        action_end=trigger.action_start,
                        actor=trigger.actor,
                        modality=trigger.modality,
                        negated=trigger.negated,
                        deadline=None,
                    )
                )
            continue
        skip_until = action_end
        if times is None:
            times = deadlines_in(text, start, end, context.lowered)
        drafts.extend(_split_by_deadlines(context, trigger, action_end, start, times))
    return drafts


def keyword_hits(lowered: str) -> list[tuple[int, str]]:
    """The trigger keywords in the (ASCII-lowercased) text with their offsets, in order."""
    hits: list[tuple[int, str]] = []
    for keyword in _KEYWORDS:
        i = lowered.find(keyword)
        while i >= 0:
            if keyword[0] in "’'" or i == 0 or not lowered[i - 1].isalnum():
                hits.append((i, keyword))
            i = lowered.find(keyword, i + 1)
    hits.sort()
    return hits


def iter_triggers(
    text: str, start: int, end: int, hits: Sequence[int], keywords: Sequence[str]
) -> Iterator[re.Match[str]]:
    """The triggers in ``text[start:end]``, in order.

    Running the trigger alternation at every offset is slow, so fast substring
    searches find the trigger words first (``hits``, with their ``keywords``), and
    only the keyword's own branches are tried, at the keyword and at the few word
    starts just before it (where an auxiliary such as "has" opens the trigger).
    """
    done = start
    for k in range(bisect.bisect_left(hits, start), bisect.bisect_left(hits, end)):
        hit = hits[k]
        if hit < done:
            continue
        keyword = keywords[k]
        pattern = _trigger_pattern(_KEYWORD_MODALITIES[keyword])
        candidates = [hit] if keyword in _STARTS_AT_KEYWORD else _word_starts_before(text, hit, start)
        for candidate in candidates:
            if candidate < done:
                continue
            match = pattern.match(text, candidate, end)
            if match is not None and match.start() <= hit < match.end():
                yield match
                done = match.end()
                break


def _word_starts_before(text: str, hit: int, start: int) -> list[int]:
    """Word starts before ``hit`` that may open a trigger, leftmost first, then ``hit``.

    Looks at most six words back, and at a comma right before them (", committed to").
    """
    window_start = max(start, hit - 80)
    # Most trigger words follow no opener ("Acme plans to"): the bare words show it
    # without building a match per word.
    if not any(
        word == ","
        or word.lower() in _OPENERS
        or word.lower().startswith(_OPENER_STEMS)
        or word.lower().endswith(_CONTRACTIONS)
        for word in _PREVIOUS_WORD.findall(text, window_start, hit)[-6:]
    ):
        return [hit]
    words = [(m.start(), m.group()) for m in _PREVIOUS_WORD.finditer(text, window_start, hit)][-6:]
    starts = []
    for k in range(len(words) - 1, -1, -1):
        offset, word = words[k]
        if word == ",":
            starts.append(offset)
            break
        low = word.lower()
        if low in _OPENERS or low.startswith(_OPENER_STEMS):
            starts.append(offset)
        elif low.endswith(_CONTRACTIONS):
            # "We're not going to": the auxiliary is glued to its subject.
            starts.append(offset + len(word) - len(next(c for c in _CONTRACTIONS if low.endswith(c))))
    starts.reverse()
    starts.append(hit)
    return starts


def _independent_after_coordinator(region: str) -> bool:
    """Whether the region ends in a new clause: "…, and Acme has announced"."""
    cut = _last_coordinator(region)
    if cut is None:
        return False
    return _RELATIVIZER.search(region, cut + 4) is None


_COORDINATOR_INSIDE: Final = re.compile(r",\s*and\s|;\s|,\s*but\s|,\s*while\s|\swhile\s|\sand\s")


def _last_coordinator(region: str) -> int | None:
    found = None
    for match in _COORDINATOR_INSIDE.finditer(region):
        found = match.start()
    return found


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-.!?"):
        end -= 1
    # A trailing "and" left by a cut ("…; and").
    for tail in (" and", " or"):
        if text.endswith(tail, start, end):
            return _rstrip(text, start, end - len(tail))
    return end


def _clause_end(text: str, start: int, end: int) -> int:
    end = min(end, start + MAX_ACTION)
    pos = start
    while True:
        match = _CLAUSE_CUT.search(text, pos, end)
        if match is None:
            return end
        cut = match.group()
        if cut in ("”", "»") or cut.startswith('"'):
            # A title or term quoted inside the action ('launch the program under the
            # name "Clean Taps" next month') does not end it.
            opener = "“" if cut == "”" else "«" if cut == "»" else '"'
            if text.count(opener, start, match.start()) % 2 == 1 or (
                opener != '"' and opener in text[start : match.start()]
            ):
                pos = match.end()
                continue
        if cut.startswith(", which"):
            # "…tripling exports, which reached $3 billion in 2023, by 2031": an aside
            # set off by commas before the action's deadline.
            comma = text.find(",", match.end(), min(end, match.end() + 120))
            if comma >= 0 and DEADLINE.match(text, _skip_space(text, comma + 1, end)) is not None:
                pos = comma + 1
                continue
        if cut.startswith(", where") and _WHERE_COMMITMENT.search(text, match.end(), end) is not None:
            # "…host a lecture in May, where two curators will present the findings": a
            # commitment nested in the action's where-clause stays inside it.
            pos = match.end()
            continue
        if match.group().startswith(", with"):
            # Only an absolute construction ends the clause ("…, with Beta receiving
            # $2 billion"); a manner adjunct belongs to it ("…, with determination").
            words = _following_words(text, match.end(), end, 4)
            # A participle after a determiner is an adjective ("…, with a combined output").
            if not any(
                w.lower().endswith(("ing", "ed")) and words[i - 1][0].lower() not in _NOUN_STARTS
                for i, (w, _) in enumerate(words[1:], 1)
            ):
                pos = match.end()
                continue
        return match.start()


def _quote_bound(context: _Context, start: int, end: int) -> int:
    quote = _quote_at(context, start)
    if quote is not None and quote.end < end:
        return quote.end
    return end


def _quote_at(context: _Context, offset: int) -> Quote | None:
    k = bisect.bisect_right(context.quote_starts, offset)
    for quote in reversed(context.quotes[max(0, k - 3) : k]):
        if quote.start <= offset < quote.end:
            return quote
    return None


# Negations before "have to" that lift an obligation ("patients no longer have to travel").
_NO_OBLIGATION: Final = re.compile(
    r"(?:\bno longer|\bnot|\bnever|n[’']t)[ ]+ha(?:ve|s)[ ]+to\b", re.IGNORECASE
)


# Verbs that present a plan as a thing: "Acme Unveils Expansion Plan to Enter …" names
# a plan (its "to" is the plan's purpose), it does not say that Acme plans to.
_PRESENTING_VERBS: Final = word_set(
    """
    announce announces announced unveil unveils unveiled launch launches launched outline outlines
    outlined present presents presented introduce introduces introduced release releases released
    approve approves approved adopt adopts adopted propose proposes proposed detail details detailed
    reveal reveals revealed file files filed submit submits submitted finalize finalizes finalized
    """
)
# Words that open a new subject between the verb and "plans to" ("announced today the
# company plans to …"): then "plans" is the subject's verb.
_NEW_SUBJECT_WORDS: Final = word_set(
    "the it its that this he she they we i today yesterday now also which who a an their our his her"
)


def _named_plan(text: str, sentence_start: int, trigger: int) -> bool:
    """Whether "plan(s) to" is a noun after a presenting verb and one to three modifiers."""
    before = text[max(sentence_start, trigger - 80) : trigger].split()[-4:]
    for k in range(len(before) - 2, -1, -1):
        word = before[k].lower()
        if word in _PRESENTING_VERBS:
            modifiers = before[k + 1 :]
            return 0 < len(modifiers) <= 3 and all(
                m.lower() not in _NEW_SUBJECT_WORDS and m[-1:].isalnum() for m in modifiers
            )
    return False


def _check_trigger(
    context: _Context,
    match: re.Match[str],
    sentence_start: int,
    sentence_end: int,
    earlier: Sequence[_Trigger],
) -> _Trigger | None:
    text = context.view.text
    modality: Modality = match.lastgroup  # type: ignore[assignment]
    matched = match.group().lower()
    if modality == "will" and match.group()[:1] == "W" and match.start() > sentence_start:
        before = text[max(sentence_start, match.start() - 30) : match.start()].split()
        if before and before[-1][:1].islower():
            return None  # a name ("met Will Smith"); in a title-case headline it is the modal
    if text[sentence_end - 1] == "?":
        return None
    if (
        modality == "plan"
        and matched in ("plan to", "plans to")
        and _named_plan(text, sentence_start, match.start())
    ):
        return None
    negated = bool(_NEGATION.search(matched))
    if (
        modality == "must"
        and matched.endswith(("has to", "have to"))
        and _NO_OBLIGATION.search(text, max(sentence_start, match.start() - 20), match.start() + 8)
    ):
        return None  # "no longer have to travel" lifts an obligation, it commits no one
    action_start = match.end()
    # The words of the action's start (findall: strings, no match objects).
    words = _WORD.findall(text, action_start, min(sentence_end, action_start + 120))[:7]
    lows = [w.lower() for w in words]
    # Skip the adverbs between a modal and its verb ("will also continue to").
    k = 0
    continued = False
    while k < len(words):
        adverb = lows[k]
        if adverb == "no" and k + 1 < len(words) and lows[k + 1] == "longer":
            negated = True  # "will no longer sell"
            k += 2
            continue
        if adverb not in _WILL_ADVERBS:
            break
        if adverb in ("never", "not"):
            negated = True
        k += 1
        if adverb == "continue" and k < len(words) and lows[k] == "to":
            k += 1  # "will continue to receive": judge the verb after "to"
            continued = True
    verb = lows[k] if k < len(words) else ""
    if modality == "will" and verb == "have" and k + 1 < len(words) and lows[k + 1] == "to":
        # "will have to" is an obligation; "will not have to" lifts one.
        if negated:
            return None
        modality = "must"
        action_start = _following_words(text, action_start, sentence_end, k + 2)[k + 1][1] + 2
        k += 2
        verb = lows[k] if k < len(words) else ""
    if (
        modality == "will"
        and verb == "be"
        and k + 2 < len(words)
        and lows[k + 1] in ("obliged", "obligated")
        and lows[k + 2] == "to"
    ):
        # "will be obliged to notify" is an obligation, like "will have to".
        modality = "must"
        action_start = _following_words(text, action_start, sentence_end, k + 3)[k + 2][1] + 2
        k += 3
        verb = lows[k] if k < len(words) else ""
    if not verb and not text[action_start:sentence_end].lstrip().startswith(":"):
        return None
    if modality == "agree" and (verb in _NOUN_STARTS or verb in _COUNT_WORDS or verb[:1].isdigit()):
        return None  # "agreed to one fee": a noun object, no action
    if modality in ("will", "must"):
        if verb in _NOT_ACTIONS and not _acts_after_all(verb, words[k + 1 :]):
            return None  # but "will look for more victims" searches
        if verb == "take" and k + 1 < len(words) and lows[k + 1] in ("delivery", "receipt"):
            return None  # "will take delivery of two ferries": receiving, like "will receive"
        if verb == "be":
            after = lows[k + 1] if k + 1 < len(words) else ""
            if not (after.endswith("ing") or after in ("responsible", "the", "a", "an", "part")):
                return None
            if modality == "must" or (after in ("the", "a", "an") and not continued):
                return None  # "will be the finest hosts"; but "will continue to be a partner"
            if after in ("looking", "facing") and lows[k + 2 : k + 4] in (
                ["at", "a"],
                ["at", "an"],
                ["a"],
                ["an"],
            ):
                return None  # "we will be looking at a third dry year": a prospect, not an act
        if verb == "have" and modality == "will":
            return None
    # "will continue to be led by …": a passive, whoever the subject is.
    for j in range(len(lows) - 3):
        if (
            lows[j] in ("continue", "remain")
            and lows[j + 1 : j + 3] == ["to", "be"]
            and _is_participle(lows[j + 3])
        ):
            return None
    if (
        modality == "expect"
        and verb in _FORECAST_VERBS
        and not (verb == "report" and _following_word(words, k) in _STUDY_REPORTS)
    ):
        return None  # but "expects to report topline data" is the actor's own act
    if modality == "commit" and "commitment" in matched and not _starts_action(verb):
        # A base verb not in the list shows itself by the object it takes:
        # "reaffirmed their commitment to conclude the agreement".
        object_follows = (
            k + 1 < len(words)
            and lows[k + 1] in _NOUN_STARTS
            and verb not in _NOUN_STARTS
            and words[k][:1].islower()
        )
        if not object_follows:
            return None
    if _NOUN_TRIGGER.search(matched) and (not verb or verb in _NOUN_STARTS or verb[0].isdigit()):
        return None  # "reaffirmed its pledge to the region": a noun object, no action
    if (
        verb == "be"
        and modality not in ("will", "must")
        and k + 1 < len(words)
        and _is_participle(lows[k + 1])
    ):
        return None  # "plans to be acquired": a passive
    # Skip "will" starting a question or serving as a noun ("the will of").
    tokens = tokens_between(text, max(sentence_start, match.start() - _LEFT_WINDOW), match.start())
    if modality in ("plan", "aim", "promise", "pledge", "determined", "intend") and tokens:
        previous = tokens[-1].lower
        goal_form = _GOAL_FORM.match(matched) is not None
        if not goal_form and (previous in _actors.DETERMINERS or previous.endswith(("'s", "’s"))):
            return None  # a noun: "a plan to", "its pledge to"
    subject = _find_subject(context, tokens, match, sentence_start)
    actor = _actor_for(
        context, subject=subject, tokens=tokens, match=match, sentence_start=sentence_start, earlier=earlier
    )
    if matched.startswith(("committed", "directed")) and not _bare_past_ok(
        tokens, subject, verb if matched.startswith("committed") else None
    ):
        return None
    clause_start = (
        subject.start if subject.kind in ("np", "relative", "antecedent", "restrictive") else match.start()
    )
    if actor is not None and subject.kind in ("np", "relative", "antecedent") and _believed(tokens, subject):
        actor = None
    if actor is not None and _not_asserted(tokens, subject, matched, verb):
        actor = None
    if modality == "commit" and match.group().startswith(","):
        action_start = match.end()
        clause_start = match.start() + 1
    return _Trigger(
        match_start=match.start(),
        match_end=match.end(),
        modality=modality,
        negated=negated,
        subject=subject,
        actor=actor,
        action_start=_skip_space(text, action_start, sentence_end),
        clause_start=_skip_space(text, clause_start, sentence_end),
    )


# What a company reports as its own act rather than as a figure ("report topline data").
_STUDY_REPORTS: Final = word_set("topline top-line data interim initial preliminary findings full")
# Particles after "get" + object that make it a causing action ("get the crews on site").
_GET_PARTICLES: Final = word_set("on back into onto done started moving going built out off")


def _following_word(words: Sequence[str], k: int) -> str:
    """The word after ``words[k]``, lowercased, or "" at the end."""
    return words[k + 1].lower() if k + 1 < len(words) else ""


def _acts_after_all(verb: str, rest: Sequence[str]) -> bool:
    """Whether a verb that usually receives or predicts acts here: "will look for …",
    "will get the crews back to work", "will face Brae United" (a fixture)."""
    following = rest[0] if rest else ""
    if verb == "look":
        return following.lower() in ("for", "into", "at")
    if verb == "get":
        return any(w.lower() in _GET_PARTICLES for w in rest[1:5])
    if verb == "face":
        return following[:1].isupper()
    return False


def _bare_past_ok(tokens: Sequence[Token], subject: Subject, verb: str | None) -> bool:
    """Whether a bare past tense ("The sides committed to doubling …", "They directed
    the ministers to …") is the clause's verb, not an adjective ("a firm committed to
    excellence"): its subject opens the clause, and an action follows "committed to"."""
    if subject.kind == "coordinated":
        return True
    if subject.kind != "np":
        return False
    before = _before(tokens, subject.start)
    if before and before[-1].lower not in (",", "and", "that", ";"):
        return False
    first = next((t for t in tokens if t.start >= subject.start), None)
    if first is not None and first.lower in ("a", "an"):
        return False
    return verb is None or verb.endswith("ing") or verb in _BASE_VERBS


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


_IRREGULAR_PARTICIPLES: Final = word_set(
    """
    led held run made done paid built sold known seen given taken shown kept set put brought bought
    chosen driven written spent sent won told found left lost met drawn
    """
)


def _is_participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def _starts_action(verb: str) -> bool:
    if not verb or verb in _NOUN_STARTS:
        return False
    return (verb.endswith("ing") and len(verb) > 5) or verb in _BASE_VERBS


_WORD: Final = re.compile(r"[\w’'-]+")


def _following_words(text: str, start: int, end: int, count: int) -> list[tuple[str, int]]:
    """The first ``count`` (at least one) words after ``start``, with their offsets."""
    return [
        (match.group(), match.start())
        for match in itertools.islice(_WORD.finditer(text, start, min(end, start + 120)), max(1, count))
    ]


def _not_asserted(tokens: Sequence[Token], subject: Subject, matched: str, verb: str) -> bool:
    """Whether the trigger states a condition or a wish, not a commitment.

    "If a tenant has to leave …" (the clause under "if"); "nurses who agree to serve
    …", "residents who want to know …" (a restrictive relative in the present names
    whoever would do it); "wants to know / learn / see" (a wish to learn, not to act);
    "the label we want to own" (a relative clause with its object before it).
    """
    before = [t for t in tokens if t.end <= subject.start]
    previous = before[-1].lower if before else ""
    if subject.kind == "np" and previous in ("if", "unless", "whether"):
        return True
    first = matched.split(None, 1)[0]
    if subject.kind == "relative" and previous != "," and first in _PRESENT_WISHES:
        return True
    if first.startswith("want"):
        if verb in _COGNITION_VERBS:
            return True
        subject_words = [t for t in tokens if t.start >= subject.start]
        if (
            len(subject_words) == 1
            and subject_words[0].lower in ("we", "they", "i", "you")
            and before
            and before[-1].text.isalpha()
            and before[-1].text.islower()
            and before[-1].lower not in _actors.BREAK_WORDS
            and before[-1].lower not in _actors.ADVERBS
            and not before[-1].lower.endswith("ly")
        ):
            return True
    return first in ("has", "have") and _object_relative(tokens, subject, before)


# Words that open a noun phrase: "the … lever we have to grow" is that noun's relative.
_OPENING_DETERMINERS: Final = word_set(
    "the a an every any all this that these those our their its no one only"
)
# Verbs before a clause with no "that" ("the board knows we have to act").
_CLAUSE_VERBS: Final = word_set(
    """
    know knows knew said says say believe believes think thinks agree agrees understand understands
    feel feels realize realizes recognize recognizes mean means show shows hope hopes is are was were
    """
)


def _object_relative(tokens: Sequence[Token], subject: Subject, before: Sequence[Token]) -> bool:
    """Whether "we have to …" is a relative clause on a noun before it ("the tools we have to
    build with"): "have" holds that noun, it obliges no one."""
    subject_words = [t for t in tokens if t.start >= subject.start and t.end <= subject.end]
    if len(subject_words) != 1 or subject_words[0].lower not in ("we", "they", "i", "you"):
        return False
    if len(before) < 2 or not before[-1].text.isalpha() or not before[-1].text.islower():
        return False
    noun = before[-1].lower
    if noun in _actors.BREAK_WORDS or noun in _actors.ADVERBS or noun in _CLAUSE_VERBS or noun.endswith("ly"):
        return False
    return any(t.lower in _OPENING_DETERMINERS for t in before[-4:-1])


def _believed(tokens: Sequence[Token], subject: Subject) -> bool:
    """Whether the clause is reported as a belief ("I am sure the plan will …")."""
    before = _before(tokens, subject.start)
    if before and before[-1].lower == "that":
        before = before[:-1]
    return bool(before) and before[-1].lower in _actors.BELIEF_CUES


def _find_subject(
    context: _Context, tokens: list[Token], match: re.Match[str], sentence_start: int
) -> Subject:
    i = len(tokens)
    if i > 1 and tokens[i - 1].text in ('"', "“") and tokens[i - 2].text[0].isalnum():
        i -= 1  # a quotation opening at the verb: 'the ministry "will comply"'
    while (
        i > 0
        and tokens[i - 1].lower in _actors.ADVERBS
        and tokens[i - 1].lower not in ("all", "both", "each")
    ):
        i -= 1
    if match.group().startswith(","):
        # ", committed to …" describes the subject of the sentence.
        opening = _sentence_subject(context, sentence_start, match.start())
        if opening is None:
            return Subject(match.start(), match.start(), "none")
        return Subject(opening[0], opening[1], "np")
    if i == 0:
        return Subject(match.start(), match.start(), "none")
    last = tokens[i - 1]
    low = last.lower
    if low in ("and", "or", "but", "nor"):
        return Subject(last.start, last.end, "coordinated")
    if last.text in (",", "–", "—"):
        previous = tokens[i - 2].lower if i >= 2 else ""
        if previous in ("and", "but"):
            return Subject(last.start, last.end, "coordinated")
        if last.text == "," and _PARTICIPLE_TRIGGER.match(match.group()):
            # "The mayor signed the order, pledging to hire …": the participle's subject
            # is the clause's.
            return Subject(last.start, last.end, "coordinated")
        found = _appositive_subject(tokens, i, match.start())
        if found.kind == "none" and last.text == "," and _BARE_VERB_TRIGGER.match(match.group()):
            # "Council approves the plan, commits to building …": a second verb of
            # the clause's subject, as after "and".
            return Subject(last.start, last.end, "coordinated")
        return found
    if low in _actors.RELATIVE_THING:
        first = noun_phrase_before(tokens, i - 1 if i >= 2 and tokens[i - 2].text != "," else i - 2)
        end_index = i - 1 if tokens[i - 2].text != "," else i - 2
        if first < end_index:
            return Subject(tokens[first].start, tokens[end_index - 1].end, "antecedent")
        return Subject(match.start(), match.start(), "none")
    if low in _actors.RELATIVE_PERSON:
        start_index = i - 1
        if i >= 3 and tokens[i - 2].lower == "of" and tokens[i - 3].lower in _actors.QUANTIFIERS:
            start_index = i - 3
        return Subject(tokens[start_index].start, last.end, "relative")
    restrictive = _restrictive_subject(context.view.text, tokens, i, sentence_start)
    if restrictive is not None:
        return restrictive
    if _actors.breaks_at(tokens, i - 1):
        return Subject(match.start(), match.start(), "none")
    first = noun_phrase_before(tokens, i)
    if first >= i:
        return Subject(match.start(), match.start(), "none")
    # "The deal with Beta will …": the phrase before the preposition is the head.
    for _ in range(2):
        if (
            first >= 2
            and tokens[first - 1].lower in _actors.PHRASE_PREPOSITIONS
            and tokens[first - 2].text[0].isalnum()
        ):
            outer = noun_phrase_before(tokens, first - 1)
            if outer >= first - 1:
                break
            first = outer
    return Subject(tokens[first].start, tokens[i - 1].end, "np")


# Words that open the verb of a restrictive relative clause ("that have signed").
_RELATIVE_AUXILIARIES: Final = word_set("have has had are is were was do does did already")


def _restrictive_subject(text: str, tokens: list[Token], i: int, sentence_start: int) -> Subject | None:
    """A subject that opens the sentence with a restrictive relative clause ("Clinics
    that have signed the charter must …"): the whole phrase, its head judged alone."""
    if i < 4 or text[sentence_start : tokens[0].start].strip():
        return None
    relative = next((r for r in range(1, min(i - 1, 6)) if tokens[r].lower in ("that", "who")), None)
    if relative is None:
        return None
    verb = tokens[relative + 1].lower
    if verb not in _RELATIVE_AUXILIARIES and not verb.endswith("ed"):
        return None
    if any(not t.text[0].isalnum() and t.text not in ("'", "’") for t in tokens[:i]):
        return None  # an aside or a quotation: not one plain phrase
    if noun_phrase_before(tokens, relative) != 0:
        return None
    return Subject(
        tokens[0].start,
        tokens[i - 1].end,
        "restrictive",
        actor_span=(tokens[0].start, tokens[relative - 1].end),
    )


def _appositive_subject(tokens: list[Token], i: int, fallback: int) -> Subject:
    """The phrase before an appositive: "Acme, a maker of boats, will …"."""
    closer = tokens[i - 1].text if i else ","
    opener_chars = (",",) if closer == "," else ("–", "—")
    j = i - 2
    while j >= 0 and tokens[j].text not in opener_chars and tokens[j].text not in (";", ":"):
        j -= 1
    if j <= 0 or tokens[j].text not in opener_chars:
        return Subject(fallback, fallback, "none")
    first = noun_phrase_before(tokens, j)
    if first >= j:
        return Subject(fallback, fallback, "none")
    if tokens[first].text[0].islower() or tokens[j - 1].text[0].islower():
        # "Jo Ruiz, chief executive of Acme, whose family …, will": a name opens the
        # chain of asides before a description.
        if first >= 2 and tokens[first - 1].text == "," and tokens[first].text[0].islower():
            name = noun_phrase_before(tokens, first - 1)
            if (
                name < first - 1
                and _is_name(tokens[name : first - 1])
                and (
                    name == 0
                    or not tokens[name - 1].text[0].isalnum()
                    or tokens[name - 1].lower in ("that", "and")
                )
            ):
                return Subject(tokens[name].start, tokens[first - 2].end, "np")
        # "Its regional ally, the Tana River Guild, will": the aside names the actor.
        aside = tokens[j + 1 : i - 1]
        if aside and aside[0].lower == "the":
            aside = aside[1:]
        if 0 < len(aside) <= 8 and tokens[j - 1].text[0].islower() and _is_name(aside):
            return Subject(
                tokens[first].start, tokens[j - 1].end, "np", (tokens[j + 1].start, tokens[i - 2].end)
            )
    return Subject(tokens[first].start, tokens[j - 1].end, "np")


def _is_name(tokens: Sequence[Token]) -> bool:
    """Whether the tokens are a name: capitalized words, maybe joined by of / and / &."""
    return (
        tokens[0].text[0].isupper()
        and tokens[-1].text[0].isupper()
        and all(t.text[0].isupper() or t.lower in ("of", "and", "&", "for", "the") for t in tokens)
    )


def _actor_for(
    context: _Context,
    *,
    subject: Subject,
    tokens: list[Token],
    match: re.Match[str],
    sentence_start: int,
    earlier: Sequence[_Trigger],
) -> Actor | None:
    text = context.view.text
    source = context.view.source
    if subject.kind == "coordinated":
        # "Acme is set to open a site for clients that must …, and aims to …": the main
        # clause's subject, before one of a relative clause.
        for kinds in (("np",), ("relative", "antecedent")):
            for previous in reversed(earlier):
                if previous.subject.kind in kinds:
                    return previous.actor
        if text[subject.start] == ",":
            # "Town board approves budget, pledges to …": the words before the first verb.
            first = _headline_subject(context, sentence_start, subject.start) or _sentence_subject(
                context, sentence_start, subject.start
            )
        else:
            first = _sentence_subject(context, sentence_start, subject.start)
        if first is None:
            return None
        words = [t.text for t in tokens_between(text, first[0], first[1])]
        if [w.lower() for w in words] == ["it"]:
            antecedent = _resolve_it(context, tokens, Subject(first[0], first[1], "np"), sentence_start)
            if antecedent is None:
                return None
            verdict = _judge(context, [t.text for t in tokens_between(text, antecedent[0], antecedent[1])])
            if not verdict.agent:
                return None
            return Actor(
                text=source[first[0] : first[1]], ref=_clean_ref(source[antecedent[0] : antecedent[1]])
            )
        verdict = _judge(context, words)
        if not verdict.agent:
            return None
        return _make_actor(context, first[0], first[1], verdict.head, match.start())
    if subject.kind == "none":
        # A headline line or a list item opening with the trigger ("Will Oversee …"),
        # maybe after a sentence adverb ("Together, will …").
        item = _LIST_ITEM.match(text, sentence_start, subject.start)
        opening = text[item.end() if item else sentence_start : subject.start].split()
        if not opening or (
            len(opening) == 1
            and opening[0].endswith(",")
            and (opening[0][:-1].lower() in _actors.ADVERBS or opening[0][:-1].endswith("ly"))
        ):
            return Actor(text="", ref=context.issuer)
        return None
    if subject.kind == "restrictive" and subject.actor_span is not None:
        head_words = [t.text for t in tokens_between(text, *subject.actor_span)]
        if not _judge(context, head_words).agent:
            return None
        return Actor(text=source[subject.start : subject.end], ref=None)
    if subject.actor_span is not None:
        name_words = [t.text for t in tokens_between(text, *subject.actor_span)]
        verdict = _judge(context, name_words)
        if verdict.agent:
            return _make_actor(context, *subject.actor_span, verdict.head, match.start())
    words = [t.text for t in _tokens_of(text, tokens, subject.start, subject.end)]
    if subject.kind == "relative":
        return Actor(text=source[subject.start : subject.end], ref=_antecedent_ref(context, tokens, subject))
    lows = [w.lower() for w in words]
    if lows and lows[-1] in ("it", "its") and len(lows) == 1:
        antecedent = _resolve_it(context, tokens, subject, sentence_start)
        if antecedent is None:
            return None
        ante_words = [t.text for t in tokens_between(text, antecedent[0], antecedent[1])]
        verdict = _judge(context, ante_words)
        if not verdict.agent:
            return None
        return Actor(
            text=source[subject.start : subject.end], ref=_clean_ref(source[antecedent[0] : antecedent[1]])
        )
    if len(words) == 1 and lows[0] in ("their", "our", "his", "her", "my"):
        pronoun = {"their": "they", "our": "we", "his": "he", "her": "she", "my": "i"}[lows[0]]
        verdict = _actors.Verdict(True, pronoun)
    else:
        verdict = _judge(context, words)
    if lows in (["they"], ["their"]) and _things_before(context):
        return None  # "These reforms will … They will remove barriers": things, not people
    if lows not in (["it"], ["its"], ["they"], ["their"]):
        context.last_subject = (subject.start, subject.end)
    if not verdict.agent:
        named = _actors.organization_for(words, context.proper_names, match.start())
        if named is None:
            return None
        printed = source[subject.start : subject.end]
        return Actor(text=printed, ref=_clean_ref(named) if named.lower() != printed.lower() else None)
    end = subject.end
    if words and words[-1].endswith(("'s", "’s")) and len(words) > 0:
        end -= 2
    return _make_actor(context, subject.start, end, verdict.head, match.start())


def _tokens_of(text: str, tokens: Sequence[Token], start: int, end: int) -> Sequence[Token]:
    """The tokens of ``text[start:end]``, sliced from ``tokens`` when the span runs from
    the start of one of them to the end of one (the tokenizer looks neither behind
    nor ahead, so tokenizing the span again would give the same tokens)."""
    i = bisect.bisect_left(tokens, start, key=_token_start)
    j = bisect.bisect_right(tokens, end, lo=i, key=_token_end)
    if i < j and tokens[i].start == start and tokens[j - 1].end == end:
        return tokens[i:j]
    return tokens_between(text, start, end)


_token_start: Final = operator.itemgetter(1)
_token_end: Final = operator.itemgetter(2)


def _before(tokens: Sequence[Token], offset: int) -> Sequence[Token]:
    """The tokens that end before ``offset`` (a prefix: tokens do not overlap)."""
    return tokens[: bisect.bisect_right(tokens, offset, key=_token_end)]


def _things_before(context: _Context) -> bool:
    """Whether the last subject, in the previous sentence, named things rather than agents."""
    last = context.last_subject
    previous = context.previous_sentence
    if last is None or previous is None or not previous[0] <= last[0] < previous[1]:
        return False
    words = [t.text for t in tokens_between(context.view.text, last[0], last[1])]
    lows = [w.lower() for w in words]
    if not lows or lows[-1] in _actors.PERSON_PRONOUNS:
        return False
    return not _judge(context, words).agent


def _judge(context: _Context, words: Sequence[str]) -> _actors.Verdict:
    """:func:`judge_phrase` against the release's names, each phrase judged once."""
    key = tuple(words)
    verdict = context.verdicts.get(key)
    if verdict is None:
        verdict = context.verdicts[key] = judge_phrase(key, context.proper_names)
    return verdict


def _sentence_subject(context: _Context, sentence_start: int, before: int) -> tuple[int, int] | None:
    """The noun phrase opening a sentence, when a verb follows it (found once per span)."""
    key = (sentence_start, before)
    if key not in context.sentence_subjects:
        context.sentence_subjects[key] = _opening_subject(context.view.text, sentence_start, before)
    return context.sentence_subjects[key]


class _TokenReader:
    """The tokens of a span, made only as far as they are read: a sentence's opening
    subject is decided by its first few words."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._matches = _actors.TOKEN.finditer(text, start, end)
        self.tokens: list[Token] = []

    def get(self, index: int) -> Token | None:
        """The token at ``index``, or None past the last one."""
        tokens = self.tokens
        while len(tokens) <= index:
            match = next(self._matches, None)
            if match is None:
                return None
            tokens.append(Token(match.group(), match.start(), match.end()))
        return tokens[index]


def _opening_subject(text: str, sentence_start: int, before: int) -> tuple[int, int] | None:
    reader = _TokenReader(text, sentence_start, min(before, sentence_start + 300))
    first = reader.get(0)
    offset = 0  # where the tokens read below begin
    if first is not None and (first.lower in _actors.BREAK_WORDS or first.lower.endswith(("ed", "ing"))):
        # Skip an opening phrase: "Founded in 1966, the University is …".
        comma = 0
        while (token := reader.get(comma)) is not None and token.text != ",":
            comma += 1
        if token is None:
            return None
        offset = comma + 1
    opening = reader.get(offset)
    if opening is None:
        return None
    if opening.lower in _actors.PERSON_PRONOUNS or opening.lower == "it":
        return opening.start, opening.end
    # A run of name words followed by a lowercase word: "Acme Corp. builds …".
    run = 0
    while (token := reader.get(offset + run)) is not None and (
        token.text[0].isupper() or (run > 0 and token.lower in ("of", "and", "&", "for", "the"))
    ):
        run += 1
    if run > 0 and token is not None and token.text[0].islower():
        last = reader.tokens[offset + run - 1]
        if last.text[0].isupper() and not (run == 1 and opening.lower in _actors.DETERMINERS):
            return opening.start, last.end
    k = 0
    while (token := reader.get(offset + k)) is not None:
        if not token.text[0].isalnum() and token.text not in ("’", "'"):
            return None
        if _actors.is_break(token) or (
            # A past or present verb after the phrase: "The city council approved …".
            k > 1
            and token.text[0].islower()
            and (token.lower.endswith("ed") or token.lower in _PAST_VERBS or token.lower in _HEADLINE_VERBS)
            and reader.tokens[offset + k - 1].lower not in _actors.DETERMINERS
        ):
            if k == 0:
                return None
            first_index = noun_phrase_before(reader.tokens[offset : offset + k], k)
            if first_index == 0:
                return opening.start, reader.tokens[offset + k - 1].end
            return None
        k += 1
    return None


# Words before a plural noun that a headline verb list also holds ("new teams", "two
# funds"): after them the word is the subject's head, not its verb.
_NOUN_MODIFIERS: Final = word_set("new the two three four both all local national regional young expansion")


def _noun_after_modifier(tokens: Sequence[Token], k: int) -> bool:
    """Whether the headline word at ``k`` is the last one and follows a modifier ("new teams to join …")."""
    if k != len(tokens) - 1 or k == 0:
        return False
    previous = tokens[k - 1].lower
    return previous in _NOUN_MODIFIERS or previous.isdigit()


def _headline_subject(context: _Context, start: int, before: int) -> tuple[int, int] | None:
    """The subject of a title-case headline: the words before its first verb ("Acme
    Approves Plan, Commits to …")."""
    tokens = tokens_between(context.view.text, start, min(before, start + 120))
    for k, token in enumerate(tokens[:7]):
        if not token.text[0].isalnum() and token.text not in ("&", "’", "'", "."):
            return None
        if token.lower in _HEADLINE_VERBS:
            return (tokens[0].start, tokens[k - 1].end) if k > 0 else None
    return None


def _resolve_it(
    context: _Context, tokens: list[Token], subject: Subject, sentence_start: int
) -> tuple[int, int] | None:
    """What "it" stands for: "Acme announced (that) it will …", else the last subject."""
    before = _before(tokens, subject.start)
    if before and before[-1].lower == "that":
        before = before[:-1]
        if before and before[-1].lower == "and":
            # "Acme said that sales rose and that it will …": the second that-clause
            # reports the same speaker.
            verb_at = next(
                (
                    r
                    for r in range(len(before) - 2, 0, -1)
                    if before[r].lower == "that" and before[r - 1].lower in _REPORTING
                ),
                None,
            )
            if verb_at is not None:
                before = before[:verb_at]
    while before and before[-1].lower in ("has", "have", "had", "also", "today"):
        before = before[:-1]
    # The reporting verb may stand a few words back: "Acme has told investors it
    # will …", "Acme said in a statement it will …".
    verb = next(
        (
            r
            for r in range(len(before) - 1, max(-1, len(before) - 7), -1)
            if before[r].lower in _REPORTING or before[r].lower in _TELLING
        ),
        None,
    )
    if verb is not None and all(t.text[0].isalnum() or t.text == "," for t in before[verb:]):
        k = verb
        while k > 0 and before[k - 1].lower in ("has", "have", "had", "also", "today", "recently"):
            k -= 1
        first = noun_phrase_before(before, k)
        if first < k:
            return before[first].start, before[k - 1].end
        if k > 0 and before[k - 1].text == ",":
            # "Acme, which runs two mines, said it will …": the phrase before the comma
            # that opens the aside.
            comma = next((j for j in range(k - 2, -1, -1) if before[j].text == ","), None)
            if comma is not None:
                first = noun_phrase_before(before, comma)
                if first < comma:
                    return before[first].start, before[comma - 1].end
    if context.previous_sentence is not None:
        start, end = context.previous_sentence
        last = context.last_subject
        if last is not None and start <= last[0] < end:
            return last  # the subject of the previous sentence's commitment
        found = _sentence_subject(context, start, end)
        if found is not None:
            return found
    return None


def _antecedent_ref(context: _Context, tokens: list[Token], subject: Subject) -> str | None:
    before = _before(tokens, subject.start)
    while before and before[-1].text == ",":
        before = before[:-1]
    first = noun_phrase_before(before, len(before))
    if first >= len(before):
        return None
    return context.view.source[before[first].start : before[-1].end]


def _make_actor(context: _Context, start: int, end: int, head: str, position: int) -> Actor:
    source = context.view.source
    printed = source[start:end]
    ref = _ref(context, printed, head, position)
    if ref is not None:
        ref = _clean_ref(ref)
    if ref is not None and ref.lower() == printed.strip().lower():
        ref = None
    return Actor(text=printed, ref=ref)


def _clean_ref(ref: str) -> str | None:
    """A reference without parenthesized tickers or acronyms ("Acme Inc. (NYSE: ACM)")."""
    return " ".join(_PARENTHESES.sub("", ref).split()) or None


def _ref(context: _Context, printed: str, head: str, position: int) -> str | None:
    low = printed.lower()
    # Only the first person needs the quote it stands in (its speaker).
    quote = _quote_at(context, position) if low in ("we", "our", "us", "i", "my") else None
    if low in ("we", "our", "us"):
        if quote is not None and quote.speaker is not None:
            if quote.speaker.role:
                org = _actors.organization_of_role(quote.speaker.role)
                if org:
                    return org
            return context.issuer or quote.speaker.name
        return context.issuer
    if low in ("i", "my"):
        if quote is not None and quote.speaker is not None:
            return quote.speaker.name
        return None
    if low in ("he", "she", "his", "her"):
        return context.proper_names.latest_person(position)
    words = low.split()
    if low in ("they", "their") or (words and words[-1] in _actors.GROUP_WORDS) or low.startswith("both "):
        return context.proper_names.latest_pair(position) or context.issuer
    if (printed.isupper() and printed.isalpha()) or (
        printed.startswith(("The ", "the ")) and printed.rsplit(maxsplit=1)[-1].isupper()
    ):
        return context.proper_names.expand(printed.rsplit(maxsplit=1)[-1])
    if (
        words
        and words[0] in ("the", "this", "our")
        and head in _actors.AGENT_NOUNS
        and (printed.rsplit(maxsplit=1)[-1].islower() or (len(words) == 2 and head in _ISSUER_WORDS))
    ):
        # "the coalition", or "the Company" as filings capitalize it.
        named = None if head in _ISSUER_WORDS else context.proper_names.named_before(head, position)
        if named is not None:
            return named
        # "the company" is the issuer; "the state" or "the court" need not be.
        return context.issuer if head in _ISSUER_WORDS else None
    return None


# ---------------------------------------------------------------------------
# Headline lines: "Acme to Open Three Plants".


def _headline_commitments(context: _Context, start: int, end: int) -> Iterator[_Draft]:
    text = context.view.text
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        if line_end < 0:
            line_end = end
        while line_end < end:
            following = text.find("\n", line_end + 1, end)
            following = end if following < 0 else following
            if not _caps_wrap(text[pos:line_end], text[line_end + 1 : following]):
                break
            line_end = following  # one headline broken over two lines
        yield from _headline_line(context, pos, line_end)
        pos = line_end + 1


def _headline_line(context: _Context, start: int, end: int) -> Iterator[_Draft]:
    text = context.view.text
    item = _LIST_ITEM.match(text, start, end)
    if item is not None:
        start = item.end()
    match = _HEADLINE_TO.search(text, start, min(end, start + 120))
    if match is None:
        return
    # "Four Arrested in Theft Ring; Department to Expand Patrols": the part after
    # the last semicolon is a headline of its own.
    semicolon = text.rfind(";", start, match.start())
    if semicolon >= 0:
        start = semicolon + 1
    tokens = tokens_between(text, start, match.start())
    if tokens and tokens[-1].lower == "set":
        tokens = tokens[:-1]  # "Acme Set to Open …"
    if not tokens or len(tokens) > 6:
        return
    if any(
        (t.lower in _HEADLINE_VERBS and not _noun_after_modifier(tokens, k)) or t.lower in _actors.BREAK_WORDS
        for k, t in enumerate(tokens)
    ):
        return
    if any(not t.text[0].isalnum() and t.text not in ("&", "’", "'", ".") for t in tokens):
        return
    if any(t.lower in ("and", "&") for t in tokens) and tokens[-1].lower + "s" in _HEADLINE_VERBS:
        return  # "Acme and Beta Partner to Build …": the verb of a plural subject
    following = _following_words(text, match.end(), end, 1)
    if not following or following[0][0].lower() not in _HEADLINE_ACTIONS:
        return
    if TRIGGER.match(text, match.start() + 1):
        return
    # Headline words are all capitalized, so "printed as a name elsewhere" proves nothing.
    verdict = judge_phrase([t.text for t in tokens], _ALL_NAMES)
    if not verdict.agent:
        return
    action_start = match.end()
    action_end = _rstrip(text, action_start, _clause_end(text, action_start, end))
    if action_end <= action_start:
        return
    actor = _make_actor(context, tokens[0].start, tokens[-1].end, verdict.head, start)
    yield _draft(
        start=tokens[0].start,
        action_start=action_start,
        action_end=action_end,
        actor=actor,
        modality="will",
        negated=False,
        deadline=_pick_deadline(
            context,
            found=deadlines_in(text, action_start, action_end, context.lowered),
            action_start=action_start,
            action_end=action_end,
            clause_start=action_start,
            sentence_start=action_start,
        ),
    )


# ---------------------------------------------------------------------------
# Lists under "The member councils pledge to:".


def _list_commitments(
    context: _Context, drafts: Sequence[_Draft], paragraphs: Sequence[Paragraph]
) -> Iterator[_Draft]:
    text = context.view.text
    starts = [p.start for p in paragraphs]
    for opener in drafts:
        colon = text.find(":", opener.action_end, opener.action_end + 3)
        if colon < 0:
            continue
        # The items follow the colon, in its own paragraph or in the next ones.
        k = max(0, bisect.bisect_right(starts, colon) - 1)
        pos = colon + 1
        for paragraph in paragraphs[k : k + 20]:
            if paragraph.end <= pos:
                continue
            for line_start, line_end in _lines(text, max(pos, paragraph.start), paragraph.end):
                item = _LIST_ITEM.match(text, line_start, line_end)
                if item is None:
                    return
                item_end = _rstrip(text, item.end(), line_end)
                while item_end > item.end() and text[item_end - 1] in ".;":
                    item_end = _rstrip(text, item.end(), item_end - 1)
                if item_end > item.end():
                    yield _draft(
                        start=item.end(),
                        action_start=item.end(),
                        action_end=item_end,
                        actor=opener.actor,
                        modality=opener.modality,
                        negated=opener.negated,
                        deadline=_pick_deadline(
                            context,
                            found=deadlines_in(text, item.end(), item_end, context.lowered),
                            action_start=item.end(),
                            action_end=item_end,
                            clause_start=item.end(),
                            sentence_start=item.end(),
                        ),
                    )


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        if line_end < 0:
            line_end = end
        span = _trimmed(text, pos, line_end)
        if span is not None:
            yield span
        pos = line_end + 1


# ---------------------------------------------------------------------------
# Deadlines and assembly.


def _split_by_deadlines(
    context: _Context, trigger: _Trigger, action_end: int, sentence_start: int, times: Sequence[Found]
) -> list[_Draft]:
    """One commitment, or two when "and" joins actions with different deadlines."""
    text = context.view.text
    assert trigger.actor is not None
    found = [f for f in times if trigger.action_start <= f.start and f.end <= action_end]
    start = min(trigger.clause_start, trigger.match_start)
    if found:
        last = found[-1]
        region = text[trigger.action_start : last.start]
        cut = None
        for m in _AND.finditer(region):
            cut = m
        if cut is not None:
            split_at = trigger.action_start + cut.start()
            left_has = any(f.end <= split_at for f in found)
            right_word = _following_words(text, trigger.action_start + cut.end(), action_end, 2)
            first_word = _following_words(text, trigger.action_start, action_end, 1)
            parallel = bool(right_word) and (
                right_word[0][0].lower() == "to"
                or right_word[0][0][0].isdigit()
                or (
                    right_word[0][0].endswith("ing") and bool(first_word) and first_word[0][0].endswith("ing")
                )
                or (
                    len(right_word) > 1
                    and right_word[0][0].endswith("ly")
                    and right_word[1][0].endswith("ing")
                    and bool(first_word)
                    and first_word[0][0].endswith("ing")
                )
            )
            if not parallel and right_word and right_word[0][0] in _HEADLINE_ACTIONS and not left_has:
                # "In 2027 we will expand X and open Y by March": the first action has the
                # fronted deadline, the second its own.
                fronted = _pick_deadline(
                    context,
                    found=(),
                    action_start=trigger.action_start,
                    action_end=trigger.action_start,
                    clause_start=start,
                    sentence_start=sentence_start,
                    times=times,
                )
                parallel = left_has = fronted is not None
            if parallel and (
                left_has or right_word[0][0].lower() == "to" or right_word[0][0].endswith(("ing", "ly"))
            ):
                left_end = _rstrip(text, trigger.action_start, split_at)
                right_start = trigger.action_start + cut.end()
                return _two_drafts(
                    context,
                    trigger,
                    start=start,
                    sentence_start=sentence_start,
                    times=times,
                    found=found,
                    left_end=left_end,
                    right_start=right_start,
                    action_end=action_end,
                )
    # "pledged to cut taxes by 2028 and to keep the pension system": a second "to"
    # infinitive with another deadline (or none) is a second commitment.
    second = _AND_TO.search(text, trigger.action_start, action_end)
    if second is not None:
        left = [f for f in found if f.end <= second.start()]
        right = [f for f in found if f.start >= second.end()]
        if bool(left) != bool(right):
            left_end = _rstrip(text, trigger.action_start, second.start())
            return _two_drafts(
                context,
                trigger,
                start=start,
                sentence_start=sentence_start,
                times=times,
                found=found,
                left_end=left_end,
                right_start=second.end(),
                action_end=action_end,
            )
    return [
        _draft_for(
            context,
            trigger,
            start=start,
            action_start=trigger.action_start,
            action_end=action_end,
            found=found,
            sentence_start=sentence_start,
            times=times,
        )
    ]


def _two_drafts(
    context: _Context,
    trigger: _Trigger,
    *,
    start: int,
    sentence_start: int,
    times: Sequence[Found],
    found: Sequence[Found],
    left_end: int,
    right_start: int,
    action_end: int,
) -> list[_Draft]:
    """One trigger, two actions: the left keeps the actor, the right starts at its verb."""
    return [
        _draft_for(
            context,
            trigger,
            start=start,
            action_start=trigger.action_start,
            action_end=left_end,
            found=found,
            sentence_start=sentence_start,
            times=times,
        ),
        _draft_for(
            context,
            trigger,
            start=right_start,
            action_start=right_start,
            action_end=action_end,
            found=found,
            sentence_start=right_start,
            times=(),
        ),
    ]


def _draft_for(
    context: _Context,
    trigger: _Trigger,
    *,
    start: int,
    action_start: int,
    action_end: int,
    found: Sequence[Found],
    sentence_start: int,
    times: Sequence[Found],
) -> _Draft:
    deadline = _pick_deadline(
        context,
        found=found,
        action_start=action_start,
        action_end=action_end,
        clause_start=start,
        sentence_start=sentence_start,
        times=times,
    )
    return _draft(
        start=start,
        action_start=action_start,
        action_end=action_end,
        actor=trigger.actor,
        modality=trigger.modality,
        negated=trigger.negated,
        deadline=deadline,
    )


def _pick_deadline(
    context: _Context,
    *,
    found: Sequence[Found],
    action_start: int,
    action_end: int,
    clause_start: int,
    sentence_start: int,
    times: Sequence[Found] = (),
) -> Deadline | None:
    """The first time expression of the action still ahead at the release date, else
    one fronted before the clause (from ``times``, the sentence's expressions)."""
    text = context.view.text
    for item in found:
        if action_start <= item.start and item.end <= action_end:
            before = text[action_start : item.start]
            aside = before.rfind(", which")
            if aside >= 0 and "," not in before[aside + 1 :]:
                continue  # "…exports, which reached $3 billion in 2023, by 2031": dates the aside
            condition = before.rfind(" who ")
            if condition >= 0 and before[condition - 1 : condition] != "," and "," not in before[condition:]:
                continue  # "…waive fees for members who join before May 1": a condition on who
            deadline = _dated(
                context, make_deadline(context.view.source, item.start, item.end, context.published)
            )
            if not _in_the_past(deadline, context.published):
                return deadline
    # A deadline fronted before the clause: "In the near future, the board will …".
    if clause_start > sentence_start:
        limit = min(clause_start, sentence_start + 80)
        for item in times:
            if item.start < sentence_start:
                continue
            if item.end > limit:
                break
            if item.start > sentence_start and text[item.start : item.end].lower() in _BARE_DAYS:
                continue  # "Acme today announced it will …": the day of the news
            if len(text[sentence_start : item.start].split()) <= 2:
                deadline = _dated(
                    context, make_deadline(context.view.source, item.start, item.end, context.published)
                )
                if not _in_the_past(deadline, context.published):
                    return deadline
    return None


# How far back a time named by reference ("on that date") looks for the one it names.
_ANTECEDENT_WINDOW: Final = 800


def _dated(context: _Context, deadline: Deadline) -> Deadline:
    """A time named by reference ("on that date", "until then") takes the date of the
    last dated time expression printed before it; a fiscal period is dated when the
    release prints when its fiscal year ends."""
    if deadline.date is not None:
        return deadline
    if context.fiscal_year_end is not None and _FISCAL_WORD.search(deadline.text):
        date, granularity = resolve_fiscal(deadline.text, context.fiscal_year_end)
        return attrs.evolve(deadline, date=date, granularity=granularity) if date is not None else deadline
    if ANAPHORIC.fullmatch(deadline.text) is None:
        return deadline
    antecedent = None
    start = max(0, deadline.start - _ANTECEDENT_WINDOW)
    for item in deadlines_in(context.view.text, start, deadline.start, context.lowered):
        candidate = make_deadline(context.view.source, item.start, item.end, context.published)
        if candidate.date is not None:
            antecedent = candidate
    if antecedent is None:
        return deadline
    return attrs.evolve(deadline, date=antecedent.date, granularity=antecedent.granularity)


def _in_the_past(deadline: Deadline, published: str | None) -> bool:
    """Whether a time expression ended before the release: it dates something else
    ("will expand the program launched in 2019")."""
    return deadline.date is not None and published is not None and deadline.date < published


def _draft(
    *,
    start: int,
    action_start: int,
    action_end: int,
    actor: Actor | None,
    modality: Modality,
    negated: bool,
    deadline: Deadline | None,
) -> _Draft:
    return _Draft(
        start=start,
        end=action_end,
        actor=actor if actor is not None else Actor(text="", ref=None),
        action_start=action_start,
        action_end=action_end,
        modality=modality,
        negated=negated,
        deadline=deadline,
    )


def _finish(context: _Context, number: int, draft: _Draft) -> Commitment:
    source = context.view.source
    quote = _quote_at(context, draft.start)
    if quote is not None and draft.end > quote.end:
        quote = None
    return Commitment(
        id=f"c{number}",
        text=source[draft.start : draft.end],
        start=draft.start,
        end=draft.end,
        actor=draft.actor,
        action=source[draft.action_start : draft.action_end],
        modality=draft.modality,
        negated=draft.negated,
        deadline=draft.deadline,
        quote=quote.id if quote is not None else None,
    )
