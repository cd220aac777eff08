"""``pressdoc parse``: releases in, Article JSON out.

One file gives one Article JSON document on stdout.  Several files, a directory or
a glob give JSON Lines (stdout or ``-o``) or one file per release (``--out-dir``),
in input order, on ``-j`` processes.  A release that cannot be read or parsed is
reported and skipped; the others go on.  Output files appear whole or not at all.

Exit codes (see docs/cli.md): 0 every release parsed and written; 1 some release
failed (batch); 2 usage error, the one release of a single run failed, or output
could not be written; 130/143 interrupted by SIGINT/SIGTERM; 141 stdout closed.
"""

from __future__ import annotations

import argparse
import codecs
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Protocol

from pressdoc._atomic import AtomicFile, OutputError, check_output_folder
from pressdoc._io import DEFAULT_MAX_BYTES
from pressdoc._progress import Progress, wants_progress
from pressdoc.errors import PressdocError

if TYPE_CHECKING:
    # The parser and its regular expressions load only when a release is parsed,
    # so that `pressdoc --help` and `pressdoc validate` do not pay for them.
    from pressdoc._batch import Options, Outcome

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_ERROR = 2
EXIT_SIGINT = 130
EXIT_BROKEN_PIPE = 141
EXIT_SIGTERM = 143


class Interrupted(BaseException):
    """SIGINT or SIGTERM asked the run to stop (a BaseException, like KeyboardInterrupt)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _StopSignals:
    """SIGINT and SIGTERM as a request, acted on between documents.

    Raising from the handler itself would let the exception land anywhere,
    including in an at-fork hook or a weakref callback where Python prints and
    drops it; so the first signal only sets ``signum`` and the run checks it at a
    safe point.  A second signal raises at once, for a run stuck on one document.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self._previous: dict[int, object] = {}

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is not None:
            raise Interrupted(signum)
        self.signum = signum

    def install(self) -> None:
        """Take over SIGINT and SIGTERM (only the main thread may)."""
        if threading.current_thread() is not threading.main_thread():
            return
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous[signum] = signal.signal(signum, self._handle)

    def restore(self) -> None:
        """Put the previous handlers back."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)  # type: ignore[arg-type]
        self._previous.clear()

    def check(self) -> None:
        """Raise Interrupted if a signal has asked the run to stop."""
        if self.signum is not None:
            raise Interrupted(self.signum)


def _non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"expected a whole number >= 0, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``pressdoc parse``."""
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="release files, directories (every *.txt below them), glob patterns, or - for stdin",
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write JSON Lines (one Article per line) to OUT, created whole at the end",
    )
    out.add_argument(
        "--out-dir", metavar="DIR", help="write one NAME.json per release into DIR (which must exist)"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_non_negative,
        default=1,
        metavar="N",
        help="parse on N worker processes; 0 means one per CPU (default: 1)",
    )
    parser.add_argument(
        "--indent",
        type=_non_negative,
        default=None,
        metavar="N",
        help="pretty-print with N spaces (single document or --out-dir)",
    )
    parser.add_argument("--encoding", default="utf-8", help="text encoding of the input (default: utf-8)")
    parser.add_argument(
        "--errors",
        default="strict",
        choices=("strict", "replace"),
        help="what to do with bytes that are not valid in the encoding (default: strict)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_non_negative,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default: {DEFAULT_MAX_BYTES}, 20 MiB)",
    )
    # SUPPRESS: when absent here, a `pressdoc --debug parse` given before the
    # command must survive (a subparser default would overwrite it).
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the Python traceback of every error",
    )


class _Sink(Protocol):
    def write(self, outcome: Outcome) -> str | None: ...  # an error for this document, or None
    def commit(self) -> None: ...
    def discard(self) -> None: ...


def _stdout_error(exc: OSError) -> OutputError:
    msg = f"<stdout>: cannot write: {exc.strerror or exc}"
    return OutputError(msg)


class _StreamSink:
    """Writes each document as one line (or one document) to stdout."""

    def __init__(self) -> None:
        # JSON is UTF-8 (RFC 8259) whatever the locale says; a Latin-1 terminal
        # must not turn a quote in Greek into an encoding error.
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        if codecs.lookup(encoding).name != "utf-8":
            reconfigure = getattr(sys.stdout, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")

    def write(self, outcome: Outcome) -> str | None:
        assert outcome.json is not None
        try:
            sys.stdout.write(outcome.json)
            sys.stdout.write("\n")
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _stdout_error(exc) from exc
        return None

    def commit(self) -> None:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _stdout_error(exc) from exc

    def discard(self) -> None:
        """Lines already printed cannot be taken back."""


class _FileSink:
    """JSON Lines into a temporary file that becomes OUT only when the run ends."""

    def __init__(self, path: Path) -> None:
        self._file = AtomicFile(path)

    def write(self, outcome: Outcome) -> str | None:
        assert outcome.json is not None
        self._file.write(outcome.json + "\n")
        return None

    def commit(self) -> None:
        self._file.commit()

    def discard(self) -> None:
        self._file.discard()


class _DirSink:
    """One NAME.json per release, each written whole or not at all."""

    def __init__(self, folder: Path) -> None:
        check_output_folder(folder, str(folder))
        self._folder = folder
        # Output name -> the input that took it: two inputs must never silently
        # overwrite one another's output.
        self._taken: dict[str, str] = {}
        self._current: AtomicFile | None = None

    def write(self, outcome: Outcome) -> str | None:
        assert outcome.json is not None
        source = outcome.source
        target = self._folder / f"{source.name}.json"
        owner = self._taken.get(source.name)
        if owner is not None:
            return f"{source.path}: its output {target} was already written for {owner}; not overwritten"
        if target.parent != self._folder:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                msg = f"{target.parent}: cannot create the folder: {exc.strerror or exc}"
                raise OutputError(msg) from exc
        # Per-file fsync would make a 100k-release run crawl; the rename alone
        # already guarantees that no file is ever seen half-written.
        self._current = AtomicFile(target, fsync=False)
        self._current.write(outcome.json + "\n")
        self._current.commit()
        self._current = None
        self._taken[source.name] = source.path
        return None

    def commit(self) -> None:
        """Every file was committed as it was written."""

    def discard(self) -> None:
        if self._current is not None:
            self._current.discard()
            self._current = None


def _debug(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "debug", False))


def _options(args: argparse.Namespace) -> Options:
    from pressdoc._batch import Options

    return Options(
        encoding=args.encoding,
        errors=args.errors,
        max_bytes=args.max_bytes,
        indent=args.indent,
        debug=_debug(args),
    )


def _usage_problem(args: argparse.Namespace, batch: bool) -> str | None:
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        return f"unknown encoding {args.encoding!r}"
    jsonl = args.output is not None or (batch and args.out_dir is None)
    if args.indent is not None and jsonl:
        return "--indent cannot be used with JSON Lines output (several inputs or -o); use --out-dir"
    return None


def _sink(args: argparse.Namespace) -> _Sink:
    if args.out_dir is not None:
        return _DirSink(Path(args.out_dir))
    if args.output is not None and args.output != "-":
        return _FileSink(Path(args.output))
    return _StreamSink()


def _error(message: str) -> None:
    print(f"pressdoc: error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit; with the reader gone that would
    # print a second BrokenPipeError.  Point the descriptor at /dev/null instead.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


class _Run:
    """One ``pressdoc parse`` invocation: counts, progress and the output sink."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        from pressdoc._batch import is_batch

        self.batch = is_batch(args.files)
        self.parsed = 0
        self.failed = 0
        self.sink: _Sink | None = None
        self.progress = Progress(sys.stderr, None, enabled=False)
        self.stop = _StopSignals()
        self.started = time.perf_counter()

    def report(self, outcome: Outcome, message: str) -> None:
        self.progress.clear()
        _error(message)
        if _debug(self.args) and outcome.detail:
            sys.stderr.write(outcome.detail)
        self.failed += 1

    def outcomes(self) -> Iterator[Outcome]:
        jobs = self.args.jobs or os.cpu_count() or 1
        from pressdoc._batch import expand, run_ordered

        return run_ordered(expand(self.args.files), _options(self.args), jobs)

    def execute(self) -> int:
        problem = _usage_problem(self.args, self.batch)
        if problem is not None:
            _error(problem)
            return EXIT_ERROR
        self.sink = _sink(self.args)
        show = self.batch and wants_progress(sys.stderr)
        # Counting first costs one more directory walk, paid only for a bar.
        if show:
            from pressdoc._batch import expand

            total: int | None = sum(1 for _ in expand(self.args.files))
        else:
            total = None
        self.progress = Progress(sys.stderr, total, enabled=show)
        try:
            for outcome in self.outcomes():
                message = outcome.error
                if message is None:
                    message = self.sink.write(outcome)
                if message is None:
                    self.parsed += 1
                else:
                    self.report(outcome, message)
                self.progress.update(self.parsed + self.failed, self.failed)
                self.stop.check()
        except Exception:
            # Workers killed along with us by a group-wide SIGTERM break the
            # pool; that is the interrupt, not a second problem.
            self.stop.check()
            raise
        self.stop.check()
        self.progress.clear()
        if not self.batch and self.failed:
            # The one release failed: an empty output file would only mislead.
            self.abandon()
            return EXIT_ERROR
        self.sink.commit()
        self.sink = None
        if not self.batch:
            return EXIT_OK
        self.summary()
        return EXIT_FAILED if self.failed else EXIT_OK

    def summary(self, *, interrupted: bool = False) -> None:
        seconds = time.perf_counter() - self.started
        documents = self.parsed + self.failed
        noun = "document" if documents == 1 else "documents"
        counts = f"{self.parsed} parsed, {self.failed} failed"
        line = f"pressdoc: {documents} {noun}: {counts}, in {seconds:.2f} s"
        if interrupted:
            line += " (interrupted)"
        print(line, file=sys.stderr)

    def abandon(self) -> None:
        """Remove whatever output is still unfinished."""
        if self.sink is not None:
            self.sink.discard()
            self.sink = None


def _interrupted(run: _Run, signum: int) -> int:
    signame = signal.Signals(signum).name
    run.abandon()
    run.progress.clear()
    unfinished = ""
    if run.args.output not in (None, "-"):
        unfinished = f"; {run.args.output} was not written"
    elif run.args.out_dir is not None:
        unfinished = "; files already in the output folder are complete"
    print(f"pressdoc: interrupted by {signame}{unfinished}", file=sys.stderr)
    if run.batch:
        run.summary(interrupted=True)
    return 128 + signum


def run(args: argparse.Namespace) -> int:
    """Parse the releases named on the command line; return the exit code."""
    current = _Run(args)
    current.stop.install()
    try:
        return current.execute()
    except KeyboardInterrupt:
        return _interrupted(current, signal.SIGINT)
    except Interrupted as exc:
        return _interrupted(current, exc.signum)
    except BrokenPipeError:
        current.abandon()
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except PressdocError as exc:
        current.abandon()
        _error(str(exc))
        if _debug(args):
            traceback.print_exc()
        return EXIT_ERROR
    except Exception as exc:
        # Whatever escaped is a pressdoc bug, not the user's fault: one line by
        # default, the traceback on request.
        current.abandon()
        _error(
            f"unexpected {type(exc).__name__}: {exc} (a pressdoc bug; rerun with --debug for the traceback)"
        )
        if _debug(args):
            traceback.print_exc()
        return EXIT_ERROR
    finally:
        current.stop.restore()
