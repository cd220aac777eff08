"""Commitment classes found by scoring releases the parser had never seen.

Each test states a construction in sentences written for it (fictional bodies and
people): trigger variants of the closed list, bodies named by common nouns or by names
ending in a thing word, conditions and wishes that commit no one, headline forms, and
clock times and events in deadlines.
"""

from __future__ import annotations

import time

import pytest

from pressdoc import parse
from pressdoc._deadlines import iter_deadlines
from tests.test_commitments import commitments_in, only

# --- trigger variants ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "modality", "text"),
    [
        (
            "The Lakeside Clinic has also reached an agreement with the Orchard Nurses Union to share "
            "night staff.",
            "agree",
            "The Lakeside Clinic has also reached an agreement with the Orchard Nurses Union to share "
            "night staff",
        ),
        (
            "Tollan Rail signed an agreement with Merrow County to rebuild the station.",
            "agree",
            "Tollan Rail signed an agreement with Merrow County to rebuild the station",
        ),
        (
            "Under the new code, licence holders will be obliged to report every outage.",
            "must",
            "licence holders will be obliged to report every outage",
        ),
        (
            "Operators are legally obliged to publish the figures.",
            "must",
            "Operators are legally obliged to publish the figures",
        ),
        (
            "The minister said Vellmark was determined to finish the tunnel.",
            "determined",
            "Vellmark was determined to finish the tunnel",
        ),
        (
            "The Brisa Tenants Union promises to publish its accounts.",
            "promise",
            "The Brisa Tenants Union promises to publish its accounts",
        ),
        (
            "Orla Freight shall deliver the parts to every depot.",
            "will",
            "Orla Freight shall deliver the parts to every depot",
        ),
    ],
)
def test_trigger_variants(sentence: str, modality: str, text: str) -> None:
    """Each listed trigger works with an object before "to", a tense, or a modal before it."""
    found = only(sentence)
    assert (found.modality, found.text) == (modality, text)


def test_will_be_obliged_is_must_and_keeps_its_action() -> None:
    """'will be obliged to' is an obligation whose action starts after "to"."""
    found = only("Members will be obliged to vote in person.")
    assert found.modality == "must"
    assert found.action == "vote in person"


def test_noun_modifier_in_ing_stays_in_the_subject() -> None:
    """A noun in -ing before the head ("marketing", "housing") is part of the actor."""
    found = only("The housing authority will repair 300 flats.")
    assert found.actor.text == "The housing authority"


# --- agents --------------------------------------------------------------------------


def test_name_ending_in_a_thing_word_acts_when_printed_as_a_longer_body_name() -> None:
    """'Copper Tower' acts when the release also prints 'Copper Tower Youth Trust'."""
    source = (
        "Copper Tower Youth Trust opened its doors in 1998.\n\n"
        "Copper Tower seeks to open two hostels by the end of June."
    )
    found = only(source)
    assert found.actor.text == "Copper Tower"
    assert found.actor.ref == "Copper Tower Youth Trust"
    assert found.modality == "aim"


def test_name_ending_in_a_thing_word_alone_stays_a_thing() -> None:
    """Without a longer name of a body, 'the Copper Tower' is a structure."""
    assert commitments_in("The Copper Tower will house 90 offices.") == ()


@pytest.mark.parametrize("head", ["fund", "network"])
def test_common_noun_standing_for_a_named_body_acts(head: str) -> None:
    """'the fund' / 'the network' act when they stand for a body's name printed before."""
    source = (
        f"The Marlow Valley {head.capitalize()} was founded by four towns.\n\n"
        f"The {head} intends to open two offices in 2027."
    )
    found = only(source)
    assert found.actor.text == f"The {head}"
    assert found.actor.ref == f"The Marlow Valley {head.capitalize()}"


def test_common_noun_without_a_named_body_is_a_thing() -> None:
    """'the network' with no named network before it is not an agent."""
    assert commitments_in("The network will carry twice the traffic.") == ()


def test_joint_venture_acts() -> None:
    """A joint venture is a company."""
    found = only("The joint venture intends to hire 80 welders.")
    assert found.actor.text == "The joint venture"


def test_money_is_not_an_agent() -> None:
    """'$40 Million' before "Plan to" is an amount, not a body."""
    assert commitments_in("The mayor backed a $40 Million Plan to Rebuild Bridges.") == ()


# --- conditions and wishes -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If a tenant has to leave early, the deposit is returned.",
        "Residents who want to know whether their meter is affected can call the office.",
        "The bursary is paid to nurses who agree to serve two years on the islands.",
        "Pellar is exactly the kind of brand we want to own: small and loved.",
        "The best crews will win the regional title.",
    ],
)
def test_condition_or_wish_commits_no_one(sentence: str) -> None:
    """A clause under "if", a restrictive wish of whoever, a wish to learn, an outcome."""
    assert commitments_in(sentence) == ()


def test_commitment_after_an_if_clause_stays() -> None:
    """'If elected, she pledges to …': the trigger is in the main clause."""
    found = only("If elected, she pledges to cut fares.")
    assert found.modality == "pledge"


def test_relative_set_off_by_commas_still_commits() -> None:
    """'The partners, who agree to share costs, …': a non-restrictive relative asserts."""
    texts = [c.text for c in commitments_in("The partners, who agree to share costs, will meet in May.")]
    assert "who agree to share costs" in texts


def test_second_finite_verb_ends_the_action() -> None:
    """'… is committed to ending X and works with …': 'works' is the subject's second verb."""
    found = only("Tamsin Aid is committed to ending hunger in the valley and works with 900 volunteers.")
    assert found.text == "Tamsin Aid is committed to ending hunger in the valley"


# --- headlines -----------------------------------------------------------------------


def _release(headline: str, body: str = "The company said more details will follow.") -> str:
    return f"{headline}\n\nOSLO, March 3, 2026 -- {body}\n"


def test_headline_second_verb_after_a_comma() -> None:
    """'Council approves plan, commits to building …': the headline's subject commits."""
    article = parse(_release("Ferrow Council approves transit plan, commits to building 800 homes"))
    found = [c for c in article.commitments if c.modality == "commit"]
    assert [c.text for c in found] == ["commits to building 800 homes"]
    assert found[0].actor.text == "Ferrow Council"


def test_headline_after_semicolon_with_lowercase_subject() -> None:
    """'…; company to advance …' is a headline commitment of the company."""
    article = parse(_release("Dravo Foods posts record sales; company to open second bakery"))
    assert [c.text for c in article.commitments if c.modality == "will"][:1] == [
        "company to open second bakery"
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Pellow Foods and Ardent Labs Partner to Cut Packaging Waste",
        "Governor Hale Unveils $40 Million Plan to Resurface Rural Roads",
        "Require Landlords to Register Every Unit",
    ],
)
def test_headline_forms_that_are_not_x_to_do_y(headline: str) -> None:
    """A plural subject's verb, an amount before "Plan to", an imperative: no commitment."""
    article = parse(_release(headline))
    assert [c.text for c in article.commitments if headline.startswith(c.text[:10])] == []


def test_all_capitals_headline_broken_over_two_lines_is_one_commitment() -> None:
    """'ACME TO UPGRADE / LINES BY 2000' is one headline and one commitment."""
    source = _release("BRANLEY WATER BOARD TO REPLACE\nOLD MAINS, ADD 900 METERS BY 2028")
    found = parse(source).commitments[0]
    assert found.text == "BRANLEY WATER BOARD TO REPLACE\nOLD MAINS, ADD 900 METERS BY 2028"
    assert found.deadline is not None
    assert found.deadline.text == "BY 2028"


# --- deadlines -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "deadline", "date"),
    [
        (
            "Norte will host a call today at 9:00 a.m. ET to discuss results.",
            "today at 9:00 a.m. ET",
            "2024-03-15",
        ),
        (
            "Norte will host a call at 10:30 a.m. Eastern Time on April 2, 2024.",
            "at 10:30 a.m. Eastern Time on April 2, 2024",
            "2024-04-02",
        ),
        ("Norte will discuss the sale at 7:30 a.m. CT today.", "at 7:30 a.m. CT today", "2024-03-15"),
        ("The board will meet members on Apr. 9 at 6 p.m. at the hall.", "on Apr. 9 at 6 p.m.", "2024-04-09"),
        ("Norte plans to open a branch in Lisbon later in 2026.", "later in 2026", "2026-12-31"),
        (
            "The land office has agreed to issue licences within 45 days of a signed contract being lodged.",
            "within 45 days of a signed contract",
            None,
        ),
    ],
)
def test_deadline_takes_clock_times_and_events(sentence: str, deadline: str, date: str | None) -> None:
    """A clock time belongs to its day; "later in" and a counted-from event stay whole."""
    found = only(sentence)
    assert found.deadline is not None
    assert (found.deadline.text, found.deadline.date) == (deadline, date)


def test_fronted_deadline_and_second_action_with_its_own() -> None:
    """'In 2027 we will expand X and open Y by March': two actions, two deadlines."""
    found = commitments_in("In 2027 we will double our fleet and open a depot in Porto by March.")
    assert [(c.text, c.deadline.text if c.deadline else None) for c in found] == [
        ("we will double our fleet", "In 2027"),
        ("open a depot in Porto by March", "by March"),
    ]


@pytest.mark.parametrize(
    "adversarial",
    [
        "within 9 days of " + "of " * 20_000,
        "within 9 days of " + "a-" * 20_000,
        "at 7 p.m. " * 10_000,
        "Acme reached an agreement with " + "with " * 20_000 + "to",
        "Pell Tower Trust opened. " + "".join(f"Pell{i} Tower will open a lane. " for i in range(20_000)),
        "Acme will meet on that date. " * 20_000,
    ],
)
def test_new_patterns_linear_on_adversarial_input(adversarial: str) -> None:
    """The new branches stay linear on long repetitive input."""
    began = time.perf_counter()
    list(iter_deadlines(adversarial, 0, len(adversarial)))
    commitments_in(adversarial)
    assert time.perf_counter() - began < 30


def test_time_named_by_reference_takes_the_date_printed_before() -> None:
    """'on that date', 'until then' take the date of the last dated expression before them."""
    source = (
        "The new rules apply from March 1, 2025. "
        "Ilse Moor will publish the first audit on that date.\n\n"
        "The old permits expire on 30 June 2026. Until then, ferry operators must keep paper logs."
    )
    dated = {c.text: (c.deadline.text, c.deadline.date) for c in commitments_in(source) if c.deadline}
    assert dated["Ilse Moor will publish the first audit on that date"] == ("on that date", "2025-03-01")
    assert dated["ferry operators must keep paper logs"] == ("Until then", "2026-06-30")


def test_meeting_bounds_an_action_without_a_date() -> None:
    """'until the 2026 annual meeting of shareholders' is an event: no calendar date."""
    found = only(
        "Rana Bell will keep the finance brief until the 2026 annual meeting of shareholders, "
        "after which Lin takes it."
    )
    assert found.text == "Rana Bell will keep the finance brief until the 2026 annual meeting of shareholders"
    assert found.deadline is not None
    assert (found.deadline.text, found.deadline.date) == (
        "until the 2026 annual meeting of shareholders",
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Orla Freight has decided not to sell its depot.", True),
        ("Orla Freight enters into agreement to lease two cranes.", False),
        ("Orla Freight is also set to open a depot.", False),
    ],
)
def test_more_trigger_forms(sentence: str, negated: bool) -> None:
    """'decided not to', an agreement without an article, 'is also set to'."""
    assert only(sentence).negated is negated


# --- more agents, verbs and clause ends ----------------------------------------------


def test_name_before_a_description_and_a_relative_is_the_actor() -> None:
    """'Jo Ruiz, chief executive of Pellow, whose firm …, will': Jo Ruiz acts."""
    found = only(
        "Jo Ruiz, chief executive of Pellow, whose firm she built from a garage, will stay on as chair."
    )
    assert found.actor.text == "Jo Ruiz"


def test_named_aside_after_a_description_is_the_actor() -> None:
    """'Its regional ally, the Tana River Guild, has agreed to …': the name acts."""
    found = only("Its regional ally, the Tana River Guild, has agreed to repair 40 boats.")
    assert found.actor.text == "the Tana River Guild"
    assert found.text.startswith("Its regional ally")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("We will get the crews back to work by May.", True),
        ("Acme will get a bonus.", False),
        ("Kelso Town will face Brae United at home on 14 September.", True),
        ("Acme will face strong headwinds.", False),
        ("Acme expects to report interim data from the trial late next year.", True),
        ("Acme expects to report revenue of $2 billion.", False),
        ("Nobody wants to delay the vote.", False),
    ],
)
def test_verbs_that_act_only_in_context(sentence: str, kept: bool) -> None:
    """'get X back to work', 'face' a named side, 'report interim data' act; their usual senses do not."""
    assert bool(commitments_in(sentence)) is kept


def test_quoted_title_inside_the_action_does_not_end_it() -> None:
    """A title in quotation marks inside the action keeps the deadline after it."""
    found = only("Acme will launch the scheme under the name “Clean Taps” next month.")
    assert found.deadline is not None
    assert found.deadline.text == "next month"


def test_aside_before_the_deadline_stays_in_the_action() -> None:
    """'…tripling exports, which reached $3 billion in 2023, by 2031': the deadline is the action's."""
    found = only("The two cities committed to tripling exports, which reached $3 billion in 2024, by 2031.")
    assert found.deadline is not None
    assert found.deadline.text == "by 2031"


def test_adverbial_clause_with_its_own_subject_ends_the_action() -> None:
    """', as she sought to …' is another clause: its time does not bound the action."""
    found = only("Mara Lind promised to build a clinic, as she courted farmers before the June election.")
    assert found.text == "Mara Lind promised to build a clinic"
    assert found.deadline is None


def test_coordinated_verb_takes_the_main_clause_subject() -> None:
    """'Acme is set to open a site for clients that must …, and aims to …': Acme aims."""
    found = commitments_in(
        "Vessa Cloud is set to open a site in Lyon for banks that must keep data in France, "
        "and aims to finish its audit by the end of the year."
    )
    aims = [c for c in found if c.modality == "aim"]
    assert [c.actor.text for c in aims] == ["Vessa Cloud"]


def test_past_obligation_is_not_a_commitment() -> None:
    """'was obliged to' reports an obligation already met or lapsed; 'is obliged to' commits."""
    assert commitments_in("In 2019 the mill was obliged to close its kiln.") == ()


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The town council approved the budget and will hire 20 wardens.", "The town council"),
        ("The merged bank reported a profit and expects to open 12 branches in 2027.", "The merged bank"),
    ],
)
def test_coordinated_verb_after_a_past_verb_takes_the_opening_subject(sentence: str, actor: str) -> None:
    """'The town council approved X and will …': the subject before the first verb acts."""
    assert [c.actor.text for c in commitments_in(sentence)] == [actor]


@pytest.mark.parametrize(
    ("sentence", "actor", "text"),
    [
        (
            "The governor signed the order on Monday, pledging to hire 200 rangers by 2027.",
            "The governor",
            "pledging to hire 200 rangers by 2027",
        ),
        ("The board met in May, agreeing to sell the ferry.", "The board", "agreeing to sell the ferry"),
    ],
)
def test_participle_trigger_after_a_comma_takes_the_clause_subject(
    sentence: str, actor: str, text: str
) -> None:
    """', pledging to …' / ', agreeing to …': the subject of the clause commits."""
    found = only(sentence)
    assert (found.actor.text, found.text) == (actor, text)


def test_committed_itself_to() -> None:
    """'has committed itself to' is 'commits to'."""
    assert only("Vessa Cloud has committed itself to cutting its water use.").modality == "commit"


@pytest.mark.parametrize(
    ("sentence", "deadline", "date"),
    [
        ("Vessa Cloud expects to file its plan by fiscal 2027.", "by fiscal 2027", "2027-06-30"),
        (
            "Vessa Cloud will open 12 stores in the second quarter of fiscal 2027.",
            "in the second quarter of fiscal 2027",
            "2026-12-31",
        ),
        ("Vessa Cloud will hire staff before fiscal 2028.", "before fiscal 2028", "2027-06-30"),
    ],
)
def test_fiscal_period_is_dated_when_the_fiscal_year_end_is_printed(
    sentence: str, deadline: str, date: str
) -> None:
    """'Its fiscal year ends on June 30' dates fiscal periods (named by the year they end in)."""
    found = only(f"{sentence} The company's fiscal year ends on June 30.")
    assert found.deadline is not None
    assert (found.deadline.text, found.deadline.date) == (deadline, date)


def test_fiscal_period_has_no_date_without_a_printed_fiscal_calendar() -> None:
    """Without the fiscal year end, 'by fiscal 2027' has no date."""
    found = only("Vessa Cloud expects to file its plan by fiscal 2027.")
    assert found.deadline is not None
    assert found.deadline.date is None


def test_attribution_ends_the_action() -> None:
    """', according to a filing published in May' is no part of the action, nor its time."""
    found = only("Vessa Cloud will pay for the deal in cash, according to a filing published in May.")
    assert found.text == "Vessa Cloud will pay for the deal in cash"
    assert found.deadline is None


def test_trailing_announcement_ends_the_action() -> None:
    """', the firm announced today' reports the news: its 'today' is not the deadline."""
    found = only("Vessa Cloud will build a data hall in Lyon, the firm announced today.")
    assert found.text == "Vessa Cloud will build a data hall in Lyon"
    assert found.deadline is None
