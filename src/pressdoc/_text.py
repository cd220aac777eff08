"""A normalized view of the input that keeps every offset of the original.

The normalization is length-preserving: each code point of the source maps to
exactly one code point of the view, so an offset into the view *is* an offset into
the source and no offset map has to be carried around.  Stages match against
``view.text`` and slice ``view.source`` for what they report.
"""

from __future__ import annotations

import attrs

# One code point in, one code point out: line-ending CR becomes a newline (CRLF
# becomes " \n", so a paragraph break "\r\n\r\n" reads as " \n \n"), and the
# spaces and invisible marks that feeds sprinkle into text become plain spaces.
_TRANSLATION = {
    ord("\t"): " ",
    ord("\u00a0"): " ",  # no-break space
    ord("\u2007"): " ",  # figure space
    ord("\u202f"): " ",  # narrow no-break space
    ord("\u2009"): " ",  # thin space
    ord("\u200a"): " ",  # hair space
    ord("\u2002"): " ",
    ord("\u2003"): " ",
    ord("\u3000"): " ",
    ord("\ufeff"): " ",  # byte order mark / zero-width no-break space
    ord("\u200b"): " ",  # zero-width space
    ord("\x00"): " ",
    ord("\x0b"): "\n",
    ord("\x0c"): "\n",
    ord("\u2028"): "\n",
    ord("\u2029"): "\n",
    ord("\x85"): "\n",
}


def normalize(source: str) -> str:
    """Return the view text of ``source``: same length, same offsets."""
    text = source.translate(_TRANSLATION)
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return text


@attrs.frozen
class TextView:
    """The exact ``source`` and its normalized, offset-preserving ``text``."""

    source: str
    text: str = attrs.field()

    @text.default
    def _normalized(self) -> str:
        return normalize(self.source)
