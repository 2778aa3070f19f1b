"""Expand the paths given on the command line into the articles to check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Callable

from .document import MARKDOWN_SUFFIXES, TEXT_SUFFIXES
from .model import LintError

ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".newslint_cache", "__pycache__"})


def expand(paths: list[str], excluded: Callable[[str], bool]) -> Iterator[str | LintError]:
    """Yield each article path, or a LintError for a path that cannot be used."""
    for path in paths:
        if os.path.isdir(path):
            found = False
            for article in _walk(path, excluded):
                found = True
                yield article
            if not found:
                yield LintError(f"{path}: no articles (.md, .markdown, .txt) found in directory")
        elif os.path.exists(path):
            if not excluded(path):
                yield path
        else:
            yield LintError(f"{path}: no such file or directory")


def _walk(root: str, excluded: Callable[[str], bool]) -> Iterator[str]:
    for current, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
                         and not excluded(os.path.join(current, d)))
        for name in sorted(names):
            if name.lower().endswith(ARTICLE_SUFFIXES):
                path = os.path.normpath(os.path.join(current, name))
                if not excluded(path):
                    yield path
