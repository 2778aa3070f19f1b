"""Regular expressions compiled once per machine, not once per run.

newslint's rules are regular expressions, a few hundred of them and some thousands of characters
long. Python compiles each one in pure Python on every start, and that is most of what a
pre-commit hook waits for (about 60 ms of 150 ms on one paragraph). Like Python's own
``__pycache__``, a :class:`PatternStore` keeps the regex engine's compiled code in a file and
hands it back to the engine's own constructor, which checks the code before using it.

- The store is keyed by the pattern, its flags and the exact Python build; a file written by
  another Python, a damaged file or an engine whose internals changed is ignored, and patterns
  are then compiled as usual. The code is what ``re.compile`` makes, with two changes made
  while the store is on: long alternations regrouped by first character (:mod:`lint.rxdispatch`),
  so that a search looks at a few alternatives where it looked at hundreds, and the
  first-character index of :mod:`lint.rxindex`, which lets a search skip the positions where
  no match can start. Matches and groups are the same; patterns that neither changes are equal
  (``==``) to what ``re.compile`` returns.
- Until :func:`activate` is called (the command line does, unless ``NEWSLINT_NO_COMPILE_CACHE=1``),
  :func:`compile` is ``re.compile`` with a memo, and nothing is read or written.
- The store is the one process-wide object in newslint, for the same reason ``re`` keeps its own
  cache: patterns are compiled where they are defined, including module constants.
"""

from __future__ import annotations

import re
from array import array
from typing import Any, Callable, TypeVar

from .marshalfile import MarshalFile

# Bump when the layout of the file, or what is kept in it, changes.
_LAYOUT = 3
# The engine's code words: unsigned, _sre.CODESIZE bytes each.
_CODE = "I"
# A pattern the self-check compiles both ways: groups, names, flags, classes and lookarounds;
# and one that gets a first-character index, with a text to search.
_PROBE = r"(?P<word>\b[\w'’-]+)(?i:\s+said)?(?<![.])(?:[^\W\d]{2,}|\d+)?(?=\s|$)"
_PROBE_INDEXED = (r"(?<![\w-])(?:(?:some|many)\s+(?:experts?|critics)|it\s+is\s+(?:said|thought)|"
                  r"some(?:-experts?)?|many|sa(?:id)?|it\s+was|(?:it|this)\s+is|critic)")
_PROBE_TEXT = "Some experts, many critics: it is said some-experts (it is thought)."

Key = tuple[str, int]
# What the engine's constructor takes after the pattern, with the code as packed bytes (a
# list of ints loads many times slower).
Compiled = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def _engine() -> tuple[Any, Any, Any, Any] | None:
    """The engine's parser, code generator, constructor and constants, when they are where
    CPython 3.11 and later keep them; None otherwise (the store then stays off)."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    if not all(hasattr(m, n) for m, n in ((_parser, "parse"), (_compiler, "_code"),
                                          (_compiler, "_optimize_charset"),
                                          (_compiler, "_compile_charset"),
                                          (_constants, "SRE_INFO_CHARSET"),
                                          (_sre, "compile"), (_sre, "MAGIC"),
                                          (_sre, "CODESIZE"))):
        return None
    if array(_CODE).itemsize != _sre.CODESIZE:
        return None
    return _parser, _compiler, _sre, _constants


class PatternStore:
    """Compiled regex code kept in a :class:`MarshalFile` in `folder`."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._engine = _engine()
        magic = getattr(self._engine[2], "MAGIC", 0) if self._engine else 0
        self.file = MarshalFile(folder, "patterns", (_LAYOUT, magic))
        self._checked = False

    @property
    def enabled(self) -> bool:
        return self._engine is not None

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        flags = int(flags)  # a RegexFlag is an int that marshal cannot keep
        if self._engine is None:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        stored = self.file.get(key)
        if stored is not None:
            try:
                flags_out, code, groups, groupindex, indexgroup = stored
                compiled: re.Pattern[str] = self._engine[2].compile(
                    pattern, flags_out, array(_CODE, code).tolist(), groups, groupindex,
                    indexgroup)
            except Exception:  # noqa: BLE001 - code the engine refuses: compile afresh
                self.file.drop(key)
            else:
                return compiled
        if not self._checked:
            self._checked = True
            try:
                indexed, expected = self._build(_PROBE_INDEXED, 0)[0], re.compile(_PROBE_INDEXED)
                same = (self._build(_PROBE, 0, index=False)[0] == re.compile(_PROBE)
                        and indexed != expected  # the index is there
                        and _spans(indexed) == _spans(expected))
            except Exception:  # noqa: BLE001 - an internal interface that changed shape
                same = False
            if not same:
                self._engine = None  # the engine changed under us: leave it to re
                return re.compile(pattern, flags)
        compiled, parts = self._build(pattern, flags)
        self.file.put(key, parts)
        return compiled

    def _build(self, pattern: str, flags: int, index: bool = True
               ) -> tuple[re.Pattern[str], Compiled]:
        """What ``re._compiler.compile`` does, with long alternations regrouped and the
        first-character index added (`index`), keeping the arguments it gives the engine."""
        assert self._engine is not None
        from .rxdispatch import MAX_GROWTH, dispatch  # only when a pattern is compiled
        from .rxindex import add_index

        parser, compiler, sre, constants = self._engine
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        if index:
            plain = code
            try:
                if dispatch(parsed, flags | parsed.state.flags, parser, constants):
                    regrouped = compiler._code(parsed, flags)
                    if len(regrouped) <= MAX_GROWTH * len(plain):
                        code = regrouped
                    else:
                        parsed = parser.parse(pattern, flags)
                code = add_index(code, parsed, flags | parsed.state.flags, compiler, constants)
            except Exception:  # noqa: BLE001 - a speed-up that fails costs only its speed
                parsed, code = parser.parse(pattern, flags), plain
        code = [int(op) for op in code]  # named opcodes are ints
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final = flags | parsed.state.flags
        groups = parsed.state.groups - 1
        compiled = sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
        return compiled, (final, array(_CODE, code).tobytes(), groups, groupindex,
                          tuple(indexgroup))

    def save(self) -> None:
        if self._engine is not None:
            self.file.save()


def _spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(_PROBE_TEXT)]


class _Patterns:
    """The process's compiled patterns: a memo, backed by a store once one is activated."""

    def __init__(self) -> None:
        self.memo: dict[Key, re.Pattern[str]] = {}
        self.store: PatternStore | None = None


_PATTERNS = _Patterns()


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001
    """``re.compile`` for text patterns, from the activated store when there is one."""
    flags = int(flags)
    key = (pattern, flags)
    found = _PATTERNS.memo.get(key)
    if found is None:
        store = _PATTERNS.store
        found = store.compile(pattern, flags) if store else re.compile(pattern, flags)
        _PATTERNS.memo[key] = found
    return found


_T = TypeVar("_T")


def analysis(name: str, pattern: re.Pattern[str], work_out: Callable[[], _T]) -> _T:
    """A fact about a pattern that takes parsing it to work out (`name`: what, and the version
    of how), kept in the activated store beside compiled code, so that a run finds it without
    parsing the pattern again. The fact must be marshal-able; without a store it is worked out."""
    store = _PATTERNS.store
    if store is None or not store.enabled:
        return work_out()
    key = (name, pattern.pattern, int(pattern.flags))  # three parts: never a pattern's key
    found = store.file.get(key)
    if isinstance(found, tuple) and len(found) == 1:
        return found[0]  # type: ignore[no-any-return]
    fact = work_out()
    store.file.put(key, (fact,))
    return fact


def cache_folder() -> str | None:
    """The folder of the activated store (the run's compile cache), if any: other data derived
    once per machine may be kept beside it."""
    return _PATTERNS.store.folder if _PATTERNS.store is not None else None


def activate(folder: str | None) -> PatternStore | None:
    """Back :func:`compile` with a store in `folder` (None: no store). Returns the store."""
    store = PatternStore(folder) if folder else None
    _PATTERNS.store = store if store and store.enabled else None
    return _PATTERNS.store


def save() -> None:
    """Write the activated store, if any, when it gained patterns."""
    if _PATTERNS.store is not None:
        _PATTERNS.store.save()
