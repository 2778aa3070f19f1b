"""Find quotations and the marks that do not pair up, following news conventions.

A quotation that runs over several paragraphs leaves its closing mark off at the end of each
paragraph and reopens the next paragraph with an opening mark; that is not a defect.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence, Tuple

OPEN_DOUBLE = "“«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
ALL_MARKS = frozenset('“”«»‘’"\'')
_OPENING_CONTEXT = frozenset(" \t\r\n([{—–-/“‘\"'")


class Mark(NamedTuple):
    offset: int
    char: str
    role: str  # "open" or "close"
    double: bool


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
    kind: str  # "unmatched-close", "unclosed", "unclosed-single", "nested-double", "wrong-way"
    char: str


class QuoteScan(NamedTuple):
    quotations: Tuple[Quotation, ...]
    problems: Tuple[Problem, ...]
    marks: Tuple[Mark, ...]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def classify(text: str, i: int) -> Mark | None:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPEN_DOUBLE:
        return Mark(i, ch, "open", True)
    if ch in CLOSE_DOUBLE:
        return Mark(i, ch, "close", True)
    if ch == '"':
        opening = prev in _OPENING_CONTEXT and not nxt.isspace()
        return Mark(i, ch, "open" if opening else "close", True)
    if ch in OPEN_SINGLE:
        return Mark(i, ch, "open", False)
    if ch in (CLOSE_SINGLE, "'"):
        if _is_word(prev) and _is_word(nxt):
            return None  # apostrophe: don't, Trump's
        if prev in _OPENING_CONTEXT and not nxt.isspace():
            if ch == "'" or nxt.isalpha():
                # 'tis, ’90s are apostrophes; a straight ' before a word opens a quotation
                return Mark(i, ch, "open", False) if ch == "'" else None
            return None
        return Mark(i, ch, "close", False)
    return None


def scan(text: str, paragraphs: Sequence[Tuple[int, int]]) -> QuoteScan:
    quotations: list[Quotation] = []
    problems: list[Problem] = []
    marks: list[Mark] = []
    carried: Mark | None = None  # a double quotation left open at the end of the last paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        para_marks = [m for m in (classify(text, i) for i in _mark_positions(text, p_start, p_end)) if m]
        marks.extend(para_marks)
        first_open = para_marks[0] if para_marks and para_marks[0].role == "open" else None
        continues = bool(
            carried and first_open and first_open.double
            and not text[p_start : first_open.offset].strip()
        )
        if carried and not continues:
            problems.append(Problem(carried.offset, "unclosed", carried.char))
        carried = _scan_paragraph(text, p_start, p_end, para_marks, continues, quotations, problems)
        if carried and index == len(paragraphs) - 1:
            problems.append(Problem(carried.offset, "unclosed", carried.char))
    return QuoteScan(tuple(quotations), tuple(sorted(problems)), tuple(marks))


def _mark_positions(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i] in ALL_MARKS]


def _scan_paragraph(
    text: str,
    p_start: int,
    p_end: int,
    marks: list[Mark],
    continues: bool,
    quotations: list[Quotation],
    problems: list[Problem],
) -> Mark | None:
    """Pair the marks of one paragraph; return the open double mark left at its end, if any."""
    double: Mark | None = None
    single: Mark | None = None
    for mark in marks:
        if mark.double:
            if mark.role == "open":
                if double is not None:
                    if mark.char == '"':
                        mark = mark._replace(role="close")
                    else:
                        problems.append(Problem(mark.offset, "nested-double", mark.char))
                        continue
                else:
                    double = mark
                    continue
            if double is None:
                problems.append(Problem(mark.offset, "unmatched-close", mark.char))
                continue
            if single is not None and single.offset > double.offset:
                problems.append(Problem(single.offset, "unclosed-single", single.char))
                single = None
            quotations.append(
                Quotation(double.offset, mark.offset + 1, double.offset + 1, mark.offset, True, True,
                          continues and double is marks[0])
            )
            double = None
        else:
            if mark.role == "open":
                if single is None:
                    single = mark
            elif single is not None:
                if double is None:
                    quotations.append(
                        Quotation(single.offset, mark.offset + 1, single.offset + 1, mark.offset,
                                  True, False, False)
                    )
                single = None
            # a lone closing single mark is almost always an apostrophe (the officers’ union)
    if single is not None and single.char == OPEN_SINGLE and double is None:
        problems.append(Problem(single.offset, "unclosed-single", single.char))
    if double is not None:
        end = p_end
        while end > double.offset + 1 and text[end - 1].isspace():
            end -= 1
        quotations.append(
            Quotation(double.offset, end, double.offset + 1, end, False, True,
                      continues and double is marks[0])
        )
        return double
    return None
