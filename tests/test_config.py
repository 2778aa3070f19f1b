"""Config discovery, extends, select/ignore, per-rule and per-path settings, packs, exclude."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from conftest import cli, write

ARTICLE = "The the council met in order to vote. Prices rose!\n"
ALL = ["1:5 style.repeated-word", "1:21 style.wordy-phrase", "1:50 style.exclamation"]


def test_no_config_uses_the_default_profile(repo: Path) -> None:
    write(repo, "a.txt", ARTICLE)
    assert cli("check", "a.txt").hits() == ALL


def test_config_found_from_the_article_directory_upward(repo: Path) -> None:
    write(repo, ".newslint.yaml", "ignore: [style.exclamation]\n")
    write(repo, "news/2024/a.txt", ARTICLE)
    assert cli("check", "news/2024/a.txt").hits() == ALL[:2]


def test_nearest_config_wins(repo: Path) -> None:
    write(repo, ".newslint.yaml", "ignore: [style.exclamation]\n")
    write(repo, "news/.newslint.yml", "ignore: [style.wordy-phrase]\n")
    write(repo, "news/a.txt", ARTICLE)
    write(repo, "b.txt", ARTICLE)
    assert cli("check", "news/a.txt", "b.txt").hits() == [ALL[0], ALL[1], ALL[0], ALL[2]]


def test_discovery_stops_at_the_repository_root(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, ".newslint.yaml", "select: [nothing-at-all]\n")  # outside the repository
    write(tmp_path, "repo/.git/HEAD", "ref: refs/heads/main\n")
    write(tmp_path, "repo/a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path / "repo")
    assert cli("check", "a.txt").hits() == ALL


def test_home_directory_config_is_never_read(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", os.fspath(tmp_path))
    write(tmp_path, ".newslint.yaml", "select: [nothing-at-all]\n")
    write(tmp_path, "notes/a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path / "notes")
    assert cli("check", "a.txt").hits() == ALL


def test_explicit_config_replaces_discovery(repo: Path) -> None:
    write(repo, ".newslint.yaml", "ignore: [style]\n")
    write(repo, "other.yaml", "ignore: [style.wordy-phrase]\n")
    write(repo, "a.txt", ARTICLE)
    assert cli("check", "--config", "other.yaml", "a.txt").hits() == [ALL[0], ALL[2]]


def test_missing_explicit_config(repo: Path) -> None:
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "--config", "nope.yaml", "a.txt")
    assert (run.code, run.out, run.err) == (2, "", "newslint: nope.yaml: config file not found\n")


def test_select_and_ignore_most_specific_wins(repo: Path) -> None:
    write(repo, ".newslint.yaml",
          "select: [style.wordy-phrase]\nignore: [style]\n")
    write(repo, "a.txt", ARTICLE)
    assert cli("check", "a.txt").hits() == [ALL[1]]


def test_select_only_a_pack(repo: Path) -> None:
    write(repo, ".newslint.yaml", "select: [style]\nignore: [style.repeated-word]\n")
    write(repo, "a.txt", ARTICLE + "\n" + " ".join(f"w{i}" for i in range(130)) + "\n")
    assert cli("check", "a.txt").hits() == ALL[1:]


@pytest.mark.parametrize("profile", ["default", "strict"])
def test_extends_a_shipped_profile(repo: Path, profile: str) -> None:
    write(repo, ".newslint.yaml", f"extends: {profile}\nignore: [style.repeated-word]\n")
    write(repo, "a.txt", ARTICLE)
    assert cli("check", "a.txt").hits() == ALL[1:]


def test_strict_profile_tightens_sentence_length(repo: Path) -> None:
    sentence = " ".join(f"w{i}" for i in range(32)) + ".\n"
    write(repo, "a.txt", sentence)
    assert cli("check", "a.txt").hits() == []
    write(repo, ".newslint.yaml", "extends: strict\n")
    assert cli("check", "a.txt").hits() == ["1:1 readability.sentence-length"]


def test_extends_a_path_relative_to_the_config(repo: Path) -> None:
    write(repo, "shared/base.yaml", "ignore: [style.exclamation]\n")
    write(repo, ".newslint.yaml", "extends: shared/base.yaml\nignore: [style.wordy-phrase]\n")
    write(repo, "a.txt", ARTICLE)
    assert cli("check", "a.txt").hits() == [ALL[0]]


def test_extends_unknown_profile_suggests(repo: Path) -> None:
    write(repo, ".newslint.yaml", "extends: strcit\n")
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "a.txt")
    assert (run.code, run.out, run.err) == (2, "", (
        "newslint: .newslint.yaml:1:10: extends: 'strcit' is neither a shipped profile "
        "(default, strict) nor a file (did you mean 'strict'?)\n"))


def test_extends_cycle(repo: Path) -> None:
    write(repo, "a.yaml", "extends: b.yaml\n")
    write(repo, "b.yaml", "extends: a.yaml\n")
    write(repo, "x.txt", ARTICLE)
    run = cli("check", "--config", "a.yaml", "x.txt")
    assert (run.code, run.err) == (2, "newslint: a.yaml: config extends itself\n")


def test_per_rule_severity_and_off(repo: Path) -> None:
    write(repo, ".newslint.yaml",
          "rules:\n  style.wordy-phrase: error\n  style.exclamation: 'off'\n")
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "a.txt")
    assert run.hits() == ALL[:2]
    assert "a.txt:1:21: error [style.wordy-phrase]" in run.out


def test_per_rule_options(repo: Path) -> None:
    write(repo, ".newslint.yaml", (
        "rules:\n"
        "  style.wordy-phrase:\n"
        "    severity: warning\n"
        "    swap:\n"
        "      council met: council gathered\n"
    ))
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "a.txt")
    assert run.hits() == ["1:5 style.repeated-word", "1:9 style.wordy-phrase",
                          "1:50 style.exclamation"]
    assert "Wordy: 'council met'. Write 'council gathered'." in run.out


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("rules:\n  style.sentence-length: error\n",
         ".newslint.yaml:2:3: rules.style.sentence-length: unknown rule 'style.sentence-length' "
         "(did you mean 'readability.sentence-length'?)"),
        ("select: [style.wordy]\n",
         ".newslint.yaml:1:10: select[0]: unknown rule or pack 'style.wordy' "
         "(did you mean 'style.wordy-phrase'?)"),
        ("ignore: [stlye]\n",
         ".newslint.yaml:1:10: ignore[0]: unknown rule or pack 'stlye' (did you mean 'style'?)"),
        ("rules:\n  readability.sentence-length:\n    max: many\n",
         ".newslint.yaml:3:10: rules.readability.sentence-length.max: expected a number, "
         "got a string"),
        ("rules:\n  readability.sentence-length:\n    maximum: 3\n",
         ".newslint.yaml:3:5: rules.readability.sentence-length.maximum: 'metric' rules have "
         "no option 'maximum' (did you mean 'max'?)"),
        ("rules:\n  style.wordy-phrase:\n    swap:\n      'in (order': to\n",
         ".newslint.yaml:4:20: rules.style.wordy-phrase.swap.in (order: invalid regular "
         "expression: missing ), unterminated subpattern at position 3"),
        ("rules:\n  style.exclamation: loud\n",
         ".newslint.yaml:2:22: rules.style.exclamation: must be one of error, warning, info, "
         "off, got 'loud'"),
        ("selct: [style]\n", ".newslint.yaml:1:1: selct: unknown key (did you mean 'select'?)"),
        ("select: style\nfail-level: 3\n",
         ".newslint.yaml:2:13: fail-level: must be one of error, warning, info, got 'an integer'"),
        ("select: [style\n", ".newslint.yaml:2:1: invalid YAML: " + (
            "did not find expected ',' or ']'" if yaml.__with_libyaml__
            else "expected ',' or ']', but got '<stream end>'")),
        ("- style\n", ".newslint.yaml:1:1: (top level): expected a mapping, got a list"),
        ("fail-level: warning\nselect: [st\x00yle]\n",
         ".newslint.yaml:2:12: invalid YAML: unacceptable character #x0000: " + (
             "control" if yaml.__with_libyaml__ else "special") + " characters are not allowed"),
        ("rules:\n  readability.sentence-length:\n    max: !!int many\n",
         ".newslint.yaml:3:10: invalid value 'many': invalid literal for int() with base 10: "
         "'many'"),
        ("overrides:\n  - select: [style]\n",
         ".newslint.yaml:2:5: overrides[0]: missing required key 'files'"),
    ],
)
def test_config_errors_are_exact(repo: Path, body: str, message: str) -> None:
    write(repo, ".newslint.yaml", body)
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "a.txt")
    assert (run.code, run.out, run.err) == (2, "", f"newslint: {message}\n")


def test_per_path_overrides(repo: Path) -> None:
    write(repo, ".newslint.yaml", (
        "overrides:\n"
        "  - files: ['opinion/**']\n"
        "    ignore: [style.exclamation]\n"
        "  - files: ['*.txt']\n"
        "    rules:\n"
        "      style.repeated-word: error\n"
    ))
    write(repo, "opinion/a.md", ARTICLE)
    write(repo, "news/b.md", ARTICLE)
    write(repo, "news/c.txt", ARTICLE)
    run = cli("check", "opinion/a.md", "news/b.md", "news/c.txt")
    assert run.hits() == ALL + ALL + ALL[:2]
    assert "news/c.txt:1:5: error [style.repeated-word]" in run.out
    assert "news/b.md:1:5: warning [style.repeated-word]" in run.out


def test_extra_pack_in_the_article_repository(repo: Path) -> None:
    write(repo, ".newslint.yaml", "packs: [house]\nselect: [style, house]\n")
    write(repo, "house/banned-word.yaml", (
        "kind: existence\n"
        "severity: error\n"
        "summary: A word the house style bans.\n"
        "why: Our readers asked.\n"
        "message: \"Do not write '{match}'.\"\n"
        "patterns: [boffin]\n"
        "examples:\n"
        "  fail:\n"
        "    - text: A boffin spoke.\n"
        "      expect: ['1:3']\n"
        "  pass: [A scientist spoke.]\n"
    ))
    write(repo, "a.txt", "The the boffin said so.\n")
    run = cli("check", "a.txt")
    assert (run.code, run.hits()) == (1, ["1:5 style.repeated-word", "1:9 house.banned-word"])
    assert "error [house.banned-word] Do not write 'boffin'." in run.out
    assert "house.banned-word" in cli("rules").out


def test_fail_level_from_config(repo: Path) -> None:
    write(repo, "a.txt", "It met in order to vote.\n")
    assert cli("check", "a.txt").code == 0
    write(repo, ".newslint.yaml", "fail-level: info\n")
    assert cli("check", "a.txt").code == 1
