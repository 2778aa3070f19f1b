"""Split YAML front matter off an article, keeping offsets true to the file."""

from __future__ import annotations

import re
from typing import Any

from . import rx
from .model import LintError

_OPEN = rx.compile(r"---[ \t]*\r?\n")
_CLOSE = rx.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any], int, dict[str, int]]:
    """Return (fields, end offset of the front matter block, field -> offset of its value)."""
    opened = _OPEN.match(text)
    if not opened:
        return {}, 0, {}
    closed = _CLOSE.search(text, opened.end())
    if not closed:
        return {}, 0, {}
    body = text[opened.end() : closed.start()]
    from . import yamlpos
    from .model import ConfigError

    try:
        located = yamlpos.load(path, body, line_offset=1, keep=False)
    except ConfigError as exc:
        where = f"{exc.path}:{exc.line}:{exc.column}"
        raise LintError(f"{where}: front matter: {exc.message}") from None
    if located.value is None:
        return {}, closed.end(), {}
    if not isinstance(located.value, dict):
        raise LintError(f"{path}:2:1: front matter must be a mapping of fields")
    starts = [0] + [m.end() for m in re.finditer("\n", body)]
    lines: dict[str, int] = {}
    for key in located.value:
        line, col = located.where((key,))
        lines[str(key)] = opened.end() + starts[line - 2] + col - 1
    return dict(located.value), closed.end(), lines
