"""pressdoc: turn plain-text press releases into structured, validated documents.

>>> import pressdoc
>>> article = pressdoc.parse("Acme opens plant\\n\\nAcme will hire 40 people.")
>>> article.title
'Acme opens plant'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressdoc import errors
from pressdoc._model import (
    SCHEMA_VERSION,
    Actor,
    Article,
    Commitment,
    Contact,
    Dateline,
    Deadline,
    Paragraph,
    Quote,
    Speaker,
)
from pressdoc._ninjs import to_ninjs
from pressdoc._problem import Problem
from pressdoc.serialize import dumps, from_dict, iter_jsonl, loads, to_dict, write_jsonl
from pressdoc.validate import iter_errors, validate

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "Commitment",
    "Contact",
    "Dateline",
    "Deadline",
    "Paragraph",
    "Problem",
    "Quote",
    "Speaker",
    "dumps",
    "errors",
    "from_dict",
    "iter_errors",
    "iter_jsonl",
    "loads",
    "parse",
    "to_dict",
    "to_ninjs",
    "validate",
    "write_jsonl",
]

if TYPE_CHECKING:
    from pressdoc._pipeline import parse


def __getattr__(name: str) -> Any:
    # The parser compiles many regular expressions; importing it on first use keeps
    # `import pressdoc` and `pressdoc --version` fast for code that only validates.
    if name == "parse":
        from pressdoc._pipeline import parse

        globals()["parse"] = parse
        return parse
    msg = f"module 'pressdoc' has no attribute {name!r}"
    raise AttributeError(msg)
