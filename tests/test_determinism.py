"""Same input, same bytes: across runs, processes, -j values and PYTHONHASHSEED values."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import pressdoc

PRESSDOC = str(Path(sys.executable).parent / "pressdoc")

RELEASES = [
    (
        f"Tidewater Looms {n} Expands\n\n"
        f"PELLWORTH, Oct. {n + 1}, 2025 (BUSINESS WIRE) -- Tidewater Looms plans to open {n} mills "
        "by the second quarter of 2027.\n\n"
        f"\u201cWe will weave {n} new patterns,\u201d said Imke Sollberg, president of Tidewater Looms.\n\n"
        "Tidewater Looms has pledged to cut water use in half by 2030. Its partners, Orla Dyeworks "
        "and Brackmoor Yarns, said they would follow.\n\n"
        "Contact: press@tidewater.example\n"
    )
    for n in range(12)
]


def test_parse_twice_gives_the_same_bytes_and_id() -> None:
    """Two parses of one text serialize to identical JSON with the same id."""
    for text in RELEASES:
        first, second = pressdoc.parse(text), pressdoc.parse(text)
        assert pressdoc.dumps(first) == pressdoc.dumps(second)
        assert first.id == second.id


def test_id_depends_on_the_exact_text_only() -> None:
    """The id survives a round trip and changes when a single character does."""
    article = pressdoc.parse(RELEASES[0])
    assert pressdoc.loads(pressdoc.dumps(article)).id == article.id
    assert pressdoc.parse(RELEASES[0] + " ").id != article.id
    assert len({pressdoc.parse(t).id for t in RELEASES}) == len(RELEASES)


def _run(args: list[str], hashseed: str, **extra_env: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hashseed, **extra_env}
    done = subprocess.run([PRESSDOC, *args], env=env, capture_output=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_bytes_identical_across_processes_jobs_and_hash_seeds(tmp_path: Path) -> None:
    """Three separate processes, -j 1 and -j 2, three hash seeds: one output, byte for byte."""
    for n, text in enumerate(RELEASES):
        (tmp_path / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    outputs = [
        _run(["parse", str(tmp_path), "-j", "1"], "0"),
        _run(["parse", str(tmp_path), "-j", "2"], "1234567"),
        _run(["parse", str(tmp_path), "-j", "2"], "random"),
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    in_process = "".join(pressdoc.dumps(pressdoc.parse(t)) + "\n" for t in RELEASES)
    assert outputs[0] == in_process.encode("utf-8")


@pytest.mark.slow
def test_single_file_output_identical_across_hash_seeds(tmp_path: Path) -> None:
    """`pressdoc parse FILE` prints the same bytes whatever the hash seed."""
    path = tmp_path / "one.txt"
    path.write_text(RELEASES[3], encoding="utf-8")
    assert _run(["parse", str(path)], "1") == _run(["parse", str(path)], "987654")


@pytest.mark.slow
def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """A Latin-1 stdout still gets the same UTF-8 JSON, not an encoding error."""
    path = tmp_path / "greek.txt"
    path.write_text("Νέα γραμμή\n\n\u00abΚαλημέρα\u00bb, είπε η Άννα Ρήγα.\n", encoding="utf-8")
    assert _run(["parse", str(path)], "0", PYTHONIOENCODING="latin-1") == _run(["parse", str(path)], "0")
