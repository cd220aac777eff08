"""`pressdoc parse`: one file, many files, directories, globs, -o, --out-dir, -j, failures."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pressdoc
from pressdoc import _atomic, _batch
from pressdoc._progress import Progress, wants_progress
from pressdoc.cli import main

PRESSDOC = str(Path(sys.executable).parent / "pressdoc")


def release(n: int) -> str:
    """A small fictional release that differs with ``n``."""
    return (
        f"Quarrystone Mills {n} Opens Plant\n\n"
        f"HALVERTON, May {n % 28 + 1}, 2026 /PRNewswire/ -- Quarrystone Mills will hire {n} people "
        f"by the end of 2027.\n\n"
        f'"We are ready," said Odile Franck, chief executive officer. "Number {n} is next."\n\n'
        "About Quarrystone Mills\nQuarrystone Mills makes flour.\n"
    )


def write_releases(folder: Path, names: list[str]) -> list[Path]:
    """Write one release per name (a relative path) below ``folder``."""
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(release(n), encoding="utf-8")
        paths.append(path)
    return paths


def sources_of(jsonl: str) -> list[str]:
    """The ``source`` of every Article line of a JSON Lines text."""
    return [json.loads(line)["source"] for line in jsonl.splitlines()]


def test_one_file_prints_exactly_the_article_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A single FILE prints dumps(parse(text)) and a newline, and nothing on stderr."""
    (path,) = write_releases(tmp_path, ["one.txt"])
    assert main(["parse", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == pressdoc.dumps(pressdoc.parse(path.read_text(encoding="utf-8"))) + "\n"
    assert captured.err == ""


def test_indent_pretty_prints_one_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--indent 2 gives the same document, indented."""
    (path,) = write_releases(tmp_path, ["one.txt"])
    assert main(["parse", "--indent", "2", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "schema_version"')
    assert json.loads(out) == pressdoc.to_dict(pressdoc.parse(path.read_text(encoding="utf-8")))


def test_several_files_give_json_lines_in_argument_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several FILEs give one Article per line, in the order given, and a summary on stderr."""
    paths = write_releases(tmp_path, ["b.txt", "a.txt", "c.txt"])
    assert main(["parse", *map(str, paths)]) == 0
    captured = capsys.readouterr()
    assert sources_of(captured.out) == [p.read_text(encoding="utf-8") for p in paths]
    assert "3 documents: 3 parsed, 0 failed" in captured.err


def test_directory_is_walked_in_sorted_order_for_txt_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory stands for every *.txt below it, sorted; other and hidden files are ignored."""
    write_releases(tmp_path, ["z.txt", "a/y.TXT", "a/b/x.txt", "m.txt"])
    (tmp_path / "notes.md").write_text("not a release", encoding="utf-8")
    write_releases(tmp_path, [".git/HEAD.txt", ".hidden.txt"])
    assert main(["parse", str(tmp_path)]) == 0
    expected = [tmp_path / n for n in ("a/b/x.txt", "a/y.TXT", "m.txt", "z.txt")]
    assert sources_of(capsys.readouterr().out) == [p.read_text(encoding="utf-8") for p in expected]


def test_glob_pattern_expands_sorted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quoted glob (recursive ** too) is expanded by pressdoc, sorted."""
    paths = write_releases(tmp_path, ["2.txt", "1.txt", "sub/3.txt"])
    assert main(["parse", str(tmp_path / "**" / "*.txt")]) == 0
    expected = sorted(paths, key=str)
    assert sources_of(capsys.readouterr().out) == [p.read_text(encoding="utf-8") for p in expected]


def test_glob_matching_nothing_is_a_failed_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pattern that matches nothing is reported and counted as failed (exit 1)."""
    (path,) = write_releases(tmp_path, ["a.txt"])
    assert main(["parse", str(path), str(tmp_path / "*.nothing")]) == 1
    err = capsys.readouterr().err
    assert "no file matches it as a pattern" in err
    assert "2 documents: 1 parsed, 1 failed" in err


def test_failing_document_is_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad document is reported as `file: reason`; the others are written; exit 1."""
    good = write_releases(tmp_path, ["a.txt", "c.txt"])
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"Headline\n\nBody \xff\xfe here.\n")
    assert main(["parse", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert sources_of(captured.out) == [p.read_text(encoding="utf-8") for p in good]
    assert f"{bad}: not valid utf-8: byte 0xff at offset 15" in captured.err
    assert "3 documents: 2 parsed, 1 failed" in captured.err


def test_output_file_is_json_lines_and_leaves_no_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o OUT writes every Article as a line of OUT and nothing else into its folder."""
    write_releases(tmp_path / "in", ["a.txt", "b.txt"])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "all.jsonl"
    assert main(["parse", str(tmp_path / "in"), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert [a.source for a in pressdoc.iter_jsonl(io.StringIO(out.read_text(encoding="utf-8")))] == [
        release(0),
        release(1),
    ]
    assert sorted(p.name for p in out_dir.iterdir()) == ["all.jsonl"]


def test_output_file_mode_is_not_the_private_temp_mode(tmp_path: Path) -> None:
    """The finished file gets the mode a plain open() gives, not mkstemp's 0600."""
    (path,) = write_releases(tmp_path, ["a.txt"])
    out = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        assert main(["parse", str(path), "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_out_dir_writes_one_json_per_release_mirroring_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--out-dir writes NAME.json per input; a directory's sub-folders are mirrored."""
    write_releases(tmp_path / "in", ["a.txt", "deep/b.txt"])
    out = tmp_path / "out"
    out.mkdir()
    assert main(["parse", str(tmp_path / "in"), "--out-dir", str(out), "--indent", "2"]) == 0
    assert "2 documents: 2 parsed, 0 failed" in capsys.readouterr().err
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a.json", "deep/b.json"]
    assert pressdoc.loads((out / "deep" / "b.json").read_text(encoding="utf-8")).source == release(1)


def test_out_dir_never_overwrites_one_input_with_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two inputs that map to the same NAME.json: the second is reported, not written over the first."""
    first, second = write_releases(tmp_path, ["x/same.txt", "y/same.txt"])
    out = tmp_path / "out"
    out.mkdir()
    assert main(["parse", str(first), str(second), "--out-dir", str(out)]) == 1
    assert "already written for" in capsys.readouterr().err
    assert pressdoc.loads((out / "same.json").read_text(encoding="utf-8")).source == release(0)


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`-` reads the release from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(release(3).encode("utf-8"))))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == release(3)


def test_indent_with_json_lines_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--indent cannot apply to JSON Lines; that is said before any work (exit 2)."""
    paths = write_releases(tmp_path, ["a.txt", "b.txt"])
    assert main(["parse", "--indent", "2", *map(str, paths)]) == 2
    assert "--indent cannot be used with JSON Lines" in capsys.readouterr().err


def test_unknown_encoding_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --encoding is refused once, up front."""
    (path,) = write_releases(tmp_path, ["a.txt"])
    assert main(["parse", "--encoding", "klingon-8", str(path)]) == 2
    assert "unknown encoding 'klingon-8'" in capsys.readouterr().err


def test_negative_jobs_is_a_usage_error(tmp_path: Path) -> None:
    """-j takes a whole number >= 0."""
    assert main(["parse", "-j", "-1", str(tmp_path)]) == 2


def test_two_workers_give_the_same_bytes_as_one(tmp_path: Path) -> None:
    """-j 2 writes exactly what -j 1 writes, in the same order."""
    write_releases(tmp_path / "in", [f"{i:02d}.txt" for i in range(40)])
    one, two = tmp_path / "j1.jsonl", tmp_path / "j2.jsonl"
    assert main(["parse", str(tmp_path / "in"), "-o", str(one), "-j", "1"]) == 0
    assert main(["parse", str(tmp_path / "in"), "-o", str(two), "-j", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes().splitlines()) == 40


def test_workers_report_failures_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With -j 2 a failing document is still reported, counted, and the rest written."""
    write_releases(tmp_path, [f"{i:02d}.txt" for i in range(20)])
    (tmp_path / "05.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    assert main(["parse", str(tmp_path), "-j", "2"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 19
    assert "05.txt: binary data, not text" in captured.err
    assert "20 documents: 19 parsed, 1 failed" in captured.err


def test_internal_error_in_one_document_does_not_stop_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug that trips on one document is reported for that file; the batch goes on."""
    paths = write_releases(tmp_path, ["a.txt", "b.txt", "c.txt"])
    real_parse = _batch.parse

    def flaky(text: str) -> pressdoc.Article:
        if "Mills 1 " in text:
            raise ZeroDivisionError("division by zero")
        return real_parse(text)

    monkeypatch.setattr(_batch, "parse", flaky)
    assert main(["parse", *map(str, paths)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert f"{paths[1]}: internal error: ZeroDivisionError: division by zero" in captured.err
    assert "Traceback" not in captured.err
    assert main(["--debug", "parse", *map(str, paths)]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_dead_worker_fails_the_run_without_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A worker killed mid-run (OOM killer, segfault): exit 2, one line, no OUT written."""
    write_releases(tmp_path / "in", [f"{i:02d}.txt" for i in range(40)])
    real_parse = _batch.parse

    def dies(text: str) -> pressdoc.Article:
        if "Mills 7 " in text:
            os._exit(9)
        return real_parse(text)

    monkeypatch.setattr(_batch, "parse", dies)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "in"), "-o", str(out), "-j", "2"]) == 2
    err = capsys.readouterr().err
    assert "a worker process died unexpectedly" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_keyboard_interrupt_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C mid-run: exit 130, a clear message, no output file and no temporary file."""
    paths = write_releases(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    real_parse = _batch.parse

    def interrupted(text: str) -> pressdoc.Article:
        if "Mills 2 " in text:
            raise KeyboardInterrupt
        return real_parse(text)

    monkeypatch.setattr(_batch, "parse", interrupted)
    out = tmp_path / "out.jsonl"
    assert main(["parse", *map(str, paths), "-o", str(out)]) == 130
    assert "interrupted by SIGINT" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [tmp_path / "in"]


def test_disk_full_is_one_line_and_keeps_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write failing with ENOSPC midway: exit 2, one line, temp removed, old OUT untouched."""
    write_releases(tmp_path / "in", [f"{i}.txt" for i in range(5)])
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")

    class FullDisk(io.StringIO):
        """A writer that accepts two writes, then fails like a full disk."""

        writes = 0

        def write(self, text: str) -> int:
            FullDisk.writes += 1
            if FullDisk.writes > 2:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return super().write(text)

    def open_full(fd: int) -> io.StringIO:
        os.close(fd)
        return FullDisk()

    monkeypatch.setattr(_atomic, "open_fd", open_full)
    assert main(["parse", str(tmp_path / "in"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"pressdoc: error: {out}: cannot write: No space left on device\n"
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]


def test_missing_output_folder_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o into a folder that does not exist: exit 2, naming the folder."""
    (path,) = write_releases(tmp_path, ["a.txt"])
    assert main(["parse", str(path), "-o", str(tmp_path / "nope" / "out.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["parse", str(path), "--out-dir", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_progress_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bar is for a TTY; a pipe, a file or CI=... gets none."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("CI", raising=False)
    assert wants_progress(Terminal())
    assert not wants_progress(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not wants_progress(Terminal())


def test_progress_bar_draws_and_clears() -> None:
    """The bar shows done/total and failures, and clears its line."""
    stream = io.StringIO()
    bar = Progress(stream, 4, enabled=True)
    bar.update(2, 1, force=True)
    assert "[" + "#" * 15 + "." * 15 + "] 2/4, 1 failed" in stream.getvalue()
    bar.clear()
    assert stream.getvalue().endswith("\r\x1b[2K")
    silent = io.StringIO()
    Progress(silent, 4, enabled=False).update(1, 0, force=True)
    assert silent.getvalue() == ""


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signal_mid_run_leaves_no_output(tmp_path: Path, signum: int, code: int) -> None:
    """SIGTERM/SIGINT during a run: the documented exit code, a message, no files left."""
    inputs = tmp_path / "in"
    write_releases(inputs, [f"{i:05d}.txt" for i in range(2000)])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = subprocess.Popen(
        [PRESSDOC, "parse", str(inputs), "-o", str(out_dir / "all.jsonl"), "-j", "2"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not any(out_dir.iterdir()) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip(f"the run finished before the signal arrived: {err}")
    assert proc.returncode == code
    assert "interrupted by SIG" in err
    assert "Traceback" not in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.slow
def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """`pressdoc parse DIR | head -c 10`: no traceback when the reader goes away."""
    write_releases(tmp_path, [f"{i:04d}.txt" for i in range(300)])
    proc = subprocess.Popen(
        [PRESSDOC, "parse", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    proc.stdout.read(10)
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
    assert proc.returncode in (0, 141)
