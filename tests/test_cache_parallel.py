"""Parallel runs give the serial run's output; the cache is used, invalidated and survives
corruption."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from lint import cache as cache_mod
from lint.cli import main
from lint.parallel import check_many
from lint.runner import Workspace

DEFECTIVE = "Council vote\n\nThe the council met on Tuesday in order to vote.\n"


def run(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    for i in range(40):
        body = DEFECTIVE if i % 3 == 0 else "Council vote\n\nThe council met on Tuesday.\n"
        (tmp_path / f"story{i:02d}.txt").write_text(body, encoding="utf-8")
    return tmp_path


def cache_files(root: Path) -> list[Path]:
    return sorted((root / cache_mod.CACHE_DIR_NAME).rglob("*.json"))


def test_parallel_output_is_the_serial_output(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = run(["--no-cache", "-j", "1", "."], repo, monkeypatch)
    parallel = run(["--no-cache", "-j", "2", "."], repo, monkeypatch)
    assert parallel == serial
    assert serial[0] == 1
    assert serial[1].splitlines()[:2] == [
        "story00.txt:3:5: warning [style.repeated-word] 'The' is repeated: delete one.",
        "story00.txt:3:32: info [style.wordy-phrase] Wordy: 'in order to'. Write 'to'.",
    ]
    assert len(serial[1].splitlines()) == 28


def test_check_many_keeps_input_order_across_workers(repo: Path) -> None:
    paths = [str(p) for p in sorted(repo.glob("*.txt"), reverse=True)]
    results = check_many(Workspace(), paths, jobs=2)
    assert [r.path for r in results] == paths


def test_spawned_workers_give_the_forked_workers_results(repo: Path) -> None:
    """Where processes cannot fork (Windows), workers are spawned and build the workspace from
    the run's settings: same findings, same order."""
    paths = [str(p) for p in sorted(repo.glob("*.txt"))]
    forked = check_many(Workspace(), paths, jobs=2, start_method="fork")
    spawned = check_many(Workspace(), paths, jobs=2, start_method="spawn")
    assert spawned == forked
    assert sum(len(r.findings) for r in spawned) == 2 * 14  # 'The the', 'in order to'


def test_warm_cache_gives_the_same_report_without_checking(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run(["."], repo, monkeypatch)
    assert len(cache_files(repo)) == 40
    assert (repo / cache_mod.CACHE_DIR_NAME / ".gitignore").read_text() == \
        "# created by newslint\n*\n"
    monkeypatch.setattr("lint.parallel.check_bytes", lambda *a: pytest.fail("cache not used"))
    assert run(["."], repo, monkeypatch) == first


def test_config_change_invalidates_the_cache(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = run(["story00.txt"], repo, monkeypatch)
    assert "[style.wordy-phrase]" in before[1]
    (repo / ".newslint.yaml").write_text("ignore: [style.wordy-phrase]\n", encoding="utf-8")
    after = run(["story00.txt"], repo, monkeypatch)
    assert after == (1, "story00.txt:3:5: warning [style.repeated-word] 'The' is repeated: "
                        "delete one.\n", "")


def test_corrupt_entry_is_a_miss(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run(["story00.txt"], repo, monkeypatch)
    (entry,) = cache_files(repo)
    entry.write_text("{not json", encoding="utf-8")
    assert run(["story00.txt"], repo, monkeypatch) == first
    assert entry.read_text(encoding="utf-8").startswith(
        '{"reads": [], "findings": [[3, 5, 3, 8, "style.repeated-word"')


@pytest.mark.parametrize("switch", [["--no-cache"], ["env"]])
def test_cache_can_be_turned_off(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                 switch: list[str]) -> None:
    if switch == ["env"]:
        monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
        switch = []
    run([*switch, "story00.txt"], repo, monkeypatch)
    assert cache_files(repo) == []


def test_clear_cache(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run(["story00.txt"], repo, monkeypatch)
    run(["--clear-cache", "--no-cache", "story01.txt"], repo, monkeypatch)
    assert not (repo / cache_mod.CACHE_DIR_NAME).exists()


def test_negative_jobs_is_a_usage_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["-j", "-1", "story00.txt"], repo, monkeypatch) == (
        2, "", "newslint: --jobs must be 0 (all cores) or more, got -1\n")


def test_unwritable_cache_is_only_slower(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / cache_mod.CACHE_DIR_NAME).write_text("a file where the cache folder would be")
    code, out, err = run(["story00.txt"], repo, monkeypatch)
    assert (code, err) == (1, "")
    assert os.path.isfile(repo / cache_mod.CACHE_DIR_NAME)


QUOTING = (
    "---\ntitle: Flood wall\nsources: [speech.txt]\n---\n"
    "\"We will build the wall before the winter rains come,\" the mayor said.\n"
)


def test_a_changed_quotation_source_invalidates_the_cache(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "quoting.md").write_text(QUOTING, encoding="utf-8")
    source = repo / "speech.txt"
    source.write_text("We will build the wall before the winter rains come.\n", encoding="utf-8")
    assert run(["quoting.md"], repo, monkeypatch) == (0, "", "")
    source.write_text("We will build a wall after the rains.\n", encoding="utf-8")
    code, out, err = run(["quoting.md"], repo, monkeypatch)
    assert (code, err) == (1, "")
    assert [line.split(" ")[0] + " " + line.split(" ")[2] for line in out.splitlines()] == [
        "quoting.md:5:1: [quotes.source-altered]"]


def test_a_missing_quotation_source_fails_that_file_only(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "quoting.md").write_text(QUOTING, encoding="utf-8")
    code, out, err = run(["--no-cache", "quoting.md", "story00.txt"], repo, monkeypatch)
    assert err == ("newslint: quoting.md:3:11: source 'speech.txt' listed in front matter: "
                   "not found\n")
    assert out.startswith("story00.txt:3:5: warning [style.repeated-word]")
    assert code == 2


def test_a_very_long_file_is_checked_in_parts_with_true_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lint.parts.PART_CHARS", 2_000)
    paragraph = "The council met on Tuesday to vote on the budget and the schools.\n\n"
    text = ("<!-- newslint disable-file style.wordy-phrase -->\n\n" + paragraph * 60
            + "The the vote was close.\n\n" + paragraph * 60 + "They met in order to vote.\n")
    (tmp_path / "long.md").write_text(text, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("select: [style]\n", encoding="utf-8")
    code, out, err = run(["--no-cache", "-j", "1", "long.md"], tmp_path, monkeypatch)
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "long.md:123:5: warning [style.repeated-word] 'The' is repeated: delete one."]


def test_parts_end_at_paragraph_breaks() -> None:
    from lint import parts

    text = "a b c\n\n" * 1000
    bounds = parts.boundaries(text, 600)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(text[s - 2 : s] == "\n\n" for s, _ in bounds[1:])
    assert max(e - s for s, e in bounds) <= 600
