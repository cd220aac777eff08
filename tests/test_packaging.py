"""The built wheel works on its own: schemas inside, CLI installed, no checkout needed."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel once from a copy of the project."""
    out = tmp_path_factory.mktemp("dist")
    # No isolation: the build backend comes from the test environment, not the network.
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("pressdoc-*.whl")
    return built


def test_wheel_contains_schemas_and_marker(wheel: Path) -> None:
    """The schemas and py.typed travel inside the wheel."""
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "pressdoc/schemas/article.schema.json" in names
    assert "pressdoc/py.typed" in names
    assert "pressdoc/examples/acme-solar.txt" in names


def test_installed_wheel_parses_and_validates(wheel: Path, tmp_path: Path) -> None:
    """In a fresh venv, away from the source tree, parse + validate work from the wheel."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Dependencies come from the running interpreter's site-packages, so the test
    # needs no network; the wheel itself must carry everything pressdoc adds.
    site = [p for p in sys.path if p.endswith("site-packages")]
    script = (
        "import sys, json; sys.path.extend(json.loads(sys.argv[1]));"
        "import pressdoc, pressdoc._schemas as s;"
        "assert pressdoc.__file__.startswith(sys.argv[2]), pressdoc.__file__;"
        "from importlib.resources import files;"
        "a = pressdoc.parse((files('pressdoc') / 'examples' / 'acme-solar.txt').read_text('utf-8'));"
        "pressdoc.validate(pressdoc.to_dict(a));"
        "assert (files('pressdoc') / 'schemas').is_dir();"
        "print(a.title)"
    )
    done = subprocess.run(
        [str(python), "-I", "-c", script, json.dumps(site), str(env_dir.resolve())],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
