"""The contract between the engine and the rule kinds."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Callable, NamedTuple, Protocol

from .. import rx
from ..document import Document
from ..model import Hit
from ..schema import Option
from ..segment import Segments

Span = tuple[int, int]


class RunSettings(NamedTuple):
    """What a run knows beyond the article: source texts for quotations, grammar settings."""

    sources: tuple[tuple[str, str], ...] = ()  # (path, text)
    grammar: Any = None
    cache_dir: str | None = None
    base_dir: str = "."


class Context:
    """One document being checked, with its segments; shared by every rule for that document."""

    __slots__ = ("doc", "seg", "settings", "memo", "services", "reads")

    def __init__(
        self,
        doc: Document,
        seg: Segments,
        settings: RunSettings | None = None,
        memo: dict[str, Any] | None = None,
        services: Mapping[str, Any] | None = None,  # e.g. a LanguageTool session
        reads: list[str] | None = None,  # files read besides the article
    ) -> None:
        self.doc = doc
        self.seg = seg
        self.settings = RunSettings() if settings is None else settings
        self.memo: dict[str, Any] = {} if memo is None else memo
        self.services: Mapping[str, Any] = {} if services is None else services
        self.reads: list[str] = [] if reads is None else reads

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """Work several rules need (a claim model, source index) done once per document."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]


class Checker(Protocol):
    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]: ...


class Kind(NamedTuple):
    """A rule kind: the options it takes, the scopes it can run on, and how to build a checker."""

    name: str
    summary: str
    options: Mapping[str, Option]
    build: Callable[[Mapping[str, Any]], Checker]
    placeholders: frozenset[str] = frozenset({"match"})
    scopes: tuple[str, ...] = ()  # empty: any scope
    default_scope: str = "sentence"


_REGEX_SYNTAX = rx.compile(r"[\\.^$*+?{}\[\]|()]")


def is_literal(pattern: str) -> bool:
    """Whether a pattern is plain text (no regex syntax), so a substring test can stand in."""
    return _REGEX_SYNTAX.search(pattern) is None


def compile_patterns(patterns: Sequence[str], *, ignorecase: bool, words: bool) -> re.Pattern[str]:
    """Join patterns into one alternation, compiled once at load time."""
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
    if words:
        body = rf"(?<![\w-])(?:{body})(?![\w-])"
    return rx.compile(body, re.IGNORECASE if ignorecase else 0)


_ESCAPE = rx.compile(r"\\.")


class Searcher:
    """A joined list of patterns. A case-insensitive list written in lower case runs as a
    case-sensitive search of the lower-cased text, with the same offsets: several times faster
    in Python's regex engine than case-insensitive matching."""

    def __init__(self, patterns: Sequence[str], *, ignorecase: bool, words: bool) -> None:
        written = "".join(_ESCAPE.sub("", p) for p in patterns)
        self.lower = ignorecase and not any(map(str.isupper, written)) and not any(
            "(?-i" in p for p in patterns)
        self.pattern = compile_patterns(patterns, ignorecase=ignorecase and not self.lower,
                                        words=words)
        self.per_span = anchored(self.pattern)
        self._source = (tuple(patterns), words)
        self._folded: re.Pattern[str] | None = None

    def matches(
        self, seg: Segments, view: str, spans: Sequence[Span]
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(span index, match) pairs; read matched text from `view`, not from the match."""
        if not self.lower:
            return matches_in_spans(self.pattern, view, spans, self.per_span)
        lowered = seg.lowered(view)
        if len(lowered) == len(view):
            return matches_in_spans(self.pattern, lowered, spans, self.per_span)
        if self._folded is None:  # lower-casing changed the length: match the original
            patterns, words = self._source
            self._folded = compile_patterns(patterns, ignorecase=True, words=words)
        return matches_in_spans(self._folded, view, spans, self.per_span)


_ANCHORS = rx.compile(r"(?<![\\\[])[$^]|\\[AZ]")


def anchored(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern uses ^, $, \\A or \\Z. `$` then means "at the end of the scope";
    `^` and `\\A` still mean the start of the file (Python's rule for a search from an
    offset), so rules write `(?<![^\\n])` for "at the start of a line"."""
    return bool(_ANCHORS.search(pattern.pattern))


def matches_in_spans(
    pattern: re.Pattern[str], view: str, spans: Sequence[Span], per_span: bool = False
) -> Iterator[tuple[int, re.Match[str]]]:
    """Matches of `pattern` lying wholly inside one of `spans` (as the segmenter gives them:
    sorted, not overlapping), with the index of that span.

    One regex pass over the spans' range, not one per span; `per_span` (for anchored patterns)
    searches each span on its own. Lookarounds see past a span's edges either way.
    """
    if not spans:
        return
    if per_span:
        for index, (start, end) in enumerate(spans):
            for match in pattern.finditer(view, start, end):
                yield index, match
        return
    starts = [s for s, _ in spans] if len(spans) > 1 else [spans[0][0]]
    for match in pattern.finditer(view, spans[0][0], spans[-1][1]):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= spans[index][1]:
            yield index, match
