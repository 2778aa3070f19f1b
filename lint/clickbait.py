"""How much a line reads like a clickbait headline: listicles, "you", teasers, hyperbole.

A few cues, each worth one point. Used by the `insertions` pack to tell a promo headline pasted
into a story from a short line of the story itself. The hyperbolic words are Chakraborty et al.'s
list (lexicon/CREDITS.md); the patterns were written for newslint.
"""

from __future__ import annotations

import functools
import re

from . import lexicon, rx

_WORD = rx.compile(r"[^\W\d_][\w'’-]*")
_LISTICLE = rx.compile(r"^\d{1,3}\s+(?:Of\s+)?[A-Z][a-z]")  # "21 Of The Most", "15 Ways"
_YOU = rx.compile(r"\b(?:you|your|you'?re|you'?ll|you'?ve|you’re|you’ll|you’ve|yourself)\b",
                  re.IGNORECASE)
_TEASER = rx.compile(
    r"\b(?:what happens next|here'?s (?:what|why|how)|here’s (?:what|why|how)|will blow|"
    r"won'?t believe|can'?t stop|is here|of all time|things (?:only|every)|"
    r"every \w+ (?:will|should)|"
    r"(?:this|these) (?:[A-Z]\w+ ){0,3}(?:is|are|will|just|might|could))\b",
    re.IGNORECASE,
)
_ASKS = rx.compile(r"^(?:can you|which|how (?:well|many|much) do you|are you|do you|quiz)\b",
                   re.IGNORECASE)


@functools.cache
def hyperbolic() -> frozenset[str]:
    text = lexicon.read("hyperbolic_chakraborty.txt")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def score(line: str) -> int:
    """Number of clickbait cues in a line (0 for an ordinary news headline, mostly)."""
    text = line.strip()
    points = sum(1 for cue in (_LISTICLE, _ASKS) if cue.search(text))
    points += bool(_YOU.search(text)) + bool(_TEASER.search(text))
    strong = hyperbolic()
    points += any(w.lower() in strong for w in _WORD.findall(text))
    return points
