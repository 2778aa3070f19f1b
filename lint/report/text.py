"""The default report: `path:line:col: severity [rule] message`, with an excerpt on a terminal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Finding, Severity

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(
    findings: Sequence[Finding],
    sources: Mapping[str, str] | None = None,
    *,
    colour: bool = False,
    excerpt: bool = False,
) -> str:
    lines = []
    for f in findings:
        severity = f.severity.label
        if colour:
            head = f"{_BOLD}{f.path}:{f.line}:{f.column}:{_RESET}"
            severity = f"{_COLOURS[f.severity]}{severity}{_RESET}"
            rule = f"{_DIM}[{f.rule}]{_RESET}"
        else:
            head, rule = f"{f.path}:{f.line}:{f.column}:", f"[{f.rule}]"
        lines.append(f"{head} {severity} {rule} {f.message}")
        text = (sources or {}).get(f.path)
        if excerpt and text is not None:
            lines.extend(_excerpt(text, f, colour))
    return "".join(line + "\n" for line in lines)


def _excerpt(text: str, f: Finding, colour: bool) -> list[str]:
    source_lines = text.split("\n")
    if not 0 < f.line <= len(source_lines):
        return []
    line = source_lines[f.line - 1].rstrip("\r")
    width = max(1, (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1)
    caret = " " * (f.column - 1) + "^" + "~" * (min(width, 80) - 1)
    if colour:
        caret = f"{_COLOURS[f.severity]}{caret}{_RESET}"
    return [f"    {line}", f"    {caret}"]
