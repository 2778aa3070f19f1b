"""The first-character index the regex engine gives only some patterns, for all of ours.

When a pattern starts with a literal or a character class, CPython's compiler records the
characters a match can start with, and a search skips in C over every position that holds none
of them. Most of newslint's patterns start with a lookbehind (``(?<![\\w-])`` for "a whole
word"), and the compiler then records nothing: the engine tries a full match at every position
of the text, and that is most of what the rules cost on an article.

:func:`add_index` works out, from the parsed pattern, every character the first consumed
character of a match can be, looking through lookarounds and anchors (they consume nothing),
groups, alternations and optional parts, and writes that set where the compiler writes its own.
The set only has to contain every possible first character, never the reverse, so each step
that cannot say (a back-reference, a negated class, case-insensitive matching) gives up and the
code is left as the compiler made it. The engine checks the block when it is handed the code.
"""

from __future__ import annotations

from typing import Any

# How deep the search goes through nested groups and alternations before it gives up.
_MAX_DEPTH = 40


def add_index(code: list[int], parsed: Any, flags: int, compiler: Any, constants: Any) -> list[int]:
    """`code` (what ``re._compiler._code`` made of `parsed`) with a first-character set in its
    leading info block, when the compiler left none and one can be worked out."""
    c = constants
    if not code or code[0] != c.INFO or code[2] & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET):
        return code
    if code[3] == 0 or flags & c.SRE_FLAG_IGNORECASE:
        return code  # a pattern that can match nothing, or one matched without case
    items = list(parsed.data)
    if _starts_anchored(items, flags, c):
        return code  # the engine already stops after the first position
    charset = first_charset(items, c, 0)
    if not charset:
        return code
    charset, _ = compiler._optimize_charset(charset)
    info = [c.INFO, 0, code[2] | c.SRE_INFO_CHARSET, code[3], code[4]]
    compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]


def _starts_anchored(items: list[Any], flags: int, c: Any) -> bool:
    """Whether a match can only start at the start of the text (``\\A``, or ``^`` without
    MULTILINE, which the parser writes alike whatever the flags)."""
    for op, av in items:
        if op is c.AT:
            if av is c.AT_BEGINNING_STRING or (
                    av is c.AT_BEGINNING and not flags & c.SRE_FLAG_MULTILINE):
                return True
        elif op not in (c.ASSERT, c.ASSERT_NOT):
            return False
    return False


def listed_chars(items: list[Any], c: Any) -> frozenset[str] | None:
    """The characters charset items (first_charset's) list; None when one of them is a category
    (\\w, \\s) or a negated set, which no short list covers."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(chars)


def first_charset(items: list[Any], c: Any, depth: int) -> list[Any] | None:
    """Charset items covering the first character the sequence `items` can consume; None when
    that cannot be said (or when the sequence can match without consuming anything)."""
    if depth > _MAX_DEPTH:
        return None
    for index, (op, av) in enumerate(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # consumes nothing: the first character comes after it
        rest = items[index + 1:]
        if op is c.LITERAL:
            return [(c.LITERAL, av)]
        if op is c.IN:
            if any(item_op is c.NEGATE for item_op, _ in av):
                return None
            return list(av)
        if op is c.BRANCH:
            found: list[Any] = []
            for alternative in av[1]:
                part = first_charset([*alternative.data, *rest], c, depth + 1)
                if part is None:
                    return None
                found.extend(part)
            return found
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                return None
            return first_charset([*inner.data, *rest], c, depth + 1)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, inner = av
            first = first_charset([*inner.data, *rest], c, depth + 1)
            if first is None or low > 0:
                return first
            after = first_charset(rest, c, depth + 1)  # the repeated part may be skipped
            return None if after is None else first + after
        return None  # anything else (a back-reference, any character, ...): cannot say
    return None
