"""The real pre-commit runs this checkout's hook in a repository of articles.

pre-commit clones the committed HEAD of this checkout (uncommitted changes are not seen) and
pip-installs it, non-editable, into the hook's environment: the hook finding its rules there
also proves that the wheel ships `rules/` as `lint/_rules`.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                       reason="pre-commit is not installed (pip install '.[test]')"),
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout"),
]


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, text=True,
                          capture_output=True).stdout.strip()


def _pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": os.fspath(home), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color",
                           "never"], cwd=repo, env=env, text=True, capture_output=True,
                          timeout=600)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    head = _git(ROOT, "rev-parse", "HEAD")
    tracked = _git(ROOT, "ls-tree", "--name-only", "HEAD", ".pre-commit-hooks.yaml")
    if not tracked:
        pytest.skip(".pre-commit-hooks.yaml is not committed at HEAD")
    repo = tmp_path_factory.mktemp("articles")
    _git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head}\n    hooks:\n      - id: newslint\n",
        encoding="utf-8")
    return repo, tmp_path_factory.mktemp("pre-commit-home")


def test_hook_fails_on_a_defective_article_and_passes_on_a_clean_one(
    articles: tuple[Path, Path],
) -> None:
    repo, home = articles
    (repo / "story.md").write_text("The the council met.\n", encoding="utf-8")
    (repo / "notes.txt").write_text("Nothing wrong here.\n", encoding="utf-8")
    _git(repo, "add", ".")
    failed = _pre_commit(repo, home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert ("story.md:1:5: warning [style.repeated-word] 'The' is repeated: delete one."
            in failed.stdout)
    assert "notes.txt:" not in failed.stdout

    (repo / "story.md").write_text("The council met.\n", encoding="utf-8")
    _git(repo, "add", ".")
    passed = _pre_commit(repo, home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "newslint" in passed.stdout and "Passed" in passed.stdout
