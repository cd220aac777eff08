"""Loading the bundled JSON Schemas, offline, once."""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pressdoc.errors import InputError

ARTICLE_SCHEMA = "article.schema.json"


def _schema_dir() -> Traversable:
    # The wheel carries the schemas as package data; an editable install or a
    # checkout on sys.path does not, so fall back to the repository's schemas/.
    packaged = files("pressdoc") / "schemas"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "schemas"


@functools.cache
def load_schema(name: str = ARTICLE_SCHEMA) -> dict[str, Any]:
    """The bundled schema called ``name``, parsed (cached; do not mutate it)."""
    resource = _schema_dir() / name
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        msg = f"bundled schema {name!r} cannot be read: {exc}"
        raise InputError(msg) from exc
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def schema_names() -> tuple[str, ...]:
    """Names of every bundled schema file."""
    return tuple(sorted(p.name for p in _schema_dir().iterdir() if p.name.endswith(".json")))
