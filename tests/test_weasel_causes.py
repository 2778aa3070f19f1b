"""Causes of false weasel findings found on WikiWeasel and fixed in the weasel kind, each with
the exact cue matched and the exact `line:col rule` the shipped rule reports."""

from __future__ import annotations

from pathlib import Path

from lint.document import parse
from lint.engine import check_document
from lint.kinds.weasel import WeaselScorer
from lint.rulefile import load_pack, shipped_rules_dir


def matched(text: str) -> list[tuple[str, str]]:
    return WeaselScorer().matched(text)


def weasel_findings(text: str) -> list[str]:
    rules = [r for r in load_pack(str(Path(shipped_rules_dir()) / "attribution"))
             if r.id == "attribution.weasel"]
    doc = parse("article.txt", text, "text")
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, rules)]


def test_a_question_or_a_comparison_with_many_quantifies_nothing_vaguely() -> None:
    assert matched("Nobody knows how many fled.") == []
    assert matched("As many as 60 inscriptions were found.") == []
    assert matched("He could submit as many entries as he wished.") == [("could", "could")]
    assert matched("They fled, as many people did.") == [
        ("vague-crowd", "many people"), ("many", "many"),
    ]
    assert matched("Many fled.") == [("some-start", "Many"), ("many", "Many")]


def test_the_rule_skips_a_sentence_that_only_a_comparison_pushes_over() -> None:
    assert weasel_findings("Headline\n\nCritics say the crowd was probably as many as 60.\n") == []
    assert weasel_findings("Headline\n\nCritics say the crowd was probably many times that.\n"
                           ) == []
    assert weasel_findings("Headline\n\nCritics say many fans probably left.\n") == [
        "3:1 attribution.weasel",
    ]


def test_celebrated_as_a_verb_praises_no_one() -> None:
    assert matched("Mass was celebrated by the bishop.") == []
    assert matched("In 2006 he celebrated his birthday.") == []
    assert matched("The victory was celebrated.") == []
    assert matched("The celebrated poet was born here.") == [("peacock", "celebrated")]
    assert matched("He is celebrated for his wit.") == [("peacock", "celebrated")]


def test_the_rule_skips_a_sentence_that_only_the_verb_celebrated_pushes_over() -> None:
    assert weasel_findings("Headline\n\nCritics say fans probably celebrated the win.\n") == []
    assert weasel_findings("Headline\n\nCritics say the celebrated side probably won.\n") == [
        "3:1 attribution.weasel",
    ]
