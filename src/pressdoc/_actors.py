"""Actors: find the grammatical subject before a trigger and decide whether it acts.

A commitment needs an agent: a person, organization, government, group or body of
people.  The test is general rather than fitted to sentences:

* pronouns that stand for people (we, I, they, he, she) and relative who/whom act;
* a noun phrase acts when its head is a capitalized name that is not a thing word
  ("Acme", "Norvale Energy", "the Juvenile Mediation Court"), a title ("President"), or a
  common noun from the lexicon of people and bodies of people (company, government,
  board, parties, students, officials, …);
* a head from the stop-list of things, events, money, efforts and documents never
  acts ("The acquisition will bring …", "This year's festival will offer …").

Words are matched on a bounded window before the trigger, token by token.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator, Sequence
from typing import Final, NamedTuple


def word_set(words: str) -> frozenset[str]:
    """The white-space separated words of a lexicon written as one string."""
    return frozenset(words.split())


# Tokens: words (with inner apostrophes, periods, hyphens, ampersands) or one mark.
TOKEN: Final = re.compile(r"(?:[A-Za-z]\.){2,}(?:[\w’'&-]*[\w])?|[\w][\w’'.&-]*[\w]|[\w]|[^\w\s]")

PERSON_PRONOUNS: Final = frozenset({"we", "i", "they", "he", "she"})
RELATIVE_PERSON: Final = frozenset({"who", "whom"})
RELATIVE_THING: Final = frozenset({"that", "which"})
POSSESSIVES: Final = frozenset({"our", "their", "its", "his", "her", "my", "your"})
DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "these", "those", "all", "both", "each", "every", "any", "some"} | POSSESSIVES
)
NAME_ABBREVIATIONS: Final = frozenset(
    {"corp", "inc", "co", "ltd", "jr", "sr", "bros", "st", "mr", "mrs", "ms", "dr"}
)
QUANTIFIERS: Final = frozenset(
    {
        "many",
        "some",
        "all",
        "each",
        "both",
        "most",
        "several",
        "none",
        "one",
        "two",
        "three",
        "few",
        "majority",
    }
)
# Adverbs that may stand between a subject and its trigger ("we also plan to").
ADVERBS: Final = frozenset(
    {
        # An emphatic reflexive stands where an adverb does ("Acme itself will …").
        "itself",
        "themselves",
        "himself",
        "herself",
        "ourselves",
        "also",
        "further",
        "therefore",
        "thus",
        "now",
        "still",
        "then",
        "jointly",
        "together",
        "already",
        "today",
        "again",
        "hereby",
        "collectively",
        "firmly",
        "fully",
        "strongly",
        "formally",
        "officially",
        "publicly",
        "unanimously",
        "recently",
        "previously",
        "currently",
        "similarly",
        "likewise",
        "additionally",
        "meanwhile",
        "each",
        "both",
        "all",
        "always",
        "never",
        "not",
        "indeed",
        "ultimately",
        "eventually",
        "soon",
        "initially",
        "first",
        "immediately",
    }
)
# Words that end a subject noun phrase when read leftwards from the trigger.
BREAK_WORDS: Final = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "must",
        "shall",
        "said",
        "says",
        "say",
        "announced",
        "announces",
        "announce",
        "noted",
        "notes",
        "added",
        "adds",
        "stated",
        "states",
        "stressed",
        "emphasized",
        "explained",
        "confirmed",
        "believes",
        "believe",
        "believed",
        "think",
        "thinks",
        "hope",
        "hopes",
        "know",
        "knows",
        "reported",
        "reports",
        "told",
        "wrote",
        "writes",
        "recognize",
        "recognizes",
        "agree",
        "agreed",
        "ensure",
        "ensures",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "whereas",
        "as",
        "because",
        "if",
        "unless",
        "so",
        "but",
        "or",
        "nor",
        "than",
        "then",
        "although",
        "though",
        "since",
        "until",
        "after",
        "before",
        "once",
        "whether",
        "to",
        "with",
        "by",
        "in",
        "on",
        "at",
        "from",
        "into",
        "through",
        "about",
        "under",
        "over",
        "between",
        "against",
        "during",
        "without",
        "within",
        "across",
        "via",
        "per",
        "upon",
        "toward",
        "towards",
        "like",
        "including",
        "among",
        "amongst",
        "beyond",
        "despite",
        "following",
        "regarding",
        "why",
        "how",
        "what",
        "here",
        "there",
        "not",
        "also",
        "today",
        "yesterday",
        "now",
        "thereby",
    }
)
# Break words that are content verbs: capitalized, they are part of a name ("United States").
CONTENT_BREAKS: Final = word_set(
    """
    said says say announced announces announce noted notes added adds stated states stressed emphasized
    explained confirmed believes believe believed think thinks hope hopes know knows reported reports told
    wrote writes recognize recognizes agree agreed ensure ensures like following
    """
)
# Nouns (singular, lowercase) that name people or bodies of people.
AGENT_NOUNS: Final = word_set(
    """
    company corporation firm business group organization organisation organiser organizer government
    administration authority agency ministry department office board council committee commission
    parliament congress senate assembly legislature court tribunal bureau unit division team taskforce
    force party side country nation state city county municipality region province republic kingdom
    union alliance coalition federation association society foundation institute institution university
    college school academy hospital clinic bank partner member leader president minister premier
    chancellor governor mayor senator secretary chair chairman chairwoman chairperson ceo cfo coo cto
    director manager officer executive founder cofounder co-founder owner operator investor buyer seller
    acquirer lender provider supplier manufacturer maker producer developer contractor distributor
    retailer vendor employer employee worker staff personnel student teacher educator researcher
    scientist engineer doctor physician nurse surgeon pharmacist official representative delegate
    delegation envoy ambassador diplomat spokesperson spokesman spokeswoman prosecutor attorney lawyer
    judge police military army navy troop signatory ally sponsor donor volunteer participant applicant
    resident citizen people community family parent customer client user shareholder stockholder
    regulator legislator lawmaker policymaker king queen prince leadership management issuer host
    publisher insurer utility brand subsidiary affiliate startup carrier airline club league panel
    jury faculty cabinet secretariat embassy consortium cooperative charity nonprofit ngo agencies
    administrator commissioner superintendent principal dean provost sheriff general admiral commander
    crew squad band recipient grantee winner candidate expert specialist advocate activist consultant
    adviser advisor analyst trustee director-general head chief everybody museum library church parish
    diocese tribe chamber guild syndicate plaintiff defendant couple duo trio guard owner-operator
    automaker carmaker drugmaker chipmaker shipbuilder broker dealer bidder sender buyer-group
    district detective inspector firefighter caucus
    town township village borough hamlet emirate principality territory commonwealth
    farmer grower rancher fisher landlord tenant householder household homeowner neighbour neighbor
    villager local consumer patient fan supporter miner dockworker builder exporter
    importer trader merchant wholesaler shopkeeper entrepreneur soldier sailor paramedic
    responder ranger staffer councillor councilor alderman ombudsman watchdog observer auditor
    inspectorate directorate commissioner congregation enterprise co-op conglomerate multinational
    consortia bureaus bureaux insurer underwriter reinsurer grocer gendarmerie coastguard
    electorate constituency membership workforce elder holder
    supervisor foreman forewoman warden marshal deputy trooper dispatcher caseworker registrar steward
    collaborative
    """
)
# Stages of a plan named by a number ("Phase Two", "Stage 2", "Round II"): things.
STAGE_NOUNS: Final = word_set("phase stage step round tranche wave part chapter section lot")
NUMBER_NAMES: Final = word_set("one two three four five six seven eight nine ten i ii iii iv v vi")
_ROMAN: Final = re.compile(r"[ivx]{1,4}")
# Two-word heads whose last word alone names a thing ("the fire service will …").
AGENT_COMPOUNDS: Final = frozenset(
    {
        ("fire", "service"),
        ("ambulance", "service"),
        ("police", "service"),
        ("rescue", "service"),
        ("civil", "service"),
        ("coast", "guard"),
        ("task", "force"),
        ("fire", "department"),
        ("school", "board"),
        ("joint", "venture"),
    }
)
# Nouns in -ing that modify a head as a noun does ("mining permit holders",
# "the housing authority"), not verbs that end the subject.
ING_NOUNS: Final = word_set(
    """
    marketing manufacturing banking housing mining shipping engineering nursing processing operating
    trading lending broadcasting publishing accounting consulting farming fishing logging teaching
    recruiting planning licensing building training funding
    """
)
# Common nouns that name an organization when they stand for one printed before ("the
# Marlow Valley Fund … the fund intends to …"); alone they may name a thing.
ANAPHOR_HEADS: Final = word_set("fund network trust exchange port venture")
# Agentive endings of people nouns ("trainees", "fishermen", "townspeople", "entrepreneurs").
AGENT_SUFFIXES: Final = ("ee", "men", "man", "woman", "people", "person", "folk", "eur")
# Words with those endings that name things.
AGENT_SUFFIX_EXCEPTIONS: Final = word_set(
    """
    coffee toffee degree decree guarantee pedigree jamboree jubilee settee marquee filigree matinee
    dungaree chimpanzee frisbee apogee perigee levee spree agree specimen regimen abdomen acumen
    semen ramen stamen ottoman caiman liqueur grandeur
    """
)
# Heads that never act: things, events, money, efforts, documents, places.
NON_AGENT_NOUNS: Final = word_set(
    """
    acquisition transaction deal merger partnership agreement investment funding proceeds money capital
    grant campaign effort initiative program programme project plan strategy framework facility plant
    event convention conference summit meeting ceremony forum festival week day year month edition
    release product platform system technology software service solution tool process policy law act
    bill rule regulation legislation offence offense reform measure change proposal letter report
    statement document compact accord treaty declaration market economy growth price revenue sales
    earnings income profit result activity laboratory lab building webcast call session offering
    combination expansion launch opening construction work collaboration cooperation relationship model
    approach award prize index fact salary option share stock value rate demand supply cost fee tax
    budget donation contribution loan bond debt asset portfolio site location store route line station
    road bridge tower park campus network app application device vehicle engine feature version update
    upgrade data information study survey research analysis review pilot trial test game match season
    tour exhibition show film series book issue problem crisis risk threat challenge opportunity need
    action move step decision goal target objective mission vision ambition commitment promise pledge
    future world region-wide it this these those there everything something nothing transition
    infrastructure capacity energy power fuel gas water health safety security economy-wide milestone
    contract order sale purchase closing listing offering spin-off spinoff combination integration
    million billion trillion thousand percent nobody no-one noone anybody
    """
)
# Capitalized heads that name things, not bodies ("the Bright Start Grant", "the Paris
# Agreement"); other capitalized heads may end a company name ("Norvale Energy").
NAMED_THING_HEADS: Final = word_set(
    """
    grant program programme act plan project initiative convention summit conference forum festival week
    day award awards prize index report agreement compact accord treaty declaration campaign platform app
    engine laboratory lab building tower park bridge road station strategy framework facility plant series
    tour show film book release edition bill law rule regulation model approach policy charter protocol
    standard guidelines goals agenda roadmap deal merger acquisition transaction investment offering
    partnership dialogue million billion trillion thousand
    """
)
TITLES: Final = word_set(
    """
    president minister ceo chairman chairwoman chair governor mayor secretary director chief head
    commissioner ambassador premier chancellor king queen pope senator representative congressman
    congresswoman judge justice attorney sheriff general admiral commander officer spokesperson founder
    leader dean provost principal superintendent prime
    """
)
# Verbs that make a clause a report of a belief, not a commitment ("I am sure this will …").
BELIEF_CUES: Final = frozenset(
    {
        "sure",
        "confident",
        "convinced",
        "certain",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "hope",
        "hopes",
        "hoped",
        "trust",
        "expect",
        "expects",
        "anticipate",
        "anticipates",
        "predict",
        "predicts",
        "optimistic",
        "likely",
        "possible",
        "doubt",
        "suspect",
        "assume",
        "estimate",
        "estimates",
        "feel",
        "feels",
        "projections",
        "forecast",
        "forecasts",
    }
)


class Subject(NamedTuple):
    """A subject found before a trigger: its span in the view and what kind it is.

    ``kind`` is ``"np"`` for a noun phrase or pronoun, ``"relative"`` for who/whom,
    ``"antecedent"`` for the noun phrase a that/which clause hangs on,
    ``"coordinated"`` when the trigger continues an earlier clause ("… and will …"),
    ``"restrictive"`` for a phrase with a restrictive relative clause that opens the
    sentence ("Clinics that have signed the charter must …"; ``actor_span`` its head),
    and ``"none"`` when no subject is printed.
    """

    start: int
    end: int
    kind: str
    # Where the actor is printed when it is not the phrase opening the clause: the
    # name in "Its regional ally, the Tana River Guild, will …".
    actor_span: tuple[int, int] | None = None


class Token(NamedTuple):
    """A word or mark of the view with its span (a tuple: thousands are made per release)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """The word in lower case."""
        return self.text.lower()


_new_tuple: Final = tuple.__new__


def tokens_between(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``."""
    # tuple.__new__ skips the NamedTuple constructor written in Python: this runs for
    # every trigger, and halves the cost of tokenizing its window.
    return [_new_tuple(Token, (m.group(), *m.span())) for m in TOKEN.finditer(text, start, end)]


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’")) or word.lower() in POSSESSIVES


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip("'’")


def singular(word: str) -> str:
    """A rough singular of a lowercase English noun (enough for lexicon look-ups)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _counts_or_determines(word: str) -> bool:
    """Whether ``word`` makes the next word a noun ("the two states", "its reports")."""
    return word in DETERMINERS or word.isdigit() or word in QUANTIFIERS or word in ("two", "three", "four")


def _after_determiner(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """Whether a determiner stands one or two words before ``tokens[index]``.

    A participle is an adjective only then ("all concerned parties", "the new
    specialized court"); otherwise it is a verb and ends the subject phrase.
    """
    for j in (index - 1, index - 2):
        if j < limit:
            return False
        word = tokens[j]
        if word.lower in DETERMINERS or _possessive(word.text):
            return True
        if word.lower in ("and", "&") and j > limit and tokens[j - 1].text[0].isupper():
            return True  # "the Administration and leading insurers"
        if is_break(word) or not word.text[0].isalnum():
            return False
    return False


def noun_phrase_before(tokens: Sequence[Token], end_index: int) -> int:
    """Index of the first token of the noun phrase that ends at ``tokens[end_index - 1]``.

    Reads leftwards and stops at punctuation, verbs, conjunctions and prepositions;
    "of", "for", "and", "&" stay inside a phrase between names ("The ministers of
    Chile and Peru", "Institute for Rural Health").  Returns ``end_index`` when
    there is no phrase.
    """
    i = end_index
    limit = max(0, end_index - 14)
    while i > limit:
        tok = tokens[i - 1]
        low = tok.lower
        if low in PERSON_PRONOUNS or low == "it":
            # A pronoun is a whole phrase by itself.
            return i - 1 if i == end_index else i
        if tok.text == ")":
            # A parenthesized acronym after a name: "the Bureau (RFB)".
            j = i - 2
            while j >= limit and tokens[j].text != "(" and i - j < 6:
                j -= 1
            if j >= limit and tokens[j].text == "(":
                i = j
                continue
            break
        if (
            tok.text == ","
            and i < end_index
            and any(t.lower in ("and", "&") for t in tokens[i:end_index])
            and i - 2 >= limit
            and tokens[i - 2].text[0].isupper()
            and tokens[i - 2].lower not in ADVERBS
            and (i - 3 < limit or not is_break(tokens[i - 3]))
        ):
            i -= 1  # a list of names: "Austria, Chile and Kenya"
            continue
        if not (tok.text[0].isalnum()):
            if tok.text in ("’", "'") and i - 2 >= limit and tokens[i - 2].text[0].isalnum():
                i -= 1
                continue
            if (
                tok.text == "."
                and i - 2 >= limit
                and tokens[i - 2].end == tok.start
                and (tokens[i - 2].lower in NAME_ABBREVIATIONS or len(tokens[i - 2].text) == 1)
            ):
                i -= 1  # "Acme Corp.", "Marta J."
                continue
            break
        if low in ("of", "for", "and", "&", "de"):
            # Only between two parts of one phrase: a word must precede it.
            if i - 2 < limit or not tokens[i - 2].text[0].isalnum():
                break
            prev = tokens[i - 2].lower
            if prev in BREAK_WORDS and prev not in QUANTIFIERS:
                break
            if low == "for" and not (_is_capitalized(tokens[i - 2].text) and i < end_index):
                break
            i -= 1
            continue
        if (
            low in BREAK_WORDS
            and low not in DETERMINERS
            and (tok.text[0].islower() or low not in CONTENT_BREAKS)
            and not (low in CONTENT_BREAKS and i - 2 >= limit and _counts_or_determines(tokens[i - 2].lower))
        ):
            break
        if (
            low.endswith(("ed", "ing"))
            and low not in ING_NOUNS
            and not _is_capitalized(tok.text)
            and "-" not in low
            and not _after_determiner(tokens, i - 1, limit)
        ):
            break
        if (
            low.endswith("ly")
            and low not in ("italy", "family", "ally", "supply", "assembly", "july")
            and (tok.text[0].islower() or i - 1 == limit)
        ):
            break  # an adverb; a capitalized "-ly" word inside a phrase is a name ("Tessaly Foods")
        i -= 1
        # A determiner opens the phrase, unless it opens the second of two
        # coordinated names ("The Prime Minister and the President").
        if (
            low in DETERMINERS
            and low not in ("all", "both", "each", "some")
            and not (
                i - 2 >= limit
                and tokens[i - 1].lower in ("and", "&", "of", "for")
                and tokens[i - 2].text[0].isupper()
            )
        ):
            break
    # Drop leading conjunctions or prepositions the loop let in.
    while i < end_index and tokens[i].lower in ("of", "for", "and", "&", "de"):
        i += 1
    return i


def breaks_at(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` ends a subject phrase, in context ("the two states" does not)."""
    token = tokens[index]
    if not is_break(token):
        return False
    return not (
        token.lower in CONTENT_BREAKS and index > 0 and _counts_or_determines(tokens[index - 1].lower)
    )


def is_break(token: Token) -> bool:
    """Whether a word ends a subject phrase read leftwards (a verb, conjunction, preposition)."""
    low = token.lower
    if low not in BREAK_WORDS or low in DETERMINERS:
        return False
    # Capitalized, a content verb is part of a name ("the United States").
    return token.text[0].islower() or low not in CONTENT_BREAKS


class Verdict(NamedTuple):
    """Whether a subject phrase names an agent, and its head word."""

    agent: bool
    head: str


def judge_phrase(words: Sequence[str], proper_names: Container[str]) -> Verdict:
    """Decide whether the noun phrase ``words`` names an agent."""
    words = [w for w in words if w[0].isalnum() or w in "()&"]
    if "(" in words:
        # A parenthesized acronym or aside does not change the head.
        opening = words.index("(")
        closing = words.index(")", opening) if ")" in words[opening:] else len(words) - 1
        words = [*words[:opening], *words[closing + 1 :]]
    if not words:
        return Verdict(False, "")
    lows = [w.lower() for w in words]
    if len(words) == 1 and lows[0] in PERSON_PRONOUNS:
        return Verdict(True, lows[0])
    if lows[-1] in RELATIVE_PERSON:
        return Verdict(True, lows[-1])
    # "The deal with Beta", "A spokesperson for Acme": the part before the preposition.
    for k, low in enumerate(lows[1:], 1):
        if low in PHRASE_PREPOSITIONS:
            return judge_phrase(words[:k], proper_names)
    # "many of whom", "each of the parties": the quantified part decides.
    if "of" in lows:
        k = lows.index("of")
        if k > 0 and lows[k - 1] in QUANTIFIERS:
            return judge_phrase(words[k + 1 :], proper_names)
        if k > 0:
            before = judge_phrase(words[:k], proper_names)
            if before.agent or before.head in NON_AGENT_NOUNS:
                return before
            return judge_phrase(words[k + 1 :], proper_names)
    # Coordinated phrases act when their last conjunct does.
    if "and" in lows[1:] or "&" in lows[1:]:
        last = max(k for k, w in enumerate(lows) if w in ("and", "&"))
        if last + 1 < len(words):
            tail = judge_phrase(words[last + 1 :], proper_names)
            if tail.agent:
                return tail
            return judge_phrase(words[:last], proper_names)
    head_word = _strip_possessive(words[-1])
    head = head_word.lower()
    lemma = singular(head)
    if (
        len(lows) > 1
        and lows[-2] in STAGE_NOUNS
        and (head in NUMBER_NAMES or head.isdigit() or _ROMAN.fullmatch(head))
    ):
        return Verdict(False, lows[-2])  # "Phase Two to Open …": a stage of a plan
    if len(lows) > 1 and (lows[-2], lemma) in AGENT_COMPOUNDS:
        return Verdict(True, lemma)
    stop_list = NAMED_THING_HEADS if _is_capitalized(head_word) and len(words) > 1 else NON_AGENT_NOUNS
    if head in stop_list or lemma in stop_list:
        return Verdict(False, lemma)
    if lemma in AGENT_NOUNS or head in AGENT_NOUNS or lemma in TITLES:
        return Verdict(True, lemma)
    if (lemma.endswith(("ist", "ian")) and len(lemma) > 5) or lemma.endswith("maker"):
        return Verdict(True, lemma)
    if len(lemma) > 4 and lemma.endswith(AGENT_SUFFIXES) and lemma not in AGENT_SUFFIX_EXCEPTIONS:
        return Verdict(True, lemma)
    if head in PERSON_PRONOUNS or head in DETERMINERS or head.isdigit():
        return Verdict(False, head)
    if _is_capitalized(head_word):
        # A lone capitalized word may only be capitalized because it opens the
        # sentence ("Donations will …"); a name is printed capitalized elsewhere too.
        if (
            len(words) == 1
            and head_word not in proper_names
            and not head_word.isupper()
            and head.endswith(("s", *ABSTRACT_SUFFIXES))
        ):
            return Verdict(False, lemma)
        return Verdict(True, lemma)
    return Verdict(False, lemma)


# A capitalized word after a lowercase one, and the capitalized words right after it
# ("senator Ana Ruiz Vidal": all three are names).
_CAPITALIZED_MID: Final = re.compile(r"[a-z0-9,;:] ([A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,5})")
_CAPITALIZED_RUN: Final = re.compile(
    r"[A-Z][\w’'&.-]*(?:[ ]+(?:(?:of|for|and|the|&)[ ]+){0,2}[A-Z][\w’'&.-]*){0,7}"
)


_RECENT_RUNS: Final = 400
_PARENTHESIZED_ACRONYM: Final = re.compile(r"\s*\(([A-Z]{2,8})\)")


class NameIndex:
    """The capitalized words and runs of a release, computed on first use.

    A capitalized word printed after a lowercase word somewhere is a name;
    capitalized runs ("The Harbor Tourism Board") expand acronyms and
    "the coalition" to the name they stand for.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._names: frozenset[str] | None = None
        self._runs: list[tuple[int, str]] | None = None
        self._ends: list[int] = []
        self._acronyms: dict[str, str] | None = None
        self._extensions: dict[str, str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._names is None:
            self._names = frozenset(
                word.rstrip(".’'")
                for m in _CAPITALIZED_MID.finditer(self._text)
                for word in m.group(1).split()
            )
        return word in self._names

    def runs(self) -> list[tuple[int, str]]:
        """Every run of capitalized words, with its end offset, in order."""
        if self._runs is None:
            self._runs = [(m.end(), m.group().rstrip(".’'")) for m in _CAPITALIZED_RUN.finditer(self._text)]
            self._ends = [end for end, _ in self._runs]
        return self._runs

    def _recent(self, position: int) -> Iterator[str]:
        """The runs ending before ``position``, nearest first, a bounded number of them."""
        runs = self.runs()
        k = bisect.bisect_right(self._ends, position)
        for index in range(k - 1, max(-1, k - 1 - _RECENT_RUNS), -1):
            yield runs[index][1]

    def named_before(self, head: str, position: int) -> str | None:
        """The last capitalized run ending in ``head`` before ``position`` ("… Coalition")."""
        title = head.capitalize()
        for run in self._recent(position):
            words = run.split()
            if len(words) > 1 and (words[-1] == title or f"{title} of" in run or f"{title} for" in run):
                return run
        return None

    def agent_extending(self, phrase: str) -> str | None:
        """A longer printed name that opens with ``phrase`` and names an agent ("Copper
        Tower" → "Copper Tower Youth Trust"): the phrase is that body's short name."""
        if self._extensions is None:
            # One pass over the runs: each prefix of a name of a body maps to the
            # shortest such name (a title-case headline runs on into its verb:
            # "Copper Tower Youth Trust Opens …").
            extensions: dict[str, str] = {}
            for _, run in self.runs():
                words = run.split()
                if len(words) < 2 or not judge_phrase(words, self).agent:
                    continue
                for k in range(1, len(words)):
                    prefix = " ".join(words[:k])
                    known = extensions.get(prefix)
                    if known is None or len(run) < len(known):
                        extensions[prefix] = run
            self._extensions = extensions
        return self._extensions.get(phrase)

    def latest_pair(self, position: int) -> str | None:
        """The last "A and B" run of names printed before ``position``."""
        for run in self._recent(position):
            joiner = " and " if " and " in run else " & " if " & " in run else None
            if joiner is None:
                continue
            left, right = run.split(joiner, 1)
            # The names right around "and": "Leaders of Norland and Estria" → the pair.
            left_words = left.split()
            k = len(left_words)
            while k > 0 and left_words[k - 1][:1].isupper():
                k -= 1
            right_words = []
            for word in right.split():
                if not word[:1].isupper():
                    break
                right_words.append(word)
            if k < len(left_words) and right_words:
                return " ".join(left_words[k:]) + joiner + " ".join(right_words)
        return None

    def latest_person(self, position: int) -> str | None:
        """The last run that reads as "Firstname Lastname" before ``position``."""
        for run in self._recent(position):
            words = run.split()
            if (
                2 <= len(words) <= 4
                and all(w[1:].islower() or w.endswith(".") for w in words)
                and words[0] not in ("The", "In", "As", "On", "At", "For", "With", "By", "And", "But", "This")
            ):
                return run
        return None

    def expand(self, acronym: str) -> str | None:
        """The name an acronym stands for, from "Full Name (ACR)" or matching initials."""
        if self._acronyms is None:
            # One pass: a run followed by "(ACR)" defines ACR; otherwise the first run
            # whose initials spell it.
            defined: dict[str, str] = {}
            initials: dict[str, str] = {}
            for end, run in self.runs():
                match = _PARENTHESIZED_ACRONYM.match(self._text, end)
                if match is not None:
                    defined.setdefault(match.group(1), run)
                letters = "".join(
                    w[0] for w in run.split() if w.lower() not in ("of", "for", "and", "the", "&")
                )
                if 2 <= len(letters) <= 8 and letters != run:
                    initials.setdefault(letters, run)
            self._acronyms = {**initials, **defined}
        return self._acronyms.get(acronym)


def organization_for(words: Sequence[str], names: NameIndex, position: int) -> str | None:
    """The organization a phrase judged a thing stands for, when the release shows it is one.

    A name whose last word is a thing ("Copper Tower") acts when the release also prints
    it as the start of a longer name of a body; "the fund", "the network" act when they
    stand for a name of a body printed before.
    """
    words = [w for w in words if w[0].isalnum()]
    if not words or len(words) > 6:
        return None
    lows = [w.lower() for w in words]
    head = singular(lows[-1])
    if all(w[0].isupper() for w in words) and (head in NAMED_THING_HEADS or lows[-1] in NAMED_THING_HEADS):
        if lows[0] == "the":
            words = words[1:]
        return names.agent_extending(" ".join(words)) if words else None
    if lows[0] == "the" and words[-1].islower() and head in ANAPHOR_HEADS and len(words) <= 3:
        run = names.named_before(head, position)
        if run is not None and judge_phrase(run.split(), names).agent:
            return run
    return None


# ---------------------------------------------------------------------------
# Who the actor is: ``ref``.

_ROLE_ORG: Final = re.compile(
    r"(?:\bof|\bat|\bfor|,)\s+(?:the\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&.-]*))*)"
)
_ROLE_POSSESSOR: Final = re.compile(r"^(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s?\s")
ABSTRACT_SUFFIXES: Final = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ance",
    "ence",
    "ing",
    "age",
    "ure",
    "ism",
    "ship",
    "hood",
    "ics",
)
PHRASE_PREPOSITIONS: Final = frozenset({"with", "for", "in", "from", "at", "on", "between", "among", "to"})
GROUP_WORDS: Final = frozenset(
    {
        "parties",
        "sides",
        "countries",
        "leaders",
        "nations",
        "states",
        "governments",
        "presidents",
        "both",
        "two",
    }
)


def organization_of_role(role: str) -> str | None:
    """The organization a speaker's role names ("CEO of Acme" → "Acme")."""
    match = _ROLE_POSSESSOR.match(role)
    if match is not None:
        return match.group("org")
    found = None
    for match in _ROLE_ORG.finditer(role):
        found = match.group("org")
    if found is None:
        return None
    return found.rstrip(" ,.")
