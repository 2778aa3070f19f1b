"""The lede is the first body paragraph, after at most a few caption or kicker lines."""

from __future__ import annotations

from lint.document import parse
from lint.segment import Segments

LONG = "The council approved the budget on Tuesday after a debate that lasted most of the day."


def lede_line(text: str) -> int | None:
    doc = parse("a.txt", text, "text")
    span = Segments(doc).lede
    return None if span is None else doc.position(span[0])[0]


def test_caption_lines_before_the_lede_are_skipped() -> None:
    assert lede_line(f"Budget passes\n\nPhoto: City Hall\n\n{LONG}\n") == 5


def test_a_list_at_the_top_means_no_lede() -> None:
    fixtures = "\n\n".join(f"Team {n} v Team {n + 1}" for n in range(1, 6))
    assert lede_line(f"Weekend fixtures\n\n{fixtures}\n\n{LONG}\n") is None


def test_a_caption_with_its_credit_line_is_not_the_lede() -> None:
    caption = "A crowded tram waits at the terminus on a wet morning after the vote.\nPhoto by"
    assert lede_line(f"Trams approved\n\n{caption}\n\n{LONG}\n") == 6


def test_a_lede_whose_wrapped_line_starts_with_image_is_still_the_lede() -> None:
    wrapped = ("The council approved the budget on Tuesday after a long debate about\n"
               "image and cost.")
    assert lede_line(f"Budget passes\n\n{wrapped}\n") == 3
