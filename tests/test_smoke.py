"""The bundled example parses into a valid Article."""

from pathlib import Path

import pressdoc

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "pressdoc" / "examples" / "acme-solar.txt"


def test_example_parses_and_validates() -> None:
    """The example release gives an Article whose dict satisfies the contract."""
    article = pressdoc.parse(EXAMPLE.read_text(encoding="utf-8"))
    assert article.paragraphs
    assert list(pressdoc.iter_errors(pressdoc.to_dict(article))) == []
