"""The unsourced-claim rule's options, set from a config: every feature it can name."""

from __future__ import annotations

from pathlib import Path

from conftest import cli, write

from lint.claimscore import FEATURES
from lint.kinds.claim import FEATURE_NAMES

ARTICLE = (
    "Ferry timetable\n"
    "\n"
    "Nine crossings were cancelled on Tuesday after the harbour wall was damaged.\n"
    "\n"
    "The ferry company doubled its fares in a bid to cover the repairs.\n"
)


def test_every_feature_has_a_name_for_the_message() -> None:
    assert sorted(FEATURE_NAMES) == sorted(name for name, _, _ in FEATURES)


ONLY_CLAIMS = "select: [attribution.unsourced-claim]\n"


def test_the_default_reports_only_the_motive(repo: Path) -> None:
    write(repo, ".newslint.yaml", ONLY_CLAIMS)
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "a.txt")
    assert run.hits() == ["5:1 attribution.unsourced-claim"]
    assert "(a motive: 'in a bid to')" in run.out


def test_an_empty_require_reports_every_check_worthy_claim(repo: Path) -> None:
    write(repo, ".newslint.yaml",
          ONLY_CLAIMS + "rules:\n  attribution.unsourced-claim:\n    require: []\n")
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "a.txt")
    assert run.hits() == ["3:1 attribution.unsourced-claim", "5:1 attribution.unsourced-claim"]
    assert "Claim with no source (a number: 'Nine')" in run.out


NEARBY = (
    "Beekeeping boom\n"
    "\n"
    "{before}\n"
    "\n"
    "Chicago now has more than 900 registered hives, double the number of a decade ago.\n"
    "\n"
    "\"You are checking every week for mites and feeding in the fall,\" she said.\n"
)


def test_a_figure_between_quotations_is_unsourced_but_not_next_to_a_reported_source(
        repo: Path) -> None:
    write(repo, ".newslint.yaml", "select: [attribution.unsourced-figure]\n")
    write(repo, "quoted.txt", NEARBY.format(
        before="\"We lost a third of the colonies last summer,\" Reyes said."))
    write(repo, "reported.txt", NEARBY.format(
        before="The city's registry lists every hive kept within its limits, the clerk said."))
    assert cli("check", "quoted.txt").hits() == ["5:1 attribution.unsourced-figure"]
    assert cli("check", "reported.txt").hits() == []


def test_an_estimate_is_quoted_whole_in_the_message(repo: Path) -> None:
    write(repo, ".newslint.yaml", "select: [attribution.unsourced-figure]\n")
    write(repo, "a.txt", "Ferry cuts\n\n"
                         "The change will save around £310,000 a year and affect roughly 140 "
                         "passengers.\n\nUp to 2.5 million more bottles may have been sold.\n")
    run = cli("check", "a.txt")
    assert run.hits() == ["3:1 attribution.unsourced-figure", "5:1 attribution.unsourced-figure"]
    assert "(an estimate: 'around £310,000')" in run.out
    assert "(an estimate: 'Up to 2.5 million')" in run.out


def test_a_rule_or_specification_named_with_under_is_a_source(repo: Path) -> None:
    write(repo, ".newslint.yaml", "select: [attribution.unsourced-figure, quotes.no-speaker]\n")
    write(repo, "a.txt", "Cheese label\n\nUnder the European Commission’s published "
                         "specification, the goats must graze in Cyprus for at least 150 days "
                         "a year.\n")
    assert cli("check", "a.txt").hits() == []
    # a document cannot speak a quotation in the first person
    write(repo, "b.txt", "Shops\n\nUnder the new regulations, shops must close at 10pm.\n\n"
                         "\"We will lose half our trade.\"\n\nThe rules start in May.\n")
    assert cli("check", "b.txt").hits() == ["5:1 quotes.no-speaker"]
