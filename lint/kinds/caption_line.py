"""caption-line: a short label-like line above the lede or by a photo credit, or ending in one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx, shape, strays
from ..model import Hit
from ..schema import Option, integer, number, regex_list
from .base import Context, Kind, Span, compile_patterns

_LISTING = rx.compile(r"[\d,;]")
_SENTENCE_END = rx.compile(r"[.!?][\"'”’)]?\s")


class CaptionLineChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_words: int = options["min_words"]
        self.max_words: int = options["max_words"]
        self.min_title_ratio: float = options["min_title_ratio"]
        self.max_words_credited: int = options["max_words_credited"]
        self.credit = compile_patterns(options["credits"], ignorecase=True, words=True)
        self.action = compile_patterns(options["actions"], ignorecase=False, words=False) \
            if options["actions"] else None
        self.stopped = compile_patterns(options["stopped_actions"], ignorecase=False,
                                        words=False) if options["stopped_actions"] else None
        self.min_words_action: int = options["min_words_action"]
        self.max_words_action: int = options["max_words_action"]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        lay: strays.Layout = ctx.shared("strays.layout", lambda: strays.layout(ctx.seg))
        for index, line in enumerate(lay.lines):
            if not any(s <= line.start < e for s, e in spans):
                continue
            text = view[line.start : line.end]
            if self._is_caption(lay, index, text):
                yield Hit(line.start, line.end, {"match": text.strip()})

    def _is_caption(self, lay: strays.Layout, index: int, text: str) -> bool:
        line = lay.lines[index]
        if line.start in lay.protected:
            return False
        if strays.credited_caption(lay, index, self.credit, self.min_words,
                                   self.max_words_credited):
            return True  # by a credit line, or ending in a credit: in any case
        if self._action(lay, index, text):
            return True
        if not strays.label_like(text, self.min_words, self.max_words) or self._credit(text):
            return False
        if shape.title_ratio(text) < self.min_title_ratio:
            return False
        if self._next_to_credit(lay, index):
            return True
        # above the lede: a label, not a date, a venue or a score
        return line.paragraph < lay.lede and not _LISTING.search(text)

    def _action(self, lay: strays.Layout, index: int, text: str) -> bool:
        """A photo's description standing alone between paragraphs: who does what, in the
        present tense, with no closing punctuation ("Lucy Amadi celebrates with team-mates")."""
        if self.action is None or not lay.lines[index].alone or _line_is_lead(lay, index):
            return False
        phrase = text.rstrip()
        action = self.action
        if phrase.endswith(".") and not phrase.endswith(".."):
            if self.stopped is None:
                return False
            phrase, action = phrase[:-1], self.stopped  # a caption may end with a full stop
        if not action.match(strays.unwrap(phrase).strip()):
            return False  # (the anchored pattern first: it rejects most lines at once)
        if not strays.label_like(phrase, self.min_words_action, self.max_words_action) or \
                _SENTENCE_END.search(phrase) or strays.REPORTED.search(phrase):
            return False  # a caption is one phrase, and reports nobody's words
        return strays.isolated(lay, lay.lines[index].paragraph)

    def _credit(self, text: str) -> bool:
        return bool(self.credit.match(strays.unwrap(text)))

    def _next_to_credit(self, lay: strays.Layout, index: int) -> bool:
        for other in (index - 1, index + 1):
            if 0 <= other < len(lay.lines) and self._credit(lay.lines[other].text):
                return True
        return False


def _line_is_lead(lay: strays.Layout, index: int) -> bool:
    """The line's paragraph introduces the next one (it ends with a colon)."""
    return lay.paragraph_leads[lay.lines[index].paragraph]


KIND = Kind(
    name="caption-line",
    summary="A caption or alt text left in the body: a short label above the lede or by a credit.",
    options={
        "min_words": Option(integer(1), 3, doc="Fewest words of a caption line."),
        "max_words": Option(integer(1), 10, doc="Most words of a caption line."),
        "min_title_ratio": Option(number, 0.5,
                                  doc="Least share of capitalised significant words."),
        "max_words_credited": Option(integer(1), 30,
                                     doc="Most words of a caption in sentence case: a line with "
                                         "no closing punctuation next to a credit line, or a "
                                         "line of its own that ends in a credit."),
        "credits": Option(regex_list, required=True,
                          doc="Patterns that open a photo credit line."),
        "actions": Option(regex_list, (), doc=(
            "Patterns matching the start of a photo's description: a subject and a verb in the "
            "present tense. A line of its own, between full paragraphs, in any case, with no "
            "closing punctuation, that matches one is a caption.")),
        "stopped_actions": Option(regex_list, (), doc=(
            "Patterns of the start of a photo's description that may end with a full stop "
            "(\"A woman reads by torchlight in her flat.\"); a line ending with one must match "
            "one of these instead.")),
        "min_words_action": Option(integer(1), 6,
                                   doc="Fewest words of a caption found by its action."),
        "max_words_action": Option(integer(1), 20,
                                   doc="Most words of a caption found by its action."),
    },
    build=CaptionLineChecker,
    placeholders=frozenset({"match"}),
    scopes=("document", "paragraph", "line"),
    default_scope="document",
)
