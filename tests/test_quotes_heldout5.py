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
    """'coordinator of the Lakeside Growers' Network' is a role; the pronoun after it is the person."""
    text = HEAD + (
        "Mr. Tobias Wren, coordinator of the Lakeside Growers' Network, spoke after the vote.\n\n"
        '"The boats finally reach the small villages on time," he said.\n'
    )
    assert summary(text) == [
        (
            "direct",
            "The boats finally reach the small villages on time",
            "Tobias Wren",
            "coordinator of the Lakeside Growers' Network",
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
