"""Split front matter off an article, keeping offsets true to the file.

Front matter is YAML between ``---`` lines (Jekyll, Eleventy, most static site generators) or
TOML between ``+++`` lines (Hugo, Zola). The parser is imported only for a file that has it.
"""

from __future__ import annotations

import re
from typing import Any

from . import rx
from .model import LintError

_OPEN = rx.compile(r"---[ \t]*\r?\n")
_CLOSE = rx.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_TOML_OPEN = rx.compile(r"\+\+\+[ \t]*\r?\n")
_TOML_CLOSE = rx.compile(r"^\+\+\+[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
# A top-level key and the "=" after it: bare or quoted (not dotted: "a.b" is a table's key).
_TOML_KEY = rx.compile(r"[ \t]*(?:\"((?:[^\"\\\r\n]|\\.)*)\"|'([^'\r\n]*)'|([A-Za-z0-9_-]+))"
                       r"[ \t]*=[ \t]*")
_TOML_TABLE = rx.compile(r"[ \t]*\[")
_TOML_WHERE = rx.compile(r"\(at line (\d+), column (\d+)\)\s*$")
# Past this many key lines the rest of the keys get no offset (each is checked by parsing the
# text before it): a headline or sources list comes in the first few.
_MAX_KEY_LINES = 200
# The most text parsed again, all told, to place the keys of one front matter: front matter of
# megabytes costs no more than this.
_MAX_CHECKED_CHARS = 500_000


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any], int, dict[str, int]]:
    """Return (fields, end offset of the front matter block, field -> offset of its value)."""
    opened = _OPEN.match(text)
    if not opened:
        opened = _TOML_OPEN.match(text)
        closed = _TOML_CLOSE.search(text, opened.end()) if opened else None
        if not opened or not closed:
            return {}, 0, {}
        body = text[opened.end() : closed.start()]
        fields, offsets = _toml(path, body)
        return fields, closed.end(), {key: opened.end() + at for key, at in offsets.items()}
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


def _toml(path: str, body: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The fields of TOML front matter (`body`, from the file's second line) and the offset in
    `body` of each top-level field's value."""
    try:
        import tomllib  # type: ignore[import-not-found,unused-ignore]
    except ModuleNotFoundError:  # Python before 3.11
        import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]

    try:
        fields: dict[str, Any] = tomllib.loads(body)
    except tomllib.TOMLDecodeError as exc:
        line, column, message = _toml_error(exc, body)
        raise LintError(f"{path}:{line + 1}:{column}: front matter: invalid TOML: "
                        f"{message[:1].lower()}{message[1:]}") from None

    budget = _MAX_CHECKED_CHARS

    def statement_starts(at: int) -> bool:
        """Whether `body` up to `at` is whole TOML: what follows is a statement of its own,
        not a line inside a multi-line string or array. Past the budget of text parsed for
        this, a line that opens without indentation is taken to be one."""
        nonlocal budget
        if at > budget:
            return body[at : at + 1] not in (" ", "\t")
        budget -= at
        try:
            tomllib.loads(body[:at])
        except tomllib.TOMLDecodeError:
            return False
        return True

    offsets: dict[str, int] = {}
    tried = 0
    at = 0
    while at < len(body) and tried < _MAX_KEY_LINES:
        key = _TOML_KEY.match(body, at)
        if key is not None:
            name = next(g for g in key.groups() if g is not None)
            if name in fields and name not in offsets:
                tried += 1
                if statement_starts(at):
                    offsets[name] = key.end()
        elif _TOML_TABLE.match(body, at):
            tried += 1
            if statement_starts(at):
                break  # a [table]: the keys below it are not top-level fields
        end = body.find("\n", at)
        at = len(body) if end < 0 else end + 1
    return fields, offsets


def _toml_error(exc: Exception, body: str) -> tuple[int, int, str]:
    """Line and column in `body` (1-based) and message of a TOML decoding error."""
    line, column, message = (getattr(exc, name, None) for name in ("lineno", "colno", "msg"))
    if isinstance(line, int) and isinstance(column, int) and message:  # Python 3.14's error
        return line, column, str(message)
    text = str(exc)
    found = _TOML_WHERE.search(text)
    if found:  # "Invalid value (at line 2, column 9)"
        return int(found.group(1)), int(found.group(2)), text[: found.start()].rstrip()
    # "(at end of document)"
    return (body.count("\n") + 1, len(body) - body.rfind("\n"),
            re.sub(r"\s*\(at end of document\)\s*$", "", text))
