"""Where parse time goes: CPU time per release of each pipeline stage.

    .venv/bin/python bench/stages.py                   # generated corpus, 300 releases
    .venv/bin/python bench/stages.py --corpus DIR      # your own folder of .txt releases

Runs the stages exactly as ``pressdoc.parse`` wires them, timing each one with this
process's CPU clock, and prints the median over ``--repeat`` passes of the corpus:
milliseconds per release and each stage's share of the whole.  It also prints how
dense the corpus is (paragraphs, quotes and commitments per KB), because the cost of
the quote and commitment stages grows with what there is to find.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402 - the generator lives next to this script

from pressdoc._commitments import find_commitments  # noqa: E402
from pressdoc._header import read_header  # noqa: E402
from pressdoc._model import Article  # noqa: E402
from pressdoc._quotes import find_quotes  # noqa: E402
from pressdoc._segment import segment  # noqa: E402
from pressdoc._text import TextView  # noqa: E402

STAGES = ("normalize", "segment", "header", "quotes", "commitments", "assemble")


def _timed(totals: dict[str, float], stage: str, work: Callable[[], Any]) -> Any:
    started = time.process_time()
    result = work()
    totals[stage] += time.process_time() - started
    return result


def one_pass(texts: Sequence[str]) -> dict[str, float]:
    """CPU seconds spent in each stage over one pass of ``texts``."""
    totals = dict.fromkeys(STAGES, 0.0)
    for source in texts:
        view = _timed(totals, "normalize", lambda s=source: TextView(s))
        paragraphs = _timed(totals, "segment", lambda v=view: segment(v))
        header = _timed(totals, "header", lambda v=view, p=paragraphs: read_header(v, p))
        quotes = _timed(totals, "quotes", lambda v=view, h=header: find_quotes(v, h.paragraphs, h))
        commitments = _timed(
            totals,
            "commitments",
            lambda v=view, h=header, q=quotes: find_commitments(v, h.paragraphs, q, h),
        )
        _timed(
            totals,
            "assemble",
            lambda s=source, h=header, q=quotes, c=commitments: Article(
                source=s,
                title=h.title,
                dateline=h.dateline,
                published=h.published,
                paragraphs=h.paragraphs,
                quotes=q,
                commitments=c,
                contacts=h.contacts,
            ),
        )
    return totals


def density(texts: Sequence[str]) -> dict[str, float]:
    """Paragraphs, quotes and commitments per KB of text, as the parser finds them."""
    import pressdoc

    kilobytes = sum(len(t.encode("utf-8")) for t in texts) / 1000
    articles = [pressdoc.parse(t) for t in texts]
    return {
        "kb_per_release": kilobytes / len(texts),
        "paragraphs_per_kb": sum(len(a.paragraphs) for a in articles) / kilobytes,
        "quotes_per_kb": sum(len(a.quotes) for a in articles) / kilobytes,
        "commitments_per_kb": sum(len(a.commitments) for a in articles) / kilobytes,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print each stage's CPU time per release and share of the parse."""
    parser = argparse.ArgumentParser(description="pressdoc parse time by stage")
    parser.add_argument("--corpus", type=Path, help="folder of .txt releases (default: generate)")
    parser.add_argument("--count", type=int, default=300, help="releases to generate (default: 300)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus; the median is kept")
    args = parser.parse_args(argv)
    if args.corpus is None:
        texts = list(corpus.releases(args.count, seed=0))
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.rglob("*.txt"))]
        if not texts:
            sys.exit(f"stages: no .txt files in {args.corpus}")
    one_pass(texts[:20])  # warm-up: imports, regex compilation, caches
    passes = [one_pass(texts) for _ in range(args.repeat)]
    per_stage = {stage: statistics.median(p[stage] for p in passes) / len(texts) for stage in STAGES}
    whole = sum(per_stage.values())
    d = density(texts)
    print(
        f"{len(texts)} releases, {d['kb_per_release']:.1f} KB each; per KB: "
        f"{d['paragraphs_per_kb']:.1f} paragraphs, {d['quotes_per_kb']:.2f} quotes, "
        f"{d['commitments_per_kb']:.2f} commitments"
    )
    for stage in STAGES:
        print(f"{stage:<12} {per_stage[stage] * 1e3:7.3f} ms  {per_stage[stage] / whole:6.1%}")
    print(f"{'parse':<12} {whole * 1e3:7.3f} ms  = {1 / whole:,.0f} releases/s on one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
