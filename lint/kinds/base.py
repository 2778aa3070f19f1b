"""The contract between the engine and the rule kinds."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
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
        self.prefilter = True  # skip a text holding none of the plan's literals (tests: off)
        self._literals: list[str] | None = None  # the plan's, the last one found first

    def matches(
        self, seg: Segments, view: str, spans: Sequence[Span]
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(span index, match) pairs; read matched text from `view`, not from the match."""
        if self._plan is None:
            self._plan = rx.analysis("searcher-plan/3", self.pattern, self._work_out_plan)
        at_lines, needed, rest, listed = self._plan
        literals = None
        if listed is not None and self.prefilter:
            if self._literals is None:
                self._literals = list(listed)
            literals = self._literals
        # The document's views keep its line breaks where they are (so does lower-casing that
        # keeps the length): the document's line starts are the view's.
        lines = seg.doc.line_starts if (at_lines or rest) and \
            len(view) == len(seg.doc.text) else None
        if not self.lower:
            return matches_in_spans(self.pattern, view, spans, self.per_span, lines, needed,
                                    self._rest_pattern(False), literals)
        lowered = seg.lowered(view)
        if len(lowered) == len(view):
            return matches_in_spans(self.pattern, lowered, spans, self.per_span, lines,
                                    needed, self._rest_pattern(False), literals)
        if self._folded is None:  # lower-casing changed the length: match the original
            patterns, words = self._source
            self._folded = compile_patterns(patterns, ignorecase=True, words=words)
        return matches_in_spans(self._folded, view, spans, self.per_span, lines, needed,
                                self._rest_pattern(True))

    def _work_out_plan(self) -> Plan:
        patterns, _words = self._source
        source, flags = self.pattern.pattern, int(self.pattern.flags)
        parsed: list[Any] = []  # the joined pattern, parsed at most once, when first needed

        def whole() -> Any:
            if not parsed:
                parsed.append(_parse(source, flags))
            return parsed[0]

        at_lines = _LINE_START in source and _opens_line(whole())
        rest: tuple[int, ...] = ()
        if not at_lines and len(patterns) > 1 and _LINE_START in self.pattern.pattern and \
                not any(map(_NUMBERED_GROUP.search, patterns)):
            trees = [_parse(f"(?:{p})", flags) for p in patterns]  # each parsed once
            opening = [_LINE_START in p and _opens_line(tree) for p, tree in zip(patterns, trees)]
            if any(opening) and all(map(_never_empty, trees)):
                rest = tuple(i for i, at_line in enumerate(opening) if not at_line)
        # A search tried at line starts only makes a few match attempts per line: fewer than
        # a str.find per literal costs. Case-insensitive patterns give no literals.
        literals = None if at_lines or rest or flags & re.IGNORECASE else needed_literals(
            self.pattern, whole())
        mark = needed_mark(self.pattern, whole()) if len(source) <= _MAX_PARSED else None
        return at_lines, mark, rest, literals

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
# a mark every match holds, the patterns (by index) that may match away from a line start
# when the others may not (empty when all or none may), and strings one of which every match
# holds (needed_literals; None: no such short list).
Plan = tuple[bool, "str | None", tuple[int, ...], "tuple[str, ...] | None"]
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
    rest: re.Pattern[str] | None = None, literals: list[str] | None = None,
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
    `literals`, strings one of which every match holds (needed_literals), let a range of text
    that holds none of them be skipped; the one found is moved to the front of the list, where
    the next text most likely holds it too.
    """
    if not spans:
        return
    if literals is not None:
        begin, stop = spans[0][0], spans[-1][1]
        for at, literal in enumerate(literals):
            if view.find(literal, begin, stop) >= 0:
                if at:
                    literals.insert(0, literals.pop(at))
                break
        else:
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
    while begin < stop:
        for match in pattern.finditer(view, begin, stop) if line_starts is None else \
                _at_lines(pattern, view, line_starts, begin, stop, rest):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index >= 0 and match.end() <= spans[index][1]:
                yield index, match
            elif index + 1 < len(starts) and match.end() > starts[index + 1]:
                # it runs on into the next span ("... under a hazy sky" + "An officer ...
                # said"): one that starts later may lie inside a span, so search on from
                # the next character instead of after this match
                begin = match.start() + 1
                break
        else:
            return


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
    if _LINE_START not in pattern.pattern:
        return False
    return _opens_line(_parse(pattern.pattern, int(pattern.flags)))


def _parse(source: str, flags: int) -> Any:
    """The parsed pattern (``re._parser``), or None when the parser's shape changed."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        return _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - the parser's shape changed: search as usual
        return None


def _opens_line(parsed: Any) -> bool:
    from re import _constants  # type: ignore[attr-defined]

    try:
        return bool(_never_empty(parsed) and _opens_at_line_start(parsed.data, _constants))
    except Exception:  # noqa: BLE001 - the parser's shape changed: search as usual
        return False


def _never_empty(parsed: Any) -> bool:
    try:
        return parsed is not None and bool(parsed.getwidth()[0] > 0)
    except Exception:  # noqa: BLE001 - the parser's shape changed: search as usual
        return False


# Patterns longer than this are not parsed for a needed mark (parsing is what the compile
# cache saves at start-up; the long lists of phrases hold no mark every match needs).
_MAX_PARSED = 300


def needed_mark(pattern: re.Pattern[str], parsed: Any = None) -> str | None:
    """An ASCII character other than a letter (so case does not matter) that every match of
    `pattern` consumes, if the pattern's top-level sequence shows one: a text without it holds
    no match. `parsed`: the pattern already parsed, if the caller has it."""
    if len(pattern.pattern) > _MAX_PARSED:
        return None
    from re import _constants  # type: ignore[attr-defined]

    if parsed is None:
        parsed = _parse(pattern.pattern, int(pattern.flags))
    try:
        return _needed(parsed.data, _constants) if parsed is not None else None
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
        elif op is c.BRANCH:  # a mark every alternative needs
            marks = {_needed(branch.data, c) for branch in av[1]}
            found = marks.pop() if len(marks) == 1 else None
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


# Literal lists longer than this cost more to look for than they save (one str.find each for a
# text holding none; measured on news text: a list of 60 pays, one of 93 made of everyday words
# does not), and literals shorter than _SHORTEST occur in nearly every text.
_MAX_LITERALS = 80
_SHORTEST = 3
# Words nearly every news article holds, and what they hold ('ould', 'peop'): a list holding one
# of them rarely lets a text be skipped, so another list the pattern shows is taken if it has
# none. (Which list is taken changes only the speed, never the matches.)
_COMMON = (" the of and to in a is that for it was on said with he as at by from his be have are"
           " has but not an they who which had were this their been one its will after also would"
           " more about people there when up out year years new first two than other some all"
           " over into says told could can what time last so only most just like many our we you"
           " her she them him then where while because before during three back made make well"
           " being against between under ")
# How many strings a part of a pattern may spell out (`(?:say|said)s?`) before it is not
# spelled out, and how many its required strings may be before they are not worth a list.
_MAX_SPELLED = 64
_MAX_REQUIRED = 200


def needed_literals(pattern: re.Pattern[str], parsed: Any = None) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` holds, shortest first, when the parsed
    pattern shows a short list of them: a text holding none of them holds no match. None for a
    case-insensitive pattern (the literals would not be exact) or a back-reference. `parsed`:
    the pattern already parsed, if the caller has it."""
    if pattern.flags & re.IGNORECASE:
        return None
    from re import _constants  # type: ignore[attr-defined]

    if parsed is None:
        parsed = _parse(pattern.pattern, int(pattern.flags))
    if parsed is None:
        return None
    try:
        if parsed.state.flags & re.IGNORECASE or _refers_back(parsed.data, _constants):
            return None
        found = _required(parsed.data, _constants, {})
    except Exception:  # noqa: BLE001 - the parser's shape changed (or went too deep): search
        return None
    if found is None or len(found) > _MAX_LITERALS:
        return None
    return tuple(sorted(found, key=lambda s: (len(s), s)))


def required(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` (``re._parser``) holds,
    matched case-sensitively; None when no list of strings of at least _SHORTEST characters
    can be worked out. A back-reference gives None."""
    from re import _constants  # type: ignore[attr-defined]

    try:
        if _refers_back(items, _constants):
            return None
        return _required(items, _constants, {})
    except Exception:  # noqa: BLE001 - the parser's shape changed (or went too deep)
        return None


def _refers_back(items: Any, c: Any) -> bool:
    """Whether the parsed sequence holds a back-reference or a conditional group, anywhere."""
    for op, av in items:
        if op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return True
        if _holds_reference(av, c):
            return True
    return False


def _holds_reference(av: Any, c: Any) -> bool:
    if isinstance(av, (tuple, list)):
        return any(_holds_reference(part, c) for part in av)
    if hasattr(av, "data"):  # a nested sequence
        return _refers_back(av.data, c)
    return False


def _required(items: Any, c: Any, memo: dict[int, Any]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence holds: of the lists it shows, the most
    selective (one without a _COMMON word; then the longest shortest string, 4 characters and
    more counting alike; then the fewest strings; then the longest shortest string again).
    Lists shown: runs of parts that spell out few strings (`said`, `neighbou?rs`,
    `(?:say|said)`, the first and last times of `(?:ab)+`), and what a group, a repeat at least
    once or every way of an alternation requires. `memo` keeps what each part spells out (by
    id: the parsed pattern is alive meanwhile)."""
    choices: list[frozenset[str]] = []
    run: frozenset[str] = _EMPTY
    for op, av in items:
        spelled = _spelled_part(op, av, c, memo)
        if spelled is not None:
            joined = _joined(run, spelled)
            if joined is not None:
                run = joined
                continue
            choices.append(run)
            run = spelled
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            once = body = _spelled(av[2].data, c, memo)
            for _ in range(min(av[0], 3) - 1):  # the body repeated its fewest times
                body = None if body is None or once is None else _joined(body, once)
            if body is not None:  # its first times end the run, its last open the next
                joined = _joined(run, body)
                choices.append(run if joined is None else joined)
                run = body
                continue
        choices.append(run)
        run = _EMPTY
        inner: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            if not av[1] & c.SRE_FLAG_IGNORECASE:
                inner = _required(av[-1].data, c, memo)
        elif op is c.ATOMIC_GROUP:
            inner = _required(av.data, c, memo)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _required(av[2].data, c, memo)
        elif op is c.BRANCH:
            union = _union_of(av[1], lambda data: _required(data, c, memo), _MAX_REQUIRED)
            if union is not None:
                inner = _minimal(union)
        if inner is not None:
            choices.append(inner)
    choices.append(run)
    best: frozenset[str] | None = None
    best_key: tuple[bool, int, int, int] | None = None
    for choice in choices:
        choice = _minimal(choice)
        shortest = min(map(len, choice), default=0)
        if shortest < _SHORTEST:
            continue
        key = (not any(s in _COMMON for s in choice), min(shortest, 4), -len(choice), shortest)
        if best_key is None or key > best_key:
            best, best_key = choice, key
    return best


_EMPTY: frozenset[str] = frozenset({""})


def _union_of(branches: Any, each: Callable[[Any], frozenset[str] | None],
              limit: int) -> frozenset[str] | None:
    """The strings of every way of an alternation (`each` of a branch's items), or None when a
    way gives none or they are more than `limit`."""
    union: set[str] = set()
    for branch in branches:
        part = each(branch.data)
        if part is None:
            return None
        union |= part
    return frozenset(union) if union and len(union) <= limit else None


def _joined(first: frozenset[str], then: frozenset[str]) -> frozenset[str] | None:
    if len(first) * len(then) > _MAX_SPELLED:
        return None
    return frozenset(a + b for a in first for b in then)


def _spelled(items: Any, c: Any, memo: dict[int, Any]) -> frozenset[str] | None:
    """Every string the sequence can match, when they are few (each character spelled out as
    matched without IGNORECASE; lookarounds and anchors match nothing); None otherwise."""
    found = _EMPTY
    for op, av in items:
        part = _spelled_part(op, av, c, memo)
        if part is None:
            return None
        joined = _joined(found, part)
        if joined is None:
            return None
        found = joined
    return found


def _spelled_part(op: Any, av: Any, c: Any, memo: dict[int, Any]) -> frozenset[str] | None:
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _EMPTY
    if op is c.LITERAL:
        return frozenset({chr(av)})
    if op is c.IN:
        if all(o is c.LITERAL for o, _ in av):
            return frozenset(chr(v) for _, v in av)
        return None
    if op not in (c.BRANCH, c.SUBPATTERN, c.ATOMIC_GROUP, c.MAX_REPEAT, c.MIN_REPEAT,
                  c.POSSESSIVE_REPEAT):
        return None  # any character, a class, a back-reference, ...: too many strings
    key = id(av)
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    part: frozenset[str] | None = None
    if op is c.BRANCH:
        part = _union_of(av[1], lambda data: _spelled(data, c, memo), _MAX_SPELLED)
    elif op is c.SUBPATTERN:
        if not av[1] & c.SRE_FLAG_IGNORECASE:
            part = _spelled(av[-1].data, c, memo)
    elif op is c.ATOMIC_GROUP:
        part = _spelled(av.data, c, memo)
    elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[1] <= 3:
        low, high, body = av
        once = _spelled(body.data, c, memo)
        times: frozenset[str] | None = _EMPTY  # the body spelled `count` times
        union: set[str] = set()
        for count in range(high + 1):
            if once is None or times is None:
                union.clear()
                break
            if count >= low:
                union |= times
            if count < high:
                times = _joined(times, once)
        if union:
            part = frozenset(union)
    memo[key] = part
    return part


def _minimal(strings: Collection[str]) -> frozenset[str]:
    """The strings that hold none of the others: a text holds one of those exactly when it
    holds one of all."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)

