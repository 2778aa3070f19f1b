"""Shared helpers: run the CLI in-process and reduce its output to `line:col rule` lists."""

from __future__ import annotations

import io
import os
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from lint.cli import main

_TEXT_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>\w+) \[(?P<rule>[^\]]+)\]")


class Run(NamedTuple):
    code: int
    out: str
    err: str

    def hits(self) -> list[str]:
        """Findings of a text report as `line:col rule`."""
        out = []
        for line in self.out.splitlines():
            match = _TEXT_LINE.match(line)
            assert match, f"not a finding line: {line!r}"
            out.append(f"{match['line']}:{match['col']} {match['rule']}")
        return out


class _Stdin(io.TextIOWrapper):
    pass


def make_stdin(data: bytes) -> io.TextIOWrapper:
    return _Stdin(io.BytesIO(data), encoding="utf-8")


def cli(*argv: str, stdin: bytes | None = None) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err,
                stdin=make_stdin(stdin) if stdin is not None else make_stdin(b""))
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "NEWSLINT_DEBUG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True, scope="session")
def _no_compile_cache() -> Iterator[None]:
    """Runs in tests never read or write the user's compiled-pattern and parsed-rule files
    (tests/test_compile_cache.py turns them on in a folder of its own). Session-wide, so that
    module-scoped fixtures that run newslint are covered too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLINT_NO_COMPILE_CACHE", "1")
        yield


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty article repository (its `.git` marks where config discovery stops)."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(base: Path, name: str, content: str | bytes) -> str:
    path = base / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return os.fspath(path.relative_to(base)) if base == Path.cwd() else os.fspath(path)


def rule_hits(repo: Path, text: str, *rules: str) -> list[str]:
    """`line:col rule` of an article checked in `repo`, only those of `rules` when given."""
    found = cli("check", "--no-cache", "--exit-zero", write(repo, "article.txt", text)).hits()
    return [hit for hit in found if not rules or hit.split()[1] in rules]


def attributed(text: str) -> list[bool]:
    """Whether each sentence of a plain-text article carries or inherits an attribution."""
    from lint.claimscore import analyse
    from lint.document import parse
    from lint.segment import Segments

    seg = Segments(parse("article.txt", text, "text"))
    return [info.attributed for info in analyse(seg.prose, seg.outside, seg.paragraphs)]


def random_patterns_find_what_re_finds(
    seed: int, make: Callable[[random.Random], str],
    build: Callable[[str, int], tuple[re.Pattern[str], bool]], alphabet: str, longest: int,
    count: int = 1500,
) -> int:
    """Compile `count` random patterns (`make`) with `build`, which returns the compiled
    pattern and whether it differs from re's, and assert that each finds what re finds, spans
    and groups, on random texts of `alphabet`. Returns how many `build` changed."""
    rng = random.Random(seed)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))
             for _ in range(30)]
    changed = 0
    for _ in range(count):
        pattern = make(rng)
        flags = rng.choice([0, 0, re.MULTILINE])
        compiled, differs = build(pattern, flags)
        changed += differs
        expected = re.compile(pattern, flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in compiled.finditer(text)] == [
                (m.span(), m.groups()) for m in expected.finditer(text)], (pattern, flags, text)
    return changed
