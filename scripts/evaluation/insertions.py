"""Measure the insertions pack on labelled data kept outside the project.

    python scripts/evaluation/insertions.py [SHARED_DIR]

Pasted headlines: a headline from another PolNeAR article or a clickbait headline is inserted
between two paragraphs of each PolNeAR dev/train article (seeded); recall is the share of
inserted lines the pack reports, false alarms are findings on the untouched articles.
Stray lines: lines of trafilatura's output on the Scrapinghub benchmark that are not in the
human ground truth are real leaked lines; line-level precision, recall and F1.
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
    doc = parse("article.txt", text, "text")
    out: dict[int, str] = {}
    for finding in check_document(doc, rules):
        out.setdefault(finding.line, finding.rule.rsplit(".", 1)[-1])
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
    shared: pathlib.Path, rules: list[Rule], skip_empty: bool = False
) -> dict[str, object]:
    """With skip_empty, articles drawn an empty title (nothing inserted) are left out."""
    titles = _titles(shared)
    bait = _clickbait(shared)
    names = sorted(titles)
    rng = random.Random(20240611)
    tp = fn = fp_other = clean_hits = articles = 0
    for stem, text in _polnear_articles(shared):
        other = rng.choice(names)
        headline = titles[other] if rng.random() < 0.5 and other != stem else rng.choice(bait)
        placed = _insert(text, headline, rng)
        if placed is None or (skip_empty and not headline.strip()):
            continue
        articles += 1
        clean_hits += len(_lines_hit(text, rules))
        lines = _lines_hit(placed[0], rules)
        hit = placed[1] in lines
        tp += hit
        fn += not hit
        fp_other += sum(1 for n in lines if n != placed[1])
    p, r, f = _f1(tp, fp_other, fn)
    per20 = 20 * clean_hits / max(articles, 1)
    task = "pasted headline (PolNeAR + inserted headline"
    task += ", empty titles skipped)" if skip_empty else ")"
    return {"task": task, "precision": p,
            "recall": r, "f1": f, "baseline": "target R>=0.90, <1 false alarm per 20 articles",
            "note": f"{articles} articles; {per20:.2f} findings per 20 untouched articles"}


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def stray_lines(shared: pathlib.Path, rules: list[Rule]) -> dict[str, object]:
    base = shared / "data" / "scrapinghub"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    output = json.loads((base / "output" / "trafilatura.json").read_text(encoding="utf-8"))
    tp = fp = fn = total = 0
    by_rule: dict[str, list[int]] = {}  # rule -> [right, wrong]
    for key, item in sorted(output["output"].items()):
        if key not in truth:
            continue
        gold = _norm(truth[key]["articleBody"])
        lines = [ln for ln in item["articleBody"].split("\n") if ln.strip()]
        if len(lines) < 2:
            continue
        text = "\n\n".join(lines) + "\n"
        flagged = _rules_hit(text, rules)
        for index, line in enumerate(lines[1:], start=1):
            stray = _norm(line) not in gold
            said = 2 * index + 1 in flagged
            if said:
                by_rule.setdefault(flagged[2 * index + 1], [0, 0])[not stray] += 1
            total += 1
            tp += stray and said
            fp += said and not stray
            fn += stray and not said
    p, r, f = _f1(tp, fp, fn)
    return {"task": "leaked stray lines (Scrapinghub, trafilatura output)", "precision": p,
            "recall": r, "f1": f, "baseline": "P 0.20 R 0.46 F1 0.28",
            "note": f"{total} non-title lines, {tp + fn} stray; right/wrong by rule: "
                    + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_rule.items()))}


def run(shared: pathlib.Path) -> list[dict[str, object]]:
    if not (shared / "data").is_dir():
        return []
    rules = _rules()
    return [pasted_headlines(shared, rules), pasted_headlines(shared, rules, skip_empty=True),
            stray_lines(shared, rules)]


if __name__ == "__main__":
    where = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    for row in run(where):
        print(json.dumps(row))
