"""mask.blank keeps the text's length and line breaks, whatever the ranges."""

from __future__ import annotations

import random
import re

import pytest

from lint.mask import blank


def _reference(text: str, ranges: list[tuple[int, int]]) -> str:
    out = list(text)
    for start, end in ranges:
        for i in range(max(0, start), min(end, len(text))):
            if out[i] not in "\r\n":
                out[i] = " "
    return "".join(out)


@pytest.mark.parametrize("seed", range(300))
def test_blank_spaces_out_ranges_and_keeps_breaks(seed: int) -> None:
    rnd = random.Random(seed)
    text = "".join(rnd.choice("ab \n\r“”'") for _ in range(rnd.randint(0, 50)))
    ranges = []
    for _ in range(rnd.randint(0, 5)):
        start = rnd.randint(0, len(text) + 2)
        ranges.append((start, start + rnd.randint(-1, 12)))
    got = blank(text, ranges)
    assert got == _reference(text, ranges)
    assert len(got) == len(text)
    assert [m.start() for m in re.finditer("[\r\n]", got)] == \
        [m.start() for m in re.finditer("[\r\n]", text)]
