"""The ``pressdoc`` command line: ``parse``, ``validate`` and ``schema``.

Exit codes: 0 success; 1 a document is invalid (or a release failed to parse in a
batch); 2 usage error, unreadable input or failed output; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from pressdoc import _cli_parse, _cli_validate
from pressdoc.errors import PressdocError

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pressdoc")
    except PackageNotFoundError:
        return "unknown"


def _run_schema(args: argparse.Namespace) -> int:
    from pressdoc._schemas import load_schema

    print(json.dumps(load_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``pressdoc``."""
    parser = argparse.ArgumentParser(
        prog="pressdoc",
        description="Turn plain-text press releases into structured, validated JSON.",
        epilog=(
            "Exit codes: 0 ok, 1 invalid document or failed release, 2 usage or I/O error, 130 interrupted."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback when something goes wrong"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse_cmd = commands.add_parser(
        "parse", help="parse releases into Article JSON", description="Parse releases into Article JSON."
    )
    _cli_parse.add_arguments(parse_cmd)
    parse_cmd.set_defaults(run=_cli_parse.run)
    validate_cmd = commands.add_parser(
        "validate",
        help="check Article JSON / JSON Lines documents",
        description="Check Article documents against the contract.",
    )
    _cli_validate.add_arguments(validate_cmd)
    validate_cmd.set_defaults(run=_cli_validate.run)
    schema_cmd = commands.add_parser(
        "schema", help="print the Article JSON Schema", description="Print the Article JSON Schema."
    )
    schema_cmd.set_defaults(run=_run_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        print("pressdoc: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``pressdoc parse ... | head``); nothing left to say.
        _silence_stdout()
        return EXIT_ERROR
    except PressdocError as exc:
        if args.debug:
            raise
        print(f"pressdoc: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        if args.debug:
            raise
        msg = f"pressdoc: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
        print(msg, file=sys.stderr)
        return EXIT_ERROR
    return code


def _silence_stdout() -> None:
    import os

    # Python flushes stdout at exit; point it at devnull so that flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main_entry() -> None:
    """Console-script entry point: exit with ``main()``'s code."""
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``pressdoc validate big.jsonl | head``): not an error
        # worth a traceback.
        _silence_stdout()
    sys.exit(code)
