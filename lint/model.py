"""Plain records that flow through the pipeline: severities, hits and findings."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import NamedTuple


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.upper()]


SEVERITY_NAMES = ("error", "warning", "info")


class Hit(NamedTuple):
    """What a rule kind yields: absolute offsets into the document text and message values."""

    start: int
    end: int
    values: Mapping[str, str] = {}
    severity: Severity | None = None


class Finding(NamedTuple):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: Severity
    message: str
    start: int = 0
    end: int = 0

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)


class LintError(Exception):
    """A user-facing error: one line, exit code 2."""


class ConfigError(LintError):
    """A problem in a config or rule file, located at file:line:col."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path = path
        self.line = line
        self.column = column
        self.message = message
