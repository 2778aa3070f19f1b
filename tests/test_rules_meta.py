"""Every shipped rule is data that documents and tests itself.

Each rule's `fail` examples must produce exactly the listed `line:col` positions for that rule,
and each `pass` example nothing for it; every rule has both; ids match file paths; the
generated docs in docs/rules/ are up to date.
"""

from __future__ import annotations

import os

import pytest

from lint import config, docs, engine, rulefile, ruleset
from lint.document import parse
from lint.kinds.base import RunSettings
from lint.rulefile import FailExample, Rule

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _all_rules() -> list[Rule]:
    rules: list[Rule] = []
    for pack in rulefile.shipped_packs():
        rules.extend(rulefile.load_pack(pack))
    return rules


RULES = _all_rules()


def _cases(which: str) -> list[pytest.param]:  # type: ignore[valid-type]
    out = []
    for rule in RULES:
        examples = rule.fails if which == "fail" else rule.passes
        for i, example in enumerate(examples):
            out.append(pytest.param(rule, example, id=f"{rule.id}-{which}{i}"))
    return out


def positions(rule: Rule, example: FailExample) -> list[str]:
    name = "example.md" if example.format == "markdown" else "example.txt"
    doc = parse(name, example.text, example.format)
    settings = RunSettings(sources=example.sources)
    found = engine.check_document(doc, [rule], settings)
    return [f"{f.line}:{f.column}" for f in found if f.rule == rule.id]


@pytest.mark.parametrize(("rule", "example"), _cases("fail"))
def test_fail_example(rule: Rule, example: FailExample) -> None:
    assert positions(rule, example) == list(example.expect)


@pytest.mark.parametrize(("rule", "example"), _cases("pass"))
def test_pass_example(rule: Rule, example: FailExample) -> None:
    assert positions(rule, example) == []


def test_rules_were_found() -> None:
    assert {"readability", "style"} <= {r.pack for r in RULES}


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_has_fail_and_pass_examples(rule: Rule) -> None:
    if rule.kind.name == "languagetool":
        # its findings come from a LanguageTool server: tests/test_grammar_cli.py runs them
        # against a local stand-in
        assert rule.passes
        return
    assert (bool(rule.fails), bool(rule.passes)) == (True, True)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_id_matches_its_path(rule: Rule) -> None:
    pack = os.path.basename(os.path.dirname(rule.path))
    stem = os.path.splitext(os.path.basename(rule.path))[0]
    assert rule.id == f"{pack}.{stem}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_documentation_fields(rule: Rule) -> None:
    assert rule.summary and rule.why and rule.message
    assert rule.summary.endswith((".", ")")) and "\n" not in rule.summary


def test_ids_and_aliases_are_unique() -> None:
    ruleset.RuleSet(RULES)  # raises on a duplicate


def test_default_profile_selects_every_stable_rule() -> None:
    cfg = config.default()
    chosen = {r.id for r in ruleset.rules_for(ruleset.load_ruleset(cfg), cfg, "x.md")}
    # the grammar pack needs a LanguageTool server: it runs when the config has a grammar section
    assert chosen == {r.id for r in RULES if r.status == "stable" and r.pack != "grammar"}


def test_generated_docs_are_up_to_date() -> None:
    directory = os.path.join(ROOT, "docs", "rules")
    rules = sorted(RULES, key=lambda r: r.id)
    assert docs.stale(directory, rules) == [], "run 'newslint docs' to regenerate docs/rules"
