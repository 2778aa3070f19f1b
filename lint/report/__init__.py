"""Reporters: pure functions from results to text."""

from __future__ import annotations

FORMATS = ("text", "json", "sarif", "github")
