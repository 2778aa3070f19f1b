"""SARIF 2.1.0, with every rule described in tool.driver.rules (for GitHub code scanning)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..model import Finding, Severity
from ..rulefile import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
HELP_URI = "https://github.com/newslint/newslint/blob/main/docs/rules/{id}.md"


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.id.replace(".", "/"),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why.replace("\n", " ").strip()},
        "helpUri": HELP_URI.format(id=rule.id),
        "help": {"text": f"{rule.why}\n{rule.fix}".strip(),
                 "markdown": f"{rule.why}\n\n**Fix:** {rule.fix}".strip()},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.pack], "kind": rule.kind.name, "status": rule.status},
    }


def _uri(path: str) -> str:
    rel = os.path.relpath(path) if os.path.isabs(path) else path
    rel = rel.replace(os.sep, "/")
    return rel[2:] if rel.startswith("./") else rel


def render(findings: Sequence[Finding], rules: Sequence[Rule]) -> str:
    described = {r.id: r for r in rules}
    order = sorted(described)
    index = {rule_id: i for i, rule_id in enumerate(order)}
    results = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(f.path)},
                "region": {"startLine": f.line, "startColumn": f.column,
                           "endLine": f.end_line, "endColumn": max(f.end_column, f.column)},
            }}],
        }
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "newslint",
                "version": __version__,
                "informationUri": "https://github.com/newslint/newslint",
                "rules": [_rule(described[r]) for r in order],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
