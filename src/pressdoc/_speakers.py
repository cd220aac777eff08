"""Who speaks: parse attribution phrases into names and roles, and resolve later
references ("Doe", "she", "the minister", "the company") to the person or
organization named most fully elsewhere in the text.

Everything here works on short phrases (an attribution, a label before a colon) or
walks a paragraph's tokens once; nothing rescans the document per quote.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final, Literal

import attrs

MentionKind = Literal["person", "org", "pronoun", "ref", "anonymous"]


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (long lexicons read better)."""
    return frozenset(words.split())


HONORIFICS: Final = wordset(
    "mr mrs ms miss mx dr sir dame prof professor rev reverend hon honourable honorable "
    "shri smt shrimati sushri kumari haji hajji hajjah"
)
# Letters after a name (degrees, orders, professional credentials), compared without dots.
POSTNOMINALS: Final = wordset(
    "phd md mph mba jd esq cpa obe mbe cbe kbe dbe frs rn dds dmd msc bsc ma dphil llm facs facp "
    "faan cfa cfp pharmd edd mpa mpp msn dnp bsn aprn lcsw faia aia frcs frcp fca acca mfa dvm "
    "np pa mst mscs ms pgeo peng qc kc mla mpp"
)
NAME_SUFFIXES: Final = wordset("jr sr ii iii iv")
PARTICLES: Final = wordset("van von de den der del della di da du la le bin ibn al el dos das ten ter st")
# Head words of titles and functions; a role must contain one of them.
TITLE_WORDS: Final = wordset(
    "president vice chairman chairwoman chairperson chair ceo cfo coo cto cio cmo cso cdo chro cpo "
    "chief officer executive director manager minister secretary head deputy judge attorney member "
    "founder co-founder cofounder partner governor mayor senator representative congressman "
    "congresswoman councilman councilwoman councillor councilor commissioner ambassador spokesperson "
    "spokesman spokeswoman leader lead professor coach captain general admiral colonel sergeant "
    "lieutenant inspector superintendent principal chancellor provost rector editor analyst "
    "economist scientist researcher engineer consultant adviser advisor counsel treasurer trustee "
    "owner publisher producer architect physician surgeon nurse teacher pastor "
    "premier prosecutor sheriff commander auditor comptroller "
    "clerk administrator coordinator supervisor specialist strategist author historian expert "
    "activist organizer organiser chairs directors officers founders presidents ministers "
    "co-chair cochair vp svp evp gm md principal-investigator investigator curator controller "
    "envoy delegate diplomat attache consul undersecretary under-secretary chef designer "
    "actor actress artist musician athlete player recipient survivor pilot "
    "councilmember councilmembers alderman alderwoman assemblymember candidate mp mep mla mpp "
    "campaigner convenor convener midfielder forward defender goalkeeper striker winger "
    "investor lawmaker legislator businesswoman businessman entrepreneur olympian champion justice"
)
# Words that cannot stand in a description before a name (prepositions, verbs of a clause).
_DESCRIPTION_STOPS: Final = wordset("of for at in on to from with by near is are was were which who that")
# Head words that name the issuer itself when capitalized ('the Company', 'the Fund').
GENERIC_HEADS: Final = wordset(
    "company companies corporation corp inc co group bank fund funds trust partnership partners firm "
    "holdings llc ltd plc government state city county"
)
# Verbs of headlines that put a title before a name ('Acme Names Jo Park CEO').
_HEADLINE_VERBS: Final = wordset(
    "announces names appoints signs welcomes hires adds taps promotes elects selects unveils "
    "launches introduces honors honours congratulates thanks re-signs extends"
)
# Title words that also name an organization by their own ('the Justice Department').
_TITLE_OR_ORG: Final = wordset("justice")
# 'U.S.', 'U.K.', 'E.U.': dotted letters that open a title ('U.S. Senator').
_DOTTED_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.){2,}")
ORG_WORDS: Final = wordset(
    "inc corp corporation co company companies llc llp lp ltd plc ag sa gmbh nv bv group holdings "
    "foundation association institute university college school council committee commission office "
    "department ministry agency bureau board center centre services service partners bank fund trust "
    "society coalition alliance network organization organisation union federation league club clubs "
    "government authority administration court police hospital systems technologies technology labs "
    "laboratories energy airlines motors international global media news times post journal press "
    "party army forces republic kingdom states nations assembly parliament congress senate cabinet "
    "industries enterprises solutions capital management consulting communications pharmaceuticals "
    "therapeutics health healthcare bancorp financial insurance securities markets exchange "
    "airport port city county state province region federal national museum library church "
    "campus program programme project initiative fund funds reserve ventures "
    # an organization by its trade ('the airline said'): never a person's name
    "airline carrier retailer lender insurer automaker carmaker utility startup platform chamber"
)
# Capitalized words that start sentences or headings but never belong to a name.
_NOT_NAME: Final = wordset(
    "the a an this that these those it its we our us i in on at for with by as and but or to from "
    "today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december according about "
    "contact contacts media press note notes source read visit follow click learn more new "
    "he she they his her their there here when while after before during since until if then "
    "also however meanwhile additionally furthermore moreover both each every all some one two "
    "speaking asked said says added noted mr mrs ms dr sir dame prof professor welcome thank "
    "thanks good dear ladies gentlemen colleagues friends hello hi yes no please let"
)
_PRONOUNS: Final = wordset("he she they i we")
_CONNECTORS: Final = wordset("of the for and at in on to & de du la del des und")
_ROLE_LEADERS: Final = wordset("the a an then now currently its his her their our")
_NOT_ROLE_START: Final = wordset(
    "who which whose where when while adding saying noting explaining according as in on at during "
    "speaking and but"
)
_UPPER: Final = "A-ZÀ-ÖØ-ÞĀ-ž"
# News sources the text does not name: 'a person familiar with the matter', 'one of the
# people', 'a senior adviser to the campaign'.  A determiner is required: bare 'officials'
# or 'analysts' is a generalization, not a source.
_ANONYMOUS: Final = re.compile(
    r"(?:a|an|one|two|three|four|several|other)\s+(?:of\s+the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:person|people|persons|sources?|officials?|insiders?|advis[eo]rs?|aides?|executives?|"
    r"diplomats?|negotiators?|bankers?|employees?|staffers?|lawmakers?|members?)\b",
    re.IGNORECASE,
)
# Two or more capitalized words in a row (particles such as 'van' or 'de' may join them).
# The look-behind follows the first letter so that the scan can skip ahead to a capital;
# a word never gives back letters to the blank after it (\S and [ \t] are disjoint), so
# the possessive '*+' only spares the backtracking at a capitalized word standing alone.
_CAPITAL_RUN: Final = re.compile(
    rf"[{_UPPER}](?<![\w’'].)\S*+"
    rf"(?:[ \t]+(?:[{_UPPER}]\S*+|van|von|de|den|der|del|della|di|da|du|la|le|bin|al))+"
)
_LOOK_BACK: Final = 64
_SPOKESPERSON_FOR: Final = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokes(?:person|man|woman)|representative)\s+"
    r"(?:for|of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|for|and|&)){0,6})"
)
# 'Quotes attributable to Jane Roe, Minister for Water:' announces the speaker.
_QUOTES_BY: Final = re.compile(
    r"^(?:(?:additional|further)\s+)?(?:quotes?|comments?|remarks?|statements?)\s+"
    r"(?:(?:attributable|attributed)\s+to|from|by)\s+",
    re.IGNORECASE,
)
# Words after which a run of capitalized words names an organization or a place.
_BEFORE_ORG: Final = wordset("the of a an at for in from to on into across")
_TITLE_OR_HONORIFIC: Final = TITLE_WORDS | HONORIFICS
# 'H.E. Ana Rey Soto' (His or Her Excellency): its key would be the pronoun 'he'.
_EXCELLENCY: Final = frozenset({"H.E.", "H.E", "HE"})
_INITIAL: Final = re.compile(r"[A-Z]\.?\Z")
_ACRONYM_AFTER: Final = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")
_ACRONYM_DEF: Final = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")


@functools.lru_cache(maxsize=8192)
def _key(token: str) -> str:
    return token.strip(".,;:()[]“”\"'‘’").replace(".", "").lower()


def _is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token.strip(",")))


@functools.lru_cache(maxsize=8192)
def is_name_token(token: str) -> bool:
    """A capitalized word that can be part of a person's name."""
    core = token.strip(",;:")
    if not core or not core[0].isupper():
        return False
    key = _key(core)
    if not key or key in TITLE_WORDS or key in ORG_WORDS or key in _NOT_NAME or key in HONORIFICS:
        return False
    if core.isupper() and len(core) > 1 and core.isalpha():
        return False  # an acronym (KFA, CEO), not a name
    body = core.rstrip(".")
    if body.endswith(("’s", "'s", "s'", "s’")):
        return False  # a possessive ('the Farmers' Platform'), not a name
    return all(ch.isalpha() or ch in "-’'." for ch in body) and any(ch.islower() for ch in body)


# 'Margaret "Meg" Thornquist': a capitalized word in quotation marks inside a name.
_NICKNAME: Final = re.compile(r"[\"“‘'(][A-Z][a-z]+[\"”’')]")


@functools.lru_cache(maxsize=8192)
def _name_part(token: str) -> bool:
    return (
        is_name_token(token)
        or _is_initial(token)
        or token.lower() in PARTICLES
        or _NICKNAME.fullmatch(token) is not None
    )


@functools.lru_cache(maxsize=2048)
def clean_role(role: str, *, described: bool = False) -> str | None:
    """Trim articles, 'then' and stray punctuation off a printed role; None unless it
    names a title, or (``described``) is a short 'a local fisherwoman' description."""
    words = role.strip(" ,;:-–—").split()
    described = described and bool(words) and words[0].lower() in ("a", "an") and 2 <= len(words) <= 8
    while words and words[0].lower() in _ROLE_LEADERS:
        words = words[1:]
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]
    text = " ".join(words).strip(" ,;:")
    if text.endswith(".") and not text.endswith((" Inc.", " Corp.", " Co.", " Ltd.", " Jr.", " Sr.")):
        text = text[:-1]
    if not text:
        return None
    # 'Director-General', 'Secretary-General': a hyphenated title counts by its parts.
    if not described and not any(
        _key(w) in TITLE_WORDS or any(part in TITLE_WORDS for part in _key(w).split("-"))
        for w in text.split()
    ):
        return None
    return text


@attrs.frozen
class Mention:
    """A speaker as an attribution prints it."""

    kind: MentionKind
    name: str | None = None
    role: str | None = None


def _split_commas(phrase: str) -> list[str]:
    """Split at commas outside parentheses; fold degrees, ages and Jr. away."""
    segments: list[str]
    if "(" not in phrase and "[" not in phrase:
        segments = phrase.split(",")  # no brackets: every comma splits
    else:
        segments = []
        depth = 0
        last = 0
        for i, ch in enumerate(phrase):
            if ch in "([":
                depth += 1
            elif ch in ")]" and depth:
                depth -= 1
            elif ch == "," and depth == 0:
                segments.append(phrase[last:i])
                last = i + 1
        segments.append(phrase[last:])
    out: list[str] = []
    for raw in segments:
        seg = raw.strip()
        if not seg:
            continue
        words = seg.split()
        if all(_key(w) in POSTNOMINALS for w in words) or seg.isdigit():
            continue
        if len(words) == 1 and _key(seg) in NAME_SUFFIXES and out:
            out[-1] = f"{out[-1]}, {seg}"
            continue
        out.append(seg)
    return out


# A text prints the same name with the same title again and again ('Acme CEO Jane Doe').
@functools.lru_cache(maxsize=4096)
def _person_in_segment(tokens: tuple[str, ...]) -> tuple[str, str | None] | None:
    """The person named at the end of a segment, and the title printed before it."""
    while tokens and _key(tokens[-1]) in POSTNOMINALS and len(tokens) > 2:
        tokens = tokens[:-1]
    if not tokens:
        return None
    end = len(tokens)
    if _key(tokens[-1]) in NAME_SUFFIXES and end > 2:
        end -= 1
    if not is_name_token(tokens[end - 1]):
        return None
    start = end - 1
    while start > 0 and _name_part(tokens[start - 1]):
        start -= 1
    while start < end - 1 and tokens[start].lower() in PARTICLES:
        start += 1
    before = tokens[start - 1] if start > 0 else ""
    honorific = _key(before) in HONORIFICS or before in _EXCELLENCY
    titled = _key(before) in TITLE_WORDS
    run = end - start
    if run == 2 and start > 0 and before.lower() in ("of", "for", "and", "&", "at"):
        return None  # 'Minister for Water and Regional Development': the title goes on
    if run >= 3 and start > 0 and not honorific and not titled:
        # 'Minister of Environment and Water Resources Claudia Rey Soto': the name
        # starts after the last word of the department's name.
        k = end - 3
        while k >= start and _key(tokens[k]) not in _DEPARTMENT_WORDS:
            k -= 1
        if k >= start:
            start = k + 1
        else:
            # "... at the Institute for Tidal Studies Lena Voss": the name is the
            # surname, any initials or particles, and one given name.
            s = end - 1
            while s > start and (_is_initial(tokens[s - 1]) or tokens[s - 1].lower() in PARTICLES):
                s -= 1
            start = max(start, s - 1)
    name = " ".join([t.strip(",:;") for t in tokens[start:]])
    if name.endswith(".") and not _is_initial(tokens[-1]) and _key(tokens[-1]) not in NAME_SUFFIXES:
        name = name[:-1]
    prefix = tokens[: start - 1] if honorific else tokens[:start]
    role = _role_before(prefix)
    if end - start < 2 and not honorific and (role is None or not titled):
        return None  # a lone word names a person only right after a title: 'Attorney Rowe'
    return name, role


def _names_titled(tokens: Sequence[str]) -> bool:
    """Whether three tokens are a title word and a two-word name ('Minister Ana Rey')."""
    title, given, family = tokens
    return (
        _key(title) in TITLE_WORDS
        and all(is_name_token(t) and _key(t) not in TITLE_WORDS for t in (given, family))
        and not {_key(given), _key(family)} & (ORG_WORDS | _DEPARTMENT_WORDS)
    )


def _role_before(prefix: Sequence[str]) -> str | None:
    """The title words printed right before a name ("Acme CEO", "Transport minister")."""
    i = len(prefix)
    while i > 0:
        tok = prefix[i - 1]
        key = _key(tok)
        if tok[:1].isupper() and key in _NOT_ROLE_START:
            break  # 'According to Acme President Jane Doe'
        if key in _HEADLINE_VERBS:
            break  # 'Harbor FC Signs Midfielder Jo Park': the headline's verb ends the title
        if key == "and" and i >= 4 and _names_titled(prefix[i - 4 : i - 1]):
            break  # 'Minister Ana Rey and Foreign Minister Jo Park': the title after 'and' only
        if (
            tok[:1].isupper()
            or tok[:1].isdigit()
            or key in TITLE_WORDS
            or key in _CONNECTORS
            or key in _TITLE_MODIFIERS
            or (key in ORG_WORDS and i < len(prefix))  # 'union regional secretary', not a bare 'union'
            or tok.endswith(("'s", "’s"))  # 'the union's leader'
        ):
            if (
                tok.endswith((".", ":", ";", ","))
                and not _is_initial(tok)
                and not _DOTTED_ABBREVIATION.fullmatch(tok)
            ):
                break
            i -= 1
            continue
        break
    words = prefix[i:]
    if i > 0 and words and words[0].islower() and _key(words[0]) in TITLE_WORDS and _trade(prefix[i - 1]):
        words = prefix[i - 1 :]  # 'shipping executive Jo Park': the trade belongs to the title
    while words and _key(words[0]) in _CONNECTORS:
        words = words[1:]
    if not words:
        return None
    return clean_role(" ".join(words))


# Words in -ing before a title that are verbs or prepositions, not trades.
_NOT_TRADES: Final = wordset(
    "including featuring welcoming joining thanking introducing naming appointing hiring according "
    "following representing during being having saying adding noting concerning regarding involving "
    "bring bringing meeting visiting congratulating honoring honouring electing"
)


def _trade(word: str) -> bool:
    """A lower-case trade before a title: 'shipping executive', 'banking analyst'."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 5
        and word.endswith("ing")
        and word not in _NOT_TRADES
    )


# Lowercase words that qualify a title printed before a name ("chief financial officer").
_TITLE_MODIFIERS: Final = wordset(
    "financial operating technology technical executive senior junior general managing acting interim "
    "former founding state regional national foreign finance prime marketing sales communications "
    "research medical legal press policy digital product strategy strategic global international "
    "commercial public external corporate creative program project development business people "
    "human resources risk investment investor data science security health education transport "
    "economy environment energy culture defence defense justice interior trade labour labor industry "
    "housing information operations presidential conservative liberal progressive opposition "
    "independent republican democratic socialist veteran longtime retired incoming outgoing "
    "assistant associate elected parliamentary"
)
TITLE_MODIFIERS: Final = _TITLE_MODIFIERS
# Words that end a department's or an institution's name and never open a person's
# ('Minister of Water Resources Ana Rey Soto'): the name starts after them.
_DEPARTMENT_WORDS: Final = _TITLE_MODIFIERS | wordset(
    "affairs studies relations resources works water development planning infrastructure agriculture "
    "fisheries forestry mines mining transportation commerce tourism sciences arts welfare environmental "
    "economic sports youth women children family families ports harbours harbors waterways lands"
)
# Words that tell titles apart ('prime minister', 'finance minister'); not 'former'.
_RANK_MODIFIERS: Final = _TITLE_MODIFIERS - wordset(
    "former founding veteran longtime retired incoming outgoing acting interim elected independent "
    "conservative liberal progressive republican democratic socialist"
)
_ADVERBIAL_START: Final = wordset(
    "in on at during today yesterday tomorrow last this while when after before via from with through "
    "recently earlier later also again once told"
)


def _person_with_tail(tokens: list[str]) -> tuple[str, str | None] | None:
    """A person at the end of the tokens, or before an adverbial ('Doe in a statement') or
    an organization ('Prosecutor Ann Marsh of the County Prosecutor's Office')."""
    found = _person_in_segment(tuple(tokens))
    if found is not None:
        return found
    for i, tok in enumerate(tokens):
        if i >= 2 and (tok.lower() in _ADVERBIAL_START or tok in ("of", "at")):
            return _person_in_segment(tuple(tokens[:i]))
    return None


# A text prints the same attribution again and again ('Doe said', 'said Jane Doe, CEO');
# the reading is a pure function of the phrase and a Mention is immutable.
@functools.lru_cache(maxsize=2048)
def parse_mention(phrase: str) -> Mention | None:
    """Read an attribution phrase: a name with its role, a pronoun, 'the minister'."""
    phrase = " ".join(phrase.split()).strip(" ,;:-–—*")
    if not phrase or len(phrase) > 300:
        return None
    phrase = _QUOTES_BY.sub("", phrase)
    words = phrase.split()
    while words and words[0].lower() in ("as", "and", "but", "so", "while", "also"):
        words = words[1:]
    if len(words) > 1 and words[0].lower() in ("rival", "competitor") and words[1][:1].isupper():
        words = words[1:]  # 'Rival Acme Foods said …' is Acme Foods
    while words and words[-1].lower() in ("also", "further", "then", "too", "today", "yesterday"):
        words = words[:-1]
    if not words:
        return None
    phrase = " ".join(words)
    low = phrase.lower()
    if low in _PRONOUNS:
        return Mention("pronoun", name=low)
    if low == "it":
        return Mention("pronoun", name="it")  # an organization: 'Acme will cut jobs, it said'
    if low in ("him", "her"):
        return Mention("pronoun", name="he" if low == "him" else "she")
    # 'the Ministry of Energy', 'the Drug Safety Authority (DSA)': that organization.
    org_words = _ACRONYM_AFTER.sub("", phrase).split() if phrase.endswith(")") else words
    if org_words and org_words[0].lower() == "the" and _proper_org(org_words[1:]):
        return Mention("org", name=" ".join(org_words[1:]).strip(" .,"))
    segments = _split_commas(phrase)
    # 'Secretary, Rural Connectivity, Shri Arvind Menon': the segment the honorific opens
    # is the person; the capitalized segments before it are the title.
    order = [i for i, seg in enumerate(segments) if _key(seg.split()[0]) in HONORIFICS]
    order += [i for i in range(len(segments)) if i not in order] if len(order) < len(segments) else []
    picked = next(((i, f) for i in order if (f := _person_with_tail(segments[i].split()))), None)
    if picked is not None:
        i, (name, role) = picked
        if role is None and i + 1 < len(segments):
            role = _role_after(segments[i + 1 :])
        elif role is not None and len(role.split()) <= 2 and plain_title(" ".join(segments[i + 1 : i + 2])):
            # 'Deputy Jo Park, chair of the budget committee': a short title before the name
            # gives way to the title the appositive prints in full.
            role = _role_after(segments[i + 1 :]) or role
        if role is None and i > 1 and all(seg[:1].isupper() for seg in segments[:i]):
            role = clean_role(", ".join(segments[:i]))
        if role is None and i > 0:
            role = clean_role(segments[i - 1])  # 'The company's CEO, Jane Doe'
        return Mention("person", name=name, role=role)
    anonymous = _ANONYMOUS.match(phrase)
    if anonymous is not None and not any(w[:1].isupper() for w in phrase[anonymous.end() :].split()[:1]):
        role = clean_role(re.split(r",|\b(?:who|which|speaking|asking)\b", phrase, maxsplit=1)[0])
        return Mention("anonymous", name=None, role=role)
    candidates = [segments[-1], segments[0]] if len(segments) > 1 else [segments[0] if segments else phrase]
    if len(segments) > 1 and is_name_token(segments[0]):
        candidates.reverse()  # 'Okonkwo, a former planner who …': the surname speaks
    for first in candidates:
        found_other = _mention_without_person(first)
        if found_other is not None:
            # 'Park, chief technology officer, said': a surname with a plain title after it
            # ('Park, a former planner' describes; the role is printed elsewhere).
            if (
                found_other.kind == "person"
                and len(segments) > 1
                and first == segments[0]
                and plain_title(segments[1])
            ):
                return Mention("person", name=found_other.name, role=_role_after(segments[1:]))
            return found_other
    return None


def _mention_without_person(first: str) -> Mention | None:
    """A segment that names no person in full: a reference, an organization, a surname."""
    words = first.split()
    # ', and the Governor said': the conjunction joins clauses and is no part of the name.
    while len(words) > 1 and words[0].lower() in ("and", "but"):
        words = words[1:]
    if not words:
        return None
    first = " ".join(words)
    if words[0].lower() == "the" and _proper_org(words[1:]):
        return Mention("org", name=" ".join(words[1:]).strip(" .,"))
    described = _described_name(words)
    if described is not None:
        return Mention("org", name=described)
    spokesperson = _SPOKESPERSON_FOR.fullmatch(first.strip(" .,"))
    if spokesperson is not None:
        # 'a spokesperson for Acme Mining': Acme Mining speaks, through that role.
        role = first.strip(" .,").split(None, 1)[1]
        return Mention("org", name=spokesperson.group("org"), role=role)
    if words[0].lower() in ("the", "a", "an", "this", "its", "our", "their", "his", "her"):
        rest = [_key(w) for w in words[1:]]
        if any(w in TITLE_WORDS or w in ORG_WORDS for w in rest):
            return Mention("ref", name=" ".join(words[1:]))
        return None
    head = words[0].strip(",.;:’'s")
    if len(head) >= 2 and head.isupper() and head.isalpha():
        return Mention("org", name=head)  # "NASA officials", "TRU literature"
    if len(words) >= 2 and all(w.lower() in PARTICLES for w in words[:-1]) and is_name_token(words[-1]):
        return Mention("person", name=" ".join(words).strip(",.;:"), role=None)  # 'van Dijk'
    if all(w[:1].isupper() or _key(w) in _CONNECTORS for w in words) and len(words) <= 8:
        if len(words) == 1 and is_name_token(words[0]):
            return Mention("person", name=words[0].strip(",.;:"), role=None)
        return Mention("org", name=first.strip(" .,"))
    return None


def _described_name(words: list[str]) -> str | None:
    """The name after a common-noun description: 'German brewer Acme-Bräu', 'the union VLG'.

    News copy puts what an organization is before its name; the description is no
    part of the name and a name alone after it is no person.
    """
    last = len(words)
    trailing = last >= 3 and words[-1].isalpha() and words[-1].islower() and _key(words[-1]) in ORG_WORDS
    if trailing:
        last -= 1  # 'the opposition Civic Platform party': the party is Civic Platform
    i = last
    while i > 0 and words[i - 1][:1].isupper() and _key(words[i - 1]) not in _NOT_NAME:
        i -= 1
    if i in (0, last) or last - i > 4:
        return None
    descriptor = words[i - 1]
    key = _key(descriptor)
    if not (descriptor.isalpha() or descriptor.endswith(("'", "’"))) or not descriptor[:1].islower():
        return None
    if (
        key in _CONNECTORS
        or key in PARTICLES  # 'van Dijk' is a surname
        or key in TITLE_WORDS
        or key in _NOT_NAME
        or (key in _TITLE_MODIFIERS and not trailing)
    ):
        return None  # 'chief executive of Acme', 'analyst Jane': a title, not a description
    if any(_key(w) in TITLE_WORDS or _key(w) in _DESCRIPTION_STOPS for w in words[: i - 1]):
        return None  # 'a state senator from central Oregon': a person described, then a place
    return " ".join(words[i:last]).strip(" .,;:")


def _proper_org(words: list[str]) -> bool:
    """Capitalized words naming one organization ('Ministry of Energy', 'Harbor Trust')."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if _key(words[0]) in TITLE_WORDS and not (
        _key(words[0]) in _TITLE_OR_ORG and _key(words[-1]) in ORG_WORDS
    ):
        return False  # 'the Deputy Director of the Bureau': a person by title
    if not all(w[:1].isupper() or _key(w) in _CONNECTORS for w in words):
        return False
    # The head word ends the name ('Harbor Trust') or opens it ('Ministry of Energy'),
    # perhaps after the place it serves ('Kelby County Department of Parks').
    if _key(words[-1]) in ORG_WORDS:
        return True
    return any(_key(w) in ORG_WORDS and _key(nxt) in _CONNECTORS for w, nxt in itertools.pairwise(words[:5]))


# ', who serves as chief technology officer,': a relative clause that prints a title.
RELATIVE_TITLE: Final = re.compile(r"\s*who\s+(?:also\s+|currently\s+|now\s+)?(?:serves\s+as|is)\s+(?=\w)")


def plain_title(segment: str) -> bool:
    """Whether an appositive is a title printed without an article ('chair of the
    budget committee'), not a description ('a dairy farmer', 'a private investor')."""
    words = segment.split()
    return bool(words) and words[0].lower() not in _ROLE_LEADERS and clean_role(segment) is not None


def _role_after(segments: list[str]) -> str | None:
    """The appositive after a name: 'Jane Doe, chief executive officer of Acme'."""
    parts: list[str] = []
    for seg in segments:
        first = seg.split()[0].lower() if seg.split() else ""
        if first in _NOT_ROLE_START or (parts and first in ("a", "an", "the")):
            break  # ', an advocacy group' describes the organization, not the person
        parts.append(seg)
    return clean_role(", ".join(parts), described=True) if parts else None


@attrs.frozen
class Person:
    """A person as the text names them most fully, with the first role printed."""

    name: str
    role: str | None
    roles: tuple[str, ...] = ()

    @property
    def fullest_role(self) -> str | None:
        """The longest title printed with this person anywhere in the text."""
        return max(self.roles, key=len) if self.roles else self.role


@functools.lru_cache(maxsize=2048)
def surname(name: str) -> str:
    """The lowercase last word of a name, the key later references use."""
    words = [w for w in name.replace(",", " ").split() if _key(w) not in NAME_SUFFIXES]
    return _key(words[-1]) if words else ""


class Registry:
    """People and organizations the text names, for resolving later references."""

    def __init__(self, issuer: str | None) -> None:
        self.issuer = issuer
        self._people: dict[str, Person] = {}
        self._aliases: dict[str, str] = {}
        self._middle: dict[str, str] = {}  # first part of a double surname -> key
        self._last_person: tuple[int, str] | None = None
        # The organization quoted last, for 'the ministry said' in texts with no issuer.
        self.last_org: str | None = None
        # Organizations quoted by name, in source order (the last few only).
        self.org_speakers: list[str] = []
        # People named with a title, in source order (learned before any quote is read).
        self._learned: list[tuple[int, str]] = []
        # People quoted, in the order the quotes are resolved (which is source order).
        self._spoken: list[tuple[int, str]] = []
        # Organizations named in full, by head word ('alliance' -> 'Critical Drugs Alliance').
        self._named_orgs: dict[str, list[tuple[int, str]]] = {}

    # -- learning -----------------------------------------------------------------
    def add_person(self, name: str, role: str | None, position: int, *, learned: bool = False) -> Person:
        """Record a person named at ``position``; keep the fullest name and all roles."""
        key = surname(name)
        old = self._people.get(key)
        words = name.split()
        if old is not None and len(words) >= 2 and len(old.name.split()) >= 2:
            same_first = _key(words[0])[:1] == _key(old.name.split()[0])[:1]
            if not same_first:
                old = None  # a different person with the same surname
        if old is None:
            person = Person(name, role, (role,) if role else ())
        else:
            fuller = name if len(name) > len(old.name) and len(words) >= 2 else old.name
            roles = old.roles + ((role,) if role and role not in old.roles else ())
            if fuller == old.name and roles == old.roles and (old.role or role) == old.role:
                person = old  # named again as before: nothing new to keep
            else:
                person = Person(fuller, old.role or role, roles)
        self._people[key] = person
        names = person.name.split()
        # 'Ana Bulnes Vidal' is 'Bulnes' later: a double surname keys on its first part too.
        if len(names) >= 3 and not any(_is_initial(w) for w in names):
            middle = _key(names[-2])
            if middle not in PARTICLES and middle not in self._people:
                self._middle.setdefault(middle, key)
        if learned and len(person.name.split()) >= 2:
            self._learned.append((position, key))
        return person

    def add_alias(self, short: str, long: str) -> None:
        """Record an acronym defined in parentheses."""
        self._aliases.setdefault(short, long)

    def learn_paragraph(self, text: str, start: int, end: int) -> None:
        """Register the people named with a title, and acronyms, in one paragraph."""
        for m in _ACRONYM_DEF.finditer(text, start, end):
            long = _long_form(text, max(start, m.start() - 120), m.start(), m.group(1))
            if long:
                self.add_alias(m.group(1), long)
        # Only runs of two or more capitalized words can name a person in full.
        for m in _CAPITAL_RUN.finditer(text, start, end):
            # The run's words are separated by blanks only; their offsets are found
            # when a name is, which most runs ('The Company') never need.
            tokens = m.group().split()
            self._learn_org(m.start(), tokens)
            offsets: list[int] = []
            i, n = 0, len(tokens)
            while i < n - 1:
                if not is_name_token(tokens[i]) or tokens[i].endswith((".", ":", ";", ",")):
                    i += 1
                    continue
                j = i
                while j + 1 < n and _name_part(tokens[j + 1]):
                    word = tokens[j]
                    if word.endswith((",", ";", ":")) or (word.endswith(".") and not _is_initial(word)):
                        break
                    j += 1
                if j > i and is_name_token(tokens[j]):
                    if not offsets:
                        offsets = _token_offsets(text, m.start(), tokens)
                    run_start = offsets[i]
                    run_end = offsets[j] + len(tokens[j].rstrip(",;:"))
                    self._learn_run(
                        text, max(start, run_start - 160), run_start, run_end, min(end, run_end + 220)
                    )
                i = j + 1

    def _learn_org(self, start: int, tokens: list[str]) -> None:
        """Record a capitalized run that ends on an organization word ('Harbor Trade Alliance')."""
        if len(tokens) > 6 or tokens[-1][-1:] in ",;:":
            return
        if len(tokens) > 2 and tokens[0] == "The":
            # 'The Harbor Trust welcomed …' opens a sentence: the article is no part of the name.
            start += 4
            tokens = tokens[1:]
        head = _key(tokens[-1])
        if head not in ORG_WORDS or head in GENERIC_HEADS or _key(tokens[0]) in _NOT_NAME:
            return
        named = self._named_orgs.setdefault(head, [])
        if len(named) < _LOOK_BACK:
            named.append((start, " ".join(tokens).rstrip(".")))

    def named_org(self, head: str, before: int) -> str | None:
        """The organization with head word ``head`` named in full most recently before ``before``."""
        best: str | None = None
        for at, name in self._named_orgs.get(head, ()):
            if at >= before:
                break
            best = name
        return best

    def _learn_run(self, text: str, lo: int, run_start: int, run_end: int, hi: int) -> None:
        # Premodifying title: look back at most 12 words.
        back = text[lo:run_start].split()[-12:]
        appositive = text[run_end : run_end + 1] == ","
        if not appositive and _TITLE_OR_HONORIFIC.isdisjoint(map(_key, back)):
            return  # no title printed with the name: nothing to learn
        following = text[run_end:hi].split(None, 1)
        if following and following[0][:1].isupper() and _key(following[0]) in ORG_WORDS:
            return  # 'Portvale Harbor Association': part of an organization's name
        words = text[run_start:run_end].split()
        after_article = bool(back) and back[-1].lower() in _BEFORE_ORG
        while back and (_key(back[-1]) in HONORIFICS or back[-1] in _EXCELLENCY):
            back = back[:-1]  # 'Mr. Haji Ali Reza', 'H.E. Dr. Ana Rey
        found = _person_in_segment((*back, *[w.rstrip(",;:") for w in words]))
        role = None
        name = " ".join([w.strip(",;:") for w in words])
        if found is not None:
            name, role = found
        if after_article and len(name.split()) >= len(words):
            return  # 'the Harbor Trust', 'of Tidal Studies': not a person
        if appositive and (role is None or len(role.split()) <= 2):
            after: list[str] = []
            # 'Jo Park, who serves as chief technology officer, …': the title is an appositive
            serves = RELATIVE_TITLE.match(text, run_end + 1, hi)
            for tok in text[serves.end() if serves else run_end + 1 : hi].split()[:25]:
                if not after and _key(tok) in POSTNOMINALS:
                    continue
                after.append(tok)
                if tok.endswith((",", ".", ";", ":")) and not _is_initial(tok):
                    break
            apposed = _role_after([" ".join(after)]) if after else None
            if role is None:
                role = apposed
            elif apposed is not None and plain_title(" ".join(after)):
                role = apposed  # 'Deputy Jo Park, chair of the budget committee': the appositive
        if role is None and back and back[-1].endswith(","):
            # 'The Minister of Housing, Jane Roe, …', '— Minister of Housing, Jane Roe'; not
            # when the words before the comma end in another name ('Jane Roe, Acme Inc').
            title = [*back[:-1], back[-1].rstrip(",")]
            if _person_in_segment(tuple(title)) is None:
                role = _role_before(title)
        if role is not None and len(name.split()) >= 2:
            self.add_person(name, role, run_start, learned=True)

    def note_speaker(self, name: str, position: int) -> None:
        """Remember the latest person quoted, for 'he said' and 'she added'."""
        self._last_person = (position, name)
        key = surname(name)
        if key in self._people:
            self._spoken.append((position, key))

    def note_org(self, name: str) -> None:
        """Remember an organization quoted by name, for a later 'the ministry said'."""
        if name in self.org_speakers:
            self.org_speakers.remove(name)
        self.org_speakers.append(name)
        del self.org_speakers[:-16]

    def org_named(self, heads: set[str]) -> str | None:
        """The organization quoted last whose name holds one of the head words ('ministry')."""
        for name in reversed(self.org_speakers):
            if heads & {_key(w) for w in name.split()}:
                return name
        return None

    # -- resolving ----------------------------------------------------------------
    def person(self, name: str) -> Person | None:
        """The registered person a (possibly partial) name refers to."""
        key = surname(name)
        found = self._people.get(key)
        if found is None and key in self._middle:
            found = self._people.get(self._middle[key])
        if found is None:
            return None
        words = [w for w in name.split() if _key(w) not in HONORIFICS]
        if words and (words[0].lower() in PARTICLES or found.name.endswith(" " + " ".join(words))):
            return found  # 'Van Houten', 'Rebelo Matos': the surname of the full name
        if len(words) >= 2 and _key(words[0])[:1] != _key(found.name.split()[0])[:1]:
            return None
        return found

    def find_in(self, label: str) -> tuple[str, int] | None:
        """The registered full name printed first inside a label, and where it starts."""
        best: tuple[str, int] | None = None
        for person in itertools.islice(self._people.values(), _LOOK_BACK):
            if len(person.name.split()) >= 2:
                at = label.find(person.name)
                if at >= 0 and (best is None or at < best[1]):
                    best = (person.name, at)
        return best

    def alias(self, short: str) -> str | None:
        """The long form of an acronym the text defines."""
        return self._aliases.get(short)

    def last_person(self, before: int) -> str | None:
        """The person quoted or named with a title most recently before ``before``."""
        best: tuple[int, str] | None = None
        if self._last_person is not None and self._last_person[0] <= before:
            best = self._last_person
        at = bisect.bisect_right(self._learned, (before, "\uffff"))
        if at:
            pos, key = self._learned[at - 1]
            person = self._people.get(key)
            if person is not None and (best is None or pos > best[0]):
                best = (pos, person.name)
        return best[1] if best else None

    def by_title(self, phrase: str, before: int) -> Person | None:
        """The person whose printed role carries the title words of 'the minister'."""
        keys = {_key(w) for w in phrase.split()}
        wanted = keys & TITLE_WORDS
        low = phrase.lower()
        if "head of state" in low or "head of government" in low or wanted == {"leader"}:
            wanted = {"president"}  # 'the head of state', 'the Ostrian leader'
        if not wanted:
            return None
        # 'the prime minister' is the one whose title says 'prime', not any minister
        qualified = wanted | (keys & _RANK_MODIFIERS)
        if qualified != wanted:
            found = self._by_titles(qualified, before)
            if found is not None:
                return found
        return self._by_titles(wanted, before)

    def _by_titles(self, wanted: set[str], before: int) -> Person | None:
        at = bisect.bisect_right(self._learned, (before, "\uffff"))
        # The nearest people first, quoted or named; a bounded look back keeps this linear.
        candidates = [
            *((pos, key) for pos, key in reversed(self._spoken[-_LOOK_BACK:]) if pos <= before),
            *reversed(self._learned[max(0, at - _LOOK_BACK) : at]),
        ]
        candidates.sort(key=lambda c: -c[0])
        for _, key in candidates:
            person = self._people.get(key)
            if person is not None and self._has_titles(person, wanted):
                return person
        for person in itertools.islice(self._people.values(), _LOOK_BACK):
            if self._has_titles(person, wanted):
                return person
        return None

    @staticmethod
    def _has_titles(person: Person, wanted: set[str]) -> bool:
        return any(wanted <= {_key(w) for w in role.split()} for role in person.roles)


def _token_offsets(text: str, at: int, tokens: list[str]) -> list[int]:
    """Where each of the blank-separated ``tokens`` printed from ``at`` starts."""
    offsets: list[int] = []
    for token in tokens:
        at = text.find(token, at)  # only blanks stand before the token's first letter
        offsets.append(at)
        at += len(token)
    return offsets


def _long_form(text: str, start: int, end: int, acronym: str) -> str | None:
    """The capitalized words before '(ACR)' whose initials spell the acronym."""
    words = text[start:end].split()
    letters = [ch for ch in acronym if ch.isupper()]
    picked: list[str] = []
    need = list(reversed(letters))
    for word in reversed(words):
        if not need:
            break
        if word[:1].isupper() and word[:1] == need[0]:
            picked.append(word)
            need.pop(0)
        elif word.lower() in _CONNECTORS and picked:
            picked.append(word)
        else:
            return None
    if need or not picked:
        return None
    while picked and picked[-1].lower() in _CONNECTORS:
        picked.pop()
    return " ".join(reversed(picked))
