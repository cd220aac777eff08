"""The header stage on whole releases: title, dateline, published date, roles, contacts, issuer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import pressdoc
from pressdoc._header import Header, read_header
from pressdoc._segment import segment
from pressdoc._text import TextView

FIXTURES = Path(__file__).parent / "fixtures" / "header"
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)))
RELEASE_WORDS = st.lists(
    st.sampled_from(
        [
            "FOR IMMEDIATE RELEASE",
            "###",
            "-30-",
            "About Acme",
            "Media Contact:",
            "jane@acme.example",
            "+1 555-010-0199",
            "LONDON, June 5 (Reuters) -",
            "AUSTIN, Texas--(BUSINESS WIRE)--",
            "(SomeWire) - April 07, 2025 - CITY —",
            "March 3, 2025",
            "Forward-Looking Statements",
            "* bullet",
            "Acme Announces",
            "New Widget",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "   ",
            "\ufeff",
            "\u00a0",
            "said",
            "today announced",
        ]
    ),
    max_size=40,
).map(" ".join)


def header_of(source: str) -> Header:
    """Run the first stages on ``source``."""
    view = TextView(source)
    return read_header(view, segment(view))


def fixture(name: str) -> str:
    """The text of a fixture release."""
    return (FIXTURES / name).read_text(encoding="utf-8")


def roles(header: Header) -> list[tuple[str, str]]:
    """(role, first 30 characters) of every paragraph."""
    return [(p.role, p.text[:30]) for p in header.paragraphs]


def test_wire_release_with_label_subheadline_highlights_and_sections() -> None:
    """A PRNewswire-style release: label dropped, every section in its role, contact structured."""
    header = header_of(fixture("prnewswire.txt"))
    assert header.title == "Fernwood Robotics to Open Two Assembly Centers in Oregon by 2027"
    assert header.dateline is not None
    assert header.dateline.text == "PORTLAND, Ore., Feb. 12, 2024 /PRNewswire/ --"
    assert (header.dateline.place, header.dateline.date, header.dateline.agency) == (
        "PORTLAND, Ore.",
        "2024-02-12",
        "PRNewswire",
    )
    assert header.published == "2024-02-12"
    assert header.issuer == "Fernwood Robotics Inc."
    assert [role for role, _ in roles(header)] == [
        "headline",
        "subheadline",
        "highlight",
        "highlight",
        "body",
        "body",
        "body",
        "boilerplate",
        "boilerplate",
        "disclaimer",
        "disclaimer",
        "disclaimer",
        "contact",
        "contact",
        "contact",
        "contact",
        "contact",
    ]
    assert not any(p.text in ("FOR IMMEDIATE RELEASE", "###") for p in header.paragraphs)
    (contact,) = header.contacts
    assert (contact.name, contact.organization, contact.email, contact.phone) == (
        "Lena Okonkwo",
        "Fernwood Robotics Inc.",
        "press@fernwood-robotics.example",
        "+1 503-555-0187",
    )
    source = fixture("prnewswire.txt")
    assert source[header.body_start :].startswith("Fernwood Robotics Inc. (NASDAQ: FWRB) today")


def test_business_wire_dateline_without_date_and_glued_about_sections() -> None:
    """BUSINESS WIRE datelines carry no date; "About X" running into its text is boilerplate."""
    header = header_of(fixture("businesswire.txt"))
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.date) == ("DENVER & TORONTO", None)
    assert header.published is None
    assert header.issuer == "Harbor Mutual"
    assert [role for role, _ in roles(header)][3:5] == ["boilerplate", "boilerplate"]
    assert [(c.organization, c.name) for c in header.contacts] == [
        ("Harbor Mutual", "Jo Whitfield"),
        ("Pinecrest Health", "Sam Adeyemi"),
    ]


def test_hard_wrapped_plain_text_release() -> None:
    """An old hard-wrapped release: indented title, wrapped paragraphs, indented quote, -30- end mark."""
    header = header_of(fixture("hardwrapped.txt"))
    assert header.title == "Quillon Software Ships Version 4 of Its Ledger Suite"
    assert header.dateline is not None
    assert header.dateline.text == "SAN DIEGO, Calif.--June 2, 1998--"
    assert header.published == "1998-06-02"
    body = [p for p in header.paragraphs if p.role == "body"]
    assert len(body) == 4
    assert body[0].text.endswith("across the United\nStates and Canada.")
    assert body[1].text.startswith('"Ledger Suite 4')
    assert body[1].text.endswith('installs in minutes."')
    assert not any(p.text == "-30-" for p in header.paragraphs)
    (contact,) = header.contacts
    assert (contact.name, contact.organization, contact.phone) == (
        "Tobias Lindqvist",
        "Quillon Software Corp.",
        "(619) 555-0142",
    )


def test_statement_with_a_date_line_and_no_dateline() -> None:
    """A government statement: the date line under the title is the published date."""
    header = header_of(fixture("statement.txt"))
    assert header.title == "Statement by the Minister for Coastal Affairs on the Harbour Wall Repairs"
    assert header.dateline is None
    assert header.published == "2023-11-14"
    assert [role for role, _ in roles(header)] == ["headline", "body", "body"]


def test_agency_first_dateline() -> None:
    """ "(Wire) - date - PLACE —" puts the agency first."""
    header = header_of(fixture("agency_first.txt"))
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.date, header.dateline.agency) == (
        "BOISE, ID",
        "2025-09-09",
        "Northstar Newswire",
    )
    assert header.published == "2025-09-09"


def test_slash_agency_dateline() -> None:
    """ "PLACE / AGENCY / date /" datelines."""
    header = header_of(fixture("accesswire.txt"))
    assert header.dateline is not None
    assert header.dateline.text == "TAMPA, FL / ACCESSWIRE / March 14, 2022 /"
    assert header.published == "2022-03-14"
    assert header.issuer == "Gulfview Dental"


def test_contacts_above_a_headline_split_over_two_paragraphs() -> None:
    """A contact table above the title is not it; an all-caps title broken after a word is one title."""
    header = header_of(fixture("top_contacts.txt"))
    assert header.title == "BRIGHTFIELD ELECTS TOMAS WREN\n\nAS CHAIR OF ITS AUDIT COMMITTEE"
    assert [role for role, _ in roles(header)][:6] == ["contact"] * 4 + ["headline"] * 2
    assert [c.name for c in header.contacts] == ["Luis Ortega", "Hana Sato"]
    assert header.published == "2019-10-14"


def test_one_paragraph_per_line_with_label_date_and_wrapped_title() -> None:
    """Label and date line above the title are dropped; the title wrapped after its verb is one title."""
    header = header_of(fixture("line_mode.txt"))
    assert header.title == "County Sheriff's Office Announces\nExpansion of Youth Outreach Program"
    assert header.published == "2017-04-03"
    assert header.dateline is None
    assert [role for role, _ in roles(header)] == ["headline"] * 2 + ["subheadline"] * 2 + ["body"] * 3


def test_headline_printed_twice_counts_once_and_a_year_less_dateline() -> None:
    """A repeated title is one title; "28 June" without a year leaves published empty."""
    header = header_of(fixture("belta_style.txt"))
    assert header.title == "Minister opens new bridge over the river"
    assert [role for role, _ in roles(header)][:2] == ["headline", "headline"]
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.date, header.dateline.agency) == (
        "MINSK",
        "--06-28",
        "BelTA",
    )
    assert header.published is None


def test_no_dateline_is_invented_and_body_dates_do_not_count() -> None:
    """ "LONDON is ..." opens no dateline, and a date inside the body is not the release date."""
    header = header_of(fixture("no_dateline.txt"))
    assert header.dateline is None
    assert header.published is None
    assert header.title == "Council Approves New Cycle Lanes"


def test_header_date_line_wins_over_the_dateline() -> None:
    """When a header date line and the dateline disagree, published is the header's."""
    header = header_of(fixture("header_date_wins.txt"))
    assert header.dateline is not None
    assert header.dateline.date == "2024-08-05"
    assert header.dateline.place == "HARROW, KY"
    assert header.published == "2024-08-12"
    assert [role for role, _ in roles(header)][:3] == ["headline", "subheadline", "body"]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_crlf_bom_and_no_break_spaces_change_nothing(name: str) -> None:
    """The same release with a BOM, CRLF line ends and no-break spaces reads the same."""
    plain = header_of(fixture(name))
    noisy = header_of("\ufeff" + fixture(name).replace("\n", "\r\n").replace(" -- ", "\u00a0-- "))
    assert noisy.title == (plain.title.replace("\n", "\r\n") if plain.title else None)
    assert noisy.published == plain.published
    assert (noisy.dateline and noisy.dateline.place) == (plain.dateline and plain.dateline.place)
    assert [p.role for p in noisy.paragraphs] == [p.role for p in plain.paragraphs]
    assert len(noisy.contacts) == len(plain.contacts)


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("FOR IMMEDIATE RELEASE", "Acme Opens a Plant"),
        ("For Immediate Release:", "Acme Opens a Plant"),
        ("News Release", "Acme Opens a Plant"),
        ("Exhibit 99.1", "Acme Opens a Plant"),
        ("EMBARGOED UNTIL 9:00 A.M. ET, MARCH 3, 2025", "Acme Opens a Plant"),
        ("March 3, 2025", "Acme Opens a Plant"),
    ],
)
def test_labels_above_the_headline_are_not_the_title(label: str, title: str) -> None:
    """Release labels, exhibit tags, embargo notes and date lines above the title are skipped."""
    header = header_of(f"{label}\n\n{title}\n\nACME CITY, Ohio, March 3, 2025 -- Acme today opened a plant.")
    assert header.title == title
    assert header.published == "2025-03-03"


def test_body_sentence_starting_with_a_capitalized_word() -> None:
    """A first body paragraph that starts in capitals but has no separator has no dateline."""
    header = header_of("Acme Opens a Plant\n\nACME today opened its third plant, in Dayton.")
    assert header.dateline is None
    assert header.body_start == len("Acme Opens a Plant\n\n")


def test_subheadline_is_not_glued_to_the_title() -> None:
    """A sentence-case line under the title is a subheadline, not the rest of the title."""
    header = header_of(
        "Acme Reports Record Results\n\nWith revenue up 40 percent, the company raises its outlook\n\n"
        "DAYTON, Ohio, May 1, 2025 /PRNewswire/ -- Acme today reported results."
    )
    assert header.title == "Acme Reports Record Results"
    assert [p.role for p in header.paragraphs] == ["headline", "subheadline", "body"]


def test_empty_release() -> None:
    """An empty or blank text has no paragraphs and no header."""
    for source in ("", " \r\n \n"):
        header = header_of(source)
        assert header == Header(paragraphs=(), body_start=len(source))


@given(ANY_TEXT | RELEASE_WORDS)
@example("Contact:\n" * 30)
@example("A\n\nB\n\n" + "LONDON, June 5 (Reuters) -")
@example("About Acme\n\nAbout Acme is a")
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_read_header_never_raises_and_keeps_spans(source: str) -> None:
    """Any text gives a header whose paragraphs and dateline are exact, ordered slices."""
    header = header_of(source)
    previous_end = 0
    for p in header.paragraphs:
        assert previous_end <= p.start < p.end <= len(source)
        assert source[p.start : p.end] == p.text
        previous_end = p.end
    if header.dateline is not None:
        d = header.dateline
        assert source[d.start : d.end] == d.text
    for c in header.contacts:
        assert source[c.start : c.end] == c.text
    assert 0 <= header.body_start <= len(source)
    if header.title is not None:
        assert header.title in source


@given(ANY_TEXT | RELEASE_WORDS)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_parse_never_raises(source: str) -> None:
    """The whole parser turns any text into a valid Article."""
    article = pressdoc.parse(source)
    assert article.source == source


@pytest.mark.parametrize(
    ("source", "title", "published", "place"),
    [
        (
            "Acme Opens a Plant\n\nWashington, DC — March 3, 2025\n\nAcme today opened a plant in Ohio.",
            "Acme Opens a Plant",
            "2025-03-03",
            "Washington, DC",
        ),
        (
            "NEWS RELEASE: Acme Opens a Plant\n\nAcme today opened a plant in Ohio.",
            "Acme Opens a Plant",
            None,
            None,
        ),
        (
            "*** FOR IMMEDIATE RELEASE ***\n\nAcme Opens a Plant\n\nAcme opened a plant.",
            "Acme Opens a Plant",
            None,
            None,
        ),
        (
            "ACME ANNOUNCES RECORD\n\nTHIRD QUARTER RESULTS\n\nAcme today reported results.",
            "ACME ANNOUNCES RECORD\n\nTHIRD QUARTER RESULTS",
            None,
            None,
        ),
        (
            "ACME ANNOUNCES RECORD\n\nMARCH 3, 2025\n\nAcme today reported results.",
            "ACME ANNOUNCES RECORD",
            "2025-03-03",
            None,
        ),
        (
            "Talks with the President of Ruritania\n\nMarch 3, 2022, Government House, Riverton\n\n18:25\n\n"
            "The talks began.",
            "Talks with the President of Ruritania",
            "2022-03-03",
            None,
        ),
        (
            "Press release\n\nNew rules for e-scooters\n\nThe rules apply from June.\n\n"
            "From:\nDepartment for Roads\n\nPublished:\n12 May 2014\n\n"
            "The department said the rules would apply from June.",
            "New rules for e-scooters",
            "2014-05-12",
            None,
        ),
    ],
)
def test_header_layouts(source: str, title: str, published: str | None, place: str | None) -> None:
    """Place-and-date lines, label prefixes, split capital titles, time lines and page metadata."""
    header = header_of(source)
    assert header.title == title
    assert header.published == published
    assert (header.dateline.place if header.dateline else None) == place


def test_letterhead_above_the_release_label_is_not_the_title() -> None:
    """An office name and address printed above "FOR IMMEDIATE RELEASE" are not the title."""
    header = header_of(
        "OFFICE OF THE MAYOR\nCITY OF SPRINGFIELD\n350 MAIN STREET\n\n"
        "FOR IMMEDIATE RELEASE\nMarch 3, 2025\n\nMayor Announces New Parks Plan\n\n"
        "SPRINGFIELD — The mayor today announced a plan."
    )
    assert header.title == "Mayor Announces New Parks Plan"
    assert header.published == "2025-03-03"
    assert [p.role for p in header.paragraphs] == ["subheadline"] * 3 + ["headline", "body"]


def test_label_under_the_title_keeps_the_title() -> None:
    """A release label printed under the title does not move the title."""
    header = header_of(
        "Mayor Announces New Parks Plan\n\nFOR IMMEDIATE RELEASE\n\nSPRINGFIELD — The mayor spoke."
    )
    assert header.title == "Mayor Announces New Parks Plan"


@pytest.mark.parametrize(
    ("source", "published", "place"),
    [
        (
            "Acme Opens Plant\n\nBy Jane Roe | March 3, 2025\n\nAcme today opened a plant in Ohio.",
            "2025-03-03",
            None,
        ),
        (
            "Acme Opens Plant\n\nApril 8, 2022 • Statements and Releases\n\nAcme opened a plant.",
            "2022-04-08",
            None,
        ),
        (
            "Acme Opens Plant\n\nNEW YORK, NY – (March 3, 2025) – Acme today opened a plant.",
            "2025-03-03",
            "NEW YORK, NY",
        ),
        (
            "Acme Opens Plant\n\nSPRINGFIELD, ILLINOIS, UNITED STATES, March 3, 2025 /EINPresswire.com/ -- "
            "Acme opened a plant.",
            "2025-03-03",
            "SPRINGFIELD, ILLINOIS, UNITED STATES",
        ),
    ],
)
def test_bylines_site_date_lines_and_more_dateline_shapes(
    source: str, published: str, place: str | None
) -> None:
    """A dated byline, a date line with a section name, a bracketed date after a dash, a long place."""
    header = header_of(source)
    assert header.title == "Acme Opens Plant"
    assert header.published == published
    assert (header.dateline.place if header.dateline else None) == place


def test_title_above_its_label_and_subtitle_stays_the_title() -> None:
    """A title printed above "FOR IMMEDIATE RELEASE" is not replaced by the subtitle under the label."""
    header = header_of(
        "Acme Opens a Plant in Dayton\n\nFOR IMMEDIATE RELEASE\n\nNew factory will employ 300 people\n\n"
        "DAYTON, Ohio, May 1, 2025 -- Acme today opened a plant."
    )
    assert header.title == "Acme Opens a Plant in Dayton"


def test_ministry_letterhead_portal_date_line_and_no_dateline() -> None:
    """A ministry's name above the headline is no title; "Posted On:" dates it; nothing is a dateline."""
    header = header_of(fixture("ministry_portal.txt"))
    assert header.title == (
        "Minister of State Smt. Leela Varadarajan opens online registry for small fishing boats"
    )
    assert header.published == "2025-09-09"
    assert header.dateline is None  # not the reference code after the end mark
    assert [p.role for p in header.paragraphs][:4] == ["subheadline", "headline", "subheadline", "body"]
    assert header.paragraphs[0].text == "Ministry of Coastal Fisheries"
    assert not any(p.text.startswith(("Posted On", "***")) for p in header.paragraphs)


def test_organization_press_release_line_is_not_the_title() -> None:
    """ "Agency - Press release" above the headline is a letterhead; the place-and-date line dates it."""
    header = header_of(fixture("agency_press_release_label.txt"))
    assert header.title == "Harbour Authority proposes night-time limits on cargo cranes"
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.date) == ("Portview", "2025-06-04")
    assert header.published == "2025-06-04"


def test_minister_name_and_office_letterhead() -> None:
    """ "The Hon Alex Doe MP" over "Minister for Roads and Ports" is a letterhead, not the title."""
    header = header_of(fixture("minister_letterhead.txt"))
    assert header.title == "$85 million to widen the Coral Coast Highway at Pelican Bend"
    assert header.published == "2025-06-06"
    assert [p.role for p in header.paragraphs][:3] == ["subheadline", "subheadline", "headline"]


def test_department_letterhead_with_date_and_contact_lines_above_the_headline() -> None:
    """A police department's letterhead, a dated line and a contact line all stand above the headline."""
    header = header_of(fixture("police_letterhead.txt"))
    assert header.title == "Three Charged in String of Mailbox Thefts; Department to Add Bicycle Patrols"
    assert header.published == "2025-07-08"
    assert header.dateline is not None
    assert header.dateline.place == "ASHFORD, Ohio"
    assert [p.role for p in header.paragraphs][:4] == ["subheadline", "subheadline", "contact", "headline"]


def test_single_organization_line_above_a_news_release_label() -> None:
    """One district name over "News Release" is a letterhead, though it is a single title-case line."""
    header = header_of(fixture("school_district_letterhead.txt"))
    assert header.title == "Trustees approve new bus routes for rural students starting in August"
    assert header.published == "2025-01-09"
    assert header.issuer == "Lakeside Unified School District"


def test_wire_date_line_with_clock_time_and_spelled_zone() -> None:
    """ "June 4, 2025 07:30 AM Central Daylight Time" over a date-less wire dateline is the release date."""
    header = header_of(fixture("wire_time_date_line.txt"))
    assert header.published == "2025-06-04"
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.date) == ("WICHITA, Kan.", None)


@pytest.mark.parametrize(
    ("letterhead", "title"),
    [
        ("Ministry of Inland Waterways", "Canal tolls to fall by a third from July"),
        ("Westvale Police Department", "Officers Recover Stolen Tractors"),
        ("New Westvale Township Police Department", "Officers Recover Stolen Tractors"),
        ("Orchard Valley Unified School District", "District names new superintendent"),
        ("MINISTRY OF INLAND WATERWAYS", "Canal tolls to fall by a third from July"),
        ("Office of the Mayor | City of Brookfield", "Mayor Proposes Free Summer Buses"),
        ("News from the Office of the Governor", "Governor Signs Water Bill"),
        ("THE GOVERNOR'S HOUSE\nOffice of the Press Secretary", "Governor Signs Water Bill"),
        ("Brightfield Holdings plc (LSE: BFH)", "Brightfield Sells Its Rail Unit"),
        ("Brightfield Analytics Inc.\nInvestor Relations", "Brightfield Sells Its Rail Unit"),
        ("Inland Waterways Agency – Press release", "Canal tolls to fall by a third from July"),
        ("Press Release | Ministry of Inland Waterways", "Canal tolls to fall by a third from July"),
        ("The Hon. Pat Kerr MLA\nMinister for Inland Waterways", "Canal tolls to fall by a third from July"),
        ("Senator Pat Kerr\nUnited States Senator for Franklin", "Kerr Introduces Canal Safety Bill"),
        ("Westvale Police Department\nChief Pat Kerr", "Officers Recover Stolen Tractors"),
        ("Westvale Police Department\n120 Main Street\nWestvale, OH 44001", "Officers Recover Tractors"),
        ("Ministry of Inland Waterways\n\nPress Release No. 52/2025", "Canal tolls to fall from July"),
        ("PR/2025/052\n\n12 March 2025", "Canal tolls to fall by a third from July"),
    ],
)
def test_letterheads_above_the_headline(letterhead: str, title: str) -> None:
    """An issuer's name, office or "press release" line above a headline-like line is not the title."""
    header = header_of(
        f"{letterhead}\n\n{title}\n\nThe ministry said on Monday that it would act. "
        "It gave no figures and did not say when the measures would take effect in the districts concerned."
    )
    assert header.title == title
    assert header.paragraphs[0].role == ("headline" if letterhead.startswith("PR/") else "subheadline")


@pytest.mark.parametrize(
    "above",
    [
        "NYSE: ACME | TSX: ACM",
        "(NASDAQ: ACME)",
        "Home > Newsroom > Press releases",
        "Home › News › 2025",
        "PR/2025/052",
        "Ref: ACM/PR/17",
    ],
)
def test_listings_paths_and_reference_numbers_above_the_headline(above: str) -> None:
    """A stock listing, a site path or a document number above the headline is layout, not the title."""
    header = header_of(
        f"{above}\n\nAcme Opens a Plant\n\nDAYTON, Ohio, May 1, 2025 -- Acme today opened a plant."
    )
    assert header.title == "Acme Opens a Plant"
    assert [p.role for p in header.paragraphs] == ["headline", "body"]


@pytest.mark.parametrize(
    "title",
    [
        "Acme Acquires Beta Holdings",
        "Acme and Beta Form Strategic Partnership",
        "Acme and Beta Launch Research Alliance",
        "New Chair for Westvale School Board",
        "Spring Pollen Advisory for the Lakes Region",
        "Mayor Kerr Breaks Ground on Library",
        "Jane Roe Named Chief of Police",
        "Orchard Valley Thanks Fire Department",
        "Senator Pat Kerr",
        "Record Crowd at Westvale Community College",
    ],
)
def test_headlines_that_name_an_organization_stay_titles(title: str) -> None:
    """A title-case headline with a verb, a place, or a bare name is not a letterhead."""
    header = header_of(
        f"{title}\n\nDeal adds 40 stores in the Midwest\n\n"
        "DAYTON, Ohio, May 1, 2025 /PRNewswire/ -- Acme today said it had agreed to the deal."
    )
    assert header.title == title


def test_organization_line_over_the_body_stays_the_title() -> None:
    """With no headline-like line under it, a letterhead is the only title there is."""
    header = header_of(
        "Westvale Police Department\n\nOfficers responded to a call on Elm Street at 3 p.m. on Monday and "
        "found a stolen tractor in a barn. Two men were arrested at the scene and will appear in court."
    )
    assert header.title == "Westvale Police Department"


@pytest.mark.parametrize(
    "tail",
    [
        "###\n\nAB/CD/2025",
        "***\n\nLONDON — The ministry said more.",
        "AB/CD/2025",
    ],
)
def test_no_dateline_after_the_body_has_begun(tail: str) -> None:
    """A code after the end mark, a dateline deep in the body, or one with no text after it: no dateline."""
    prose = (
        "The ministry opened the registry for small boats today, and owners in every district can now "
        "apply for a licence, an insurance cover and a fuel card from a mobile phone without a visit to an "
        "office, officials said at the launch in the harbour town."
    )
    header = header_of(f"Registry opens for small boats\n\n{prose}\n\n{prose}\n\n{tail}")
    assert header.dateline is None
    assert header.title == "Registry opens for small boats"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Ministry of Inland Waterways, 5 March 2026", None),
        ("Office of the Governor — March 5, 2026", None),
        ("Press Office, 5 March 2026", None),
        ("The Hon Pat Kerr MP, 5 March 2026", None),
        ("Riverton, 5 March 2026", "Riverton"),
        ("Seoul, Republic of Korea, 5 March 2026", "Seoul, Republic of Korea"),
        ("WASHINGTON, District of Columbia, March 5, 2026", "WASHINGTON, District of Columbia"),
    ],
)
def test_issuer_and_date_line_dates_the_release_but_names_no_place(line: str, place: str | None) -> None:
    """An issuer's name before the date is no dateline place; a town before the date is."""
    header = header_of(
        f"Canal tolls to fall\n\n{line}\n\nThe ministry said on Monday that canal tolls would fall by a "
        "third from July, after a review of what the locks cost to run and to repair each year."
    )
    assert header.published == "2026-03-05"
    assert (header.dateline.place if header.dateline else None) == place
    assert header.title == "Canal tolls to fall"


def test_body_opening_with_an_issuer_and_a_date_has_a_dated_dateline_without_place() -> None:
    """ "Ministry of Inland Waterways, 5 March 2026 – ..." dates the release; the ministry is no place."""
    header = header_of(
        "Canal tolls to fall\n\nMinistry of Inland Waterways, 5 March 2026 – The ministry said on Monday "
        "that canal tolls would fall by a third from July."
    )
    assert header.dateline is not None
    assert (header.dateline.place, header.dateline.date) == (None, "2026-03-05")
    assert header.published == "2026-03-05"
