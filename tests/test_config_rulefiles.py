"""Rule files are validated when loaded: exact messages at file:line:col with the key path."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import cli, write

GOOD = (
    "kind: existence\n"
    "severity: warning\n"
    "summary: A banned word.\n"
    "why: House style.\n"
    "message: \"Do not write '{match}'.\"\n"
    "patterns: [boffin]\n"
)


def run_with_rule(repo: Path, body: str, name: str = "banned.yaml") -> tuple[int, str]:
    write(repo, ".newslint.yaml", "packs: [house]\n")
    write(repo, f"house/{name}", body)
    write(repo, "a.txt", "A boffin spoke.\n")
    run = cli("check", "a.txt")
    assert run.out == ""
    return run.code, run.err


def test_a_valid_rule_file_loads(repo: Path) -> None:
    write(repo, ".newslint.yaml", "packs: [house]\n")
    write(repo, "house/banned.yaml", GOOD)
    write(repo, "a.txt", "A boffin spoke.\n")
    assert cli("check", "a.txt").hits() == ["1:3 house.banned"]



@pytest.mark.parametrize(("once", "expected"), [
    ("", ["1:3 house.banned", "1:22 house.banned", "3:1 house.banned"]),
    ("once: true\n", ["1:3 house.banned", "3:1 house.banned"]),
])
def test_existence_once_reports_the_first_match_of_each_scope(
        repo: Path, once: str, expected: list[str]) -> None:
    write(repo, ".newslint.yaml", "packs: [house]\n")
    write(repo, "house/banned.yaml", GOOD.replace("[boffin]", "[boffin, egghead]") + once)
    write(repo, "a.txt", "A boffin spoke to an egghead.\n\nEgghead.\n")
    assert cli("check", "a.txt").hits() == expected

@pytest.mark.parametrize(
    ("body", "message"),
    [
        (GOOD + "pattern: [x]\n",
         "house/banned.yaml:7:1: pattern: unknown key (did you mean 'patterns'?)"),
        (GOOD + "scopes: sentence\n",
         "house/banned.yaml:7:1: scopes: unknown key (did you mean 'scope'?)"),
        (GOOD.replace("severity: warning", "severity: 2"),
         "house/banned.yaml:2:11: severity: must be one of error, warning, info, got 'an integer'"),
        (GOOD + "ignorecase: sometimes\n",
         "house/banned.yaml:7:13: ignorecase: expected true or false, got a string"),
        (GOOD.replace("patterns: [boffin]", "patterns: ['(boffin']"),
         "house/banned.yaml:6:12: patterns[0]: invalid regular expression: missing ), "
         "unterminated subpattern at position 0"),
        (GOOD.replace("'{match}'", "'{word}'"),
         "house/banned.yaml:5:10: message: placeholder '{word}' is not supplied by 'existence' "
         "rules (they supply match)"),
        (GOOD.replace("kind: existence", "kind: existance"),
         "house/banned.yaml:1:7: kind: must be one of {kinds}, got 'existance'"),
        (GOOD.replace("summary: A banned word.\n", ""),
         "house/banned.yaml:1:1: (top level): missing required key 'summary'"),
        (GOOD + "scope: headlines\n",
         "house/banned.yaml:7:8: scope: must be one of {scopes}, got 'headlines'"),
        (GOOD + "examples:\n  fail:\n    - text: A boffin.\n      expect: [3]\n",
         "house/banned.yaml:10:16: examples.fail[0].expect[0]: expected a string, got an integer"),
        (GOOD + "examples:\n  fail:\n    - text: A boffin.\n      expect: ['1.3']\n",
         "house/banned.yaml:10:16: examples.fail[0].expect[0]: expected 'line:column', got '1.3'"),
        (GOOD + "patterns: [again]\n", "house/banned.yaml:7:1: duplicate key 'patterns'"),
        (GOOD + "why: [unclosed\n", "house/banned.yaml:8:1: invalid YAML: {flow}"),
    ],
)
def test_rule_file_errors(repo: Path, body: str, message: str) -> None:
    from lint.kinds import registry
    from lint.segment import SCOPES

    flow = ("did not find expected ',' or ']'" if yaml.__with_libyaml__
            else "expected ',' or ']', but got '<stream end>'")
    message = (message.replace("{kinds}", ", ".join(registry()))
               .replace("{scopes}", ", ".join(SCOPES)).replace("{flow}", flow))
    assert run_with_rule(repo, body) == (2, f"newslint: {message}\n")


def test_duplicate_rule_ids_across_packs(repo: Path) -> None:
    write(repo, ".newslint.yaml", "packs: [one/style]\n")
    write(repo, "one/style/exclamation.yaml", GOOD)
    write(repo, "a.txt", "A boffin spoke.\n")
    run = cli("check", "a.txt")
    assert run.code == 2
    assert run.err.startswith("newslint: ")
    assert run.err.endswith(
        "one/style/exclamation.yaml: rule id 'style.exclamation' is defined twice "
        f"(also in {_shipped('style/exclamation.yaml')})\n")


def test_duplicate_alias(repo: Path) -> None:
    write(repo, ".newslint.yaml", "packs: [house]\n")
    write(repo, "house/a.yaml", GOOD + "aliases: [style.exclamation]\n")
    write(repo, "x.txt", "Hi.\n")
    run = cli("check", "x.txt")
    assert (run.code, run.err.split(": ", 2)[2]) == (
        2, "alias 'style.exclamation' of 'house.a' is already used by another rule\n")


def test_rule_file_name_must_be_an_id(repo: Path) -> None:
    code, err = run_with_rule(repo, GOOD, name="Bad_Name.yaml")
    assert (code, err) == (2, "newslint: house/Bad_Name.yaml:1:1: a rule file's name must be "
                              "lowercase letters, digits and hyphens\n")


def _shipped(rel: str) -> str:
    import os

    from lint.rulefile import shipped_rules_dir

    return os.path.join(shipped_rules_dir(), rel)
