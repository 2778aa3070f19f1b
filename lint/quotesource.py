"""Find quotations in the source texts they quote from: verbatim, altered or absent.

The sources' words are indexed once by their 3-grams. A quotation's 3-grams vote for where it
starts in a source; only the best candidate region is then aligned word by word with difflib,
so long sources stay fast.
"""

from __future__ import annotations

import difflib
import os
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from .document import compute_line_starts
from .model import LintError

if TYPE_CHECKING:
    from .kinds.base import Context

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_GRAM = 3
_MAX_POSITIONS = 64  # a 3-gram found more often than this votes for nothing (the of the)
_MIN_SIMILARITY = 0.5
_CONTEXT = 1  # words of context either side of a difference


class Token(NamedTuple):
    word: str  # normalised: lower case, straight apostrophe
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(m.group(0).lower().replace("’", "'"), m.start(), m.end())
            for m in _TOKEN.finditer(text)]


class Source(NamedTuple):
    path: str
    text: str
    tokens: list[Token]
    line_starts: tuple[int, ...]

    def line_of(self, token: int) -> int:
        import bisect

        offset = self.tokens[token].start if self.tokens else 0
        return bisect.bisect_right(self.line_starts, offset)

    def words(self, lo: int, hi: int) -> str:
        if hi <= lo:
            return ""
        return " ".join(self.text[self.tokens[lo].start : self.tokens[hi - 1].end].split())


class Match(NamedTuple):
    verdict: str  # "verbatim", "altered" or "absent"
    quote: str
    source: str = ""
    line: int = 0
    quoted: str = ""
    original: str = ""
    diff: str = ""

    def values(self) -> dict[str, str]:
        return {"quote": self.quote, "source": self.source, "line": str(self.line),
                "quoted": self.quoted, "original": self.original, "diff": self.diff}


class SourceIndex:
    """Word 3-grams of every source, to positions; built once per run and document."""

    def __init__(self, sources: Sequence[tuple[str, str]]) -> None:
        self.sources = [Source(p, t, tokens(t), compute_line_starts(t)) for p, t in sources]
        self.grams: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for s_index, source in enumerate(self.sources):
            words = [t.word for t in source.tokens]
            for i in range(len(words) - _GRAM + 1):
                self.grams.setdefault(tuple(words[i : i + _GRAM]), []).append((s_index, i))

    def match(self, quote_text: str, min_words: int) -> Match | None:
        quote = tokens(quote_text)
        if len(quote) < min_words:
            return None
        words = [t.word for t in quote]
        shown = " ".join(quote_text[quote[0].start : quote[-1].end].split()[:8])
        candidate = self._vote(words)
        if candidate is None:
            return Match("absent", shown)
        s_index, start = candidate
        return self._align(words, quote_text, quote, s_index, start, shown)

    def _vote(self, words: list[str]) -> tuple[int, int] | None:
        votes: Counter[tuple[int, int]] = Counter()
        for j in range(len(words) - _GRAM + 1):
            positions = self.grams.get(tuple(words[j : j + _GRAM]), [])
            if len(positions) <= _MAX_POSITIONS:
                votes.update((s, p - j) for s, p in positions)
        if not votes:
            return self._vote_words(words)
        return votes.most_common(1)[0][0]

    def _vote_words(self, words: list[str]) -> tuple[int, int] | None:
        """Short or heavily altered quotations: fall back to 2-grams in a linear scan."""
        pairs = set(zip(words, words[1:]))
        best: tuple[int, int, int] | None = None
        for s_index, source in enumerate(self.sources):
            src = [t.word for t in source.tokens]
            hits = [i for i in range(len(src) - 1) if (src[i], src[i + 1]) in pairs]
            if hits and (best is None or len(hits) > best[0]):
                best = (len(hits), s_index, hits[0])
        return (best[1], best[2]) if best and best[0] >= 2 else None

    def _align(self, words: list[str], quote_text: str, quote: list[Token], s_index: int,
               start: int, shown: str) -> Match:
        source = self.sources[s_index]
        src = [t.word for t in source.tokens]
        slack = len(words)
        lo, hi = max(0, start - slack), min(len(src), start + 2 * len(words) + slack)
        matcher = difflib.SequenceMatcher(None, words, src[lo:hi], autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        matched = sum(b.size for b in blocks)
        if not blocks or matched / len(words) < _MIN_SIMILARITY:
            return Match("absent", shown)
        b_lo = max(0, lo + blocks[0].b - blocks[0].a)
        last = blocks[-1]
        b_hi = min(len(src), lo + last.b + len(words) - last.a)
        if src[b_lo:b_hi] == words:
            return Match("verbatim", shown, source.path, source.line_of(b_lo))
        diff = _differences(words, src[b_lo:b_hi])
        quoted, original = _describe(diff, quote_text, quote, source, b_lo)
        return Match("altered", shown, source.path, source.line_of(b_lo), quoted, original,
                     f"'{quoted}' → source has '{original}'")


def _differences(words: list[str], src: list[str]) -> list[tuple[int, int, int, int]]:
    """Differing chunks (quote lo, hi, source lo, hi), merged when close, with context."""
    ops = [op for op in difflib.SequenceMatcher(None, words, src, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    chunks: list[tuple[int, int, int, int]] = []
    for _, a1, a2, b1, b2 in ops:
        if chunks and a1 - chunks[-1][1] <= 2:
            chunks[-1] = (chunks[-1][0], a2, chunks[-1][2], b2)
        else:
            chunks.append((a1, a2, b1, b2))
    return [(max(0, a1 - _CONTEXT), min(len(words), a2 + _CONTEXT),
             max(0, b1 - _CONTEXT), min(len(src), b2 + _CONTEXT)) for a1, a2, b1, b2 in chunks]


def _describe(diff: list[tuple[int, int, int, int]], quote_text: str, quote: list[Token],
              source: Source, base: int) -> tuple[str, str]:
    a1, a2, b1, b2 = diff[0]
    quoted = " ".join(quote_text[quote[a1].start : quote[a2 - 1].end].split()) if a2 > a1 else ""
    return quoted, source.words(base + b1, base + b2)


def index_for(ctx: Context) -> SourceIndex | None:
    """The sources given on the command line and in the article's front matter."""
    sources = list(ctx.settings.sources) + _front_matter_sources(ctx)
    return SourceIndex(sources) if sources else None


def _front_matter_sources(ctx: Context) -> list[tuple[str, str]]:
    listed = ctx.doc.front_matter.get("sources")
    if listed is None:
        return []
    if isinstance(listed, str):
        listed = [listed]
    if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
        raise LintError(f"{ctx.doc.path}: front matter 'sources' must be a list of file paths")
    base = os.path.dirname(ctx.doc.path)
    out = []
    for name in listed:
        path = os.path.join(base, name)
        try:
            ctx.reads.append(path)
            with open(path, encoding="utf-8-sig") as handle:
                out.append((name, handle.read()))
        except (OSError, UnicodeDecodeError) as exc:
            reason = "not found" if isinstance(exc, FileNotFoundError) else str(exc)
            message = f"{ctx.doc.path}: source '{name}' listed in front matter: {reason}"
            raise LintError(message) from None
    return out
