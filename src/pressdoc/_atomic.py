"""Output files that appear whole or not at all.

Everything is written to a temporary file in the destination's own folder (so the
final rename never crosses a file system) and moved into place with ``os.replace``
only once the last byte is written.  An interrupted or failed run removes its
temporary file, so no half-written file is ever left under the final name.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from pressdoc.errors import InputError

__all__ = ["AtomicFile", "OutputError", "check_output_folder", "open_fd"]


class OutputError(InputError):
    """An output could not be written: missing folder, no permission, disk full."""


def open_fd(fd: int) -> IO[str]:
    """Wrap a temporary file's descriptor as a UTF-8 text stream (tests replace this)."""
    return os.fdopen(fd, "w", encoding="utf-8", newline="\n")


def _default_mode() -> int:
    # mkstemp creates 0600; a finished output should get the mode a plain open()
    # would give it.  Reading the umask means setting it, so set it straight back.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc)


def check_output_folder(folder: Path, what: str) -> None:
    """Raise OutputError unless ``folder`` is an existing, writable directory."""
    if not folder.exists():
        msg = f"{what}: output folder {str(folder)!r} does not exist (create it first)"
        raise OutputError(msg)
    if not folder.is_dir():
        msg = f"{what}: {str(folder)!r} is not a folder"
        raise OutputError(msg)
    if not os.access(folder, os.W_OK | os.X_OK):
        msg = f"{what}: output folder {str(folder)!r} is not writable"
        raise OutputError(msg)


class AtomicFile:
    """A text file written under a temporary name and renamed into place by ``commit``."""

    def __init__(self, path: Path, *, fsync: bool = True) -> None:
        self.path = path
        self._fsync = fsync
        folder = path.parent
        check_output_folder(folder, str(path))
        try:
            fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            msg = f"{path}: cannot create a temporary file: {_describe(exc)}"
            raise OutputError(msg) from exc
        self.temp_path = Path(temp)
        try:
            os.fchmod(fd, _default_mode())
            self._stream: IO[str] | None = open_fd(fd)
        except BaseException:
            os.close(fd)
            self._remove_temp()
            raise

    def write(self, text: str) -> None:
        """Append ``text``; a failure (disk full, ...) discards the file and raises OutputError."""
        stream = self._stream
        if stream is None:
            msg = f"{self.path}: write after the file was closed"
            raise OutputError(msg)
        try:
            stream.write(text)
        except OSError as exc:
            self.discard()
            msg = f"{self.path}: cannot write: {_describe(exc)}"
            raise OutputError(msg) from exc

    def commit(self) -> None:
        """Flush, sync and rename the temporary file to its final name."""
        stream = self._stream
        if stream is None:
            msg = f"{self.path}: commit after the file was closed"
            raise OutputError(msg)
        try:
            stream.flush()
            if self._fsync:
                os.fsync(stream.fileno())
            self._stream = None
            stream.close()
            os.replace(self.temp_path, self.path)
        except OSError as exc:
            self.discard()
            msg = f"{self.path}: cannot write: {_describe(exc)}"
            raise OutputError(msg) from exc

    def discard(self) -> None:
        """Close and delete the temporary file; the final name is left untouched."""
        stream, self._stream = self._stream, None
        if stream is not None:
            # Closing flushes; on a full disk that fails again.  The data is being
            # thrown away, so the only thing that matters is the unlink.
            with contextlib.suppress(OSError):
                stream.close()
        self._remove_temp()

    def _remove_temp(self) -> None:
        try:
            mode = os.lstat(self.temp_path).st_mode
        except FileNotFoundError:
            return
        if stat.S_ISREG(mode):
            self.temp_path.unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()
