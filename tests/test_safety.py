"""Safety: no schema or document makes pressdoc reach the network or open a path.

A real HTTP server on the loopback address counts requests; every test asserts it
got none.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressdoc
from pressdoc.errors import SchemaValidationError


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 - shared on purpose: the server makes a handler per request

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b'{"type": "object"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def local_server() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that serves a schema and records every request."""
    hits: list[str] = []
    handler = type("Handler", (_CountingHandler,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def _document() -> dict[str, object]:
    return pressdoc.to_dict(pressdoc.parse("Headline\n\nAcme will open a plant."))


def test_server_is_reachable(local_server: tuple[str, list[str]]) -> None:
    """The fixture really serves: a request from the test itself is counted."""
    import urllib.request

    url, hits = local_server
    with urllib.request.urlopen(f"{url}/probe.json", timeout=5) as response:
        assert response.status == 200
    assert hits == ["/probe.json"]


@pytest.mark.parametrize("key", ["$schema", "$ref", "$id"])
def test_document_urls_are_never_fetched(local_server: tuple[str, list[str]], key: str) -> None:
    """A document that names a remote schema is invalid, and nothing is requested."""
    url, hits = local_server
    doc = {**_document(), key: f"{url}/schema.json"}
    with pytest.raises(SchemaValidationError) as info:
        pressdoc.validate(doc)
    assert [(p.code, p.path) for p in info.value.problems] == [("schema.additionalProperties", (key,))]
    assert hits == []


def test_schema_refs_to_a_server_are_refused(local_server: tuple[str, list[str]]) -> None:
    """The validator's registry refuses a remote $ref instead of fetching it."""
    import referencing.exceptions

    from pressdoc._backends import _python_validator

    url, hits = local_server
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://pressdoc.dev/schemas/safety.json",
        "$ref": f"{url}/other.schema.json",
    }
    with pytest.raises(referencing.exceptions.Unresolvable):
        _python_validator(schema).is_valid({})
    assert hits == []


def test_paths_inside_documents_are_never_opened(tmp_path: Path) -> None:
    """A source that looks like a path is text, not a file to read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read", encoding="utf-8")
    article = pressdoc.parse(str(secret))
    assert article.source == str(secret)
    assert "do not read" not in pressdoc.dumps(article)
    doc = {**pressdoc.to_dict(article), "id": f"file://{secret}"}
    pressdoc.validate(doc)
    assert "do not read" not in pressdoc.dumps(pressdoc.from_dict(doc))
