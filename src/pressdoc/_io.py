"""Reading release files into text, with one-line errors that name the file."""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from pathlib import Path

from pressdoc.errors import InputError

#: Largest input read by default; a larger file needs ``--max-bytes``.  A press
#: release is a few kilobytes, so 20 MiB only stops what is surely not one (a
#: database dump, a video renamed .txt) before it is read into memory.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# How much of the start of a file the binary-data check looks at.
_SNIFF_BYTES = 8192

# Byte order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 control bytes that plain text does not contain (tab, newlines, form feed,
# vertical tab and escape are left out: real files carry them).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b")
# Printable ASCII and white space.
_TEXT_BYTES = bytes(range(32, 127)) + b"\t\n\r\x0b\x0c"


def _open_error(path: str, exc: OSError) -> InputError:
    if exc.errno == errno.ENOENT:
        msg = f"{path}: no such file"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        msg = f"{path}: permission denied"
    elif exc.errno == errno.EISDIR:
        msg = f"{path}: is a directory, not a file"
    elif exc.errno == errno.ENOTDIR:
        msg = f"{path}: a part of the path is not a directory"
    else:
        msg = f"{path}: cannot read: {exc.strerror or exc}"
    return InputError(msg)


def _too_large(path: str, max_bytes: int) -> InputError:
    msg = f"{path}: larger than the {max_bytes}-byte limit (raise it with --max-bytes)"
    return InputError(msg)


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of ``path`` (``-`` is standard input), at most ``max_bytes``."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with Path(path).open("rb") as fh:
                info = os.fstat(fh.fileno())
                if stat.S_ISDIR(info.st_mode):
                    msg = f"{path}: is a directory, not a file"
                    raise InputError(msg)
                # Refuse an oversized regular file before reading any of it.
                if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                    raise _too_large(path, max_bytes)
                data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if len(data) > max_bytes:
        raise _too_large(path, max_bytes)
    return data


def _is_wide_encoding(encoding: str) -> bool:
    # UTF-16 and UTF-32 text is full of NUL bytes; the binary check must not see it.
    name = codecs.lookup(encoding).name
    return name.startswith(("utf-16", "utf-32"))


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (NUL-heavy, control bytes, not UTF-8 nor mostly ASCII), or None."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return None
    nuls = sample.count(0)
    if nuls * 10 >= len(sample):
        # A NUL after every character is UTF-16 that lost its byte order mark.
        odd_nuls = sample[1::2].count(0)
        if len(sample) >= 4 and odd_nuls * 10 >= len(sample[1::2]) * 9:
            return "looks like UTF-16 without a byte order mark (use --encoding utf-16-le)"
        even_nuls = sample[0::2].count(0)
        if len(sample) >= 4 and even_nuls * 10 >= len(sample[0::2]) * 9:
            return "looks like UTF-16 without a byte order mark (use --encoding utf-16-be)"
        return f"binary data, not text ({nuls} NUL bytes in the first {len(sample)})"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls * 10 >= len(sample) * 3:
        return f"binary data, not text ({controls} control bytes in the first {len(sample)})"
    if len(sample) < 256 or _valid_utf8_prefix(sample):
        # A short snippet says too little; its decoding error will say enough.
        return None
    # Not UTF-8: legacy text (Latin-1, cp1252) is still mostly ASCII letters, while
    # compressed or encoded data (images, archives) is spread over all 256 bytes.
    plain = len(sample) - len(sample.translate(None, _TEXT_BYTES))
    if plain * 10 < len(sample) * 7:
        return f"binary data, not text (only {plain} of the first {len(sample)} bytes are plain text)"
    return None


def _valid_utf8_prefix(sample: bytes) -> bool:
    # final=False: a character cut in two at the end of the sample is not an error.
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, name: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode release bytes; a byte order mark picks the encoding; binary data is refused.

    A few NUL bytes are kept (the parser reads them as spaces).  A file whose first
    8 KiB are a tenth NUL, or three tenths control bytes, or are not UTF-8 and less
    than seven tenths printable ASCII, is binary data and raises InputError.
    """
    try:
        wide = _is_wide_encoding(encoding)
    except LookupError as exc:
        msg = f"{name}: unknown encoding {encoding!r}"
        raise InputError(msg) from exc
    bom_encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    skipped = 0
    if bom_encoding == "utf-8-sig":
        # A UTF-8 mark only overrides UTF-8: for latin-1 and the like the three
        # bytes are characters the user asked for.  Dropping the mark here, not
        # with the utf-8-sig codec, keeps error offsets counted from the file start.
        if codecs.lookup(encoding).name == "utf-8":
            skipped = len(codecs.BOM_UTF8)
    elif bom_encoding is not None:
        encoding, wide = bom_encoding, True
    if not wide and (reason := binary_reason(data)) is not None:
        msg = f"{name}: {reason}"
        raise InputError(msg)
    try:
        return data[skipped:].decode(encoding, errors) if skipped else data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        offset = exc.start + skipped
        byte = f"byte 0x{data[offset]:02x}" if offset < len(data) else "truncated data"
        msg = (
            f"{name}: not valid {exc.encoding}: {byte} at offset {offset} "
            "(use --encoding, or --errors replace to go on)"
        )
        raise InputError(msg) from exc


def read_text(
    path: str, *, encoding: str = "utf-8", errors: str = "strict", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Read and decode one release file."""
    return decode(read_bytes(path, max_bytes=max_bytes), path, encoding=encoding, errors=errors)
