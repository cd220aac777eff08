"""Commitment classes found by scoring a fifth set of releases the parser had never seen.

Sentences are written for each construction (fictional bodies and people): deadlines
that are an event phrase holding a date, spans in hours, a clock time on a day named
before, contracted auxiliaries, emphatic reflexives and role nouns as subjects, and
phrases that commit no one (a numbered stage, a noun after "agreed to", a prospect).
"""

from __future__ import annotations

import pytest

from tests.test_commitments import commitments_in, only

# --- deadlines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "deadline", "date"),
    [
        (
            "The mayor aims to open the bridge before the end of her mandate in June 2029.",
            "before the end of her mandate in June 2029",
            "2029-06-30",
        ),
        (
            "The club plans to finish the stadium by the start of preseason camp in August 2027.",
            "by the start of preseason camp in August 2027",
            "2027-08-31",
        ),
        (
            "The trustees will vote on the budget at their meeting in November.",
            "at their meeting in November",
            "2024-11-30",
        ),
        (
            "Orrin Foods will report its results before trading opens on Tuesday, May 7, 2024.",
            "before trading opens on Tuesday, May 7, 2024",
            "2024-05-07",
        ),
        ("The agency must restore water to every village within 48 hours.", "within 48 hours", "2024-03-17"),
        (
            "The retailer also intends to refit 30 shops over the course of the year.",
            "over the course of the year",
            "2024-12-31",
        ),
        (
            "Alderman Pike intends to table a motion at the April 9 meeting.",
            "at the April 9 meeting",
            None,
        ),
    ],
)
def test_event_phrases_hours_and_courses_bound_actions(
    sentence: str, deadline: str, date: str | None
) -> None:
    """An event phrase holding a date opens at its preposition and takes the inner date."""
    found = only(sentence)
    assert found.deadline is not None
    assert found.deadline.text == deadline
    assert found.deadline.date == date


def test_a_place_before_a_date_is_not_an_event() -> None:
    """'at the mall in March' keeps only the date: a mall is no event."""
    found = only("Pellam Retail will open a shop at the mall in March.")
    assert found.deadline is not None
    assert found.deadline.text == "in March"


def test_hours_from_an_indefinite_event_are_a_service_level() -> None:
    """'within 48 hours of a call' is a standing promise, not a deadline."""
    found = only("The Harrow Relief Network will ship supplies within 48 hours of a call.")
    assert found.deadline is None


def test_a_clock_time_that_day_takes_the_day_printed_before() -> None:
    """'at 9 a.m. Central Time that day' is dated like 'on that date'."""
    source = (
        "Orrin Foods will publish its results on Tuesday, May 7, 2024. "
        "The company will host a call at 9 a.m. Central Time that day."
    )
    found = commitments_in(source)
    assert [c.deadline.text if c.deadline else None for c in found] == [
        "on Tuesday, May 7, 2024",
        "at 9 a.m. Central Time that day",
    ]
    assert found[1].deadline is not None
    assert found[1].deadline.date == "2024-05-07"


# --- triggers and subjects ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "modality", "negated"),
    [
        ("We’re not going to sell the farm to a developer.", "We", "will", True),
        ("I'm going to walk the route myself.", "I", "will", False),
        (
            "The Ministry also reaffirmed its commitment to involve local guilds in the reform.",
            "The Ministry",
            "commit",
            False,
        ),
        ("Shift supervisors must approve every overtime request.", "Shift supervisors", "must", False),
        ("Norvale Trust itself will change how it awards grants.", "Norvale Trust", "will", False),
        ("The collaborative will publish its first findings next year.", "The collaborative", "will", False),
    ],
)
def test_contractions_reflexives_and_role_nouns_commit(
    sentence: str, actor: str, modality: str, negated: bool
) -> None:
    """Glued auxiliaries, emphatic reflexives and role nouns open commitments."""
    found = only(sentence)
    assert found.actor is not None
    assert found.actor.text == actor
    assert found.modality == modality
    assert found.negated is negated


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants agreed to one rent and were billed another.",
        "Tenants agreed to the terms last spring.",
        "If the wells fail by then, we will be looking at a third dry year.",
        "The Ministry reaffirmed its commitment to local farmers' unions.",
    ],
)
def test_noun_objects_and_prospects_commit_no_one(sentence: str) -> None:
    """A noun after 'agreed to' and a prospect ('will be looking at a …') are no commitments."""
    assert commitments_in(sentence) == ()


def test_looking_at_options_still_acts() -> None:
    """'will be looking at options' is an act: only a prospect ('at a …') is dropped."""
    assert only("We will be looking at options for the old depot.").modality == "will"


def test_a_numbered_stage_in_a_headline_does_not_act() -> None:
    """'Stage Two to Open …' names a stage of a plan, not an agent."""
    source = "Stage Two to Open in Five Districts\n\nThe Harbor Board will hire 40 guides."
    found = commitments_in(source, roles={0: "headline"})
    assert [c.text for c in found] == ["The Harbor Board will hire 40 guides"]


# --- spans ---------------------------------------------------------------------------


def test_a_participle_after_a_determiner_keeps_the_with_phrase() -> None:
    """', with a combined output of …' describes the object; it is no absolute clause."""
    found = only(
        "The state plans to build two wind farms near the coast, with a combined output of 400 megawatts."
    )
    assert found.text.endswith("with a combined output of 400 megawatts")


def test_an_absolute_with_clause_still_ends_the_action() -> None:
    """', with Beta receiving half' has its own subject and participle: the action ends before it."""
    found = only("Acme will sell the unit for cash, with Beta receiving half of the proceeds.")
    assert found.text == "Acme will sell the unit for cash"


def test_a_commitment_in_a_where_clause_is_nested() -> None:
    """'…, where two curators will present the findings' stays inside the outer action."""
    found = only(
        "Norvale University will host a public talk on May 3 at Arden Hall, where Dr. Pia Lund and "
        "Dr. Omar Teague will present the results."
    )
    assert found.actor is not None
    assert found.actor.text == "Norvale University"
    assert found.text.endswith("will present the results")


def test_it_in_a_second_that_clause_is_the_reporter() -> None:
    """'X said that … and that it expects to …': "it" is X."""
    found = only(
        "The Riverside Growers' Union said that the merger would add 50 jobs and that it expects to "
        "negotiate new terms with the board before the end of the current session."
    )
    assert found.actor is not None
    assert found.actor.ref == "The Riverside Growers' Union"
    assert found.deadline is not None
    assert found.deadline.text == "before the end of the current session"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Clinics that have signed the charter must publish their wait times by June.",
            "Clinics that have signed the charter",
        ),
        ("Unions that signed the pact will hold talks in May.", "Unions that signed the pact"),
    ],
)
def test_a_subject_with_a_restrictive_relative_clause_acts(sentence: str, actor: str) -> None:
    """'Clinics that have signed the charter must …': the phrase is the actor, its head judged."""
    found = only(sentence)
    assert found.actor is not None
    assert found.actor.text == actor
    assert found.text.startswith(actor)


def test_things_with_a_restrictive_relative_clause_do_not_act() -> None:
    """'Plans that have stalled will be …': the head is a thing."""
    assert commitments_in("Plans that have stalled will be reviewed again.") == ()


def test_a_title_case_will_after_a_comma_continues_the_headline_subject() -> None:
    """'Orrin Foods Posts Strong Quarter, Will Add 9 Branches in 2025': the headline's subject opens them."""
    source = "Orrin Foods Posts Strong Quarter, Will Add 9 Branches in 2025\n\nSales rose 4%."
    found = commitments_in(source, roles={0: "headline"})
    assert [c.text for c in found] == ["Will Add 9 Branches in 2025"]
    assert found[0].actor is not None
    assert found[0].actor.text == "Orrin Foods"
    assert found[0].modality == "will"


def test_a_plural_noun_after_a_modifier_heads_a_headline_subject() -> None:
    """'new teams to join the circuit …': 'teams' after 'new' is a noun, not the verb 'teams'."""
    source = (
        "Circuit votes 9-1; new teams to join the circuit in the 2028-29 season\n\nThe vote was held Monday."
    )
    found = commitments_in(source, roles={0: "headline"})
    assert [c.text for c in found] == ["new teams to join the circuit in the 2028-29 season"]


def test_a_headline_verb_after_a_name_still_ends_the_subject() -> None:
    """'Acme Teams to Build …' is a verb of Acme, not a subject 'Acme Teams'."""
    source = "Acme Teams to Build Plant\n\nThe plant opens next year."
    assert commitments_in(source, roles={0: "headline"}) == ()


def test_a_span_from_a_part_of_an_event_keeps_the_whole_event() -> None:
    """'within 30 days of the end of the harvest season' names one event: all of it is the deadline."""
    found = only("Acme will publish a report within 30 days of the end of the harvest season.")
    assert found.deadline is not None
    assert found.deadline.text == "within 30 days of the end of the harvest season"
    assert found.deadline.date is None


def test_taking_delivery_is_receiving() -> None:
    """'is set to take delivery of four jets' receives, like 'will receive'."""
    assert commitments_in("The airline is set to take delivery of four jets by June.") == ()


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        (
            "The regulator will publish the filings every month while the appeal is pending.",
            "while the appeal is pending",
        ),
        (
            "The grocer will run job fairs about four weeks before each opening.",
            "about four weeks before each opening",
        ),
    ],
)
def test_lasting_states_and_times_before_each_event_bound_actions(sentence: str, deadline: str) -> None:
    """'while the appeal is pending' and 'about four weeks before each opening' are undated deadlines."""
    found = only(sentence)
    assert found.deadline is not None
    assert found.deadline.text == deadline
    assert found.deadline.date is None
