"""``pressdoc validate``: the CI gate for Article documents.

Inputs are JSON files, JSON Lines files (``.jsonl``, ``.ndjson``, ``.jsonlines``;
every line is a document), directories (searched for both), glob patterns (expanded
here, for shells and hooks that do not) and ``-`` for standard input (JSON or JSON
Lines, sniffed). Every input is checked even after a bad one; each problem is printed
as ``file[:line]: $.path: message [code]``, grouped per file, then one summary line.

Exit status: 0 every document valid; 1 a document is invalid; 2 a usage error or an
input that could not be read. 2 wins over 1, since an input that was not read was not
checked: the gate must not pass, and "invalid" would not say why.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from pressdoc._backends import BACKENDS, ENV_VAR, resolve_backend
from pressdoc._io import DEFAULT_MAX_BYTES, read_bytes
from pressdoc._jsonio import load_json, locate_lines
from pressdoc._problem import Problem
from pressdoc.errors import InputError, PressdocError, SchemaValidationError
from pressdoc.validate import iter_errors

__all__ = ["add_arguments", "check_data", "run"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_ERROR = 2

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
JSON_SUFFIXES = (".json", *JSONL_SUFFIXES)
STDIN_NAME = "<stdin>"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``pressdoc validate``."""
    parser.epilog = (
        "Exit status: 0 every document valid, 1 a document invalid, 2 usage error or an input "
        "that could not be read (2 wins over 1). Problem codes and the JSON report: docs/validate.md."
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="JSON or JSON Lines files, directories (searched for *.json, *.jsonl, *.ndjson), "
        "glob patterns ('docs/**/*.json'), or - for standard input",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="report format: text lines, or one JSON object for machines (default: text)",
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", "json", "jsonl"),
        default="auto",
        help="how to read inputs: auto goes by file suffix and sniffs standard input (default: auto)",
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default=None,
        help=f"schema engine (default: ${ENV_VAR}, else auto: jsonschema-rs when installed)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest JSON file or standard input read (default: {DEFAULT_MAX_BYTES}); "
        "JSON Lines files are streamed and have no limit",
    )


@attrs.frozen
class _Input:
    """One thing to check: a file, standard input, or a path that names nothing readable."""

    name: str
    error: str | None = None


def _walk(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        # Hidden directories (.git, .venv, .tox) hold tool state, not documents.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.normpath(os.path.join(root, f))
            for f in sorted(files)
            if f.lower().endswith(JSON_SUFFIXES)
        )
    return found


def _expand(paths: list[str]) -> Iterator[_Input]:
    seen: set[str] = set()

    def once(name: str) -> Iterator[_Input]:
        key = name if name == "-" else os.path.normcase(os.path.abspath(name))
        if key not in seen:
            seen.add(key)
            yield _Input(name)

    for path in paths:
        if path == "-":
            yield from once(path)
        elif os.path.isdir(path):
            files = _walk(path)
            if not files:
                yield _Input(path, f"{path}: directory holds no .json or .jsonl files")
            for f in files:
                yield from once(f)
        elif not os.path.lexists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield _Input(path, f"{path}: no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    for f in _walk(match):
                        yield from once(f)
                else:
                    yield from once(match)
        else:
            yield from once(path)


def _document(data: bytes, line: int | None, backend: str | None) -> list[Problem]:
    try:
        doc = load_json(data)
    except SchemaValidationError as exc:
        problems: list[Problem] = list(exc.problems)
    else:
        problems = list(iter_errors(doc, backend=backend))
        if problems and line is None:
            problems = _with_lines(data, problems)
    if line is not None:
        problems = [attrs.evolve(p, line=line) for p in problems]
    return problems


def _with_lines(data: bytes, problems: list[Problem]) -> list[Problem]:
    # In a pretty-printed file, give each problem the line its value starts on (or
    # the nearest enclosing value's), so editors and CI annotations can point at it.
    text = data.decode("utf-8-sig")
    if "\n" not in text.strip():
        return problems
    prefixes = {p.path[:n] for p in problems for n in range(len(p.path) + 1)}
    lines = locate_lines(text, prefixes)
    located = []
    for p in problems:
        known = [lines[p.path[:n]] for n in range(len(p.path), -1, -1) if p.path[:n] in lines]
        located.append(attrs.evolve(p, line=known[0]) if known else p)
    return located


def _lines(lines: Iterator[bytes], backend: str | None) -> Iterator[list[Problem]]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _document(line, number, backend)


def _first_line_is_json(data: bytes) -> bool:
    for line in data.splitlines():
        if line.strip():
            try:
                json.loads(line)
            except ValueError:
                return False
            return True
    return False


def check_data(data: bytes, *, jsonl: bool | None, backend: str | None = None) -> Iterator[list[Problem]]:
    """The problems of each document in ``data``, one list per document.

    ``jsonl`` None sniffs: one JSON value is a document, else lines that each hold
    JSON are JSON Lines.
    """
    if jsonl:
        yield from _lines(iter(data.splitlines()), backend)
        return
    problems = _document(data, None, backend)
    if problems and problems[0].code == "json.syntax" and _first_line_is_json(data):
        if jsonl is None:
            yield from _lines(iter(data.splitlines()), backend)
            return
        hint = " (this looks like JSON Lines: name it .jsonl or pass --input-format jsonl)"
        problems = [attrs.evolve(problems[0], message=problems[0].message + hint), *problems[1:]]
    yield problems


def _check_input(name: str, args: argparse.Namespace) -> Iterator[list[Problem]]:
    """One list of problems per document of the input ``name``; InputError if unreadable."""
    mode = args.input_format
    if name == "-":
        data = read_bytes("-", max_bytes=args.max_bytes)
        yield from check_data(data, jsonl={"json": False, "jsonl": True}.get(mode), backend=args.backend)
        return
    jsonl = mode == "jsonl" or (mode == "auto" and name.lower().endswith(JSONL_SUFFIXES))
    if not jsonl:
        data = read_bytes(name, max_bytes=args.max_bytes)
        yield from check_data(data, jsonl=False, backend=args.backend)
        return
    # JSON Lines files are streamed: an archive of millions of records is fine.
    try:
        with Path(name).open("rb") as stream:
            yield from _lines(iter(stream), args.backend)
    except FileNotFoundError as exc:
        msg = f"{name}: no such file"
        raise InputError(msg) from exc
    except PermissionError as exc:
        msg = f"{name}: permission denied"
        raise InputError(msg) from exc
    except OSError as exc:
        msg = f"{name}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from exc


@attrs.define
class _Report:
    """What the run found, written as it goes (text) or at the end (json)."""

    as_json: bool
    files: int = 0  # inputs read to the end; the others count as unreadable
    documents: int = 0
    invalid: int = 0
    unreadable: int = 0
    rows: list[dict[str, object]] = attrs.Factory(list)

    def problem(self, filename: str, p: Problem) -> None:
        self.rows.append({"filename": filename, **p.to_dict()})
        if not self.as_json:
            where = filename if p.line is None else f"{filename}:{p.line}"
            print(f"{where}: {p.json_path}: {p.message} [{p.code}]")

    def io_error(self, filename: str, code: str, message: str) -> None:
        self.unreadable += 1
        row = Problem(code, message)
        self.rows.append({"filename": filename, **row.to_dict()})
        if not self.as_json:
            print(f"pressdoc: error: {message}", file=sys.stderr)

    @property
    def status(self) -> int:
        if self.unreadable:
            return EXIT_ERROR
        return EXIT_INVALID if self.invalid else EXIT_OK

    def finish(self) -> None:
        word = ("ok", "invalid", "error")[self.status]
        summary = {
            "files": self.files,
            "documents": self.documents,
            "invalid": self.invalid,
            "errors": len(self.rows),
            "unreadable": self.unreadable,
        }
        if self.as_json:
            # ASCII-only: valid JSON on any stdout encoding (a Windows pipe is not UTF-8).
            print(json.dumps({"status": word, "summary": summary, "errors": self.rows}))
            return

        def count(n: int, noun: str) -> str:
            return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

        parts = [
            count(self.files, "file"),
            count(self.documents, "document"),
            f"{self.invalid} invalid",
            count(len(self.rows), "error"),
        ]
        if self.unreadable:
            parts.append(f"{self.unreadable} unreadable")
        print(f"{word}: {', '.join(parts)}")


def run(args: argparse.Namespace) -> int:
    """Validate every input named; 0 all valid, 1 any invalid, 2 usage error or unreadable input."""
    try:
        resolve_backend(args.backend)
    except PressdocError as exc:
        print(f"pressdoc validate: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.max_bytes < 1:
        print(
            f"pressdoc validate: error: --max-bytes must be positive; got {args.max_bytes}", file=sys.stderr
        )
        return EXIT_ERROR
    report = _Report(as_json=args.format == "json")
    for item in _expand(args.paths):
        filename = STDIN_NAME if item.name == "-" else item.name
        if item.error is not None:
            report.io_error(filename, "io.missing", item.error)
            continue
        try:
            for problems in _check_input(item.name, args):
                report.documents += 1
                if problems:
                    report.invalid += 1
                for p in problems:
                    report.problem(filename, p)
            report.files += 1
        except InputError as exc:
            code = "io.missing" if isinstance(exc.__cause__, FileNotFoundError) else "io.unreadable"
            report.io_error(filename, code, str(exc).replace("-: ", f"{STDIN_NAME}: ", 1))
    report.finish()
    return report.status
