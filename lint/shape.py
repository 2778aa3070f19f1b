"""The shape of a line of text: its words and how many of them are capitalised.

Shared by the segmenter (is the first line of plain text a headline?) and the insertion rules
(is a line headline-shaped?).
"""

from __future__ import annotations

from . import rx

_WORD = rx.compile(r"[^\W_][\w'’.&-]*")
# Words a headline in title case leaves in lower case.
SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but nor by with from as vs via into onto over per "
    "up out off is are be its it's than then so if".split()
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def title_ratio(text: str) -> float:
    """Share of the significant words that start with a capital letter or a digit."""
    significant = [w for w in words(text) if w.lower() not in SMALL_WORDS]
    if not significant:
        return 0.0
    capital = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capital / len(significant)
