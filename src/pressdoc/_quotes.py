"""Quotes and their speakers.

One quote per contiguous run of quoted words inside one paragraph (see
docs/quotes.md).  Each paragraph is read in a bounded number of passes: its quotation
marks are paired once (:mod:`pressdoc._quote_marks`), its colons are checked once for
speaker labels, and its sentences are matched once against the indirect-speech
patterns.  Speakers are resolved in source order against a registry of the people
and organizations the text names (:mod:`pressdoc._speakers`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final

import attrs

from pressdoc._header import Header
from pressdoc._model import Paragraph, Quote, QuoteKind, Speaker
from pressdoc._quote_marks import MarkedSpan, is_nickname, opens_paragraph, pair_marks
from pressdoc._speakers import (
    GENERIC_HEADS,
    ORG_WORDS,
    RELATIVE_TITLE,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    Mention,
    Registry,
    clean_role,
    parse_mention,
    surname,
    wordset,
)
from pressdoc._text import TextView

_SKIPPED_ROLES: Final = frozenset({"contact", "disclaimer", "boilerplate"})


def _word_alternation(alternatives: str) -> re.Pattern[str]:
    """A whole-word match of one of the '|'-separated alternatives: words and blanks,
    where a class such as '[Aa]' or '[sz]' may stand for one letter.

    The alternatives are compiled factored on their common prefixes, so that the scan
    tests one letter per branch instead of each of a hundred alternatives at every
    word start.  No alternative may be another one followed by a blank: then at most
    one alternative matches at a word start, and the factored pattern finds the same
    matches as the plain alternation."""
    words: set[str] = set()
    for alt in alternatives.split("|"):
        if not re.fullmatch(r"(?:[^\W_]|[ ]|\[[^\W_]+\])+", alt):
            raise ValueError(f"not a plain alternative: {alt!r}")
        parts = re.findall(r"\[[^\]]+\]|.", alt)
        words.update(map("".join, itertools.product(*(p.strip("[]") for p in parts))))
    ordered = sorted(words)
    # The words that extend a word follow it directly in sorted order.
    if any(b.startswith(a + " ") for a, b in itertools.pairwise(ordered)):
        raise ValueError("an alternative is another one followed by a blank")
    return re.compile(rf"\b{_prefix_tree(ordered)}\b")


def _prefix_tree(words: list[str]) -> str:
    """A pattern matching exactly the sorted ``words``, factored on common prefixes."""
    branches = [
        re.escape(first) + _prefix_tree([w[1:] for w in group])
        for first, group in itertools.groupby((w for w in words if w), key=lambda w: w[0])
    ]
    if not branches:
        return ""
    if "" in words:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


# Verbs and phrases that introduce or close a direct quotation.
_SPEECH: Final = (
    r"said|says|say|added|adds|noted|notes|stated|states|explained|explains|commented|comments|"
    r"remarked|remarks|continued|continues|concluded|concludes|observed|observes|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|underscored|underscores|underlined|pointed out|points out|told|tells|"
    r"wrote|writes|argued|argues|warned|warns|insisted|insists|asserted|asserts|declared|declares|"
    r"acknowledged|acknowledges|admitted|admits|recalled|recalls|asked|asks|replied|replies|responded|"
    r"responds|answered|answers|shared|shares|reflected|reflects|exclaimed|predicted|predicts|cautioned|"
    r"cautions|urged|urges|confirmed|confirms|affirmed|affirms|reiterated|reiterates|mentioned|"
    r"mentions|announced|announces|joked|jokes|quipped|suggested|suggests|claimed|claims|complained|"
    r"conceded|concedes|maintained|maintains|vowed|vows|promised|promises|pledged|pledges|proclaimed|"
    r"highlighted|highlights|tweeted|posted|testified|testifies|agreed|agrees|frames it|framed it|"
    r"puts it|put it|described|describes|recounted|recounts|elaborated|elaborates|assured|assures|"
    r"informed|informs|advised|advises|opined|[Aa]ccording to|summed up|summarized|summarised"
)
_SPEECH_RE: Final = _word_alternation(_SPEECH)
# Verbs that report a clause in indirect speech (GUIDELINES: not announced/reported/...).
_REPORTING: Final = (
    r"said|says|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored|underscores|"
    r"underlined|pointed out|points out|added|adds|stated|states|explained|explains|told|tells|"
    r"informed|informs|remarked|argued|argues|warned|warns|reiterated|reiterates|insisted|insists|"
    r"asserted|asserts|acknowledged|acknowledges|admitted|admits|confirmed|confirms|mentioned|"
    r"observed|recalled|claimed|claims|assured|assures|reminded|reminds|"
    r"drew attention to the fact|draws attention to the fact|made it clear|made clear"
)
_REPORTING_RE: Final = _word_alternation(_REPORTING)
# 'Roe praised the plan and said …': a reporting verb coordinated with the sentence's first verb.
_COORDINATED: Final = re.compile(rf"\band\s+(?:also\s+)?(?:{_REPORTING})\b")
# What may stand between a reporting verb and "that": an object or an adverbial.
_THAT_AFTER: Final = re.compile(r"(?:[ ,]+[^\s,;:.!?]+){0,7}?[ ,]+that,?\s+(?=\S)")
_CLAUSE_AFTER: Final = re.compile(
    # Any opening word: 'said further cuts were …', 'said 81% of members backed …'.
    r"\s+[\w$€£][\w’'%-]*"
    r"\b[^,;:.!?]{0,80}?\b(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might|"
    r"does|did|plans|expects|remains|wants|needs|intends|seeks|aims|hopes|believes|faces|continues|"
    r"means|costs|supports|opposes|agreed|decided|planned|expected|wanted|needed|intended|sought|"
    r"began|rose|fell|grew|took|made|came|went|saw|knew|found|led|left|lost|met|paid|held|kept|"
    r"brought|sold|spent|won|became|gave|got|stood|remained|lacked|takes|makes|lacks|"
    r"intend|expect|want|remain|agree|believe)\b"
)
# After 'said'/'says' a noun phrase is almost always the subject of a reported clause:
# any past or present verb form closes it ('said his region lacked …', 'said the process
# typically takes …'); a preposition after the word means a noun ('said a few words at').
_LOOSE_CLAUSE_AFTER: Final = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|our|this|these|those|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,8}?"
    r"[a-z]{2,}(?:ed|[^\Wsu]s)\s+(?!(?:of|to|at|in|on|for|from|with|by|and|or|as)\b)(?=\w)"
)
# Who is told, when a clause follows 'told' without 'that'.
_TOLD_AUDIENCE: Final = re.compile(
    r"\s+(?:reporters|journalists|the\s+(?:press|media)|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)"
    r"|(?:the\s+)?(?:lawmakers|legislators|parliament|shareholders|investors|analysts|staff|employees))\b"
)
_PREPOSITION: Final = re.compile(r"\s+(?:after|at|on|in|during|before|following|from|with|about|of)\b")
_BARE_CLAUSE_VERBS: Final = wordset("said says added noted stressed warned explained argued insisted")
# The verbs whose bare clause may open on a noun ('said the plant will close'); after
# 'added' or 'noted' a noun is far more often an object ('added three stores that are').
_NOUN_CLAUSE_VERBS: Final = wordset("said says warned argued insisted")
_VERB_ADVERBIAL: Final = re.compile(
    r",?\s+(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|week|month|year)\b,?"
    r"|,?\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|interview|release|email|letter|post|memo|note|filing|briefing)\b,?"
    # 'said in March it would …', 'said earlier this month the plant …'
    r"|,?\s+(?:(?:in|last|earlier\s+in|on)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|earlier\s+(?:this|last)\s+(?:week|month|year)|last\s+(?:week|month|year))\b,?"
)
_RELATIVE: Final = re.compile(r"\b(?:that|which|who|whose|where)\b")
_PLACE_AFTER: Final = re.compile(r"\s(?:at|near|outside|inside|during|after|before|following)\s")
# "said he expected ...": a subject pronoun right after the verb starts a clause.
_PRONOUN_CLAUSE: Final = re.compile(r"\s+(?:he|she|they|it|we|I|there)\s+[a-z]")
_AS_LEAD: Final = re.compile(
    rf"\s*As\s+(?P<who>[^;:.!?]{{2,160}}?)\s+(?P<verb>{_REPORTING}|put it)\b[^,]{{0,60}},\s+"
)
_ACCORDING_LEAD: Final = re.compile(r"\s*(?:But\s+|And\s+)?[Aa]ccording to\s+(?P<who>[^,;:.!?]{2,120}?),\s+")
_APPOSITIVE: Final = re.compile(r"(?P<role>[^,;:.!?\"“”]{2,100}?),\s+")
# '…, according to Acme's Minister for Ports, Jo Park.': a title and a name may take one comma.
_ACCORDING_TAIL: Final = re.compile(
    r",\s+according to\s+(?P<who>[^,;:!?]{2,120}?(?:,\s+[^,;:!?]{2,80}?)?)[.!?]?\s*$"
)
_TAIL_VERBS: Final = r"said|says|added|noted|explained|warned|stressed|told|wrote|argued|insisted|confirmed"
# What may follow 'CLAUSE, X said': a participle or adverbial clause about the source.
_AFTER_TAIL: Final = (
    r"(?:,\s+(?:as|adding|asking|citing|while|after|because|but|although|though|which|who|when|"
    r"speaking|declining|giving|noting|saying|referring|without)\b[^;!?]{0,240}?"
    # '…, Roe said Thursday, four days after the crash …'
    r"|,\s+(?:[\w-]+\s+){1,2}(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)\b[^;!?]{0,240}?)?"
)
# 'The minister rejected …', 'Roe dismissed …': a person opening a paragraph with a past verb.
_OPENING_SUBJECT: Final = re.compile(
    r"(?P<who>[Tt]he\s+[a-z]+(?:\s+[a-z]+)?|(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+"
    r"(?:[a-z]+ed|said|told|spoke|took|made|gave|saw|held|was|is)\b"
)
# 'Acme to cut jobs, minister says', 'Acme to cut jobs - CEO' (the speaker at most 6 words).
_HEADLINE_SAYS: Final = re.compile(
    r"(?P<clause>[^\n]{10,240}?)(?:,\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+"
    r"(?P<verb>says|said|tells\s+\w+|warns|claims|insists|confirms)"
    r"|\s+(?P<dash>[-–—])\s+(?P<who2>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+))\s*"
)
# Acts of a speaker in a readout, coordinated after the reported clause ('said that A
# and invited a delegation to visit'): they are the speaker's, not part of what was said.
_SPEAKER_ACT: Final = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:invited|thanked|congratulated|conveyed|extended\s+(?:an|his|her|their)"
    r"|wished|reaffirmed|expressed\s+(?:his|her|their)|called\s+on|handed\s+over)\b"
)
_RELATIVE_INSIDE: Final = re.compile(r",\s+(?:which|who|whose)\s")
_AUXILIARY_END: Final = re.compile(r"\s+(?:has|have|had)(?:\s+also)?\Z")
_ADDING_THAT: Final = re.compile(r",\s+(?:adding|noting|saying|stressing|warning)\s+that,?\s+")
# '… that A and told reporters that B': a second reporting verb of the same source.
_AND_REPORTED: Final = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:said|told|noted|added|stressed|emphasi[sz]ed|stated|explained|"
    r"informed|assured|warned|reminded)(?:\s+[\w’'-]+){0,4}?\s+that,?\s+"
)
# '… that A and that B': where B quotes the source, B is that quotation, not reported speech.
_AND_THAT: Final = re.compile(r",?\s+and\s+that\s")
# An organization's name with its legal or institutional head word ('Brightloom Inc').
_ORG_NAME: Final = re.compile(
    r"\b[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4}\s+(?:Inc|Corp|Corporation|Ltd|LLC|plc|AG|SA|SE|NV|"
    r"ASA|AS|AB|Oyj|GmbH|SpA|BV|LLP|LP|Group|Company|Holdings|Bank|Airlines|Ministry|Authority|Union|"
    r"Council|Agency|Fund)\b\.?"
)
# Every indirect pattern holds one of these: sentences without one are not read further.
_ANY_REPORT: Final = _word_alternation(rf"{_REPORTING}|{_TAIL_VERBS}|[Aa]ccording to|put it")
_SAID_TAIL: Final = re.compile(
    rf",[\"”’]?\s+(?:(?P<verb1>{_TAIL_VERBS})\s+(?P<who1>[^;:!?]{{2,160}}?)"
    rf"|(?P<who2>[^,;:!?]{{2,100}}?(?:,\s+[^,;:!?]{{2,80}}?,)?)\s+(?P<verb2>{_TAIL_VERBS})"
    rf"(?:\s+(?:on|at|in|during|after|before|following|while|when|last|this|yesterday|today|earlier)"
    rf"\b[^,;:!?]{{0,110}}|\s+[^,;:!?]{{0,40}})?{_AFTER_TAIL})[.!?]?\s*$"
)
# Sources that are documents or figures, not speakers ("according to Acme data").
_NOT_A_SOURCE: Final = wordset(
    "data report reports survey surveys study studies statistics figures estimates estimate "
    "research analysis rankings ranking website records documents census poll polls index list "
    "forecast forecasts filing filings results numbers law rules guidelines regulations reports "
    "database sources calculations projections information indictment indictments complaint "
    "complaints affidavit lawsuit lawsuits charges papers minutes transcript transcripts memo "
    "documents document analyses assessment assessments tally audit audits review reviews evaluation "
    "evaluations inventory"
)
# Words that end the head of a source phrase ('survey by X', 'figures published in May').
_SOURCE_QUALIFIERS: Final = wordset(
    "by from of for at in on with conducted published released commissioned issued compiled filed "
    "carried prepared seen obtained cited quoted who which that"
)
_DETERMINERS: Final = wordset("a an the its their his her our this these that those new recent latest")
# Words that cannot follow a quote-opening "the/a" when the quotation is a term or title.
_NAMING_WORDS: Final = (
    r"called|named|dubbed|titled|entitled|termed|known as|so-called|concept|term|phrase|word|"
    r"theme|slogan|motto|hashtag|title|name|brand|labell?ed|branded|reads|read|tagline|banner|"
    r"campaign|program|programme|initiative|series|project|award|category|of|the|a|an|its|our|their|"
    r"his|her|this|my|your|as|for|in|on|and|or"
)
_NAMING: Final = re.compile(rf"(?:\b(?:{_NAMING_WORDS})\s*)$", re.IGNORECASE)
# A match ends where the blanks at the end begin, so it starts at most this far before
# them (no alternative matches more letters than its pattern has characters).
_NAMING_REACH: Final = max(map(len, _NAMING_WORDS.split("|")))
_ISSUER_LEAD: Final = re.compile(
    r"(?:^|[-–—]\s|\)\s)(?:The\s+)?(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|for|and|&)){0,6}?)"
    r"(?:\s*\([^()]{1,60}\))?,?\s+(?:today\s+|recently\s+|proudly\s+)?"
    r"(?:announced|announces|is pleased to announce|launched|unveiled|reported)"
)
_SENTENCE_END: Final = re.compile(r"[.!?…](?:[\"”’'»)\]]*)(?=\s|$)")
_ABBREVIATIONS: Final = wordset(
    "mr mrs ms dr st jr sr inc corp co ltd prof gen gov sen rep no vs etc dept univ assn bros "
    "mt ft lt col capt sgt adm hon rev est approx fig jan feb mar apr jun jul aug sep sept oct "
    "nov dec u.s u.k e.g i.e a.m p.m ph.d m.d"
)
_HARD_BREAK: Final = re.compile(r"\n|[ ]{2,}|\*{2,}|\s[-–—]\s")
_DASH_TRAILER: Final = re.compile(r"\s*[-–—]{1,2}\s*")
# 'PORTVALE, June 2 (Reuters) - ' at the start of a lead sentence.
_DATELINE_LEAD: Final = re.compile(
    r"\s*[A-Z][A-Z .,'’-]{1,40}(?:,[^-–—\n]{1,40})?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]{1,2}\s+"
)
_TAIL_CLAUSE: Final = re.compile(
    r"[,;]\s*(?:adding|noting|saying|explaining|as|while|who|which|when|and|but|according)\b"
)
_COLON: Final = re.compile(r":")
_QUOTE_CHARS: Final = "\"“”«»„'‘’"
# 'head of sales: "Orders …"': a quotation introduced inside the would-be clause.
_INTRODUCED: Final = re.compile("[:,]\\s*[\"“„«‘']")
_QUOTE_MARK_RE: Final = re.compile('["“”«»„]')
_CLAUSE_END: Final = frozenset('.!?;:"”»’')
_ELISION_TAIL: Final = re.compile(r"\s*(?:<…>|<\.\.\.>|\[…\]|\[\.\.\.\]|\(…\)|…)\s*$")
_FIRST_PERSON: Final = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|we|We|we['’](?:re|ve|ll|d)|We['’](?:re|ve|ll|d)|our|Our|us|my|My|me|"
    r"you|You|your|Your)\b"
)
_FINITE: Final = re.compile(
    r"\b(?:is|are|am|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did|"
    r"shall|took|made|held|met|gave|went|came|said|told|saw|began|brought|led|won|sent|became|"
    r"[a-z]{3,}ed)\b"
)
_PAST: Final = wordset(
    "was were had did took made held met gave went came said told saw began brought led won sent became"
)
_NARRATION_START: Final = re.compile(
    r"(?:In|On|By|During|Since|Last|Earlier|Later|Following|After)\s+(?:\d|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|the\s+(?:meeting|talks|event|visit|"
    r"ceremony|conference|call))|About\s"
)
_THIRD_PERSON_SPEECH: Final = re.compile(
    r"\b(?:he|she|they|He|She|They|[A-Z][\w’'-]+)\s+(?:said|says|added|noted|stated|told|stressed)\b"
    r"|\b(?:said|says|added|noted)\s+(?:he|she|the|[A-Z])|\b[Aa]ccording to\b"
)
# A paragraph opening on the organization or the parties is narration again.
_THIRD_PERSON_START: Final = re.compile(
    r"(?:The|Both)\s+(?:company|firm|organi[sz]ation|ministry|department|government|parties|leaders|"
    r"council|agency|board|group|two|sides|delegations|presidents|ministers)\b"
)
_DIGIT: Final = re.compile(r"\d")
_LIST_ITEM: Final = re.compile(r"[*•·▪‣◦-]\s|\(?\d{1,2}[.)]\s|[a-z][.)]\s")
_LABEL_STOP: Final = wordset(
    "contact contacts media press note notes source sources about hashtag tel phone email e-mail fax "
    "website web follow read visit inquiries enquiries information resources subject re date time "
    "location venue address attention attn cc from to ps nb editor editors photo photos caption "
    "video link links download more update updated disclaimer disclosure"
)


@attrs.frozen
class _Draft:
    """A quote found, before its speaker is resolved and its id is given."""

    start: int
    end: int
    kind: QuoteKind
    mention: Mention | None
    cue: str | None
    inherit: bool = False  # a continuation: takes the speaker of the quote before it
    borrow: bool = False  # runs on into the next paragraph: may take that one's speaker
    leading: bool = False  # the quotation opens its paragraph


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past white space, a trailing comma and a dangling elision mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    # An elision mark ends on one of these; most spans end otherwise and skip the scan.
    m = _ELISION_TAIL.search(text, start, end) if end > start and text[end - 1] in ">])…" else None
    if m and m.start() > start:
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _sentence_end(text: str, start: int, limit: int) -> int:
    """The offset just after the sentence that starts at ``start`` (at most ``limit``)."""
    pos = start
    while True:
        m = _SENTENCE_END.search(text, pos, limit)
        if m is None:
            return limit
        at = m.start()
        if text[at] != ".":
            return m.end()
        word_start = text.rfind(" ", start, at) + 1
        word = text[max(word_start, start) : at].strip("(\"“'‘").lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word:
            pos = m.end()
            continue
        return m.end()


def _iter_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        stop = _sentence_end(text, pos, end)
        yield pos, stop
        pos = stop


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return list(_iter_sentences(text, start, end))


def _last_clause(text: str, start: int, end: int) -> int:
    """Where the last sentence (or heading-separated chunk) before ``end`` starts."""
    pos = start
    for s, e in _sentences(text, start, end):
        pos = e if e < end else s
    for m in _HARD_BREAK.finditer(text, pos, end):
        if text[m.end() : end].strip():
            pos = m.end()
    return pos


def _words(text: str) -> int:
    return len(text.split())


# -- attribution next to a marked quotation ---------------------------------------------
def _after_attribution(text: str, start: int, end: int) -> tuple[Mention, str, bool] | None:
    """An attribution right after a closing mark: ', said X', ', X said', '- X, Role'."""
    end = min(end, start + 400)
    dash = _DASH_TRAILER.match(text, start, end)
    if dash and text[dash.start() : dash.end()].strip():
        line_end = text.find("\n", dash.end(), end)
        stop = line_end if line_end >= 0 else end
        phrase = text[dash.end() : stop]
        mention = _trailer_mention(phrase)
        if mention is not None:
            return mention, text[dash.start() : dash.end()].strip(), True
    lead = start
    while lead < end and text[lead] in " ,.!?;\n":
        lead += 1
    if lead >= end:
        return None  # nothing printed after the quotation
    stop = _sentence_end(text, lead, end)
    sentence = text[lead:stop]
    if not sentence.strip() or sentence.rstrip().endswith(":") or _words(sentence) > 45:
        return None
    verb = _SPEECH_RE.search(sentence)
    if verb is None:
        return None
    before = sentence[: verb.start()].strip()
    cue = verb.group().lower() if verb.group()[0] == "A" else verb.group()
    if before.lower() in ("", "as"):
        who = sentence[verb.end() :]
    else:
        who = before
        if who.lower().startswith("as "):
            who = who[3:]
        # What may follow 'X said': an adverbial or an object ('told reporters after the
        # vote'), then perhaps a participle clause ('…, adding that …'); not a new clause.
        tail = _TAIL_CLAUSE.split(sentence[verb.end() :], 1)[0]
        tail = _RELATIVE.split(tail, 1)[0]
        # 'told a news conference at the airline's headquarters near …': the place is not counted.
        tail = _PLACE_AFTER.split(tail, 1)[0].strip(" .!?,;")
        if _words(tail) > 7 and cue not in ("frames it", "puts it", "put it", "framed it"):
            return None
    mention = parse_mention(_strip_tail(who))
    if mention is None:
        return None
    return mention, cue, True


def _strip_tail(who: str) -> str:
    """Drop a closing sentence mark and ', who ...' clauses from an attribution phrase."""
    who = who.strip().rstrip(".!?;")
    serves = who.find(", who ")
    if serves > 0 and (title := RELATIVE_TITLE.match(who, serves + 1)) is not None:
        who = f"{who[:serves]}, {who[title.end() :]}"  # ', who serves as CTO,': an appositive
    for stop in (", who ", ", whose ", ", which ", ", adding", ", noting", ", saying", " who ", ", as "):
        i = who.find(stop)
        if i > 0:
            who = who[:i]
    return who


def _trailer_mention(phrase: str) -> Mention | None:
    """'Jane Doe, President of Acme' after a dash; a heading glued on is cut off."""
    phrase = phrase.strip()
    if not phrase or _words(phrase) > 30:
        return None
    parts = phrase.split(",", 1)
    mention = parse_mention(parts[0])
    if mention is None or mention.kind != "person":
        return None
    role = mention.role
    if len(parts) > 1:
        role = _cut_heading(parts[1]) or role
    return Mention("person", name=mention.name, role=role)


def _cut_heading(role: str) -> str | None:
    """A role printed at a paragraph end, without the heading that may follow it."""
    words = role.strip().rstrip(".").split()
    for i in range(1, len(words) - 1):
        w, nxt = words[i], words[i + 1]
        if (
            w[:1].isupper()
            and nxt[:1].islower()
            and nxt.lower() not in ("of", "and", "for", "the", "at", "in", "on", "de", "&")
            and nxt.lower() not in TITLE_WORDS
        ):
            return clean_role(" ".join(words[:i]))
    return clean_role(" ".join(words))


def _before_attribution(
    text: str, start: int, end: int, registry: Registry | None = None
) -> tuple[Mention, str] | None:
    """An attribution right before an opening mark: 'X said:', 'said X,', 'X, Role:'."""
    start = max(start, end - 500)
    stripped_end = end
    while stripped_end > start and text[stripped_end - 1].isspace():
        stripped_end -= 1
    if stripped_end <= start:
        return None
    clause_start = _last_clause(text, start, stripped_end)
    clause = text[clause_start:stripped_end]
    last = clause[-1]
    body = clause.rstrip(":,;–—- ")
    verbs = list(_SPEECH_RE.finditer(body))
    if verbs:
        verb = verbs[-1]
        tail = body[verb.end() :].strip()
        who_before = body[: verb.start()].strip()
        cue = verb.group().lower() if verb.group()[0] == "A" else verb.group()
        if who_before.lower() in ("", "as", "and", "but"):
            mention = parse_mention(_strip_tail(tail))
            if mention is not None:
                return mention, cue
            return None
        # 'wrote in a memo to staff that was seen by …': the relative clause is not counted.
        tail_words = _words(_RELATIVE.split(tail, 1)[0])
        if tail_words <= 8 and (cue != "according to"):
            mention = parse_mention(who_before)
            if mention is None and "," in who_before:
                mention = parse_mention(who_before.rsplit(",", 1)[1])
            if mention is not None:
                return mention, cue
        if cue == "according to":
            mention = parse_mention(tail)
            if mention is not None:
                return mention, cue
        return None
    if last == ":":
        mention = _label_mention(body, registry)
        if mention is not None:
            return mention, ":"
    return None


def _label_mention(label: str, registry: Registry | None) -> Mention | None:
    """A speaker label ('Jane Doe, CEO of Acme', 'President of X Jane Doe (retranslated)')."""
    label = re.sub(r"\([^()]{0,40}\)", " ", label)
    label = " ".join(label.split()).strip(" *-–—")
    words = label.split()
    if not words or len(words) > 22 or words[0].lower().strip(":") in _LABEL_STOP:
        return None
    if any(w.lower().strip(",.") in _LABEL_STOP for w in words[:2]):
        return None
    if not words[0][:1].isupper():
        return None
    mention = parse_mention(label)
    known = registry.find_in(label) if registry is not None else None
    if known is not None and (
        mention is None or mention.kind != "person" or (mention.name or "") not in known[0]
    ):
        # A garbled label ('President of X Jane Doe Doe JanePresident of X') that
        # still prints a name the text gives elsewhere: trust that name.
        name, at = known
        prefix = label[:at].split()
        role = None
        if prefix:
            found = parse_mention(" ".join([*prefix, *name.split()]))
            role = found.role if found is not None and found.kind == "person" else None
        return Mention("person", name=name, role=role)
    if mention is None or mention.kind != "person":
        return None
    if mention.name is None:
        return None
    if _HEADING_NOUN.search(mention.name) and (registry is None or registry.person(mention.name) is None):
        # 'Renal Toxicity: …', 'Infusion Reactions: …': a section's heading, not a name.
        return None
    if len(mention.name.split()) < 2 and mention.role is None:
        # 'Doe: …' names a speaker only when the text has named Doe in full.
        known_person = registry.person(mention.name) if registry is not None else None
        return Mention("person", name=known_person.name) if known_person is not None else None
    return mention


# Abstract and medical nouns no personal name ends on: a label of them is a heading.
_HEADING_NOUN: Final = re.compile(r"\B(?:ity|ities|tions?|sions?|osis|itis|emia|pathy)\b", re.IGNORECASE)
_NAME_JOINERS: Final = wordset("of for and de")
_QUOTING_VERBS: Final = wordset(
    "called calls described describes termed dubbed labeled labelled branded hailed praised criticized "
    "criticised slammed welcomed defended urged promised vowed pledged insisted warned"
)


def _sentence_subject(text: str, start: int, open_at: int) -> tuple[Mention, str, bool] | None:
    """The person a sentence is about, for a quotation inside it: 'Bell called the vote "…"'.

    The third value says whether the verb is one that introduces quoted words."""
    clause_start = _last_clause(text, start, open_at)
    words = text[clause_start:open_at].split()
    if not words or len(words) > 30:
        return None
    i = _subject_end(words)
    if i is None:
        return None
    word = words[i]
    mention = parse_mention(" ".join(words[:i]))
    # An organization speaks only through a verb that introduces words ('Acme called the
    # plan "…"'); 'Acme launched "…"' names a product.
    if mention is None or (mention.kind == "org" and word not in _QUOTING_VERBS):
        return None
    return mention, word, word in _QUOTING_VERBS


def _subject_end(words: list[str]) -> int | None:
    """The index of the verb after a sentence's opening subject, or None."""
    for i, word in enumerate(words):
        # 'Lusavia chief executive Henrik Aalto called …': title words are not the verb.
        if word in TITLE_WORDS or word in TITLE_MODIFIERS:
            continue
        # 'The Association for Digital Rights called …': a particle inside a name.
        if word in _NAME_JOINERS and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue
        # 'The opposition Acme party called …': an organization word after its name.
        if i >= 2 and word in ORG_WORDS and words[i - 1][:1].isupper():
            continue
        if i and word.isalpha() and word.islower():
            return i
    return None


# -- marked quotations ------------------------------------------------------------------
def _is_term(text: str, q_start: int, q_end: int, span: MarkedSpan, attributed: bool) -> bool:
    """Scare quotes, titles and names: short quotations that no one says."""
    open_at, close_at = span.open, span.close
    inner = text[q_start:q_end]
    words = inner.split()
    n = len(words)
    if n == 0:
        return True
    # The punctuation inside the closing mark ('"We grow," she said') marks spoken words.
    raw = text[q_start:close_at] if close_at is not None else inner
    ends_like_speech = raw.rstrip()[-1:] in (",", ".", "!", "?", "…")
    before = text[max(0, open_at - 40) : open_at]
    after = text[close_at + 1 : close_at + 2] if close_at is not None else ""
    if before.endswith("(") and after == ")":
        return True
    if n <= 2:
        # 'called the gift "transformational."': a full stop inside the marks closes the
        # sentence the term stands in; only words introduced by ':' or ',' are spoken.
        lead = before.rstrip()
        if raw.rstrip().endswith(".") and lead[-1:].isalnum():
            return True
        return not (attributed and ends_like_speech)
    # 'called the program "an election promise …"': a judgement in lower case, not a name
    judged = attributed and n >= 3 and inner[:1].islower()
    if n <= 8 and _names_before(before) and not (attributed and ends_like_speech) and not judged:
        return True
    if n > 12:
        return False  # too long for a name or a title: none of the tests below holds
    significant = [w for w in words if len(w.strip(".,!?:;")) > 3]
    if n <= 6 and significant and all(w[:1].isupper() for w in significant) and not attributed:
        return True
    title_case = all(w[:1].isupper() for w in significant)
    if title_case and (len(significant) >= 4 or (len(significant) >= 3 and not ends_like_speech)):
        return True  # a title in title case: 'Blue and Gold: A Century at Mill Lane'

    return n <= 4 and not attributed


def _names_before(before: str) -> bool:
    """Whether ``before`` ends on a word that introduces a term or a title."""
    return _NAMING.search(before, max(0, len(before.rstrip()) - _NAMING_REACH)) is not None


def _may_be_partial(text: str, q_start: int, q_end: int, span: MarkedSpan) -> bool:
    """Whether a short quotation could be someone's words rather than a name or a title."""
    words = text[q_start:q_end].split()
    if len(words) < 2 or span.close is None:
        return False
    before = text[max(0, span.open - 40) : span.open]
    if before.endswith("(") or _names_before(before):
        return False
    significant = [w for w in words if len(w.strip(".,!?:;")) > 3]
    return not (significant and all(w[:1].isupper() for w in significant))


class _Reader:
    """Reads the paragraphs in order, keeping what later paragraphs need to know."""

    def __init__(self, view: TextView, paragraphs: tuple[Paragraph, ...], header: Header) -> None:
        self.text = view.text
        self.source = view.source
        self.paragraphs = [p for p in paragraphs if p.role not in _SKIPPED_ROLES]
        issuer = getattr(header, "issuer", None)
        if not isinstance(issuer, str) or not issuer:
            issuer = _guess_issuer(self.text, self.paragraphs)
        self.registry = Registry(issuer)
        dateline = getattr(header, "dateline", None)
        self.dateline_end = dateline.end if dateline is not None else -1
        for p in self.paragraphs:
            self.registry.learn_paragraph(self.text, p.start, p.end)
        self.drafts: list[_Draft] = []
        # Short quotations dropped as terms in the current paragraph: inside a reported
        # clause they are the source's own words ('said the cuts were "not off the table"').
        self.partials: list[tuple[int, int]] = []
        self.paired: set[int] = set()  # offsets of the paragraph's paired quotation marks

    # -- driving ---------------------------------------------------------------------
    def read(self) -> list[_Draft]:
        block: tuple[Mention, str] | None = None
        block_units = 0
        previous_had_quote = False
        for index, p in enumerate(self.paragraphs):
            text = self.text
            nxt = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else None
            marked_first = opens_paragraph(text, p.start, p.end)
            if block is not None and not marked_first:
                if p.role == "body" and self._continues_block(p, block[0], block_units):
                    self.drafts.append(_Draft(*_trim(text, p.start, p.end), "direct", block[0], ":"))
                    block_units += 1
                    previous_had_quote = True
                    continue
                block = None
            found_before = len(self.drafts)
            intro = self._read_colons(p)
            consumed_to = p.start
            if intro is not None:
                mention, cue, rest_at = intro
                block, block_units = (mention, cue), 0
                if rest_at is not None and rest_at < p.end:
                    if opens_paragraph(text, rest_at, p.end):
                        consumed_to = p.start
                    else:
                        self.drafts.append(_Draft(*_trim(text, rest_at, p.end), "direct", mention, ":"))
                        block_units = 1
                        consumed_to = p.end
            elif len(self.drafts) > found_before:
                consumed_to = p.end  # transcript turns fill the paragraph
                last_turn = self.drafts[-1].mention
                if last_turn is not None:
                    # The last speaker's turn may run on over the next paragraphs.
                    block, block_units = (last_turn, ":"), 1
            if consumed_to < p.end:
                self._read_marks(p, nxt, block, previous_had_quote)
                if p.role == "body":
                    self._read_indirect(p, found_before)
                elif p.role == "headline" and len(self.drafts) == found_before:
                    self._read_headline(p)
            self._pronouns_to_opener(p, found_before)
            if block is not None and marked_first:
                block_units += 1
            # A paragraph that quotes someone, directly or not, lets a bare quotation
            # paragraph after it continue that speaker ('Doe said …' / '"…"').
            previous_had_quote = len(self.drafts) > found_before
        self.drafts.sort(key=lambda d: d.start)
        return self.drafts

    # -- block quotes and transcript turns ---------------------------------------------
    def _read_colons(self, p: Paragraph) -> tuple[Mention, str, int | None] | None:
        """Speaker lines ending in ':' (block intros) and inline 'Name: words' turns."""
        text = self.text
        if text.find(":", p.start, p.end) < 0:
            return None
        turns: list[tuple[int, int, Mention]] = []
        intro: tuple[Mention, str, int | None] | None = None
        line_start = p.start
        scanned = p.start
        for m in _COLON.finditer(text, p.start, p.end):
            colon = m.start()
            newline = text.rfind("\n", scanned, colon)
            if newline >= 0:
                line_start = newline + 1
            scanned = colon
            after = colon + 1
            while after < p.end and text[after] in " \t":
                after += 1
            at_line_end = after >= p.end or text[after] == "\n"
            if at_line_end:
                if turns:
                    continue
                found = self._intro(text[line_start:colon])
                if found is not None:
                    rest = after + 1 if after < p.end else None
                    intro = (found[0], found[1], rest)
                    break
                continue
            if text[after] in "\"“„«‘'":
                continue  # a marked quotation follows; the mark pass reads it
            label_start = self._label_start(line_start, colon)
            if label_start is None:
                continue
            mention = _label_mention(text[label_start:colon], self.registry)
            if mention is None:
                continue
            turns.append((label_start, after, mention))
        if intro is not None:
            return intro
        kept: list[tuple[int, int, Mention]] = []
        for i, (_, after, mention) in enumerate(turns):
            stop = turns[i + 1][0] if i + 1 < len(turns) else p.end
            s, e = _trim(text, after, stop)
            words = text[s:e].split()
            spoken = len(words) >= 6 or (len(words) >= 2 and text[e - 1] in ".!?…")
            if spoken and not re.search(r"@|https?://|www\.", text[s:e]):
                kept.append((s, e, mention))
            elif i == 0:
                return None
        for s, e, mention in kept:
            self.drafts.append(_Draft(s, e, "direct", mention, ":"))
        return None

    def _label_start(self, line_start: int, colon: int) -> int | None:
        """Walk back from a colon over a speaker label's words to the boundary before it
        (line start, sentence end, wide gap, '***'); None if a plain word comes first."""
        text = self.text
        lo = max(line_start, colon - 200)
        pos = colon
        start: int | None = None
        count = 0
        while True:
            j = pos
            while j > lo and text[j - 1] == " ":
                j -= 1
            if j <= lo:
                return start if line_start in (j, lo) else None
            if j < pos - 1 and start is not None:
                break  # a wide gap ends the label
            k = j
            while k > lo and not text[k - 1].isspace():
                k -= 1
            word = text[k:j]
            if "*" in word:
                star = word.rfind("*")
                if star + 1 < len(word):
                    start = k + star + 1
                break
            if word[-1] in ".!?;" and not (len(word) <= 3 and word[0].isupper()):
                break
            if count >= 22 or not (
                word[:1].isupper()
                or word.lower() in ("of", "the", "for", "and", "at", "&", "de", "van")
                or word[:1] == "("
            ):
                return None
            start = k
            count += 1
            pos = k
        if start is None:
            return None
        while start < colon and not text[start].isalpha():
            start += 1
        return start if start < colon else None

    def _intro(self, line: str) -> tuple[Mention, str] | None:
        """A line announcing the words that follow: 'Jane Roe said:', 'Jane Roe, CEO:'."""
        line = line.strip()
        if not line or _words(line) > 40:
            return None
        start = 0
        sentences = _sentences(line, 0, len(line))
        if sentences:
            start = sentences[-1][0]
        clause = line[start:]
        verbs = list(_SPEECH_RE.finditer(clause))
        if verbs:
            verb = verbs[-1]
            who = clause[: verb.start()].strip()
            tail = clause[verb.end() :].strip()
            if verb.group().lower() == "according to" or not who:
                mention = parse_mention(_strip_tail(tail))
            elif _words(tail) <= 8:
                mention = parse_mention(who)
            else:
                mention = None
            if mention is not None:
                return mention, ":"
            return None
        mention = _label_mention(clause, self.registry)
        if mention is not None:
            return mention, ":"
        return None

    def _continues_block(self, p: Paragraph, speaker: Mention, units: int) -> bool:
        """Whether a paragraph after a block intro is still the speaker's words."""
        para = self.text[p.start : p.end]
        stripped = para.rstrip()
        if not stripped:
            return False
        if stripped[-1] not in '.!?…"”’»)' and _words(para) < 15:
            return False  # a heading or a label
        colon = para.find(":", 0, 160)
        if colon > 0 and _label_mention(para[:colon], self.registry) is not None:
            return False  # the next speaker's turn
        if _LIST_ITEM.match(para) or _NARRATION_START.match(para) or _THIRD_PERSON_START.match(para):
            return False
        issuer = self.registry.issuer
        if issuer and para.startswith((issuer, "The " + issuer)):
            return False
        if speaker.name and speaker.kind == "person":
            key = surname(speaker.name)
            if key and re.search(rf"\b{re.escape(key)}\b", para.lower()):
                return False
        if _THIRD_PERSON_SPEECH.search(para):
            return False
        if _FIRST_PERSON.search(para):
            return True
        if units == 0:
            return True
        first_end = _sentence_end(para, 0, len(para))
        finite = _FINITE.search(para, 0, first_end)
        if _DIGIT.search(para):
            # Figures with no 'we' or 'our' after the speaker's words are the release's
            # own background ('Bus use has fallen by 38% since 2010 …'), unless the
            # paragraph opens on a pledge in the speaker's voice ('The State will not …').
            return (
                finite is not None
                and finite.group() in ("will", "shall")
                and not _DIGIT.search(para, 0, first_end)
            )
        if finite is None:
            return True
        return finite.group() not in _PAST and not finite.group().endswith("ed")

    # -- marked quotations -------------------------------------------------------------
    def _read_marks(
        self, p: Paragraph, nxt: Paragraph | None, block: tuple[Mention, str] | None, previous_had_quote: bool
    ) -> None:
        text = self.text
        self.partials = []
        spans = pair_marks(text, p.start, p.end)
        self.paired = {at for sp in spans if sp.close is not None for at in (sp.open, sp.close)}
        if not spans:
            return
        # A nickname inside a name is no quotation, and the attribution runs past it.
        spans = [sp for sp in spans if not is_nickname(text, sp)]
        # Where the paragraph's first printed character is: no prefix copy per quote.
        first_word = p.start
        while first_word < p.end and text[first_word].isspace():
            first_word += 1
        kept: list[tuple[MarkedSpan, int, int, bool]] = []
        for span in spans:
            q_start = span.open + 1
            if span.close is None:
                runs_on = nxt is not None and opens_paragraph(text, nxt.start, nxt.end)
                at_start = span.open == p.start
                if not (span.double and (runs_on or at_start)) and not (runs_on and at_start):
                    continue
                s, e = _trim(text, q_start, p.end)
                kept.append((span, s, e, runs_on))
            else:
                s, e = _trim(text, q_start, span.close)
                kept.append((span, s, e, False))
        previous_mention: Mention | None = None
        previous_cue: str | None = None
        for i, (span, s, e, runs_on) in enumerate(kept):
            if e <= s:
                continue
            prev_close = kept[i - 1][0].close if i > 0 else None
            gap_start = prev_close + 1 if prev_close is not None else p.start
            gap_end = kept[i + 1][0].open if i + 1 < len(kept) else p.end
            found: tuple[Mention, str] | None = None
            if span.close is not None:
                after = _after_attribution(text, span.close + 1, gap_end)
                if (
                    after is None
                    and nxt is not None
                    and not text[span.close + 1 : p.end].strip()
                    and text[nxt.start] in "-–—"
                ):
                    # A trailer printed as a paragraph of its own: '"…"' / '— Jane Doe, CEO'.
                    after = _after_attribution(text, nxt.start, nxt.end)
                if after is not None:
                    found = (after[0], after[1])
            if found is None:
                found = _before_attribution(text, gap_start, span.open, self.registry)
            attributed = found is not None
            if found is None:
                subject = _sentence_subject(text, gap_start, span.open)
                if subject is not None:
                    found = subject[0], subject[1]
                    attributed = subject[2]
            if _is_term(text, s, e, span, attributed):
                if _may_be_partial(text, s, e, span):
                    self.partials.append((s, e))
                continue
            inherit = False
            mention: Mention | None = None
            cue: str | None = None
            if found is not None:
                mention, cue = found
            elif previous_mention is not None:
                mention, cue = previous_mention, previous_cue
            elif block is not None:
                mention, cue = block
            elif span.open <= first_word and previous_had_quote:
                inherit = True
            leading = span.open <= first_word
            self.drafts.append(
                _Draft(
                    s,
                    e,
                    "direct",
                    mention,
                    cue,
                    inherit=inherit,
                    borrow=runs_on,
                    leading=leading,
                )
            )
            if mention is not None:
                previous_mention, previous_cue = mention, cue

    # -- indirect speech ---------------------------------------------------------------
    def _read_indirect(self, p: Paragraph, first_draft: int) -> None:
        text = self.text
        # Most paragraphs hold no reporting verb at all: one scan of the paragraph
        # spares them the sentence split.  No match can span a sentence end, so a
        # sentence holds a match exactly when one of these starts inside it.
        hits = [p.start + m.start() for m in _ANY_REPORT.finditer(text[p.start : p.end])]
        if not hits:
            return
        taken = [(d.start, d.end) for d in self.drafts[first_draft:]]
        taken.sort()
        k = 0
        h = 0
        for first, e in _iter_sentences(text, p.start, p.end):
            s = first
            lead = s < self.dateline_end < e
            if lead:
                # 'FRANKFURT (Wire) - Acme said …': the dateline is no part of the subject
                s = self.dateline_end
                while s < e and text[s].isspace():
                    s += 1
            while k < len(taken) and taken[k][1] <= s:
                k += 1
            while h < len(hits) and hits[h] < s:
                h += 1
            if h == len(hits):
                break  # no reporting verb further on: the rest is not split
            if hits[h] >= e:
                continue
            inside = [t for t in taken[k : k + 8] if t[0] < e]
            sentence = text[s:e]
            found = _indirect(sentence)
            if found is None:
                continue
            rel_start, rel_end, mention, cue = found
            if lead and mention.kind == "org" and not self.registry.issuer and mention.name:
                # A wire story's lead names the organization it is about: 'the company'
                # later in the text is that one, as in a release it is the issuer.
                self.registry.issuer = mention.name
            if rel_start == 0:
                lead = _DATELINE_LEAD.match(sentence)
                if lead is not None:
                    rel_start = lead.end()
                if s < self.dateline_end < e:
                    rel_start = max(rel_start, self.dateline_end - s)
            qs, qe = _trim(text, s + rel_start, s + rel_end)
            while qe > qs and text[qe - 1] in _CLAUSE_END:
                qe -= 1
            if _words(text[qs:qe]) < 3 or text[qs] in _QUOTE_CHARS or _INTRODUCED.search(text, qs, qe):
                continue  # a quotation with its attribution, not reported speech
            # Quoted words inside the reported clause are a partial quote of the same
            # source ('said the cuts were "long overdue"'); quoted words in the
            # attribution mean the sentence is a direct quote, not reported speech.
            if any(a < qs - 1 or b > qe + 1 for a, b in inside) and not (
                all(b <= qs for _, b in inside)
                and _COORDINATED.search(text, max(b for _, b in inside), qs) is not None
            ):
                # ('Acme called the plan "…" and said that …' reports a clause after its quote)
                continue
            # A stray mark leaves the sentence unread; paired marks outside the clause are
            # a title or a term in the attribution (direct quotes there are in ``inside``).
            if any(m.start() not in self.paired for m in _QUOTE_MARK_RE.finditer(text, s, e)):
                continue
            if mention.kind == "pronoun" and mention.name == "it" and not self._knows_an_org():
                # 'Acme Inc will cut 900 jobs, it said': the organization the clause names.
                org = _ORG_NAME.search(text, qs, min(qe, qs + 300))
                if org is not None:
                    mention = Mention("org", name=org.group().rstrip("."))
            # 'X said that A and invited B': the speaker's own next act ends the clause.
            act = _SPEAKER_ACT.search(text, qs, qe)
            if act is not None and _words(text[qs : act.start()]) >= 3:
                qe = _trim(text, qs, act.start())[1]
            clause_end = qe
            second = _AND_THAT.search(text, qs, qe)
            if (
                second is not None
                and _words(text[qs : second.start()]) >= 3
                and _QUOTE_MARK_RE.search(text, second.end(), qe) is not None
                and not any(a < second.start() for a, _ in inside)
            ):
                qe = _trim(text, qs, second.start())[1]
            again = _AND_REPORTED.search(text, qs, qe)
            if again is not None and _words(text[qs : again.start()]) >= 3 and not inside:
                second_start, second_end = _trim(text, again.end(), qe)
                qe = _trim(text, qs, again.start())[1]
                if _words(text[second_start:second_end]) >= 3:
                    self.drafts.append(_Draft(second_start, second_end, "indirect", mention, cue))
            # '…, adding that CLAUSE': a second reported clause of the same source.
            adding = _ADDING_THAT.search(text, qs, e)
            if adding is not None:
                if adding.start() < qe:
                    qe = _trim(text, qs, adding.start())[1]
                added_start, added_end = _trim(text, adding.end(), e)
                while added_end > added_start and text[added_end - 1] in _CLAUSE_END:
                    added_end -= 1
                if _words(text[added_start:added_end]) >= 3:
                    self.drafts.append(_Draft(added_start, added_end, "indirect", mention, "adding"))
            self.drafts.append(_Draft(qs, qe, "indirect", mention, cue))
            self._adopt_partials(qs, max(qe, clause_end), mention, cue, first_draft)

    def _pronouns_to_opener(self, p: Paragraph, first_draft: int) -> None:
        """'Roe rejected that view. Asked …, she said …': 'she' is the paragraph's opening
        subject, not the person quoted last."""
        if first_draft == len(self.drafts):
            return
        pronouns = [
            i
            for i in range(first_draft, len(self.drafts))
            if (m := self.drafts[i].mention) is not None and m.kind == "pronoun" and m.name in ("he", "she")
        ]
        if not pronouns:
            return
        text = self.text
        first_end = _sentence_end(text, p.start, p.end)
        opener = _OPENING_SUBJECT.match(text, p.start, first_end)
        if opener is None:
            return
        mention = parse_mention(opener.group("who"))
        if mention is None or mention.kind not in ("person", "ref"):
            return
        if mention.kind == "ref" and not wordset((mention.name or "").lower()) & TITLE_WORDS:
            return
        for i in pronouns:
            if self.drafts[i].start >= first_end:
                self.drafts[i] = attrs.evolve(self.drafts[i], mention=mention)

    def _knows_an_org(self) -> bool:
        return bool(self.registry.issuer or self.registry.org_speakers)

    def _read_headline(self, p: Paragraph) -> None:
        """'Acme to cut 900 jobs, minister says' / '… - CEO': the headline reports speech."""
        text = self.text
        s, e = _trim(text, p.start, min(p.end, p.start + 300))
        m = _HEADLINE_SAYS.fullmatch(text, s, e)
        if m is None:
            return
        who = m.group("who") or m.group("who2") or ""
        mention = parse_mention(who)
        if mention is None and wordset(who.lower()) & TITLE_WORDS:
            mention = Mention("ref", name=who)  # 'energy minister says': a person by title
        if mention is None or mention.kind == "pronoun":
            return
        if m.group("dash") and mention.kind != "ref":
            return  # 'Plan agreed - Jane Roe' signs a headline; '… - CEO' reports speech
        qs, qe = _trim(text, m.start("clause"), m.end("clause"))
        if _words(text[qs:qe]) >= 3 and not _QUOTE_MARK_RE.search(text, qs, qe):
            self.drafts.append(_Draft(qs, qe, "indirect", mention, m.group("verb") or m.group("dash")))

    def _adopt_partials(self, qs: int, qe: int, mention: Mention, cue: str, first_draft: int) -> None:
        """Give the quotations inside a reported clause the clause's source."""
        for i in range(first_draft, len(self.drafts)):
            d = self.drafts[i]
            if d.kind == "direct" and qs <= d.start and d.end <= qe + 1 and d.mention is None:
                self.drafts[i] = attrs.evolve(d, mention=mention, cue=cue, inherit=False)
        for a, b in self.partials:
            if qs <= a and b <= qe + 1:
                self.drafts.append(_Draft(a, b, "direct", mention, cue))


_OBJECT_VERBS: Final = wordset("told tells informed informs assured assures reminded reminds warned warns")
_ADVERBIAL_WORDS: Final = wordset(
    "in on at during after before last this today yesterday earlier later also again further repeatedly "
    "monday tuesday wednesday thursday friday saturday sunday "
    "previously recently publicly once then"
)


def _that_link_ok(verb: str, link: str) -> bool:
    """What stands between a reporting verb and 'that': nothing, an adverbial ('said in a
    statement that'), or for 'told'/'informed' an object ('told reporters that')."""
    words = link.replace(",", " ").split()[:-1]  # the last word is 'that'
    if not words or verb in _OBJECT_VERBS:
        return True
    return words[0].lower() in _ADVERBIAL_WORDS


def _clause_follows(sentence: str, at: int, verb: str = "", *, aside_ok: bool = True) -> bool:
    """Whether a clause with its own finite verb follows a reporting verb at ``at``."""
    m = _CLAUSE_AFTER.match(sentence, at)
    if m is None and verb in ("said", "says"):
        m = _LOOSE_CLAUSE_AFTER.match(sentence, at)
    if m is None:
        # 'said the jet, which seats 180, makes the route pay': the clause's subject
        # may carry a relative clause between commas; its verb follows the aside.
        aside = _SUBJECT_ASIDE.match(sentence, at) if aside_ok else None
        if aside is not None:  # one aside only: 'which …, which …' chains stay linear
            rest = sentence[: aside.start("aside")] + sentence[aside.end() :]
            return _clause_follows(rest, at, verb, aside_ok=False)
        return False
    return not _RELATIVE.search(sentence, at, m.end())


# The subject of a reported clause (at most five words), then ', which …,'.
_SUBJECT_ASIDE: Final = re.compile(r"(?:\s+[\w’'$%-]+){1,5}?(?P<aside>,\s+(?:which|who)\s[^,;:.!?]{1,100}),")


def _source_ok(who: str) -> Mention | None:
    words = who.split()
    if not words or len(words) > 14:
        return None
    if words[-1].lower().strip(".,") in _NOT_A_SOURCE:
        return None
    # 'a national survey conducted in May', 'figures from the statistics office': the
    # head noun, before what qualifies it, is a document, not a speaker.
    if words[0].lower() in _DETERMINERS:
        for word in words[1:6]:
            low = word.lower().strip(".,")
            if low in _SOURCE_QUALIFIERS:
                break
            if low in _NOT_A_SOURCE:
                return None
    return parse_mention(who)


def _indirect(sentence: str) -> tuple[int, int, Mention, str] | None:
    """The reported clause of one sentence, with its source and cue, if it reports speech."""
    end = len(sentence)
    m = _AS_LEAD.match(sentence)
    # 'As X, Role, noted, ...': the name comes first ('As the firm grows, X said ...' is no lead).
    if m and parse_mention(m.group("who").split(",")[0]) is not None:
        mention = _source_ok(m.group("who"))
        if mention is not None:
            return m.end(), end, mention, m.group("verb")
    m = _ACCORDING_LEAD.match(sentence)
    if m:
        source, opens_at = m.group("who"), m.end()
        # 'According to Jane Roe, chair of the board, CLAUSE': the title is no part of the clause.
        appositive = _APPOSITIVE.match(sentence, opens_at)
        if (
            appositive is not None
            and parse_mention(source) is not None
            and clean_role(appositive.group("role")) is not None
            and not _FINITE.search(appositive.group("role"))
        ):
            source, opens_at = f"{source}, {appositive.group('role')}", appositive.end()
        mention = _source_ok(source)
        if mention is not None:
            return opens_at, end, mention, "according to"
    # The subject of a reporting verb is short: look for the verb near the start only.
    for verb in _REPORTING_RE.finditer(sentence, 0, min(end, 300)):
        who = sentence[: verb.start()].strip()
        if not who or _words(who) > 25:
            continue
        that = _THAT_AFTER.match(sentence, verb.end()) if sentence.find("that", verb.end()) >= 0 else None
        if that is not None and not _that_link_ok(verb.group(), sentence[verb.end() : that.end()]):
            that = None
        clause_at: int | None = None
        if that is not None:
            clause_at = that.end()
        elif verb.group() in ("told", "tells") and (audience := _TOLD_AUDIENCE.match(sentence, verb.end())):
            # 'told reporters on Monday the plant would close': the audience, then the clause
            adverbial = _VERB_ADVERBIAL.match(sentence, audience.end())
            at = adverbial.end() if adverbial else audience.end()
            if not _PREPOSITION.match(sentence, at) and (
                _PRONOUN_CLAUSE.match(sentence, at) or _clause_follows(sentence, at, "said")
            ):
                clause_at = at
        elif verb.group() in _BARE_CLAUSE_VERBS:
            # 'said on Tuesday it will …', 'said in a statement the plant …'
            adverbial = _VERB_ADVERBIAL.match(sentence, verb.end())
            at = adverbial.end() if adverbial else verb.end()
            if _PRONOUN_CLAUSE.match(sentence, at) or (
                verb.group() in _NOUN_CLAUSE_VERBS and _clause_follows(sentence, at, verb.group())
            ):
                clause_at = at
        if clause_at is None:
            continue
        if _RELATIVE_INSIDE.search(who):
            # 'Acme, which runs two mines in Western Australia, has said …': the subject is
            # before the relative clause, not the place at its end.
            who = _AUXILIARY_END.sub("", who)
            mention = _source_ok(_strip_tail(who)) or _source_ok(_subject(who))
        else:
            mention = _source_ok(_subject(who)) or _source_ok(_strip_tail(who))
        if mention is None and who.endswith((" and", " and also")):
            # 'Roe underlined the value of … and said …': the subject opens the sentence.
            words = who.split()
            verb_at = _subject_end(words)
            if verb_at is not None:
                mention = _source_ok(" ".join(words[:verb_at]))
        if mention is None and "," in who:
            # 'Asked whether …, he said …': the subject follows the last comma.
            mention = _source_ok(_subject(who.rsplit(",", 1)[1]))
        if mention is None and who.endswith(","):
            # 'Jane Roe, a long title of many words, said …': a named person with a
            # closed appositive is a source however long the title.
            first = parse_mention(who.split(",", 1)[0])
            if first is not None and first.kind == "person" and len(who.split()) <= 25:
                named = parse_mention(who)
                if named is not None and named.name == first.name:
                    mention = named
        if mention is not None:
            return clause_at, end, mention, verb.group()
        break
    tail_from = max(0, end - 300)
    m = _ACCORDING_TAIL.search(sentence, tail_from)
    if m:
        mention = _source_ok(m.group("who"))
        if mention is not None:
            return 0, m.start(), mention, "according to"
    m = _SAID_TAIL.search(sentence, tail_from)
    if m and m.start() > 0 and _words(sentence[: m.start()]) >= 4:
        who = m.group("who1") or m.group("who2") or ""
        verb_text = m.group("verb1") or m.group("verb2") or "said"
        mention = _source_ok(_strip_tail(who))
        if mention is not None and (mention.kind != "org" or _words(mention.name or "") <= 6):
            return 0, m.start(), mention, verb_text
    return None


def _subject(who: str) -> str:
    """The subject of a reporting verb: the last comma chunk that can name someone."""
    who = who.strip()
    if who.lower().startswith(("and ", "but ", "also ")):
        who = who.split(" ", 1)[1]
    return who


def _guess_issuer(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The organization whose release this is: 'Acme today announced ...'."""
    for p in paragraphs[:6]:
        m = _ISSUER_LEAD.search(text, p.start, min(p.end, p.start + 600))
        if m:
            return m.group("org").strip()
    return None


def _resolve(registry: Registry, mention: Mention | None, position: int, end: int) -> Speaker | None:
    """The speaker a mention refers to, as most fully printed, with the role printed."""
    if mention is None or mention.kind == "anonymous":
        return None
    if mention.kind == "pronoun":
        if mention.name == "it":
            # The organization quoted last, else the issuer; no guess beyond that.
            org = registry.org_speakers[-1] if registry.org_speakers else registry.issuer
            return Speaker(_drop_article(registry.alias(org) or org), None) if org else None
        if mention.name not in ("he", "she"):
            return None
        name = registry.last_person(position)
        if name is None:
            return None
        person = registry.person(name)
        return Speaker(name, person.fullest_role if person else None)
    if mention.kind == "ref":
        phrase = mention.name or ""
        words = {w.strip(".,’'s").lower() for w in phrase.split()}
        if words & TITLE_WORDS:
            person = registry.by_title(phrase, position)
            if person is None:
                return None
            registry.note_speaker(person.name, end)
            return Speaker(person.name, person.fullest_role)
        if words & ORG_WORDS:
            # 'the ministry said' after 'the Ministry of Energy said': that organization;
            # else the issuer; else the organization quoted last; else as printed.
            named = registry.org_named(words & ORG_WORDS)
            if named is not None:
                return Speaker(named, mention.role)
            # 'the Alliance' (capitalized) after 'the Critical Drugs Alliance': that one,
            # unless the issuer's own name ends on the same word.
            head = phrase.split()[-1] if phrase.split() else ""
            issuer_head = (registry.issuer or "").split()[-1:] or [""]
            if head[:1].isupper() and head != issuer_head[0]:
                full = registry.named_org(head.lower().strip(".,"), position)
                if full is not None:
                    registry.note_org(full)
                    return Speaker(full, mention.role)
            if _other_org(phrase, head, registry.issuer):
                # 'the Portvale club said': a club other than the issuer, named as printed
                registry.note_org(phrase)
                return Speaker(phrase, mention.role)
            if not registry.issuer and registry.org_speakers:
                return Speaker(registry.org_speakers[-1], mention.role)
            if registry.issuer:
                issuer = registry.issuer
                return Speaker(_drop_article(registry.alias(issuer) or issuer), None)
            last = registry.last_org
            if last is not None and words & {w.lower() for w in last.split()}:
                return Speaker(last, None)
            registry.last_org = _drop_article(phrase)
            return Speaker(registry.last_org, None)
        return None
    name = mention.name or ""
    if mention.kind == "org":
        long = registry.alias(name) or registry.alias(name.split()[0]) if name else None
        full = _drop_article(long or name)
        if not full:
            return None
        registry.note_org(full)
        return Speaker(full, mention.role)
    person = registry.person(name)
    if person is None:
        if len(name.split()) < 2 and mention.role is None:
            long = registry.alias(name)
            return Speaker(long or name, None)
        person = registry.add_person(name, mention.role, position)
    role = mention.role
    if role is None:
        role = person.fullest_role
    else:
        key = " ".join(role.lower().split())
        for known in sorted(person.roles, key=len, reverse=True):
            if key in " ".join(known.lower().split()) and len(known) > len(role):
                role = known  # the fullest printed form of that title
                break
        registry.add_person(name, mention.role, position)
    full = person.name if len(person.name) >= len(name) else name
    # Noted at the quote's end, so names printed inside the quote do not outrank it.
    registry.note_speaker(full, end)
    return Speaker(full, role)


def _other_org(phrase: str, head: str, issuer: str | None) -> bool:
    """Whether 'Portvale club' (a capitalized name before a lower-case head word) is an
    organization other than the issuer: not a generic head ('the Ohio company' is the issuer), not
    a nationality ('the German carmaker'), not a word of the issuer's name."""
    words = phrase.split()
    if not issuer or len(words) < 2 or not head.islower() or head in GENERIC_HEADS:
        return False
    # Only where the issuer is plainly another kind of body ('the … Association' for a
    # club); 'the Championship club' in a release of 'Kirkstall Rovers' is the issuer.
    issuer_head = issuer.split()[-1].lower().strip(".,")
    if issuer_head not in ORG_WORDS or issuer_head == head:
        return False
    names = words[:-1]
    if not all(w[:1].isupper() and w.isalpha() for w in names):
        return False
    if any(w.endswith(("an", "ese", "ish", "ch", "i", "ss")) for w in names):
        return False  # 'the Canadian club', 'the Dutch union', 'the Swiss bank'
    return not set(names) & set((issuer or "").split())


def _drop_article(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def find_quotes(view: TextView, paragraphs: tuple[Paragraph, ...], header: Header) -> tuple[Quote, ...]:
    """Every direct and indirect quote, in source order, with its speaker and cue."""
    reader = _Reader(view, paragraphs, header)
    drafts = reader.read()
    registry = reader.registry
    speakers: list[Speaker | None] = []
    cues: list[str | None] = []
    for i, draft in enumerate(drafts):
        mention, cue = draft.mention, draft.cue
        if mention is None and draft.borrow and i + 1 < len(drafts) and drafts[i + 1].mention is not None:
            mention, cue = drafts[i + 1].mention, drafts[i + 1].cue
        if mention is None and draft.inherit and speakers and speakers[-1] is not None:
            speakers.append(speakers[-1])
            cues.append(cues[-1])
            continue
        speakers.append(_resolve(registry, mention, draft.start, draft.end))
        cues.append(cue)
    quotes: list[Quote] = []
    for draft, speaker, cue in zip(drafts, speakers, cues, strict=True):
        # No one says it: a slogan, a motto or a title, unless it stands as a paragraph
        # of its own (then it is a quote whose speaker is not printed).
        # An unnamed source ('one of the people said') still makes the words a quote.
        anonymous = draft.mention is not None and draft.mention.kind == "anonymous"
        unspoken = speaker is None and draft.kind == "direct" and not anonymous
        if unspoken and (not draft.leading or _words(view.text[draft.start : draft.end]) < 5):
            continue
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                text=view.source[draft.start : draft.end],
                start=draft.start,
                end=draft.end,
                kind=draft.kind,
                speaker=speaker,
                cue=cue,
            )
        )
    return tuple(quotes)
