"""The evaluation gate: dev-set quality may not drop below the recorded floors.

The dev set of real releases lives outside the repository (``../shared/eval``); where
it is absent the gate is skipped. The floors in ``eval_floors.json`` are raised as the
parser improves, so a drop shows in review as a failing test and a changed number.
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
FLOORS = json.loads((Path(__file__).with_name("eval_floors.json")).read_text(encoding="utf-8"))
CEILINGS = {"dateline_false": 0}

pytestmark = pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="dev set not present")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pressdoc_eval_score", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Parse every dev text in-process and score the predictions with the shared scorer."""
    pred = tmp_path_factory.mktemp("pred")
    for text_path in sorted((EVAL / "dev").glob("*.txt")):
        article = pressdoc.parse(text_path.read_text(encoding="utf-8"))
        (pred / f"{text_path.stem}.json").write_text(pressdoc.dumps(article), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _scorer().main(["--gold", str(EVAL / "dev"), "--pred", str(pred), "--json"])
    result: dict[str, float] = json.loads(out.getvalue())
    return result


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_stays_above_its_floor(figures: dict[str, float], metric: str) -> None:
    """Each recorded dev-set figure is at least its floor."""
    assert figures[metric] is not None
    assert figures[metric] >= FLOORS[metric], f"{metric} fell to {figures[metric]:.3f}"


def test_no_invented_datelines(figures: dict[str, float]) -> None:
    """No dateline is reported for a release that has none."""
    assert figures["dateline_false"] <= CEILINGS["dateline_false"]


def test_no_file_fails_to_parse(figures: dict[str, float]) -> None:
    """Every dev text parses."""
    assert figures["failed"] == 0
