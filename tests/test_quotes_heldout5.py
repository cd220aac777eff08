"""Quote and speaker constructions first seen in the fifth held-out set, on fictional texts."""

from __future__ import annotations

import pressdoc


def summary(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name, role) of every quote found."""
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in pressdoc.parse(text).quotes
    ]


HEAD = (
    "Harbor Board Backs New Ferry Plan\n\n"
    "PORTVALE, May 4, 2026 — The Harbor Board today approved a new ferry plan.\n\n"
)


# -- names ----------------------------------------------------------------------------------
def test_plural_possessive_in_an_organization_is_no_name() -> None:
    """'coordinator of the Lakeside Growers' Circle' is a role; the pronoun after it is the person."""
    text = HEAD + (
        "Mr. Tobias Wren, coordinator of the Lakeside Growers' Circle, spoke after the vote.\n\n"
        '"The boats finally reach the small villages on time," he said.\n'
    )
    assert summary(text) == [
        (
            "direct",
            "The boats finally reach the small villages on time",
            "Tobias Wren",
            "coordinator of the Lakeside Growers' Circle",
        )
    ]


def test_nickname_in_marks_is_part_of_the_name() -> None:
    """'– Rosalind "Ros" Achterberg, Chief Executive' signs the quote before it; the nickname is no quote."""
    text = HEAD + (
        '"We carried more passengers this winter than in any winter before, and we did it on time."\n'
        '– Rosalind "Ros" Achterberg, President and Chief Executive Officer\n'
    )
    assert summary(text) == [
        (
            "direct",
            "We carried more passengers this winter than in any winter before, and we did it on time.",
            'Rosalind "Ros" Achterberg',
            "President and Chief Executive Officer",
        )
    ]


def test_name_after_a_department_title_keeps_its_given_name() -> None:
    """'Minister of Ports and Inland Waterways Ana Lucía Brenner Soto': the name follows the department."""
    text = HEAD + (
        "Minister of Ports and Inland Waterways Ana Lucía Brenner Soto said that the ministry had "
        "inspected all nine piers since January.\n"
    )
    assert summary(text) == [
        (
            "indirect",
            "the ministry had inspected all nine piers since January",
            "Ana Lucía Brenner Soto",
            "Minister of Ports and Inland Waterways",
        )
    ]


def test_excellency_before_a_three_word_name() -> None:
    """'H.E. Dr. Kemal Arif Wiranata' is the whole name, in the lead and in the block intro."""
    text = HEAD + (
        "The ceremony was chaired by H.E. Dr. Kemal Arif Wiranata, Minister of Harbours, and attended "
        "by the governors.\n\n"
        "H.E. Dr. Kemal Arif Wiranata, Minister of Harbours:\n\n"
        "Our crews have waited too long for safe piers, and we will not make them wait any longer.\n"
    )
    assert summary(text) == [
        (
            "direct",
            "Our crews have waited too long for safe piers, and we will not make them wait any longer.",
            "Kemal Arif Wiranata",
            "Minister of Harbours",
        )
    ]


# -- roles ----------------------------------------------------------------------------------
def test_plain_appositive_title_outranks_a_short_title_before_the_name() -> None:
    """'Deputy Ines Maroto, chair of the budget committee' is the chair; 'a dairy farmer' would not be."""
    text = HEAD + (
        "Deputy Ines Maroto, chair of the budget committee, argued that the fares had risen too fast.\n\n"
        "Owner Bram Keller, a retired ferry pilot, said the new boats would sail from the old pier.\n"
    )
    assert summary(text) == [
        ("indirect", "the fares had risen too fast", "Ines Maroto", "chair of the budget committee"),
        ("indirect", "the new boats would sail from the old pier", "Bram Keller", "Owner"),
    ]


def test_who_serves_as_prints_a_title() -> None:
    """'Okoro, who serves as chief financial officer, said …' gives the surname a title, and 'he' too."""
    text = HEAD + (
        "Okoro, who serves as chief financial officer, said the board would publish the accounts. "
        '"We have nothing to hide from the riders," he said.\n'
    )
    assert summary(text) == [
        ("indirect", "the board would publish the accounts", "Okoro", "chief financial officer"),
        ("direct", "We have nothing to hide from the riders", "Okoro", "chief financial officer"),
    ]


def test_trade_before_a_lower_case_title_belongs_to_it() -> None:
    """'a group led by banking executive Mara Lindqvist' prints the title 'banking executive'."""
    text = HEAD + (
        "The new line is backed by a group led by banking executive Mara Lindqvist.\n\n"
        "Lindqvist said the group would buy two more boats next year.\n"
    )
    assert summary(text) == [
        ("indirect", "the group would buy two more boats next year", "Mara Lindqvist", "banking executive"),
    ]


# -- speakers and reported clauses ----------------------------------------------------------
def test_trade_noun_refers_to_the_issuer() -> None:
    """'The airline said it will …' in an airline's release is the issuer speaking."""
    text = (
        "Skylark Air Adds Winter Flights\n\n"
        "DENVER, May 4, 2026 — Skylark Air today announced four new winter routes.\n\n"
        "The airline said it will not raise fares on the new routes this season.\n"
    )
    assert summary(text) == [
        ("indirect", "it will not raise fares on the new routes this season", "Skylark Air", None),
    ]


def test_place_named_club_is_not_the_league_that_issues() -> None:
    """'the Marlow club said' in a league's release is that club, named as printed."""
    text = (
        "Northern Rugby Association Adds Two Teams\n\n"
        "LEEDS, May 4, 2026 — The Northern Rugby Association today approved two new teams.\n\n"
        "In a statement, the Marlow club said it accepted the vote and would work with the board.\n\n"
        "About the Northern Rugby Association\n\n"
        "The Northern Rugby Association runs a professional league of 14 clubs.\n"
    )
    assert summary(text) == [
        ("indirect", "it accepted the vote and would work with the board", "Marlow club", None),
    ]


def test_relative_clause_inside_the_reported_clause() -> None:
    """'said the vessel, which carries 300 cars, makes …': the aside does not hide the clause."""
    text = HEAD + "Ana Velde said the vessel, which carries 300 cars, makes the crossing in an hour.\n"
    assert summary(text) == [
        ("indirect", "the vessel, which carries 300 cars, makes the crossing in an hour", "Ana Velde", None),
    ]


def test_plural_present_verb_opens_a_reported_clause() -> None:
    """'said board members intend to …': a plural subject with a present verb is a clause."""
    text = HEAD + "Ana Velde said board members intend to vote on the timetable in June.\n"
    assert summary(text) == [
        ("indirect", "board members intend to vote on the timetable in June", "Ana Velde", None),
    ]


def test_closing_attribution_followed_by_a_time_span_or_without() -> None:
    """'…, Velde said Monday, two days after …' and '…, Velde added, without naming …' close a clause."""
    text = HEAD + (
        "The ferry will stop at Eastpier from June, Ana Velde said Monday, two days after the pier "
        "reopened.\n\n"
        "The board aims to add three more stops by 2028, Velde added, without naming the towns.\n"
    )
    assert summary(text) == [
        ("indirect", "The ferry will stop at Eastpier from June", "Ana Velde", None),
        ("indirect", "The board aims to add three more stops by 2028", "Ana Velde", None),
    ]


def test_block_quote_goes_on_through_a_pledge_with_figures() -> None:
    """A block paragraph opening on 'The State will …' keeps the speaker though figures follow."""
    text = HEAD + (
        "Minister of Harbours Kemal Arif Wiranata delivered the following statement.\n\n"
        "Kemal Arif Wiranata, Minister of Harbours:\n\n"
        "Our crews have waited too long for safe piers, and we will not make them wait any longer.\n\n"
        "The State will not leave this work unfinished. The first eight piers shall be rebuilt by 2028.\n\n"
        "The ceremony ended with a tour of the harbour.\n"
    )
    found = summary(text)
    assert [q[1] for q in found] == [
        "Our crews have waited too long for safe piers, and we will not make them wait any longer.",
        "The State will not leave this work unfinished. The first eight piers shall be rebuilt by 2028.",
    ]
    assert {q[2] for q in found} == {"Kemal Arif Wiranata"}
