"""Find quotations in the source texts they quote from: verbatim, altered or absent.

Words are compared after normalising case, apostrophes, quotation marks, dashes and punctuation.
The sources' words are indexed once by their 3-grams (of light stems, so "inherits" meets
"inherited"). A quotation's 3-grams vote for where it starts in a source; when none is shared,
its rarer words vote instead. Only the best few candidate regions are aligned word by word with
difflib, so long sources stay fast.

News style allows an ellipsis (… or ...) for omitted words and [brackets] for the reporter's own
words: neither makes a quotation altered. A quotation is *altered* when, in the best source
region, at least 45% of its own words (not those in brackets) are found in order, and at least
35% in runs of two words or more (shared phrases, not only a shared topic's words), or at least
60% whatever the runs. Below that the quotation is a paraphrase at most, and *absent*: heavy
rewrites land there, as they should, since the speaker's words cannot be shown beside them.
"""

from __future__ import annotations

import bisect
import functools
import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from . import rx
from .document import compute_line_starts
from .model import LintError
from .quotations import first_words

if TYPE_CHECKING:
    from .kinds.base import Context

_TOKEN = rx.compile(r"\w+(?:['’]\w+)*")
_ELLIPSIS = rx.compile(r"…|\.\s?\.\s?\.")
_BRACKETS = rx.compile(r"\[[^\]\n]*\]")
_MAX_POSITIONS = 64  # a 3-gram or word found more often than this votes for nothing (the of the)
_BAND = 8  # rare-word votes are pooled over this many neighbouring start positions
_CANDIDATES = 3  # candidate regions aligned per quotation
_OMISSION = 100  # extra source words an ellipsis may stand for
_MIN_SIMILARITY = 0.45  # share of the quotation's own words found in order: below it, absent
_MIN_PHRASED = 0.35  # share found in runs of two words or more: below it, absent
_SURE_SIMILARITY = 0.6  # share of words found in order that is enough without runs
_CONTEXT = 1  # words of context either side of a difference
_SHOWN = 12  # words of a difference shown before an ellipsis
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "es", "s", "ly")
_SMALL_WORDS = frozenset(
    "a about all also an and any are as at be been but by can could did do does each for from "
    "had has have he her his i if in into is it its may might more most must no not of on one "
    "or other our she so some such than that the their them then there these they this those "
    "to under was we were what which who will with would you".split())


class Token(NamedTuple):
    word: str  # normalised: lower case, straight apostrophe
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(m.group(0).lower().replace("’", "'"), m.start(), m.end())
            for m in _TOKEN.finditer(text)]


def stem(word: str) -> str:
    """A light stem: enough for "inherits" to meet "inherited", not a morphology."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class Quote(NamedTuple):
    text: str
    tokens: list[Token]
    omissions: frozenset[int]  # token indices an ellipsis stands before (len(tokens): at the end)
    inserted: frozenset[int]  # token indices inside [brackets]: the reporter's words

    @classmethod
    def parse(cls, text: str) -> Quote:
        found = tokens(text)
        starts = [t.start for t in found]
        omissions = frozenset(bisect.bisect_left(starts, m.start())
                              for m in _ELLIPSIS.finditer(text))
        spans = [m.span() for m in _BRACKETS.finditer(text)]
        inserted = frozenset(i for i, t in enumerate(found)
                             if any(lo <= t.start < hi for lo, hi in spans))
        return cls(text, found, omissions, inserted)

    def tolerated(self, a1: int, a2: int) -> bool:
        """A difference news style allows: words omitted at an ellipsis, or [inserted]."""
        if a1 == a2:
            return a1 in self.omissions or (a1 - 1) in self.inserted or a1 in self.inserted
        return all(i in self.inserted for i in range(a1, a2))


class Source:
    """A source's words, normalised and stemmed; their offsets are found only when shown."""

    def __init__(self, path: str, text: str, stems: dict[str, str]) -> None:
        self.path, self.text = path, text
        self.words = [w.lower() for w in _TOKEN.findall(text.replace("’", "'"))]
        self.stems = [stems[w] if w in stems else stems.setdefault(w, stem(w))
                      for w in self.words]

    @functools.cached_property
    def tokens(self) -> list[Token]:
        return tokens(self.text)

    @functools.cached_property
    def line_starts(self) -> tuple[int, ...]:
        return compute_line_starts(self.text)

    def line_of(self, token: int) -> int:
        offset = self.tokens[token].start if self.tokens else 0
        return bisect.bisect_right(self.line_starts, offset)

    def show(self, lo: int, hi: int) -> str:
        if hi <= lo:
            return ""
        return first_words(self.text[self.tokens[lo].start : self.tokens[hi - 1].end], _SHOWN)


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


class Alignment(NamedTuple):
    matched: int  # the quotation's own words found in order
    phrased: int  # of which found in runs of two words or more
    s_index: int
    lo: int  # the source region aligned
    hi: int


class SourceIndex:
    """Stem 3-grams of every source, to positions; built once per run and document."""

    def __init__(self, sources: Sequence[tuple[str, str]]) -> None:
        stems: dict[str, str] = {}
        self.sources = [Source(path, text, stems) for path, text in sources]
        self.grams: defaultdict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for s_index, source in enumerate(self.sources):
            found = source.stems
            for i, gram in enumerate(zip(found, found[1:], found[2:])):
                self.grams[gram].append((s_index, i))

    @functools.cached_property
    def words(self) -> dict[str, list[tuple[int, int]]]:
        """Stems to positions: built only when a quotation shares no 3-gram with any source."""
        found: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for s_index, source in enumerate(self.sources):
            for i, word in enumerate(source.stems):
                found[word].append((s_index, i))
        return found

    def match(self, quote_text: str, min_words: int) -> Match | None:
        quote = Quote.parse(quote_text)
        if len(quote.tokens) < min_words:
            return None
        first, last = quote.tokens[0], quote.tokens[-1]
        shown = first_words(quote_text[first.start : last.end], 8)
        stems = [stem(t.word) for t in quote.tokens]
        best = max((self._align(stems, quote, s, start) for s, start in self._vote(stems)),
                   default=None)
        if best is None or not self._close(best, quote):
            return Match("absent", shown)
        return self._judge(quote, best, shown)

    def _vote(self, stems: list[str]) -> list[tuple[int, int]]:
        """Likely (source, start) pairs: shared 3-grams vote, else the quotation's rarer words."""
        votes: Counter[tuple[int, int]] = Counter()
        for j in range(len(stems) - 2):
            positions = self.grams.get((stems[j], stems[j + 1], stems[j + 2]), [])
            if len(positions) <= _MAX_POSITIONS:
                votes.update((s, p - j) for s, p in positions)
        if not votes:
            for j, word in enumerate(stems):
                positions = self.words.get(word, [])
                if word not in _SMALL_WORDS and len(positions) <= _MAX_POSITIONS:
                    votes.update((s, (p - j) // _BAND * _BAND) for s, p in positions)
        return [key for key, _ in votes.most_common(_CANDIDATES)]

    def _align(self, stems: list[str], quote: Quote, s_index: int, start: int) -> Alignment:
        src = self.sources[s_index].stems
        n = len(stems)
        lo = max(0, start - n)
        hi = min(len(src), start + 3 * n + _BAND + _OMISSION * len(quote.omissions))
        import difflib  # only when needed: not at start-up

        matcher = difflib.SequenceMatcher(None, stems, src[lo:hi], autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            return Alignment(0, 0, s_index, lo, lo)
        own = [(i, b.size > 1) for b in blocks for i in range(b.a, b.a + b.size)
               if i not in quote.inserted]
        b_lo = max(0, lo + blocks[0].b - blocks[0].a)
        b_hi = min(len(src), lo + blocks[-1].b + n - blocks[-1].a)
        mine = [w for i, w in enumerate(stems) if i not in quote.inserted]
        return Alignment(_common(mine, src[lo:hi]), sum(run for _, run in own), s_index,
                         b_lo, b_hi)

    @staticmethod
    def _close(found: Alignment, quote: Quote) -> bool:
        own = len(quote.tokens) - len(quote.inserted)
        return found.matched >= _SURE_SIMILARITY * own or (
            found.matched >= _MIN_SIMILARITY * own and found.phrased >= _MIN_PHRASED * own)

    def _judge(self, quote: Quote, found: Alignment, shown: str) -> Match:
        source = self.sources[found.s_index]
        words = [t.word for t in quote.tokens]
        src = source.words[found.lo : found.hi]
        diff = _differences(words, src, quote)
        if not diff:
            return Match("verbatim", shown, source.path)
        line = source.line_of(found.lo)
        a1, a2, b1, b2 = diff[0]
        quoted = " ".join(quote.text[quote.tokens[a1].start : quote.tokens[a2 - 1].end].split()
                          ) if a2 > a1 else ""
        original = source.show(found.lo + b1, found.lo + b2)
        rest = len(diff) - 1
        more = f" (and {rest} more difference{'s' if rest > 1 else ''})" if rest else ""
        return Match("altered", shown, source.path, line, quoted, original,
                     f"'{quoted}' → source has '{original}'{more}")


def _common(words: list[str], src: list[str]) -> int:
    """Length of the longest common subsequence (difflib's blocks can fall short of it)."""
    row = [0] * (len(src) + 1)
    for word in words:
        diagonal = 0
        for j, other in enumerate(src):
            diagonal, row[j + 1] = row[j + 1], (diagonal + 1 if word == other
                                                else max(row[j + 1], row[j]))
    return row[-1]


def _differences(words: list[str], src: list[str],
                 quote: Quote) -> list[tuple[int, int, int, int]]:
    """Differing chunks (quote lo, hi, source lo, hi), merged when close, with context."""
    import difflib  # only when needed: not at start-up

    ops = [op for op in difflib.SequenceMatcher(None, words, src, autojunk=False).get_opcodes()
           if op[0] != "equal" and not quote.tolerated(op[1], op[2])]
    chunks: list[tuple[int, int, int, int]] = []
    for _, a1, a2, b1, b2 in ops:
        if chunks and a1 - chunks[-1][1] <= 2:
            chunks[-1] = (chunks[-1][0], a2, chunks[-1][2], b2)
        else:
            chunks.append((a1, a2, b1, b2))
    return [(max(0, a1 - _CONTEXT), min(len(words), a2 + _CONTEXT),
             max(0, b1 - _CONTEXT), min(len(src), b2 + _CONTEXT)) for a1, a2, b1, b2 in chunks]


def index_for(ctx: Context) -> SourceIndex | None:
    """The sources given on the command line and in the article's front matter."""
    sources = list(ctx.settings.sources) + _front_matter_sources(ctx)
    return SourceIndex(sources) if sources else None


class UnreadableSource(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_source(path: str) -> str:
    """The text of a source file (UTF-8, a byte-order mark dropped), or UnreadableSource with
    the reason in a few words."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read()
    except FileNotFoundError:
        reason = "not found"
    except IsADirectoryError:
        reason = "is a directory"
    except UnicodeDecodeError as exc:
        reason = f"not valid UTF-8 at byte offset {exc.start}"
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
    raise UnreadableSource(reason)


def _front_matter_sources(ctx: Context) -> list[tuple[str, str]]:
    listed = ctx.doc.front_matter.get("sources")
    if listed is None:
        return []
    if isinstance(listed, str):
        listed = [listed]
    if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
        raise LintError(f"{_where(ctx, None)}: front matter 'sources' must be a list of file "
                        "paths")
    base = os.path.dirname(ctx.doc.path)
    out = []
    for name in listed:
        if "://" in name:
            raise LintError(f"{_where(ctx, name)}: source '{name}' listed in front matter is a "
                            "URL: newslint reads sources from files (save the text and list its "
                            "path)")
        path = os.path.join(base, name)
        ctx.reads.append(path)
        try:
            out.append((name, read_source(path)))
        except UnreadableSource as exc:
            raise LintError(f"{_where(ctx, name)}: source '{name}' listed in front matter: "
                            f"{exc.reason}") from None
    return out


def _where(ctx: Context, name: str | None) -> str:
    """The article's path with the line and column of a source it lists (`name`), or of its
    'sources' field, when known."""
    doc = ctx.doc
    at = doc.front_matter_offsets.get("sources")
    if at is None:
        return doc.path
    if name is not None:
        found = doc.text.find(name, at, doc.front_matter_end)
        at = found if found >= 0 else at
    line, column = doc.position(at)
    return f"{doc.path}:{line}:{column}"
