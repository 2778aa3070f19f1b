"""Lines that may not belong to the story: their shape, place and distance from its topic.

Shared by the `insertions` rule kinds. Everything is computed once per document from the
segments (through `Context.shared`) and keeps absolute offsets into the document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from .segment import Segments

_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_CONTENT = re.compile(r"[^\W\d_]{3,}")
_HEADING = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]|>|[-*+][ \t]|\d+[.)][ \t]|\|)")
_BOLD_LINE = re.compile(r"^[ \t]*(?:\*\*|__)[^\n]*(?:\*\*|__)[ \t]*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,}(?:\([^)\n]*\))?[ \t]*[—–-]")
_BYLINE = re.compile(r"^(?:by|written by|reporting by|edited by)\b", re.IGNORECASE)
_END_PUNCT = frozenset(".,;:\"'”’)]…—–-")
_DANGLING = frozenset("a an the of to for as and or but with in on at by from that than".split())
_QUOTE_END = frozenset("\"'”’")
PROSE_END = re.compile(r"[.!?][\"'”’)]?[ \t]*$")  # a line that ends like a sentence
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
    made people back still way many much even well week day today know knows want wants
    look looks looking think thing things need needs best good great better really going
    just every never ever always something anything everything nothing right left little
    long big small thing told tell take takes took give gives gave come comes came show
    shows find found keep help part place put see seen seems use used work works""".split()
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
    bodies: tuple[str, ...]  # the text of each paragraph in the prose view
    paragraph_spans: tuple[tuple[int, int], ...]
    paragraph_sizes: tuple[int, ...]  # words per paragraph
    paragraph_leads: tuple[bool, ...]  # the paragraph ends with a colon: it introduces the next
    paragraph_labels: tuple[bool, ...]  # the paragraph is one short label-like line
    lede: int  # index of the lede paragraph, or len(paragraphs) when there is none
    protected: frozenset[int]  # line starts of the headline and byline

    @cached_property
    def paragraph_words(self) -> tuple[frozenset[str], ...]:
        """Content stems of each paragraph, computed when a candidate line needs them."""
        return tuple(stems(b) for b in self.bodies)


def stems(text: str) -> frozenset[str]:
    """Content words of a text, crudely stemmed, lower case."""
    return frozenset({w[:5] for w in _CONTENT.findall(text.lower()) if w not in _STOP})


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
    if not stripped:
        return False
    last = stripped[-1]
    if last in _QUOTE_END:
        if stripped[-2:-1] in _END_PUNCT:
            return False  # a quoted sentence
    elif last in _END_PUNCT:
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"'“‘("):
        return False  # a fragment of a broken sentence, not a line of its own
    count = len(words(stripped))
    if not min_words <= count <= max_words or is_structure(text):
        return False
    if stripped.split()[-1].lower() in _DANGLING:
        return False
    return last not in "?!" or title_ratio(stripped) >= 0.8


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
    bodies = [seg.prose[s:e] for s, e in paragraphs]
    return Layout(
        lines=tuple(lines),
        bodies=tuple(bodies),
        paragraph_spans=tuple(paragraphs),
        paragraph_sizes=tuple(len(b.split()) for b in bodies),
        paragraph_leads=tuple(b.rstrip().endswith(":") for b in bodies),
        paragraph_labels=tuple("\n" not in b and label_like(b, 1, 16) for b in bodies),
        lede=lede,
        protected=protected,
    )


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


def neighbours(lay: Layout, paragraph: int) -> list[int]:
    return [i for i in (paragraph - 1, paragraph + 1) if 0 <= i < len(lay.paragraph_sizes)]


def isolated(lay: Layout, paragraph: int) -> bool:
    """The paragraph stands between full paragraphs, not in a list and not after a lead-in."""
    if paragraph > 0 and lay.paragraph_leads[paragraph - 1]:
        return False
    return not any(lay.paragraph_labels[i] for i in neighbours(lay, paragraph))
