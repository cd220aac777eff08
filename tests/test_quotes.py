"""Quotes: the constructions of GUIDELINES.md, on fictional releases, and a property."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import pressdoc
from pressdoc import Quote
from tests.quote_strategies import ExpectedQuote, Release, releases


def quotes_of(text: str) -> list[Quote]:
    """The quotes pressdoc finds in ``text``."""
    return list(pressdoc.parse(text).quotes)


def summary(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name, role) of every quote found."""
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in quotes_of(text)
    ]


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture_releases(path: Path) -> None:
    """Whole fictional releases give exactly the quotes listed next to them."""
    expected = json.loads(path.with_suffix(".quotes.json").read_text(encoding="utf-8"))
    found = [
        {
            "text": q.text,
            "kind": q.kind,
            "speaker": q.speaker.name if q.speaker else None,
            "role": q.speaker.role if q.speaker else None,
            "cue": q.cue,
        }
        for q in quotes_of(path.read_text(encoding="utf-8"))
    ]
    assert found == expected


LEAD = "Calder Seed opens a new site\n\nTALLINN, March 3, 2031 -- Calder Seed today announced a new site.\n\n"


# -- direct quotes in every mark style ---------------------------------------------------
@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“")])
def test_every_mark_style_gives_the_words_without_marks(opening: str, closing: str) -> None:
    """Straight, curly, single (GOV.UK), guillemet and German marks all delimit quotes."""
    text = (
        LEAD + f"{opening}We will hire forty people this year,{closing} said Mara Voss, CEO of Calder Seed.\n"
    )
    assert summary(text) == [
        ("direct", "We will hire forty people this year", "Mara Voss", "CEO of Calder Seed")
    ]


def test_spans_point_into_the_source() -> None:
    """Every quote's text is exactly the source between its offsets."""
    text = LEAD + "“We grow,” she said, “and we hire.”\r\n\r\nJane Roe, head of sales, agreed.\n"
    article = pressdoc.parse(text)
    for q in article.quotes:
        assert article.source[q.start : q.end] == q.text


def test_attribution_in_the_middle_gives_two_quotes() -> None:
    """A quote split by its attribution is two quotes by the same speaker."""
    text = LEAD + '"We grow," Mara Voss, president of Calder Seed, said, "and we hire."\n'
    assert summary(text) == [
        ("direct", "We grow", "Mara Voss", "president of Calder Seed"),
        ("direct", "and we hire.", "Mara Voss", "president of Calder Seed"),
    ]


def test_attribution_before_with_colon_and_comma() -> None:
    """'X said: "…"' and 'X added, "…"' attribute the quote that follows."""
    text = LEAD + (
        'Tobias Lind, Chair of the Audit Committee, added, "The board is united behind the plan."\n\n'
        'At the opening, Dr. Ines Okoro, then Head of the Calder Research Park, stated: "This lab is a '
        'place for new ideas."\n'
    )
    assert summary(text) == [
        ("direct", "The board is united behind the plan.", "Tobias Lind", "Chair of the Audit Committee"),
        ("direct", "This lab is a place for new ideas.", "Ines Okoro", "Head of the Calder Research Park"),
    ]


def test_apostrophes_are_not_quote_marks() -> None:
    """Contractions, possessives and O’Hara-style names never open or close a quote."""
    text = LEAD + "“We’re proud of Brenner’s team and the Okoros’ work,” said Ana O’Hara, CEO.\n"
    assert summary(text) == [
        ("direct", "We’re proud of Brenner’s team and the Okoros’ work", "Ana O’Hara", "CEO")
    ]


def test_scare_quotes_titles_and_product_names_are_not_quotes() -> None:
    """Terms of one or two words, titles after 'called'/'a', trademark lists are not quotes."""
    text = LEAD + (
        'The new line builds the "Kestrel" drone, known as "the workhorse", and a "Harbor Robotics '
        "Supplier of the Decade\" award winner. Calder Seed calls it a 'smart' factory.\n\n"
        '"Calder", "Calder Seed" and "Kestrel" are trademarks of Calder Seed.\n'
    )
    assert summary(text) == []


def test_scare_quote_inside_a_quote_stays_in_it() -> None:
    """A term in single marks inside a double-quoted quote is part of that quote."""
    text = LEAD + "“It is a ‘smart’ factory,” said Mara Voss, CEO.\n"
    assert summary(text) == [("direct", "It is a ‘smart’ factory", "Mara Voss", "CEO")]


# -- block quotes, transcripts, multi-paragraph quotes, trailers --------------------------
def test_block_quote_after_a_name_and_role_line_ends_at_narration() -> None:
    """Paragraphs after 'Name, Role:' are that person's, one quote each, until narration."""
    text = LEAD + (
        "Keiko Arendt, Minister of Transport:\n"
        "Our first task is a faster rail network.\n\n"
        "Trains must run on time, and tickets must be cheap for everyone.\n\n"
        "Our plan will reach every region by 2030, and you will see the change.\n\n"
        "The parties agreed to meet again in June.\n"
    )
    assert summary(text) == [
        (
            "direct",
            "Our first task is a faster rail network.",
            "Keiko Arendt",
            "Minister of Transport",
        ),
        (
            "direct",
            "Trains must run on time, and tickets must be cheap for everyone.",
            "Keiko Arendt",
            "Minister of Transport",
        ),
        (
            "direct",
            "Our plan will reach every region by 2030, and you will see the change.",
            "Keiko Arendt",
            "Minister of Transport",
        ),
    ]


def test_block_quote_after_said_colon_with_and_without_marks() -> None:
    """'Transport minister Jane Roe said:' introduces the next paragraphs, marked or not."""
    text = LEAD + (
        "Transport minister Jane Roe said:\n\n"
        "New crossings will keep children safe.\n\n"
        "We will put the plans to the regional assembly this autumn.\n\n"
        "In May 2029, the ministry consulted parents and teachers.\n\n"
        "Roads minister Sir Alan Hartley said:\n\n"
        "‘We want everyone to travel safely.’\n\n"
        "The rules were drawn up after a consultation.\n"
    )
    assert summary(text) == [
        ("direct", "New crossings will keep children safe.", "Jane Roe", "Transport minister"),
        (
            "direct",
            "We will put the plans to the regional assembly this autumn.",
            "Jane Roe",
            "Transport minister",
        ),
        ("direct", "We want everyone to travel safely.", "Alan Hartley", "Roads minister"),
    ]


def test_transcript_turns_printed_inline() -> None:
    """'Name: …' turns in one paragraph give one direct quote per turn."""
    text = LEAD + (
        "The leaders spoke to reporters after the talks. President of Valdoria Anton Kessel: Mr President, "
        "thank you for coming. We have much to discuss. President of Ostria Lena Marsh: Thank you for "
        "the invitation, we are ready to work together. <…>\n"
    )
    assert summary(text) == [
        (
            "direct",
            "Mr President, thank you for coming. We have much to discuss.",
            "Anton Kessel",
            "President of Valdoria",
        ),
        (
            "direct",
            "Thank you for the invitation, we are ready to work together.",
            "Lena Marsh",
            "President of Ostria",
        ),
    ]


def test_labels_that_are_not_speakers_are_not_turns() -> None:
    """Contact labels, list intros and headings with a colon give no quotes."""
    text = LEAD + (
        "The plan answers goal 4 of the 2025 Strategic Plan: growth, reach and alliances in the region.\n\n"
        "For Media Inquiries:\n\nKestrel Freight: Ana Lee; ana.lee@kestrel.example\n\n"
        "Mara Voss outlined three proposals:\n\n* Lower fees\n* Faster checks\n"
    )
    assert summary(text) == []


def test_multi_paragraph_quote_is_one_quote_per_paragraph() -> None:
    """An opening mark at each paragraph and a closing mark only at the last."""
    text = LEAD + (
        "“Our customers deserve better,” said Commissioner Helen Varga. “Today we propose three things.\n\n"
        "“First, clear prices. Second, easy returns.\n\n"
        "“Third, a real choice of carriers.”\n"
    )
    assert [q[1] for q in summary(text)] == [
        "Our customers deserve better",
        "Today we propose three things.",
        "First, clear prices. Second, easy returns.",
        "Third, a real choice of carriers.",
    ]
    assert {q[2] for q in summary(text)} == {"Helen Varga"}


def test_continuation_paragraph_takes_the_previous_speaker() -> None:
    """A quote paragraph with no attribution continues the quote before it."""
    text = LEAD + (
        '"The plant has doubled its output," said board member Ed Marsh.\n\n'
        '"We are now ready to expand it again."\n'
    )
    assert [q[2] for q in summary(text)] == ["Ed Marsh", "Ed Marsh"]


def test_trailers_after_a_quote_and_in_a_headline() -> None:
    """'"…" - Name, Role' and a headline '"…" - Commissioner Name' name the speaker."""
    text = (
        "“Our customers deserve better” - Commissioner Helen Varga\n\n"
        "BRUSSELS, 4 May 2029 -- The Commission proposed new rules.\n\n"
        "“We listened to everyone. This is the result.” – Helen Varga, European Commissioner for Trade\n"
    )
    assert summary(text) == [
        ("direct", "Our customers deserve better", "Helen Varga", "European Commissioner for Trade"),
        (
            "direct",
            "We listened to everyone. This is the result.",
            "Helen Varga",
            "European Commissioner for Trade",
        ),
    ]


def test_headline_without_marks_is_not_a_quote() -> None:
    """A headline 'Statement - Name' with no marks is a headline, not a quote."""
    text = "A plan to repair the river ports was agreed - Anton Kessel\n\nKessel visited the region.\n"
    assert summary(text) == []


# -- indirect quotes ---------------------------------------------------------------------
def test_indirect_quotes_need_a_reported_clause() -> None:
    """'As X noted, …', 'X said that …', 'X said …', 'according to X, …', 'told … that'."""
    text = LEAD + (
        "As Mara Voss, CEO of Calder Seed, noted, the region has too few engineers.\n\n"
        "Voss said that the plant will open in May. Voss told reporters that hiring had begun. "
        "Voss said the company would hire 40 people. According to her, demand is strong.\n"
    )
    assert summary(text) == [
        ("indirect", "the region has too few engineers", "Mara Voss", "CEO of Calder Seed"),
        ("indirect", "the plant will open in May", "Mara Voss", "CEO of Calder Seed"),
        ("indirect", "hiring had begun", "Mara Voss", "CEO of Calder Seed"),
        ("indirect", "the company would hire 40 people", "Mara Voss", "CEO of Calder Seed"),
        ("indirect", "demand is strong", "Mara Voss", "CEO of Calder Seed"),
    ]


def test_not_indirect_quotes() -> None:
    """Noun objects, data sources, and announced/reported/thanked/urged leads are not quotes."""
    text = LEAD + (
        "Mara Voss, CEO of Calder Seed, noted the importance of local suppliers. She stressed making the "
        "region a leader. According to Calder Seed data, sales rose 4%. According to a recent report, "
        "prices fell. Calder Seed reported that revenue grew. Voss thanked the workers and urged the "
        "council to act. Calder Seed announced that it will build a second plant.\n"
    )
    assert summary(text) == []


# -- speakers and roles ------------------------------------------------------------------
def test_later_references_resolve_to_the_full_name_and_role() -> None:
    """'Doe said', 'she said', 'the minister said' and 'the company said' resolve."""
    text = LEAD + (
        "Economy Minister Lena Marsh visited the site with Jonas Petrov, chief executive officer of "
        "Calder Seed.\n\n"
        '"This is a good day," Petrov said.\n\n'
        '"We will keep growing," he added.\n\n'
        '"The region needs this plant," the minister said.\n\n'
        "The company said it expects to reach full capacity next year.\n"
    )
    assert summary(text) == [
        ("direct", "This is a good day", "Jonas Petrov", "chief executive officer of Calder Seed"),
        ("direct", "We will keep growing", "Jonas Petrov", "chief executive officer of Calder Seed"),
        ("direct", "The region needs this plant", "Lena Marsh", "Economy Minister"),
        ("indirect", "it expects to reach full capacity next year", "Calder Seed", None),
    ]


def test_honorifics_and_post_nominals_are_not_name_or_role() -> None:
    """'Dr', 'Sir', 'Ph.D.' and 'MPH' stay out of the name and the role."""
    text = LEAD + (
        "Amara Nwosu, Ph.D., MPH, the director of the Calder Health Institute, spoke at the event.\n\n"
        '"Prevention works," said Dr. Nwosu.\n\n'
        'KFA Chairman Dr Omar Haddad said, "We are glad to welcome the trade fair back."\n'
    )
    assert summary(text) == [
        ("direct", "Prevention works", "Amara Nwosu", "director of the Calder Health Institute"),
        ("direct", "We are glad to welcome the trade fair back.", "Omar Haddad", "KFA Chairman"),
    ]


def test_role_printed_anywhere_for_the_same_person() -> None:
    """A fuller title printed elsewhere for the same person is the role."""
    text = LEAD + (
        "Portvale Fire Commissioner Ruth Kane today opened a new training yard.\n\n"
        'Fire Commissioner Kane said, "Every crew will train here twice a year."\n'
    )
    assert summary(text) == [
        ("direct", "Every crew will train here twice a year.", "Ruth Kane", "Portvale Fire Commissioner")
    ]


def test_organization_acronym_resolves_to_its_name() -> None:
    """'as TRU literature frames it' names the organization defined as '(TRU)'."""
    text = (
        "Union launches campaign\n\nThe Tidewater Renters Union (TRU) is launching a campaign.\n\n"
        "The campaign asks for $4 a week – “the price of one bus ticket,” as TRU literature frames it.\n"
    )
    assert summary(text) == [("direct", "the price of one bus ticket", "Tidewater Renters Union", None)]


def test_cues_are_reported() -> None:
    """The speech verb, 'according to', ':' for labels and blocks, the dash for trailers."""
    text = LEAD + (
        '"We grow," said Mara Voss, CEO.\n\n'
        'According to Tobias Lind, head of sales: "Orders doubled."\n\n'
        "Ines Okoro, Director:\nWe are ready for the season.\n\n"
        "“We listened.” – Omar Haddad, Chairman\n"
    )
    assert [q.cue for q in quotes_of(text)] == ["said", "according to", ":", "–"]


def test_ids_follow_source_order() -> None:
    """Quote ids are q1, q2, … in the order the quotes start."""
    text = LEAD + '"We grow," she said. Mara Voss said that hiring had begun. "And we hire," she added.\n'
    found = quotes_of(text)
    assert [q.id for q in found] == [f"q{i}" for i in range(1, len(found) + 1)]
    assert [q.start for q in found] == sorted(q.start for q in found)


# -- robustness --------------------------------------------------------------------------
def test_one_unbalanced_mark_loses_at_most_its_own_paragraph() -> None:
    """A stray opening mark does not swallow the quotes after it."""
    text = LEAD + (
        'The firm, known as "Calder, was founded in 1998.\n\n'
        '"We will grow," said Mara Voss, CEO.\n\n'
        "It has “offices in four countries and “We hire,” said Voss.\n"
    )
    assert [q[1] for q in summary(text)] == ["We will grow", "We hire"]


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "“ ” ‘ ’ « » „ \" '" * 10_000,
        ' "We grow' * 20_000,
        "said " * 50_000,
        "Jane Doe, CEO of Acme:\n" * 20_000,
        "Jane Doe: hello there my friend. " * 10_000,
        "The minister said that we will win. " * 10_000,
        "x" * 1_000_000,
    ],
    ids=["quotes", "mixed-marks", "open-marks", "said", "label-lines", "inline-labels", "refs", "no-newline"],
)
def test_adversarial_input_never_raises(text: str) -> None:
    """Pathological quote-mark and label input parses into a valid article."""
    article = pressdoc.parse(text)
    for q in article.quotes:
        assert article.source[q.start : q.end] == q.text
        assert q.text.strip()


# -- the property ------------------------------------------------------------------------
def _expected(release: Release) -> list[ExpectedQuote]:
    return list(release.quotes)


@settings(max_examples=150, deadline=None)
@given(releases())
@example(
    Release(
        "Calder Seed opens a new site\n\n"
        "TALLINN, March 3, 2031 -- Calder Seed today announced the opening of a new site.\n\n"
        "Keiko Arendt, head of research at Calder Seed:\n\n"
        "We will expand our plant to Tallinn next year.\n\n"
        "Our fleet has grown faster than we expected in the north.\n\n"
        "The company was founded in 1998 and has offices in four countries.\n",
        (
            ExpectedQuote(
                "We will expand our plant to Tallinn next year.",
                "Keiko Arendt",
                "head of research at Calder Seed",
            ),
            ExpectedQuote(
                "Our fleet has grown faster than we expected in the north.",
                "Keiko Arendt",
                "head of research at Calder Seed",
            ),
        ),
    )
)
# Found by the property: a name learned inside an organization ("head of research at
# Nordwind Robotics") was taken for the speaker of a later block label.
@example(
    Release(
        "Nordwind Robotics opens a new site\n\n"
        "TALLINN, March 3, 2031 -- Nordwind Robotics today announced the opening of a new site.\n\n"
        '"We will expand our plant to Tallinn next year," said Ines Okoro, head of research at '
        "Nordwind Robotics.\n\n"
        "The company was founded in 1998 and has offices in four countries.\n\n"
        "Rafael Duarte, chief executive officer of Nordwind Robotics:\n\n"
        "We will expand our plant to Tallinn next year.\n\n"
        "The company was founded in 1998 and has offices in four countries.\n",
        (
            ExpectedQuote(
                "We will expand our plant to Tallinn next year",
                "Ines Okoro",
                "head of research at Nordwind Robotics",
            ),
            ExpectedQuote(
                "We will expand our plant to Tallinn next year.",
                "Rafael Duarte",
                "chief executive officer of Nordwind Robotics",
            ),
        ),
    )
)
# Found by the property: "he said" took the first, shorter role printed for the person.
@example(
    Release(
        "Nordwind Robotics opens a new site\n\n"
        "TALLINN, March 3, 2031 -- Nordwind Robotics today announced the opening of a new site.\n\n"
        '"We will expand our plant to Tallinn next year," said Rafael Duarte, vice president, data and '
        "mobile, Nordwind Robotics.\n\n"
        "The company was founded in 1998 and has offices in four countries.\n\n"
        '"Our fleet has grown faster than we expected in the north," he said.\n',
        (
            ExpectedQuote(
                "We will expand our plant to Tallinn next year",
                "Rafael Duarte",
                "vice president, data and mobile, Nordwind Robotics",
            ),
            ExpectedQuote(
                "Our fleet has grown faster than we expected in the north",
                "Rafael Duarte",
                "vice president, data and mobile, Nordwind Robotics",
            ),
        ),
    )
)
def test_generated_releases_give_exactly_their_quotes(release: Release) -> None:
    """Every quote put into a generated release comes back, with its speaker and role."""
    found = [
        ExpectedQuote(q.text, q.speaker.name if q.speaker else "", q.speaker.role if q.speaker else None)
        for q in quotes_of(release.text)
    ]
    assert found == _expected(release)


def test_objects_and_relative_clauses_are_not_reported_clauses() -> None:
    """'added three stores that are …' reports nothing; 'said in a statement that' does."""
    text = LEAD + (
        "Calder Seed added three new stores that are open every day. The company added 200 jobs.\n\n"
        "Mara Voss, CEO of Calder Seed, spoke at the opening. "
        "In a statement, Voss said that sales rose 12%.\n"
    )
    assert summary(text) == [("indirect", "sales rose 12%", "Mara Voss", "CEO of Calder Seed")]


def test_title_before_the_name_in_apposition_and_surname_like_titles() -> None:
    """'The company’s CEO, Jane Doe, said' and names such as 'King' or 'Dean'."""
    text = LEAD + (
        "The company’s CEO, Mara Voss, said: “We are growing fast.”\n\n"
        "“We’re ready,” says Martin Luther King Jr., a local pastor.\n\n"
        "“It works,” said Ada Dean, head of research.\n"
    )
    assert summary(text) == [
        ("direct", "We are growing fast.", "Mara Voss", "company’s CEO"),
        ("direct", "We’re ready", "Martin Luther King Jr.", "local pastor"),
        ("direct", "It works", "Ada Dean", "head of research"),
    ]


def test_transcript_turns_at_paragraph_starts_run_on_until_the_next_speaker() -> None:
    """A turn continues over unlabelled paragraphs until another label or narration."""
    text = (
        "Meeting with the Governor of Northshire\n\n"
        "Anton Kessel met with Governor of Northshire Lena Marsh.\n\n"
        "Anton Kessel: Ms Marsh, let us start with the harvest. How are things going?\n\n"
        "Lena Marsh: The harvest is good, we expect a record for grain.\n\n"
        "We have also finished the new bridge, and traffic has doubled since it opened.\n\n"
        "Anton Kessel: Good. Thank you.\n\n"
        "The meeting then turned to regional budget issues.\n"
    )
    assert [(q[1], q[2]) for q in summary(text)] == [
        ("Ms Marsh, let us start with the harvest. How are things going?", "Anton Kessel"),
        ("The harvest is good, we expect a record for grain.", "Lena Marsh"),
        ("We have also finished the new bridge, and traffic has doubled since it opened.", "Lena Marsh"),
        ("Good. Thank you.", "Anton Kessel"),
    ]


_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        ":",
        ",",
        ".",
        "\n",
        "\n\n",
        " - ",
        " ",
        "said",
        "says",
        "added",
        "that",
        "According to",
        "as",
        "he",
        "she",
        "the minister",
        "the company",
        "Jane Doe",
        "Doe",
        "CEO of Acme",
        "Acme CEO",
        "Dr",
        "Ph.D.",
        "(ACME)",
        "We will grow",
        "It",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map(" ".join))
@example('" " " " "  -  Ph.D.')  # a trailer whose mention has no segments once cleaned
def test_any_mix_of_marks_labels_and_cues_parses(text: str) -> None:
    """Random mixes of marks, labels, names and cues never raise and keep spans exact."""
    article = pressdoc.parse(text)
    for i, q in enumerate(article.quotes, start=1):
        assert q.id == f"q{i}"
        assert article.source[q.start : q.end] == q.text
        assert q.text.strip()


def test_reported_clause_after_a_day_or_a_statement() -> None:
    """'said Tuesday it will …' and 'said in a statement the …' report the clause after."""
    text = (
        "Calder Seed to close plant\n\nThe plant will close in May. Calder Seed said Tuesday it will move "
        "production to Ohio. Jane Doe, a union steward, said on Monday she would fight the closure.\n"
    )
    assert summary(text) == [
        ("indirect", "it will move production to Ohio", "Calder Seed", None),
        ("indirect", "she would fight the closure", "Jane Doe", "union steward"),
    ]


def test_bare_quotation_after_reported_speech_continues_the_speaker() -> None:
    """'Doe said the plan …' then a paragraph that is only a quotation: Doe says it."""
    text = (
        "Plan approved\n\nPORTVALE -- The council approved the plan.\n\n"
        "Mayor Daniel Okafor said the plan would cut costs.\n\n"
        '"It is the right thing to do for this town and its children."\n'
    )
    assert summary(text) == [
        ("indirect", "the plan would cut costs", "Daniel Okafor", "Mayor"),
        ("direct", "It is the right thing to do for this town and its children.", "Daniel Okafor", "Mayor"),
    ]


def test_head_of_state_and_title_before_a_comma() -> None:
    """'the head of state', 'the … leader' go to the president; 'Minister for X, Jane Roe'."""
    text = (
        "Talks held\n\nPresident of Valdoria Anton Kessel met the delegation.\n\n"
        "According to the head of state, the talks were productive.\n\n"
        "The Valdorian leader said that trade would double.\n\n"
        'Minister for Roads, Jane Roe, said: "The bridge opens in May."\n'
    )
    assert summary(text) == [
        ("indirect", "the talks were productive", "Anton Kessel", "President of Valdoria"),
        ("indirect", "trade would double", "Anton Kessel", "President of Valdoria"),
        ("direct", "The bridge opens in May.", "Jane Roe", "Minister for Roads"),
    ]


def test_trailer_on_the_line_after_the_quote() -> None:
    """A testimonial's '— Name, Role' line names the speaker of the quote above it."""
    text = (
        "Testimonials\n\nCalder Seed launched a new seed mix.\n\n"
        '"We love it. It saved us hours every week."\n'
        "—Jane Doe, operations manager at Portvale Foods\n"
    )
    assert summary(text) == [
        (
            "direct",
            "We love it. It saved us hours every week.",
            "Jane Doe",
            "operations manager at Portvale Foods",
        )
    ]


# -- news-style attribution ---------------------------------------------------------------
def test_partial_quote_inside_a_reported_clause() -> None:
    """'Roe said the cuts were "long overdue"': the clause is indirect, the quoted words direct."""
    text = LEAD + (
        "Tessa Marlow, an analyst at Grenby Partners, said the cuts were "
        '"long overdue for a firm this size."\n'
    )
    assert summary(text) == [
        (
            "indirect",
            'the cuts were "long overdue for a firm this size',
            "Tessa Marlow",
            "analyst at Grenby Partners",
        ),
        ("direct", "long overdue for a firm this size.", "Tessa Marlow", "analyst at Grenby Partners"),
    ]


def test_short_partial_quote_inside_a_reported_clause_is_kept() -> None:
    """Two or three quoted words inside reported speech are the source's words, not a term."""
    text = LEAD + 'Mayor Ivo Brandt said the offer was "fair and affordable" and would stand.\n'
    kinds = [(q[0], q[1]) for q in summary(text)]
    assert ("direct", "fair and affordable") in kinds
    assert ("indirect", 'the offer was "fair and affordable" and would stand') in kinds


def test_quote_introduced_by_a_colon_is_no_reported_clause() -> None:
    """'According to X, head of sales: "…"' is a labelled direct quote only."""
    text = LEAD + 'According to Tobias Lind, head of sales: "Orders doubled this spring."\n'
    assert [q[0] for q in summary(text)] == ["direct"]


def test_reported_clause_after_an_adverbial_with_an_adjective() -> None:
    """'said in a separate statement it will …': the adverbial is not part of the clause."""
    text = LEAD + "Norvane Grid said in a separate statement it will repair the line by Friday.\n"
    assert summary(text) == [("indirect", "it will repair the line by Friday", "Norvane Grid", None)]


def test_subject_after_a_leading_participle_clause() -> None:
    """'Asked whether …, he said …': the subject is the chunk after the last comma."""
    text = LEAD + (
        "Mara Voss, CEO of Calder Seed, opened the site.\n\n"
        "Asked whether more sites would follow, she said the company would decide in May.\n"
    )
    expected = ("indirect", "the company would decide in May", "Mara Voss", "CEO of Calder Seed")
    assert summary(text)[-1] == expected


def test_attribution_verb_with_a_relative_clause_after_it() -> None:
    """'"…," Chief Executive X wrote in a memo to staff that was seen by …' names X."""
    text = LEAD + (
        '"This is a hard decision, and the right one," Chief Executive Ilse Brandt wrote '
        "in a memo to staff that was seen by the Harbor Courier.\n"
    )
    assert summary(text) == [
        ("direct", "This is a hard decision, and the right one", "Ilse Brandt", "Chief Executive")
    ]


def test_anonymous_sources_give_quotes_without_a_speaker() -> None:
    """'a person familiar with the matter said' reports speech; the speaker is not printed."""
    text = LEAD + (
        "A person familiar with the talks said the two firms could sign a deal next week.\n\n"
        "Norvane Grid is in talks to buy Pell Cables, according to two people familiar with the matter.\n\n"
        '"It is not done yet," one of the people said, asking not to be named.\n'
    )
    assert summary(text) == [
        ("indirect", "the two firms could sign a deal next week", None, None),
        ("indirect", "Norvane Grid is in talks to buy Pell Cables", None, None),
        ("direct", "It is not done yet", None, None),
    ]


def test_named_source_with_an_anonymous_looking_lead_is_named() -> None:
    """'A member of the board, Rita Osei, said' names Rita Osei."""
    text = LEAD + "A member of the board, Rita Osei, said the vote would be held in June.\n"
    assert [q[2] for q in summary(text)] == ["Rita Osei"]


def test_official_quote_blocks_and_role_first_trailers() -> None:
    """'Quotes attributable to Role, Name:' blocks and '— Role, Name' trailers."""
    text = LEAD + (
        "“The new dam will carry us through the dry years,” Minister Whitcombe said.\n"
        "— Minister for Water and Rural Affairs, Dana Whitcombe\n\n"
        "Quotes attributable to Member for Lowmoor, Josh Tarrant:\n\n"
        "“I have fought for this dam since the day I was elected.”\n"
    )
    assert [(q[2], q[3]) for q in summary(text)] == [
        ("Dana Whitcombe", "Minister for Water and Rural Affairs"),
        ("Josh Tarrant", "Member for Lowmoor"),
    ]


def test_title_before_a_comma_is_learned_for_later_references() -> None:
    """'The Minister of Roads, Smt. Ila Rao, …' gives 'the Minister said' her full title."""
    text = LEAD + (
        "The Minister of Roads, Smt. Ila Rao, opened the bridge.\n\n"
        "The Minister said that the bridge would carry 9,000 vehicles a day.\n"
    )
    assert summary(text)[-1][2:] == ("Ila Rao", "Minister of Roads")


def test_reported_clause_opening_on_a_bare_noun() -> None:
    """'said further cuts were …', 'said affected staff will …' open a reported clause."""
    text = LEAD + "Mara Voss, CEO of Calder Seed, said affected staff will receive 16 weeks of pay.\n"
    assert summary(text) == [
        ("indirect", "affected staff will receive 16 weeks of pay", "Mara Voss", "CEO of Calder Seed")
    ]


def test_title_then_name_learned_but_not_a_name_before_a_comma() -> None:
    """'said Professor Ines Okoro, Nordwind Robotics spokesperson' learns no person 'Nordwind Robotics'."""
    text = LEAD + (
        '"We will expand," said Professor Ines Okoro, Calder Seed spokesperson.\n\n'
        '"We will expand again," he said.\n'
    )
    assert [q[2:] for q in summary(text)] == [("Ines Okoro", "Calder Seed spokesperson")] * 2


def test_headline_reporting_a_titled_speaker() -> None:
    """'Acme to cut 90 jobs, energy minister says' and '… - CEO' report that person's words."""
    body = "\n\nTALLINN, March 3, 2031 -- Energy Minister Rein Tamm said on Monday the plant would close.\n"
    says = summary("Calder Seed to close plant, energy minister says" + body)
    assert says[0] == ("indirect", "Calder Seed to close plant", "Rein Tamm", "Energy Minister")
    dash = summary("Calder Seed to close its old plant - minister" + body)
    assert dash[0] == ("indirect", "Calder Seed to close its old plant", "Rein Tamm", "Energy Minister")


def test_pronoun_refers_to_the_paragraph_opening_subject() -> None:
    """'The minister rejected that view. Asked …, he said …' is the minister, not the last quoted."""
    text = LEAD + (
        "Energy Minister Rein Tamm announced the freeze.\n\n"
        '"Caps are a painkiller," said Liis Kask, an economist at Harju Bank.\n\n'
        "The minister rejected that view. Asked about next winter, he said the cap would end in May.\n"
    )
    assert summary(text)[-1] == ("indirect", "the cap would end in May", "Rein Tamm", "Energy Minister")


def test_organization_reference_after_that_organization_spoke() -> None:
    """'the ministry said' after 'the Ministry of Water said' is that ministry, not the issuer."""
    text = LEAD + (
        "The Ministry of Water said on Monday it would cap prices until March.\n\n"
        "In a statement, the ministry said the cap would cost 80 million euros.\n"
    )
    assert [q[2] for q in summary(text)] == ["Ministry of Water", "Ministry of Water"]


def test_generic_organization_reference_without_an_issuer() -> None:
    """In a news story with no issuer, 'the group said' is the organization quoted last."""
    text = (
        "Farmers oppose water meters\n\nSALEM, Ore., May 2 (Wire) - Lawmakers debated a bill.\n\n"
        "The Valley Farm Alliance said in a statement that it would fight the bill. "
        "The meters would cost farms dearly, the group said.\n"
    )
    assert [q[2] for q in summary(text)] == ["Valley Farm Alliance", "Valley Farm Alliance"]


def test_news_surnames_and_attribution_tails() -> None:
    """Surname-first appositives, two-word surnames, 'told a news conference at …', 'warned that, …'."""
    text = LEAD + (
        "Harbor Transit general manager Ada Okafor said the agency would add 20 buses.\n\n"
        "Okafor, a former planner who joined the agency in 2024, said ridership had risen by a fifth.\n\n"
        "Union leader Sofia Reis Matos spoke to members.\n\n"
        '"We will not give up," Reis Matos told a news conference at the union\'s offices near the port.\n\n'
        "Reis Matos warned that, without a deal, the strike would last a week.\n"
    )
    assert [q[2:] for q in summary(text)] == [
        ("Ada Okafor", "Harbor Transit general manager"),
        ("Ada Okafor", "Harbor Transit general manager"),
        ("Sofia Reis Matos", "Union leader"),
        ("Sofia Reis Matos", "Union leader"),
    ]
    assert summary(text)[-1][1] == "without a deal, the strike would last a week"


def test_partial_quote_subject_behind_a_title() -> None:
    """'Acme chief executive Jo Park called the strike "a reckless act"' is Jo Park's."""
    text = LEAD + 'Calder chief executive Jo Park called the strike "a reckless act of hostage-taking".\n'
    assert summary(text) == [
        ("direct", "a reckless act of hostage-taking", "Jo Park", "Calder chief executive")
    ]


def test_wire_lead_with_it_said_and_a_trailing_clause() -> None:
    """'PLACE, date (Wire) - Acme Inc will cut 90 jobs, it said on Tuesday, as it …' is Acme's."""
    text = (
        "Pell to cut jobs\n\nOSLO, Jan 27, 2031 (Nord Wire) - Software maker Pell Systems Inc will cut "
        "90 jobs and close two offices, it said on Tuesday, as it shifts spending to data centres.\n"
    )
    assert summary(text) == [
        (
            "indirect",
            "Software maker Pell Systems Inc will cut 90 jobs and close two offices",
            "Pell Systems Inc",
            None,
        )
    ]


def test_adding_that_gives_a_second_reported_clause() -> None:
    """'X said A, adding that B' reports two clauses of X; 'said Monday that' is an adverbial."""
    text = LEAD + (
        "Mara Voss, CEO of Calder Seed, said Monday that the site would open in May, "
        "adding that 40 people would be hired.\n"
    )
    assert [(q[1], q[2]) for q in summary(text)] == [
        ("the site would open in May", "Mara Voss"),
        ("40 people would be hired", "Mara Voss"),
    ]


def test_title_case_work_in_the_subject_is_no_quote() -> None:
    """'Ada Roe, 71, whose father wrote "Blue and Gold: A Century at Mill Lane," said …'."""
    text = LEAD + (
        'Ada Roe, 71, whose father wrote the history "Blue and Gold: A Century at Mill Lane," '
        "said she would not renew her season ticket.\n"
    )
    assert summary(text) == [("indirect", "she would not renew her season ticket", "Ada Roe", None)]
