"""Atheris harness for validation: any bytes give problems or SchemaValidationError, nothing else.

Run (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_validate.py -max_total_time=600 fuzz/corpus/validate
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports():
    import pressdoc
    from pressdoc._jsonio import load_json
    from pressdoc.errors import SchemaValidationError


# Problem codes whose from_dict() divergence is already reported, so a long run can
# look past them: PRESSDOC_FUZZ_KNOWN=version.unknown,deadline.granularity
_KNOWN = frozenset(filter(None, os.environ.get("PRESSDOC_FUZZ_KNOWN", "").split(",")))


def test_one_input(data: bytes) -> None:
    """One fuzz case: read the bytes as JSON, validate, and load them as an Article."""
    try:
        doc = load_json(data)
    except SchemaValidationError:
        return
    problems = list(pressdoc.iter_errors(doc))
    try:
        pressdoc.validate(doc)
    except SchemaValidationError as exc:
        if not problems:
            msg = "validate() raised but iter_errors() found nothing"
            raise AssertionError(msg) from exc
    else:
        if problems:
            msg = f"validate() passed a document iter_errors() rejects: {problems[0]}"
            raise AssertionError(msg)
    try:
        article = pressdoc.from_dict(doc)
    except SchemaValidationError:
        return
    if any(p.code not in _KNOWN for p in problems):
        msg = f"from_dict() accepted a document with problems: {problems[0]}"
        raise AssertionError(msg)
    pressdoc.dumps(article)


def main() -> None:
    """Start the fuzzer with libFuzzer's command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
