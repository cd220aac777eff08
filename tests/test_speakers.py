"""Speaker phrases, the registry of people, and quotation-mark pairing."""

from __future__ import annotations

import pytest

from pressdoc._quote_marks import pair_marks
from pressdoc._speakers import Mention, Registry, clean_role, is_name_token, parse_mention


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Jane Doe, chief executive officer of Acme",
            Mention("person", "Jane Doe", "chief executive officer of Acme"),
        ),
        ("Acme CEO Jane Doe", Mention("person", "Jane Doe", "Acme CEO")),
        ("Transport minister Jane Roe", Mention("person", "Jane Roe", "Transport minister")),
        ("Harbor Board member Ed Marsh", Mention("person", "Ed Marsh", "Harbor Board member")),
        ("KFA Chairman Dr Omar Haddad", Mention("person", "Omar Haddad", "KFA Chairman")),
        (
            "Head of Research at the Institute for Port Safety Ana Lee",
            Mention("person", "Ana Lee", "Head of Research at the Institute for Port Safety"),
        ),
        (
            "Acme chief financial officer Jo Park",
            Mention("person", "Jo Park", "Acme chief financial officer"),
        ),
        (
            "At the opening in May 2025, Dr. Ines Okoro, then Head of the Calder Research Park",
            Mention("person", "Ines Okoro", "Head of the Calder Research Park"),
        ),
        (
            "Amara Nwosu, Ph.D., MPH, the director of the Calder Institute",
            Mention("person", "Amara Nwosu", "director of the Calder Institute"),
        ),
        (
            "Pia van der Molen, vice president, data and mobile, Acme",
            Mention("person", "Pia van der Molen", "vice president, data and mobile, Acme"),
        ),
        (
            "Rory O’Malley, Chief Financial Officer",
            Mention("person", "Rory O’Malley", "Chief Financial Officer"),
        ),
        ("Anna Lind, 54, a local fisherwoman", Mention("person", "Anna Lind", "local fisherwoman")),
        ("Paulo Reis, who heads the farmers' union", Mention("person", "Paulo Reis", None)),
        ("Jane Doe in a statement", Mention("person", "Jane Doe", None)),
        ("District Attorney Rowe", Mention("person", "Rowe", "District Attorney")),
        ("van Dijk", Mention("person", "van Dijk", None)),
        ("she", Mention("pronoun", "she")),
        ("him", Mention("pronoun", "he")),
        ("the Deputy Director of the Bureau", Mention("ref", "Deputy Director of the Bureau")),
        ("the company", Mention("ref", "company")),
        ("TRU literature", Mention("org", "TRU")),
        ("Calder Seed Inc.", Mention("org", "Calder Seed Inc")),
        ("the Ministry of Water Affairs", Mention("org", "Ministry of Water Affairs")),
        ("the Ministry", Mention("ref", "Ministry")),
        ("the Drug Safety Authority (DSA)", Mention("org", "Drug Safety Authority")),
        ("Councilmember Rita Osei", Mention("person", "Rita Osei", "Councilmember")),
        ("Opposition MP Lars Fenn", Mention("person", "Lars Fenn", "Opposition MP")),
        ("Owner Bram Keller", Mention("person", "Bram Keller", "Owner")),
        ("its president, Ade Moyo", Mention("person", "Ade Moyo", "president")),
        ("his spokesperson, Lionel Brask", Mention("person", "Lionel Brask", "spokesperson")),
        (
            "Esi Darko, director of Clean Water Ghana, an advocacy group",
            Mention("person", "Esi Darko", "director of Clean Water Ghana"),
        ),
        ("According to Calder President Ruth Olm", Mention("person", "Ruth Olm", "Calder President")),
        (
            "conservative senator Ana Bulnes Vidal",
            Mention("person", "Ana Bulnes Vidal", "conservative senator"),
        ),
        (
            "Ida Kask, P.Geo., Vice President Exploration",
            Mention("person", "Ida Kask", "Vice President Exploration"),
        ),
        (
            "Minister for Water and Rural Affairs, Dana Whitcombe",
            Mention("person", "Dana Whitcombe", "Minister for Water and Rural Affairs"),
        ),
        (
            "Quotes attributable to Member for Lowmoor, Josh Tarrant",
            Mention("person", "Josh Tarrant", "Member for Lowmoor"),
        ),
        (
            "The Honourable Jana Roe, Minister of Housing",
            Mention("person", "Jana Roe", "Minister of Housing"),
        ),
        (
            "Ilse Varga, UNHL Director-General, who visited the camps",
            Mention("person", "Ilse Varga", "UNHL Director-General"),
        ),
        (
            "businesswoman and former Olympian Kelly Marsh",
            Mention("person", "Kelly Marsh", "businesswoman and former Olympian"),
        ),
        (
            "a spokeswoman for the Harbor Trust",
            Mention("org", "Harbor Trust", "spokeswoman for the Harbor Trust"),
        ),
        (
            "Secretary, Water Resources, Shri Arun Mehra",
            Mention("person", "Arun Mehra", "Secretary, Water Resources"),
        ),
    ],
)
def test_parse_mention(phrase: str, expected: Mention) -> None:
    """Attribution phrases give the name as printed and the title printed with it."""
    assert parse_mention(phrase) == expected


@pytest.mark.parametrize("phrase", ["", "the plan", "it was a long day and", "x" * 400, "(DSA)"])
def test_parse_mention_rejects_what_names_no_one(phrase: str) -> None:
    """Phrases that name no person, pronoun, title or organization give None."""
    assert parse_mention(phrase) is None


@pytest.mark.parametrize(
    ("word", "is_name"),
    [
        ("Jane", True),
        ("O’Hara", True),
        ("Siu-ming", True),
        ("CEO", False),
        ("President", False),
        ("Inc.", False),
        ("The", False),
        ("Monday", False),
        ("jane", False),
        ("Acme’s", False),
    ],
)
def test_name_tokens(word: str, is_name: bool) -> None:
    """Titles, acronyms, weekdays, possessives and lowercase words are not name words."""
    assert is_name_token(word) is is_name


def test_clean_role_trims_articles_and_needs_a_title() -> None:
    """'the CEO of Acme' is 'CEO of Acme'; 'the new plant' is no role."""
    assert clean_role("the CEO of Acme.") == "CEO of Acme"
    assert clean_role("then Head of the Research Park") == "Head of the Research Park"
    assert clean_role("chief executive officer of Acme Corp.") == "chief executive officer of Acme Corp."
    assert clean_role("the new plant") is None


def _learned(text: str) -> Registry:
    registry = Registry(issuer=None)
    registry.learn_paragraph(text, 0, len(text))
    return registry


def test_registry_learns_titled_people_and_acronyms() -> None:
    """Names printed with a title are learned with it; '(ACR)' defines an acronym."""
    registry = _learned(
        "Portvale Fire Commissioner Ruth Kane met Amara Nwosu, Ph.D., the director of the Calder Institute, "
        "and members of The Tidewater Renters Union (TRU)."
    )
    kane = registry.person("Kane")
    nwosu = registry.person("Dr Nwosu")
    assert kane is not None
    assert (kane.name, kane.role) == ("Ruth Kane", "Portvale Fire Commissioner")
    assert nwosu is not None
    assert nwosu.name == "Amara Nwosu"
    assert registry.alias("TRU") == "Tidewater Renters Union"


def test_registry_does_not_learn_organizations_as_people() -> None:
    """Capitalized words after 'at', 'of' or before 'Association' name no person."""
    registry = _learned(
        "Tom Reyes, president of the Portvale Harbor Association, met Ines Okoro, head of research at "
        "Nordwind Robotics."
    )
    assert registry.person("Harbor") is None
    assert registry.person("Robotics") is None
    assert registry.find_in("Ines Okoro, head of research at Nordwind Robotics") == ("Ines Okoro", 0)


def test_registry_resolves_titles_and_pronouns_to_the_nearest_person() -> None:
    """'the minister' and 'she' go to the nearest person with that title, or at all."""
    text = "Economy Minister Lena Marsh spoke. Later, Jonas Petrov, CEO of Calder Seed, spoke."
    registry = _learned(text)
    minister = registry.by_title("the minister", len(text))
    assert minister is not None
    assert minister.name == "Lena Marsh"
    assert registry.last_person(len(text)) == "Jonas Petrov"
    assert registry.last_person(10) is None


def test_same_surname_different_first_name_is_another_person() -> None:
    """'Lola Finch' is not 'Dario Finch'."""
    registry = _learned("Head coach Dario Finch thanked volunteers.")
    assert registry.person("Lola Finch") is None
    found = registry.person("Finch")
    assert found is not None
    assert found.name == "Dario Finch"


def _quoted(text: str) -> list[str]:
    out = []
    for span in pair_marks(text, 0, len(text)):
        out.append(text[span.open + 1 : span.close] if span.close is not None else text[span.open + 1 :])
    return out


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We grow," she said, "and hire."', ["We grow,", "and hire."]),
        ('“We are ready."', ["We are ready."]),
        ('“He called it "great" today.”', ['He called it "great" today.']),
        ("„Guten Tag“, sagte sie.", ["Guten Tag"]),
        ("« Bonjour », dit-il.", [" Bonjour "]),
        ("It’s the Okoros’ ‘smart’ plant.", ["smart"]),
        ('a 12" pipe and "a quote"', ["a quote"]),
        ("“Open and never closed", ["Open and never closed"]),
    ],
)
def test_pair_marks(text: str, quoted: list[str]) -> None:
    """Marks pair per style, mixed pairs close, apostrophes and inch marks do not count."""
    assert _quoted(text) == quoted


def test_a_stray_mark_does_not_hide_later_quotes() -> None:
    """An opening mark that never closes gives way to the quotes after it."""
    text = 'known as "Calder, it grew. “We will grow,” said Voss.'
    assert _quoted(text) == ["We will grow,"]


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("a person familiar with the matter", None),
        ("one of the people", None),
        (
            "a senior adviser to the campaign, speaking on condition of anonymity",
            "senior adviser to the campaign",
        ),
    ],
)
def test_anonymous_sources(phrase: str, role: str | None) -> None:
    """Unnamed news sources give no name, and the function printed as their role."""
    assert parse_mention(phrase) == Mention("anonymous", None, role)


def test_double_surname_and_particle_surname_resolve() -> None:
    """'Bulnes' finds 'Ana Bulnes Vidal'; 'Van Houten' finds 'Bram Van Houten'."""
    registry = Registry(None)
    registry.add_person("Ana Bulnes Vidal", "senator", 0)
    registry.add_person("Bram Van Houten", "Owner", 10)
    bulnes = registry.person("Bulnes")
    houten = registry.person("Van Houten")
    assert (bulnes.name if bulnes else None) == "Ana Bulnes Vidal"
    assert (houten.role if houten else None) == "Owner"
