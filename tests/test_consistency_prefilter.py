"""consistency: the one-pass test for any literal variant changes no finding."""

from __future__ import annotations

import random

import pytest

from lint.document import parse
from lint.kinds.base import Context
from lint.kinds.consistency import ConsistencyChecker
from lint.segment import Segments

GROUPS = (("Gaddafi", "Qaddafi"), ("Kyiv", "Kiev"), ("al-Qaeda", "al Qaeda", "Al-Qaeda"),
          ("colou?r", "hue"))


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("seed", range(40))
def test_prefilter_keeps_findings(seed: int, ignorecase: bool) -> None:
    rnd = random.Random(seed)
    words = ["Gaddafi", "qaddafi", "Kyiv", "Kiev", "al-Qaeda", "Al-Qaeda", "al Qaeda", "color",
             "colour", "hue", "the", "said", "\n\n"]
    text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
    seg = Segments(parse("a.txt", text, "text"))
    ctx = Context(seg.doc, seg)
    fast = ConsistencyChecker({"groups": GROUPS, "ignorecase": ignorecase})
    slow = ConsistencyChecker({"groups": GROUPS, "ignorecase": ignorecase})
    slow.any_literal = None
    spans = ((0, len(text)),)
    assert list(fast.check(ctx, spans, seg.prose)) == list(slow.check(ctx, spans, seg.prose))
