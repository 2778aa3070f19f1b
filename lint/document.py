"""Read bytes into a Document that keeps true offsets into the original file."""

from __future__ import annotations

import bisect
from typing import Any

from .model import LintError

FORMATS = ("markdown", "text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", ".text")
BOM = "\ufeff"


def format_for(path: str) -> str | None:
    lower = path.lower()
    if lower.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    return None


class Document:
    """An article. Offsets everywhere are code-point offsets into `text`.

    `text` is the decoded file without its byte-order mark; line endings are kept as they are,
    so offsets stay true to the file. Columns are 1-based code points after any BOM.
    """

    __slots__ = ("path", "text", "format", "front_matter", "front_matter_end",
                 "front_matter_offsets", "line_starts", "part")

    def __init__(
        self,
        path: str,
        text: str,
        format: str,
        front_matter: dict[str, Any] | None = None,
        front_matter_end: int = 0,
        front_matter_offsets: dict[str, int] | None = None,
        line_starts: tuple[int, ...] = (),
        part: int = 0,  # a very long file is checked in parts; parts after the first have no head
    ) -> None:
        self.path = path
        self.text = text
        self.format = format
        self.front_matter: dict[str, Any] = {} if front_matter is None else front_matter
        self.front_matter_end = front_matter_end
        self.front_matter_offsets: dict[str, int] = (
            {} if front_matter_offsets is None else front_matter_offsets)
        self.line_starts = line_starts
        self.part = part

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column - 1


def compute_line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return tuple(starts)


def decode(path: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise LintError(f"{path}: binary file, not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LintError(
            f"{path}: not valid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x})"
        ) from None
    return text[1:] if text.startswith(BOM) else text


def parse(path: str, text: str, fmt: str, part: int = 0) -> Document:
    """A Document; `part` > 0 is a later part of a long file (no front matter, no headline)."""
    from .frontmatter import split_front_matter

    fm, fm_end, fm_lines = split_front_matter(path, text) if part == 0 else ({}, 0, {})
    return Document(
        path=path,
        text=text,
        format=fmt,
        front_matter=fm,
        front_matter_end=fm_end,
        front_matter_offsets=fm_lines,
        line_starts=compute_line_starts(text),
        part=part,
    )


def read_path(path: str, fmt: str | None = None) -> Document:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise LintError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise LintError(f"{path}: no such file") from None
    except OSError as exc:
        raise LintError(f"{path}: cannot read: {exc.strerror}") from None
    return parse(path, decode(path, data), fmt or format_for(path) or "text")
