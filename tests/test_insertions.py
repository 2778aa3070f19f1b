"""The insertions pack: rule examples, exact findings on articles, the seed rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cli, write

from lint.document import parse
from lint.engine import check_document
from lint.rulefile import Rule, load_pack

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RULES = load_pack(str(ROOT / "rules" / "insertions"))


def findings(text: str, fmt: str = "text") -> list[str]:
    doc = parse("article.md" if fmt == "markdown" else "article.txt", text, fmt)
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, RULES)]


def messages(text: str) -> list[str]:
    return [f.message for f in check_document(parse("article.txt", text, "text"), RULES)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_examples(rule: Rule) -> None:
    assert rule.fails and rule.passes
    for example in rule.fails:
        doc = parse("example.txt", example.text, example.format)
        got = [f"{f.line}:{f.column}" for f in check_document(doc, [rule])]
        assert got == list(example.expect), example.text
    for example in rule.passes:
        doc = parse("example.txt", example.text, example.format)
        assert check_document(doc, [rule]) == [], example.text


BODY = (
    "Council Approves New Budget\n\n"
    "By Jane Smith\n\n"
    "The city council approved the budget on Monday after a debate that lasted six hours.\n\n"
    "\u00a0\n\n"
    "Legendary Singer Reveals Cancer Diagnosis In Emotional Interview\n\n"
    "The budget raises spending on schools and roads by five percent, the mayor said.\n\n"
    "According to The Post:\n\n"
    "Council members said the vote on the budget was the closest in a decade.\n\n"
    "Sign up for our newsletter\n\n"
    "The budget raises spending on schools and roads by five percent, the mayor said.\n"
)


def test_article_exact_findings() -> None:
    assert findings(BODY) == [
        "7:1 insertions.invisible-line",
        "9:1 insertions.pasted-headline",
        "17:1 insertions.promo",
        "19:1 insertions.duplicate-paragraph",
    ]


def test_one_paragraph_per_line_plain_text() -> None:
    """Copy exported with single line breaks: each unwrapped line is a paragraph, so a pasted
    line between two of them is found as it is between blank-line paragraphs."""
    text = (
        "Council Approves New Budget\n"
        "The city council approved the budget on Monday after a debate that lasted six hours "
        "and ended in a narrow vote.\n"
        "Legendary Singer Reveals Cancer Diagnosis In Emotional Interview\n"
        "The budget raises spending on schools and roads by five percent, the mayor said on "
        "Tuesday evening.\n"
        "Council members said the vote on the budget was the closest in a decade.\n"
    )
    assert findings(text) == ["3:1 insertions.pasted-headline"]


def test_article_exact_messages() -> None:
    assert messages(BODY) == [
        "Line holding only invisible characters (U+00A0 NO-BREAK SPACE): "
        "delete the line or its characters.",
        "'Legendary Singer Reveals Cancer Diagnosis In Emotional Interview' looks like the "
        "headline of another story (0% of its words occur in the article): delete it or set "
        "it apart as a link.",
        "Promotional line 'Sign up for' is not part of the story: delete it.",
        "This paragraph repeats the one at line 11 (100% the same): delete one of them.",
    ]


def test_zero_width_space_is_named() -> None:
    assert messages("One line of copy here.\n\u200b\u00a0\nAnother line.") == [
        "Line holding only invisible characters (U+200B ZERO WIDTH SPACE, U+00A0 NO-BREAK "
        "SPACE): delete the line or its characters."
    ]


def test_list_of_short_lines_is_not_a_pasted_headline() -> None:
    text = (
        "Cup Draw Made\n\nThe draw for the fifth round was made on Sunday with these ties.\n\n"
        "Derby v Wigan\n\nHull v Colchester\n\nWolves v Millwall\n\n"
        "The ties will be played over the weekend of 19 and 20 February this year.\n"
    )
    assert findings(text) == []


def test_markdown_subheading_and_bold_line_are_structure() -> None:
    text = (
        "# Council approves budget\n\n"
        "The city council approved the budget on Monday after a debate of six hours.\n\n"
        "## Legendary Singer Reveals Cancer Diagnosis\n\n"
        "The budget raises spending on schools and roads by five percent, the mayor said.\n\n"
        "**Weather Forecast For The Weekend Ahead**\n\n"
        "Council members said the vote was the closest in a decade, the mayor said.\n"
    )
    assert findings(text, "markdown") == []


def test_caption_and_empty_credit_at_the_top() -> None:
    text = (
        "Raids Planned In Sanctuary Cities\n\n"
        "ICE Agents Border Latinx\nPhoto courtesy of\n\n"
        "The administration is preparing arrests in cities that limit cooperation, "
        "officials said.\n"
    )
    assert findings(text) == ["3:1 insertions.caption-line", "4:1 insertions.empty-credit"]


SEEDS = {
    "000_4744003cdb4ff57a.txt": {
        "required": [2, 13, 15, 17], "clean": [1, 19, 21, 25, 31]},
    "003_a5fdef3d0e716dee.txt": {
        "required": [3, 4], "clean": [1, 8, 10, 16, 18, 20, 22, 26, 32]},
}


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seed articles are absent")
@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_rows(name: str) -> None:
    text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
    lines = {f.line for f in check_document(parse(name, text, "text"), RULES)}
    assert set(SEEDS[name]["required"]) <= lines
    assert not set(SEEDS[name]["clean"]) & lines


NEWS = (
    "Council Approves New Budget\n\n"
    "The city council approved the budget on Monday after a debate that lasted six hours.\n\n"
    "The budget raises spending on schools and roads by five percent, the mayor said.\n\n"
    "{line}\n\n"
    "Council members said the vote on the budget was the closest in a decade.\n"
)


@pytest.mark.parametrize("line", [
    "Carson on defense as scrutiny heats up; Candidate's biography questioned by rivals",
    "17 Tweets Every Left-Handed Person Will Totally Relate To",
    "Hillary Just Insulted The Benghazi Victims In The Absolute Worst Way — ‘Didn’t Lose A…’",
    "Can You Guess Which Celebrity This Tweet Belongs To",
])
def test_deck_long_title_and_teaser_headlines(line: str) -> None:
    assert findings(NEWS.format(line=line)) == ["7:1 insertions.pasted-headline"]


@pytest.mark.parametrize("line", [
    "Sanders asks at Western High School, “Any questions I can answer?”",
    "Room on Obama's coattails?",
    "Q: So come on, do you wish you were running?",
    "(Reporting by Jane Smith; Editing by John Doe.)",
    "Edition: Kleber Sampaio",
    "Words by Theo Nakamura",
    "Additional reporting by Sanne de Vries in Amsterdam",
    "'''College Bowl,''' he replied. ''It's a higher-end version of a quiz''",
    "Nighty Night (Baby Cow Productions, BBC Three)",
])
def test_speech_subheads_and_credits_are_not_pasted_headlines(line: str) -> None:
    assert findings(NEWS.format(line=line)) == []


def test_related_stories_block() -> None:
    block = ("Gronk, Serena perform with Laker Girls\n\nGronk may have found his true calling\n\n"
             "Pats place Olszewski on IR\n\nNew England's roster is re-shuffling")
    assert findings(NEWS.format(line=block)) == [
        "7:1 insertions.pasted-headline", "9:1 insertions.pasted-headline",
        "11:1 insertions.pasted-headline", "13:1 insertions.pasted-headline",
    ]


def test_award_list_is_not_a_related_stories_block() -> None:
    block = ("Animation - Brush Head\n\nPre-School Live Action - Balamory\n\n"
             "Schools Factual - In Search of the Tartan Turban")
    assert findings(NEWS.format(line=block)) == []


def test_duplicates_in_separate_live_blog_entries() -> None:
    entry = "It takes 1,237 delegates to win the Republican nomination for president."
    text = ("The Latest on the campaign\n\n9:15 p.m.\n\n"
            f"Kasich won Ohio and all of its delegates.\n\n{entry}\n\n___.\n\n9:05 p.m.\n\n"
            f"Clinton won three states on the night.\n\n{entry}\n")
    assert findings(text) == []
    assert findings(text.replace("___.\n\n", "")) == ["13:1 insertions.duplicate-paragraph"]


TOPICAL = (
    "Clinton Opens Campaign Office\n\n"
    "Clinton opened a campaign office in the city on Monday, her aides said.\n\n"
    "The office will organise volunteers for the Clinton campaign across the county.\n\n"
    "{line}\n\n"
    "Volunteers at the Clinton campaign office said turnout at the launch was strong.\n"
)


RECIPE = (
    "Autumn preserves from the orchard\n\n"
    "A pear is at its best in October, and honey keeps the spice from turning bitter.\n\n"
    "{line}\n\n"
    "Peel six pears, add the honey and the spice, and simmer the jam for forty minutes.\n\n"
    "The jam keeps for a year in sterilised jars, our cook said.\n"
)


def test_a_short_subheading_made_of_the_articles_words_is_no_pasted_headline() -> None:
    assert findings(RECIPE.format(line="Spiced Honey Pear Jam")) == []


@pytest.mark.parametrize(
    "line",
    [
        # longer than a subheading: a caption left in the body
        "Pear Growers Honey Spice Jam Pears Simmer Jam",
        # a word the article never uses
        "Spiced Honey Pear Chutney",
    ],
)
def test_a_line_that_is_no_subheading_is_still_a_pasted_headline(line: str) -> None:
    assert findings(RECIPE.format(line=line)) == ["5:1 insertions.pasted-headline"]


def test_headline_sharing_only_topic_words_is_pasted() -> None:
    line = "Clinton campaign office faces fundraising reset"
    assert findings(TOPICAL.format(line=line)) == ["7:1 insertions.pasted-headline"]
    assert messages(TOPICAL.format(line=line))[0].endswith(
        "(50% of its words occur in the article): delete it or set it apart as a link.")


@pytest.mark.parametrize("line", [
    "Clinton campaign office volunteers in county",  # rare words of the article too
    "Clinton, campaign, office, Senate, budget, talks",  # a list
])
def test_topic_words_count_in_full_for_related_lines(line: str) -> None:
    assert findings(TOPICAL.format(line=line)) == []


def test_calls_to_action_written_as_sentences() -> None:
    text = NEWS.format(line=(
        "Keep an eye on your inbox for the latest news.\n\n"
        "There's more where that came from. Sign up for our free daily newsletter.\n\n"
        "Like this story? Share it with a friend!"))
    assert findings(text) == ["7:1 insertions.promo", "9:1 insertions.promo",
                              "11:1 insertions.promo"]


def test_table_cells_left_one_per_line() -> None:
    text = NEWS.format(line="| Pos |\nPlayer |\n\nLarry Jones |\n\n85% |")
    assert findings(text) == ["7:1 insertions.table-residue", "8:1 insertions.table-residue",
                              "10:1 insertions.table-residue", "12:1 insertions.table-residue"]


def test_repeated_recipe_lines_are_not_duplicate_paragraphs() -> None:
    item = "Portion containers: 1 green, 1 red, 1 yellow and 2 teaspoons of oil."
    text = f"Day one\n\nThe plan starts gently with three meals.\n\n{item}\n\nDay two\n\n{item}\n"
    assert findings(text) == []


def test_repeated_meal_plan_entries_are_not_duplicate_paragraphs() -> None:
    item = ("Rice and Beans [1 cup brown rice, ½ cup black beans, 4 oz. grilled chicken, "
            "1 tsp. olive oil, salsa (optional)]")
    text = f"Day one\n\nThe plan starts gently with three meals.\n\n{item}\n\nDay two\n\n{item}\n"
    assert findings(text) == []
    prose = "The chicken, cooked in 1 tsp. of olive oil, takes about 20 minutes to brown well."
    assert findings(text.replace(item, prose)) == ["9:1 insertions.duplicate-paragraph"]


REVIEW = (
    "Streaming Service Reviewed\n\n"
    "The service streams games from the cloud to a television or a phone, the maker says.\n\n"
    "The Controller Is Comfortable But Costly\n\n"
    "The controller feels solid in the hand over long sessions on the sofa.\n\n"
    "{line}\n\n"
    "Only twenty titles were ready at launch, and most of them are years old.\n"
)


def test_title_case_subheadings_that_open_their_paragraphs() -> None:
    assert findings(REVIEW.format(line="Launch Titles Are Thin On The Ground")) == []
    # one such line alone is still a pasted headline
    assert findings(REVIEW.format(line="Legendary Singer Reveals Cancer Diagnosis")) == [
        "5:1 insertions.pasted-headline", "9:1 insertions.pasted-headline"]


def test_name_colon_quotation_headline() -> None:
    line = "Senator Jones: ‘Budget Cuts Are Not A Radical Idea’ For Rural Schools"
    assert findings(NEWS.format(line=line)) == ["7:1 insertions.pasted-headline"]


@pytest.mark.parametrize("line", [
    "The mayor: “we will not raise taxes on families,” she said",
    "Senator Jones: ‘Budget Cuts Are Not A Radical Idea.’ She Said So Twice",
])
def test_speaker_lines_are_not_name_colon_headlines(line: str) -> None:
    assert findings(NEWS.format(line=line)) == []


def test_all_capitals_line_is_a_section_heading() -> None:
    assert findings(NEWS.format(line="WHAT COMES NEXT FOR THE SINGER AND HER BAND")) == []
    assert findings(NEWS.format(line="What Comes Next For The Singer And Her Band")) == [
        "7:1 insertions.pasted-headline"]


STORY = (
    "Council approves new budget\n\n"
    "The city council approved the budget on Monday after a debate that lasted six hours, with "
    "members split over how much to spend on schools.\n\n"
    "The budget raises spending on schools and roads by five percent, the mayor said after the "
    "vote at the council chamber late on Monday.\n\n"
    "Council members said the vote on the budget was the closest in a decade, and the mayor "
    "praised them for their patience during six hours of debate on schools.\n\n"
)


def test_trailing_block_reports_each_line_after_the_story() -> None:
    text = STORY + (
        "Morning Briefing Newsletter\n\n"
        "Thanks for signing up!\n\n"
        "-\n\n"
        "Quarterback traded to Denver\n\n"
        "The deal ends a long saga in the desert\n\n"
        "-\n\n"
        "Ten gadgets every kitchen needs this winter\n"
    )
    assert [f for f in findings(text) if "trailing" in f] == [
        "9:1 insertions.trailing-block",
        "11:1 insertions.trailing-block",
        "15:1 insertions.trailing-block",
        "17:1 insertions.trailing-block",
        "21:1 insertions.trailing-block",
    ]


def test_a_wrapped_last_paragraph_is_story_not_a_block_of_short_lines() -> None:
    """Prose wrapped to a width (by an editor, pandoc, an email) is one paragraph of the story,
    in Markdown and in plain text: its lines are not page furniture."""
    tail = ("Ross, who presents the film programme, was also involved in the\n"  # textwrap, 72
            "deliberations. A shortlist of six films from around the world had been\n"
            "drawn up from which the panel chose. Other nominees included the\n"
            "Motorcycle Diaries, Zatoichi and Hero. A viewer poll saw the director\n"
            "emerge as the favourite with 32% of votes cast on the night.\n")
    assert findings(STORY + tail) == []
    assert findings(STORY + tail, "markdown") == []


def test_a_caption_over_its_credit_stays_two_lines() -> None:
    """Two lines are too few to tell wrapped prose: a caption and its credit stay lines."""
    tail = ("Bathers leave Praia da Figueirinha after the red flag was raised on Sunday morning\n"
            "Photo credit:\n")
    assert findings(STORY + tail) == ["9:1 insertions.caption-line", "10:1 insertions.empty-credit"]


@pytest.mark.parametrize("tail", [
    # fixtures, a line-up and a results list after a sports story are part of it
    "Derby v Watford\n\nChelsea v Birmingham\n\nWest Ham v Sheff Utd\n\nOldham v Bolton\n",
    "Subs: Marshall, Henchoz, Lambert.\n\nReferee: J Smith (Fife)\n\nAttendance: 8,200\n",
    # readers' letters: short paragraphs of prose
    "Nobody wanted this outcome.\n\nLet the voters decide.\n\nJane Doe.\n\nSpringfield.\n",
])
def test_trailing_block_leaves_lists_and_prose_alone(tail: str) -> None:
    assert [f for f in findings(STORY + tail) if "trailing" in f] == []


EDGES = (
    "Council approves budget\n\n"
    "{top}\n\n"
    "The city council approved the budget on Monday after a debate that lasted six hours.\n\n"
    "Follow the council on Twitter, the mayor told residents after the vote.\n\n"
    "The budget raises spending on schools and roads by five percent, the council said.\n\n"
    "{bottom}\n"
)


def test_prompts_and_addresses_at_the_edges_of_the_story() -> None:
    text = EDGES.format(top="www.example.com/news/budget",
                        bottom="Follow City News on Instagram and Facebook.\n\n"
                               "Listen to City Radio live at 8:00 weekdays.\n\n"
                               "reporter@example.com")
    assert findings(text) == ["3:1 insertions.edge-prompt", "11:1 insertions.edge-prompt",
                              "13:1 insertions.edge-prompt", "15:1 insertions.edge-prompt"]


def test_edge_prompts_leave_contact_notes_and_long_lists_alone() -> None:
    links = "\n\n".join(f"Gift number {n}\n\nhttp://example.com/gift{n}" for n in range(4))
    text = EDGES.format(top="Follow Jane Smith on Twitter @janesmith.", bottom=links)
    assert findings(text) == []


def test_decorated_ad_slugs_are_promo_not_headlines() -> None:
    text = (
        "Council Approves New Budget\n\n"
        "The city council approved the budget on Monday after a debate that lasted six hours.\n\n"
        "- Advertisement -\n\n"
        "The budget raises spending on schools and roads by five percent, the mayor said.\n\n"
        "— ADVERTISEMENT —\n\n"
        "Council members said the vote on the budget was the closest in a decade.\n\n"
        "Story continues below advertisement\n\n"
        "The mayor thanked the members for their patience during the long debate.\n\n"
        "Advertisement -\n\n"
        "The new budget takes effect in April, officials said.\n"
    )
    assert findings(text) == ["5:1 insertions.promo", "9:1 insertions.promo",
                              "13:1 insertions.promo", "17:1 insertions.promo"]


def test_related_link_is_promo_only() -> None:
    assert findings(NEWS.format(line="Related: Mayor Quits After Parking Row")) == [
        "7:1 insertions.promo"]


def test_markdown_emphasis_around_promo_and_credit_lines() -> None:
    text = (
        "# Council approves budget\n\n"
        "The city council approved the budget on Monday after a debate that lasted six hours.\n\n"
        "*Get our council coverage in your inbox: subscribe to the Friday briefing.*\n\n"
        "_The budget raises spending on schools and roads by five percent, the mayor said._\n\n"
        "**Sign up for the Friday briefing**\n\n"
        "*Photo: Jane Smith/City News*\n\n"
        "_Image:_\n\n"
        "Council members said the vote on the budget was the closest in a decade.\n\n"
        "*Follow City News on Instagram and Facebook.*\n"
    )
    assert findings(text, "markdown") == [
        "5:1 insertions.promo", "9:1 insertions.promo", "11:1 insertions.photo-credit",
        "13:1 insertions.empty-credit", "17:1 insertions.edge-prompt",
    ]


def test_sentence_case_caption_above_an_empty_credit() -> None:
    text = (
        "Council Approves New Budget\n\n"
        "A council member raises her hand during the vote\nImage: \n\n"
        "The city council approved the budget on Monday after a debate that lasted six hours.\n\n"
        "The budget raises spending on schools and roads by five percent, the mayor said.\n"
    )
    assert findings(text) == ["3:1 insertions.caption-line", "4:1 insertions.empty-credit"]


@pytest.mark.parametrize("line", [
    "Council members leave the chamber in Springfield, Illinois, on Monday. REUTERS/Jane Smith",
    "Residents queue outside the town hall before the vote (Getty Images)",
    "Residents queue outside the town hall | Photo: Jane Smith",
    "Residents queue outside the town hall. Photograph: Jane Smith/City News",
])
def test_line_ending_in_a_credit_is_a_caption_not_a_headline(line: str) -> None:
    assert findings(NEWS.format(line=line)) == ["7:1 insertions.caption-line"]


def test_subheadings_and_prose_about_photos_are_not_captions() -> None:
    text = (
        "# Council approves new budget\n\n"
        "The city council approved the budget on Monday after a debate that lasted six hours.\n\n"
        "## Where The Money Goes\n\n"
        "The budget raises spending on schools and roads by five percent, the mayor said.\n\n"
        "## What Happens Next\n\n"
        "Council members said the new budget would take effect in April.\n"
    )
    assert findings(text, "markdown") == []
    prose = "Schools get the largest share of the money\n\nPhotos of the vote were shared online."
    assert findings(NEWS.format(line=prose)) == []


@pytest.mark.parametrize("close", ["“money, not words.“", "“money, not words.”",
                                   "«money, not words.»", "‘money, not words.’",
                                   "\"money, not words.\""])
def test_sentence_ending_in_any_quotation_mark_is_not_a_headline(close: str) -> None:
    line = f"Union leader Maria Oyelaran said members wanted {close}"
    assert findings(NEWS.format(line=line)) == []


def test_a_caption_sentence_with_its_full_stop_above_a_credit_is_a_caption() -> None:
    text = ("Frost hits orchards\n\nFarmers lost most of the apricot crop this week.\n\n"
            "Damaged blossoms on an apricot tree near the village, 11 April.\nImage credit:\n\n"
            "The frost came two weeks after the trees flowered.\n")
    assert [h for h in findings(text) if "caption" in h or "credit" in h] == [
        "5:1 insertions.caption-line", "6:1 insertions.empty-credit"]


def test_a_sentence_in_a_longer_paragraph_by_a_credit_line_is_not_a_caption() -> None:
    text = ("Frost hits orchards\n\nFarmers lost most of the apricot crop this week.\n"
            "The frost came two weeks after the trees flowered.\nPhoto: Ana Petrosyan\n")
    assert [h for h in findings(text) if "caption" in h] == []


def test_a_bylines_title_line_is_not_a_caption(repo: Path) -> None:
    text = ("Parking fees double\nBy DENISE MORROW\nCourier Staff Writer\n\n"
            "Fees rise in May, the hospital said.\n")
    run = cli("check", "--no-cache", write(repo, "a.txt", text))
    assert (run.code, run.hits()) == (0, [])


def test_a_byline_repeated_under_a_front_matter_author_is_not_a_stray_line() -> None:
    text = ("---\ntitle: Last post office counter in Aldbrook to close\n"
            "author: Priya Mandal\n---\n\n"
            "Priya Mandal, Local Democracy Reporting Service\n\n"
            "The only post office counter in Aldbrook will close in March, the company said.\n\n"
            "Residents face a six-mile trip to the nearest branch, the parish council said.\n")
    assert findings(text, "markdown") == []


@pytest.mark.parametrize("dateline", [
    "Colombo, 4 March 2024", "LONDON, Monday, Oct. 14", "Puerto Montt, March 4, 2024"])
def test_a_dateline_on_a_line_of_its_own_is_not_a_stray_line(dateline: str) -> None:
    text = (f"Cinnamon exports rise\n\nBy Staff\n\n{dateline}\n\n"
            "Exports of cinnamon rose by a fifth last year, the export board said.\n\n"
            "Growers expect a bigger harvest in the south, the board said.\n")
    assert findings(text) == []


CHESS = (
    "Chennai prodigy wins again\n\n"
    "Meera Ramanathan, 11, won the junior title in Chennai on Sunday, her coach said.\n\n"
    "Her coach, Ravi Balasubramaniam, said she trains with the city's strongest juniors.\n\n"
    "Monsoon Forecast Raised As Reservoir Levels Fall Across Tamil Nadu\n\n"
    "Balasubramaniam said the city's chess boom began in 1988, when its clubs filled.\n\n"
    "PROMOTED: ChessPath Pro, 30% off for Sunday Board readers with code BOARD30\n\n"
    "The club said ChessPath had sponsored the junior title for three years.\n\n"
    "See you next Sunday. — Arvind\n"
)


def test_a_promo_slug_makes_no_series_of_subheadings_and_a_sign_off_is_no_headline() -> None:
    # the slug is insertions.promo's; beside it the pasted headline is still one
    assert findings(CHESS) == ["7:1 insertions.pasted-headline", "11:1 insertions.promo"]


def test_a_press_release_issuer_is_a_byline_not_a_caption() -> None:
    text = ("Terminal plans approved\n\nIssued by Belfast Harbour Communications\n\n"
            "Belfast Harbour said on Monday that work on the new terminal would start in May.\n")
    assert findings(text) == []

