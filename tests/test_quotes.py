"""The quotes pack: quotation-mark pairing, speakers, and quotations checked against sources."""

from __future__ import annotations

import io
import pathlib

import pytest

from lint import cli
from lint.document import parse
from lint.engine import check_document
from lint.kinds.base import RunSettings
from lint.quotations import scan
from lint.rulefile import Rule, load_pack, shipped_rules_dir
from lint.segment import Segments

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"
RULES = load_pack(str(pathlib.Path(shipped_rules_dir()) / "quotes"))
BY_ID = {rule.id: rule for rule in RULES}


def found(text: str, rules: list[Rule] | None = None, sources: tuple[tuple[str, str], ...] = (),
          path: str = "a.txt") -> list[str]:
    doc = parse(path, text, "markdown" if path.endswith(".md") else "text")
    findings = check_document(doc, rules or RULES, RunSettings(sources=sources))
    return [f"{f.line}:{f.column} {f.rule}" for f in findings]


def messages(text: str, rule: str, sources: tuple[tuple[str, str], ...] = ()) -> list[str]:
    doc = parse("a.txt", text, "text")
    return [f.message for f in check_document(doc, [BY_ID[rule]], RunSettings(sources=sources))]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_examples(rule: Rule) -> None:
    for example in rule.fails:
        doc = parse("x.txt", example.text, example.format)
        settings = RunSettings(sources=example.sources)
        got = [f"{f.line}:{f.column}" for f in check_document(doc, [rule], settings)]
        assert got == list(example.expect), example.text
    for example in rule.passes:
        doc = parse("x.txt", example.text, example.format)
        assert check_document(doc, [rule], RunSettings(sources=example.sources)) == []


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "The officers’ union said rock ’n’ roll in the ’90s didn’t hurt ’em, Trump‘s aides said."
    result = scan(text, [(0, len(text))])
    assert (result.problems, result.quotations) == ((), ())


def test_quotation_over_paragraphs_leaves_closing_mark_off() -> None:
    text = "“We will appeal.\n\n“We will win in the end,” the lawyer said."
    assert found(text) == []


def test_next_paragraph_that_does_not_reopen_ends_the_quotation() -> None:
    text = "“We will appeal, the lawyer said.\n\nThe court sits on Monday."
    assert found(text) == ["1:1 quotes.unclosed"]


def test_lost_paragraph_break_keeps_reopening_marks() -> None:
    text = '"We have had tough years," he said. "We lost a lot. "But we came back this year."'
    assert found(text) == []


def test_removed_closing_mark_before_attribution_is_found() -> None:
    text = '"We have had tough years, he said. "We lost a lot this year."'
    assert found(text) == ["1:1 quotes.unclosed"]


def test_quotation_running_past_its_attribution_into_next_paragraph_is_unclosed() -> None:
    text = "“We will appeal, Ramos, 58, told reporters on Monday.\n\n“We will win,” he said."
    assert found(text) == ["1:1 quotes.unclosed"]


def test_reported_speech_inside_a_running_quotation_is_not_its_attribution() -> None:
    text = ("“Then, in May, Kerry said that 100,000 would come.\n\n"
            "“That adds up to 185,000 over two years,” the paper wrote.")
    assert found(text) == []


def test_partial_quotation_cannot_run_past_a_later_sentence() -> None:
    text = ("Flynn said Trump has “enormous respect for the military. He said so on Monday."
            "\n\n“We will win,” he said.")
    assert found(text) == ["1:22 quotes.unclosed"]


def test_partial_quotation_may_run_to_the_end_of_its_paragraph() -> None:
    text = "Zimmerman said the site was not “prepared for the traffic.\n\n“It has moved,” he said."
    assert found(text) == []


def test_feet_and_inches_are_not_quotation_marks() -> None:
    text = "“He is like 6’2”,” Rubio said of a rival listed at 5'11\" and 180 pounds."
    assert found(text) == []


def test_other_style_quotation_inside_a_double_is_not_a_defect() -> None:
    text = ('"She was hospitalized after what she called a “rant,” a series of posts that '
            'ended her job," the report said.')
    assert found(text, [BY_ID["quotes.unmatched-close"], BY_ID["quotes.unclosed"],
                        BY_ID["quotes.nesting"]]) == []


def test_inner_quotation_left_open_inside_a_double_is_unclosed() -> None:
    text = '"She called it “a rant and left her job," the report said.'
    assert found(text, [BY_ID["quotes.unclosed"]]) == ["1:16 quotes.unclosed"]


def test_opening_mark_before_an_ellipsis() -> None:
    text = 'He flew to Springfield, Ill. ". . . I just want somebody who speaks like us," he said.'
    assert found(text) == []


def test_markup_tag_over_a_line_break_is_not_quoted() -> None:
    text = ('He wrote:\n\n<tweet author="@x" date="January 19, 2016\n">'
            '“We will win this race,” he wrote.</tweet>')
    assert found(text) == []


def test_wrong_glyph_apostrophes_are_not_quotation_marks() -> None:
    text = "On CBS‘ Face the Nation he said he asked ‘em twice about it."
    assert found(text) == []


def test_marks_inside_html_tags_are_markup() -> None:
    text = 'He wrote:\n\n<tweet id="12" author="@x">“We will win this race,” he wrote.</tweet>'
    assert found(text) == []


def test_mixed_style_reported_once_at_minority_style() -> None:
    text = '“One,” she said. “Two,” she said. "Three," he said. "Four," he said. "Five," they said.'
    assert messages(text, "quotes.mixed-style") == [
        "A curly quotation mark “ before 'One,” she said. “Two,”' in an article that mostly "
        "uses straight marks: use one style throughout."
    ]


def test_scare_quotes_and_attributed_quotations_need_no_speaker() -> None:
    text = ("Cities with “sanctuary” policies face raids.\n\nAccording to The Post:\n\n"
            "“The operation could begin in California as soon as this week.”")
    assert found(text) == []


def test_quotation_reopened_after_a_sentence_continues_the_speech() -> None:
    text = 'Mr Dean said: "We sell them next year. "People say the pictures pop off the screen."'
    assert found(text) == []


def test_quoted_names_and_phrases_in_the_sentence_are_not_speech() -> None:
    text = ('The prize is given for "continued creativity and contribution to fiction on the '
            'stage".\n\n"Taking responsibility for tough choices" is this year\'s theme.')
    assert found(text) == []


def test_an_estimated_figure_beside_a_quotation_names_no_speaker() -> None:
    text = ("Quarry reopens\n\nResidents objected at a meeting in January.\n\n"
            "\u201cNobody up here is against jobs.\u201d\n\n"
            "The reopening will bring an estimated \u00a34m a year into the economy.\n")
    assert found(text) == ["5:1 quotes.no-speaker"]


def test_a_rhetorical_question_beside_a_quotation_names_no_speaker() -> None:
    text = ("Parking\n\nThe trust runs three car parks.\n\n"
            "\"You are choosing between a parking ticket and sitting with your mother.\"\n\n"
            "Is it any wonder that people leave their cars on the verges?\n")
    assert found(text) == ["5:1 quotes.no-speaker"]


def test_speech_tag_names_the_speaker_whatever_its_verb() -> None:
    text = ("The debate turned to security.\n\n"
            "“Honestly,” he continued, “we may be on the brink of something worse.”\n\n"
            "“We face a very serious threat at home,” Rubio went on. “We need strong "
            "relationships in every community.”\n\n"
            "The council met on Monday.\n\n"
            "“We will not let this stand in our city, not now.” The vote is on Friday.")
    assert found(text) == ["9:1 quotes.no-speaker"]


@pytest.mark.parametrize(("between", "expected"), [
    # a quotation paragraph after one that ends with a speaker's quotation goes on with it
    ("", []),
    # ... not after a paragraph of the writer's own
    ("The council met on Monday.\n\n", ["5:1 quotes.no-speaker"]),
])
def test_a_quotation_after_a_speakers_quotation_goes_on_with_it(
        between: str, expected: list[str]) -> None:
    text = ("“We face a very serious threat at home,” Rubio said. “We need strong "
            "relationships.”\n\n" + between +
            "“We will not let this stand in our city, not now.” The vote is on Friday.")
    assert found(text) == expected


SPEAKERS = [BY_ID["quotes.no-speaker"], BY_ID["quotes.vague-speaker"]]
FIRST_PERSON = "“My father waited two years for a new knee and never walked again.”"
THIRD_PERSON = "“Waiting times for knee operations have doubled across the region since 2019.”"


@pytest.mark.parametrize(("lead", "first", "third"), [
    # data cannot speak a quotation
    ("The clinic's latest figures show that 900 knee operations were done last year.", 1, 1),
    ("Figures released on Monday also suggest waiting lists have grown.", 1, 1),
    # a document can be quoted, but not in the first person
    ("A regional audit found that waiting lists had grown.", 1, 0),
    # people can
    ("Researchers found that waiting lists had grown.", 0, 0),
    ("The clinic's director, Ana Ruiz, said waiting lists had grown.", 0, 0),
    ("The figures, the health minister said, show that waiting lists have grown.", 0, 0),
])
def test_data_and_documents_do_not_speak_quotations(lead: str, first: int, third: int) -> None:
    for quote, expected in ((FIRST_PERSON, first), (THIRD_PERSON, third)):
        text = f"{lead}\n\n{quote}\n\nKnee surgery is common in older adults."
        assert found(text, SPEAKERS) == ["3:1 quotes.no-speaker"] * expected, (lead, quote)


@pytest.mark.parametrize(("before", "after", "expected"), [
    # a headline or a link beside the quotation speaks for nobody, whatever its verbs
    ("Hospital car park charges to rise from April", "Read more: Powys bus changes explained",
     ["3:1 quotes.no-speaker"]),
    # a sentence beside it may name the speaker ...
    ("Hospital car park charges will rise, the trust said.", "The vote is on Friday.", []),
    ("The vote is on Friday.", "Read more, she explained.", []),
])
def test_a_line_with_no_closing_punctuation_names_no_speaker(
        before: str, after: str, expected: list[str]) -> None:
    text = f"{before}\n\n\u201cWe will be watching every poster that goes up.\u201d\n\n{after}\n"
    assert found(text, SPEAKERS) == expected


def test_quotation_with_no_speaker_message() -> None:
    text = "The council met.\n\n“We will not let this stand in our city.”\n\nThe vote is on Friday."
    assert messages(text, "quotes.no-speaker") == [
        "Nobody is said to have said “We will not let this stand…”: name the speaker "
        "(“…,” she said)."
    ]



def test_a_short_quotation_is_shown_whole_without_an_ellipsis() -> None:
    for marks in ("“”", '""'):
        text = (f"The shops closed early.\n\n{marks[0]}We will lose half our trade.{marks[1]}"
                "\n\nThe rules start in May.")
        assert messages(text, "quotes.no-speaker") == [
            "Nobody is said to have said “We will lose half our trade.”: name the speaker "
            "(“…,” she said)."
        ], marks

SOURCE = ("Statement from the council.\n\n"
          "Our policies preserve trust in the community and keep every neighbourhood safe.\n")


def test_verbatim_quotation_has_no_finding() -> None:
    text = "“Our policies preserve trust in the community,” officials said."
    assert found(text, sources=(("source.txt", SOURCE),)) == []


def test_altered_quotation_names_the_source_words() -> None:
    text = ("Officials said their policies “preserve community trust and keep every "
            "neighbourhood safe”.")
    assert messages(text, "quotes.source-altered", (("source.txt", SOURCE),)) == [
        "Quotation differs from source.txt:3: 'preserve community trust and' → source has "
        "'preserve trust in the community and': quote the source exactly or paraphrase without "
        "quotation marks."
    ]


def test_absent_quotation() -> None:
    text = "“We never discussed the budget at all this year,” the mayor said."
    assert found(text, sources=(("source.txt", SOURCE),)) == ["1:1 quotes.source-absent"]
    assert messages(text, "quotes.source-absent", (("source.txt", SOURCE),)) == [
        "Quotation “We never discussed the budget at all this…” is not found in any source "
        "given: check where it comes from."
    ]
    short = "“We never discussed the budget,” the mayor said."
    assert messages(short, "quotes.source-absent", (("source.txt", SOURCE),)) == [
        "Quotation “We never discussed the budget” is not found in any source given: check "
        "where it comes from."
    ]


@pytest.mark.parametrize("text", [
    "“Our policies preserve trust … and keep every neighbourhood safe,” officials said.",
    "“Our policies preserve trust... and keep every neighbourhood safe,” officials said.",
    "“[The council’s] policies preserve trust in the community,” officials said.",
    "“Our policies preserve trust [among residents] in the community,” officials said.",
    "Officials said “our policies preserve trust in the community.”",
])
def test_ellipsis_brackets_capital_and_punctuation_are_allowed(text: str) -> None:
    assert found(text, sources=(("source.txt", SOURCE),)) == []


def test_ellipsis_does_not_hide_a_changed_word() -> None:
    text = "“Our policies preserve trust … and keep each neighbourhood safe,” officials said."
    assert found(text, sources=(("source.txt", SOURCE),)) == ["1:1 quotes.source-altered"]
    assert messages(text, "quotes.source-altered", (("source.txt", SOURCE),)) == [
        "Quotation differs from source.txt:3: 'keep each neighbourhood' → source has "
        "'keep every neighbourhood': quote the source exactly or paraphrase without "
        "quotation marks."
    ]


def test_further_differences_are_counted() -> None:
    text = ("“Our rules preserve trust in the community and keep each neighbourhood safe,” "
            "officials said.")
    assert messages(text, "quotes.source-altered", (("source.txt", SOURCE),)) == [
        "Quotation differs from source.txt:3: 'Our rules preserve' → source has 'Our policies "
        "preserve' (and 1 more difference): quote the source exactly or paraphrase without "
        "quotation marks."
    ]


def test_light_rewrite_sharing_no_three_words_is_found_by_rarer_words() -> None:
    text = ("“Policies preserve the trust in our community, keeping each neighbourhood safe,” "
            "officials said.")
    assert messages(text, "quotes.source-altered", (("source.txt", SOURCE),)) == [
        "Quotation differs from source.txt:3: 'preserve the trust in our community, keeping each "
        "neighbourhood' → source has 'preserve trust in the community and keep every "
        "neighbourhood': quote the source exactly or paraphrase without quotation marks."
    ]


def test_heavy_rewrite_is_absent_not_altered() -> None:
    text = "“The council's rules keep trust and make neighbourhoods safe,” officials said."
    assert found(text, sources=(("source.txt", SOURCE),)) == ["1:1 quotes.source-absent"]


def test_long_difference_is_shortened() -> None:
    source = ("We will finish the work on the road and " + " ".join(f"w{i}" for i in range(20))
              + " build the new bridge soon.")
    text = "“We will finish the work on the road and build the new bridge soon,” she said."
    assert messages(text, "quotes.source-altered", (("s.txt", source),)) == [
        "Quotation differs from s.txt:1: 'and build' → source has 'and w0 w1 w2 w3 w4 w5 w6 w7 "
        "w8 w9 w10…': quote the source exactly or paraphrase without quotation marks."
    ]


def test_source_rules_do_nothing_without_sources() -> None:
    assert found("“We never discussed the budget at all this year,” the mayor said.") == []


def test_front_matter_sources(tmp_path: pathlib.Path) -> None:
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("---\nsources: [source.txt]\n---\n"
                       "“Our policies preserve community trust,” officials said.\n",
                       encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["check", str(article)], stdout=out, stderr=err)
    assert "quotes.source-altered" in out.getvalue()
    assert code == 1


def test_toml_front_matter_sources(tmp_path: pathlib.Path) -> None:
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text('+++\nsources = ["source.txt"]\n+++\n'
                       "“Our policies preserve community trust,” officials said.\n",
                       encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["check", str(article)], stdout=out, stderr=err)
    assert [line.split(" ")[:3] for line in out.getvalue().splitlines()] == [
        [f"{article}:4:1:", "error", "[quotes.source-altered]"]]
    assert code == 1


@pytest.mark.parametrize(
    ("front", "error"),
    [
        ("---\nsources: [gone.txt]\n---\n",
         "a.md:2:11: source 'gone.txt' listed in front matter: not found"),
        ("---\ntitle: Wall\nsources:\n  - speech.txt\n  - folder\n---\n",
         "a.md:5:5: source 'folder' listed in front matter: is a directory"),
        ("---\nsources: [latin1.txt]\n---\n",
         "a.md:2:11: source 'latin1.txt' listed in front matter: not valid UTF-8 at byte offset 3"),
        ("---\nsources: [https://example.com/speech]\n---\n",
         "a.md:2:11: source 'https://example.com/speech' listed in front matter is a URL: "
         "newslint reads sources from files (save the text and list its path)"),
        ("---\nsources: {speech: speech.txt}\n---\n",
         "a.md:2:10: front matter 'sources' must be a list of file paths"),
        ("+++\nsources = ['gone.txt']\n+++\n",
         "a.md:2:13: source 'gone.txt' listed in front matter: not found"),
    ],
)
def test_a_front_matter_source_that_cannot_be_read_is_located(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, front: str, error: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "speech.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9 society")
    (tmp_path / "a.md").write_text(front + "“Our policies preserve trust,” they said.\n",
                                   encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["check", "a.md"], stdout=out, stderr=err) == 2
    assert (out.getvalue(), err.getvalue()) == ("", f"newslint: {error}\n")


@pytest.mark.parametrize(
    ("name", "reason"),
    [("gone.txt", "not found"), ("folder", "is a directory"),
     ("latin1.txt", "not valid UTF-8 at byte offset 3")],
)
def test_a_source_option_that_cannot_be_read_is_named(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, name: str, reason: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9 society")
    (tmp_path / "a.md").write_text("“Our policies preserve trust,” they said.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["check", "--source", name, "a.md"], stdout=out, stderr=err) == 2
    assert (out.getvalue(), err.getvalue()) == ("", f"newslint: {name}: cannot read source: "
                                                    f"{reason}\n")


def test_long_source_is_indexed_once_and_fast() -> None:
    filler = " ".join(f"word{i} filler text here." for i in range(20000))
    source = filler + " Our policies preserve trust in the community. " + filler
    text = "\n\n".join(f"“Our policies preserve trust in the community,” official {i} said."
                      for i in range(50))
    assert found(text, [BY_ID["quotes.source-altered"], BY_ID["quotes.source-absent"]],
                 (("s.txt", source),)) == []


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seed articles not present")
def test_seed_rows() -> None:
    got = {}
    for name in ("000_4744003cdb4ff57a.txt", "003_a5fdef3d0e716dee.txt"):
        text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
        doc = parse(name, text, "text")
        rules = [r for r in RULES if r.status == "stable"]
        got[name[:3]] = sorted({f.line for f in check_document(doc, rules)})
    assert got == {"000": [11], "003": [24]}


def test_segments_view_blanks_quotations() -> None:
    text = "She said “we will win the race” on Monday."
    seg = Segments(parse("a.txt", text, "text"))
    assert seg.outside.strip().startswith("She said") and "win" not in seg.outside


@pytest.mark.parametrize(("text", "expected"), [
    # an expectation and a briefing held are nobody's words
    ("The car park will reopen, with parking fees expected to rise.\n\n"
     "“It’s like getting an old friend back, truly.”\n\nThe trail opens in May.",
     ["3:1 quotes.no-speaker"]),
    ("The group met on Monday.\n\n“We will not stop until we find the buyers.”\n\n"
     "The police owe them more than another press briefing.", ["3:1 quotes.no-speaker"]),
    # a speech tag in the present tense names the speaker
    ("The clinic opened.\n\n“I think the food has improved,” he remarks.\n\nIt was sunny.", []),
])
def test_who_can_speak_a_quotation_next_to_it(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("before", "expected"), [
    # a passive with nobody behind it, and a thing that "shows", name no speaker
    ("The project has been widely praised as a model for the region.", ["3:1 quotes.no-speaker"]),
    ("The row shows that trust has broken down completely.", ["3:1 quotes.no-speaker"]),
    # a person who "found" something may have said it
    ("The inspector found that the barrier held.", []),
])
def test_passives_and_things_that_show_name_no_speaker(before: str, expected: list[str]) -> None:
    text = (f"{before}\n\n\u201cWe were promised a metro for forty years and got a cable "
            "car.\u201d\n\nIt opens in May.")
    assert found(text, SPEAKERS) == expected


def test_titles_and_transcript_lines_are_not_speech_without_a_speaker() -> None:
    text = ("Polanco interview\n\n\u201cOrange is the New Black\u201d star Dascha Polanco spoke "
            "about Hollywood.\n\nPartridge remembers the tour.\n\n: It was 1979. \u201cBy then "
            "he was the biggest touring attraction in the world,\u201d and the halls were full.\n")
    assert found(text, SPEAKERS) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # a speech tag after the closing mark, the verb of manner or the subject a noun phrase
        "“There are certainly course junkies, who take them because they are free,” grins "
        "Dr Ben Brabon of Edgehill University.",
        "The raid began at dawn. “Hands! Let me see your hands right now!” an officer ordered.",
        "“They know she is the only one strong enough to stop it,” a voice-over in the ad states.",
        # a speech tag before the opening mark, with a comma
        "He continued, “That is what we intend to do, with a huge investment of resources.”",
        # the sentence before introduces the speaker: a pronoun, or a person quoted elsewhere
        "She is embarrassed to admit she is the least fit of the group. “I remember the first "
        "time I came, and I had to admit it was me.”",
        "Rosser thinks not. “They are desperate to ensure the longevity of the franchise.”",
        "Meanwhile, Rosser is expecting a record. “We are certainly looking at a record opening.”",
        "Rosser, who saw the first cut, still winces. “You could have cut the air with a knife.”",
        # a fragment set into the writer's sentence between dashes, in lower case
        "The chorus sings the refrain — “the sea keeps what it is given” — in a slow canon.",
    ],
)
def test_a_speaker_named_beside_the_quotation(paragraph: str) -> None:
    text = ("Film franchise\n\n“It keeps the films going,” says Rosser, a news editor.\n\n"
            f"The film opens in December.\n\n{paragraph}\n\nTickets go on sale in May.\n")
    assert found(text, [BY_ID["quotes.no-speaker"]]) == []


@pytest.mark.parametrize(
    ("paragraph", "column"),
    [
        # the subject is a place, nobody the article quotes
        ("Vienna is cheap for a capital. “I live in a large flat near the centre for €800.”", 32),
        # the subject is a thing
        ("Being a wolf advocate is not easy. “It is not as if you can argue with them.”", 36),
    ],
)
def test_a_quotation_beside_no_speaker(paragraph: str, column: int) -> None:
    text = ("Film franchise\n\n“It keeps the films going,” says Rosser, a news editor.\n\n"
            f"The film opens in December.\n\n{paragraph}\n\nTickets go on sale in May.\n")
    assert found(text, [BY_ID["quotes.no-speaker"]]) == [f"7:{column} quotes.no-speaker"]


def test_the_names_an_article_has_speak_are_found_in_one_pass() -> None:
    """Before a speech verb in its sentence, a possessive too, or right after one; a name in
    an earlier sentence, or one that speaks nowhere, is not a speaker."""
    from lint.kinds.quote_speaker import _speakers

    text = ("Jamie's back hurt, but he insisted on flying home. Ann Cole went home. "
            "Later, says Dr Ruiz, the ward was quiet. The Mayor of Leeds was absent.")
    assert sorted(_speakers(text)) == ["Dr", "Jamie", "Jamie's", "Later", "Ruiz"]
