"""Export an Article as IPTC ninjs 3.1 (News in JSON).

ninjs describes a news item, not its analysis: the headline, the body text, where and
when it was issued, who is quoted and who to contact. Quotes and commitments have no
ninjs field and stay in pressdoc's own format.
"""

from __future__ import annotations

from typing import Any, Final

from pressdoc._model import Article, Contact

NINJS_VERSION: Final = "3.1"
NINJS_SCHEMA_URI: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"

_BODY_ROLES: Final = frozenset({"body", "highlight"})


def _contact_info(contact: Contact) -> list[dict[str, str]]:
    info = []
    if contact.email:
        info.append({"type": "email", "value": contact.email})
    if contact.phone:
        info.append({"type": "phone", "value": contact.phone})
    return info


def to_ninjs(article: Article) -> dict[str, Any]:
    """The Article as a ninjs 3.1 news item (a dict ready for ``json.dumps``)."""
    item: dict[str, Any] = {
        "uri": f"urn:pressdoc:{article.id}",
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "language": article.language,
        "altIds": [{"role": "pressdoc-id", "value": article.id}],
    }
    headlines = []
    if article.title:
        headlines.append({"role": "main", "value": article.title})
    headlines.extend({"role": "sub", "value": p.text} for p in article.paragraphs if p.role == "subheadline")
    if headlines:
        item["headlines"] = headlines
    body = "\n\n".join(p.text for p in article.paragraphs if p.role in _BODY_ROLES)
    item["bodies"] = [
        {
            "role": "main",
            "contentType": "text/plain",
            "charCount": len(body),
            "wordCount": len(body.split()),
            "value": body,
        }
    ]
    boilerplate = [p.text for p in article.paragraphs if p.role in ("boilerplate", "disclaimer")]
    if boilerplate:
        item["descriptions"] = [
            {"role": "boilerplate", "contentType": "text/plain", "value": "\n\n".join(boilerplate)}
        ]
    if article.published:
        # ninjs wants a date-time; a release gives a day, so midnight UTC stands for it.
        item["contentCreated"] = f"{article.published}T00:00:00Z"
    if article.dateline is not None:
        if article.dateline.place:
            item["located"] = article.dateline.place
        if article.dateline.agency:
            item["infoSources"] = [{"name": article.dateline.agency, "role": "distributor"}]
    people: dict[str, dict[str, Any]] = {}
    for quote in article.quotes:
        if quote.speaker is not None and quote.speaker.name not in people:
            people[quote.speaker.name] = {"name": quote.speaker.name, "rel": "quoted"}
    for contact in article.contacts:
        if contact.name and contact.name not in people:
            person: dict[str, Any] = {"name": contact.name, "rel": "contact"}
            info = _contact_info(contact)
            if info:
                person["contactInfo"] = info
            people[contact.name] = person
    if people:
        item["people"] = list(people.values())
    return item
