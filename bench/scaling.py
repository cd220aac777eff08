"""How cost grows: parse time against input size, bulk-CLI memory against document count.

    .venv/bin/python bench/scaling.py                 # sizes 4 KB .. 2 MB, 1k .. 100k documents
    .venv/bin/python bench/scaling.py --docs 1000 10000

Parse time per character should stay flat as one input grows (linear time), and the
peak memory of ``pressdoc parse DIR -o OUT`` should stay flat as the number of
documents grows (streaming: nothing is kept per document).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402 - the generator lives next to this script

import pressdoc  # noqa: E402

PRESSDOC = str(Path(sys.executable).parent / "pressdoc")

# The max RSS of the children of a wrapper process: pressdoc and its workers.
_MEASURE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def time_per_char(sizes: Sequence[int], repeat: int) -> list[tuple[int, float]]:
    """Median parse time per character of one input of each size."""
    text = "\n\n".join(corpus.releases(600))
    rows = []
    for size in sizes:
        sample = text[:size]
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            pressdoc.parse(sample)
            times.append(time.perf_counter() - started)
        rows.append((size, statistics.median(times) / size * 1e9))
    return rows


def bulk_memory(counts: Sequence[int], jobs: int) -> list[tuple[int, float, float]]:
    """Max RSS (MB) and wall time of `pressdoc parse DIR -o OUT -j N` on N small documents."""
    rows = []
    for count in counts:
        folder = Path(tempfile.mkdtemp(prefix="pressdoc-scaling-"))
        try:
            inputs = folder / "in"
            inputs.mkdir()
            for i in range(count):
                # Small releases keep 100k documents affordable; memory per
                # document, not per byte, is what this measures.
                (inputs / f"{i:06d}.txt").write_text(
                    f"Kelso Bakeries Adds Line {i}\n\nKelso Bakeries will hire {i} bakers by 2027.\n",
                    encoding="utf-8",
                )
            argv = [PRESSDOC, "parse", str(inputs), "-o", str(folder / "out.jsonl"), "-j", str(jobs)]
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", _MEASURE, *argv], check=True, capture_output=True, text=True
            )
            seconds = time.perf_counter() - started
            rows.append((count, int(done.stdout) / 1024, seconds))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print both tables."""
    parser = argparse.ArgumentParser(description="pressdoc scaling benchmarks")
    parser.add_argument("--sizes", type=int, nargs="+", default=[4_000, 64_000, 512_000, 2_000_000])
    parser.add_argument("--docs", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'input chars':>12} {'ns/char':>9}")
    for size, cost in time_per_char(args.sizes, args.repeat):
        print(f"{size:>12,} {cost:>9,.0f}")
    print(f"{'documents':>12} {'max RSS MB':>11} {'seconds':>8}   (pressdoc parse DIR -o OUT -j {args.jobs})")
    for count, rss, seconds in bulk_memory(args.docs, args.jobs):
        print(f"{count:>12,} {rss:>11.1f} {seconds:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
