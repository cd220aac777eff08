"""Many releases in, one outcome per release out, in input order, on N processes.

Inputs are expanded lazily (directories walked in sorted order, globs sorted) and
documents are handed to the workers in small chunks with a bounded number of chunks
in flight, so memory stays flat however many documents go through.  Workers return
the finished JSON text, never an Article: a string pickles cheaply and the bytes
are the same whichever process made them.
"""

from __future__ import annotations

import collections
import contextlib
import glob
import heapq
import os
import signal
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.context import BaseContext
from pathlib import Path

import attrs

from pressdoc._io import decode, read_bytes
from pressdoc._pipeline import parse
from pressdoc.errors import PressdocError
from pressdoc.serialize import dumps

__all__ = ["Options", "Outcome", "Source", "WorkerError", "convert", "expand", "is_batch", "run_ordered"]

#: Documents per chunk sent to a worker: big enough that the inter-process
#: overhead is small next to parsing, small enough that an interrupt is quick.
CHUNK_SIZE = 16

_GLOB_CHARS = frozenset("*?[")


class WorkerError(PressdocError):
    """A worker process died, taking the documents it was parsing with it."""


@attrs.frozen
class Options:
    """How every document of a run is read and written."""

    encoding: str = "utf-8"
    errors: str = "strict"
    max_bytes: int = 20 * 1024 * 1024
    indent: int | None = None
    debug: bool = False


@attrs.frozen
class Source:
    """One input document: the path as the user will see it, and its output name."""

    path: str
    #: The output name for ``--out-dir``, without ``.json``: the file name's stem,
    #: or the path below a directory that was given, so that trees are mirrored.
    name: str
    #: Why this input cannot even be tried (a pattern that matched nothing, ...).
    problem: str | None = None
    #: The bytes of standard input, read by the main process (workers have none).
    data: bytes | None = None


@attrs.frozen
class Outcome:
    """What became of one document: its JSON text, or the reason it failed."""

    source: Source
    json: str | None = None
    error: str | None = None
    #: The traceback of an unexpected failure, kept for ``--debug``.
    detail: str | None = None


def _has_glob(arg: str) -> bool:
    return any(ch in _GLOB_CHARS for ch in arg)


def is_batch(args: Sequence[str]) -> bool:
    """Whether ``args`` name several documents (JSON Lines) or exactly one (one JSON)."""
    if len(args) != 1:
        return True
    arg = args[0]
    if arg == "-":
        return False
    if os.path.isdir(arg):
        return True
    return _has_glob(arg) and not os.path.exists(arg)


def _is_release_file(name: str) -> bool:
    return name.lower().endswith(".txt")


def _walk(directory: str, folder: str | None = None) -> Iterator[Source]:
    # Entries are visited sorted by name, files and folders interleaved, so the
    # order is that of the sorted relative paths, the same on every machine.
    # Only names are kept while a folder is walked (about 70 bytes an entry, not
    # the 220 of a DirEntry): a flat archive of 100k releases stays small.
    # Symbolic links to folders are not followed: they can loop.
    folder = directory if folder is None else folder
    files: list[str] = []
    folders: list[str] = []
    try:
        with os.scandir(folder) as scan:
            for entry in scan:
                name = entry.name
                if name.startswith("."):
                    continue  # .git, .venv, editors' swap files: never releases
                if entry.is_dir(follow_symlinks=False):
                    folders.append(name)
                elif _is_release_file(name):
                    files.append(name)
    except OSError as exc:
        problem = f"{folder}: cannot list the folder: {exc.strerror or exc}"
        yield Source(path=folder, name=Path(folder).name, problem=problem)
        return
    files.sort()
    folders.sort()
    is_folder = frozenset(folders)
    for name in heapq.merge(files, folders):
        path = os.path.join(folder, name)
        if name in is_folder:
            yield from _walk(directory, path)
        else:
            relative = Path(os.path.relpath(path, directory)).with_suffix("")
            yield Source(path=path, name=relative.as_posix())


def _expand_one(arg: str) -> Iterator[Source]:
    if arg == "-":
        yield Source(path="-", name="stdin")
        return
    if os.path.isdir(arg):
        found = False
        for source in _walk(arg):
            found = True
            yield source
        if not found:
            yield Source(path=arg, name=Path(arg).name, problem=f"{arg}: no .txt files in this directory")
        return
    if os.path.lexists(arg) or not _has_glob(arg):
        yield Source(path=arg, name=Path(arg).stem)
        return
    matches = sorted(glob.glob(arg, recursive=True))
    if not matches:
        problem = f"{arg}: no such file, and no file matches it as a pattern"
        yield Source(path=arg, name=Path(arg).stem, problem=problem)
        return
    for match in matches:
        if os.path.isdir(match):
            yield from _walk(match)
        else:
            yield Source(path=match, name=Path(match).stem)


def expand(args: Iterable[str]) -> Iterator[Source]:
    """Every document named by ``args`` (files, ``-``, directories, globs), lazily, in order."""
    for arg in args:
        yield from _expand_one(arg)


def convert(source: Source, options: Options) -> Outcome:
    """Read, decode, parse and serialize one document; never raise for a bad document."""
    if source.problem is not None:
        return Outcome(source=source, error=source.problem)
    try:
        data = source.data
        if data is None:
            data = read_bytes(source.path, max_bytes=options.max_bytes)
        text = decode(data, source.path, encoding=options.encoding, errors=options.errors)
        return Outcome(source=source, json=dumps(parse(text), indent=options.indent))
    except PressdocError as exc:
        message = str(exc)
        if not message.startswith(f"{source.path}:"):
            message = f"{source.path}: {message}"
        return Outcome(source=source, error=message, detail=traceback.format_exc())
    except RecursionError as exc:
        return Outcome(source=source, error=f"{source.path}: too deeply nested to parse ({exc})")
    except Exception as exc:
        # A bug in a stage, not a problem with the input: say so, keep the
        # traceback for --debug and the bug report, and let the batch go on.
        kind = type(exc).__name__
        message = f"{source.path}: internal error: {kind}: {exc} (a pressdoc bug; --debug shows where)"
        return Outcome(source=source, error=message, detail=traceback.format_exc())


_worker_options = Options()


def _start_worker(options: Options) -> None:
    global _worker_options  # noqa: PLW0603 - set once per worker process, read by _convert_chunk
    _worker_options = options
    # Ctrl-C reaches every process of the terminal's process group; only the main
    # process reacts (it stops handing out work and cleans up).  SIGTERM must kill
    # a worker outright, not run the main process's handler it inherited.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


_STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    # A signal handled while the main process forks lands in an at-fork hook,
    # where Python prints and drops the exception, and the interrupt is lost.
    # Holding SIGINT/SIGTERM until the workers exist delivers it just after.
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _convert_chunk(chunk: list[Source]) -> list[Outcome]:
    return [convert(source, _worker_options) for source in chunk]


def _with_stdin(source: Source) -> Source:
    # Worker processes have no standard input: the main process reads it.
    if source.problem is not None or source.data is not None:
        return source
    try:
        data = read_bytes("-")
    except PressdocError as exc:
        return attrs.evolve(source, problem=str(exc))
    return attrs.evolve(source, data=data)


def _chunks(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    for source in sources:
        chunk.append(_with_stdin(source) if source.path == "-" else source)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _mp_context() -> BaseContext:
    import multiprocessing

    # fork starts a worker in milliseconds and shares the imported modules;
    # elsewhere take the platform's default (spawn on macOS and Windows).
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def run_ordered(
    sources: Iterable[Source], options: Options, jobs: int, *, chunk_size: int = CHUNK_SIZE
) -> Iterator[Outcome]:
    """Convert every source, on ``jobs`` processes, yielding outcomes in input order."""
    if jobs <= 1:
        for chunk in _chunks(sources, 1):
            yield convert(chunk[0], options)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    # A bounded window of chunks in flight keeps every worker busy while memory
    # stays flat: nothing is read ahead of the window, nothing piles up behind it.
    window = jobs * 4
    pending: collections.deque[Future[list[Outcome]]] = collections.deque()
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_mp_context(),
        initializer=_start_worker,
        initargs=(options,),
    )
    from concurrent.futures.process import BrokenProcessPool

    try:
        chunks = _chunks(sources, chunk_size)
        for chunk in chunks:
            if pending:
                pending.append(executor.submit(_convert_chunk, chunk))
            else:
                # The first submit forks every worker (fork context).
                with _signals_held():
                    pending.append(executor.submit(_convert_chunk, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as exc:
        # A worker was killed (out of memory, a signal, a crash in C code): the
        # documents it held are lost, so the run cannot claim to be complete.
        msg = "a worker process died unexpectedly (killed, or out of memory?); the output is incomplete"
        raise WorkerError(msg) from exc
    finally:
        # On an interrupt, drop the queued chunks; the running ones are small and
        # finish in a moment, so waiting for them leaves no orphan process behind.
        executor.shutdown(wait=True, cancel_futures=True)
