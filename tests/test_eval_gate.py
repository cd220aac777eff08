"""The evaluation gate: parse quality may not drop below the recorded floors.

Two corpora are scored with the shared scorer (``../shared/eval/score.py``):

- ``dev``: real published releases beside the project (``../shared/eval/dev``);
- ``own``: releases and news articles written for this project, with gold annotations
  in the same format (``tests/fixtures/releases``).

Where the scorer is absent the gate is skipped. The floors in ``eval_floors.json`` are
raised as the parser improves, so a drop shows in review as a failing test.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType

import pytest

import pressdoc

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CORPORA = {"dev": EVAL / "dev", "own": Path(__file__).parent / "fixtures" / "releases"}
FLOORS: dict[str, dict[str, float]] = json.loads(
    Path(__file__).with_name("eval_floors.json").read_text(encoding="utf-8")
)

pytestmark = pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="shared scorer not present")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pressdoc_eval_score", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_FIGURES: dict[str, dict[str, float]] = {}


def figures_for(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Parse a corpus in-process once and score it with the shared scorer."""
    if corpus not in _FIGURES:
        gold_dir = CORPORA[corpus]
        if not gold_dir.is_dir():
            pytest.skip(f"{gold_dir} not present")
        pred = tmp_path_factory.mktemp(f"pred-{corpus}")
        for text_path in sorted(gold_dir.glob("*.txt")):
            article = pressdoc.parse(text_path.read_text(encoding="utf-8"))
            (pred / f"{text_path.stem}.json").write_text(pressdoc.dumps(article), encoding="utf-8")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            _scorer().main(["--gold", str(gold_dir), "--pred", str(pred), "--json"])
        _FIGURES[corpus] = json.loads(out.getvalue())
    return _FIGURES[corpus]


@pytest.mark.parametrize(
    ("corpus", "metric"),
    [(corpus, metric) for corpus, floors in sorted(FLOORS.items()) for metric in sorted(floors)],
)
def test_metric_stays_above_its_floor(
    corpus: str, metric: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Each recorded figure is at least its floor."""
    value = figures_for(corpus, tmp_path_factory)[metric]
    assert value is not None
    assert value >= FLOORS[corpus][metric], f"{corpus} {metric} fell to {value:.3f}"


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_no_invented_datelines_and_no_failures(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No dateline is reported for a text that has none, and every text parses."""
    figures = figures_for(corpus, tmp_path_factory)
    assert figures["dateline_false"] == 0
    assert figures["failed"] == 0
