"""Rule documentation generated from the rule files: one template for `explain` and docs/."""

from __future__ import annotations

import os
from collections.abc import Sequence

from .rulefile import Rule


def page(rule: Rule) -> str:
    lines = [
        f"# {rule.id}",
        "",
        f"{rule.summary}",
        "",
        f"- Kind: `{rule.kind.name}`",
        f"- Scope: {rule.scope}; looks {_quotes(rule.quotations)}",
        f"- Default severity: {rule.severity.label}",
        f"- Status: {rule.status}",
    ]
    if rule.aliases:
        lines.append(f"- Aliases: {', '.join(f'`{a}`' for a in rule.aliases)}")
    lines += ["", "## Why it matters", "", rule.why.strip(), ""]
    if rule.fix:
        lines += ["## How to fix it", "", rule.fix.strip(), ""]
    lines += ["## Message", "", f"`{rule.message}`", ""]
    if rule.fails:
        lines += ["## Reported", ""]
        for ex in rule.fails:
            lines += _sources(ex.sources)
            lines += _example(ex.text, ex.format, f"reported at {', '.join(ex.expect)}")
    if rule.passes:
        lines += ["## Not reported", ""]
        for ex in rule.passes:
            lines += _sources(ex.sources)
            lines += _example(ex.text, ex.format, None)
    options = {k: v for k, v in rule.options.items() if v not in (None, (), {}, "")}
    if options:
        lines += ["## Options", "", "| option | value |", "| --- | --- |"]
        for key, value in sorted(options.items()):
            lines.append(f"| `{key}` | {_value(value)} |")
        lines.append("")
    lines += [f"Defined in `rules/{rule.pack}/{os.path.basename(rule.path)}`.", ""]
    return "\n".join(lines)


def _quotes(mode: str) -> str:
    return {"outside": "outside quotations", "inside": "inside quotations only",
            "both": "inside and outside quotations"}[mode]


def _sources(sources: tuple[tuple[str, str], ...]) -> list[str]:
    out = []
    for name, text in sources:
        out += [f"With the source `{name}`:", "", "```text", text.rstrip("\n"), "```", ""]
    if sources:
        out += ["the article:", ""]
    return out


def _example(text: str, fmt: str, note: str | None) -> list[str]:
    fence = "```" + ("markdown" if fmt == "markdown" else "text")
    out = [fence, text.rstrip("\n"), "```"]
    if note:
        out.append(f"({note})")
    return out + [""]


def _value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        shown = ", ".join(f"`{_value_plain(v)}`" for v in list(value)[:12])
        more = f" and {len(value) - 12} more" if len(value) > 12 else ""
        return shown + more
    if isinstance(value, dict):
        items = list(value.items())
        shown = ", ".join(f"`{k}` → `{v}`" for k, v in items[:12])
        return shown + (f" and {len(items) - 12} more" if len(items) > 12 else "")
    return f"`{value}`"


def _value_plain(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return " / ".join(str(v) for v in value)
    return str(value).replace("|", "\\|")


def index(rules: Sequence[Rule]) -> str:
    lines = ["# Rules", "", "Generated from the rule files by `newslint docs`; do not edit.", "",
             "| rule | severity | status | summary |", "| --- | --- | --- | --- |"]
    for rule in rules:
        lines.append(f"| [{rule.id}]({rule.id}.md) | {rule.severity.label} | {rule.status} | "
                     f"{rule.summary} |")
    return "\n".join(lines) + "\n"


def expected_files(rules: Sequence[Rule]) -> dict[str, str]:
    files = {f"{r.id}.md": page(r) for r in rules}
    files["README.md"] = index(rules)
    return files


def write(directory: str, rules: Sequence[Rule]) -> list[str]:
    os.makedirs(directory, exist_ok=True)
    changed = []
    for name, content in expected_files(rules).items():
        path = os.path.join(directory, name)
        old = _read(path)
        if old != content:
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
            os.replace(tmp, path)
            changed.append(path)
    return changed


def stale(directory: str, rules: Sequence[Rule]) -> list[str]:
    expected = expected_files(rules)
    out = [os.path.join(directory, n) for n, c in expected.items()
           if _read(os.path.join(directory, n)) != c]
    if os.path.isdir(directory):
        out += [os.path.join(directory, n) for n in sorted(os.listdir(directory))
                if n.endswith(".md") and n not in expected]
    return sorted(out)


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return None
