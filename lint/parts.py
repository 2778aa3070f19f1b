"""Very long files are checked in parts, so memory stays bounded whatever the file's size.

A part ends at a blank line (a paragraph boundary) near the size limit; each part is checked
as a document of its own, its findings are moved back to the file's lines and offsets, and the
file's suppression comments are applied to them all. Rules that look across a whole article
(one spelling per article, repeated paragraphs, readability of the whole) see one part at a
time: no news article is this long, so that is a fair price for a bounded run.
"""

from __future__ import annotations

from . import rx
from .model import Finding

PART_CHARS = 1_000_000
_BREAK = rx.compile(r"\n[^\S\n]*\n")


def boundaries(text: str, limit: int = PART_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the parts; every part but the first starts at the start of a line."""
    parts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        cut = -1
        for match in _BREAK.finditer(text, start + limit // 2, start + limit):
            cut = match.end()
        if cut < 0:
            newline = text.rfind("\n", start + 1, start + limit)
            cut = newline + 1 if newline >= 0 else start + limit
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts


def moved(finding: Finding, lines_before: int, offset: int) -> Finding:
    """A part's finding at its place in the whole file."""
    return finding._replace(line=finding.line + lines_before,
                            end_line=finding.end_line + lines_before,
                            start=finding.start + offset, end=finding.end + offset)
