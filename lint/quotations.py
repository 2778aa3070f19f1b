"""Find quotations and the marks that do not pair up, following news conventions.

A quotation that runs over several paragraphs leaves its closing mark off at the end of each
paragraph and reopens the next paragraph with an opening mark; that is not a defect. The same
holds at a line break inside a block when the next line reopens the quotation (copy that breaks
paragraphs with single line breaks).

Problems found:

- ``unmatched-close``: a closing mark with no opening mark before it;
- ``unclosed``: a double quotation opened and never closed (nor continued);
- ``unreopened``: a paragraph that goes on with the double quotation left open in the one
  before and closes it, with no opening mark at its start (reported at the paragraph's start,
  instead of ``unclosed`` and ``unmatched-close``): the paragraph before broke off mid-sentence,
  or the closing mark is followed by its speaker (``...air conditioning,” said Fan``);
- ``unclosed-single``: an opening single mark never closed (a straight one too, when a double
  quotation it opened inside closes first);
- ``nested-double``: a double quotation opened inside another one (use single marks inside);
- ``nested-single``: in copy that quotes with single marks, a curly single quotation opened
  inside another one (use double marks inside), unless the outer one's own attribution comes
  between them (a quotation that runs past its "she said" and reopens);
- ``wrong-way``: a curly mark pointing the wrong way (``”word`` or ``word“ next``);
- ``mixed-style``: straight and curly double marks in one article, once, at the first mark of
  the style used less.

Apostrophes (don’t, the officers’ union, ’90s, rock ’n’ roll), feet and inches (6’2”, 5'11")
are not quotation marks, and marks inside HTML tags left in the text (``<tweet id="1">``) are
markup, not quotation marks. A quotation in the other style inside an open double quotation
(``"He called it “a rant,” she said."``) is a quotation inside a quotation, not a defect.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from . import rx

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
ALL_MARKS = frozenset('“”«»„‘’"\'')
_MARK = rx.compile('[“”«»„‘’"\']')
_MEASURE = rx.compile(r"(?<![\w.,])\d{1,2}['’′]\s?\d{1,2}(?:\.\d+)?[\"”″]")
_OPENING_CONTEXT = frozenset(" \t\r\n\xa0([{—–-/“‘\"'")
_CLOSING_NEXT = frozenset(" \t\r\n\xa0)]}.,;:!?—–-…”’\"'")
_TAG = rx.compile(
    r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]{0,2000}\"|'[^'<>\n]*'|[^\s>]+))?)*"
    r"\s*/?>"
)
_ELLIPSIS_AFTER = rx.compile(r" ?(?:\. ?\. ?\.|…)|\.@")  # ". . . I want, " …, ".@name
_CONTRACTION = rx.compile(r"(?:n|em|til|cause|bout|round|tis|twas)(?![\w])", re.IGNORECASE)
_NEXT_SENTENCE = rx.compile(r"[.!?…][’'”\"]?\s+[A-Z“\"]")
_SENTENCE_END = rx.compile(r"[.!?…][’']?\s+$")
_ATTRIBUTED = rx.compile(
    r"[,?!—–-]\s+(?!(?:I|I'd|I’d|we|you)\b)(?:[\w.'’-]+\s+){0,4}(?:said|says|told|added|asked|according\s+to|explained|"
    r"warned|insisted|admitted|continued|wrote|writes)\b"
)
# the attribution of the quotation itself, not speech it reports (Kerry said that 100,000...)
_OWN_ATTRIBUTION = rx.compile(
    r"[,?!—–-][’']?\s+(?!(?:I|I'd|I’d|we|you)\b)(?:[\w.'’-]+\s+){0,6}(?:(?:said|says|told|"
    r"asked|explained|warned|insisted|admitted|wrote|writes|replied|responded|argued|tweeted)\b"
    # also words for a state or a thing, not speech, before a noun: "continued success", "added
    # pressure", "noted author"
    r"|(?:added|continued|stated|noted|started|concluded)\b(?!\s+(?!(?:the|a|an|on|in|at|of|"
    r"as|when|while|after|before|during|with|by|from|later|earlier|yesterday|today|tonight|this|"
    r"last)\b)[a-z]))"
    r"(?!\s+(?:that|to|it|him|her|them|me|us|you|he|she|they|we|I|if|how|what|when|why)\b)"
)
_LEAD_VERBS = frozenset(
    "said says say told tells added asked wrote writes stated declared explained continued "
    "saying tweeted replied warned insisted noted concluded read reads".split()
)
# The speaker after a closing mark: ',” said Shanhui Fan', ',” the minister told MPs'.
_SPEAKER_AFTER = rx.compile(
    r"\s+(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|tells|added|adds|asked|asks|explained|"
    r"explains|warned|warns|insisted|insists|admitted|admits|continued|continues|wrote|writes|"
    r"stated|states|noted|notes|replied|replies|responded|responds|argued|argues|concluded|"
    r"concludes|tweeted)\b")
_FULL_STOPS = frozenset(".!?…:;")
_LINE = rx.compile(r"[^\n]+")
_WRAPPED_LINE = 100  # a block whose lines are all shorter than this is hard-wrapped prose


class Mark(NamedTuple):
    offset: int
    char: str
    role: str  # "open" or "close"
    double: bool
    wrong_way: bool = False


def first_words(text: str, limit: int) -> str:
    """The text's first `limit` words, with an ellipsis when there are more: what a message
    shows of a quotation or a source."""
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


class Quotation(NamedTuple):
    start: int  # offset of the opening mark (or paragraph start for a continuation)
    end: int  # offset after the closing mark (or the paragraph end when left open)
    inner_start: int
    inner_end: int
    closed: bool
    double: bool
    continues: bool  # True when this paragraph continues a quotation from the one before


class Problem(NamedTuple):
    offset: int
    kind: str
    char: str


class QuoteScan(NamedTuple):
    quotations: tuple[Quotation, ...]
    problems: tuple[Problem, ...]
    marks: tuple[Mark, ...]


def _straight(mark: Mark) -> bool:
    return mark.char == '"'


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify_curly_double(text: str, i: int, ch: str, prev: str, nxt: str) -> Mark:
    if ch in OPEN_DOUBLE:
        closing = nxt.isspace() and not prev.isspace() or nxt in "\r\n"
        if closing or (prev.isalnum() and nxt in ",.;:!?"):
            return Mark(i, ch, "close", True, True)  # word“ next: an opening mark used to close
        return Mark(i, ch, "open", True)
    if prev in _OPENING_CONTEXT and prev not in "“\"'‘" and _is_word(nxt):
        return Mark(i, ch, "open", True, True)  # ”word: a closing mark used to open
    if prev in "\n\xa0" and nxt == " " and _ELLIPSIS_AFTER.match(text, i + 1):
        return Mark(i, ch, "open", True, True)  # ” … words: a closing mark used to open
    return Mark(i, ch, "close", True)


def _classify_single(text: str, i: int, ch: str, prev: str, nxt: str) -> Mark | None:
    if ch == OPEN_SINGLE:
        if nxt.isdigit() or _is_word(prev) or _CONTRACTION.match(text, i + 1):
            return None  # ‘16, Trump‘s, CBS‘ show, ‘em: an apostrophe in the wrong glyph
        return Mark(i, ch, "open", False)
    if _is_word(prev) and _is_word(nxt):
        return None  # apostrophe: don't, Trump's
    if prev in _OPENING_CONTEXT and not nxt.isspace():
        if nxt.isdigit() or _CONTRACTION.match(text, i + 1):
            return None  # ’90s, rock ’n’ roll, 'em
        if ch == "'" or nxt.isalpha():
            return Mark(i, ch, "open", False) if ch == "'" else None
        return None
    if prev == "n" and text[i - 2 : i - 1] in ("’", "'") and not _is_word(text[i - 3 : i - 2]):
        return None  # rock ’n’ roll
    return Mark(i, ch, "close", False)


def classify(text: str, i: int) -> Mark | None:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE:
        return _classify_curly_double(text, i, ch, prev, nxt)
    if ch == '"':
        # about"joint, authorities."We: a missing space; pairing decides
        opening = not nxt.isspace() and nxt not in _CLOSING_NEXT
        if not opening and prev.isspace() and _ELLIPSIS_AFTER.match(text, i + 1):
            opening = True  # ". . . I want, ".@name: an opening mark before an ellipsis
        return Mark(i, ch, "open" if opening else "close", True)
    return _classify_single(text, i, ch, prev, nxt)


def scan(text: str, paragraphs: Sequence[tuple[int, int]]) -> QuoteScan:
    quotations: list[Quotation] = []
    problems: list[Problem] = []
    marks: list[Mark] = []
    carried: Mark | None = None  # a double quotation left open at the end of the last paragraph
    blocks = _blocks(text, paragraphs)
    all_marks = _marks(text)
    offsets = [m.offset for m in all_marks]
    last_end = 0
    for index, (p_start, p_end) in enumerate(blocks):
        lo = bisect_left(offsets, p_start)
        para_marks = all_marks[lo : bisect_left(offsets, p_end, lo)]
        marks.extend(para_marks)
        continues = bool(carried) and _reopens(text, p_start, para_marks)
        runs_on = None
        if carried and not continues:
            if _runs_on(text, carried, last_end, para_marks):
                problems.append(Problem(p_start, "unreopened", carried.char))
                runs_on = carried
            else:
                problems.append(Problem(carried.offset, "unclosed", carried.char))
        state = _Pairing(text, p_start, p_end, continues or runs_on is not None, quotations,
                         problems, runs_on)
        carried = state.run(para_marks)
        last_end = p_end
        if carried and _cannot_continue(text, carried, p_end):
            problems.append(Problem(carried.offset, "unclosed", carried.char))
            carried = None
        if carried and index == len(blocks) - 1:
            problems.append(Problem(carried.offset, "unclosed", carried.char))
    problems.extend(_mixed_style(marks))
    return QuoteScan(tuple(quotations), tuple(sorted(problems)), tuple(marks))


def _blocks(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs, with each line a block of its own where lines are not hard-wrapped."""
    out: list[tuple[int, int]] = []
    for start, end in paragraphs:
        if text.find("\n", start, end) < 0:
            out.append((start, end))
            continue
        lines = [m.span() for m in _LINE.finditer(text, start, end)
                 if text[m.start() : m.end()].strip()]
        if len(lines) > 1 and max(b - a for a, b in lines) > _WRAPPED_LINE:
            out.extend(_join_broken_lines(text, lines))
        else:
            out.append((start, end))
    return out


def _join_broken_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line that goes on in lower case after a line with no final stop is the same block."""
    out = [lines[0]]
    for start, end in lines[1:]:
        head = text[out[-1][0] : out[-1][1]].rstrip()
        if text[start : start + 1].islower() and head and head[-1] not in ".!?:;”\"’'":
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _cannot_continue(text: str, opening: Mark, end: int) -> bool:
    """A quotation left open that cannot run on into the next paragraph.

    A partial quotation woven into the reporter's sentence (has “enormous respect) ends in its
    sentence: it may run to the end of its paragraph, not past a sentence after it. And a
    quotation that goes on past its own attribution (“We lost, he said.) was
    meant to close before it.
    """
    line_start = text.rfind("\n", 0, opening.offset) + 1
    words = text[line_start : opening.offset].split()
    partial = bool(words) and words[-1][-1].isalnum() and words[-1].lower() not in _LEAD_VERBS
    if partial and _NEXT_SENTENCE.search(text, opening.offset + 1, end):
        return True
    return bool(_OWN_ATTRIBUTION.search(text, opening.offset + 1, end))


def _runs_on(text: str, carried: Mark, last_end: int, marks: Sequence[Mark]) -> bool:
    """Whether a block that does not reopen the quotation left open before it (`carried`, in
    the block ending at `last_end`) still goes on with it: its first double mark closes, in the
    same style, and the block before broke off mid-sentence or the speaker follows the close."""
    first = next((mark for mark in marks if mark.double), None)
    if first is None or first.role != "close" or first.wrong_way or \
            _straight(first) != (carried.char == '"'):
        return False
    before = text[carried.offset : last_end].rstrip()
    if before and before[-1] not in _FULL_STOPS:
        return True
    return text[first.offset - 1 : first.offset] in ",?!—–-" and bool(
        _SPEAKER_AFTER.match(text, first.offset + 1))


def _reopens(text: str, line_start: int, marks: Sequence[Mark]) -> bool:
    """True when the first mark opens a double quotation at the start of the block."""
    first = marks[0] if marks else None
    return bool(
        first and first.role == "open" and first.double
        and not text[line_start : first.offset].strip()
    )


def _marks(text: str) -> list[Mark]:
    """Every quotation mark of the text, found once, outside markup and measurements."""
    skip = _spans(_TAG, text, "<") + _spans(_MEASURE, text, "'’′")
    skip.sort()
    starts = [a for a, _ in skip]
    out: list[Mark] = []
    for match in _MARK.finditer(text):
        i = match.start()
        k = bisect_right(starts, i) - 1
        if k >= 0 and i < skip[k][1]:
            continue
        mark = classify(text, i)
        if mark:
            out.append(mark)
    return out


def _spans(pattern: re.Pattern[str], text: str, needles: str) -> list[tuple[int, int]]:
    if not any(n in text for n in needles):
        return []
    return [m.span() for m in pattern.finditer(text)]


# The families of double marks an article should not mix: straight, English curly, guillemets
# (French, Spanish) and the low opening mark (German) that translated copy leaves behind.
DOUBLE_STYLES = {'"': "straight", "“": "curly", "”": "curly", "«": "guillemet",
                 "»": "guillemet", "„": "low"}


def double_styles(marks: Sequence[Mark]) -> dict[str, list[Mark]]:
    """The article's double marks by style, in order of first use."""
    styles: dict[str, list[Mark]] = {}
    for mark in marks:
        if mark.double and mark.char in DOUBLE_STYLES:
            styles.setdefault(DOUBLE_STYLES[mark.char], []).append(mark)
    return styles


def _mixed_style(marks: Sequence[Mark]) -> list[Problem]:
    """At the first mark of the style used least (of two used equally, the one used later)."""
    styles = double_styles(marks)
    if len(styles) < 2:
        return []
    minority = min(styles.values(), key=lambda group: (len(group), -group[0].offset))
    return [Problem(minority[0].offset, "mixed-style", minority[0].char)]


class _Pairing:
    """Pair the marks of one paragraph, recording quotations and problems."""

    def __init__(
        self,
        text: str,
        p_start: int,
        p_end: int,
        continues: bool,
        quotations: list[Quotation],
        problems: list[Problem],
        runs_on: Mark | None = None,
    ) -> None:
        self.text = text
        self.p_start = p_start
        self.p_end = p_end
        self.continues = continues
        self.quotations = quotations
        self.problems = problems
        self.double: Mark | None = None
        self.inner: Mark | None = None  # a quotation in the other style inside self.double
        self.nested: Mark | None = None  # an inner opening in the same style, reported
        self.single: Mark | None = None
        self.first: Mark | None = None
        # a quotation that runs on from the paragraph before without being reopened: open
        # from the paragraph's start, as if a mark stood before it
        self.runs_on = None if runs_on is None else Mark(p_start - 1, runs_on.char, "open", True)

    def run(self, marks: Sequence[Mark]) -> Mark | None:
        """Return the double mark left open at the end of the paragraph, if any."""
        self.first = marks[0] if marks else None
        if self.runs_on is not None:
            self.double = self.first = self.runs_on
        for mark in marks:
            if mark.wrong_way:
                self.problems.append(Problem(mark.offset, "wrong-way", mark.char))
            if mark.double:
                self._double(mark)
            else:
                self._single(mark)
        if self.single is not None and self.single.char == OPEN_SINGLE and self.double is None:
            self.problems.append(Problem(self.single.offset, "unclosed-single", self.single.char))
        if self.double is not None:
            self._end_inner()
            self._add(self.double, self._trim_end(self.p_end), closed=False)
            return self.double
        return None

    def _double(self, mark: Mark) -> None:
        if self.inner is not None and _straight(mark) == _straight(self.inner):
            if mark.role == "close" or mark.char == '"':
                self.inner = None
                return
        if mark.role == "open" and self.double is not None:
            if self._attributed_before(mark):
                self._end_inner()
                self._problem(self.double, "unclosed")
                self._add(self.double, self._trim_end(mark.offset), closed=False)
                self.double = mark
                return
            if self._reopened_line(mark) or self._reopened_sentence(mark):
                self._end_inner()
                self._add(self.double, self._trim_end(mark.offset), closed=False)
                self.double = mark
                return
            if self._starts_inner(mark):
                self.inner = mark
                return
            if mark.char == '"' or self.double.char == '"':
                mark = mark._replace(role="close")
            else:  # reported; the next closing mark closes it, not the outer quotation
                self.problems.append(Problem(mark.offset, "nested-double", mark.char))
                self.inner = self.nested = mark
                return
        if mark.role == "open":
            self.double = mark
            return
        if self.double is None:
            self.problems.append(Problem(mark.offset, "unmatched-close", mark.char))
            return
        if self.single is not None and self.single.offset > self.double.offset:
            if self.single.char in (OPEN_SINGLE, "'"):  # a straight one opened after a space
                self._problem(self.single, "unclosed-single")
            self.single = None
        self._end_inner()
        self._add(self.double, mark.offset + 1, closed=True)
        self.double = None

    def _starts_inner(self, mark: Mark) -> bool:
        """`"He called it “a rant,” she said."`: the other style after a space opens a quotation."""
        assert self.double is not None
        prev = self.text[mark.offset - 1 : mark.offset]
        return (self.inner is None and _straight(mark) != _straight(self.double)
                and not mark.wrong_way and (prev.isspace() or prev in "([—–-/"))

    def _attributed_before(self, mark: Mark) -> bool:
        """`"We lost, he said. "We won.`: a quotation that runs past its own attribution."""
        assert self.double is not None
        prev = self.text[mark.offset - 1 : mark.offset]
        return prev.isspace() and bool(
            _OWN_ATTRIBUTION.search(self.text, self.double.offset + 1, mark.offset))

    def _end_inner(self) -> None:
        if self.inner is not None:
            if self.inner is not self.nested:
                self._problem(self.inner, "unclosed")
            self.inner = None

    def _problem(self, mark: Mark, kind: str) -> None:
        self.problems.append(Problem(mark.offset, kind, mark.char))

    def _single(self, mark: Mark) -> None:
        if mark.role == "open":
            if self.single is None:
                self.single = mark
            elif self._nested_single(mark):
                self._problem(mark, "nested-single")
            return
        if self.single is not None:
            if self.double is None:
                self.quotations.append(
                    Quotation(self.single.offset, mark.offset + 1, self.single.offset + 1,
                              mark.offset, True, False, False)
                )
            self.single = None
        # a lone closing single mark is almost always an apostrophe (the officers’ union)

    def _nested_single(self, mark: Mark) -> bool:
        """`‘We called it ‘the last one’ for months,’ she said.`: a curly single quotation opened
        inside an open one, outside any double quotation, on the same line, with no attribution
        of the outer one between them."""
        outer = self.single
        assert outer is not None
        return (mark.char == OPEN_SINGLE and outer.char == OPEN_SINGLE and self.double is None
                and "\n" not in self.text[outer.offset : mark.offset]
                and not _OWN_ATTRIBUTION.search(self.text, outer.offset + 1, mark.offset))

    def _reopened_line(self, mark: Mark) -> bool:
        """A quotation reopened at the start of a new line continues the open one."""
        line_start = self.text.rfind("\n", self.p_start, mark.offset) + 1
        return line_start > self.p_start and not self.text[line_start : mark.offset].strip()

    def _reopened_sentence(self, mark: Mark) -> bool:
        """`"A. "B.`: a quotation reopened at a new sentence, with no attribution between.

        Copy whose paragraph breaks were lost keeps the opening mark of each paragraph.
        """
        assert self.double is not None
        head = self.text[self.double.offset + 1 : mark.offset]
        nxt = self.text[mark.offset + 1 : mark.offset + 2]
        return bool(_SENTENCE_END.search(head)) and nxt.isupper() and not _ATTRIBUTED.search(head)

    def _add(self, opening: Mark, end: int, *, closed: bool) -> None:
        inner_end = end - 1 if closed else end
        continues = self.continues and opening is self.first
        start = opening.offset + 1 if opening is self.runs_on else opening.offset
        self.quotations.append(
            Quotation(start, end, opening.offset + 1, inner_end, closed, True, continues)
        )

    def _trim_end(self, end: int) -> int:
        assert self.double is not None
        while end > self.double.offset + 1 and self.text[end - 1].isspace():
            end -= 1
        return end
