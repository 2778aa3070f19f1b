"""trailing-block: a run of short lines after the story's last paragraph, foreign to the story.

Related-story links and their teasers, newsletter and social prompts, deal teasers and form
messages come after the last paragraph that belongs to the story: a long prose paragraph that
shares its words. The lines after it are page furniture when there are several, each short,
few of them shaped like a list (fixtures, results, rankings, credits of a show), and together
sharing little of the story's vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx, strays
from ..model import Hit
from ..schema import Option, integer, number
from .base import Context, Kind, Span

# A line of a list: a rank or a date first, two numbers, a fixture, items set apart by a dash, an
# at sign or commas (a line-up), a bracketed note last, a cell or a column
_LISTING = rx.compile(
    r"^[ \t]*[\d:]|\d\D+\d|[ \t](?:v|vs\.?|[-–—@])[ \t]|,[^,]*,|\)[.,;]?[ \t]*$|[\t|]"
)
_QUOTE = rx.compile(r"[\"“”]")


class TrailingBlockChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_story_words: int = options["min_story_words"]
        self.min_foreign: float = options["min_foreign"]
        self.min_lines: int = options["min_lines"]
        self.max_words: int = options["max_words"]
        self.max_overlap: float = options["max_overlap"]
        self.max_listing: float = options["max_listing"]
        self.max_prose: float = options["max_prose"]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        lay: strays.Layout = ctx.shared("strays.layout", lambda: strays.layout(ctx.seg))
        block = self._block(lay)
        if not block:
            return
        for line in block:
            if any(s <= line.start < e for s, e in spans):
                yield Hit(line.start, line.end,
                          {"match": line.text.strip(), "count": str(len(block))})

    def _block(self, lay: strays.Layout) -> list[strays.Line]:
        """The longest run of lines that ends the text, follows the story's last paragraph and
        is foreign to the story: most of its lines share few words with it, few are listings."""
        anchor = self._anchor(lay)
        if anchor is None:
            return []
        lines = [ln for ln in lay.lines if ln.paragraph > anchor and len(ln.text.split()) > 1]
        if len(lines) < self.min_lines or any(
            len(ln.text.split()) > self.max_words for ln in lines
        ):
            return []
        words = lay.paragraph_words
        story = frozenset().union(*(words[i] for i in range(lay.lede, anchor + 1)))
        # A sentence that reports someone's words continues the story (a live page's last
        # entry: "Mayor Bachynski said council had voted 7-4 to close the rink."): it is not
        # foreign, and the block can only follow it.
        reports = [_reports(ln.text) for ln in lines]
        foreign = [not r and self._foreign(ln.text, story) for r, ln in zip(reports, lines)]
        first = len(lines)  # where the block starts; none yet
        count = 0
        for index in range(len(lines) - 1, -1, -1):
            count += foreign[index]
            if foreign[index] and count >= self.min_foreign * (len(lines) - index):
                first = index
        after = [i + 1 for i in range(first, len(lines)) if reports[i]]
        block = lines[max([first, *after]) :]
        listing = sum(1 for ln in block if _LISTING.search(ln.text))
        prose = sum(1 for ln in block if strays.PROSE_END.search(ln.text))
        if len(block) < self.min_lines or listing > self.max_listing * len(block):
            return []
        return [] if prose > self.max_prose * len(block) else block

    def _anchor(self, lay: strays.Layout) -> int | None:
        """The last long prose paragraph after the lede."""
        for index in range(len(lay.bodies) - 1, lay.lede, -1):
            if lay.paragraph_sizes[index] >= self.min_story_words and strays.PROSE_END.search(
                lay.bodies[index]
            ):
                return index
        return None

    def _foreign(self, text: str, story: frozenset[str]) -> bool:
        """A line that shares few of its words with the story and quotes nobody."""
        if _QUOTE.search(text):
            return False
        return strays.overlap(strays.stems(text), (story,)) <= self.max_overlap


def _reports(text: str) -> bool:
    """A sentence that reports someone's words (not a headline: "PM says tax cuts coming")."""
    return bool(strays.REPORTED.search(text) and strays.PROSE_END.search(text))


KIND = Kind(
    name="trailing-block",
    summary="Short lines after the story's last paragraph that share few of its words.",
    options={
        "min_story_words": Option(integer(1), 25,
                                  doc="Fewest words of a paragraph that can end the story."),
        "min_foreign": Option(number, 0.7,
                              doc="Least share of the block's lines that are foreign to the "
                                  "story (max_overlap or less of their words in it, no "
                                  "quotation)."),
        "min_lines": Option(integer(1), 3, doc="Fewest lines of a trailing block."),
        "max_words": Option(integer(1), 30, doc="Most words of a line of a trailing block."),
        "max_overlap": Option(number, 0.2,
                              doc="Most share of a foreign line's content words found in the "
                                  "story."),
        "max_listing": Option(number, 0.4,
                              doc="Most share of list-shaped lines (ranks, fixtures, scores, "
                                  "line-ups, bracketed notes): a list after the story is part "
                                  "of it."),
        "max_prose": Option(number, 0.5,
                            doc="Most share of lines that end a sentence: short paragraphs of "
                                "prose (readers' letters, a digest) are copy, not furniture."),
    },
    build=TrailingBlockChecker,
    placeholders=frozenset({"match", "count"}),
    scopes=("document",),
    default_scope="document",
)
