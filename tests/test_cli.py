"""The command line as a whole: --help, --version, schema, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import pressdoc
from pressdoc.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "pressdoc" / "examples" / "acme-solar.txt"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the program name and version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("pressdoc ")


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    """--help names every command and the exit codes."""
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("parse", "validate", "schema"):
        assert command in out
    assert "Exit codes" in out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Running pressdoc with nothing to do prints help and exits 2."""
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command is a usage error (exit 2) with argparse's one-line message."""
    assert main(["frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_schema_prints_the_bundled_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`pressdoc schema` prints the Draft 2020-12 schema with its $id."""
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("article.schema.json")


def test_parse_prints_valid_article_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`pressdoc parse FILE` prints one Article document that validates."""
    assert main(["parse", str(EXAMPLE)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["source"] == EXAMPLE.read_text(encoding="utf-8")
    pressdoc.validate(doc)


def test_python_dash_m_runs_the_cli() -> None:
    """`python -m pressdoc` is the same command."""
    done = subprocess.run(
        [sys.executable, "-m", "pressdoc", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("pressdoc ")


def test_unexpected_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug inside a command gives a one-line message and exit 2, no traceback."""

    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("pressdoc._schemas.load_schema", broken)
    assert main(["schema"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "RuntimeError: boom" in err
    assert "--debug" in err


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """--debug lets the exception through, so its traceback is shown."""

    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("pressdoc._schemas.load_schema", broken)
    with pytest.raises(RuntimeError, match="boom"):
        main(["--debug", "schema"])


def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C ends with a clear message and exit code 130."""

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("pressdoc._schemas.load_schema", interrupted)
    assert main(["schema"]) == 130
    assert capsys.readouterr().err == "pressdoc: interrupted\n"
