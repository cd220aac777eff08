"""Contact blocks: headings, details, and the structured contacts read from them."""

from __future__ import annotations

import pytest

from pressdoc._contacts import has_detail, heading_end, read_contacts
from pressdoc._model import Contact
from pressdoc._segment import segment
from pressdoc._text import TextView


def contacts(block: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(name, organization, email, phone) of each contact in a block, checking the spans."""
    view = TextView(block)
    found: tuple[Contact, ...] = read_contacts(view, segment(view))
    for c in found:
        assert block[c.start : c.end] == c.text
    return [(c.name, c.organization, c.email, c.phone) for c in found]


@pytest.mark.parametrize(
    "line",
    [
        "Media Contact:",
        "Media Contacts",
        "MEDIA CONTACT: Jane Roe",
        "Contact:",
        "CONTACT: Dev Anand 555.010.4477",
        "For Media Inquiries:",
        "For more information, please contact:",
        "Investor Relations Contact:",
        "Press enquiries 020 7946 0321",
        "Contact Information:",
        "Contact DetailsJane Roe",
        "Investors:",
    ],
)
def test_contact_headings(line: str) -> None:
    """Common contact headings are recognized, also glued to the name that follows."""
    assert heading_end(line, 0, len(line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Contact tracing has been expanded to every district.",
        "Contacts between the two teams began in 2019 and continued for years.",
        "The media coverage was broad.",
    ],
)
def test_sentences_are_not_contact_headings(line: str) -> None:
    """Sentences that start with the word "contact" are not headings."""
    assert heading_end(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("press@fernwood.example", True),
        ("+1 503-555-0187", True),
        ("(619) 555-0142", True),
        ("1.415.555.0101", True),
        ("020 7946 0321", True),
        ("Revenue rose 12% to $4.2 million in 2024.", False),
        ("The plant at 4300 Main St opened in 1998.", False),
        ("2024-2025 season", False),
    ],
)
def test_contact_details(text: str, expected: bool) -> None:
    """Emails and phone numbers are details; amounts, years and street numbers are not."""
    assert has_detail(text, 0, len(text)) is expected


def test_vertical_block() -> None:
    """Name, organization, email and phone on lines of their own make one contact."""
    block = "Media Contact:\nLena Okonkwo\nFernwood Robotics Inc.\npress@fernwood.example\n+1 503-555-0187"
    assert contacts(block) == [
        ("Lena Okonkwo", "Fernwood Robotics Inc.", "press@fernwood.example", "+1 503-555-0187")
    ]


def test_two_people_separated_by_a_blank_line() -> None:
    """A blank line after a reachable contact starts the next contact."""
    block = (
        "Press Contacts:\nTobias Lindqvist\nQuillon Software\n(619) 555-0142\ntobias@quillon.example\n\n"
        "Mara Jovanovic\nQuillon Software\n(619) 555-0199\nmara@quillon.example"
    )
    assert contacts(block) == [
        ("Tobias Lindqvist", "Quillon Software", "tobias@quillon.example", "(619) 555-0142"),
        ("Mara Jovanovic", "Quillon Software", "mara@quillon.example", "(619) 555-0199"),
    ]


def test_one_line_contact() -> None:
    """A heading, a name, a phone and an email on one line."""
    block = "CONTACT: Dev Anand 555.010.4477 dev.anand@orbital.example"
    assert contacts(block) == [("Dev Anand", None, "dev.anand@orbital.example", "555.010.4477")]


def test_organization_colon_name_lines() -> None:
    """ "Org: Name; email" lines give one contact each, the organization first."""
    block = (
        "For Media Inquiries:\n\nHarbor Mutual: Jo Whitfield; jo@harbor.example\n\n"
        "Pinecrest Health: Sam Adeyemi; sam@pinecrest.example"
    )
    assert contacts(block) == [
        ("Jo Whitfield", "Harbor Mutual", "jo@harbor.example", None),
        ("Sam Adeyemi", "Pinecrest Health", "sam@pinecrest.example", None),
    ]


def test_two_column_table() -> None:
    """A tab-separated two-column block gives one contact per column."""
    block = (
        "Contact:\tLuis Ortega\tHana Sato\n\n"
        "Brightfield Investor Relations\tBrightfield Corporate Communications\n\n"
        "1.303.555.0142\t1.720.555.0178\n\n"
        "luis@brightfield.example\thana@brightfield.example"
    )
    assert contacts(block) == [
        ("Luis Ortega", "Brightfield Investor Relations", "luis@brightfield.example", "1.303.555.0142"),
        ("Hana Sato", "Brightfield Corporate Communications", "hana@brightfield.example", "1.720.555.0178"),
    ]


def test_titles_addresses_and_labels_are_not_fields() -> None:
    """Job titles, street addresses and "Tel:" labels do not become names or organizations."""
    block = (
        "Contact Information:\n\nHarrow MRI\n\n118 N Elm St #12 Harrow, KY 40601\n\n"
        "Nina Castellanos, Director of Communications\nTel: (502) 555-0166"
    )
    assert contacts(block) == [("Nina Castellanos", "Harrow MRI", None, "(502) 555-0166")]


def test_a_block_without_name_email_or_phone_gives_no_contact() -> None:
    """Only a contact that can be named or reached is listed."""
    assert contacts("Media Contact:\nSee our website") == []
