"""Header and quote constructions first seen in held-out releases, on fictional texts."""

from __future__ import annotations

import pressdoc
from pressdoc import Article


def parsed(text: str) -> Article:
    """The article pressdoc reads from ``text``."""
    return pressdoc.parse(text)


def summary(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name, role) of every quote found."""
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in parsed(text).quotes
    ]


BODY = (
    "The plan sets out how the work will be paid for over the coming years and which districts come first, "
    "with the first crews starting in the spring and a public report on progress every six months."
)


# -- titles under letterheads ---------------------------------------------------------------
def test_site_tag_under_an_office_letterhead_is_not_the_title() -> None:
    """'Official website' under an office's name is page furniture; the headline follows it."""
    text = (
        "Governor of Westmark\nOfficial website\n\n"
        "Talks with Governor of Eastvale Ida Brun\n\n"
        "4 May 2026\n\n"
        "Governor of Westmark Tor Lind held talks in Lindholm with Governor of Eastvale Ida Brun. "
        + BODY
        + "\n"
    )
    assert parsed(text).title == "Talks with Governor of Eastvale Ida Brun"


def test_contact_line_under_the_release_label_is_not_the_title() -> None:
    """A 'Media Inquiries: name, (555) ...' line under 'NEWS RELEASE' is a contact, never the title."""
    text = (
        "OFFICE OF THE COUNTY CLERK\nBRANDT COUNTY\nAnn Vell, County Clerk\n\n"
        "NEWS RELEASE\nFor Release: May 4, 2026\n"
        "Media Inquiries: Joe Park, Press Officer, (555) 201-3344\n\n"
        "County Clerk Opens Two New Records Offices in Brandton\n\n"
        "BRANDTON — County Clerk Ann Vell today opened two new records offices. " + BODY + "\n"
    )
    article = parsed(text)
    assert article.title == "County Clerk Opens Two New Records Offices in Brandton"
    assert article.published == "2026-05-04"


def test_city_whose_name_ends_like_a_verb_is_a_letterhead() -> None:
    """'City of Cedar Falls' over 'Office of the Mayor' is a letterhead, though 'Falls' reads like a verb."""
    text = (
        "City of Cedar Falls\nOffice of the Mayor\n\n"
        "Mayor Roe Unveils Plan to Repave Every Street in the City\n\n"
        "June 1, 2026\n\n"
        "CEDAR FALLS – Mayor Jane Roe on Monday announced a plan to repave every street. " + BODY + "\n"
    )
    assert parsed(text).title == "Mayor Roe Unveils Plan to Repave Every Street in the City"


def test_headline_verb_ending_a_title_under_a_city_letterhead_is_still_the_title() -> None:
    """A single headline line is kept when no letterhead sits above it."""
    text = "City of Cedar Falls Budget Falls\n\nCEDAR FALLS – The city said its budget fell. " + BODY + "\n"
    assert parsed(text).title == "City of Cedar Falls Budget Falls"


# -- news-agency leads ----------------------------------------------------------------------
WIRE = (
    "Fjordbyg to cut 400 jobs\n\n"
    "OSLO (Northwire) - Norwegian shipbuilder Fjordbyg said on Monday it plans to cut about 400 jobs "
    "by the end of 2027 as orders for ferries slow.\n\n"
    "The yard in Sandvik will close in stages starting next year, the company said.\n\n"
    "The metalworkers' union FLF said it would oppose the closure.\n\n"
    "Rival Vestverft said in March it would shut its Bodo dock.\n"
)


def test_dateline_is_never_the_speaker_of_a_wire_lead() -> None:
    """The subject after 'OSLO (Agency) -' speaks, without its description; 'the company' is that one."""
    found = summary(WIRE)
    speakers = {text.split()[0]: name for _, text, name, _ in found}
    assert speakers["it"] != "OSLO"
    assert (
        "indirect",
        "The yard in Sandvik will close in stages starting next year",
        "Fjordbyg",
        None,
    ) in found
    assert all(name != "OSLO" for _, _, name, _ in found)


def test_described_organizations_speak_under_their_own_names() -> None:
    """'The metalworkers' union FLF said' is FLF; 'Rival X said in March it would' is X, past the time."""
    found = summary(WIRE)
    assert ("indirect", "it would oppose the closure", "FLF", None) in found
    assert ("indirect", "it would shut its Bodo dock", "Vestverft", None) in found


def test_clause_before_a_titled_speaker_with_a_long_adverbial_tail() -> None:
    """'CLAUSE, Prime Minister X said on Tuesday at a meeting with …' is an indirect quote of X."""
    text = (
        "Homes plan\n\n"
        "LINDHOLM, March 3 (Northwire) - The government will build 9,000 homes by 2030, Prime Minister "
        "Ola Brekke said on Tuesday at a meeting with the heads of the regional councils.\n"
    )
    assert summary(text) == [
        ("indirect", "The government will build 9,000 homes by 2030", "Ola Brekke", "Prime Minister")
    ]


# -- sources that are not speakers ----------------------------------------------------------
def test_documents_and_surveys_are_not_sources() -> None:
    """'according to a national survey conducted in May' and 'according to the indictment' are no quotes."""
    text = (
        "Survey\n\n"
        "According to a national survey conducted in May, 40 percent of residents rated buses poor.\n\n"
        "According to the indictment, the treasurer moved the money into a private account.\n"
    )
    assert summary(text) == []


def test_a_person_after_according_to_is_still_a_source() -> None:
    """'According to the head of research at Acme, …' names a person, not a document."""
    text = "Survey\n\nAccording to Dana Wirth, head of research at Vellum Labs, costs will fall next year.\n"
    assert [(k, n) for k, _, n, _ in summary(text)] == [("indirect", "Dana Wirth")]


# -- scare quotes ---------------------------------------------------------------------------
def test_one_word_closing_its_sentence_is_a_term() -> None:
    """'called the gift "historic."': the full stop inside the marks ends the sentence, not a quote."""
    text = "Gift\n\nProvost Ida Marsh called the gift \u201chistoric.\u201d The school will open next year.\n"
    assert summary(text) == []


def test_one_word_answer_introduced_by_a_colon_is_spoken() -> None:
    """'Her answer: "Never."' is introduced as words said; the period rule leaves it alone."""
    text = 'Answer\n\nAsked whether the plant would close, Ida Marsh said: "Never."\n'
    assert [t for _, t, _, _ in summary(text)] == ["Never."]


def test_organization_judgement_in_lower_case_and_a_coordinated_clause() -> None:
    """'The opposition Unity party called the bill "…" and said that …': two quotes of Unity."""
    text = (
        "Bill\n\n"
        'The opposition Unity party called the bill "a tax rise dressed up as reform" and said that the '
        "government had not costed it.\n"
    )
    assert summary(text) == [
        ("direct", "a tax rise dressed up as reform", "Unity", None),
        ("indirect", "the government had not costed it", "Unity", None),
    ]


def test_capitalized_programme_name_after_called_stays_a_name() -> None:
    """'called the program "Bridge To Work"' names a programme in title case; no quote."""
    text = 'Jobs\n\nThe Harbor Trust called the program "Bridge To Work Now" in its first brochure.\n'
    assert summary(text) == []


# -- speakers and roles ---------------------------------------------------------------------
def test_subject_of_a_coordinated_reporting_verb() -> None:
    """'Premier X underlined … and said CLAUSE': the sentence's subject speaks."""
    text = (
        "Call\n\n"
        "Premier Ada Holm underlined the value of closer ties between the two ports and said Westmark "
        "would host the next summit.\n"
    )
    assert summary(text) == [("indirect", "Westmark would host the next summit", "Ada Holm", "Premier")]


def test_titles_printed_before_names() -> None:
    """'Justice X', 'U.S. Senator X' and 'union regional secretary X' keep the whole title."""
    text = (
        "Ruling\n\n"
        '"The law goes too far," said Justice Ilse Varga.\n\n'
        '"We will vote on it," said U.S. Senator Carl Benning.\n\n'
        '"We will fight the closure," union regional secretary Mira Holst said.\n'
    )
    roles = {name: role for _, _, name, role in summary(text)}
    assert roles == {
        "Ilse Varga": "Justice",
        "Carl Benning": "U.S. Senator",
        "Mira Holst": "union regional secretary",
    }


def test_justice_department_is_an_organization() -> None:
    """'the Justice Department said' is that department, not a person called Justice."""
    text = "Case\n\nThe Justice Department said it would appeal the ruling next week.\n"
    assert summary(text) == [("indirect", "it would appeal the ruling next week", "Justice Department", None)]


def test_the_prime_minister_is_not_any_minister() -> None:
    """'the prime minister stressed …' is the prime minister, not the deputy finance minister named later."""
    text = (
        "Homes\n\n"
        "Prime Minister Ola Brekke opened the meeting on housing in the capital.\n\n"
        "Deputy Finance Minister Siri Dahl told reporters that the tenders would open in June.\n\n"
        "The prime minister stressed that the flats would not be sold.\n"
    )
    found = summary(text)
    assert ("indirect", "the flats would not be sold", "Ola Brekke", "Prime Minister") in found


def test_told_reporters_without_that() -> None:
    """'told reporters the plant would close' reports a clause; 'told reporters after …' is left alone."""
    text = (
        "Plant\n\n"
        "Plant manager Lena Moss told reporters the line would restart in May.\n\n"
        "Lena Moss told reporters after the meeting the talks went well.\n"
    )
    assert summary(text) == [("indirect", "the line would restart in May", "Lena Moss", "Plant manager")]


def test_said_with_an_unlisted_or_irregular_verb() -> None:
    """'said his region lacked …', 'said the inquiry began …' are reported clauses."""
    text = (
        "Inquiry\n\n"
        "Governor Pia Lund said his region lacked builders able to work at that scale.\n\n"
        "Lund said the inquiry began in June after auditors found gaps in the ledger.\n\n"
        "Lund said a few words at the ceremony.\n"
    )
    texts = [t for _, t, _, _ in summary(text)]
    assert texts == [
        "his region lacked builders able to work at that scale",
        "the inquiry began in June after auditors found gaps in the ledger",
    ]


def test_capitalized_short_form_names_the_organization_in_full() -> None:
    """'According to the Alliance' after 'the Coastal Growers Alliance' is that alliance, not the issuer."""
    text = (
        "Act\n\n"
        "The Tidewater Commission today announced new rules for farm exports. " + BODY + "\n\n"
        "The Commission set up the Coastal Growers Alliance in 2023 to advise on supply.\n\n"
        "According to the Alliance, shortages were reported in every region last winter.\n"
    )
    found = summary(text)
    assert (
        "indirect",
        "shortages were reported in every region last winter",
        "Coastal Growers Alliance",
        None,
    ) in found


# -- block quotes and appositives -----------------------------------------------------------
BLOCK = (
    "Ferries\n\n"
    "Islands across the north will see winter ferry services return under a new fund. " + BODY + "\n\n"
    "The Minister for Island Transport, Rhona Dale, said:\n\n"
    "For too many people on our islands, the last ferry leaves before the working day ends.\n\n"
    "We will work with operators to bring back the winter crossings that people rely on most.\n\n"
    "{third}\n"
)


def test_block_quote_ends_at_a_paragraph_of_figures() -> None:
    """After the speaker's own words, a paragraph of figures with no 'we' or 'our' is narration."""
    third = (
        "Ferry use on the northern routes has fallen for two decades. Between 2010 and 2024 the "
        "number of winter crossings fell by 38%, compared with 9% on the southern routes."
    )
    found = summary(BLOCK.replace("{third}", third))
    assert [t[:20] for _, t, _, _ in found] == ["For too many people ", "We will work with op"]
    assert {name for _, _, name, _ in found} == {"Rhona Dale"}


def test_block_quote_goes_on_through_a_first_person_paragraph_with_figures() -> None:
    """Figures spoken in the first person stay the speaker's words."""
    third = "Our fund of 12 million pounds will pay for 40 extra crossings every winter."
    found = summary(BLOCK.replace("{third}", third))
    assert len(found) == 3
    assert found[-1][1] == third


def test_title_after_according_to_is_no_part_of_the_clause() -> None:
    """'According to Jane Roe, chair of X, CLAUSE': the chair is her role, the clause follows it."""
    text = (
        "Pay\n\n"
        "According to Ines Falk, chair of the board's pay committee, bonuses will be tied to the "
        "climate targets from next year.\n"
    )
    assert summary(text) == [
        (
            "indirect",
            "bonuses will be tied to the climate targets from next year",
            "Ines Falk",
            "chair of the board's pay committee",
        )
    ]


def test_speakers_next_act_ends_the_reported_clause() -> None:
    """'X said that A and invited B': the invitation is X's act, not part of what X said."""
    text = (
        "Talks\n\n"
        "Governor Ida Brun said that Eastvale was interested in the port's experience with ferries "
        "and invited a delegation from Westmark to visit Lindholm.\n"
    )
    assert summary(text) == [
        ("indirect", "Eastvale was interested in the port's experience with ferries", "Ida Brun", "Governor")
    ]


def test_relative_clause_inside_the_subject_names_no_speaker() -> None:
    """'Acme, which runs mines in Western Ridge, has said …': Acme speaks, not the place."""
    text = (
        "Mines\n\n"
        "Tarrow Mining, which runs two open-pit mines in Western Ridge, has said it wants to expand "
        "into brine projects abroad.\n"
    )
    found = summary(text)
    assert [(k, t) for k, t, _, _ in found] == [("indirect", "it wants to expand into brine projects abroad")]
    assert found[0][2] is not None
    assert "Tarrow" in found[0][2]


def test_headline_verb_is_no_part_of_a_title_before_a_name() -> None:
    """'Harbor FC Signs Winger Jo Park' in a headline gives no role 'Harbor FC Signs Winger'."""
    text = (
        "Harbor FC Signs Winger Jo Park on Two-Year Deal\n\n"
        "Harbor FC today confirmed the signing of Jo Park from Eastvale Rovers. " + BODY + "\n\n"
        '"I am delighted to be here," Park said.\n'
    )
    roles = [role for _, _, name, role in summary(text) if name == "Jo Park"]
    assert roles == ["Winger"]


def test_according_to_a_title_and_a_name_at_the_sentence_end() -> None:
    """'…, according to Westmark's Minister for Ports, Jo Park.' is Jo Park, with that title."""
    text = (
        "Ports\n\n"
        "The government has agreed to waive harbour fees on relief cargo, according to Westmark\u2019s "
        "Minister for Ports, Jo Park.\n"
    )
    assert summary(text) == [
        (
            "indirect",
            "The government has agreed to waive harbour fees on relief cargo",
            "Jo Park",
            "Westmark\u2019s Minister for Ports",
        )
    ]
