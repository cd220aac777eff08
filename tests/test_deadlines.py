"""Finding time expressions in an action, with exact spans."""

from __future__ import annotations

import time

import pytest

from pressdoc._deadlines import iter_deadlines, make_deadline


def found(text: str) -> list[str]:
    """The time expressions iter_deadlines finds in ``text``."""
    return [text[f.start : f.end] for f in iter_deadlines(text, 0, len(text))]


@pytest.mark.parametrize(
    ("sentence", "expressions"),
    [
        ("open three plants by 2027", ["by 2027"]),
        ("cut emissions 40 percent from 2010 levels in 2030", ["in 2030"]),
        ("reach net zero by no later than 2045", ["by no later than 2045"]),
        ("close the deal in the second quarter of 2025", ["in the second quarter of 2025"]),
        ("close the deal in the third quarter of fiscal 2026", ["in the third quarter of fiscal 2026"]),
        ("host a call at 4:30 p.m. ET on May 2, 2024 at the website", ["at 4:30 p.m. ET on May 2, 2024"]),
        ("launch the app later this year after testing", ["later this year"]),
        ("hire staff over the next 90 days", ["over the next 90 days"]),
        ("respond within 30 days", ["within 30 days"]),
        ("pick kit suppliers for the coming year within the coming months", ["within the coming months"]),
        ("adopt the rules in the near future", ["in the near future"]),
        ("finish the school by September 1", ["by September 1"]),
        ("finish the school by 1 September", ["by 1 September"]),
        ("reopen the plant this fall", ["this fall"]),
        ("meet again in the autumn", ["in the autumn"]),
        ("deliver it by mid-2027", ["by mid-2027"]),
        ("deliver it by the end of next year", ["by the end of next year"]),
        ("step down at the end of June", ["at the end of June"]),
        ("report on Thursday", ["on Thursday"]),
        ("reach carbon neutrality by or around mid-century", ["by or around mid-century"]),
        ("close the road from 1 July 2026", ["from 1 July 2026"]),
        ("add patrols beginning next month", ["beginning next month"]),
        ("sell passes through the spring season", ["through the spring season"]),
        ("respond within two weeks of the bill’s filing", ["within two weeks of the bill’s filing"]),
        ("rebuild the port within the next decade", ["within the next decade"]),
        ("open the doors soon", ["soon"]),
        ("report the results today", ["today"]),
        ("build it in phases", []),
        ("lift output from 5% to 7%", []),
        ("publish today's figures", []),
        ("defend it today and in the future", []),
        ("serve the products of tomorrow", []),
        ("publish the 2030 agenda", []),
        ("compared with 2019 figures", []),
        ("grow 5% a year", []),
    ],
)
def test_iter_deadlines(sentence: str, expressions: list[str]) -> None:
    """Each bounding time expression is found with its preposition; other numbers are not."""
    assert found(sentence) == expressions


def test_lowered_text_finds_the_same_expressions() -> None:
    """Passing the lowercased text (the fast path) changes nothing that is found."""
    text = "Quillon Rail will open In The Coming Months, hire 40 staff By 2027 and close On Friday."
    plain = list(iter_deadlines(text, 0, len(text)))
    assert list(iter_deadlines(text, 0, len(text), text.lower())) == plain
    assert [text[f.start : f.end] for f in plain] == ["In The Coming Months", "By 2027", "On Friday"]


def test_make_deadline_slices_the_source() -> None:
    """The Deadline's text is the source at its span, and its date is computed."""
    source = "We will open the store by March 2025."
    start = source.index("by March")
    deadline = make_deadline(source, start, start + len("by March 2025"), "2024-06-01")
    assert source[deadline.start : deadline.end] == deadline.text == "by March 2025"
    assert (deadline.date, deadline.granularity) == ("2025-03-31", "month")


def test_only_the_window_is_searched() -> None:
    """Expressions outside start..end are not reported."""
    text = "by 2020, then by 2030"
    assert [text[f.start : f.end] for f in iter_deadlines(text, 8, len(text))] == ["by 2030"]


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("hold a second ballot before the vote", "before the vote", None),
        ("name a running mate before the runoff in June", "before the runoff", None),
        ("open the shelter before the winter storms arrive", "before the winter storms arrive", None),
        ("consult residents before any decision is taken", "before any decision is taken", None),
        ("keep rates flat until the end of the heating season", "until the end of the heating season", None),
        ("pass the bill before the summer recess", "before the summer recess", None),
        ("hire 40 tutors by the start of the 2028 school year", "by the start of the 2028 school year", None),
        ("enter a second team in the 2030-31 season", "in the 2030-31 season", None),
        ("settle a contract before the end of the school year", "before the end of the school year", None),
        ("close the ferry line over Christmas", "over Christmas", None),
        ("pass the budget this session", "this session", None),
        ("freeze tuition in his first year in office", "in his first year in office", None),
        ("repeal the levy in our first 100 days", "in our first 100 days", None),
        ("end river pollution within a generation", "within a generation", None),
        ("suspend tolls for the duration of the strike", "for the duration of the strike", None),
    ],
)
def test_event_deadlines(sentence: str, expression: str, date: str | None) -> None:
    """Events, sessions and named school years bound an action with no fixed day."""
    (first, *_) = list(iter_deadlines(sentence, 0, len(sentence)))
    deadline = make_deadline(sentence, first.start, first.end, "2026-03-02")
    assert (deadline.text, deadline.date) == (expression, date)


@pytest.mark.parametrize(
    "sentence",
    ["balance next year's budget", "set up a clinic within a day’s walk of every farm"],
)
def test_possessive_times_are_labels(sentence: str) -> None:
    """A possessive time ("next year's budget", "a day's walk") is a label, not a deadline."""
    assert found(sentence) == []


def test_possessive_year_is_still_a_time() -> None:
    """A possessive year ("by 2030's end") keeps its deadline."""
    assert found("finish the line by 2030's end") == ["by 2030"]


@pytest.mark.parametrize(
    "sentence",
    ["testify before the committee", "appear before the court", "argue over the decision", "vote for it"],
)
def test_places_and_topics_are_not_events(sentence: str) -> None:
    """Places ("before the committee") and topics ("over the decision") are not times."""
    assert found(sentence) == []


@pytest.mark.parametrize(
    "adversarial",
    [
        "by " * 100_000,
        "1 2 " * 100_000,
        "within the next " * 30_000,
        "in the " * 60_000,
        "Q1 " * 100_000,
        "before the next winter " * 30_000,
        "until the end of the " * 30_000,
        "in the 2030-" * 50_000,
    ],
)
def test_linear_on_adversarial_input(adversarial: str) -> None:
    """Runs of prepositions, numbers and half-expressions take linear time."""
    began = time.perf_counter()
    list(iter_deadlines(adversarial, 0, len(adversarial)))
    assert time.perf_counter() - began < 10
