"""The commitments stage: triggers, agents, exclusions, spans, deadlines, quotes."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressdoc._commitments import find_commitments, sentences
from pressdoc._header import Header
from pressdoc._model import Article, Commitment, Dateline, Paragraph, Quote, Speaker
from pressdoc._text import TextView
from tests.commitment_strategies import Release, releases


def commitments_in(
    source: str,
    *,
    published: str | None = "2024-03-15",
    quotes: tuple[Quote, ...] = (),
    roles: dict[int, str] | None = None,
) -> tuple[Commitment, ...]:
    """Run the stage on ``source`` split into body paragraphs (roles by index)."""
    view = TextView(source)
    paragraphs = tuple(
        Paragraph(m.group(), m.start(), m.end(), (roles or {}).get(i, "body"))  # type: ignore[arg-type]
        for i, m in enumerate(re.finditer(r"\S(?:.|\n(?!\n))*", source))
    )
    # A dateline before the first paragraph tells the stage where the body starts.
    header = Header(paragraphs=paragraphs, published=published, dateline=Dateline(text="", start=0, end=0))
    found = find_commitments(view, paragraphs, quotes, header)
    # Whatever the stage returns must be valid in an Article.
    Article(source=source, paragraphs=paragraphs, quotes=quotes, commitments=found)
    return found


def only(source: str, **kwargs: object) -> Commitment:
    """The one commitment in ``source``."""
    found = commitments_in(source, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# --- modalities -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "modality", "actor", "text"),
    [
        (
            "Acme Corp. will open a plant in Ohio.",
            "will",
            "Acme Corp.",
            "Acme Corp. will open a plant in Ohio",
        ),
        ("The ministry shall publish the rules.", "will", "The ministry", None),
        ("The students are going to present their work.", "will", "The students", None),
        ("The school is set to reopen its library.", "will", "The school", None),
        ("The company plans to hire 300 workers.", "plan", "The company", None),
        ("The council decided to build a library.", "plan", "The council", None),
        ("Northwind announced plans to build two plants.", "plan", "Northwind", None),
        ("The board is preparing to sell the unit.", "plan", "The board", None),
        ("The foundation intends to double its grants.", "intend", "The foundation", None),
        ("The mayor wants to expand the bus network.", "intend", "The mayor", None),
        ("We aim to cut water use by half.", "aim", "We", None),
        ("The team strives to answer every call.", "aim", "The team", None),
        ("The agency seeks to reduce waiting times.", "aim", "The agency", None),
        ("Our goal is to plant a million trees.", "aim", "Our", None),
        ("Acme's goal is to reach every school.", "aim", "Acme", None),
        ("The city has set an ambitious target to recycle most of its waste.", "aim", "The city", None),
        ("Fjordline expects to complete the ferry terminal.", "expect", "Fjordline", None),
        ("The governor promised to repair the bridge.", "promise", "The governor", None),
        ("The bank has pledged to lend $5 million to farmers.", "pledge", "The bank", None),
        ("The board is committed to returning capital to shareholders.", "commit", "The board", None),
        ("The partners commit to sharing their data.", "commit", "The partners", None),
        ("The union reaffirmed its commitment to training apprentices.", "commit", "The union", None),
        ("The ministry announced its decision to close the office.", "plan", "The ministry", None),
        ("The mayor restated her pledge to repave every road.", "pledge", "The mayor", None),
        ("The board confirmed its promise to keep the plant open.", "promise", "The board", None),
        ("The firm announced its intention to list its shares.", "intend", "The firm", None),
        (
            "The two states reaffirmed their joint resolve to end the dispute.",
            "determined",
            "The two states",
            None,
        ),
        ("Both sides agreed to resume talks.", "agree", "Both sides", None),
        (
            "Acme and Beta have entered into an agreement to combine their labs.",
            "agree",
            "Acme and Beta",
            None,
        ),
        ("The two firms reached an agreement to share research.", "agree", "The two firms", None),
        ("Shareholders must approve the merger.", "must", "Shareholders", None),
        ("We have to act now to protect the coast.", "must", "We", None),
        ("The utility is obliged to notify its customers.", "must", "The utility", None),
        ("The mayor has directed city agencies to prepare shelters.", "must", "The mayor", None),
        ("Councils will have to publish their budgets.", "must", "Councils", None),
        ("We will certainly continue to support our partners.", "will", "We", None),
        ("We will continue to be a reliable partner.", "will", "We", None),
        ("The government is determined to finish the road.", "determined", "The government", None),
        ("The leaders resolved to deepen their cooperation.", "determined", "The leaders", None),
    ],
)
def test_modalities(sentence: str, modality: str, actor: str, text: str | None) -> None:
    """Every trigger of the closed list gives its modality and the printed actor."""
    commitment = only(sentence)
    assert commitment.modality == modality
    assert commitment.actor.text == actor
    assert commitment.text == (text or sentence.rstrip("."))
    assert not commitment.negated


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("We will not raise prices.", "will"),
        ("The firm won't close the store.", "will"),
        ("The company has no plans to sell the unit.", "plan"),
        ("The ministry does not intend to raise taxes.", "intend"),
        ("The club will never leave the city.", "will"),
        ("Acme will no longer sell cigarettes.", "will"),
    ],
)
def test_negation(sentence: str, modality: str) -> None:
    """ "will not", "has no plans to" and the like are negated commitments."""
    commitment = only(sentence)
    assert (commitment.modality, commitment.negated) == (modality, True)


# --- exclusions -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # Things, events, money and efforts do not act.
        "The acquisition will bring together two leading teams.",
        "The partnership will create 200 jobs.",
        "The proceeds will fund the new terminal.",
        "The campaign aims to raise awareness of heart disease.",
        "This year's edition will feature more speakers.",
        "Donations will support the shelter.",
        # Receiving or having is not acting.
        "Customers will receive a discount.",
        "Members will continue to receive the newsletter.",
        "Employees will have access to the new gym.",
        "Local residents will benefit from cleaner air.",
        "The firm will be able to serve more customers.",
        # Predictions, beliefs, possibilities.
        "Demand will grow strongly in 2025.",
        "I am sure the project will be a success.",
        "We believe the market will recover.",
        "Acme could expand further.",
        "The firm will likely raise prices.",
        "I will always remember that day.",
        "Registration will open on May 1.",
        "The offer will expire on June 30.",
        "The deal is expected to close later this year.",
        # Earnings forecasts.
        "The company expects revenue to grow 5% next year.",
        "The company expects to report revenue of $2 billion.",
        # Past actions and non-triggers.
        "The company opened a store in 2020.",
        "We look forward to working with them.",
        "We are excited to join the team.",
        "The team is ready to help.",
        "The clinic is dedicated to serving the community.",
        "The coalition works to improve safety.",
        "We hope to see you there.",
        # Noun mentions and passives without an agent.
        "Our commitment to hiring locally is unwavering.",
        "The leaders reaffirmed their pledge to the region.",
        "The plan to rebuild the schools was developed in May.",
        "The new center will be operated by Beta.",
        "The company will be acquired by Gamma.",
        "The unit will continue to be led by its founder.",
        # Idiom, question, name.
        "Visitors can see everything the city has to offer.",
        "Will the company raise prices?",
        "Analysts met Will Smith in the lobby.",
    ],
)
def test_not_commitments(sentence: str) -> None:
    """Sentences the guidelines exclude give no commitment."""
    assert commitments_in(sentence) == ()


def test_disclaimer_paragraphs_are_skipped() -> None:
    """Forward-looking-statement boilerplate never gives commitments, by role or by wording."""
    source = (
        "Acme will open a plant.\n\n"
        "This release contains forward-looking statements. The company will update them only as required.\n\n"
        "The company will hire staff."
    )
    assert [c.text for c in commitments_in(source)] == [
        "Acme will open a plant",
        "The company will hire staff",
    ]
    assert commitments_in("Acme will open a plant.", roles={0: "disclaimer"}) == ()
    assert commitments_in("Acme will open a plant.", roles={0: "contact"}) == ()


# --- spans, actors and clauses ------------------------------------------------------


def test_spans_are_exact_and_ids_ordered() -> None:
    """Text is the source at the span; ids run c1, c2, … in source order."""
    source = "Intro line here.\n\nAcme will build a dock. The city plans to pave the road.\n\nWe must act."
    found = commitments_in(source)
    assert [c.id for c in found] == ["c1", "c2", "c3"]
    for c in found:
        assert source[c.start : c.end] == c.text
    assert [c.action for c in found] == ["build a dock", "pave the road", "act"]
    assert only("Councils will have to publish budgets.").action == "publish budgets"


def test_clause_ends_at_a_semicolon_and_a_coordinated_clause() -> None:
    """The action stops before "; …" and before a coordinated clause with its own subject."""
    found = commitments_in(
        "The firm will add a line; prices stay. Acme will hire staff, and Beta will train them."
    )
    assert [c.text for c in found] == [
        "The firm will add a line",
        "Acme will hire staff",
        "Beta will train them",
    ]


def test_coordinated_verb_inherits_the_subject() -> None:
    """ "X will A and will B" gives two commitments; the second starts at its trigger."""
    found = commitments_in("Acme will keep its stake and will continue to run the plant.")
    assert [(c.text, c.actor.text) for c in found] == [
        ("Acme will keep its stake", "Acme"),
        ("will continue to run the plant", "Acme"),
    ]


def test_nested_commitment_is_not_listed() -> None:
    """A commitment inside another's action is part of it."""
    found = commitments_in("Acme plans to build plants that the company expects to finish by 2028.")
    assert [c.modality for c in found] == ["plan"]


def test_appositive_and_relative_subjects() -> None:
    """The subject before an appositive acts; "that"/"who" clauses hang on their antecedent."""
    assert only("Jane Doe, the founder, will step down.").actor.text == "Jane Doe"
    relative = only("The mayor named a task force that will review the budget.")
    assert (relative.actor.text, relative.text) == (
        "a task force",
        "a task force that will review the budget",
    )
    who = only("The grant goes to donors who are committed to funding research.")
    assert (who.actor.text, who.actor.ref) == ("who", "donors")


def test_subjectless_clauses() -> None:
    """A line opening with the trigger, or with an adverb and the trigger, has no printed actor."""
    found = commitments_in("Will Serve Meals to Seniors Across the County\n\nTogether, will end hunger here.")
    assert [(c.text, c.actor.text) for c in found] == [
        ("Will Serve Meals to Seniors Across the County", ""),
        ("will end hunger here", ""),
    ]


def test_quantified_relative() -> None:
    """ "many of whom will stay" keeps the quantified relative as the actor."""
    commitment = only("The firm thanked its temporary staff, many of whom will stay with the crew.")
    assert (commitment.actor.text, commitment.text) == (
        "many of whom",
        "many of whom will stay with the crew",
    )


def test_it_resolves_to_the_announcer() -> None:
    """ "Acme announced that it will …": "it" is Acme, an agent."""
    commitment = only("Acme announced that it will close two stores.")
    assert (commitment.actor.text, commitment.actor.ref) == ("it", "Acme")
    assert commitments_in("The offence is new. It will make roads safer.") == ()
    assert commitments_in("These reforms will cut delays. They will remove barriers.") == ()
    assert len(commitments_in("The unions will meet. They will sign the deal.")) == 2


def test_headline_to_form() -> None:
    """A headline "X to Do Y" is a "will" commitment; "X Launches Campaign to Y" is not."""
    source = "Acme to Open Three Plants in Ohio\n\nBody text follows here."
    view = TextView(source)
    paragraphs = (
        Paragraph("Acme to Open Three Plants in Ohio", 0, 33, "headline"),
        Paragraph("Body text follows here.", 35, 58, "body"),
    )
    found = find_commitments(view, paragraphs, (), Header(paragraphs=paragraphs))
    assert [(c.text, c.modality, c.actor.text) for c in found] == [
        ("Acme to Open Three Plants in Ohio", "will", "Acme")
    ]
    other = "Acme Launches Campaign to Fund Schools"
    lone = (Paragraph(other, 0, len(other), "headline"),)
    assert find_commitments(TextView(other), lone, (), Header(paragraphs=lone)) == ()


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        ("Acme Will Open Two Plants in Ohio", "Acme Will Open Two Plants in Ohio"),
        ("Acme Set to Open Two Plants", "Acme Set to Open Two Plants"),
    ],
)
def test_title_case_headline_triggers(headline: str, text: str) -> None:
    """In a title-case headline "Will" is the modal and "Set to" is "will"."""
    paragraphs = (Paragraph(headline, 0, len(headline), "headline"),)
    found = find_commitments(TextView(headline), paragraphs, (), Header(paragraphs=paragraphs))
    assert [(c.text, c.modality, c.actor.text) for c in found] == [(text, "will", "Acme")]


def test_list_after_a_colon() -> None:
    """Items under "X pledge to:" are each a commitment of X."""
    source = (
        "The member councils pledge to:\n\n(1) Support the fund;\n\n"
        "(2) Meet within 6 months; and\n\nOther text."
    )
    found = commitments_in(source, published="2024-07-11")
    assert [(c.text, c.actor.text, c.modality) for c in found] == [
        ("Support the fund", "The member councils", "pledge"),
        ("Meet within 6 months", "The member councils", "pledge"),
    ]
    assert found[1].deadline is not None
    assert found[1].deadline.date == "2025-01-11"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The member towns pledge to share one snowplough fleet.", "The member towns"),
        ("Coastal villages will build two seawalls by 2028.", "Coastal villages"),
        ("The township has agreed to repave Mill Road.", "The township"),
        ("Local farmers plan to plant 5,000 trees this spring.", "Local farmers"),
        ("Citrus growers intend to cut water use by a third.", "Citrus growers"),
        ("The landlords will freeze rents for two years.", "The landlords"),
        ("The tenants have agreed to end the rent strike.", "The tenants"),
        ("Inshore fishermen will observe a three-month closure.", "Inshore fishermen"),
        ("The townspeople pledged to rebuild the chapel.", "The townspeople"),
        ("The new trainees will complete six weeks of drills.", "The new trainees"),
        ("The retirees plan to mentor young welders.", "The retirees"),
        ("The fire service will inspect every tower block by June.", "The fire service"),
        ("The consortia will submit joint bids.", "The consortia"),
        ("The statistics bureaus will publish one shared index.", "The statistics bureaus"),
        ("Club supporters will hold a vigil on Saturday.", "Club supporters"),
        ("Village elders agreed to meet the ministry in May.", "Village elders"),
        ("Young entrepreneurs will pitch to a panel of investors.", "Young entrepreneurs"),
        ("The watchdog will review every complaint within 30 days.", "The watchdog"),
    ],
)
def test_agent_heads_by_class(sentence: str, actor: str) -> None:
    """Towns, villages, growers, -ee and -men nouns and the like are agents."""
    assert only(sentence).actor.text == actor


def test_list_under_a_collective_of_towns() -> None:
    """Items under "The member towns pledge to:" are commitments like those under councils."""
    found = commitments_in("The member towns pledge to:\n\n(1) Share one depot;\n\n(2) Buy electric buses.")
    assert [(c.text, c.actor.text) for c in found] == [
        ("Share one depot", "The member towns"),
        ("Buy electric buses", "The member towns"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The coffee will taste better.",
        "The guarantee will cover repairs for five years.",
        "The new decree will take effect on May 1.",
        "The pilot will run for six months.",
        "The fund will pay out in June.",
        "With the new ward, patients no longer have to travel for dialysis.",
        "Members don't have to renew until May.",
        "Residents will not have to pay the fee.",
    ],
)
def test_class_endings_do_not_let_things_in(sentence: str) -> None:
    """Things ending like agent nouns, and lifted obligations, give no commitment."""
    assert commitments_in(sentence) == ()


def test_list_in_the_same_paragraph() -> None:
    """Bullet lines right under "Acme will:" are commitments too."""
    found = commitments_in(
        "Acme will:\n* Open a lab in Oslo by 2026;\n* Hire 40 chemists.\nOther news follows."
    )
    assert [(c.text, c.actor.text, c.modality) for c in found] == [
        ("Open a lab in Oslo by 2026", "Acme", "will"),
        ("Hire 40 chemists", "Acme", "will"),
    ]


def test_repeated_headline_gives_one_commitment() -> None:
    """The same commitment printed twice is one."""
    source = "The mayor promises to fix roads\n\nThe mayor promises to fix roads\n\nBody text."
    assert len(commitments_in(source, roles={0: "headline", 1: "headline"})) == 1


# --- deadlines --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "deadline", "date", "granularity"),
    [
        ("Acme will open the plant by 2030.", "2019-06-28", "by 2030", "2030-12-31", "year"),
        ("The city will repave the road next year.", "2019-06-28", "next year", "2020-12-31", "year"),
        (
            "Acme expects to close the deal in the second quarter of 2022.",
            None,
            "in the second quarter of 2022",
            "2022-06-30",
            "quarter",
        ),
        ("The school must reopen by September 1.", "2025-06-01", "by September 1", "2025-09-01", "day"),
        ("The agency will respond within 90 days.", "2024-01-15", "within 90 days", "2024-04-14", "day"),
        ("Acme expects to finish the merger in fiscal 2026.", "2025-05-01", "in fiscal 2026", None, "year"),
        ("We will adopt the rules in the near future.", "2024-01-01", "in the near future", None, "vague"),
        ("The club will move this fall.", "2024-09-26", "this fall", "2024-11-30", "month"),
        (
            "The firm will pay the debt by the end of the year.",
            "2024-02-29",
            "by the end of the year",
            "2024-12-31",
            "year",
        ),
        ("The council plans to finish by mid-2027.", None, "by mid-2027", "2027-06-30", "quarter"),
        (
            "Acme will hold a call at 5:00 p.m. ET on March 20, 2024.",
            None,
            "at 5:00 p.m. ET on March 20, 2024",
            "2024-03-20",
            "day",
        ),
    ],
)
def test_deadlines(
    sentence: str, published: str | None, deadline: str, date: str | None, granularity: str
) -> None:
    """The deadline is the printed expression, dated against the release date."""
    commitment = only(sentence, published=published)
    assert commitment.deadline is not None
    assert (commitment.deadline.text, commitment.deadline.date, commitment.deadline.granularity) == (
        deadline,
        date,
        granularity,
    )


def test_a_past_date_is_not_a_deadline() -> None:
    """A time the release date has passed dates something else, not the action."""
    commitment = only("Acme will expand the program launched in 2019 by 2027.", published="2024-05-01")
    assert commitment.deadline is not None
    assert commitment.deadline.text == "by 2027"


def test_fronted_deadline() -> None:
    """A deadline opening the sentence bounds the clause after it."""
    commitment = only("In the near future, the board will publish new guidance.")
    assert commitment.text == "the board will publish new guidance"
    assert commitment.deadline is not None
    assert commitment.deadline.text == "In the near future"


def test_two_actions_with_two_deadlines_are_two_commitments() -> None:
    """One trigger, two actions with different deadlines: two commitments."""
    found = commitments_in("The state has set targets to reach 40% clean power by 2030 and 100% by 2045.")
    assert [(c.text, c.deadline.text if c.deadline else None) for c in found] == [
        ("The state has set targets to reach 40% clean power by 2030", "by 2030"),
        ("100% by 2045", "by 2045"),
    ]


def test_not_a_deadline() -> None:
    """ "in the future" and "for the coming year" do not bound an action."""
    assert only("We will defend it today and in the future.").deadline is None
    commitment = only("The club plans to pick kit suppliers for the coming year within the coming months.")
    assert commitment.deadline is not None
    assert commitment.deadline.text == "within the coming months"


# --- quotes and actor references ------------------------------------------------------


def test_we_in_a_quote_is_the_speakers_organization() -> None:
    """ "we" inside a quote refers to the organization in the speaker's role."""
    source = "“We will build a dock,” said Ana Ruiz, chief executive officer of Portline."
    quote = Quote(
        id="q1",
        text="We will build a dock",
        start=1,
        end=21,
        speaker=Speaker(name="Ana Ruiz", role="chief executive officer of Portline"),
    )
    commitment = only(source, quotes=(quote,))
    assert (commitment.quote, commitment.actor.text, commitment.actor.ref) == ("q1", "We", "Portline")


def test_i_in_a_quote_is_the_speaker() -> None:
    """ "I" inside a quote is the speaker."""
    source = "“I will visit every school,” said Ana Ruiz."
    quote = Quote(
        id="q1", text="I will visit every school", start=1, end=26, speaker=Speaker(name="Ana Ruiz")
    )
    commitment = only(source, quotes=(quote,))
    assert (commitment.actor.text, commitment.actor.ref) == ("I", "Ana Ruiz")


def test_group_words_refer_to_the_named_pair() -> None:
    """ "The parties" and "they" refer to the last pair of names printed."""
    found = commitments_in(
        "Leaders of Norland and Estria met in May. The parties agreed to open a rail link."
    )
    assert (found[0].actor.text, found[0].actor.ref) == ("The parties", "Norland and Estria")


def test_acronym_refers_to_its_name() -> None:
    """An acronym actor refers to the name it abbreviates."""
    source = "The Lakeside Visitors Bureau (LVB) met. LVB will host the fair."
    commitment = only(source)
    assert (commitment.actor.text, commitment.actor.ref) == ("LVB", "The Lakeside Visitors Bureau")


# --- generated releases -------------------------------------------------------------


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_generated_releases_give_exactly_their_commitments(release: Release) -> None:
    """On generated releases the stage returns exactly the known commitments."""
    found = find_commitments(release.view, release.paragraphs, release.quotes, release.header)
    got = [
        (
            c.text,
            c.actor.text,
            c.modality,
            c.negated,
            c.deadline.text if c.deadline else None,
            c.deadline.date if c.deadline else None,
            c.quote,
        )
        for c in found
    ]
    want = [(e.text, e.actor, e.modality, e.negated, e.deadline, e.date, e.quote) for e in release.expected]
    assert got == want
    for c, e in zip(found, release.expected, strict=True):
        if e.actor_ref is not None:
            assert c.actor.ref == e.actor_ref
    Article(
        source=release.view.source,
        paragraphs=release.paragraphs,
        quotes=release.quotes,
        commitments=found,
    )


# --- robustness -----------------------------------------------------------------------


def test_sentences_split_on_terminal_marks_not_abbreviations() -> None:
    """Sentences end at ". " but not after "Corp.", "U.S." or an initial."""
    text = "Acme Corp. will grow in the U.S. market. Marta J. Olsen spoke. Beta sold it to Acme Inc. The deal"
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Acme Corp. will grow in the U.S. market.",
        "Marta J. Olsen spoke.",
        "Beta sold it to Acme Inc.",
        "The deal",
    ]


def test_hard_wrapped_lines_are_one_sentence() -> None:
    """A long line broken mid-sentence does not end the sentence."""
    source = (
        "Acme started the pocket radio business in the 1970s and the pocket phone later. Acme is\n"
        "committed to bringing good tools to students and teachers around the world, and more.\n"
    )
    assert [c.modality for c in commitments_in(source)] == ["commit"]


@pytest.mark.parametrize(
    "adversarial",
    [
        "We will " * 20_000,
        "Acme will build a plant, " * 6_000,
        "said " * 50_000,
        "“" * 50_000,
        "Acme pledges to:\n" * 10_000,
        "it will " * 20_000,
        "Acme, " * 30_000 + "will go.",
        "by " * 50_000,
        "x" * 500_000,
        "Acme will go; " * 5_000,
        "Acme, which will go, " * 5_000,
        '"We will go," ' * 5_000,
        "Reforms will. They will go. " * 5_000,
    ],
)
def test_linear_on_adversarial_input(adversarial: str) -> None:
    """Pathological inputs are handled in bounded time."""
    began = time.perf_counter()
    commitments_in(adversarial)
    assert time.perf_counter() - began < 30


# --- fixture releases ------------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures" / "commitments"


@pytest.mark.parametrize("name", ["kestrel-campus", "rural-bridges"])
def test_fixture_releases(name: str) -> None:
    """Whole fictional releases give the commitments read off them by hand."""
    source = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    roles = {0: "headline"}
    for i, m in enumerate(re.finditer(r"\S(?:.|\n(?!\n))*", source)):
        if "forward-looking" in m.group().lower():
            roles[i] = "disclaimer"
    found = commitments_in(source, published=expected["published"], roles=roles)
    got = [
        {
            "text": c.text,
            "actor": c.actor.text,
            "modality": c.modality,
            "negated": c.negated,
            "deadline": c.deadline.text if c.deadline else None,
            "date": c.deadline.date if c.deadline else None,
        }
        for c in found
    ]
    assert got == expected["commitments"]


def test_headline_with_a_movement_verb_is_not_a_commitment() -> None:
    """ "Acme Shares Jump to Record" has no agent committing to an action."""
    headline = "Acme Shares Jump to Record High"
    paragraphs = (Paragraph(headline, 0, len(headline), "headline"),)
    assert find_commitments(TextView(headline), paragraphs, (), Header(paragraphs=paragraphs)) == ()


_WORDS = st.sampled_from(
    [
        "Acme",
        "we",
        "The company",
        "will",
        "not",
        "plans",
        "to",
        "is",
        "committed",
        "agreed",
        "must",
        "by",
        "2030",
        "next",
        "year",
        "within",
        "90",
        "days",
        "and",
        ",",
        ".",
        ";",
        ":",
        "\n",
        "\n\n",
        "“",
        "”",
        '"',
        "(1)",
        "*",
        "who",
        "that",
        "it",
        "announced",
        "the",
        "goal",
        "Our",
        "in",
        "Q3",
        "fiscal",
        "2026",
        "Will",
        "To",
        "Set",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=60).map(" ".join) | st.text(max_size=200))
def test_any_text_gives_valid_commitments(source: str) -> None:
    """On any text the stage returns commitments that fit an Article (spans, ids, dates)."""
    for published in ("2024-02-29", None):
        found = commitments_in(source, published=published)
        assert [c.id for c in found] == [f"c{i}" for i in range(1, len(found) + 1)]
        assert [c.start for c in found] == sorted(c.start for c in found)


def test_the_company_is_the_issuer() -> None:
    """ "the company" / "the Company" refer to the issuing organization when the header names it."""
    if "issuer" not in attrs.fields_dict(Header):
        pytest.skip("the header stage does not give the issuer yet")
    source = "The Company will open a yard. The company plans to hire staff. We will train them."
    view = TextView(source)
    paragraphs = (Paragraph(source, 0, len(source), "body"),)
    header = attrs.evolve(Header(paragraphs=paragraphs), issuer="Acme Corp.")
    found = find_commitments(view, paragraphs, (), header)
    assert [(c.actor.text, c.actor.ref) for c in found] == [
        ("The Company", "Acme Corp."),
        ("The company", "Acme Corp."),
        ("We", "Acme Corp."),
    ]


def test_second_infinitive_with_another_deadline_is_a_second_commitment() -> None:
    """ "pledged to cut fares by 2028 and to keep the night buses": two commitments;
    "and to the region" is no second action."""
    found = commitments_in(
        "The senator has pledged to cut fares by 2028 and to keep the night buses. "
        "Quillon Rail will give back to riders and to the region."
    )
    assert [(c.text, c.deadline.text if c.deadline else None) for c in found] == [
        ("The senator has pledged to cut fares by 2028", "by 2028"),
        ("to keep the night buses", None),
        ("Quillon Rail will give back to riders and to the region", None),
    ]
    assert found[1].actor == found[0].actor


@pytest.mark.parametrize(
    ("sentence", "text", "ref"),
    [
        (
            "Harlow Mines has told investors it will keep debt below two times earnings.",
            "it will keep debt below two times earnings",
            "Harlow Mines",
        ),
        (
            "Ostra Gas said in a separate statement it will comply with the order.",
            "it will comply with the order",
            "Ostra Gas",
        ),
        (
            "Quillon Rail, which runs two depots in the north, said it has agreed to fund the study.",
            "it has agreed to fund the study",
            "Quillon Rail",
        ),
    ],
)
def test_it_after_a_reporting_verb_a_few_words_back(sentence: str, text: str, ref: str) -> None:
    """ "X has told investors it will …", "X, which …, said it …": "it" is X."""
    commitment = only(sentence)
    assert (commitment.text, commitment.actor.text, commitment.actor.ref) == (text, "it", ref)


def test_quoted_fragment_opening_at_the_trigger() -> None:
    """'it "will comply fully" with the order': the quote mark neither hides the subject
    nor ends the action."""
    commitment = only('Ostra Gas said it "will comply fully" with the order.')
    assert commitment.text == 'it "will comply fully" with the order'
    assert commitment.actor.ref == "Ostra Gas"


@pytest.mark.parametrize(
    ("sentence", "modality", "text"),
    [
        (
            "Ministers pledged on Wednesday to raise $6 billion by 2030.",
            "pledge",
            "Ministers pledged on Wednesday to raise $6 billion by 2030",
        ),
        ("The union agreed today to end the strike.", "agree", "The union agreed today to end the strike"),
        (
            "The two sides committed to doubling trade by 2030.",
            "commit",
            "The two sides committed to doubling trade by 2030",
        ),
        (
            "They directed their ministers to conclude talks within 30 days.",
            "must",
            "They directed their ministers to conclude talks within 30 days",
        ),
        (
            "The leaders reaffirmed their commitment to conclude the transit treaty.",
            "commit",
            "The leaders reaffirmed their commitment to conclude the transit treaty",
        ),
        (
            "The school district has agreed to move the bell schedule.",
            "agree",
            "The school district has agreed to move the bell schedule",
        ),
    ],
)
def test_more_trigger_forms(sentence: str, modality: str, text: str) -> None:
    """A day between verb and "to", bare past tenses of commit and direct, a verb after
    "commitment to" that takes an object, and a school district as actor."""
    commitment = only(sentence)
    assert (commitment.modality, commitment.text) == (modality, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillon Rail is a firm committed to excellence.",
        "A group committed to helping riders met on Sunday.",
        "The film was directed by Ann Lee to acclaim.",
        "The leaders reaffirmed their commitment to peace in the region.",
    ],
)
def test_adjectival_committed_and_noun_objects_are_not_commitments(sentence: str) -> None:
    """ "a firm committed to excellence" describes; it commits to nothing."""
    assert commitments_in(sentence) == ()


def test_headline_after_a_semicolon_and_highlight_bullets_in_the_body() -> None:
    """ "…; Department to Expand Patrols" and a body bullet "• Company to open …" are
    headline commitments; "• Revenue to Record High" is not."""
    source = (
        "Four Arrested in Theft Ring; Department to Expand Overnight Patrols\n\n"
        "Highlights:\n\n"
        "• Company to open a second office in Denver this year\n"
        "• Revenue to Record High\n"
    )
    roles = {0: "headline"}
    found = commitments_in(source, roles=roles)
    assert [(c.text, c.modality) for c in found] == [
        ("Department to Expand Overnight Patrols", "will"),
        ("Company to open a second office in Denver this year", "will"),
    ]


def test_a_lone_surname_printed_inside_a_full_name_is_a_name() -> None:
    """ "Bulnes, who …, has pledged": "Bulnes" looks plural, but the release prints it
    inside "senator Ana Ruiz Bulnes"."""
    found = commitments_in(
        "Her rival, senator Ana Ruiz Bulnes, spoke first. "
        "Bulnes, who heads the Civic Party, has pledged to cut taxes."
    )
    assert [(c.actor.text, c.modality) for c in found] == [("Bulnes", "pledge")]


def test_capitalized_ly_word_inside_a_name_and_the_aside_before_said() -> None:
    """ "Orrin Mobility and Tessaly Foods" is one subject ("Tessaly" is no adverb); in
    "ORBIT FALLS, … -- Acme Inc., a maker of …, today announced that it …", "it" is Acme."""
    found = commitments_in("Orrin Mobility and Tessaly Foods have pledged to cut emissions.")
    assert [c.actor.text for c in found] == ["Orrin Mobility and Tessaly Foods"]
    commitment = only(
        "ORBIT FALLS, May 5, 2025 -- Quillon Rail Inc., a maker of ferries, today announced "
        "that it has agreed to buy a shipyard."
    )
    assert (commitment.actor.text, commitment.actor.ref) == ("it", "Quillon Rail Inc.")


def test_look_for_is_an_action_and_a_bulleted_subjectless_highlight() -> None:
    """ "will continue to look for victims" searches ("will look like" does not act), and
    "- Announces plans to open …" under a headline is a subjectless commitment."""
    found = commitments_in("Sheriff Ana Ruiz said her detectives will continue to look for more victims.")
    assert [c.actor.text for c in found] == ["her detectives"]
    assert commitments_in("We will look like a new company.") == ()
    source = "- Announces plans to open 40 new stores in fiscal 2027"
    commitment = only(source, roles={0: "highlight"})
    assert (commitment.text, commitment.actor.text, commitment.modality) == (source[2:], "", "plan")
