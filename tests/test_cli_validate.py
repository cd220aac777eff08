"""``pressdoc validate`` in-process: every input kind, every bad document kind, both formats."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressdoc._backends import available_backends
from pressdoc._cli_validate import check_data
from pressdoc.cli import main
from tests.test_validate import article_dict

GOOD = json.dumps(article_dict())


def _bad(**changes: Any) -> str:
    doc = article_dict()
    doc.update(changes)
    return json.dumps(doc)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``pressdoc validate ARGV``."""
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    """Exit code and parsed report of ``pressdoc validate --format json ARGV``."""
    code, out, _ = run(capsys, "--format", "json", *argv)
    report: dict[str, Any] = json.loads(out)
    return code, report


def write(path: Path, text: str | bytes) -> str:
    """Write ``text`` to ``path`` (creating folders); return the path as a string."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make standard input read ``data``."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- inputs ----------------------------------------------------------------------


def test_valid_json_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One valid file: exit 0 and a summary line."""
    code, out, err = run(capsys, write(tmp_path / "a.json", GOOD))
    assert code == 0
    assert out == "ok: 1 file, 1 document, 0 invalid, 0 errors\n"
    assert err == ""


def test_invalid_json_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An invalid file: exit 1, one line per problem as file: $.path: message [code]."""
    name = write(tmp_path / "a.json", _bad(published="2019-02-30", title=5))
    code, out, _ = run(capsys, name)
    assert code == 1
    assert out.splitlines() == [
        f'{name}: $.published: "2019-02-30" is not a valid date '
        "(YYYY-MM-DD, a real calendar day) [schema.format]",
        f"{name}: $.title: 5 is not of type null or string [schema.type]",
        "invalid: 1 file, 1 document, 1 invalid, 2 errors",
    ]


def test_jsonl_every_line_checked_with_its_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each JSON Lines record is a document; problems carry the line; one bad line hides nothing."""
    lines = [GOOD, "{truncated", "", _bad(language=""), GOOD, "[]"]
    name = write(tmp_path / "docs.jsonl", "\n".join(lines) + "\n")
    code, report = run_json(capsys, name)
    assert code == 1
    assert [(e["line"], e["code"]) for e in report["errors"]] == [
        (2, "json.syntax"),
        (4, "schema.pattern"),
        (6, "document.type"),
    ]
    assert report["summary"] == {"files": 1, "documents": 5, "invalid": 3, "errors": 3, "unreadable": 0}


def test_jsonl_text_lines_carry_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In text output a JSON Lines problem reads file:line: $.path: message."""
    name = write(tmp_path / "docs.ndjson", GOOD + "\n" + _bad(id="") + "\r\n")
    code, out, _ = run(capsys, name)
    assert code == 1
    assert out.splitlines()[0] == f'{name}:2: $.id: "" must not be empty [schema.minLength]'


def test_empty_jsonl_file_has_no_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty JSON Lines file is valid: it holds zero documents."""
    code, out, _ = run(capsys, write(tmp_path / "none.jsonl", ""))
    assert code == 0
    assert out == "ok: 1 file, 0 documents, 0 invalid, 0 errors\n"


def test_directory_is_searched_recursively(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory means every .json/.jsonl/.ndjson under it, hidden folders and other files skipped."""
    write(tmp_path / "a.json", GOOD)
    write(tmp_path / "sub" / "b.jsonl", GOOD + "\n" + GOOD + "\n")
    write(tmp_path / "sub" / "deeper" / "c.ndjson", _bad(title=1) + "\n")
    write(tmp_path / "notes.txt", "not json")
    write(tmp_path / ".git" / "state.json", "{broken")
    code, report = run_json(capsys, str(tmp_path))
    assert code == 1
    assert report["summary"]["files"] == 3
    assert report["summary"]["documents"] == 4
    assert [e["filename"] for e in report["errors"]] == [str(tmp_path / "sub" / "deeper" / "c.ndjson")]


def test_glob_is_expanded_here(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quoted glob (as Windows shells and hooks pass it) is expanded, ** included."""
    write(tmp_path / "x" / "one.json", GOOD)
    write(tmp_path / "x" / "y" / "two.json", _bad(title=[]))
    write(tmp_path / "x" / "y" / "skip.txt", "")
    code, report = run_json(capsys, str(tmp_path / "x" / "**" / "*.json"))
    assert code == 1
    assert report["summary"]["files"] == 2
    assert [e["filename"] for e in report["errors"]] == [str(tmp_path / "x" / "y" / "two.json")]


def test_stdin_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """- reads one pretty-printed JSON document from standard input."""
    set_stdin(monkeypatch, json.dumps(article_dict(), indent=2).encode())
    code, out, _ = run(capsys, "-")
    assert code == 0
    assert out == "ok: 1 file, 1 document, 0 invalid, 0 errors\n"


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Several JSON values one per line on standard input are read as JSON Lines."""
    set_stdin(monkeypatch, (GOOD + "\n" + _bad(title=2) + "\n" + GOOD + "\n").encode())
    code, out, _ = run(capsys, "-")
    assert code == 1
    assert out.splitlines() == [
        "<stdin>:2: $.title: 2 is not of type null or string [schema.type]",
        "invalid: 1 file, 3 documents, 1 invalid, 1 error",
    ]


def test_stdin_malformed_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A pretty-printed document with a syntax error is one bad document, with its line."""
    set_stdin(monkeypatch, b'{\n  "schema_version": "1.0",\n  "id": \n}\n')
    code, report = run_json(capsys, "-")
    assert code == 1
    (error,) = report["errors"]
    assert (error["filename"], error["line"], error["code"]) == ("<stdin>", 4, "json.syntax")


def test_input_format_forces_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--input-format jsonl reads a file of any name as JSON Lines."""
    name = write(tmp_path / "export.txt", GOOD + "\n" + GOOD + "\n")
    code, out, _ = run(capsys, "--input-format", "jsonl", name)
    assert code == 0
    assert "2 documents" in out


def test_json_file_holding_json_lines_gets_a_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A .json file with one document per line fails, and the message says what it looks like."""
    name = write(tmp_path / "many.json", GOOD + "\n" + GOOD + "\n")
    code, report = run_json(capsys, name)
    assert code == 1
    (error,) = report["errors"]
    assert error["code"] == "json.syntax"
    assert "--input-format jsonl" in error["message"]


# --- every bad document kind -----------------------------------------------------

BAD_DOCUMENTS = {
    "truncated": (GOOD[: len(GOOD) // 2], "json.syntax"),
    "empty": ("", "json.syntax"),
    "nan": (GOOD.replace('"start": 0', '"start": NaN', 1), "json.constant"),
    "infinity": ('{"schema_version": "1.0", "x": Infinity}', "json.constant"),
    "duplicate key": ('{"schema_version": "1.0", "schema_version": "1.0"}', "json.duplicate_key"),
    "deep nesting": ("[" * 100_000 + "]" * 100_000, "json.depth"),
    "top-level array": ("[" + GOOD + "]", "document.type"),
    "top-level string": ('"hello"', "document.type"),
    "unknown version": (_bad(schema_version="3.1"), "version.unknown"),
    "no version": ('{"id": "x"}', "version.missing"),
    "span mismatch": (GOOD.replace('"text": "Lindqvist', '"text": "Lundqvist', 1), "span.mismatch"),
    "not utf-8": (b'{"title": "caf\xe9"}', "json.encoding"),
}


@pytest.mark.parametrize("kind", sorted(BAD_DOCUMENTS))
def test_bad_document_kinds_are_reported_with_codes(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each bad document kind gives exit 1 and a problem with its code (never a traceback)."""
    text, code_expected = BAD_DOCUMENTS[kind]
    name = write(tmp_path / "doc.json", text)
    code, report = run_json(capsys, name)
    assert code == 1
    assert report["status"] == "invalid"
    assert code_expected in [e["code"] for e in report["errors"]]


def test_unknown_version_message_names_the_known_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The unknown-version problem says which versions this pressdoc reads."""
    name = write(tmp_path / "v3.json", _bad(schema_version="3.1"))
    _, out, _ = run(capsys, name)
    assert '"3.1" is not one this pressdoc reads (it reads 1.0)' in out


# --- output shape and exit codes -------------------------------------------------


def test_json_report_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json: status, summary and errors with filename, line, path, pointer, code, message."""
    name = write(
        tmp_path / "a.jsonl", _bad(paragraphs=[{"text": "x", "start": 0, "end": 1, "role": "body", "z": 1}])
    )
    code, report = run_json(capsys, name)
    assert code == 1
    assert set(report) == {"status", "summary", "errors"}
    assert report["status"] == "invalid"
    assert report["summary"] == {"files": 1, "documents": 1, "invalid": 1, "errors": 1, "unreadable": 0}
    assert report["errors"] == [
        {
            "filename": name,
            "line": 1,
            "path": "$.paragraphs[0].z",
            "pointer": "/paragraphs/0/z",
            "code": "schema.additionalProperties",
            "message": 'property "z" is not allowed here',
        }
    ]


def test_json_report_when_all_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clean run reports status ok and an empty error list."""
    code, report = run_json(capsys, write(tmp_path / "a.json", GOOD))
    assert code == 0
    assert report == {
        "status": "ok",
        "summary": {"files": 1, "documents": 1, "invalid": 0, "errors": 0, "unreadable": 0},
        "errors": [],
    }


def test_missing_file_is_exit_2_and_the_rest_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unreadable input wins over invalid documents (exit 2), and every other file is still reported."""
    bad = write(tmp_path / "bad.json", _bad(title=3))
    good = write(tmp_path / "good.json", GOOD)
    missing = str(tmp_path / "missing.json")
    code, out, err = run(capsys, bad, missing, good)
    assert code == 2
    assert f"{bad}: $.title:" in out
    assert out.splitlines()[-1] == "error: 2 files, 2 documents, 1 invalid, 2 errors, 1 unreadable"
    assert err == f"pressdoc: error: {missing}: no such file\n"


def test_missing_file_in_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In the JSON report an unreadable input is an io.* error row and status error."""
    missing = str(tmp_path / "gone.jsonl")
    code, report = run_json(capsys, missing)
    assert code == 2
    assert report["status"] == "error"
    assert report["errors"] == [
        {
            "filename": missing,
            "line": None,
            "path": "$",
            "pointer": "",
            "code": "io.missing",
            "message": f"{missing}: no such file",
        }
    ]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_unreadable_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be opened is io.unreadable."""
    name = write(tmp_path / "secret.json", GOOD)
    Path(name).chmod(0)
    code, report = run_json(capsys, name)
    assert code == 2
    assert report["errors"][0]["code"] == "io.unreadable"


def test_pattern_matching_nothing_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A glob that matches no file, or a folder with no documents, is an error: nothing was checked."""
    write(tmp_path / "empty" / "readme.txt", "")
    code, out, err = run(capsys, str(tmp_path / "*.jsonl"), str(tmp_path / "empty"))
    assert code == 2
    assert "no file matches this pattern" in err
    assert "holds no .json or .jsonl files" in err
    assert out.startswith("error: 0 files")


def test_file_over_the_size_limit_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON file larger than --max-bytes is refused, not read."""
    code, report = run_json(capsys, "--max-bytes", "100", write(tmp_path / "big.json", GOOD))
    assert code == 2
    assert report["errors"][0]["code"] == "io.unreadable"


def test_no_paths_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """pressdoc validate with nothing to check exits 2 with usage."""
    code, _, err = run(capsys)
    assert code == 2
    assert "usage:" in err


def test_bad_option_value_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --format is exit 2."""
    code, _, err = run(capsys, "--format", "xml", write(tmp_path / "a.json", GOOD))
    assert code == 2
    assert "invalid choice" in err


def test_bad_backend_environment_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong PRESSDOC_VALIDATE_BACKEND stops the run with exit 2 and says why."""
    monkeypatch.setenv("PRESSDOC_VALIDATE_BACKEND", "turbo")
    code, out, err = run(capsys, write(tmp_path / "a.json", GOOD))
    assert code == 2
    assert out == ""
    assert "unknown validation backend 'turbo'" in err


def test_missing_fast_backend_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--backend jsonschema-rs without the package installed is exit 2, pointing at pressdoc[fast]."""
    from pressdoc import _backends

    monkeypatch.setattr(_backends, "available_backends", lambda: ("jsonschema",))
    code, _, err = run(capsys, "--backend", "jsonschema-rs", write(tmp_path / "a.json", GOOD))
    assert code == 2
    assert "pressdoc[fast]" in err


@pytest.mark.parametrize("backend", available_backends())
def test_backend_option_gives_the_same_report(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--backend picks the engine; the report is the same with each."""
    name = write(tmp_path / "a.jsonl", GOOD + "\n" + _bad(title=4, published="2019-02-30") + "\n")
    code, report = run_json(capsys, "--backend", backend, name)
    assert code == 1
    assert [(e["line"], e["path"]) for e in report["errors"]] == [(2, "$.published"), (2, "$.title")]


def test_same_file_named_twice_is_checked_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file reached by several arguments (itself, a glob, another spelling, its folder) is checked once."""
    name = write(tmp_path / "a.json", GOOD)
    same = os.path.join(str(tmp_path), ".", "a.json")  # pathlib would drop the "."
    code, out, _ = run(capsys, name, str(tmp_path / "*.json"), same, str(tmp_path))
    assert code == 0
    assert out.startswith("ok: 1 file,")


@given(
    data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
    jsonl=st.sampled_from([None, True, False]),
)
@settings(max_examples=300, deadline=None)
def test_any_bytes_give_problems_never_an_exception(data: bytes, jsonl: bool | None) -> None:
    """Whatever bytes a file holds, checking it yields lists of coded problems and raises nothing."""
    for problems in check_data(data, jsonl=jsonl):
        assert all(p.code and p.message for p in problems)


@given(
    doc=st.dictionaries(
        st.sampled_from(sorted(article_dict())), st.none() | st.integers() | st.text(max_size=5)
    )
)
@settings(max_examples=200, deadline=None)
def test_article_keyed_junk_in_a_jsonl_line_is_reported_on_its_line(doc: dict[str, Any]) -> None:
    """A junk record between two good ones is reported on line 2 only."""
    data = (GOOD + "\n" + json.dumps(doc) + "\n" + GOOD + "\n").encode()
    results = list(check_data(data, jsonl=True))
    assert len(results) == 3
    assert results[0] == results[2] == []
    assert results[1]
    assert {p.line for p in results[1]} == {2}


def test_pretty_printed_file_problems_carry_their_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In an indented JSON file each problem names the line its value starts on."""
    doc = article_dict()
    doc["paragraphs"][2]["role"] = "kicker"
    doc["quotes"][0].pop("cue")
    text = json.dumps(doc, indent=2)
    lines = text.splitlines()
    name = write(tmp_path / "pretty.json", text)
    code, report = run_json(capsys, name)
    assert code == 1
    located = {e["path"]: e["line"] for e in report["errors"]}
    assert lines[located["$.paragraphs[2].role"] - 1].strip() == '"role": "kicker"'
    assert lines[located["$.quotes[0]"] - 1].strip() == "{"
    assert lines[located["$.quotes[0]"]].strip() == '"id": "q1",'


def test_one_line_json_file_problems_have_no_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A compact one-line JSON file gives no line numbers (every problem would be on line 1)."""
    code, report = run_json(capsys, write(tmp_path / "a.json", _bad(title=3)))
    assert code == 1
    assert [e["line"] for e in report["errors"]] == [None]
