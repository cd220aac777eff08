"""The ``pressdoc-validate`` pre-commit hook declared in ``.pre-commit-hooks.yaml``.

The fast tests read the manifest and do in-process what pre-commit does with it: pick
the staged files its ``files`` pattern matches and run its ``entry`` on them. The slow
test runs the real ``pre-commit try-repo`` against this checkout (it needs the
``pre-commit`` package and an index to install pressdoc from).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pressdoc.cli import main
from tests.test_validate import article_dict

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def read_manifest(text: str) -> list[dict[str, object]]:
    """Parse the flat YAML subset the manifest uses: a list of mappings of scalars and [lists]."""
    hooks: list[dict[str, object]] = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        if line.startswith("- "):
            hooks.append({})
            line = "  " + line[2:]
        key, sep, value = line.strip().partition(": ")
        if not sep or not hooks or not line.startswith("  "):
            msg = f"unexpected manifest line {raw!r}"
            raise ValueError(msg)
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            hooks[-1][key] = [v.strip() for v in value[1:-1].split(",") if v.strip()]
        elif value in ("true", "false"):
            hooks[-1][key] = value == "true"
        else:
            hooks[-1][key] = value
    return hooks


def the_hook() -> dict[str, object]:
    """The pressdoc-validate entry of the manifest."""
    hooks = read_manifest(MANIFEST.read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h.get("id") == "pressdoc-validate"]
    return hook


def test_manifest_declares_the_hook() -> None:
    """The hook exists with the keys pre-commit requires, as a Python hook."""
    hook = the_hook()
    assert {"id", "name", "entry", "language"} <= hook.keys()
    assert hook["language"] == "python"


def test_manifest_is_what_pyyaml_reads_too() -> None:
    """The little parser above reads the manifest as a YAML parser does."""
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(MANIFEST.read_text(encoding="utf-8")) == read_manifest(
        MANIFEST.read_text(encoding="utf-8")
    )


def test_entry_is_an_installed_console_script() -> None:
    """The entry's command is the console script pyproject.toml installs."""
    command = shlex.split(str(the_hook()["entry"]))
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert command[:2] == ["pressdoc", "validate"]
    assert command[0] in scripts


@pytest.mark.parametrize(
    ("name", "selected"),
    [
        ("data/a.json", True),
        ("data/b.jsonl", True),
        ("c.ndjson", True),
        ("notes.txt", False),
        ("a.json.bak", False),
        ("a.jsonc", False),
    ],
)
def test_files_pattern(name: str, selected: bool) -> None:
    """The files pattern selects JSON and JSON Lines files only (pre-commit uses re.search)."""
    assert bool(re.search(str(the_hook()["files"]), name)) is selected


def _run_like_pre_commit(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    hook = the_hook()
    pattern = re.compile(str(hook["files"]))
    staged = sorted(str(p.relative_to(root)).replace(os.sep, "/") for p in root.rglob("*") if p.is_file())
    files = [f for f in staged if pattern.search(f)]
    args = shlex.split(str(hook["entry"]))[1:] + [str(a) for a in hook.get("args", [])]  # type: ignore[attr-defined]
    cwd = Path.cwd()
    os.chdir(root)
    try:
        code = main([*args, *files])
    finally:
        os.chdir(cwd)
    return code, capsys.readouterr().out


def test_hook_passes_valid_and_fails_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run as pre-commit would: valid documents pass (0), a broken one fails (1) naming it."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.json").write_text(json.dumps(article_dict()), encoding="utf-8")
    (tmp_path / "docs" / "b.jsonl").write_text(json.dumps(article_dict()) + "\n", encoding="utf-8")
    (tmp_path / "README.txt").write_text("{not json", encoding="utf-8")
    code, out = _run_like_pre_commit(tmp_path, capsys)
    assert code == 0
    assert out.startswith("ok: 2 files, 2 documents")

    broken = article_dict()
    broken["quotes"][0]["end"] += 1
    (tmp_path / "docs" / "b.jsonl").write_text(
        json.dumps(article_dict()) + "\n" + json.dumps(broken) + "\n", encoding="utf-8"
    )
    code, out = _run_like_pre_commit(tmp_path, capsys)
    assert code == 1
    assert out.startswith("docs/b.jsonl:2: $.quotes[0].text: text does not match source[")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=pressdoc tests", "-c", "user.email=tests@pressdoc.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.mark.slow
def test_pre_commit_try_repo(tmp_path: Path) -> None:
    """`pre-commit try-repo` on a scratch repository runs the hook from this checkout."""
    pre_commit = shutil.which("pre-commit") or shutil.which(
        "pre-commit", path=str(Path(sys.executable).parent)
    )
    if pre_commit is None or shutil.which("git") is None:
        pytest.skip("needs the pre-commit package and git")
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse"], capture_output=True, check=False).returncode:
        pytest.skip("the checkout is not a git repository")
    # try-repo on a clone: the committed hook and package, whatever else the working
    # tree holds (untracked files would not reach the hook's environment anyway).
    clone = tmp_path / "pressdoc"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, capture_output=True)
    repo = tmp_path / "scratch"
    repo.mkdir()
    (repo / "good.json").write_text(json.dumps(article_dict()), encoding="utf-8")
    broken = article_dict()
    broken["published"] = "2019-02-30"
    (repo / "bad.jsonl").write_text(json.dumps(broken) + "\n", encoding="utf-8")
    _git(repo, "init", "-q", ".")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "documents")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PRE_COMMIT_COLOR": "never"}

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [pre_commit, "try-repo", str(clone), "pressdoc-validate", "--files", *files],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )

    result = try_repo("good.json")
    if "Initializing environment" in result.stdout and result.returncode == 3:
        pytest.skip(f"pre-commit could not build the hook environment (offline?): {result.stdout[-500:]}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pressdoc validate" in result.stdout
    assert "Passed" in result.stdout
    result = try_repo("good.json", "bad.jsonl")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.jsonl:1: $.published:" in result.stdout
