"""Commitment classes found by scoring two more blind sets.

Sentences are written for these tests (fictional bodies and people): a plan named as a
thing in a headline, "have to" in a relative clause on a noun, and deadlines that name
a part of a period, a trading session's edge, a term counted from a product's start, a
legislature's term, a span from an undated start, and a condition on who.
"""

from __future__ import annotations

import pytest

from pressdoc import parse
from tests.test_commitments import commitments_in, only


def _parsed(body: str, headline: str = "Fernhollow Reports News") -> list[str]:
    """The commitment texts of a release with ``headline`` and ``body``."""
    source = f"{headline}\n\nTORONTO, March 3, 2026 /PRNewswire/ -- {body}\n"
    return [c.text for c in parse(source).commitments]


@pytest.mark.parametrize(
    "headline",
    [
        "Brambleworth Unveils Expansion Plan to Enter Canadian Market",
        "Kestrel Bank Announces Cost Reduction Plans to Protect Margins",
        "Orvale Launches Three-Year Growth Plan to Double Exports",
    ],
)
def test_headline_plan_named_after_a_presenting_verb_is_a_noun(headline: str) -> None:
    """ "X Unveils Expansion Plan to Y" names a plan; it is no "X plans to" commitment."""
    assert _parsed("The board met on Monday.", headline) == []


def test_plans_after_a_new_subject_still_trigger() -> None:
    """ "announced today the company plans to …": "plans" is the new subject's verb."""
    found = _parsed("Fernhollow announced today the company plans to open two depots.")
    assert found == ["the company plans to open two depots"]


def test_have_to_in_a_relative_clause_on_a_noun_commits_no_one() -> None:
    """ "the best tool we have to cut costs" holds a tool; "I know we have to …" obliges."""
    found = commitments_in(
        "The new kiln is the best tool we have to cut emissions. I know we have to move faster."
    )
    assert [c.text for c in found] == ["we have to move faster"]
    assert found[0].modality == "must"


@pytest.mark.parametrize(
    ("sentence", "deadline", "date"),
    [
        ("We intend to choose a site early next year.", "early next year", None),
        ("Fernhollow will restart the line by late this year.", "by late this year", "2024-12-31"),
        (
            "Fernhollow will report its results after market close on August 5, 2024.",
            "after market close on August 5, 2024",
            "2024-08-05",
        ),
        (
            "The firm will not raise the price during its first year on the market.",
            "during its first year on the market",
            None,
        ),
        ("We will not raise the fuel levy in this Parliament.", "in this Parliament", None),
        ("She will ask the Assembly in the 2025 session to fund the dam.", "in the 2025 session", None),
        ("The agency plans to review the pilot after six months.", "after six months", None),
    ],
)
def test_deadline_phrases(sentence: str, deadline: str, date: str | None) -> None:
    """Each phrase is the deadline as printed, dated only where it names a last day."""
    found = only(sentence)
    assert found.deadline is not None
    assert found.deadline.text == deadline
    assert found.deadline.date == date


def test_deadline_of_a_who_clause_conditions_the_people_not_the_action() -> None:
    """ "… for members who join before May 1" dates who qualifies, not the commitment."""
    found = only("The club will waive the entry fee for members who join before May 1, 2024.")
    assert found.deadline is None
    dated = only("The club, which has 400 members, will open a new court before May 1, 2024.")
    assert dated.deadline is not None
    assert dated.deadline.text == "before May 1, 2024"


def test_after_a_span_is_no_deadline_where_the_clause_runs_on() -> None:
    """ "after 14 years leading the firm" is a tenure, not the span that bounds the action."""
    found = only("Fernhollow said Ada Lind will retire after 14 years leading the firm.")
    assert found.deadline is None


def test_a_trailing_decision_attribution_ends_the_action() -> None:
    """ ", the board decided at its meeting on Monday" reports the news; it dates nothing."""
    found = only(
        "Fernhollow will close the east depot, the company's board decided at its meeting on Monday."
    )
    assert found.text == "Fernhollow will close the east depot"
    assert found.deadline is None
