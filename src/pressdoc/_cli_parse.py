"""``pressdoc parse``: releases in, Article JSON out."""

from __future__ import annotations

import argparse
import sys

from pressdoc._io import DEFAULT_MAX_BYTES, read_text
from pressdoc._pipeline import parse
from pressdoc.errors import PressdocError
from pressdoc.serialize import dumps


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``pressdoc parse``."""
    parser.add_argument("file", metavar="FILE", help="a plain-text release, or - for standard input")
    parser.add_argument("--indent", type=int, default=None, metavar="N", help="pretty-print with N spaces")
    parser.add_argument("--encoding", default="utf-8", help="text encoding of the input (default: utf-8)")
    parser.add_argument(
        "--errors",
        default="strict",
        choices=("strict", "replace"),
        help="what to do with bytes that are not valid in the encoding (default: strict)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default: {DEFAULT_MAX_BYTES})",
    )


def run(args: argparse.Namespace) -> int:
    """Parse one release and print its Article JSON."""
    try:
        text = read_text(args.file, encoding=args.encoding, errors=args.errors, max_bytes=args.max_bytes)
        article = parse(text)
    except PressdocError as exc:
        print(f"pressdoc: error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(dumps(article, indent=args.indent))
    sys.stdout.write("\n")
    return 0
