"""Exceptions raised by pressdoc.

Every exception pressdoc raises on purpose derives from :class:`PressdocError`;
each subclass also inherits the builtin it resembles, so ``except ValueError``
keeps working for callers that do not know pressdoc.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressdoc._problem import Problem

__all__ = [
    "ConfigurationError",
    "InputError",
    "ModelError",
    "ParseError",
    "PressdocError",
    "SchemaValidationError",
    "UnknownSchemaVersionError",
]


class PressdocError(Exception):
    """Base class of every error pressdoc raises."""


class ConfigurationError(PressdocError, ValueError):
    """pressdoc was asked for something this installation cannot do (an unknown backend)."""


class ParseError(PressdocError, ValueError):
    """A text could not be turned into an Article (for example, it is not text)."""


class ModelError(PressdocError, ValueError):
    """A model object was built with a value that breaks one of its invariants."""


class InputError(PressdocError, OSError):
    """An input could not be read: missing, unreadable, too large or badly encoded."""


class SchemaValidationError(PressdocError, ValueError):
    """A document does not satisfy the Article contract.

    ``problems`` holds every problem found, not only the first.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            msg = "invalid document"
        elif len(self.problems) == 1:
            msg = str(self.problems[0])
        else:
            first = self.problems[0]
            msg = f"{len(self.problems)} problems, first: {first}"
        super().__init__(msg)


class UnknownSchemaVersionError(SchemaValidationError):
    """A document names a ``schema_version`` this pressdoc does not know."""
