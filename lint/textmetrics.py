"""Readability metrics computed by textstat, fully offline.

textstat (0.7.9 and later) counts syllables with NLTK's copy of the CMU
Pronouncing Dictionary and calls ``nltk.download('cmudict')`` the first time it
needs it. newslint never downloads anything: it ships a derived table
(``lint/data/cmudict_syllables.tsv.gz``, word -> syllables of the word's first
pronunciation, built by ``scripts/build_syllables.py``) and hands it to textstat
before textstat's syllable counter first runs. textstat then computes every
metric exactly as it would with that dictionary, and never looks for NLTK data.

Nothing here imports textstat (which imports nltk, about 0.35 s) until a metric
is computed or ``data_status()`` is called.
"""

from __future__ import annotations

import functools
import operator
import sys
from typing import Any, NamedTuple

# importlib.metadata (about 60 ms), importlib.resources and zlib are imported
# where they are used, to keep ``import lint.textmetrics`` cheap.

__all__ = ["METRICS", "ReadabilityUnavailable", "compute", "data_status"]

METRICS: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "text_standard",
)

_TABLE_FILE = "cmudict_syllables.tsv.gz"
_TABLE_FORMAT = "newslint-syllables/1"
_LANG = "en_US"
# The textstat module whose global ``get_cmudict`` feeds its syllable counter
# (the same in textstat 0.7.7 to 0.7.13).
_HOOK_MODULE = "textstat.backend.counts._count_syllables"
_SUPPORTED = "textstat>=0.7.7,<0.8"
_NOT_INSTALLED = "(not installed)"
# textstat counts, in ``cmu_dict[word][0]``, the phones that end in a digit.
# Pronunciations of n such phones, shared by every word of n syllables.
_PRONUNCIATIONS: tuple[tuple[tuple[str, ...]], ...] = tuple((("1",) * n,) for n in range(16))


class ReadabilityUnavailable(RuntimeError):
    """textstat is missing, or is a version newslint cannot run offline."""


class _SyllableTable(NamedTuple):
    words: dict[str, int]
    source: str


class _CmuView(dict[str, tuple[tuple[str, ...]]]):
    """Read-only stand-in for ``nltk.corpus.cmudict.dict()``: ``view[word][0]``
    is a pronunciation with as many stressed phones as the word has syllables.

    A real dict, so that textstat's look-up of every word of every text runs at C speed. A word
    missing from the table gets what textstat itself would count for it, pyphen's hyphenation
    points plus one, worked out once per process instead of once per use.
    """

    __slots__ = ("_hyphenator",)

    def __init__(self, hyphenator: Any = None) -> None:
        super().__init__()
        self._hyphenator = hyphenator

    def __missing__(self, word: str) -> tuple[tuple[str, ...]]:
        if self._hyphenator is None:
            raise KeyError(word)
        found = self[word] = _pronunciation(len(self._hyphenator.positions(word)) + 1)
        return found


def _pronunciation(syllables: int) -> tuple[tuple[str, ...]]:
    if syllables < len(_PRONUNCIATIONS):
        return _PRONUNCIATIONS[syllables]
    return (("1",) * syllables,)


def _read_table() -> tuple[list[str], dict[str, str]]:
    """The shipped table's fields (word, count, word, count, ...) and its header's fields."""
    import zlib

    text = zlib.decompress(_read_data(_TABLE_FILE), 31).decode("utf-8")  # 31: gzip
    header, _, body = text.partition("\n")
    fields = header.split()
    if fields[:2] != ["#", _TABLE_FORMAT]:
        raise ValueError(f"{_TABLE_FILE}: not a {_TABLE_FORMAT} table")
    meta = dict(f.split("=", 1) for f in fields[2:] if "=" in f)
    parts = body.split()  # word, count, word, count, ...
    if len(parts) % 2:
        raise ValueError(f"{_TABLE_FILE}: damaged (odd number of fields)")
    return parts, meta


def _check_count(words: int, meta: dict[str, str]) -> None:
    if str(words) != meta.get("words"):
        raise ValueError(f"{_TABLE_FILE}: damaged ({words} words, header says {meta.get('words')})")


@functools.lru_cache(maxsize=1)
def _load_table() -> _SyllableTable:
    """Read the shipped table (tens of milliseconds; once per process)."""
    parts, meta = _read_table()
    small = {str(i): i for i in range(len(_PRONUNCIATIONS))}
    try:
        pairs = iter(parts)
        words = dict(zip(pairs, map(small.__getitem__, pairs)))
    except KeyError:  # a count of 16 or more: not in today's data
        pairs = iter(parts)
        words = dict(zip(pairs, map(int, pairs)))
    _check_count(len(words), meta)
    return _SyllableTable(words, meta.get("source", "unknown source"))


def _load_view(hyphenator: Any) -> _CmuView:
    """The shipped table as textstat's dictionary, read straight into it (the table of counts
    is not built on the way: a third less work, once per process)."""
    parts, meta = _read_table()
    view = _CmuView(hyphenator)
    shared = {str(i): pronunciation for i, pronunciation in enumerate(_PRONUNCIATIONS)}
    try:
        pairs = iter(parts)
        view.update(zip(pairs, map(shared.__getitem__, pairs)))
    except KeyError:  # a count of 16 or more: not in today's data
        view.clear()
        pairs = iter(parts)
        view.update(zip(pairs, (_pronunciation(int(count)) for count in pairs)))
    _check_count(len(view), meta)
    return view


def _read_data(name: str) -> bytes:
    import os

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name)
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:  # not a plain directory install (e.g. a zip): ask the loader
        from importlib import resources

        return resources.files(__package__ or "lint").joinpath("data").joinpath(name).read_bytes()


def _textstat_version() -> str:
    """textstat's version, read from the package itself when it is loaded (importing
    importlib.metadata costs more than the whole check of a short article)."""
    loaded = sys.modules.get("textstat")
    version = getattr(loaded, "__version__", None)
    if isinstance(version, tuple):
        return ".".join(str(part) for part in version)
    if isinstance(version, str):
        return version
    import importlib.metadata

    try:
        return importlib.metadata.version("textstat")
    except importlib.metadata.PackageNotFoundError:
        return _NOT_INSTALLED


@functools.lru_cache(maxsize=1)
def _textstat() -> Any:
    """Import textstat, point its syllable counter at the shipped table, and
    return a private ``textstatistics`` instance (English, unrounded)."""
    import importlib
    import importlib.util

    if importlib.util.find_spec("textstat") is None:
        raise ReadabilityUnavailable(f"textstat is not installed; newslint needs {_SUPPORTED}")
    _defer_nltk()
    version = "(unknown version)"
    try:
        importlib.import_module("textstat")
        version = _textstat_version()
        api = importlib.import_module("textstat.textstat")
        hook = importlib.import_module(_HOOK_MODULE)
    except ImportError as exc:
        raise ReadabilityUnavailable(
            f"textstat {version} has no {_HOOK_MODULE}; newslint needs {_SUPPORTED}"
        ) from exc
    counter = getattr(hook, "count_syllables", None)
    counter = getattr(counter, "textstat_counter", counter)  # installed by an earlier call
    target = getattr(counter, "__wrapped__", counter)
    if (
        counter is None
        or getattr(target, "__globals__", None) is not vars(hook)
        or not callable(getattr(hook, "get_cmudict", None))
    ):
        raise ReadabilityUnavailable(
            f"textstat {version}: syllable counter not where newslint expects it; "
            f"newslint needs {_SUPPORTED}"
        )

    get_pyphen = getattr(hook, "get_pyphen", None)
    _preload_hyphenation(_LANG)
    view = _load_view(get_pyphen(_LANG) if callable(get_pyphen) else None)

    def get_cmudict(lang: str) -> _CmuView | None:
        # Same contract as textstat's own: English gets the dictionary, others None.
        return view if lang.split("_")[0] == "en" else None

    # count_syllables looks this global up on every call, so from here on it
    # reads the shipped table and textstat's own loader (and nltk.download)
    # is never reached.
    vars(hook)["get_cmudict"] = get_cmudict
    _clear_textstat_caches()
    if view.get("hmm") == _PRONUNCIATIONS[0] and counter("hmm", _LANG) != 0:  # pyphen: 1
        raise ReadabilityUnavailable(
            f"textstat {version} ignored the shipped syllable table; newslint needs {_SUPPORTED}"
        )

    _install_counter(counter, view, getattr(hook, "list_words", None))
    _install_sentence_counter()
    stats = api.textstatistics()
    stats.set_lang(_LANG)
    stats.set_rounding_points(None)
    return stats


# Bump when what is kept of pyphen's dictionary, or how, changes.
_HYPHENATION_LAYOUT = 1


def _preload_hyphenation(lang: str) -> None:
    """Give pyphen its parsed hyphenation dictionary from the compile cache's folder.

    pyphen parses its pattern file (11,000 patterns) with a regex per line the first time it
    hyphenates, a third of this module's set-up. The parsed dictionary is plain data: kept in a
    file beside the compile cache (when the run has one), keyed by pyphen's version and the
    pattern file's path, size and time, it is handed back to pyphen's own dictionary cache, and
    pyphen hyphenates with it as with the one it would parse. Without a cache folder, or with
    anything unexpected, pyphen parses its file as usual.
    """
    from . import rx

    folder = rx.cache_folder()
    if folder is None:
        return
    try:
        import marshal
        import os

        import pyphen  # type: ignore[import-untyped]

        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        if path in pyphen.hdcache:
            return
        stat = os.stat(str(path))
        from .marshalfile import MarshalFile

        store = MarshalFile(folder, "hyphenation", _HYPHENATION_LAYOUT)
        key = (str(path), stat.st_size, stat.st_mtime_ns, str(pyphen.__version__))
        for other in store.keys():  # a file as it was before a reinstall, or one gone with it
            if other != key and not _still_there(other):
                store.drop(other)
        kept = store.get(key)
        if kept is not None:
            attributes, cached, probed = kept
            parsed = pyphen.HyphDict.__new__(pyphen.HyphDict)
            vars(parsed).update(attributes)
            if cached:
                parsed.cache = {}
            if _hyphenated(parsed) == probed:  # as when it was kept: hand it to pyphen
                pyphen.hdcache[path] = parsed
                store.save()  # only if stale entries were dropped
                return
        parsed = pyphen.HyphDict(path)
        attributes = {k: v for k, v in vars(parsed).items() if k != "cache"}
        probed = _hyphenated(parsed)  # before pyphen's own cache holds the probe words
        pyphen.hdcache[path] = parsed
        marshal.dumps(attributes)  # ValueError for anything but plain data: keep nothing
        store.put(key, (attributes, "cache" in vars(parsed), probed))
        store.save()
    except Exception:  # noqa: BLE001 - pyphen changed shape, or no file: it parses as usual
        return


def _still_there(key: Any) -> bool:
    """Whether a kept dictionary's file is still there at the size and time it was kept with."""
    import os

    try:
        stat = os.stat(str(key[0]))
        return bool(key[1:3] == (stat.st_size, stat.st_mtime_ns))
    except (OSError, TypeError, IndexError):
        return False


_HYPHENATION_PROBE = ("quizzaciously", "hyphenation", "representative", "supercalifragilistic",
                      "2004", "kinnarees", "antireligiosity", "thrillaminute", "a")


def _hyphenated(parsed: Any) -> tuple[tuple[int, ...], ...]:
    """Where the dictionary hyphenates the probe words (a check that it works as parsed)."""
    found = tuple(tuple(int(i) for i in parsed.positions(word)) for word in _HYPHENATION_PROBE)
    parsed.cache.clear()
    return found


def _install_counter(counter: Any, view: _CmuView, list_words: Any) -> None:
    """Put a faster syllable counter where textstat's modules look for theirs.

    textstat's counter reads ``cmu_dict[word][0]`` and counts the phones ending in a digit,
    word by word, in Python: about two thirds of a Flesch-Kincaid grade. With the shipped table
    that count is the length of the pronunciation, so the sum runs in C. The counter is
    installed only if it gives textstat's own count on a probe (a word in the table, one from
    pyphen, punctuation and case), and every textstat module that bound the old one gets it.
    """
    if not callable(list_words):
        return
    pronunciation = operator.itemgetter(0)

    def count_syllables(text: str, lang: str) -> int:
        if not text or lang.split("_")[0] != "en":
            return int(counter(text, lang))
        return sum(map(len, map(pronunciation, map(view.__getitem__,
                                                   list_words(text, lowercase=True)))))

    count_syllables.textstat_counter = counter  # type: ignore[attr-defined]
    probe = "The Quizzaciously-named harbour's ferry, Shh! 1952 weren't"
    try:
        if count_syllables(probe, _LANG) != counter(probe, _LANG):
            return
    except Exception:  # noqa: BLE001 - textstat's internals changed shape: keep its own
        return
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat") and vars(module).get("count_syllables") is counter:
            vars(module)["count_syllables"] = count_syllables


# A text in which three words (split at white space) hold a word character: textstat's count of
# its words, after taking out punctuation (never a word character, never white space), is 3 or
# more.
_THREE_WORDS = r"\w\S*\s+\S*\w\S*\s+\S*\w"
# textstat's sentences (count_sentences).
_SENTENCE = r"\b[^.!?]+[.!?]*"
_SENTENCE_PROBES = (
    "", "   ", "Shh. Hmm! Yes? The vote is close... A b. - -- c. 'Tis 'n' all. Then: “we won”!",
    "One two. ' ' three? x — y z. Is it? It is! 1. 2. 3. e.g. the U.S. Army. No!!",
    "A single sentence with no end", "...", "Ça va? Très bien, merci. Déjà vu…",
    "The council met on Monday. It voted. The pier will close next year, officials said. "
    "Yes! Residents weren't persuaded by the plan. Costs: £4.2m. 'We've heard it,' she said.",
)


def _install_sentence_counter() -> None:
    """Put a faster sentence counter where textstat's modules look for theirs.

    textstat's count_sentences drops the sentences of at most two words, counting the words
    of every sentence (two regex substitutions each): a third of a Flesch-Kincaid grade. This
    one counts words with textstat's own count only for a sentence that does not visibly hold
    three words, which is the same test. It is installed only if it counts as textstat's does
    on probes, and every textstat module that bound the old one gets it.
    """
    import re

    module = sys.modules.get("textstat.backend.counts._count_sentences")
    found = getattr(module, "count_sentences", None)
    original = getattr(found, "textstat_counter", found)  # installed by an earlier call
    count_words = getattr(module, "count_words", None)
    if not callable(original) or not callable(count_words):
        return
    three_words = re.compile(_THREE_WORDS).search
    sentences = re.compile(_SENTENCE).findall

    def count_sentences(text: str) -> int:
        if not text:
            return int(original(text))
        found = sentences(text)
        short = 0
        for sentence in found:
            if three_words(sentence) is None and count_words(sentence) <= 2:
                short += 1
        return max(1, len(found) - short)

    count_sentences.textstat_counter = original  # type: ignore[attr-defined]
    try:
        if any(count_sentences(p) != original(p) for p in _SENTENCE_PROBES):
            return
    except Exception:  # noqa: BLE001 - textstat's internals changed shape: keep its own
        return
    for name, loaded in list(sys.modules.items()):
        if name.startswith("textstat") and vars(loaded).get("count_sentences") in (
                original, found):
            vars(loaded)["count_sentences"] = count_sentences


def _defer_nltk() -> None:
    """Let textstat's ``import nltk`` bind a stand-in that loads nltk on first use.

    newslint hands textstat the syllable table, so textstat never uses nltk; nltk (and what it
    imports: scipy among them, when installed, over a second) is only loaded if some attribute
    of it is ever asked for, at which point the stand-in is replaced by the real module.
    """
    if "nltk" in sys.modules:
        return
    import importlib.util
    import types

    if importlib.util.find_spec("nltk") is None:
        return
    stand_in = types.ModuleType("nltk", "Loads nltk when first used.")

    def load(name: str) -> Any:
        import importlib

        if sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]
        return getattr(importlib.import_module("nltk"), name)

    stand_in.__getattr__ = load  # type: ignore[method-assign]
    sys.modules["nltk"] = stand_in


def forget() -> None:
    """Drop textstat's memoised results (they hold the texts measured); a no-op until a
    readability metric has run."""
    if "textstat" in sys.modules:
        _clear_textstat_caches(keep=("get_pyphen", "get_cmudict", "get_lang_easy_words"))


def _clear_textstat_caches(keep: tuple[str, ...] = ()) -> None:
    """Drop textstat results memoised before the table was installed, so that
    every later result comes from the same dictionary (loaders named in `keep` stay)."""
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("textstat.backend."):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, type(sys)):
                continue  # a module (the nltk stand-in among them): not a cached function
            clear = getattr(value, "cache_clear", None)
            if getattr(value, "__name__", "") in keep:
                continue
            if callable(clear) and hasattr(value, "cache_info"):  # an lru_cache wrapper
                clear()


def compute(metric: str, text: str) -> float:
    """Compute one of ``METRICS`` for English ``text`` with textstat, offline.

    Raises ``ValueError`` for an unknown metric and ``ReadabilityUnavailable``
    when textstat is missing or unsupported.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown readability metric {metric!r}; known: {', '.join(METRICS)}")
    stats = _textstat()
    if metric == "text_standard":
        return float(stats.text_standard(text, float_output=True))
    return float(getattr(stats, metric)(text))


def data_status() -> str:
    """One line for ``newslint doctor``; imports textstat (about 0.35 s)."""
    version = _textstat_version()
    try:
        table = _load_table()
    except (OSError, ValueError) as exc:
        return f"textstat {version}; shipped CMU syllable table unreadable: {exc}"
    summary = f"shipped CMU syllable table ({len(table.words):,} words, {table.source})"
    try:
        _textstat()
    except ReadabilityUnavailable as exc:
        return f"readability unavailable: {exc} (table: {summary})"
    return f"textstat {version} with {summary}, offline"
