"""Attribution decisions from a second error analysis on PolNeAR political news (mined on the
train split, confirmed on dev): reporting words in senses that report nothing, editor's notes,
and phrases of stance. Each case is a general form of English news copy, checked by exact
analyse() results or exact findings."""

from __future__ import annotations

from pathlib import Path

from conftest import attributed, cli, rule_hits, write


def _each(*sentences: str) -> list[bool]:
    """Whether each sentence, a paragraph of its own after a headline, is attributed."""
    return attributed("Headline\n\n" + "\n\n".join(sentences) + "\n")[1:]


def test_adding_to_a_lead_is_an_increase_not_a_report() -> None:
    assert _each(
        "Clinton won the primary on Tuesday, adding to her lead over Sanders.",
        "Trump won the state, substantially adding to his delegate count.",
        "The mayor spoke on Monday, adding that the depot would close.",
        "The win added to their total of seats.",
        "The depot will close, he added.",
    ) == [False, False, True, False, True]


def test_an_estimated_number_is_not_an_estimate_someone_made() -> None:
    assert _each(
        "An estimated 200 police officers were assigned to the parade.",
        "The network caters to the estimated 55 million Latinos in the country.",
        "The city estimated that 50,000 people would come.",
    ) == [False, False, True]


def test_a_brief_visit_is_not_a_briefing() -> None:
    assert _each(
        "Trump made the stop Friday during a brief appearance at the office.",
        "Aides will brief reporters on the plan.",
    ) == [False, True]


def test_pledged_delegates_are_not_a_pledge() -> None:
    assert _each(
        "Clinton has won more pledged delegates than Sanders.",
        "Clinton pledged to raise the minimum wage.",
    ) == [False, True]


def test_a_show_on_air_is_not_a_finding_that_shows() -> None:
    assert _each(
        "The two taped an hourlong show that aired on Thursday.",
        "He is the host of a TV show about cooking.",
        "Oz's show proved to be a safe space for the candidate.",
        "These proceedings were just for show.",
        "Polls show the race tightening.",
        "The figures that show a fall were released on Monday.",
    ) == [False, False, False, False, True, True]


def test_a_decline_that_is_a_fall_is_not_a_refusal() -> None:
    assert _each(
        "The rate would decline by four points each year.",
        "It is the biggest decline for a developed nation.",
        "The industry's decline is forcing states to act.",
        "A spokesman for the mayor declined to comment.",
        "The mayor declined comment on Monday.",
        "Asked about the depot, the mayor declined.",
    ) == [False, False, False, True, True, True]


def test_a_reporting_word_in_another_sense_leaves_the_other_cues() -> None:
    assert _each(
        "An estimated 200 people came, the police said.",
        "Clinton won the state, adding to her lead, and thanked her voters.",
    ) == [True, True]


def test_an_editors_note_is_the_publication_speaking_not_an_attribution() -> None:
    assert _each(
        "Editor\u2019s note: The senator has repeatedly pledged to ban all imports.",
        "Editor's note: This story was updated with comment from the mayor.",
        "The senator has repeatedly pledged to ban all imports.",
    ) == [False, False, True]


def test_phrases_of_stance_attribute_the_sentence() -> None:
    assert _each(
        "The governor made it clear that the depot would stay open.",
        "The mayor made clear she would not run again.",
        "Sanders made the case for a higher minimum wage.",
        "Trump took aim at the trade deal.",
        "The senator lashed out at the press.",
        "The depot is clear of snow.",
    ) == [True, True, True, True, True, False]


CLAIM = ("In November, the fall in exports was largely due to a decline in sales of industrial "
         "supplies and materials such as chemicals, as well as of cars, consumer goods and food.\n")


def test_a_fall_no_longer_hides_an_unsourced_cause(repo: Path) -> None:
    text = f"Exports fall\n\n{CLAIM}"
    assert rule_hits(repo, text, "attribution.unsourced-claim") == [
        "3:1 attribution.unsourced-claim"
    ]
    text = f"Exports fall\n\nThe ministry said the figures were final. {CLAIM}"
    assert rule_hits(repo, text, "attribution.unsourced-claim") == []


def test_keeping_or_coming_upon_something_is_not_a_report() -> None:
    assert _each(
        "Sanders maintained his double-digit lead over Clinton.",
        "The campaign has long maintained that the emails were not marked.",
        "The bank has found itself at the center of the crisis.",
        "Candidates have sometimes found ways to make money on the trail.",
        "The audit found that the depot lost money.",
    ) == [False, True, False, False, True]


def test_a_remark_named_as_a_thing_is_not_a_report() -> None:
    assert _each(
        "That comment is a lie.",
        "The mayor would not comment on the depot.",
    ) == [False, True]


def test_pointing_out_and_stating_that_report() -> None:
    assert _each(
        "Labor leaders point out that the depot employs 400 people.",
        "The memo was released on Monday stating that the loss was expected.",
        "The depot is a point on the map.",
    ) == [True, True, False]


def test_a_feeling_about_a_proposition_is_a_stance_but_not_the_writers_it_is() -> None:
    assert _each(
        "Many Democrats are afraid that turnout will be low.",
        "Protesters were frustrated that the police released only some of the video.",
        "It is certain that turnout will be low.",
        "The voters were angry.",
    ) == [True, True, False, False]


def test_a_ruling_or_weighing_in_reports() -> None:
    assert _each(
        "The appeals court ruled that the practice broke the law.",
        "Other officials weighed in on whether the video should be released.",
        "Trump likened the refugees to a snake.",
        "A Times article hailed Trump as the comeback kid.",
        "The parcel weighed in at two kilos.",
    ) == [True, True, True, True, False]


def test_forms_of_listed_words_the_lists_missed() -> None:
    assert _each(
        "The senator is condemning the attack.",
        "Rakeyia Scott can be heard yelling to the officers.",
        "The mayor is lamenting the closure of the depot.",
        "Knowing the race was over, many voters stayed at home.",
        "The governor recognizes the depot's value.",
        "The council is maintaining that the depot is safe.",
        "The council is maintaining a lead in the polls.",
    ) == [True, True, True, True, True, True, False]


def test_phrases_of_speech_and_stance_found_on_train() -> None:
    assert _each(
        "Chief Justice Roberts spoke of the legacy of the depot.",
        "Many experts suspect that the losses were generated by tax breaks.",
        "The campaign would like to organize another rally.",
        "These voters point to the 1994 crime bill.",
        "Many Mexicans felt betrayed by the visit.",
        "Trump took offense at suggestions that he is not self-made.",
        "The senator came out against the depot plan.",
        "Mr. Obama set about persuading President Xi to join.",
        "The FBI director chastised Clinton for use of the server.",
        "The depot came out of the storm intact.",
    ) == [True, True, True, True, True, True, True, True, True, False]


def test_more_phrases_of_stance_found_on_train() -> None:
    assert _each(
        "The senator has been critical of the depot plan.",
        "The campaign is counting on a big turnout.",
        "The mayor opened up about her illness.",
        "The governor has ruled out a tax rise.",
        "Several senators vouched for the nominee.",
        "She has spoken out about the closures.",
        "Trump took several shots at the mayor.",
        "Voters are tired of the closures.",
        "The depot is open on Sundays.",
    ) == [True, True, True, True, True, True, True, True, False]


def test_arriving_or_being_found_is_not_a_report() -> None:
    assert _each(
        "Thousands of voters showed up at the rally.",
        "The full text can be found here.",
        "The figures showed a fall in exports.",
    ) == [False, False, True]


def test_comments_and_questions_named_as_things_are_not_reports() -> None:
    assert _each(
        "Trump made the comments during a brief appearance.",
        "The candidates took questions from veterans at the forum.",
        "But the questions sparked by the death will take longer to answer.",
        "The mayor questions whether the depot can stay open.",
        "The mayor's comments came as the depot closed.",
        "The mayor comments on the depot every week.",
    ) == [False, False, False, True, False, True]


def test_words_of_feeling_thought_and_request_found_on_train() -> None:
    assert _each(
        "The move angered party leaders.",
        "Many voters assumed that the depot would stay open.",
        "The council requested a review of the depot.",
        "Trump compared the plan to a disaster, comparing it to 2008.",
        "The depot is painted green.",
    ) == [True, True, True, True, False]


def test_a_channel_is_not_a_source() -> None:
    assert _each(
        "The firm conducted the poll via landlines and cellphones.",
        "The mayor sent the plan via email.",
        "The story came to light via Twitter.",
    ) == [False, False, True]


def test_a_qualified_supporter_or_critic_holds_a_stance() -> None:
    assert _each(
        "Kaine is a former lawyer who is a staunch opponent of the death penalty.",
        "Clinton has been a consistent and outspoken supporter of NATO.",
        "The senator apologized for the remark.",
        "The senator is a former supporter of the depot plan.",
    ) == [True, True, True, False]


MOTIVES = ("Rail firm orders new trains\n\n"
           "The operator ordered 40 trains from the maker in March.\n\n"
           "The decision comes in an effort to avoid a repeat of last winter, when a train was "
           "stuck for nine hours in the snow.\n\n"
           "The gift was motivated above all by the wish to escape the succession taxes.\n\n"
           "The studio failed in an attempt to sue the producer in 2004.\n")


def test_motives_the_writer_ascribes_are_unsourced_claims(repo: Path) -> None:
    assert rule_hits(repo, MOTIVES, "attribution.unsourced-claim") == [
        "5:1 attribution.unsourced-claim", "7:1 attribution.unsourced-claim"]


def test_a_motive_read_into_an_act_is_a_claim_on_its_own(repo: Path) -> None:
    text = ("Bakery closes\n\n"
            "The real reason for the closures is the company's eagerness to please its owners.\n")
    run = cli("check", "--no-cache", write(repo, "article.txt", text))
    assert run.hits() == ["3:1 attribution.unsourced-claim"]
    assert "(a motive read into an act: 'The real reason')" in run.out
    plain = text.replace("The real reason for the closures is", "The closures follow")
    assert rule_hits(repo, plain, "attribution.unsourced-claim") == []


CAUSES = ("Council budget\n\n"
          "The senator reserved his passion in 2015 for the cause of lower taxes for farmers.\n\n"
          "Rising costs in 2015 were a key cause of the fall in the council's profits.\n\n"
          "Rising costs in 2015 caused the council's profits to fall by a third.\n\n"
          "The mayor was branded a traitor to the cause of lower taxes in 2015.\n")


def test_cause_the_movement_is_not_a_causal_claim(repo: Path) -> None:
    assert rule_hits(repo, CAUSES, "attribution.unsourced-claim") == [
        "5:1 attribution.unsourced-claim", "7:1 attribution.unsourced-claim"]


SWEEPS = ("Flood report\n\n"
          "No one was hurt when the river burst its banks at 3am on Tuesday in 2015.\n\n"
          "The river has always burst its banks in wet winters since records began in 1900.\n\n"
          "The river has not always burst its banks in wet winters since records began in 1900.\n")


def test_no_one_hurt_and_not_always_are_not_sweeping_claims(repo: Path) -> None:
    assert rule_hits(repo, SWEEPS, "attribution.unsourced-claim") == [
        "5:1 attribution.unsourced-claim"]


INFINITIVES = ("Campaign trail\n\n"
               "The row over the 2015 budget continues to distract her campaign from policy.\n\n"
               "Aides have focused on her proposals to boost some taxes on the wealthy in 2015.\n\n"
               "If Democrats were looking to boost enthusiasm in 2015, this vote was it.\n\n"
               "The party spent $5 million in March to boost her campaign in the state.\n")


def test_what_goes_on_a_plan_and_a_wish_are_not_motives(repo: Path) -> None:
    assert rule_hits(repo, INFINITIVES, "attribution.unsourced-claim") == [
        "9:1 attribution.unsourced-claim"]


def test_framing_a_stated_position_and_conjecture_are_attributions() -> None:
    assert _each(
        "Sanders has cast the Clintons as part of the party establishment.",
        "Pence is not alone in his contention that the war led to the group's rise.",
        "Trump stirred controversy with an assertion that the wall would be paid for.",
        "By Sanders's own argument, superdelegates have no right to overturn the vote.",
        "The rise was likely due to the decision not to expand Medicaid, Manzano surmised.",
        "He implied that the judge was biased against him.",
        "The actor was cast in the film as a young soldier.",
        "The argument over the budget went on for weeks.",
    ) == [True, True, True, True, True, True, False, False]
