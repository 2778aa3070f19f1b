"""Long alternations regrouped by their first character, for the regex engine's sake.

CPython's regex engine tries the alternatives of a branch one after another. It skips an
alternative that starts with a literal or a character class not matching the next character,
but it still looks at every one: where a word starts, a rule joining three hundred phrases
costs three hundred of those looks, and that is most of what the large rules cost.

:func:`dispatch` rewrites, in the parsed pattern, every branch of at least :data:`MIN_BRANCH`
alternatives into a branch with one alternative per possible first character: that character,
then the alternatives (in their order) that can start with it, with the character taken off,
regrouped in turn. At any position only the alternatives that can start with the character
there can match, and they are tried in their order with the same continuation, so a search
finds the same matches with the same groups; it looks at a few dozen alternatives instead of
hundreds.

An alternative that can start with many characters (a whole list of words, a class) is not
copied into a group for each of them: it stays where it is, and the runs of alternatives on
either side of it are regrouped on their own, which keeps the order of trial.

Taking the first character off is exact only for some shapes: a literal, a class, a repeat of
them ("x+" is "x" then "x*"), a branch, a group without capture or flags, and a lookbehind
before them, which becomes the same lookbehind, the character added, after it. Anything else (a
capture, a lookahead, a back-reference, a class with categories such as ``\\s``, a part that
can match nothing) leaves that alternative whole, behind a one-character lookahead, or, where
the first characters cannot be listed at all, the branch as the parser made it. Patterns with
case-insensitive parts are left alone, and so is a rewrite that would more than triple the
engine's code (:data:`MAX_GROWTH`; the store checks it).
"""

from __future__ import annotations

from typing import Any

from .rxindex import first_charset

# Branches with fewer alternatives are left as they are: the regrouping would gain nothing.
MIN_BRANCH = 6
# First characters beyond this many (a class of a whole alphabet) are not listed out.
_MAX_CHARS = 64
# An alternative that can start with more characters than this is left where it is, not
# copied into a group per character.
_FEW = 12
# A rewrite that would grow the engine's code beyond this factor is dropped.
MAX_GROWTH = 3.0

Items = list[Any]


# The most work a rewrite may take, counted in parts looked at: regrouping the tails of
# alternatives in turn builds a prefix tree, and some patterns have exponentially many prefixes
# ("(?:x|y)?(?:x|y)?...b"). The largest shipped rule takes about 18,000; a pattern that would
# take more is compiled as written, after a fraction of a second's work.
STEPS = 200_000


def dispatch(parsed: Any, flags: int, parser: Any, c: Any) -> bool:
    """Regroup the long branches of `parsed` (what ``re._parser.parse`` returned) in place.
    Returns whether anything changed; a pattern whose rewrite would take more than
    :data:`STEPS` steps is left as it is."""
    if flags & c.SRE_FLAG_IGNORECASE or _has_flag_groups(parsed.data, c):
        return False
    rewriter = _Rewriter(parsed.state, parser, c)
    try:
        data = rewriter.walk(parsed.data)
    except (_TooLong, RecursionError):  # too much work, or parts nested too deep to take apart
        return False
    if not rewriter.changed:
        return False
    parsed.data = data
    return True


def _has_flag_groups(items: Items, c: Any) -> bool:
    """Whether a group anywhere in `items` sets or clears flags ("(?i:...)")."""
    for op, av in items:
        if op is c.SUBPATTERN and (av[1] or av[2]):
            return True
        for inner in _inner(op, av, c):
            if _has_flag_groups(inner.data, c):
                return True
    return False


def _inner(op: Any, av: Any, c: Any) -> list[Any]:
    """The subpatterns directly inside one parsed item."""
    if op is c.BRANCH:
        return list(av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [av[1]]
    if op is c.ATOMIC_GROUP:
        return [av]
    if op is c.SUBPATTERN:
        return [av[3]]
    if op is c.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


class _Never(Exception):
    """The sequence cannot start with the character asked about."""


class _TooLong(Exception):
    """The rewrite has taken more than STEPS steps."""


class _Rewriter:
    def __init__(self, state: Any, parser: Any, c: Any) -> None:
        self.state, self.parser, self.c = state, parser, c
        self.changed = False
        self.steps = 0

    def step(self, size: int) -> None:
        """Count work in parts looked at; stop past STEPS."""
        self.steps += size
        if self.steps > STEPS:
            raise _TooLong

    def sub(self, items: Items) -> Any:
        return self.parser.SubPattern(self.state, items)

    def walk(self, items: Items) -> Items:
        """`items` with every long branch inside regrouped."""
        c, out = self.c, []
        for op, av in items:
            if op is c.BRANCH:
                alternatives = [self.sub(self.walk(a.data)) for a in av[1]]
                out.extend(self.regroup(alternatives))
            elif op is c.SUBPATTERN:
                out.append((op, (av[0], av[1], av[2], self.sub(self.walk(av[3].data)))))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                out.append((op, (av[0], av[1], self.sub(self.walk(av[2].data)))))
            elif op in (c.ASSERT, c.ASSERT_NOT):
                out.append((op, (av[0], self.sub(self.walk(av[1].data)))))
            elif op is c.ATOMIC_GROUP:
                out.append((op, self.sub(self.walk(av.data))))
            else:
                out.append((op, av))
        return out

    def regroup(self, alternatives: list[Any]) -> Items:
        """A branch of `alternatives`, its runs of alternatives that can start with only a few
        characters regrouped by first character when the branch is long enough.

        An alternation tries its alternatives in order, so "A|B|W|C|D" is "(A|B)|W|(C|D)": an
        alternative that can start with many characters (W) stays where it is, tried as before,
        and the runs on either side of it are regrouped on their own, none copied into a group
        per character it may start with.
        """
        c = self.c
        kept: Items = [(c.BRANCH, (None, alternatives))]
        if len(alternatives) < MIN_BRANCH:
            return kept
        self.step(len(alternatives))
        out: list[Any] = []
        run: list[tuple[Any, frozenset[int]]] = []

        def flush() -> None:
            if len(run) >= 2 and len({ch for _, f in run for ch in f}) < len(run):
                out.append(self.sub(self.by_first(run)))
            else:
                out.extend(a for a, _ in run)
            run.clear()

        for alternative in alternatives:
            chars = self.first(alternative.data)
            if chars is None or len(chars) > _FEW:
                flush()
                out.append(alternative)
            else:
                run.append((alternative, chars))
        flush()
        if len(out) == len(alternatives):
            return kept  # no run shared a first character
        self.changed = True
        return out[0].data if len(out) == 1 else [(c.BRANCH, (None, out))]

    def by_first(self, run: list[tuple[Any, frozenset[int]]]) -> Items:
        """One branch alternative per first character of the alternatives in `run`."""
        order: dict[int, None] = {}
        for _, chars in run:
            order.update(dict.fromkeys(sorted(chars)))
        groups = [self.sub(self.group(char, [a for a, f in run if char in f])) for char in order]
        return groups[0].data if len(groups) == 1 else [(self.c.BRANCH, (None, groups))]

    def group(self, char: int, members: list[Any]) -> Items:
        """What matches where one of `members` matches at a position holding `char`."""
        c = self.c
        try:
            rests = [self.strip(m.data, char) for m in members]
        except _Never:  # pragma: no cover - members were chosen by their first characters
            rests = [None]
        if any(r is None for r in rests):
            body = members[0].data if len(members) == 1 else [(c.BRANCH, (None, members))]
            return [(c.ASSERT, (1, self.sub([(c.LITERAL, char)]))), *body]
        tails = [self.sub(r) for r in rests if r is not None]
        if len(tails) == 1:
            return [(c.LITERAL, char), *tails[0].data]
        return [(c.LITERAL, char), *self.regroup(tails)]

    def first(self, items: Items) -> frozenset[int] | None:
        """Every character a match of `items` can start with; None when that cannot be listed
        (or a match can be empty). The first-character index's own charset, as characters."""
        charset = first_charset(items, self.c, 0)
        return None if charset is None else self._class(charset)

    def _class(self, items: Items) -> frozenset[int] | None:
        c, chars = self.c, set()
        for op, av in items:
            if op is c.LITERAL:
                chars.add(av)
            elif op is c.RANGE and av[1] - av[0] < _MAX_CHARS:
                chars.update(range(av[0], av[1] + 1))
            else:
                return None  # a category, a negation, a wide range
        return frozenset(chars) if len(chars) <= _MAX_CHARS else None

    def strip(self, items: Items, char: int) -> Items | None:
        """What matches the rest of a match of `items` that starts with `char` (None: that
        cannot be written exactly; _Never: no match starts with it)."""
        c = self.c
        if not items:
            raise _Never
        self.step(len(items))
        (op, av), rest = items[0], list(items[1:])
        if op is c.LITERAL:
            if av != char:
                raise _Never
            return rest
        if op is c.IN:
            chars = self._class(av)
            if chars is None:
                return None
            if char not in chars:
                raise _Never
            return rest
        if op is c.SUBPATTERN:
            if av[0] is not None or av[1] or av[2]:
                return None  # a capture would start one character late
            return self.strip([*av[3].data, *rest], char)
        if op is c.BRANCH:
            return self._strip_branch(av[1], rest, char)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return self._strip_repeat(op, av, rest, char)
        if op in (c.ASSERT, c.ASSERT_NOT) and av[0] < 0:
            # a lookbehind before the character is the same lookbehind, the character added,
            # after it: "(?<![\\w-])" then "s" is "s" then "(?<![\\w-]s)"
            after = self.strip(rest, char)
            moved = (op, (av[0], self.sub([*av[1].data, (c.LITERAL, char)])))
            return None if after is None else [moved, *after]
        return None

    def _strip_branch(self, alternatives: list[Any], rest: Items, char: int) -> Items | None:
        kept = []
        for alternative in alternatives:
            chars = self.first(alternative.data)
            if chars is None:
                return None  # it might match nothing, and then `rest` would start here
            if char not in chars:
                continue
            stripped = self.strip(alternative.data, char)
            if stripped is None:
                return None
            kept.append(self.sub(stripped))
        if not kept:
            raise _Never
        if len(kept) == 1:
            return [*kept[0].data, *rest]
        return [(self.c.BRANCH, (None, kept)), *rest]

    def _strip_repeat(self, op: Any, av: Any, rest: Items, char: int) -> Items | None:
        c = self.c
        low, high, inner = av
        if high == 0:
            return None
        chars = self.first(inner.data)
        if chars is None:
            return None
        again = [] if high == 1 else [
            (op, (max(low - 1, 0), high if high is c.MAXREPEAT else high - 1, inner))]
        if low > 0:  # "x{2,5}" is "x" then "x{1,4}", greedy or lazy alike
            if char not in chars:
                raise _Never
            stripped = self.strip(inner.data, char)
            return None if stripped is None else [*stripped, *again, *rest]
        # "x?" / "x*": once more, or not at all, in the order the repeat tries them
        ways: list[Items | None] = []
        if char in chars:
            ways.append(self.strip([*inner.data, *again, *rest], char))
        after = self.first(rest)
        if after is None:
            return None
        if char in after:
            ways.append(self.strip(rest, char))
        if any(w is None for w in ways):
            return None
        if not ways:
            raise _Never
        if op is c.MIN_REPEAT:
            ways.reverse()
        if len(ways) == 1:
            assert ways[0] is not None
            return ways[0]
        return [(c.BRANCH, (None, [self.sub(w) for w in ways if w is not None]))]
