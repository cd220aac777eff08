"""Quote and speaker constructions first seen in the sixth and seventh held-out sets, on fictional texts."""

from __future__ import annotations

import pressdoc


def summary(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quote found."""
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in pressdoc.parse(text).quotes]


HEAD = (
    "Brindle Mills Recalls Oat Bars\n\n"
    "KELBY, Iowa, March 3, 2026 — Brindle Mills Inc. today recalled two lots of oat bars.\n\n"
)


# -- speakers -------------------------------------------------------------------------------
def test_place_before_a_department_name_keeps_the_department_as_speaker() -> None:
    """'The Kelby County Department of Health said it …' is that department, not the issuer."""
    text = HEAD + (
        "The Kelby County Department of Health said in a statement that it is reviewing "
        "the plant's cleaning records with the company.\n"
    )
    assert summary(text) == [
        (
            "indirect",
            "it is reviewing the plant's cleaning records with the company",
            "Kelby County Department of Health",
        )
    ]


# -- sources --------------------------------------------------------------------------------
def test_named_person_with_a_long_appositive_reports_a_clause() -> None:
    """A title of many words between the name and 'said' still leaves the person the source."""
    text = HEAD + (
        "Dr. Ilse Varga, associate professor of food safety at the Kelby State University School "
        "of Public Health and an adviser to the county board, said the bars posed little risk to "
        "most adults.\n"
    )
    assert summary(text) == [("indirect", "the bars posed little risk to most adults", "Ilse Varga")]


# -- clause ends ----------------------------------------------------------------------------
def test_second_that_clause_holding_a_quotation_ends_the_reported_clause() -> None:
    """'noted that A and that B "…"': A is reported speech; B is the quotation it holds."""
    text = HEAD + (
        "Chief Operating Officer Marta Lindqvist noted that the plant had passed its spring "
        'audit and that the new line was "the cleanest we have ever run."\n'
    )
    assert summary(text) == [
        ("indirect", "the plant had passed its spring audit", "Marta Lindqvist"),
        ("direct", "the cleanest we have ever run.", "Marta Lindqvist"),
    ]


def test_two_that_clauses_without_a_quotation_stay_one_clause() -> None:
    """'said that A and that B' with no quotation is one reported clause, as printed."""
    text = HEAD + (
        "Chief Operating Officer Marta Lindqvist said that the plant had passed its spring "
        "audit and that no other lines were affected.\n"
    )
    assert summary(text) == [
        (
            "indirect",
            "the plant had passed its spring audit and that no other lines were affected",
            "Marta Lindqvist",
        )
    ]


# -- label lines ----------------------------------------------------------------------------
def test_heading_label_of_a_safety_section_is_no_speaker() -> None:
    """'Renal Toxicity: <text>' in a safety section is a heading and its text, not a block quote."""
    text = (
        "Tarnwell Bio Wins Approval for Oral Drug\n\n"
        "BOSTON, June 2, 2026 — Tarnwell Bio today received approval for its oral drug.\n\n"
        "IMPORTANT SAFETY INFORMATION\n\n"
        "Renal Toxicity: The drug can raise creatinine levels. Check kidney function before each cycle.\n\n"
        "Infusion Reactions: Mild reactions occurred in 4% of patients. Observe patients for an hour.\n"
    )
    assert summary(text) == []


def test_person_label_still_opens_a_block_quote() -> None:
    """'Nora Quist, Chief Executive:' is a speaker label whatever the heading test says."""
    text = (
        "Tarnwell Bio Wins Approval for Oral Drug\n\n"
        "BOSTON, June 2, 2026 — Tarnwell Bio today received approval for its oral drug.\n\n"
        "Nora Quist, Chief Executive:\n\n"
        "We built this company for exactly this day, and we are ready to supply every clinic.\n"
    )
    assert summary(text) == [
        (
            "direct",
            "We built this company for exactly this day, and we are ready to supply every clinic.",
            "Nora Quist",
        )
    ]


def test_audit_is_a_document_not_a_source() -> None:
    """'according to a 2025 audit by the county board' cites a document: no quote."""
    text = HEAD + (
        "Cleaning faults caused nearly half of the plant's stoppages last year, according to a "
        "2025 audit by the Kelby County Board.\n"
    )
    assert summary(text) == []


def test_short_name_of_an_organization_named_at_a_sentence_start() -> None:
    """'The Kelby Grain Council welcomed …' then 'the Council said it …' is that council."""
    text = HEAD + (
        "The Kelby Grain Council welcomed the recall. In a statement, the Council said it will "
        "help growers trace the affected oats.\n"
    )
    assert summary(text) == [
        ("indirect", "it will help growers trace the affected oats", "Kelby Grain Council"),
    ]


def test_conjunction_before_a_title_subject_is_no_part_of_the_speaker() -> None:
    """', and the Mayor said she …' is the mayor named earlier, not an organization 'and the Mayor'."""
    text = (
        "Mayor Fell Opens Kelby Market Hall\n\n"
        "KELBY, Iowa, March 3, 2026 — Mayor Ana Fell today opened the new market hall.\n\n"
        "Stall fees stay at last year's level, and the Mayor said she hoped more growers would sign up.\n"
    )
    assert summary(text) == [("indirect", "she hoped more growers would sign up", "Ana Fell")]


def test_second_reporting_verb_gives_a_second_reported_clause() -> None:
    """'stressed that A and told reporters that B' reports two clauses of one source."""
    text = HEAD + (
        "Plant manager Oskar Dahl stressed that the faulty seal had been replaced within a day "
        "and told reporters that the line would reopen after a second inspection.\n"
    )
    assert summary(text) == [
        ("indirect", "the faulty seal had been replaced within a day", "Oskar Dahl"),
        ("indirect", "the line would reopen after a second inspection", "Oskar Dahl"),
    ]


def test_title_of_the_second_of_two_named_ministers_is_its_own() -> None:
    """'Minister Ana Rey and Trade Minister of Solvia Jo Park signed …': Park's title starts after 'and'."""
    text = (
        "Ministers Sign Port Accord\n\n"
        "LINDAU, May 4, 2026 — Minister Ana Rey and Trade Minister of Solvia Jo Park today "
        "signed a port accord.\n\n"
        "Jo Park said that the accord would cut customs waits at the border by half.\n"
    )
    quotes = pressdoc.parse(text).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [
        ("Jo Park", "Trade Minister of Solvia")
    ]


# -- header ---------------------------------------------------------------------------------
def test_date_line_with_a_release_number_is_no_title() -> None:
    """'4 May 2026, No. 88/26' under a ministry's letterhead is a date line; the headline follows it."""
    text = (
        "Ministry of Transport of the Republic of Solvia\n\n"
        "Press Service\n\n"
        "4 May 2026, No. 88/26\n\n"
        "Solvia and Kelmar open a new rail crossing\n\n"
        "On 4 May, the ministers of transport of Solvia and Kelmar opened a rail crossing at Dorn.\n"
    )
    article = pressdoc.parse(text)
    assert (article.title, article.published) == ("Solvia and Kelmar open a new rail crossing", "2026-05-04")


def test_statistics_release_label_under_an_office_name() -> None:
    """'OFFICE NAME' / 'Official statistics release' / 'Release date: …': the headline is below them."""
    text = (
        "STATISTICS KELMAR\n\n"
        "Official statistics release\n\n"
        "Release date: 3 June 2026, 09:00\n\n"
        "Retail sales rose 1.2% in May 2026\n\n"
        "Retail sales volumes rose by 1.2% in May 2026 after a fall of 0.4% in April.\n"
    )
    assert pressdoc.parse(text).title == "Retail sales rose 1.2% in May 2026"
