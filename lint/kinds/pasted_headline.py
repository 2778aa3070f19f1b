"""pasted-headline: a headline-shaped line whose words the rest of the article never uses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import strays
from ..model import Hit
from ..schema import Option, integer, number, regex_list
from .base import Context, Kind, Span, compile_patterns


class PastedHeadlineChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_words: int = options["min_words"]
        self.max_words: int = options["max_words"]
        self.max_overlap: float = options["max_overlap"]
        self.min_title_ratio: float = options["min_title_ratio"]
        self.max_overlap_plain: float = options["max_overlap_plain"]
        self.long_words: int = options["long_words"]
        self.max_overlap_long: float = options["max_overlap_long"]
        self.exceptions = compile_patterns(options["exceptions"], ignorecase=True, words=True)

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        lay: strays.Layout = ctx.shared("strays.layout", lambda: strays.layout(ctx.seg))
        for line in lay.lines:
            if not any(s <= line.start < e for s, e in spans):
                continue
            hit = self._judge(lay, line, view)
            if hit:
                yield hit

    def _judge(self, lay: strays.Layout, line: strays.Line, view: str) -> Hit | None:
        text = view[line.start : line.end]
        if line.start in lay.protected or not line.alone or not text.strip():
            return None
        if self.exceptions.match(text.strip()):
            return None
        if not strays.label_like(text, self.min_words, self.max_words):
            return None
        mine = strays.stems(text)
        if len(mine) < 2 or not strays.isolated(lay, line.paragraph):
            return None
        others = (w for i, w in enumerate(lay.paragraph_words) if i != line.paragraph)
        shared = strays.overlap(mine, others)
        if shared > self._limit(text):
            return None
        return Hit(line.start, line.end, {"match": text.strip(), "shared": f"{shared:.0%}"})

    def _limit(self, text: str) -> float:
        """How much of its vocabulary a line may share with the article and still be foreign."""
        if strays.title_ratio(text) < self.min_title_ratio:
            return self.max_overlap_plain
        if len(strays.words(text)) >= self.long_words:
            return self.max_overlap_long
        return self.max_overlap


KIND = Kind(
    name="pasted-headline",
    summary="A headline-shaped line that shares almost no content words with the article.",
    options={
        "min_words": Option(integer(1), 3, doc="Fewest words a headline-shaped line has."),
        "max_words": Option(integer(1), 16, doc="Most words a headline-shaped line has."),
        "max_overlap": Option(number, 0.5,
                              doc="Report when at most this share of the line's content words "
                                  "occurs elsewhere in the article."),
        "min_title_ratio": Option(number, 0.6,
                                  doc="Least share of capitalised significant words of a "
                                      "title-case line."),
        "max_overlap_plain": Option(number, 0.34,
                                    doc="max_overlap for a line in sentence case."),
        "long_words": Option(integer(1), 7,
                             doc="A title-case line this long is headline-like by shape alone."),
        "max_overlap_long": Option(number, 0.8, doc="max_overlap for a long title-case line."),
        "exceptions": Option(regex_list, (),
                             doc="Lines that open with one of these are left to other rules."),
    },
    build=PastedHeadlineChecker,
    placeholders=frozenset({"match", "shared"}),
    scopes=("document", "paragraph", "line"),
    default_scope="document",
)
