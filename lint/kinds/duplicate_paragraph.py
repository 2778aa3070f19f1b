"""duplicate-paragraph: a paragraph that repeats an earlier one word for word, or nearly."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Hit
from ..schema import Option, integer, number
from .base import Context, Kind, Span

_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"(?:[^\w\s]|_|[ \t])+")  # "***", "___.", "- - -"


def shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    tokens = [w.lower() for w in _WORD.findall(text)]
    return frozenset(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def similarity(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


class DuplicateParagraphChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_words: int = options["min_words"]
        self.min_similarity: float = options["min_similarity"]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        """Compare paragraphs within a section: the entries of a live blog or a digest, set
        apart by separator lines, may each repeat a standing line such as a delegate count."""
        seen: list[tuple[int, frozenset[tuple[str, ...]]]] = []
        for start, end in spans:
            text = view[start:end]
            if text.strip() and _SEPARATOR.fullmatch(text):
                seen = []
                continue
            if len(_WORD.findall(text)) < self.min_words:
                continue
            mine = shingles(text)
            for first, theirs in seen:
                score = similarity(mine, theirs)
                if score >= self.min_similarity:
                    line = ctx.doc.position(first)[0]
                    yield Hit(start, end, {"match": text, "line": str(line),
                                           "similarity": f"{score:.0%}"})
                    break
            seen.append((start, mine))


KIND = Kind(
    name="duplicate-paragraph",
    summary="A paragraph that repeats an earlier paragraph exactly or nearly.",
    options={
        "min_words": Option(integer(1), 8, doc="Shorter paragraphs may repeat."),
        "min_similarity": Option(number, 0.85,
                                 doc="Least share of shared three-word sequences."),
    },
    build=DuplicateParagraphChecker,
    placeholders=frozenset({"match", "line", "similarity"}),
    scopes=("paragraph",),
    default_scope="paragraph",
)
