"""Compiled patterns and parsed rule files kept between runs (lint/rx.py, lint/yamlpos.py).

What is kept must give exactly what compiling or parsing again gives, and a missing, damaged,
foreign or unwritable file must only cost time.
"""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path
from typing import Any

import pytest
from conftest import cli, write

from lint import rx, yamlpos
from lint.config import Config
from lint.marshalfile import MarshalFile, default_folder
from lint.model import ConfigError
from lint.rulefile import Rule
from lint.ruleset import load_ruleset
from lint.rxdispatch import MAX_GROWTH, dispatch

PATTERNS = [
    r"(?P<who>[A-Z]\w+)\s+(?:said|told)\b",
    r"(?<![\w-])(?:some|many)\s+(?:people|experts)(?![\w-])",
    r"[“”\"]",
    r"(?i:reportedly)|\bit is (?:thought|said)\b",
    r"^\s*(?:advertisement|sponsored)\s*$",
]


def _fresh(folder: Path) -> rx.PatternStore:
    store = rx.PatternStore(str(folder))
    assert store.enabled, "this Python's regex engine is not where the store expects it"
    return store


SAMPLE = ("Smith said the plan would work; some people, many experts and SOME EXPERTS doubt it.\n"
          "Advertisement\n  sponsored \nIt is thought \u201cnothing\u201d changed, reportedly.\n")


def _spans(pattern: re.Pattern[str], text: str = SAMPLE) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _after_index(pattern: str, flags: int, code: bytes | None = None,
                 regroup: bool = True) -> list[int]:
    """The code after the leading info block: the kept `code` unpacked, or re's own, with its
    long alternations regrouped (lint/rxdispatch.py) as the store does when that pays."""
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    if code is not None:
        words = array(rx._CODE, code).tolist()
    else:
        parsed = _parser.parse(pattern, flags)
        words = _compiler._code(parsed, flags)
        if regroup and dispatch(parsed, flags | parsed.state.flags, _parser, _constants):
            regrouped = _compiler._code(parsed, flags)
            if len(regrouped) <= MAX_GROWTH * len(words):
                words = regrouped
    return [int(word) for word in words[1 + words[1]:]]


def _as_re_does(store: rx.PatternStore, pattern: str, flags: int, text: str = SAMPLE) -> None:
    """The kept pattern finds what re's finds, groups and all, and its code is re's (or re's
    regrouped), bar the info block."""
    compiled = store.compile(pattern, flags)
    expected = re.compile(pattern, flags)
    assert _matches(compiled, text) == _matches(expected, text), pattern[:60]
    kept = store.file.get((pattern, flags))
    assert kept is not None
    assert _after_index(pattern, flags, kept[1]) == _after_index(pattern, flags), pattern[:60]
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex)


def test_kept_patterns_find_what_re_compiles_find(tmp_path: Path) -> None:
    first = _fresh(tmp_path)
    for flags in (0, re.IGNORECASE, re.MULTILINE):
        for pattern in PATTERNS:
            _as_re_does(first, pattern, flags)
    # the compiler indexes patterns that start with a literal; those are equal to re's
    assert first.compile(PATTERNS[2], 0) == re.compile(PATTERNS[2])
    # a lookbehind first: the store adds the index
    assert first.compile(PATTERNS[1], 0) != re.compile(PATTERNS[1])
    first.save()
    assert sorted(os.listdir(tmp_path)) == [f"patterns-{sys.implementation.cache_tag}.marshal"]

    second = _fresh(tmp_path)
    for flags in (0, re.IGNORECASE, re.MULTILINE):
        for pattern in PATTERNS:
            kept = second.compile(pattern, flags)
            assert second.file.get((pattern, flags)) is not None  # came from the file
            assert kept == first.compile(pattern, flags)
            _as_re_does(second, pattern, flags)
    assert second.compile(PATTERNS[0], 0).match("Smith said").group("who") == "Smith"


def _examples_text(rules: list[Rule]) -> str:
    """Every rule's own examples, each in its original case and lower-cased."""
    texts: list[str] = []
    for rule in rules:
        for example in (*rule.fails, *rule.passes):
            texts.append(example.text)
    joined = "\n\n".join(texts)
    return joined + "\n\n" + joined.lower()


def test_every_shipped_rule_pattern_kept_finds_what_re_compile_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _fresh(tmp_path)
    seen: dict[tuple[str, int], re.Pattern[str]] = {}

    def compile_and_note(pattern: str, flags: int) -> re.Pattern[str]:
        seen[(pattern, flags)] = compiled = rx.PatternStore.compile(store, pattern, flags)
        return compiled

    monkeypatch.setattr(store, "compile", compile_and_note)
    monkeypatch.setattr(rx._PATTERNS, "memo", {})
    monkeypatch.setattr(rx._PATTERNS, "store", store)
    rules = list(load_ruleset(Config()).rules.values())
    for rule in rules:
        assert rule.checker is not None  # builds it: compiles its patterns
    assert len(seen) > 120
    text = _examples_text(rules)
    assert len(text) > 20_000
    indexed = sum(compiled != re.compile(*key) for key, compiled in seen.items())
    assert indexed > 50  # most rule patterns start with a lookbehind
    # the rules' long lists of phrases are regrouped by first character
    regrouped = [key for key in seen if _after_index(*key) != _after_index(*key, regroup=False)]
    assert len(regrouped) >= 8
    store.save()
    again = _fresh(tmp_path)
    for (pattern, flags), compiled in seen.items():
        _as_re_does(store, pattern, flags, text)
        assert again.compile(pattern, flags) == compiled, pattern[:60]


def _store_file(folder: Path) -> Path:
    return folder / f"patterns-{sys.implementation.cache_tag}.marshal"


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", marshal.dumps((0, {}))])
def test_damaged_or_foreign_file_is_ignored_then_replaced(tmp_path: Path, damage: bytes) -> None:
    _store_file(tmp_path).write_bytes(damage)
    store = _fresh(tmp_path)
    _as_re_does(store, PATTERNS[1], 0)
    store.save()
    assert _fresh(tmp_path).file.get((PATTERNS[1], 0)) is not None


def test_code_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    store = _fresh(tmp_path)
    store.compile(PATTERNS[0], 0)
    store.save()
    header, entries = marshal.loads(_store_file(tmp_path).read_bytes())
    flags, code, groups, groupindex, indexgroup = entries[(PATTERNS[0], 0)]
    entries[(PATTERNS[0], 0)] = (flags, b"\xff\xff\xff\x7f" * 3, groups, groupindex, indexgroup)
    _store_file(tmp_path).write_bytes(marshal.dumps((header, entries)))

    again = _fresh(tmp_path)
    assert again.compile(PATTERNS[0], 0) == re.compile(PATTERNS[0])  # a literal first: no index
    assert again.file.get((PATTERNS[0], 0)) != (flags, b"\xff\xff\xff\x7f" * 3, groups,
                                                groupindex, indexgroup)


@pytest.mark.parametrize("breakage", ["refuses", "differs"])
def test_an_engine_that_changed_turns_the_store_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, breakage: str
) -> None:
    store = _fresh(tmp_path)
    parser, compiler, sre, constants = store._engine  # type: ignore[misc]

    class Changed:
        @staticmethod
        def compile(pattern: str, *args: object) -> re.Pattern[str]:
            if breakage == "refuses":
                raise TypeError("compile() takes 7 arguments")
            return re.compile(pattern + "x")

    monkeypatch.setattr(store, "_engine", (parser, compiler, Changed, constants))
    assert store.compile(PATTERNS[3], 0) == re.compile(PATTERNS[3])
    assert not store.enabled
    store.save()
    assert not _store_file(tmp_path).exists()


def test_bad_patterns_raise_re_error_as_re_does(tmp_path: Path) -> None:
    with pytest.raises(re.error, match="missing \\), unterminated subpattern at position 0"):
        _fresh(tmp_path).compile("(unclosed", 0)


def test_unwritable_folder_costs_nothing_but_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    store = _fresh(blocker / "newslint")
    _as_re_does(store, PATTERNS[1], 0)
    store.save()  # cannot create the folder: no error
    assert blocker.read_text() == "a file where the folder should be"


def _saved_run(folder: Path, entries: dict[int, object]) -> None:
    """A run that adds `entries` to the table in `folder` and saves it."""
    table = MarshalFile(str(folder), "table", 1)
    for key, value in entries.items():
        table.put(key, value)
    table.save()


def test_a_save_past_the_limit_keeps_what_the_run_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lint.marshalfile.SLACK", 1)
    _saved_run(tmp_path, {number: f"value {number}" for number in range(5)})  # all used: kept
    run = MarshalFile(str(tmp_path), "table", 1)
    assert run.get(4) == "value 4"
    run.put("new", "kept")
    run.save()  # six entries, more than twice the two used and one: only those two kept
    last = MarshalFile(str(tmp_path), "table", 1)
    assert sorted(map(str, last.keys())) == ["4", "new"]
    assert [last.get(key) for key in (0, 3, 4, "new")] == [None, None, "value 4", "kept"]
    assert MarshalFile(str(tmp_path), "table", 2).get(4) is None  # another layout: ignored


def test_a_save_within_the_limit_keeps_the_other_working_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lint.marshalfile.SLACK", 1)
    _saved_run(tmp_path, {number: number for number in range(3)})
    _saved_run(tmp_path, {number: number for number in range(3, 6)})  # 6 <= 2 * 3 + 1
    assert sorted(MarshalFile(str(tmp_path), "table", 1).keys()) == [0, 1, 2, 3, 4, 5]


def test_default_folder_follows_xdg_then_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_folder() == str(tmp_path / "xdg" / "newslint")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_folder() == str(tmp_path / "home" / ".cache" / "newslint")


RULE_TEXT = """\
kind: existence
severity: warning
summary: Example.
why: Readers deserve better.
message: "Found {match}."
patterns: [when: 2024-01-02]
"""


def test_parsed_documents_kept_equal_a_fresh_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "a: 1\nb:\n  - x\n  - {c: true, d: 2.5}\nname: 'quoted'\n"
    fresh = yamlpos.load("f.yaml", text)
    monkeypatch.setattr(yamlpos._DOCUMENTS, "file", None)
    store = yamlpos.activate(str(tmp_path))
    assert store is not None
    first = yamlpos.load("f.yaml", text)
    store.save()
    yamlpos.activate(str(tmp_path))
    kept = yamlpos.load("other.yaml", text, 0)
    assert yamlpos._DOCUMENTS.file is not None
    assert yamlpos._DOCUMENTS.file.get((text, 0)) is not None
    for got in (first, kept):
        assert (got.value, got.marks, got.key_marks) == (fresh.value, fresh.marks,
                                                         fresh.key_marks)
    assert kept.path == "other.yaml"
    kept.value["b"].append("changed")  # a caller's change never reaches the next load
    assert yamlpos.load("f.yaml", text).value == fresh.value
    dated = yamlpos.load("d.yaml", "when: 2024-01-02\n")  # a date marshal cannot keep
    assert str(dated.value["when"]) == "2024-01-02"
    assert yamlpos._DOCUMENTS.file.get(("when: 2024-01-02\n", 0)) is None
    yamlpos.load("article.md", "title: One story\n", 1, keep=False)  # front matter
    assert yamlpos._DOCUMENTS.file.get(("title: One story\n", 1)) is None
    yamlpos.activate(None)


ARTICLE = "Some experts say the plan will fail.\n"


def _run(repo: Path, cache: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSLINT_NO_COMPILE_CACHE"}
    env["XDG_CACHE_HOME"] = str(cache)
    env.update(dict(e.split("=", 1) for e in extra))
    return subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "story.txt"],
                          cwd=repo, env=env, text=True, capture_output=True, check=False)


def test_command_line_keeps_both_files_and_reports_the_same(repo: Path, tmp_path: Path) -> None:
    write(repo, "story.txt", ARTICLE)
    cache = tmp_path / "cache"
    first = _run(repo, cache)
    assert sorted(os.listdir(cache / "newslint")) == [
        f"documents-{sys.implementation.cache_tag}.marshal",
        f"patterns-{sys.implementation.cache_tag}.marshal",
    ]
    second = _run(repo, cache)
    assert (first.returncode, first.stdout, first.stderr) == (
        second.returncode, second.stdout, second.stderr)
    assert second.stdout == ("story.txt:1:1: warning [attribution.vague-source] Vague source "
                             "'Some experts say': name who says so.\n")


def test_command_line_with_the_cache_off_writes_nothing(repo: Path, tmp_path: Path) -> None:
    write(repo, "story.txt", ARTICLE)
    result = _run(repo, tmp_path / "cache", "NEWSLINT_NO_COMPILE_CACHE=1")
    assert result.returncode == 1
    assert not (tmp_path / "cache").exists()


def test_an_edited_rule_file_is_parsed_again(repo: Path, tmp_path: Path) -> None:
    rules = repo / "rules" / "house"
    write(repo, "rules/house/banned.yaml", RULE_TEXT.replace("patterns: [when: 2024-01-02]",
                                                            "patterns: [plan]"))
    write(repo, ".newslint.yaml", "packs: [rules/house]\nselect: [house.banned]\n")
    write(repo, "story.txt", ARTICLE)
    cache = tmp_path / "cache"
    first = _run(repo, cache)
    assert first.stderr == ""
    assert first.stdout == "story.txt:1:22: warning [house.banned] Found plan.\n"
    (rules / "banned.yaml").write_text(RULE_TEXT.replace("patterns: [when: 2024-01-02]",
                                                         "patterns: [fail]"))
    assert _run(repo, cache).stdout == "story.txt:1:32: warning [house.banned] Found fail.\n"
    assert cli("check", "--no-cache", "story.txt").out == (
        "story.txt:1:32: warning [house.banned] Found fail.\n")


def test_validated_rules_are_kept_and_read_back_equal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lint import rulefile
    from lint.document import parse
    from lint.engine import check_document

    monkeypatch.setattr(yamlpos._DOCUMENTS, "file", None)
    fresh = list(load_ruleset(Config()).rules.values())
    store = yamlpos.activate(str(tmp_path))
    assert store is not None
    first = list(load_ruleset(Config()).rules.values())
    store.save()
    yamlpos.activate(str(tmp_path))

    def no_validation(*args: Any) -> None:
        raise AssertionError("validated again")

    monkeypatch.setattr(rulefile, "_validate", no_validation)
    kept = list(load_ruleset(Config()).rules.values())
    assert len(kept) > 40
    assert kept == first == fresh  # kind, options, messages, examples: every field
    assert [type(r.checker) for r in kept] == [type(r.checker) for r in fresh]
    doc = parse("s.txt", "Plan\n\nSome experts say it will fail. I think so, reportedly.\n", "text")
    assert check_document(doc, kept) == check_document(doc, fresh) != []
    yamlpos.activate(None)


def test_a_kept_rule_is_validated_again_for_another_schema_or_a_damaged_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lint import rulefile

    path = tmp_path / "banned.yaml"
    path.write_text(RULE_TEXT.replace("[when: 2024-01-02]", "[plan]"), encoding="utf-8")
    yamlpos.activate(str(tmp_path / "cache"))
    validated: list[str] = []
    original = rulefile._validate

    def counted(*args: Any) -> Rule:
        validated.append(args[1])
        return original(*args)

    monkeypatch.setattr(rulefile, "_validate", counted)
    first = rulefile.load_rule(str(path), "house.banned", schema_key="one")
    assert rulefile.load_rule(str(path), "house.banned", schema_key="one") == first
    assert validated == ["house.banned"]
    assert rulefile.load_rule(str(path), "house.banned", schema_key="two") == first
    assert validated == ["house.banned"] * 2
    store = yamlpos._DOCUMENTS.file
    assert store is not None
    store.put(("rule", "one", path.read_text(encoding="utf-8")), b"not marshal")
    assert rulefile.load_rule(str(path), "house.banned", schema_key="one") == first
    assert validated == ["house.banned"] * 3
    path.write_text(RULE_TEXT.replace("severity: warning", "severity: loud"), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        rulefile.load_rule(str(path), "house.banned", schema_key="one")
    assert str(raised.value) == (
        f"{path}:2:11: severity: must be one of error, warning, info, got 'loud'")
    yamlpos.activate(None)


def test_the_schema_key_is_the_same_in_every_run() -> None:
    script = ("from lint.kinds import registry; from lint.rulefile import schema_fingerprint; "
              "print(schema_fingerprint(registry()))")
    keys = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env=dict(os.environ, PYTHONHASHSEED=seed)).stdout
            for seed in ("1", "2", "random")}
    assert len(keys) == 1


def test_a_speed_up_that_fails_leaves_the_pattern_as_re_compiles_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lint.rxdispatch

    def broken(*args: Any) -> bool:
        raise ValueError("an engine internal changed shape")

    monkeypatch.setattr(lint.rxdispatch, "dispatch", broken)
    store = _fresh(tmp_path)
    pattern = "(?<![\\w-])(?:" + "|".join(["some", "many", "most", "sources", "critics",
                                           "experts", "several"]) + ")"
    compiled = store.compile(pattern, 0)
    assert compiled == re.compile(pattern)
    assert _spans(compiled) == _spans(re.compile(pattern)) != []
