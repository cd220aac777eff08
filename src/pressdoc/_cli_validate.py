"""``pressdoc validate``: the CI gate for Article documents."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

import attrs

from pressdoc._io import read_bytes
from pressdoc._jsonio import load_json
from pressdoc._problem import Problem
from pressdoc.errors import InputError, SchemaValidationError
from pressdoc.validate import iter_errors

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``pressdoc validate``."""
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="JSON or JSON Lines documents, or - for stdin"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="report format (default: text)"
    )


def _document_problems(data: bytes | str, line: int | None) -> Iterator[Problem]:
    try:
        doc = load_json(data)
    except SchemaValidationError as exc:
        for p in exc.problems:
            yield attrs.evolve(p, line=line)
        return
    for p in iter_errors(doc):
        yield attrs.evolve(p, line=line)


def file_problems(name: str, data: bytes) -> Iterator[Problem]:
    """Every problem of one file; JSON Lines files are checked line by line."""
    if name.endswith(_JSONL_SUFFIXES):
        for number, line in enumerate(data.splitlines(), start=1):
            if line.strip():
                yield from _document_problems(line, number)
    else:
        yield from _document_problems(data, None)


def run(args: argparse.Namespace) -> int:
    """Validate every file named; 0 all valid, 1 any invalid, 2 any unreadable."""
    status = 0
    report: list[dict[str, object]] = []
    for name in args.files:
        try:
            data = read_bytes(name)
        except InputError as exc:
            print(f"pressdoc: error: {exc}", file=sys.stderr)
            status = 2
            continue
        for p in file_problems(name, data):
            status = max(status, 1)
            if args.format == "json":
                report.append(
                    {
                        "filename": name,
                        "line": p.line,
                        "path": p.json_path,
                        "code": p.code,
                        "message": p.message,
                    }
                )
            else:
                where = name if p.line is None else f"{name}:{p.line}"
                print(f"{where}: {p.json_path}: {p.message}")
    if args.format == "json":
        print(json.dumps({"status": ["ok", "invalid", "error"][status], "errors": report}))
    elif status == 0:
        print(f"ok: {len(args.files)} file(s) valid")
    return status
