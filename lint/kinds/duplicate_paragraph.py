"""duplicate-paragraph: a paragraph that repeats an earlier one word for word, or nearly."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx
from ..model import Hit
from ..schema import Option, integer, number
from .base import Context, Kind, Span

_WORD = rx.compile(r"\w+")
_MAX_POSTINGS = 64  # keeps the work per paragraph bounded on pathological input
_SEPARATOR = rx.compile(r"(?:[^\w\s]|_|[ \t])+")  # "***", "___.", "- - -"
# A separator shows a mark: a line of format characters only (a zero-width space left by a
# layout) separates nothing.
_MARK = rx.compile(r"[^\w\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|_")


_SENTENCE_END = rx.compile(r"[.!?][\"'”’)\]]*[ \t]*$")


def _listing(tokens: Sequence[str], view: str, start: int, end: int) -> bool:
    """A list item, recipe line or table row: one word in four or more is a number, or one in
    eight and the paragraph (view[start:end]) ends without a full stop (a meal or a dose: "1 cup
    rice, ½ cup beans"). Such lines repeat in a plan or a schedule; copy pasted twice is prose."""
    numbers = sum(map(str.isnumeric, tokens))
    if 4 * numbers >= len(tokens):
        return True
    return 8 * numbers >= len(tokens) and not _SENTENCE_END.search(view[start:end])


def shingles(tokens: Sequence[str]) -> frozenset[int]:
    """Hashes of the three-word sequences of a paragraph (its only word, pair, when shorter)."""
    if len(tokens) < 3:
        return frozenset((hash(tuple(tokens)),))
    return frozenset(map(hash, zip(tokens, tokens[1:], tokens[2:])))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if a or b else 0.0


def prefix(items: frozenset[int], least: float) -> list[int]:
    """Prefix filtering: two sets whose Jaccard similarity is at least `least` share an item
    among the smallest len - floor(least * len) + 1 items of each."""
    return sorted(items)[: len(items) - int(least * len(items)) + 1]


class DuplicateParagraphChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_words: int = options["min_words"]
        self.min_similarity: float = options["min_similarity"]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        """Compare paragraphs within a section: the entries of a live blog or a digest, set
        apart by separator lines, may each repeat a standing line such as a delegate count.
        Each paragraph is compared only with the earlier ones that share a prefix shingle."""
        low = ctx.seg.lowered(view)
        seen: list[tuple[int, frozenset[int]]] = []
        index: dict[int, list[int]] = {}
        exact: dict[frozenset[int], int] = {}  # a paragraph's shingles -> where it first stood
        for start, end in spans:
            if _SEPARATOR.fullmatch(view, start, end) and _MARK.search(view, start, end):
                seen, index, exact = [], {}, {}
                continue
            tokens = _WORD.findall(low, start, end)
            if len(tokens) < self.min_words or _listing(tokens, view, start, end):
                continue
            mine = shingles(tokens)
            if mine in exact:  # the same words again: no need to compare, nor to index it
                line = ctx.doc.position(exact[mine])[0]
                yield Hit(start, end, {"match": view[start:end], "line": str(line),
                                       "similarity": "100%"})
                continue
            exact[mine] = start
            heads = prefix(mine, self.min_similarity)
            shared = [index[h] for h in heads if h in index]
            candidates = sorted({i for postings in shared for i in postings}) if shared else ()
            for i in candidates:
                first, theirs = seen[i]
                score = similarity(mine, theirs)
                if score >= self.min_similarity:
                    text = view[start:end]
                    line = ctx.doc.position(first)[0]
                    yield Hit(start, end, {"match": text, "line": str(line),
                                           "similarity": f"{score:.0%}"})
                    break
            number = len(seen)
            for h in heads:
                postings = index.get(h)
                if postings is None:
                    index[h] = [number]
                elif len(postings) < _MAX_POSTINGS:  # a shingle in that many is boilerplate
                    postings.append(number)
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
