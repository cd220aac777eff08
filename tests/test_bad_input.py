"""Bad input to `pressdoc parse`: every case is one line naming the file, and a known exit code."""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
from pathlib import Path

import pytest

import pressdoc
from pressdoc import _atomic
from pressdoc._io import DEFAULT_MAX_BYTES, decode, read_bytes
from pressdoc.cli import main
from pressdoc.errors import InputError

TEXT = (
    "Fernhollow Cider Opens Orchard Trail\n\n"
    "ASHCOMBE, June 3, 2026 -- Fernhollow Cider will open a public orchard trail by August 2026.\n\n"
    "\u201cEveryone is welcome,\u201d said Rosalind Ebbe, the founder. Caf\u00e9 tables come later.\n"
)


def run_parse(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `pressdoc parse ARGS`; return the exit code, stdout and stderr."""
    code = main(["parse", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> str:
    """The single stderr line (fails if there are more)."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("content", [b"", b"   \n\t\n \r\n", b"\n\n\n"])
def test_empty_and_blank_files_give_a_valid_empty_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    """An empty or white-space-only file is a valid Article with no title and no paragraphs."""
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    code, out, err = run_parse(capsys, str(path))
    assert (code, err) == (0, "")
    doc = json.loads(out)
    pressdoc.validate(doc)
    assert doc["source"] == content.decode("utf-8")
    assert (doc["title"], doc["paragraphs"], doc["quotes"]) == (None, [], [])


def test_binary_data_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A binary file (an image renamed .txt) is refused with exit 2, naming the file."""
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    code, out, err = run_parse(capsys, str(path))
    assert (code, out) == (2, "")
    assert one_line(err).startswith(f"pressdoc: error: {path}: binary data, not text")


def test_utf16_without_a_byte_order_mark_gets_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """UTF-16 text that lost its BOM is recognised, and the message says which --encoding to use."""
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    code, _, err = run_parse(capsys, str(path))
    assert code == 2
    assert "use --encoding utf-16-le" in one_line(err)
    code, out, _ = run_parse(capsys, "--encoding", "utf-16-le", str(path))
    assert code == 0
    assert json.loads(out)["source"] == TEXT


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Invalid UTF-8: exit 2, the message names the byte, its offset and the way out."""
    raw = TEXT.encode("utf-8")
    broken = raw[:40] + b"\xc3\x28" + raw[40:]
    path = tmp_path / "broken.txt"
    path.write_bytes(broken)
    code, _, err = run_parse(capsys, str(path))
    assert code == 2
    assert one_line(err) == (
        f"pressdoc: error: {path}: not valid utf-8: byte 0xc3 at offset 40 "
        "(use --encoding, or --errors replace to go on)"
    )


def test_errors_replace_and_encoding_let_the_user_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--errors replace keeps going with U+FFFD; --encoding latin-1 reads the bytes as Latin-1."""
    path = tmp_path / "legacy.txt"
    path.write_bytes(TEXT.replace("\u201c", '"').replace("\u201d", '"').encode("latin-1"))
    code, out, _ = run_parse(capsys, "--errors", "replace", str(path))
    assert code == 0
    assert "Caf\ufffd" in json.loads(out)["source"]
    code, out, _ = run_parse(capsys, "--encoding", "latin-1", str(path))
    assert code == 0
    assert "Caf\u00e9" in json.loads(out)["source"]


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks_pick_the_encoding_and_are_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bom: bytes, codec: str
) -> None:
    """A file with a BOM parses to exactly the Article of the plain UTF-8 text."""
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_bytes(TEXT.encode("utf-8"))
    marked.write_bytes(bom + TEXT.encode(codec))
    assert run_parse(capsys, str(marked)) == run_parse(capsys, str(plain))


def test_utf8_bom_error_offsets_count_from_the_file_start() -> None:
    """After a UTF-8 BOM, the offset of a bad byte is still its offset in the file."""
    with pytest.raises(InputError, match="byte 0xff at offset 5"):
        decode(codecs.BOM_UTF8 + b"ab\xffcd", "f.txt")


def test_a_few_nul_bytes_are_read_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Stray NUL bytes do not make a release binary; offsets still index the source."""
    text = TEXT.replace("Orchard", "Orch\x00ard").replace("welcome", "wel\x00come")
    path = tmp_path / "nul.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = run_parse(capsys, str(path))
    assert code == 0
    doc = json.loads(out)
    pressdoc.validate(doc)
    assert doc["source"] == text


def test_cr_only_line_ends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Old Mac line ends (CR only) still split paragraphs, and spans index the CR source."""
    text = TEXT.replace("\n", "\r")
    path = tmp_path / "mac.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = run_parse(capsys, str(path))
    assert code == 0
    doc = json.loads(out)
    pressdoc.validate(doc)
    assert doc["source"] == text
    assert len(doc["paragraphs"]) >= 3


def test_a_50_mb_file_is_refused_by_default_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file over the default --max-bytes (20 MiB) is refused up front, naming the option."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    code, _, err = run_parse(capsys, str(path))
    assert code == 2
    assert one_line(err) == (
        f"pressdoc: error: {path}: larger than the {DEFAULT_MAX_BYTES}-byte limit (raise it with --max-bytes)"
    )


def test_max_bytes_sets_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--max-bytes lowers (or raises) the limit; a file exactly at the limit is read."""
    path = tmp_path / "r.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    size = path.stat().st_size
    assert run_parse(capsys, "--max-bytes", str(size - 1), str(path))[0] == 2
    assert run_parse(capsys, "--max-bytes", str(size), str(path))[0] == 0


def test_max_bytes_applies_to_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipe has no size to look at; the limit holds all the same."""

    class Stdin:
        class buffer:
            @staticmethod
            def read(n: int) -> bytes:
                return b"x" * n

    monkeypatch.setattr("sys.stdin", Stdin)
    with pytest.raises(InputError, match="-: larger than the 10-byte limit"):
        read_bytes("-", max_bytes=10)


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist: exit 2, `FILE: no such file`."""
    missing = tmp_path / "missing.txt"
    code, _, err = run_parse(capsys, str(missing))
    assert code == 2
    assert one_line(err) == f"pressdoc: error: {missing}: no such file"


def test_directory_given_where_a_file_is_read(tmp_path: Path) -> None:
    """Reading a directory as a file (as validate does) names the problem."""
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_bytes(str(tmp_path))


def test_directory_without_releases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory with no .txt file is reported as a failed input (exit 1), not silence."""
    code, _, err = run_parse(capsys, str(tmp_path))
    assert code == 1
    assert f"{tmp_path}: no .txt files in this directory" in err


def test_path_through_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that runs through a regular file names that problem."""
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    code, _, err = run_parse(capsys, str(tmp_path / "plain" / "r.txt"))
    assert code == 2
    assert "a part of the path is not a directory" in one_line(err)


def test_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file without read permission: exit 2, `FILE: permission denied` (simulated for root)."""
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: simulate the refusal instead

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", refuse)
    code, _, err = run_parse(capsys, str(path))
    assert code == 2
    assert one_line(err) == f"pressdoc: error: {path}: permission denied"


def test_debug_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--debug adds the traceback under the same one-line message."""
    missing = str(tmp_path / "missing.txt")
    code, _, err = run_parse(capsys, "--debug", missing)
    assert code == 2
    assert err.startswith(f"pressdoc: error: {missing}: no such file\n")
    assert "Traceback (most recent call last)" in err
    assert "FileNotFoundError" in err


def test_unexpected_bug_is_one_line_without_debug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug in a stage on the one release: one line, exit 2, traceback only with --debug."""
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")

    def broken(text: str) -> pressdoc.Article:
        msg = "list index out of range"
        raise IndexError(msg)

    monkeypatch.setattr("pressdoc._batch.parse", broken)
    code, out, err = run_parse(capsys, str(path))
    assert (code, out) == (2, "")
    assert "internal error: IndexError" in one_line(err)
    code, _, err = run_parse(capsys, "--debug", str(path))
    assert "Traceback" in err


def test_each_bad_file_in_a_batch_is_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A batch of good and bad files: every input is parsed or failed, and the counts add up."""
    (tmp_path / "a-good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b-binary.txt").write_bytes(bytes(2000))
    (tmp_path / "c-broken.txt").write_bytes(b"ok \xff")
    (tmp_path / "d-empty.txt").write_bytes(b"")
    code, out, err = run_parse(capsys, str(tmp_path), str(tmp_path / "e-missing.txt"))
    assert code == 1
    assert len(out.splitlines()) == 2
    assert err.count("pressdoc: error: ") == 3
    assert "5 documents: 2 parsed, 3 failed" in err


def test_full_disk_behind_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard output failing with ENOSPC: one line naming <stdout>, exit 2."""
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")

    class FullStdout(io.StringIO):
        """A stdout on a full disk."""

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("sys.stdout", FullStdout())
    assert main(["parse", str(path)]) == 2
    assert capsys.readouterr().err == "pressdoc: error: <stdout>: cannot write: No space left on device\n"


def test_full_disk_in_out_dir_removes_the_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--out-dir on a full disk: exit 2, finished files whole, no temporary file left."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    out.mkdir()
    for name in ("a", "b", "c"):
        (inputs / f"{name}.txt").write_text(TEXT + name, encoding="utf-8")
    opened: list[int] = []

    class FullDisk(io.StringIO):
        """The third file opened cannot be written."""

        def write(self, text: str) -> int:
            if len(opened) >= 3:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return super().write(text)

    real_open_fd = _atomic.open_fd

    def open_counted(fd: int) -> object:
        opened.append(fd)
        if len(opened) >= 3:
            os.close(fd)
            return FullDisk()
        return real_open_fd(fd)

    monkeypatch.setattr(_atomic, "open_fd", open_counted)
    assert main(["parse", str(inputs), "--out-dir", str(out)]) == 2
    assert "cannot write: No space left on device" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    assert pressdoc.loads((out / "b.json").read_text(encoding="utf-8")).source == TEXT + "b"
