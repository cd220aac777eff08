"""A validation problem as data: what is wrong, and where."""

from __future__ import annotations

import re

import attrs

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def json_path(path: tuple[str | int, ...]) -> str:
    """Render a path as JSONPath, ``$.quotes[0].start``."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _IDENTIFIER.match(part):
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)


def json_pointer(path: tuple[str | int, ...]) -> str:
    """Render a path as an RFC 6901 JSON Pointer, ``/quotes/0/start``."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


@attrs.frozen
class Problem:
    """One thing wrong with a document.

    ``code`` is a stable machine name (``schema.required``, ``span.mismatch``, ...;
    docs/validate.md lists them all), ``path`` the location inside the document,
    ``line`` the line of the file the problem is on, when known (the line of a JSON
    Lines document, or of a JSON syntax error).
    """

    code: str
    message: str
    path: tuple[str | int, ...] = ()
    line: int | None = None

    @property
    def json_path(self) -> str:
        """The location as JSONPath (``$.quotes[0].start``)."""
        return json_path(self.path)

    @property
    def pointer(self) -> str:
        """The location as a JSON Pointer (``/quotes/0/start``)."""
        return json_pointer(self.path)

    def to_dict(self) -> dict[str, object]:
        """The problem in the machine shape of ``pressdoc validate --format json``."""
        return {
            "line": self.line,
            "path": self.json_path,
            "pointer": self.pointer,
            "code": self.code,
            "message": self.message,
        }

    def __str__(self) -> str:
        return f"{self.json_path}: {self.message}"
