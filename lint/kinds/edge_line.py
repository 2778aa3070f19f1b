"""edge-line: a prompt or a bare address before the story's first paragraph or after its last.

"Follow us on Instagram", "Listen to the show live", a lone web or e-mail address: page
furniture sits at the edges of a web page's story and is copied with it. The same words inside
the story may be part of it (a report on a social network quotes its prompts), so the kind only
looks before the first and after the last paragraph of the story: a long prose paragraph that
shares words with the rest of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx, strays
from ..model import Hit
from ..schema import Option, integer, number, regex_list
from .base import Context, Kind, Span, compile_patterns


class EdgeLineChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_story_words: int = options["min_story_words"]
        self.min_shared: float = options["min_shared"]
        self.max_lines: int = options["max_lines"]
        body = compile_patterns(options["patterns"], ignorecase=True, words=False).pattern
        # the whole line, or the whole line inside Markdown emphasis ("*Follow us on X*")
        emphasis = r"(?:\*{1,2}|_{1,2})?"
        self.patterns = rx.compile(rf"{emphasis}(?:{body})[ \t]*{emphasis}[ \t]*", re.IGNORECASE)

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        lay: strays.Layout = ctx.shared("strays.layout", lambda: strays.layout(ctx.seg))
        found = [
            ln for ln in lay.lines
            if ln.start not in lay.protected and any(s <= ln.start < e for s, e in spans)
            and self.patterns.fullmatch(view, ln.start, ln.end)
        ]
        story = self._story(lay) if found else None
        if story is None:
            return
        first, last = story
        before = sum(1 for ln in lay.lines if ln.paragraph < first)
        after = sum(1 for ln in lay.lines if ln.paragraph > last)
        for line in found:
            if (line.paragraph < first and before <= self.max_lines) or (
                line.paragraph > last and after <= self.max_lines
            ):
                yield Hit(line.start, line.end, {"match": view[line.start : line.end]})

    def _story(self, lay: strays.Layout) -> tuple[int, int] | None:
        """The first and last paragraphs of the story: long prose that shares min_shared or
        more of its content words with the other long paragraphs."""
        long = [
            i for i in range(min(lay.lede, len(lay.bodies)), len(lay.bodies))
            if lay.paragraph_sizes[i] >= self.min_story_words
            and strays.PROSE_END.search(lay.bodies[i])
            and not self.patterns.fullmatch(lay.bodies[i].strip())
        ]
        if len(long) < 2:
            return None
        words = lay.paragraph_words
        counts = Counter(stem for i in long for stem in words[i])
        story = [
            i for i in long
            if sum(counts[stem] > 1 for stem in words[i]) >= self.min_shared * len(words[i])
        ]
        return (story[0], story[-1]) if story else None


KIND = Kind(
    name="edge-line",
    summary="A line matching a pattern before the story's first paragraph or after its last.",
    options={
        "min_story_words": Option(integer(1), 12,
                                  doc="Fewest words of a paragraph of the story."),
        "min_shared": Option(number, 0.1,
                             doc="Least share of a story paragraph's content words found in "
                                 "the other long paragraphs: a long notice (copyright, terms) "
                                 "is not part of the story."),
        "max_lines": Option(integer(1), 6,
                            doc="Most lines before or after the story: a longer run (a list after "
                                "a short introduction) is the article."),
        "patterns": Option(regex_list, required=True,
                           doc="Patterns a whole line matches (case-insensitive)."),
    },
    build=EdgeLineChecker,
    placeholders=frozenset({"match"}),
    scopes=("document",),
    default_scope="document",
)
