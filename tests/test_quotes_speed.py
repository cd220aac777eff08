"""The shortcuts the quote stage takes for speed find exactly what the plain forms find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressdoc import _quotes, _speakers

_PLAIN_ALTERNATIONS = {
    "speech": _quotes._SPEECH,
    "reporting": _quotes._REPORTING,
    "any report": rf"{_quotes._REPORTING}|{_quotes._TAIL_VERBS}|[Aa]ccording to|put it",
}
# Pieces that make near misses: verbs inside longer words, verbs glued to punctuation.
_PIECES = st.sampled_from(
    [
        "said",
        "says",
        "saying",
        "unsaid",
        "say",
        "sayings",
        "added",
        "adds",
        "addresses",
        "told",
        "tolds",
        "pointed out",
        "pointed",
        "out",
        "According to",
        "according",
        "to",
        "made it clear",
        "made clear",
        "made",
        "put it",
        "puts it",
        "drew attention to the fact",
        "emphasized",
        "emphasises",
        "Jane Doe",
        "the",
        ",",
        ".",
        "'",
        "’",
        "_",
        "1",
        "\n",
        "  ",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=30).map(" ".join) | st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_factored_alternations_match_like_the_plain_ones(text: str) -> None:
    for alternatives in _PLAIN_ALTERNATIONS.values():
        plain = re.compile(rf"\b(?:{alternatives})\b")
        factored = _quotes._word_alternation(alternatives)
        assert [(m.span(), m.group()) for m in factored.finditer(text)] == [
            (m.span(), m.group()) for m in plain.finditer(text)
        ]


def test_the_compiled_verb_patterns_are_the_factored_ones() -> None:
    text = "Doe said, as she put it, that the plan, according to Roe, pointed out nothing."
    assert [m.group() for m in _quotes._SPEECH_RE.finditer(text)] == [
        "said",
        "put it",
        "according to",
        "pointed out",
    ]
    assert [m.group() for m in _quotes._REPORTING_RE.finditer(text)] == ["said", "pointed out"]
    assert [m.group() for m in _quotes._ANY_REPORT.finditer(text)] == [
        "said",
        "put it",
        "according to",
        "pointed out",
    ]


@pytest.mark.parametrize(
    ("alternatives", "reason"),
    [
        ("said|said that", "followed by a blank"),
        ("put|put it", "followed by a blank"),
        ("(?:a|b)|c", "not a plain alternative"),
        ("sa.d", "not a plain alternative"),
    ],
)
def test_an_alternation_that_cannot_be_factored_is_refused(alternatives: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        _quotes._word_alternation(alternatives)


_NAMING_WORDS = ["called", "Called", "so-called", "known as", "known", "the", "a", "an", "or", "for"]
_NAMING_PIECES = st.sampled_from(
    [*_NAMING_WORDS, "initiative", "labelled", "labeled", "Acme", "said", "x", "(", ",", " ", "\n", "\t"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_NAMING_PIECES, max_size=14).map("".join),
    st.lists(_NAMING_PIECES, max_size=14).map(" ".join),
)
def test_naming_words_are_found_at_the_end_as_by_a_full_search(glued: str, spaced: str) -> None:
    for before in (glued, spaced, spaced + " "):
        assert _quotes._names_before(before) == (_quotes._NAMING.search(before) is not None)


# The capital-run pattern before the look-behind was moved after the first letter.
_OLD_CAPITAL_RUN = re.compile(
    rf"(?<![\w’'])[{_speakers._UPPER}]\S*"
    rf"(?:[ \t]+(?:[{_speakers._UPPER}]\S*|van|von|de|den|der|del|della|di|da|du|la|le|bin|al))+"
)
_NAME_WORDS = ["Jane", "Doe", "O’Hara", "d'Arcy", "van", "vanity", "de", "CEO", "Élise", "Ōtani", "acme"]
_NAME_PIECES = st.sampled_from([*_NAME_WORDS, "x", " ", "\t", "  ", "\n", ",", ".", "’", "'", "-", "(", "_"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=24).map("".join), st.integers(0, 5))
def test_capital_runs_are_found_as_before(text: str, start: int) -> None:
    start = min(start, len(text))
    new = [m.span() for m in _speakers._CAPITAL_RUN.finditer(text, start)]
    assert new == [m.span() for m in _OLD_CAPITAL_RUN.finditer(text, start)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Jane", "Doe", "J.", "Doe,", "Ann-Marie", "Roe"]), min_size=1, max_size=6),
    st.lists(st.sampled_from([" ", "\t", "  ", " \t "]), min_size=6, max_size=6),
    st.text(alphabet="ab ,.", max_size=8),
)
def test_token_offsets_are_where_the_words_start(words: list[str], gaps: list[str], lead: str) -> None:
    text = lead + "".join(w + g for w, g in zip(words, gaps, strict=False))
    at = len(lead)
    expected = [m.start() for m in re.finditer(r"\S+", text[at:])]
    assert _speakers._token_offsets(text, at, words) == [at + e for e in expected[: len(words)]]


@pytest.mark.parametrize(
    ("phrase", "segments"),
    [
        ("Jane Doe, PhD, chief executive", ["Jane Doe", "chief executive"]),
        ("John Roe, Jr., mayor", ["John Roe, Jr.", "mayor"]),
        ("Jane Doe (Acme, Inc), CEO", ["Jane Doe (Acme, Inc)", "CEO"]),
        ("Jane Doe [Acme, Inc], 54, CEO", ["Jane Doe [Acme, Inc]", "CEO"]),
        ("Jane Doe", ["Jane Doe"]),
        (", ,", []),
    ],
)
def test_commas_split_outside_brackets_only(phrase: str, segments: list[str]) -> None:
    assert _speakers._split_commas(phrase) == segments


@pytest.mark.parametrize(
    "phrase",
    ["Jane Doe, chief executive of Acme", "she", "the ministry", "a person familiar with the matter", ""],
)
def test_a_cached_mention_is_the_one_read_afresh(phrase: str) -> None:
    assert _speakers.parse_mention(phrase) == _speakers.parse_mention.__wrapped__(phrase)
    assert _speakers.parse_mention(phrase) == _speakers.parse_mention(phrase)
