"""The JSON report, schema version 1 (documented in docs/json-report.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..model import Finding

SCHEMA_VERSION = 1


def as_dict(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "rule": f.rule,
        "severity": f.severity.label,
        "message": f.message,
    }


def render(findings: Sequence[Finding], errors: Sequence[str], files: int) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity.label] += 1
    report = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "newslint", "version": __version__},
        "findings": [as_dict(f) for f in findings],
        "errors": [{"message": e} for e in errors],
        "summary": {"files": files, **counts},
    }
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
