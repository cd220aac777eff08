"""Reading release files into text, with one-line errors that name the file."""

from __future__ import annotations

import sys
from pathlib import Path

from pressdoc.errors import InputError

#: Largest input read by default; a larger file needs ``--max-bytes``.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of ``path`` (``-`` is standard input), at most ``max_bytes``."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            p = Path(path)
            if p.is_dir():
                msg = f"{path}: is a directory, not a file"
                raise InputError(msg)
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        msg = f"{path}: no such file"
        raise InputError(msg) from exc
    except PermissionError as exc:
        msg = f"{path}: permission denied"
        raise InputError(msg) from exc
    except IsADirectoryError as exc:
        msg = f"{path}: is a directory, not a file"
        raise InputError(msg) from exc
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from exc
    if len(data) > max_bytes:
        msg = f"{path}: larger than the {max_bytes}-byte limit (raise it with --max-bytes)"
        raise InputError(msg)
    return data


def decode(data: bytes, name: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode release bytes; a UTF-8 or UTF-16 byte order mark picks the encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif data.startswith(b"\xef\xbb\xbf") and encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        msg = (
            f"{name}: not valid {exc.encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            "(use --encoding, or --errors replace to go on)"
        )
        raise InputError(msg) from exc
    except LookupError as exc:
        msg = f"{name}: unknown encoding {encoding!r}"
        raise InputError(msg) from exc


def read_text(
    path: str, *, encoding: str = "utf-8", errors: str = "strict", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Read and decode one release file."""
    return decode(read_bytes(path, max_bytes=max_bytes), path, encoding=encoding, errors=errors)
