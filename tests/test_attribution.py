"""The attribution pack: rule examples, exact findings on small articles, the seed rows."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import attributed

from lint import cues
from lint.cli import main
from lint.document import parse
from lint.engine import check_document
from lint.rulefile import load_pack, shipped_rules_dir

PACK = Path(shipped_rules_dir()) / "attribution"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def findings(text: str) -> list[str]:
    doc = parse("article.txt", text, "text")
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, load_pack(str(PACK)))]


def messages(text: str) -> list[str]:
    doc = parse("article.txt", text, "text")
    return [f.message for f in check_document(doc, load_pack(str(PACK)))]


def test_every_rule_has_examples() -> None:
    for rule in load_pack(str(PACK)):
        assert rule.fails and rule.passes, rule.id


def test_unsourced_intent_claim() -> None:
    text = "Council plans raids\n\nMayor Jane Smith closed the depot in a bid to win votes.\n"
    assert findings(text) == ["3:1 attribution.unsourced-claim"]
    assert messages(text) == [
        "Claim with no source (a motive: 'in a bid to'): say who says so or how it is known."
    ]


def test_stated_intent_names_its_source() -> None:
    text = "Council plans raids\n\nMayor Jane Smith wants to close the depot by 2030.\n"
    assert findings(text) == []


def test_lead_in_governs_next_paragraph_only() -> None:
    text = (
        "Headline here\n\nAccording to The Post:\n\n"
        "Mayor Jane Smith closed the depot in a bid to win votes.\n\n"
        "Mayor Jane Smith closed the depot in a bid to win more votes.\n"
    )
    assert findings(text) == ["7:1 attribution.unsourced-claim"]


def test_attribution_in_previous_sentence_covers_claim() -> None:
    text = (
        "Headline\n\nOfficials described the plan on Monday. The mayor wants to close the depot.\n"
    )
    assert findings(text) == []


def test_headline_question_is_not_reported() -> None:
    text = "Will the mayor close the depot?\n\nWhere will the money come from?\n"
    assert findings(text) == ["3:1 attribution.rhetorical-question"]


def test_a_question_is_reported_at_its_start_and_shown() -> None:
    text = ("Depot\n\nThe council met on Monday. And what of the workers who lost their jobs "
            "in May?\n")
    assert findings(text) == ["3:28 attribution.rhetorical-question"]
    assert messages(text) == [
        "Question in the writer's own voice ('And what of the workers who lost their jobs in "
        "May?'): report the answer, or attribute the question to whoever asked it."]


def test_first_person_and_loaded_word() -> None:
    text = "Headline\n\nAfter all we have learned, the shocking plan went ahead on Friday.\n"
    assert findings(text) == ["3:11 attribution.first-person", "3:32 attribution.loaded-language"]


def test_quoted_opinion_is_the_speaker_s() -> None:
    text = "Headline\n\n\"We have learned a shocking lesson,\" the mayor said.\n"
    assert findings(text) == []


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seed articles not present")
def test_seed_rows() -> None:
    required = {"000": {23}, "003": {6, 34}}
    clean = {"000": {1, 19, 21, 25, 31}, "003": {1, 8, 10, 16, 18, 20, 22, 26, 32}}
    for path in sorted((SHARED / "seeds").glob("00[03]_*.txt")):
        out = io.StringIO()
        argv = ["check", "--format", "json", "--no-cache", str(path)]
        main(argv, stdout=out, stderr=io.StringIO())
        data = json.loads(out.getvalue())
        lines = _attribution_lines(data)
        key = path.name[:3]
        assert required[key] <= lines, (key, lines)
        assert not (clean[key] & lines), (key, lines)


def _attribution_lines(data: object) -> set[int]:
    found: set[int] = set()
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if str(item.get("rule", "")).startswith("attribution.") and "line" in item:
                found.add(int(item["line"]))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


CUE_PARAGRAPH = (
    "The minister said on Monday that, according to figures from the treasury, spending rose. "
    "\"We will not back down,\" she told reporters, citing a study by the institute. Critics, "
    "he added, were wrong: the Daily Record reports that officials close to the talks want "
    "a deal. Well-said, the mayor-elect noted via a statement, as first reported by the Post. "
    "I think it works, says Ms Lee, calling for calm; records show costs fell, he said."
)


def test_cue_index_matches_the_single_alternation() -> None:
    reference = cues.reference_pattern()
    size = len(CUE_PARAGRAPH)
    windows = [(0, size)] + [(a, b) for a in range(0, size, 7) for b in range(a, size + 1, 11)]
    for a, b in windows:
        expected = [m.span() for m in reference.finditer(CUE_PARAGRAPH, a, b)]
        assert cues.find_cues(CUE_PARAGRAPH, a, b) == expected, (a, b)
        assert cues.has_cue(CUE_PARAGRAPH, a, b) == bool(expected), (a, b)


def test_cue_spans_on_a_fixed_sentence() -> None:
    text = "Officials close to the talks said, according to the Post, that he told the BBC."
    assert [text[a:b] for a, b in cues.find_cues(text)] == [
        "Officials close to", "said,", "according to", "he told",
    ]


def test_found_in_the_passive_reports_nothing() -> None:
    text = "No culprit was ever found and the dogs were found dead, but a study found more."
    assert [text[a:b] for a, b in cues.find_cues(text)] == ["a study found"]


def test_a_participle_after_an_article_or_a_noun_after_a_determiner_reports_nothing() -> None:
    text = ("An estimated 300 people came, the expected rise came, and she estimated it. Is "
            "it any wonder? The questions remain, he wondered, and she questions it.")
    assert [text[a:b] for a, b in cues.find_cues(text)] == [
        "estimated", "wondered", "questions"]


def test_weasel_reports_a_sentence_piling_up_cues() -> None:
    text = "Headline\n\nSome of the costs are thought to have probably doubled.\n"
    # the impersonal "are thought to" and the writer's "probably" are findings of their own
    assert findings(text) == ["3:19 attribution.impersonal-source", "3:19 attribution.weasel",
                              "3:39 attribution.hedge"]
    assert messages(text)[1].startswith("Weasel wording 'are thought'")


def test_weasel_leaves_a_single_hedge_to_the_impersonal_source_rule() -> None:
    text = "Headline\n\nThe minister reportedly offered to resign on Friday.\n"
    assert findings(text) == ["3:14 attribution.impersonal-source"]


def test_paragraph_continuing_the_speaker_inherits_the_attribution() -> None:
    lead = "Headline\n\nThe mayor spoke on Monday, officials said.\n\n"
    assert findings(lead + "He closed 40 depots in March in a bid to win votes.\n") == []
    assert findings(lead + "Crews closed 40 depots in March in a bid to win votes.\n") == [
        "5:1 attribution.unsourced-claim"
    ]


def test_acts_of_speech_are_cues_and_the_noun_question_is_not() -> None:
    text = (
        "Officials endorsed the plan, condemned the raids and refused to comment. "
        "The question is open."
    )
    assert [text[a:b] for a, b in cues.find_cues(text)] == [
        "endorsed", "condemned", "refused", "comment",
    ]


def test_a_refusal_to_comment_attributes_the_claim() -> None:
    lead = "Headline\n\n"
    claim = "closed 40 depots in March in a bid to win votes.\n"
    assert findings(lead + "The mayor, who declined to comment, " + claim) == []
    assert findings(lead + "The mayor, who arrived on Monday, " + claim) == [
        "3:1 attribution.unsourced-claim"
    ]


def test_a_word_of_stance_attributes_the_sentence() -> None:
    lead = "Headline\n\n"
    assert findings(lead + "The mayor thinks the depot closed because of the strike.\n") == []
    assert findings(lead + "The depot closed in March because of the long strike.\n") == [
        "3:1 attribution.unsourced-claim"
    ]


def test_a_motive_the_writer_ascribes_outweighs_a_word_of_stance() -> None:
    text = "Headline\n\nThe mayor wants to close the depot by March in a bid to win votes.\n"
    assert findings(text) == ["3:1 attribution.unsourced-claim"]


def test_an_act_on_record_attributes_only_with_a_named_subject() -> None:
    lead = "Headline\n\n"
    assert findings(lead + "Judge Ruiz ruled that the depot closed because of the strike.\n") == []
    assert findings(lead + "The plan was never approved because of the long strike.\n") == [
        "3:1 attribution.unsourced-claim"
    ]
    assert findings(lead + "Mayor Ruiz has approved 40 new buses in a bid to win votes.\n") == [
        "3:1 attribution.unsourced-claim"
    ]


def test_only_a_sentence_going_on_with_the_speaker_inherits_the_attribution() -> None:
    text = (
        "Headline\n\nThe mayor spoke on Monday, officials said. They left early.\n\n"
        "The mayor spoke, officials said. Buses ran late.\n"
    )
    assert attributed(text) == [False, True, True, True, False]


def test_a_source_in_the_sentence_before_keeps_a_claim_in_reach() -> None:
    text = (
        "Headline\n\nThe mayor spoke on Monday, officials said. "
        "Crews closed 40 depots in March in a bid to win votes.\n"
    )
    assert attributed(text)[2] is False
    assert findings(text) == []


def test_think_is_a_word_of_stance_but_a_think_tank_is_not() -> None:
    text = "Headline\n\nOfficials think the depot closed.\n\nA think tank closed the depot.\n"
    assert attributed(text) == [False, True, False]


def test_a_fifth_of_a_sentence_quoted_carries_an_attribution() -> None:
    text = (
        "Headline\n\nThe plan would be \"a disaster for the city\", as crews warned.\n\n"
        "The plan would close the \"old\" depot on the north side of town.\n"
    )
    assert attributed(text) == [False, True, False]


def test_a_phrase_of_stance_attributes_the_sentence() -> None:
    text = "Headline\n\nVoters were talking about the depot.\n\nVoters walked past the depot.\n"
    assert attributed(text) == [False, True, False]


def test_a_markup_tag_named_like_a_verb_is_not_a_cue() -> None:
    text = '<tweet tweet-id="7703"><tweet/>. The mayor tweeted a photo.'
    assert [text[a:b] for a, b in cues.find_cues(text)] == ["tweeted"]
    doc = "Headline\n\n" + text + "\n"
    assert attributed(doc) == [False, False, True]


def test_a_credit_line_is_not_an_attribution() -> None:
    text = (
        "Headline\n\n(Reporting by Jane Doe; Editing by John Roe.)\n\n"
        "Amanda Smith contributed reporting.\n\nLee reported from Washington.\n\n"
        "Jo Bloggs via Getty Images.\n\nThe Post reported the deal on Monday.\n"
    )
    assert attributed(text) == [False, False, False, False, False, True]


def test_the_forms_of_reporting_verbs_the_lists_missed() -> None:
    text = (
        "Headline\n\nThe mayor is stressing the cost of the depot.\n\n"
        "Residents are demanding a new depot.\n\nThe mayor is wanting a new depot.\n\n"
        "The mayor is building a new depot.\n"
    )
    assert attributed(text) == [False, True, True, True, False]


def test_a_sentence_followed_by_its_speaker_carries_the_attribution() -> None:
    text = (
        "Headline\n\nThe depot will close in March. She said the buses would stay.\n\n"
        "The depot will close in March. Crews said the buses would stay.\n"
    )
    assert attributed(text) == [False, True, True, False, True]


def test_an_unnamed_official_or_insider_is_an_anonymous_source() -> None:
    lead = "Headline\n\n"
    text = "A source inside the transport office said the depot would close.\n"
    assert findings(lead + text) == ["3:1 attribution.anonymous-source"]
    assert findings(lead + "An official said the depot would close in March.\n") == [
        "3:1 attribution.anonymous-source"
    ]
    assert findings(lead + "The depot will close, said a harbour board insider.\n") == [
        "3:23 attribution.anonymous-source"
    ]
    assert messages(lead + "A harbour board insider said the depot would close.\n") == [
        "Unnamed source 'A harbour board insider said': say why the source was not named "
        "and how they know."
    ]


def test_asking_not_to_be_named_is_no_reason_for_anonymity() -> None:
    lead = "Headline\n\n"
    text = "An official who asked not to be named said the depot would close.\n"
    assert findings(lead + text) == ["3:1 attribution.anonymous-source"]
    assert findings(
        lead + "An official, who spoke on condition of anonymity, said the depot would close.\n"
    ) == ["3:1 attribution.anonymous-source"]


def test_a_reason_for_anonymity_excuses_the_source() -> None:
    lead = "Headline\n\n"
    for text in (
        "An official, who spoke on condition of anonymity because the audit is private, said "
        "the depot would close.",
        "A harbour official, speaking on condition of anonymity to discuss the audit, said the "
        "depot would close.",
        "A source said the depot would close, as they were not authorised to comment.",
        "An official who asked not to be named because of the audit said the depot would close.",
    ):
        assert findings(lead + text + "\n") == [], text


def test_an_official_document_is_not_an_anonymous_source() -> None:
    lead = "Headline\n\n"
    assert findings(lead + "An official report said the depot would close in March.\n") == []
    assert findings(lead + "It came a week after officials said the depot would close.\n") == []
    assert findings(lead + "A harbour spokeswoman said the depot would close in March.\n") == []


def test_the_media_and_observers_as_a_vague_source() -> None:
    lead = "Headline\n\n"
    assert findings(lead + "The media has portrayed the harbour plan as a folly.\n") == [
        "3:1 attribution.vague-source"
    ]
    assert findings(lead + "Observers consider that the harbour vote was rushed.\n") == [
        "3:1 attribution.vague-source"
    ]
    assert findings(lead + "The harbour plan has been widely criticised for its cost.\n") == [
        "3:18 attribution.vague-source"
    ]
    assert findings(lead + "The panel of experts considered the harbour plan on Monday.\n") == []
    assert findings(lead + "The press conference on the harbour was held on Monday.\n") == []


def test_first_person_with_all_and_the_writer_s_own_community() -> None:
    lead = "Headline\n\n"
    assert findings(lead + "We have all seen how quickly the river rises in spring.\n") == [
        "3:1 attribution.first-person"
    ]
    assert findings(lead + "We all know the bridge will not be repaired this year.\n") == [
        "3:1 attribution.first-person"
    ]
    assert findings(lead + "Our village deserves a bridge that stays open.\n") == [
        "3:1 attribution.first-person"
    ]


def test_a_newsroom_s_our_and_a_quoted_our_are_not_first_person() -> None:
    lead = "Headline\n\n"
    assert findings(lead + "Our correspondent in Lisbon says the bridge vote is close.\n") == []
    assert findings(lead + "Our political editor says the bridge vote is close.\n") == []
    assert findings(lead + "\"Our village deserves better,\" the mayor said.\n") == []


def test_disastrous_botched_and_scandalous_are_loaded_but_catastrophic_damage_is_not() -> None:
    lead = "Headline\n\n"
    assert findings(lead + "The botched tender left the harbour in a disastrous state.\n") == [
        "3:5 attribution.loaded-language", "3:42 attribution.loaded-language"
    ]
    assert findings(lead + "It was a scandalous waste of harbour money.\n") == [
        "3:10 attribution.loaded-language"
    ]
    assert findings(lead + "The storm caused catastrophic damage to the harbour wall.\n") == []
    assert findings(lead + "The mayor put a brave face on the harbour figures.\n") == []
    assert findings(lead + "Resigning was a brave decision, and a costly one.\n") == [
        "3:17 attribution.loaded-language"
    ]


def test_impersonal_and_vague_sources_are_reported_once_each() -> None:
    text = ("Mill closure\n\nIt is widely believed that the mill will close.\n\n"
            "It is said in the village that the owners want to sell.\n\n"
            "The owners are said to be talking to a developer.\n\n"
            "The owners are said to be talking to a builder, the union said.\n")
    # "It is said in the village that" is the vague-source shape of "It is said that"
    assert findings(text) == ["3:1 attribution.vague-source",
                              "5:1 attribution.vague-source",
                              "7:12 attribution.impersonal-source"]
