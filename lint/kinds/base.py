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
        self._plan: tuple[bool, str | None] | None = None  # worked out on first use

    def matches(
        self, seg: Segments, view: str, spans: Sequence[Span]
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(span index, match) pairs; read matched text from `view`, not from the match."""
        if self._plan is None:
            self._plan = at_line_starts(self.pattern), needed_mark(self.pattern)
        at_lines, needed = self._plan
        # The document's views keep its line breaks where they are (so does lower-casing that
        # keeps the length): the document's line starts are the view's.
        lines = seg.doc.line_starts if at_lines and len(view) == len(seg.doc.text) else None
        if not self.lower:
            return matches_in_spans(self.pattern, view, spans, self.per_span, lines, needed)
        lowered = seg.lowered(view)
        if len(lowered) == len(view):
            return matches_in_spans(self.pattern, lowered, spans, self.per_span, lines,
                                    needed)
        if self._folded is None:  # lower-casing changed the length: match the original
            patterns, words = self._source
            self._folded = compile_patterns(patterns, ignorecase=True, words=words)
        return matches_in_spans(self._folded, view, spans, self.per_span, lines, needed)


_ANCHORS = rx.compile(r"(?<![\\\[])[$^]|\\[AZ]")


def anchored(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern uses ^, $, \\A or \\Z. `$` then means "at the end of the scope";
    `^` and `\\A` still mean the start of the file (Python's rule for a search from an
    offset), so rules write `(?<![^\\n])` for "at the start of a line"."""
    return bool(_ANCHORS.search(pattern.pattern))


def matches_in_spans(
    pattern: re.Pattern[str], view: str, spans: Sequence[Span], per_span: bool = False,
    line_starts: Sequence[int] | None = None, needed: str | None = None,
) -> Iterator[tuple[int, re.Match[str]]]:
    """Matches of `pattern` lying wholly inside one of `spans` (as the segmenter gives them:
    sorted, not overlapping), with the index of that span.

    One regex pass over the spans' range, not one per span; `per_span` (for anchored patterns)
    searches each span on its own. Lookarounds see past a span's edges either way.
    `line_starts`, for a pattern that matches only at the start of a line (at_line_starts),
    are the view's line starts: the pattern is then tried there only, with the same matches.
    `needed`, a character every match consumes (needed_mark), lets text without it be skipped.
    """
    if not spans:
        return
    if per_span:
        for index, (start, end) in enumerate(spans):
            if needed is not None and view.find(needed, start, end) < 0:
                continue
            found = pattern.finditer(view, start, end) if line_starts is None else \
                _at_lines(pattern, view, line_starts, start, end)
            for match in found:
                yield index, match
        return
    starts = [s for s, _ in spans] if len(spans) > 1 else [spans[0][0]]
    begin, stop = spans[0][0], spans[-1][1]
    if needed is not None and view.find(needed, begin, stop) < 0:
        return
    for match in pattern.finditer(view, begin, stop) if line_starts is None else \
            _at_lines(pattern, view, line_starts, begin, stop):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= spans[index][1]:
            yield index, match


def _at_lines(pattern: re.Pattern[str], view: str, line_starts: Sequence[int], pos: int,
              endpos: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(view, pos, endpos) for a pattern that matches only at line starts and
    never matches empty: a match attempt at each line start instead of at every position."""
    match = pattern.match
    resume = pos  # finditer goes on where the last match ended
    for at in line_starts[bisect.bisect_left(line_starts, pos):]:
        if at > endpos:
            return
        if at >= resume:
            found = match(view, at, endpos)
            if found is not None:
                resume = found.end()
                yield found


_LINE_START = "(?<![^\\n])"


def at_line_starts(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts at the start of a line, and none is empty: each
    way through it opens with (?<![^\\n]) before it consumes anything. Parsed only when the
    text holds that lookbehind."""
    if _LINE_START not in pattern.pattern:
        return False
    from re import _constants, _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        return bool(parsed.getwidth()[0] > 0 and _opens_at_line_start(parsed.data, _constants))
    except Exception:  # noqa: BLE001 - the parser's shape changed: search as usual
        return False


# Patterns longer than this are not parsed for a needed mark (parsing is what the compile
# cache saves at start-up; the long lists of phrases hold no mark every match needs).
_MAX_PARSED = 300


def needed_mark(pattern: re.Pattern[str]) -> str | None:
    """An ASCII character other than a letter (so case does not matter) that every match of
    `pattern` consumes, if the pattern's top-level sequence shows one: a text without it holds
    no match."""
    if len(pattern.pattern) > _MAX_PARSED:
        return None
    from re import _constants, _parser  # type: ignore[attr-defined]

    try:
        return _needed(_parser.parse(pattern.pattern, pattern.flags).data, _constants)
    except Exception:  # noqa: BLE001 - the parser's shape changed: search as usual
        return None


def _needed(items: Sequence[Any], c: Any) -> str | None:
    for op, av in items:
        found = None
        if op is c.LITERAL:
            char = chr(av)
            found = char if char.isascii() and not char.isalpha() else None
        elif op is c.SUBPATTERN:
            found = _needed(av[-1].data, c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _needed(av[2].data, c)
        if found is not None:
            return found
    return None


def _opens_at_line_start(items: Sequence[Any], c: Any) -> bool:
    for op, av in items:
        if op is c.ASSERT_NOT and av[0] == -1 and list(av[1].data) in (
                [(c.NOT_LITERAL, 10)], [(c.IN, [(c.NEGATE, None), (c.LITERAL, 10)])]):
            return True
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # consumes nothing: the line start may come after it
        if op is c.SUBPATTERN:
            return _opens_at_line_start(av[-1].data, c)
        if op is c.BRANCH:
            return all(_opens_at_line_start(branch.data, c) for branch in av[1])
        return False
    return False
