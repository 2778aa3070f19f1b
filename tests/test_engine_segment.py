"""Segmentation tested directly through `lint.segment.Segments`."""

from __future__ import annotations

import pytest

from lint.document import parse
from lint.segment import Segments


def segments(text: str, fmt: str = "text") -> Segments:
    return Segments(parse("a.md" if fmt == "markdown" else "a.txt", text, fmt))


def texts(seg: Segments, scope: str) -> list[str]:
    return [seg.doc.text[a:b] for a, b in seg.scope(scope)]


def span_text(seg: Segments, span: tuple[int, int] | None) -> str | None:
    return None if span is None else seg.doc.text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Army moved north. It left.", ["The U.S. Army moved north.", "It left."]),
        ("He works in the U.S. The weather is good.",
         ["He works in the U.S.", "The weather is good."]),
        ("Gov. Smith spoke on Jan. 5. Then he left.",
         ["Gov. Smith spoke on Jan. 5.", "Then he left."]),
        ("Mr. Jones met Dr. Lee at No. 10 Downing St. on Friday. They talked.",
         ["Mr. Jones met Dr. Lee at No. 10 Downing St. on Friday.", "They talked."]),
        ("Growth was 2.5 percent. Costs fell 0.3 points.",
         ["Growth was 2.5 percent.", "Costs fell 0.3 points."]),
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("He paused… Then he left.", ["He paused…", "Then he left."]),
        ("It was, he said, ... a mistake.", ["It was, he said, ... a mistake."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        ('"We won." Then she left.', ['"We won."', "Then she left."]),
        ("She said, “We won!” The crowd cheered.", ["She said, “We won!”", "The crowd cheered."]),
        ("“Are you sure?” he asked. “Yes.”", ["“Are you sure?” he asked.", "“Yes.”"]),
        ("“We won,” she said. Next.", ["“We won,” she said.", "Next."]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        # a year that a wrapper put at the start of a line ends a sentence; a list number does not
        ("Shares fell in 2001 and\n2002. The insurer argued.",
         ["Shares fell in 2001 and\n2002.", "The insurer argued."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts(segments(text), "sentence") == expected


def test_sentences_keep_absolute_offsets_across_paragraphs() -> None:
    seg = segments("Title line\n\nFirst one. Second one.\r\n\r\nThird.\n")
    assert seg.scope("sentence") == ((0, 10), (12, 22), (23, 34), (38, 44))


def quotes(text: str) -> list[tuple[str, bool, bool, bool]]:
    seg = segments(text)
    return [(text[q.inner_start : q.inner_end], q.closed, q.double, q.continues)
            for q in seg.quote_scan.quotations]


def problems(text: str) -> list[tuple[int, str, str]]:
    return [(p.offset, p.kind, p.char) for p in segments(text).quote_scan.problems]


def test_straight_and_curly_quotations() -> None:
    text = '"Straight," he said. “Curly,” she said.'
    assert quotes(text) == [("Straight,", True, True, False), ("Curly,", True, True, False)]
    assert problems(text) == [(21, "mixed-style", "“")]  # reported once, at the rarer style
    assert problems('"One," he said. "Two," she said.') == []


def test_nested_single_quotation_and_apostrophes() -> None:
    text = "He said, “I told her ‘no’ twice, and don’t ask again.” It’s over."
    assert quotes(text) == [("I told her ‘no’ twice, and don’t ask again.", True, True, False)]
    assert texts(segments(text), "quotation") == ["I told her ‘no’ twice, and don’t ask again."]
    assert problems(text) == []


def test_multi_paragraph_quotation_convention() -> None:
    text = "“The first paragraph runs on.\n\n“The second one ends it,” she said."
    assert quotes(text) == [
        ("The first paragraph runs on.", False, True, False),
        ("The second one ends it,", True, True, True),
    ]
    assert problems(text) == []


def test_unclosed_and_unmatched_marks() -> None:
    text = "“This never closes.\n\nA new paragraph. Then a stray” mark."
    assert problems(text) == [(0, "unclosed", "“"), (50, "unmatched-close", "”")]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker follows the closing mark
        "“If you cover the roof, you can save power.\n\nYou can offset the cooling,” said Fan.",
        "“I have seen it once. Once was enough.\n\nThe noise is the thing,” he adds.",
        # the paragraph before broke off mid-sentence
        "He said: “The club gave me the platform to do my best and\n\nI am grateful.”",
    ],
)
def test_a_quotation_that_runs_on_without_being_reopened_is_one_problem(text: str) -> None:
    """Reported once, where the opening mark is missing; the words are one quotation."""
    start = text.index("\n\n") + 2
    assert problems(text) == [(start, "unreopened", "“")]
    spans = [(q.start, q.end, q.closed, q.continues) for q in segments(text).quote_scan.quotations]
    assert spans == [(text.index("“"), start - 2, False, False),
                     (start, text.index("”") + 1, True, True)]


def test_a_participle_before_a_noun_does_not_end_a_running_quotation() -> None:
    """"continued success" is no "he continued": the quotation goes on into the next paragraph."""
    text = ("He said: “It is the right time, and the squad bodes well for continued success.\n\n"
            "“I am grateful to all of them,” he said.")
    assert problems(text) == []


def test_quotation_views_are_same_length_and_blank_the_right_parts() -> None:
    text = "He said “go now” today."
    seg = segments(text)
    assert len(seg.outside) == len(seg.inside) == len(text)
    assert seg.outside == "He said          today."
    assert seg.inside == "         go now        "


@pytest.mark.parametrize(
    ("text", "fmt", "headline", "byline", "lede"),
    [
        ("---\ntitle: Council Passes Budget\nauthor: Jane Doe\n---\n# Other\n\n"
         "The council passed the budget on Tuesday after a long debate.\n",
         "markdown", "Council Passes Budget", "Jane Doe",
         "The council passed the budget on Tuesday after a long debate."),
        ("# Council Passes Budget\n\nBy Jane Doe\n\n"
         "The council passed the budget on Tuesday after a long debate.\n",
         "markdown", "Council Passes Budget", "By Jane Doe",
         "The council passed the budget on Tuesday after a long debate."),
        ("# Council Passes Budget\nThe council passed the budget on Tuesday after a debate.\n",
         "markdown", "Council Passes Budget", None,
         "The council passed the budget on Tuesday after a debate."),
        ("Council Passes Budget\n\nBy Jane Doe and John Roe\n\nPhoto: City Hall\n\n"
         "The council passed the budget on Tuesday after a long debate.\n",
         "text", "Council Passes Budget", "By Jane Doe and John Roe",
         "The council passed the budget on Tuesday after a long debate."),
        ("Council Passes Budget\nBy Jane Doe\n\n"
         "The council passed the budget on Tuesday after a long debate.\n",
         "text", "Council Passes Budget", "By Jane Doe",
         "The council passed the budget on Tuesday after a long debate."),
        ("The council passed the budget on Tuesday after a long debate.\n",
         "markdown", None, None,
         "The council passed the budget on Tuesday after a long debate."),
        ("Signal lost\n\nAnna Novak, Staff Writer\n\nThe signal fails when it rains.\n",
         "text", "Signal lost", "Anna Novak, Staff Writer", "The signal fails when it rains."),
        ("Parking fees double\nBy DENISE MORROW\nCourier Staff Writer\n\nFees rise in May.\n",
         "text", "Parking fees double", "By DENISE MORROW\nCourier Staff Writer",
         "Fees rise in May."),
    ],
)
def test_headline_byline_lede(
    text: str, fmt: str, headline: str | None, byline: str | None, lede: str | None
) -> None:
    seg = segments(text, fmt)
    assert (span_text(seg, seg.headline), span_text(seg, seg.byline),
            span_text(seg, seg.lede)) == (headline, byline, lede)


@pytest.mark.parametrize("byline", [
    "Mehmet Aydın | ISTANBUL",
    "Translated by Nour El-Din Haddad",
    "Reporter: Rizky Pratama",
    "Court reporter: Daniel Price",
    "Compiled by Rosa Delgado",
    "Karen Molina | kmolina@sentinel.example",
    "Reporter: Leila Ahmadzadeh | Translation: English desk",
    "Ayşe Demir | Anadolu Agency",
    "Balkan Press Agency",
    "Priya Mandal, Local Democracy Reporting Service",
    "Posted by Gareth Lloyd-Hughes",
])
def test_byline_shapes_under_a_headline(byline: str) -> None:
    seg = segments(f"Tram drivers strike\n{byline}\n\nDrivers walked out on Monday.\n")
    assert (span_text(seg, seg.headline), span_text(seg, seg.byline),
            span_text(seg, seg.lede)) == ("Tram drivers strike", byline,
                                          "Drivers walked out on Monday.")


def test_headline_from_front_matter_points_into_the_file() -> None:
    seg = segments("---\r\ntitle: Big News\r\n---\r\nBody.\r\n", "markdown")
    assert seg.headline == (12, 20)
    assert seg.doc.position(12) == (2, 8)


def test_headline_and_byline_from_toml_front_matter() -> None:
    seg = segments('+++\r\ntitle = "Big News"\r\nauthor = "Ann Lee"\r\n+++\r\nBody.\r\n',
                   "markdown")
    assert (seg.headline, seg.byline) == ((13, 23), (34, 43))
    assert seg.doc.position(13) == (2, 9)
    assert (span_text(seg, seg.headline), span_text(seg, seg.byline)) == (
        '"Big News"', '"Ann Lee"')


def test_a_toml_key_inside_a_string_or_a_table_is_not_the_field() -> None:
    text = ('+++\ndescription = """\ntitle = "Wrong"\n"""\ntitle = "Right"\n'
            '[params]\nauthor = "Not top-level"\n+++\nBody.\n')
    seg = segments(text, "markdown")
    assert span_text(seg, seg.headline) == '"Right"'
    assert seg.doc.front_matter_offsets.keys() == {"description", "title"}
    assert seg.doc.front_matter["params"] == {"author": "Not top-level"}
    assert seg.byline is None


ONE_PER_LINE = (
    "Council Approves New Budget\n"
    "The city council approved the budget on Monday after a debate that lasted six hours "
    "and ended in a narrow vote.\n"
    "The budget raises spending on schools and roads by five percent, the mayor said.\n"
)


def test_plain_text_with_one_paragraph_per_line() -> None:
    seg = segments(ONE_PER_LINE)
    assert texts(seg, "paragraph") == ONE_PER_LINE.rstrip("\n").split("\n")
    assert span_text(seg, seg.headline) == "Council Approves New Budget"
    assert span_text(seg, seg.lede) == ONE_PER_LINE.split("\n")[1]


def test_a_stray_line_break_inside_a_sentence_does_not_split_it() -> None:
    text = ONE_PER_LINE.replace("lasted six hours ", "lasted six hours\n")
    assert texts(segments(text), "paragraph") == [
        "Council Approves New Budget", ONE_PER_LINE.split("\n")[1].replace(
            "lasted six hours ", "lasted six hours\n"), ONE_PER_LINE.split("\n")[2]]


def test_wrapped_plain_text_and_markdown_lines_stay_one_paragraph() -> None:
    wrapped = ("The city council approved the budget on Monday after a debate\n"
               "that lasted six hours and ended in a narrow vote of five to four.\n")
    assert texts(segments(wrapped), "paragraph") == [wrapped.rstrip("\n")]
    # Markdown joins consecutive lines into one paragraph, however long they are.
    body = ONE_PER_LINE.split("\n", 1)[1].rstrip("\n")
    assert texts(segments(body, "markdown"), "paragraph") == [body]


def test_list_items_are_sentences_of_their_own() -> None:
    text = ("The budget includes:\n- More money for schools\n- A cut in income tax\n"
            "1. Road repairs in the north\n2) Tsunami aid. It rose by\n5% - more than - planned.")
    assert texts(segments(text), "sentence") == [
        "The budget includes:", "- More money for schools", "- A cut in income tax",
        "1. Road repairs in the north", "2) Tsunami aid.", "It rose by\n5% - more than - planned."]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Nexa reportedly delays its phone\nBy Jane Doe\n\nThe phone slips to May. It was due in "
         "March.\n", ["The phone slips to May.", "It was due in March."]),
        ("Some experts say the plan will fail.\n", ["Some experts say the plan will fail."]),
        ("Plan fails\n\nIt failed.\n", ["It failed."]),
    ],
)
def test_body_sentences_leave_out_the_headline_and_byline(text: str, body: list[str]) -> None:
    seg = segments(text, "text")
    assert [span_text(seg, s) for s in seg.scope("body-sentence")] == body


WRAPPED = ("Critics of the scheme were not slow to respond. When did the council\n"  # width 72
           "last ask the traders what they wanted? The answer, surely, is never: in\n"
           "order to save money it asked nobody, and the shops paid for it.\n")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_wrapped_prose_reads_as_one_line(fmt: str) -> None:
    """The prose view joins the lines of wrapped prose, keeping every offset."""
    seg = segments("Shops\n\n" + WRAPPED, fmt)
    assert seg.prose[7:] == WRAPPED.rstrip("\n").replace("\n", " ") + "\n"
    assert texts(seg, "sentence")[1:] == [
        "Critics of the scheme were not slow to respond.",
        "When did the council\nlast ask the traders what they wanted?",
        "The answer, surely, is never: in\norder to save money it asked nobody, and the shops "
        "paid for it."]


@pytest.mark.parametrize("text", [
    # a plain text's first block: headline, byline, dateline
    "Romania's Night Train to the Black Sea Will Not Run This Summer Again\n"
    "By Mihaela Dobre, translated from Romanian for the agency's service\n"
    "BUCHAREST, April 14 (Agerpres) -\n\nThe train is cancelled.\n",
    # a list, a short line, a byline, two lines only
    "Intro\n\nThe budget includes the following items, which will cost a lot\n"
    "- More money for the schools of the county and the teachers in them\n- A cut\n",
    "Intro\n\nThe ferry sails from the north pier at noon on every weekday, and\n"
    "at two\nin the afternoon on Saturdays and Sundays when the weather allows it.\n",
    "Intro\n\nThe ferry sails from the north pier at noon on every weekday, and the\n"
    "By Jane Doe, Staff Writer\nreturn leaves the island pier at six in the evening.\n",
    "Intro\n\nBathers leave Praia da Figueirinha after the red flag was raised on Sunday\n"
    "Photo credit:\n",
])
def test_lines_that_are_not_wrapped_prose_stay_lines(text: str) -> None:
    seg = segments(text)
    assert seg.prose == text


def test_wrapped_prose_with_windows_line_ends() -> None:
    seg = segments("Shops\r\n\r\n" + WRAPPED.replace("\n", "\r\n"))
    assert seg.prose == "Shops\r\n\r\n" + WRAPPED.rstrip("\n").replace("\n", "  ") + "\r\n"


def test_a_wrapped_dash_opens_no_list_item_in_plain_text_only() -> None:
    """A wrapper may put a spaced dash at a line start; in Markdown that line is a list item."""
    body = ("Kenenisa Bekele of Ethiopia, who had won the title in each of the last\n"
            "- three years - was never troubled by any of the opposition, and he\n"
            "crossed the line a full minute clear of the rest of the leading pack.\n")
    assert segments("Race\n\n" + body).prose == "Race\n\n" + body.rstrip("\n").replace(
        "\n", " ") + "\n"
    assert segments("Race\n\n" + body, "markdown").prose.count("\n") == 5


def test_two_wrapped_lines_join_when_the_second_goes_on_in_lower_case() -> None:
    body = ("She might not be urban, but when did the music become the hip hop tainted\n"
            "thing it is now?\n")
    assert segments("Soul\n\n" + body).prose == "Soul\n\n" + body.rstrip("\n").replace(
        "\n", " ") + "\n"


@pytest.mark.parametrize(
    "first",
    [
        # a sentence in sentence case too long for a headline
        "Cities don’t often decide to pack their bags, get up and move down the road, but the "
        "capital of this country is doing exactly that.",
        # two sentences
        "Some cities have pigeons in their squares. Lima has black vultures circling overhead.",
        # a dateline
        "WASHINGTON (AP) — The ambassador told the inquiry on Wednesday that he followed orders.",
        # more words than any headline
        " ".join(["Word"] * 31),
    ],
)
def test_plain_text_that_opens_with_its_lede_has_no_headline(first: str) -> None:
    seg = segments(f"{first}\n\nThe second paragraph follows the first one here.\n")
    assert (seg.headline, span_text(seg, seg.lede)) == (None, first)


@pytest.mark.parametrize(
    "first",
    [
        "Council Approves New Budget After Six-Hour Debate",
        "The real Trump showed up at debate. GOP must live with it.",
        "Rep. Gwen Graham slams Trump, praises Clinton as 'work horse, not show horse.'",
        "Is this the moment when streaming goes truly mainstream?",
        "Top Senate Candidates Point Fingers At 'Poison Pill' In The House Bill For Failed Zika "
        "Funding.",
    ],
)
def test_a_headline_in_sentence_or_title_case_is_the_headline(first: str) -> None:
    seg = segments(f"{first}\n\nThe council approved the budget on Monday after a debate.\n")
    assert span_text(seg, seg.headline) == first


def test_toml_keys_past_the_parsing_budget_are_placed_by_indentation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Huge front matter is not parsed again for every key: past the budget, a key line that
    opens without indentation is taken for a top-level field."""
    from lint import frontmatter

    monkeypatch.setattr(frontmatter, "_MAX_CHECKED_CHARS", 10)
    text = '+++\nsummary = """\n  title = "Inside"\n"""\ntitle = "Right"\n+++\nBody.\n'
    fields, _, offsets = frontmatter.split_front_matter("a.md", text)
    assert fields["title"] == "Right"
    assert text[offsets["title"]:offsets["title"] + 7] == '"Right"'
