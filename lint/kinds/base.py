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
        self._plan: Plan | None = None  # worked out on first use
        self._rest: dict[bool, re.Pattern[str]] = {}

    def matches(
        self, seg: Segments, view: str, spans: Sequence[Span]
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(span index, match) pairs; read matched text from `view`, not from the match."""
        if self._plan is None:
            self._plan = rx.analysis("searcher-plan/1", self.pattern, self._work_out_plan)
        at_lines, needed, rest = self._plan
        # The document's views keep its line breaks where they are (so does lower-casing that
        # keeps the length): the document's line starts are the view's.
        lines = seg.doc.line_starts if (at_lines or rest) and \
            len(view) == len(seg.doc.text) else None
        if not self.lower:
            return matches_in_spans(self.pattern, view, spans, self.per_span, lines, needed,
                                    self._rest_pattern(False))
        lowered = seg.lowered(view)
        if len(lowered) == len(view):
            return matches_in_spans(self.pattern, lowered, spans, self.per_span, lines,
                                    needed, self._rest_pattern(False))
        if self._folded is None:  # lower-casing changed the length: match the original
            patterns, words = self._source
            self._folded = compile_patterns(patterns, ignorecase=True, words=words)
        return matches_in_spans(self._folded, view, spans, self.per_span, lines, needed,
                                self._rest_pattern(True))

    def _work_out_plan(self) -> Plan:
        patterns, _words = self._source
        at_lines = at_line_starts(self.pattern)
        rest: tuple[int, ...] = ()
        if not at_lines and len(patterns) > 1 and _LINE_START in self.pattern.pattern and \
                not any(map(_NUMBERED_GROUP.search, patterns)):
            flags = int(self.pattern.flags)
            opening = [_line_start_source(f"(?:{p})", flags) for p in patterns]
            if any(opening) and all(_never_empty(f"(?:{p})", flags) for p in patterns):
                rest = tuple(i for i, at_line in enumerate(opening) if not at_line)
        return at_lines, needed_mark(self.pattern), rest

    def _rest_pattern(self, folded: bool) -> re.Pattern[str] | None:
        """The patterns that may match away from a line start, joined as the searched pattern
        is (`folded`: as the case-insensitive one), when the others may only match there."""
        assert self._plan is not None
        if not self._plan[2]:
            return None
        found = self._rest.get(folded)
        if found is None:
            patterns, words = self._source
            found = self._rest[folded] = compile_patterns(
                [patterns[i] for i in self._plan[2]],
                ignorecase=folded or (self.pattern.flags & re.IGNORECASE) != 0, words=words)
        return found


# What a search of a joined list of patterns can skip: whether every match starts a line,
# a mark every match holds, and the patterns (by index) that may match away from a line start
# when the others may not (empty when all or none may).
Plan = tuple[bool, "str | None", tuple[int, ...]]
# A back-reference by number: the patterns cannot be joined in another order or in part.
_NUMBERED_GROUP = rx.compile(r"\\[1-9]|\(\?P=")


_ANCHORS = rx.compile(r"(?<![\\\[])[$^]|\\[AZ]")


def anchored(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern uses ^, $, \\A or \\Z. `$` then means "at the end of the scope";
    `^` and `\\A` still mean the start of the file (Python's rule for a search from an
    offset), so rules write `(?<![^\\n])` for "at the start of a line"."""
    return bool(_ANCHORS.search(pattern.pattern))


def matches_in_spans(
    pattern: re.Pattern[str], view: str, spans: Sequence[Span], per_span: bool = False,
    line_starts: Sequence[int] | None = None, needed: str | None = None,
    rest: re.Pattern[str] | None = None,
) -> Iterator[tuple[int, re.Match[str]]]:
    """Matches of `pattern` lying wholly inside one of `spans` (as the segmenter gives them:
    sorted, not overlapping), with the index of that span.

    One regex pass over the spans' range, not one per span; `per_span` (for anchored patterns)
    searches each span on its own. Lookarounds see past a span's edges either way.
    `line_starts`, for a pattern that matches only at the start of a line (at_line_starts),
    are the view's line starts: the pattern is then tried there only, with the same matches.
    `needed`, a character every match consumes (needed_mark), lets text without it be skipped.
    `rest`, with `line_starts`: the part of the pattern that may match away from a line start
    (the rest only at one); the pattern is then tried at line starts and where `rest` matches.
    """
    if not spans:
        return
    if per_span:
        for index, (start, end) in enumerate(spans):
            if needed is not None and view.find(needed, start, end) < 0:
                continue
            found = pattern.finditer(view, start, end) if line_starts is None else \
                _at_lines(pattern, view, line_starts, start, end, rest)
            for match in found:
                yield index, match
        return
    starts = [s for s, _ in spans] if len(spans) > 1 else [spans[0][0]]
    begin, stop = spans[0][0], spans[-1][1]
    if needed is not None and view.find(needed, begin, stop) < 0:
        return
    for match in pattern.finditer(view, begin, stop) if line_starts is None else \
            _at_lines(pattern, view, line_starts, begin, stop, rest):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= spans[index][1]:
            yield index, match


def _at_lines(pattern: re.Pattern[str], view: str, line_starts: Sequence[int], pos: int,
              endpos: int, rest: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """pattern.finditer(view, pos, endpos) for a pattern that never matches empty and matches
    only at line starts, or (given `rest`) at line starts and where `rest` matches: a match
    attempt at those positions only, instead of at every position."""
    match = pattern.match
    lines = len(line_starts)
    line = bisect.bisect_left(line_starts, pos)
    elsewhere = rest.search(view, pos, endpos) if rest is not None else None
    resume = pos  # finditer goes on where the last match ended
    while True:
        while line < lines and line_starts[line] < resume:
            line += 1
        if elsewhere is not None and elsewhere.start() < resume:
            elsewhere = rest.search(view, resume, endpos) if rest is not None else None
        at = line_starts[line] if line < lines and line_starts[line] <= endpos else -1
        if elsewhere is not None and (at < 0 or elsewhere.start() < at):
            at = elsewhere.start()
        if at < 0:
            return
        found = match(view, at, endpos)
        if found is None:
            resume = at + 1
        else:
            resume = found.end()  # never empty: past `at`
            yield found


_LINE_START = "(?<![^\\n])"


def at_line_starts(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts at the start of a line, and none is empty: each
    way through it opens with (?<![^\\n]) before it consumes anything. Parsed only when the
    text holds that lookbehind."""
    return _line_start_source(pattern.pattern, int(pattern.flags))


def _line_start_source(source: str, flags: int) -> bool:
    if _LINE_START not in source:
        return False
    from re import _constants, _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(source, flags)
        return bool(parsed.getwidth()[0] > 0 and _opens_at_line_start(parsed.data, _constants))
    except Exception:  # noqa: BLE001 - the parser's shape changed: search as usual
        return False


def _never_empty(source: str, flags: int) -> bool:
    from re import _parser  # type: ignore[attr-defined]

    try:
        return bool(_parser.parse(source, flags).getwidth()[0] > 0)
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
