"""Paragraph segmentation: blank lines, one paragraph per line, hard wraps and flattened bodies."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from pressdoc._segment import segment
from pressdoc._text import TextView

ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)))
LINES = st.lists(
    st.text(st.sampled_from("ab .\t\u00a0*-#:"), max_size=90) | st.sampled_from(["", " ", "\r", "x" * 75]),
    max_size=30,
).map("\n".join)


def texts(source: str) -> list[str]:
    """The paragraphs of ``source`` as text."""
    return [p.text for p in segment(TextView(source))]


@given(ANY_TEXT | LINES)
@example("a\n\nb")
@example("x" * 210 + "   " + "y" * 10)
@example("     ")
def test_paragraphs_are_ordered_disjoint_slices(source: str) -> None:
    """Paragraphs are non-empty, in order, disjoint, trimmed and equal to their source slice."""
    view = TextView(source)
    previous_end = 0
    for p in segment(view):
        assert 0 <= previous_end <= p.start < p.end <= len(source)
        assert source[p.start : p.end] == p.text
        assert not view.text[p.start].isspace()
        assert not view.text[p.end - 1].isspace()
        previous_end = p.end


def test_blank_lines_separate_paragraphs() -> None:
    """Blank lines, with or without spaces on them, end a paragraph."""
    assert texts("First paragraph.\n\nSecond one.\n   \nThird.") == [
        "First paragraph.",
        "Second one.",
        "Third.",
    ]


def test_each_line_is_a_paragraph_when_lines_are_not_wrapped() -> None:
    """Long unwrapped lines separated by single newlines are paragraphs of their own."""
    body = "The agency opened the new office on Monday, and " * 4
    source = f"LABEL\nShort heading line\n{body}\n{body}"
    assert texts(source) == ["LABEL", "Short heading line", body.strip(), body.strip()]


HARD_WRAPPED = """\
SALEM, Ore.--May 4, 1999--Tillamook Valley Cooperative said today that its
members approved the merger with a neighboring dairy cooperative, creating
the largest farmer-owned creamery in the region.

The vote was 412 to 37. The combined cooperative will keep both plants
open.
Board chair Wendell Oyama will lead the combined board until the next
annual meeting, which is planned for the spring of the year 2000 in Salem.

    Members who did not vote may still file comments with the board secretary
through the end of the month.
"""


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    """Lines wrapped at a fixed width stay one paragraph; a short line or an indent ends it."""
    paragraphs = texts(HARD_WRAPPED)
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("SALEM, Ore.")
    assert paragraphs[0].endswith("in the region.")
    assert paragraphs[0].count("\n") == 2
    assert paragraphs[1] == "The vote was 412 to 37. The combined cooperative will keep both plants\nopen."
    assert paragraphs[2].startswith("Board chair")
    assert paragraphs[2].endswith("in Salem.")
    assert paragraphs[3].startswith("Members who did not vote")


def test_hard_wrapped_crlf_gives_the_same_spans() -> None:
    """The same text with CRLF line ends splits at the same places (offsets shift with the CRs)."""
    lf = [p.replace("\n", "\r\n") for p in texts(HARD_WRAPPED)]
    assert texts(HARD_WRAPPED.replace("\n", "\r\n")) == lf


def test_bullets_start_their_own_paragraphs() -> None:
    """Each bullet of a list is a paragraph, even inside a hard-wrapped text."""
    prose = "word " * 14
    source = "\n".join(
        [prose, prose, prose.strip() + ".", "* first point", "* second point", "- third point"]
    )
    paragraphs = texts(source)
    assert paragraphs[-3:] == ["* first point", "* second point", "- third point"]


def test_flattened_body_splits_at_runs_of_spaces() -> None:
    """A body flattened onto one line is cut where runs of spaces stand for paragraph breaks."""
    first = "The council approved the budget on Tuesday after a long debate over the parks."
    second = "Funding for the libraries rises by four percent over last year."
    heading = "A New Park for the East Side"
    third = "The park will open in the spring with a playground and a pond for the ducks."
    source = f"{first}    {second}   {heading}  {third}"
    assert texts(source) == [first, second, heading, third]


def test_typewriter_spacing_between_sentences_is_not_a_break() -> None:
    """Two spaces after a full stop are sentence spacing, not a paragraph break."""
    line = "The plant opened today.  It employs 300 people.  " * 6
    assert texts(line) == [line.strip()]


def test_tabs_and_no_break_spaces_do_not_break_paragraphs() -> None:
    """Tabs and no-break spaces are spaces; they never split a line into paragraphs."""
    source = "Revenue\t$12.4 million\u00a0(up 8%)\n\nNext paragraph."
    assert texts(source) == ["Revenue\t$12.4 million\u00a0(up 8%)", "Next paragraph."]


def test_no_paragraphs_in_white_space() -> None:
    """A text of white space only has no paragraph."""
    assert texts(" \r\n\t\u00a0\n") == []


@given(LINES)
@example("a\n\nb\nc")
@example("x" * 75 + "\n-\n" + "x" * 75 + "\n:")  # a lone "-" and a CR after it: no bullet
def test_crlf_line_ends_split_like_lf(source: str) -> None:
    """A text with CRLF line ends splits into the same paragraphs as with LF line ends."""
    lf = texts(source.replace("\r", ""))
    crlf = texts(source.replace("\r", "").replace("\n", "\r\n"))
    assert [p.replace("\r\n", "\n") for p in crlf] == lf


def test_one_sentence_per_line_is_not_a_wrap() -> None:
    """Lines of similar width that each end a sentence are paragraphs, not a wrapped block."""
    lines = [
        "The council approved the new budget for the parks department today.",
        "Funding for the public libraries will rise by four percent next year.",
        "The mayor said the city would also hire twelve more park rangers soon.",
        "A public hearing on the budget is planned for the first week of June.",
    ]
    assert texts("\n".join(lines)) == lines


def test_a_line_that_carries_on_its_sentence_joins_the_line_before() -> None:
    """In unwrapped text a line starting in lower case after an unfinished line is the same paragraph."""
    source = (
        "Fernwood started the pocket radio business in the 1970s and the pocket phone later. Fernwood is\n"
        "committed to bringing good tools to students and teachers around the world, and more.\n"
        "Next paragraph."
    )
    assert texts(source) == [source[: source.index("\nNext")], "Next paragraph."]
