"""pasted-headline: a headline-shaped line whose words the rest of the article never uses."""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from .. import strays
from ..model import Hit
from ..schema import Option, integer, number
from .base import Context, Kind, Span


class PastedHeadlineChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_words: int = options["min_words"]
        self.max_words: int = options["max_words"]
        self.max_overlap: float = options["max_overlap"]
        self.min_title_ratio: float = options["min_title_ratio"]

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
        if not strays.label_like(text, self.min_words, self.max_words):
            return None
        if strays.title_ratio(text) < self.min_title_ratio:
            return None
        mine = strays.stems(text)
        if len(mine) < 2:
            return None
        others = (w for i, w in enumerate(lay.paragraph_words) if i != line.paragraph)
        shared = strays.overlap(mine, others)
        if shared > self.max_overlap:
            return None
        return Hit(line.start, line.end, {"match": text.strip(), "shared": f"{shared:.0%}"})


KIND = Kind(
    name="pasted-headline",
    summary="A headline-shaped line that shares almost no content words with the article.",
    options={
        "min_words": Option(integer(1), 3, doc="Fewest words a headline-shaped line has."),
        "max_words": Option(integer(1), 16, doc="Most words a headline-shaped line has."),
        "max_overlap": Option(number, 0.25,
                              doc="Report when at most this share of the line's content words "
                                  "occurs elsewhere in the article."),
        "min_title_ratio": Option(number, 0.6,
                                  doc="Least share of capitalised significant words."),
    },
    build=PastedHeadlineChecker,
    placeholders=frozenset({"match", "shared"}),
    scopes=("document", "paragraph", "line"),
    default_scope="document",
)
