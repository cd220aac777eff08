"""Atheris harness for ``pressdoc.parse``: any text gives a valid Article, or a pressdoc error.

Run (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus/parse
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import pressdoc
    from pressdoc._io import decode
    from pressdoc.errors import PressdocError


def _check(text: str) -> None:
    """Parse ``text``; the Article must keep its spans, validate and round-trip through JSON."""
    try:
        article = pressdoc.parse(text)
    except PressdocError:
        return
    data = pressdoc.to_dict(article)
    problems = list(pressdoc.iter_errors(data))
    if problems:
        msg = f"parse() built an invalid Article: {problems[0]}"
        raise AssertionError(msg)
    # Determinism across processes and hash seeds is tests/test_determinism.py's
    # job; parsing twice here would halve the executions per second.
    first = pressdoc.dumps(article)
    if pressdoc.dumps(pressdoc.loads(first)) != first:
        msg = "dumps/loads does not round-trip this Article"
        raise AssertionError(msg)


def test_one_input(data: bytes) -> None:
    """One fuzz case: the bytes as a file read by the CLI, and as a fuzzer-made str."""
    try:
        text = decode(data, "<fuzz>", errors="replace")
    except PressdocError:
        text = None
    if text is not None:
        _check(text)
    fdp = atheris.FuzzedDataProvider(data)
    _check(fdp.ConsumeUnicodeNoSurrogates(len(data)))


def main() -> None:
    """Start the fuzzer with libFuzzer's command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
