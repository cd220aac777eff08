"""The shortcuts of the commitments stage give the answers of the plain computations.

Each fast path (a first-letter class before an alternation, a slice of tokens
instead of a second tokenization, a lazy token reader, an ``rfind`` instead of a
character walk) must agree with what it replaces, including on the inputs where
the two could part: letters that fold to ASCII only case-insensitively, white
space other than " ", spans that do not start at a token.
"""

from __future__ import annotations

import re

import pytest

from pressdoc import _deadlines
from pressdoc._actors import TOKEN, tokens_between
from pressdoc._commitments import _is_abbreviation, _opening_subject, _tokens_of, _word_starts_before
from pressdoc._deadlines import deadlines_in, iter_deadlines

# The opening words as one plain case-insensitive alternation, without the class up front.
_PLAIN_OPENING_WORD = re.compile(rf"\b(?i:{_deadlines._OPENING_WORDS})\b")


@pytest.mark.parametrize(
    "text",
    [
        "The plant will open by 2030 and close before the end of the year.",
        "BY 2030, THE BOARD WILL ACT; Within Ninety Days It Will Report.",
        # Letters that match ASCII ones only case-insensitively: ſ (s), K (k), İ and ı (i).
        "thiſ year, ſoon, ſhortly; Kelvin tomorrow; İn 2029 and ın 2031",
        "mid-century, no later than June 1, not before Q3, effective immediately",
        "",
    ],
)
def test_opening_words_match_the_plain_alternation(text: str) -> None:
    """The first-letter class in front changes where the search skips, never what it finds."""
    assert [m.span() for m in _deadlines._OPENING_WORD.finditer(text)] == [
        m.span() for m in _PLAIN_OPENING_WORD.finditer(text)
    ]


def test_deadlines_in_is_iter_deadlines_as_a_list() -> None:
    """Both entry points find the same expressions in the same order."""
    text = "Acme will hire 40 people by March 2027, and open a plant in the second quarter of 2028."
    found = deadlines_in(text, 0, len(text), text.lower())
    assert found == list(iter_deadlines(text, 0, len(text), text.lower()))
    assert [text[f.start : f.end] for f in found] == ["by March 2027", "in the second quarter of 2028"]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Board (HB), a body of U.S.-based experts, will act.",
        "Acme Corp.'s board and the co-op’s members will vote.",
        "We’ll see - or not: the A.B.C. group & friends will.",
    ],
)
def test_token_slices_equal_a_second_tokenization(text: str) -> None:
    """Any span from a token start to a token end gives the tokens tokenizing it again
    would, and a span that cuts a token is tokenized again."""
    tokens = tokens_between(text, 0, len(text))
    for i in range(len(tokens)):
        for j in range(i + 1, len(tokens) + 1):
            start, end = tokens[i].start, tokens[j - 1].end
            assert list(_tokens_of(text, tokens, start, end)) == tokens_between(text, start, end)
    # Spans that start or end inside a token.
    for start in range(len(text)):
        end = min(len(text), start + 9)
        assert list(_tokens_of(text, tokens, start, end)) == tokens_between(text, start, end)


def test_token_slices_from_a_window_that_cuts_a_word() -> None:
    """A window opening mid-word has a partial first token; spans after it still slice."""
    text = "Internationally recognized, the Tessaly Foods group will expand."
    window = tokens_between(text, 3, text.index(" will"))
    assert window[0].text == "ernationally"
    start = text.index("the")
    end = text.index(" will")
    assert list(_tokens_of(text, window, start, end)) == tokens_between(text, start, end)


@pytest.mark.parametrize(
    ("text", "keyword", "openers"),
    [
        ("Acme plans to build a plant.", "plans", []),
        ("The board has pledged to cut costs.", "pledged", ["has"]),
        ("The firm has also firmly committed to it.", "committed", ["has", "also", "firmly"]),
        ("Acme, committed to growth, will hire.", "committed", [","]),
        ("They reaffirmed their commitment to act.", "commitment", ["reaffirmed"]),
        ("Both sides have now agreed to talks.", "agreed", ["Both", "have", "now"]),
    ],
)
def test_word_starts_before_a_trigger_word(text: str, keyword: str, openers: list[str]) -> None:
    """The candidate starts are the openers among the six words before the keyword,
    back to a comma, then the keyword itself."""
    hit = text.index(keyword)
    starts = _word_starts_before(text, hit, 0)
    assert starts[-1] == hit
    assert [text[s : s + len(o)] for s, o in zip(starts, openers, strict=False)] == openers
    assert len(starts) == len(openers) + 1


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Founded in 1966, the University is a public body.", "the University"),
        ("Announced today, Acme and Beta will merge.", "Acme and Beta"),
        ("Acme Corp builds boats.", "Acme Corp"),
        ("The Board of Trustees approved it.", "The Board of Trustees"),
        ("Leaders of Norland and Estria met.", "Leaders of Norland and Estria"),
        ("We build boats.", "We"),
        ("It builds boats.", "It"),
        ("the regional water board said the plan works.", "the regional water board"),
        # A mark inside the phrase, or no verb after it: no subject.
        ("Acme Corp. builds boats.", None),
        ("Officials, who met today, will act.", None),
        ("Founded in 1966 without a comma anywhere", None),
        ("In Acme", None),
        ("", None),
    ],
)
def test_opening_subject_reads_only_what_it_needs(sentence: str, subject: str | None) -> None:
    """The noun phrase opening a sentence, read from a lazy token stream."""
    span = _opening_subject(sentence, 0, len(sentence))
    assert (sentence[span[0] : span[1]] if span is not None else None) == subject


def test_opening_subject_tokens_match_the_eager_tokenizer() -> None:
    """The lazy reader makes the same tokens as the eager tokenizer."""
    text = "Acme Corp.'s U.S.-based unit (AU) – and its co-op’s 12 members – will act."
    eager = [m.group() for m in TOKEN.finditer(text)]
    assert [t.text for t in tokens_between(text, 0, len(text))] == eager


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        ("It costs approx. 5 dollars.", True),
        ("It costs\u00a0approx. 5 dollars.", True),
        ("It costs\tapprox. 5 dollars.", True),
        ("It costs (approx. 5 dollars).", True),
        ("It costs “approx. 5 dollars”.", True),
        ("Ask Dr. Olsen.", True),
        ("Ask the N.Y. office.", True),
        ("The costs rose. Then", False),
        ("Costs\u00a0rose. Then", False),
        ("approx. at the start", True),
    ],
)
def test_word_before_a_dot_ends_at_any_white_space(text: str, abbreviation: bool) -> None:
    """The word before a dot ends at any white space or opening mark, not only at " "."""
    dot = text.index(". ")
    assert _is_abbreviation(text, 0, dot) is abbreviation
