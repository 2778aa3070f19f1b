"""The exit code, decided in one place."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Finding, Severity

OK, FINDINGS, TROUBLE = 0, 1, 2


def exit_code(
    findings: Sequence[Finding], errors: int, fail_level: Severity, exit_zero: bool
) -> int:
    """2 if any file or setting could not be used; else 1 if a finding is at or above the fail
    level (unless --exit-zero); else 0."""
    if errors:
        return TROUBLE
    if not exit_zero and any(f.severity >= fail_level for f in findings):
        return FINDINGS
    return OK
