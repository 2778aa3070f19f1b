"""pasted-headline: a headline-shaped line whose words the rest of the article never uses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import clickbait, rx, shape, strays
from ..model import Hit
from ..schema import Option, integer, number, regex_list
from .base import Context, Kind, Span, compile_patterns

# A speaker's words: 'he asked, "Can she stay?"', or a second sentence within the line.
_Q = strays.QUOTE_MARKS
_SPEECH = rx.compile(
    rf"[,:][ \t]+[{_Q}]\w|(?:[a-z]{{2}}\.|[!?])[{_Q}]?[ \t]+[{_Q}]?[A-Z]|[,!?][{_Q}]+[ \t]+[a-z]"
)
# "Sanders: 'It Is Not A Radical Idea'": a name, a colon and a quotation open a headline
_QUOTED_HEAD = rx.compile(rf"[A-Z][\w.'’ -]{{1,40}}:[ \t]+(?=[{_Q}])")
_INTERVIEW = rx.compile(r"Q(?:[:.]|[A-Z])|A[:.][ \t]")  # "Q: ...", "QWhy ..." (lost bold)
_LISTING = rx.compile(r"\d| v | vs\.? | [-–—] |[|\t]")  # fixtures, scores, award lists
_QUESTION_RATIO = 0.8  # a question ends a promo headline in full title case only
_TITLE_END = frozenset("?!…")  # a title-case line may end on these
_CLOSE = frozenset(_Q)  # any quotation mark, whichever way it faces
# A short line all of whose content words the article uses, followed by a paragraph that uses
# one of them, is a subheading ("Spiced Honey Pear Jam" over the recipe), not another story's
# headline, even alone; a caption is longer ("Derek Mains on his allotment in Little Hadlow").
_SUBHEADING_SHARE = 1.0
_SUBHEADING_WORDS = 6



def _title_ends(text: str) -> bool:
    """A title-case line opens like a headline and ends on a word, '?', '!', an ellipsis or a
    quoted phrase; it may end on a small word ("Things Only Children Relate To")."""
    first, last = text[0], text[-1]
    if not (first.isupper() or first.isdigit() or first in _Q):
        return False
    if last in _CLOSE:
        return text[-2:-1] not in ".,;:"
    return last.isalnum() or last in _TITLE_END


class PastedHeadlineChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.min_words: int = options["min_words"]
        self.max_words: int = options["max_words"]
        self.max_overlap: float = options["max_overlap"]
        self.min_title_ratio: float = options["min_title_ratio"]
        self.max_overlap_plain: float = options["max_overlap_plain"]
        self.long_words: int = options["long_words"]
        self.max_overlap_long: float = options["max_overlap_long"]
        self.max_words_title: int = options["max_words_title"]
        self.max_words_deck: int = options["max_words_deck"]
        self.topic_share: float = options["topic_share"]
        self.topic_weight: float = options["topic_weight"]
        self.min_topic_words: int = options["min_topic_words"]
        self.min_subheadings: int = options["min_subheadings"]
        self.exceptions = compile_patterns(options["exceptions"], ignorecase=True, words=True)
        self.credit = (compile_patterns(options["credits"], ignorecase=True, words=True)
                       if options["credits"] else None)

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        lay: strays.Layout = ctx.shared("strays.layout", lambda: strays.layout(ctx.seg))
        hits: list[tuple[strays.Line, Hit]] = []
        for index, line in enumerate(lay.lines):
            if not any(s <= line.start < e for s, e in spans):
                continue
            hit = self._judge(lay, line, view)
            # (after judging the line: most lines are no headline, and the caption test costs)
            if hit and not (self.credit and strays.credited_caption(
                    lay, index, self.credit, self.min_words, self.max_words_title)):
                hits.append((line, hit))  # not a caption by or with its credit (caption-line)
        leading = [self._leads(lay, line, view) for line, _ in hits]
        series = sum(leading) >= self.min_subheadings
        for (_, hit), leads in zip(hits, leading):
            if not (series and leads):
                yield hit

    def _leads(self, lay: strays.Layout, line: strays.Line, view: str) -> bool:
        """The line opens the paragraph after it: that paragraph is prose and uses one of the
        line's content words. A review or a guide with several such lines has subheadings."""
        after = line.paragraph + 1
        if after >= len(lay.bodies) or lay.paragraph_labels[after]:
            return False
        mine = strays.stems(view[line.start : line.end])
        return bool(mine & lay.paragraph_words[after])

    def _judge(self, lay: strays.Layout, line: strays.Line, view: str) -> Hit | None:
        text = view[line.start : line.end].strip()
        if line.start in lay.protected or not line.alone or not text:
            return None
        if self.exceptions.match(text) or strays.is_structure(text):
            return None
        form = self._shape(text)
        if form is None:
            return None
        block = range(line.paragraph, line.paragraph + 1)
        if not strays.isolated(lay, line.paragraph):
            block = self._block(lay, line.paragraph, view)
            if len(block) < 2:
                return None
        bait = clickbait.score(text) > 0
        mine = strays.stems(text)
        if len(mine) < (1 if bait else 2):
            return None
        others = [w for i, w in enumerate(lay.paragraph_words) if i not in block]
        shared = strays.overlap(mine, others)
        if shared >= _SUBHEADING_SHARE and len(shape.words(text)) <= _SUBHEADING_WORDS and \
                self._leads(lay, line, view):
            return None  # a subheading: short, every word of it the article's, leading on
        limit = self._limit(form, bait)
        if shared > limit and (
            not self._topical(text, mine) or self._weighted(mine, others) > limit
        ):
            return None
        return Hit(line.start, line.end, {"match": text, "shared": f"{shared:.0%}"})

    def _topical(self, text: str, mine: frozenset[str]) -> bool:
        """A line long enough, and no listing, for its topic words to count for less."""
        if len(mine) < self.min_topic_words or text.count(",") >= 2:
            return False
        return not _LISTING.search(text)

    def _weighted(self, mine: frozenset[str], others: Sequence[frozenset[str]]) -> float:
        """Overlap in which the article's topic words (found in topic_share or more of its
        paragraphs, and in two at least) count for topic_weight: any other story on the same
        subject shares them too."""
        bar = max(2.0, self.topic_share * len(others))
        score = 0.0
        for stem in mine:
            count = sum(1 for words in others if stem in words)
            if count:
                score += self.topic_weight if count >= bar else 1.0
        return score / len(mine)

    def _block(self, lay: strays.Layout, paragraph: int, view: str) -> range:
        """A related-stories block: the run of one-line, headline-shaped paragraphs around this
        one, none a listing (fixtures, results, a line-up) and none after a lead-in."""
        labels = lay.paragraph_labels
        first = last = paragraph
        while first > 0 and labels[first - 1]:
            first -= 1
        while last + 1 < len(labels) and labels[last + 1]:
            last += 1
        if first > 0 and lay.paragraph_leads[first - 1] or first <= lay.lede:
            return range(0)
        spans = lay.paragraph_spans[first : last + 1]
        if any(_LISTING.search(view, s, e) for s, e in spans):
            return range(0)
        return range(first, last + 1)

    def _shape(self, text: str) -> str | None:
        """title, long (title case of long_words or more), plain (sentence case), or deck
        (a "headline; deck" line); None when the line is not shaped like a headline."""
        if self._speech(text) or _INTERVIEW.match(text) or text[0] == "(" or text.isupper():
            return None  # an all-capitals line is a section heading or a slug
        count = len(shape.words(text))
        head, sep, deck = text.partition("; ")
        if sep:
            deck_like = deck[:1].isupper() and count <= self.max_words_deck and text[-1] != "."
            ok = deck_like and strays.label_like(head, self.min_words, self.max_words)
            return "deck" if ok else None
        ratio = shape.title_ratio(text)
        if ratio >= self.min_title_ratio:
            if not self.min_words <= count <= self.max_words_title or not _title_ends(text):
                return None
            if text[-1] in "?!" and ratio < _QUESTION_RATIO:
                return None  # "Room on Obama's coattails?": a subheading, not a promo
            return "long" if count >= self.long_words else "title"
        if not strays.label_like(text, self.min_words, self.max_words):
            return None
        return None if text[-1] in _CLOSE and text[-2:-1] in "?!" else "plain"

    def _speech(self, text: str) -> bool:
        """Quoted speech or a second sentence; a title-case "Name: 'Quote'" line is a headline."""
        head = _QUOTED_HEAD.match(text)
        if head and shape.title_ratio(text) >= self.min_title_ratio:
            return bool(_SPEECH.search(text, head.end()))
        return bool(_SPEECH.search(text))

    def _limit(self, form: str, bait: bool) -> float:
        """How much of its vocabulary a line may share with the article and still be foreign."""
        if form == "long" or (bait and form == "title"):
            return self.max_overlap_long
        if form == "title":
            return self.max_overlap
        return self.max_overlap_plain


KIND = Kind(
    name="pasted-headline",
    summary="A headline-shaped line that shares almost no content words with the article.",
    options={
        "min_words": Option(integer(1), 3, doc="Fewest words a headline-shaped line has."),
        "max_words": Option(integer(1), 16, doc="Most words a headline-shaped line has."),
        "max_overlap": Option(number, 0.5,
                              doc="Report when at most this share of the line's content words "
                                  "occurs elsewhere in the article."),
        "min_title_ratio": Option(number, 0.6,
                                  doc="Least share of capitalised significant words of a "
                                      "title-case line."),
        "max_overlap_plain": Option(number, 0.34,
                                    doc="max_overlap for a line in sentence case."),
        "long_words": Option(integer(1), 7,
                             doc="A title-case line this long is headline-like by shape alone."),
        "max_overlap_long": Option(number, 0.8,
                                   doc="max_overlap for a long title-case line or a line with "
                                       "clickbait wording."),
        "max_words_title": Option(integer(1), 22,
                                  doc="Most words of a title-case line; one that ends on '?', "
                                      "'!' or an ellipsis may end on a small word too."),
        "max_words_deck": Option(integer(1), 40,
                                 doc="Most words of a 'headline; deck' line."),
        "topic_share": Option(number, 0.1,
                              doc="A word in this share of the paragraphs is a topic word."),
        "topic_weight": Option(number, 0.25,
                               doc="How much a shared topic word counts towards the overlap."),
        "min_topic_words": Option(integer(1), 4,
                                  doc="Topic words count for less only in a line with this many "
                                      "content words and no digits, dashes or list commas."),
        "min_subheadings": Option(integer(1), 2,
                                  doc="Headline-shaped lines each followed by a paragraph that "
                                      "uses one of their words are subheadings when there are "
                                      "this many."),
        "exceptions": Option(regex_list, (),
                             doc="Lines that open with one of these are left to other rules."),
        "credits": Option(regex_list, (),
                          doc="Patterns that open a photo credit line: a line next to one, "
                              "or ending in a credit, is a caption, left to other rules."),
    },
    build=PastedHeadlineChecker,
    placeholders=frozenset({"match", "shared"}),
    scopes=("document", "paragraph", "line"),
    default_scope="document",
)
