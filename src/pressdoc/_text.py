"""A normalized view of the input that keeps every offset of the original.

The normalization is length-preserving: each code point of the source maps to
exactly one code point of the view, so an offset into the view *is* an offset into
the source and no offset map has to be carried around.  Stages match against
``view.text`` and slice ``view.source`` for what they report.

In the view, white space is only ever ``" "`` or ``"\\n"``: tabs, no-break and other
Unicode spaces, the byte order mark and control characters read as a space; the
other line and page separators read as a newline.
"""

from __future__ import annotations

import re

import attrs


def _translation() -> dict[int, str]:
    table: dict[int, str] = {}
    # Control characters carry no text; a stray one must not glue two words together.
    for code in (*range(0x20), *range(0x7F, 0xA0)):
        table[code] = " "
    for code in (0x0A, 0x0D):  # newline stays; carriage returns are handled in normalize()
        del table[code]
    for code in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029):
        table[code] = "\n"  # vertical tab, form feed, separators, NEL: all end a line
    for code in (
        0x00A0,  # no-break space
        0x1680,
        *range(0x2000, 0x200C),  # en quad .. zero-width space
        0x202F,  # narrow no-break space
        0x205F,
        0x3000,
        0xFEFF,  # byte order mark / zero-width no-break space
    ):
        table[code] = " "
    return table


def _char_class(target: str) -> re.Pattern[str]:
    members = "".join(re.escape(chr(code)) for code, to in sorted(_translation().items()) if to == target)
    return re.compile(f"[{members}]")


# Two substitutions over character classes run in C and are many times faster than
# str.translate() with a mapping on non-ASCII text.
_TO_SPACE = _char_class(" ")
_TO_NEWLINE = _char_class("\n")


def normalize(source: str) -> str:
    """Return the view text of ``source``: same length, same offsets."""
    text = _TO_NEWLINE.sub("\n", _TO_SPACE.sub(" ", source))
    if "\r" in text:
        # One code point in, one out: CRLF reads " \n" (a blank line "\r\n\r\n" reads
        # " \n \n"), the doubled CR some exports write before LF reads as spaces, and a
        # lone CR (old Mac files) is a newline.
        text = text.replace("\r\r\n", "  \n").replace("\r\n", " \n").replace("\r", "\n")
    return text


@attrs.frozen
class TextView:
    """The exact ``source`` and its normalized, offset-preserving ``text``."""

    source: str
    text: str = attrs.field()

    @text.default
    def _normalized(self) -> str:
        return normalize(self.source)
