"""Measure the insertions pack on labelled data kept outside the project.

    python scripts/evaluation/insertions.py [SHARED_DIR]

Pasted headlines: a headline from another PolNeAR article or a clickbait headline is inserted
between two paragraphs of each PolNeAR dev/train article (seeded); recall is the share of
inserted lines the pack reports, false alarms are findings on the untouched articles.
Stray lines: lines of trafilatura's output on the Scrapinghub benchmark that are not in the
human ground truth are real leaked lines; line-level precision, recall and F1, with raw labels
and with markup-aware labels (a table cell or list item whose text is in the ground truth is
content), each with and without table-residue, and how many pages the right answers come from.
"""

from __future__ import annotations

import csv
import gzip
import json
import pathlib
import random
import re
import sys
from collections.abc import Iterator

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.document import parse  # noqa: E402
from lint.engine import check_document  # noqa: E402
from lint.rulefile import Rule, load_pack  # noqa: E402

_SPACE = re.compile(r"\s+")


def _rules() -> list[Rule]:
    return load_pack(str(ROOT / "rules" / "insertions"))


def _lines_hit(text: str, rules: list[Rule]) -> list[int]:
    return list(_rules_hit(text, rules))


def _rules_hit(text: str, rules: list[Rule]) -> dict[int, str]:
    """Line number -> id of the first rule reporting on that line."""
    return {line: min(ids) for line, ids in _rules_by_line(text, rules).items()}


def _rules_by_line(text: str, rules: list[Rule]) -> dict[int, set[str]]:
    """Line number -> ids (without the pack) of the rules reporting on that line."""
    doc = parse("article.txt", text, "text")
    out: dict[int, set[str]] = {}
    for finding in check_document(doc, rules):
        out.setdefault(finding.line, set()).add(finding.rule.rsplit(".", 1)[-1])
    return out


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)


def _polnear_articles(shared: pathlib.Path) -> Iterator[tuple[str, str]]:
    base = shared / "data" / "polnear"
    for part in ("dev", "train"):
        for path in sorted((base / part / "text").glob("*.txt")):
            yield path.stem, path.read_text(encoding="utf-8")


def _titles(shared: pathlib.Path) -> dict[str, str]:
    path = shared / "data" / "polnear" / "metadata.tsv"
    with path.open(encoding="utf-8") as handle:
        return {row["filename"]: row["title"] for row in csv.DictReader(handle, delimiter="\t")}


def _clickbait(shared: pathlib.Path) -> list[str]:
    path = shared / "data" / "clickbait" / "clickbait_data.txt"
    raw = path.read_bytes()
    text = gzip.decompress(raw).decode("utf-8") if raw[:2] == b"\x1f\x8b" else raw.decode("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _insert(text: str, headline: str, rng: random.Random) -> tuple[str, int] | None:
    """Put the headline between two body paragraphs; return the text and its line number."""
    blocks = text.rstrip("\n").split("\n\n")
    if len(blocks) < 4:
        return None
    at = rng.randrange(2, len(blocks) - 1)
    line = sum(b.count("\n") + 2 for b in blocks[:at]) + 1
    return "\n\n".join(blocks[:at] + [headline] + blocks[at:]) + "\n", line


def pasted_headlines(
    shared: pathlib.Path, rules: list[Rule], skip_empty: bool = False, which: str = ""
) -> dict[str, object]:
    """With skip_empty, articles drawn an empty title (nothing inserted) are left out.

    A finding of any of `rules` on the inserted line is a hit; every finding of them on the
    untouched article counts against them (some are real leftovers: see the note)."""
    titles = _titles(shared)
    bait = _clickbait(shared)
    names = sorted(titles)
    rng = random.Random(20240611)
    tp = fn = fp_other = clean_hits = clean_articles = articles = 0
    for stem, text in _polnear_articles(shared):
        other = rng.choice(names)
        headline = titles[other] if rng.random() < 0.5 and other != stem else rng.choice(bait)
        placed = _insert(text, headline, rng)
        if placed is None or (skip_empty and not headline.strip()):
            continue
        articles += 1
        untouched = len(_lines_hit(text, rules))
        clean_hits += untouched
        clean_articles += untouched > 0
        lines = _lines_hit(placed[0], rules)
        hit = placed[1] in lines
        tp += hit
        fn += not hit
        fp_other += sum(1 for n in lines if n != placed[1])
    p, r, f = _f1(tp, fp_other, fn)
    per20 = 20 * clean_hits / max(articles, 1)
    task = f"pasted headline (PolNeAR + inserted headline; {which}"
    task += ", empty titles skipped)" if skip_empty else ")"
    return {"task": task, "precision": p,
            "recall": r, "f1": f, "baseline": "target R>=0.90, <1 false alarm per 20 articles",
            "note": f"{articles} articles; {per20:.2f} findings per 20 untouched articles, "
                    f"in {clean_articles} of them"}


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


_MARKUP = re.compile(r"^[-*•][ \t]+|\|")  # a list marker, a table pipe


def _bare(text: str) -> str:
    """The text of a line without list markers and table pipes, normalised."""
    return _norm(_MARKUP.sub(" ", _norm(text)))


def _score(pages: dict[str, list[tuple[bool, set[str]]]], skip: frozenset[str],
           label: str) -> dict[str, object]:
    """Line-level P/R/F1 over all pages, the rules in skip ignored; right/wrong per rule, and how
    many pages the right answers come from (a figure carried by one page is not a result)."""
    tp = fp = fn = 0
    by_rule: dict[str, list[int]] = {}  # rule -> [right, wrong]
    per_page: dict[str, int] = {}
    for key, lines in pages.items():
        for stray, rules in lines:
            said = sorted(rules - skip)
            if said:
                by_rule.setdefault(said[0], [0, 0])[not stray] += 1
            tp += stray and bool(said)
            fp += bool(said) and not stray
            fn += stray and not said
            if stray and said:
                per_page[key] = per_page.get(key, 0) + 1
    p, r, f = _f1(tp, fp, fn)
    top = max(per_page.values(), default=0)
    ignored = f", {'/'.join(sorted(skip))} ignored" if skip else ""
    return {"task": f"leaked stray lines (Scrapinghub, trafilatura output; {label}{ignored})",
            "precision": p, "recall": r, "f1": f, "baseline": "P 0.20 R 0.46 F1 0.28",
            "note": f"{sum(len(v) for v in pages.values())} non-title lines, {tp + fn} stray; "
                    f"right answers from {len(per_page)} of {len(pages)} pages, the top page "
                    f"{top} of {tp}; right/wrong by rule: "
                    + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_rule.items()))}


def stray_lines(shared: pathlib.Path, rules: list[Rule]) -> list[dict[str, object]]:
    """Two labellings: raw (a line is stray when its text is not in the ground truth) and
    markup-aware (list markers and table pipes removed first: a table cell or list item of the
    article is content whose layout was lost, not a leaked line). Each with all rules and
    without table-residue, which reports cells of tables, not leaked lines."""
    base = shared / "data" / "scrapinghub"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    output = json.loads((base / "output" / "trafilatura.json").read_text(encoding="utf-8"))
    raw: dict[str, list[tuple[bool, set[str]]]] = {}
    aware: dict[str, list[tuple[bool, set[str]]]] = {}
    for key, item in sorted(output["output"].items()):
        if key not in truth:
            continue
        gold = _norm(truth[key]["articleBody"])
        bare_gold = _bare(gold)
        lines = [ln for ln in item["articleBody"].split("\n") if ln.strip()]
        if len(lines) < 2:
            continue
        flagged = _rules_by_line("\n\n".join(lines) + "\n", rules)
        said = [flagged.get(2 * i + 1, set()) for i in range(len(lines))]
        raw[key] = [(_norm(ln) not in gold, said[i]) for i, ln in enumerate(lines) if i]
        aware[key] = [(_bare(ln) not in bare_gold, said[i]) for i, ln in enumerate(lines) if i]
    table = frozenset({"table-residue"})
    return [_score(raw, frozenset(), "raw labels"), _score(raw, table, "raw labels"),
            _score(aware, frozenset(), "markup-aware labels"),
            _score(aware, table, "markup-aware labels")]


def run(shared: pathlib.Path) -> list[dict[str, object]]:
    if not (shared / "data").is_dir():
        return []
    rules = _rules()
    alone = [rule for rule in rules if rule.id.endswith(".pasted-headline")]
    return [pasted_headlines(shared, alone, True, "the pasted-headline rule"),
            pasted_headlines(shared, rules, False, "any insertions rule"),
            pasted_headlines(shared, rules, True, "any insertions rule"),
            *stray_lines(shared, rules)]


if __name__ == "__main__":
    where = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    for row in run(where):
        print(json.dumps(row))
