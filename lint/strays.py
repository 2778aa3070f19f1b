"""Lines that may not belong to the story: their shape, place and distance from its topic.

Shared by the `insertions` rule kinds. Everything is computed once per document from the
segments (through `Context.shared`) and keeps absolute offsets into the document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from .segment import Segments

_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_CONTENT = re.compile(r"[^\W\d_]{3,}")
_HEADING = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]|>|[-*+][ \t]|\d+[.)][ \t]|\|)")
_BOLD_LINE = re.compile(r"^[ \t]*(?:\*\*|__)[^\n]*(?:\*\*|__)[ \t]*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,}(?:\([^)\n]*\))?[ \t]*[—–-]")
_BYLINE = re.compile(r"^(?:by|written by|reporting by|edited by)\b", re.IGNORECASE)
_END_PUNCT = frozenset(".,;:\"”’)]…—–-")
_SMALL = frozenset(
    "a an the of in on at to for and or but nor by with from as vs via into onto over per "
    "up out off is are be its it's than then so if".split()
)
_STOP = frozenset(
    """about above after again against all also and any are been before being below between
    both but can could did does doing down during each few for from further had has have
    having her here hers herself him himself his how into its itself just more most not now
    off once only other our ours out over own same she should some such than that the their
    theirs them themselves then there these they this those through too under until very was
    were what when where which while who whom why will with would you your yours yourself
    says said say new one two three first last year years time times like get gets make makes
    made people back still way many much even well week day today""".split()
)


class Line(NamedTuple):
    """One non-blank line of the body, with its paragraph and its place among paragraphs."""

    start: int
    end: int
    text: str
    paragraph: int  # index into Segments.paragraphs
    alone: bool  # the line is the whole paragraph


@dataclass(frozen=True)
class Layout:
    lines: tuple[Line, ...]
    paragraph_words: tuple[frozenset[str], ...]
    lede: int  # index of the lede paragraph, or len(paragraphs) when there is none
    protected: frozenset[int]  # line starts of the headline and byline


def stems(text: str) -> frozenset[str]:
    """Content words of a text, crudely stemmed, lower case."""
    out = set()
    for word in _CONTENT.findall(text):
        low = word.lower()
        if low not in _STOP:
            out.add(low[:5])
    return frozenset(out)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def title_ratio(text: str) -> float:
    """Share of the significant words that start with a capital letter or a digit."""
    significant = [w for w in words(text) if w.lower() not in _SMALL]
    if not significant:
        return 0.0
    capital = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capital / len(significant)


def is_structure(text: str) -> bool:
    """Markdown structure, bylines and datelines: never a stray line."""
    return bool(
        _HEADING.match(text) or _BOLD_LINE.match(text) or _DATELINE.match(text)
        or _BYLINE.match(text.strip())
    )


def label_like(text: str, min_words: int, max_words: int) -> bool:
    """A short line with no closing punctuation: shaped like a headline, caption or label."""
    stripped = text.strip()
    count = len(words(stripped))
    if not min_words <= count <= max_words or is_structure(text):
        return False
    last = stripped[-1]
    if last in _END_PUNCT:
        return False
    if last in "?!":
        return title_ratio(stripped) >= 0.8
    return True


def layout(seg: Segments) -> Layout:
    """Split the body into lines tagged with their paragraph; find the lede."""
    paragraphs = seg.paragraphs
    lines: list[Line] = []
    text = seg.doc.text
    for index, (start, end) in enumerate(paragraphs):
        for line in _lines_of(seg.prose, start, end, index):
            line_start = text.rfind("\n", 0, line.start) + 1
            if not is_structure(text[line_start : line.end]):
                lines.append(line)
    protected = frozenset(s[0] for s in (seg.headline, seg.byline) if s)
    lede_span = seg.lede
    lede = paragraphs.index(lede_span) if lede_span in paragraphs else len(paragraphs)
    return Layout(tuple(lines), tuple(stems(seg.prose[s:e]) for s, e in paragraphs), lede, protected)


def _lines_of(prose: str, start: int, end: int, index: int) -> Iterable[Line]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    while cursor < end:
        stop = prose.find("\n", cursor, end)
        stop = end if stop < 0 else stop
        text = prose[cursor:stop].rstrip()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            pieces.append((cursor + lead, cursor + len(text)))
        cursor = stop + 1
    for s, e in pieces:
        yield Line(s, e, prose[s:e], index, len(pieces) == 1)


def overlap(candidate: frozenset[str], context: Iterable[frozenset[str]]) -> float:
    """Share of the candidate's content words found in the context."""
    if not candidate:
        return 1.0
    pool: set[str] = set()
    for item in context:
        pool |= item
    return len(candidate & pool) / len(candidate)
