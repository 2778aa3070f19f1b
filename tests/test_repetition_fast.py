"""The repetition check over the whole word index finds what the span-by-span check finds."""

from __future__ import annotations

import random

import pytest

from lint.document import parse
from lint.kinds.base import Context
from lint.kinds.repetition import RepetitionChecker
from lint.segment import Segments


@pytest.mark.parametrize("seed", range(200))
def test_whole_index_and_span_by_span_agree(seed: int) -> None:
    rnd = random.Random(seed)
    words = ["the", "The", "THE", "a", "bye", "Bye,", "1", "1", "is", "it", "ﬁt", "ﬁt",
             "\n", ".", "U.S.", "x"]
    text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 60)))
    seg = Segments(parse("a.txt", text, "text"))
    ctx = Context(seg.doc, seg)
    checker = RepetitionChecker({"allow": ["x"]})
    spans = seg.scope("sentence")
    view = seg.prose
    starts, ends = seg.tokens(view)
    low = seg.lowered(view)
    low_or_none = low if len(low) == len(view) else None
    fast = [(h.start, h.end, h.values["match"]) for h in checker.check(ctx, spans, view)]
    slow = [(h.start, h.end, h.values["match"])
            for h in checker._by_span(spans, view, low_or_none, starts, ends)]
    assert fast == slow
    if rnd.random() < 0.3 and len(text) > 4:  # arbitrary, even overlapping, spans
        cuts = sorted(rnd.sample(range(len(text) + 1), 4))
        for spans in (((cuts[0], cuts[2]), (cuts[1], cuts[3])),
                      ((cuts[0], cuts[1]), (cuts[2], cuts[3]))):
            fast = [(h.start, h.end) for h in checker.check(ctx, spans, view)]
            slow = [(h.start, h.end) for h in checker._by_span(spans, view, low_or_none,
                                                                starts, ends)]
            assert fast == slow
