"""Check files: find each file's config and rules, read it, run the engine."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

from . import config as config_mod
from . import document, engine, ruleset
from .cache import Cache, code_fingerprint
from .config import Config
from .kinds.base import RunSettings
from .model import Finding, LintError
from .rulefile import Rule
from .ruleset import RuleSet


class FileResult(NamedTuple):
    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None


@dataclass
class Workspace:
    """Configs and rule sets, loaded once per config file for a run."""

    explicit_config: str | None = None
    settings: RunSettings = field(default_factory=RunSettings)
    _configs: dict[str | None, Config] = field(default_factory=dict)
    _rulesets: dict[str | None, RuleSet] = field(default_factory=dict)
    _rules: dict[tuple[str | None, tuple[int, ...]], list[Rule]] = field(default_factory=dict)
    _fingerprints: dict[int, str] = field(default_factory=dict)

    def config_path_for(self, path: str) -> str | None:
        if self.explicit_config:
            return self.explicit_config
        return config_mod.discover(os.path.dirname(os.path.abspath(path)) or ".")

    def config(self, config_path: str | None) -> Config:
        if config_path not in self._configs:
            self._configs[config_path] = (
                config_mod.load(config_path) if config_path else config_mod.default()
            )
        return self._configs[config_path]

    def ruleset(self, config_path: str | None) -> RuleSet:
        if config_path not in self._rulesets:
            self._rulesets[config_path] = ruleset.load_ruleset(self.config(config_path))
        return self._rulesets[config_path]

    def rules_for(self, path: str) -> tuple[Config, RuleSet, list[Rule]]:
        config_path = self.config_path_for(path)
        cfg = self.config(config_path)
        rules = self.ruleset(config_path)
        matched = tuple(i for i, o in enumerate(cfg.overrides)
                        if o in config_mod.overrides_for(cfg, path))
        key = (config_path, matched)
        if key not in self._rules:
            self._rules[key] = ruleset.rules_for(rules, cfg, path)
        return cfg, rules, self._rules[key]

    def fingerprint(self, path: str) -> str:
        """What decides the findings for this file besides its bytes: rules, settings, code."""
        cfg, _rules, selected = self.rules_for(path)
        key = id(selected)
        if key not in self._fingerprints:
            digest = hashlib.sha256(code_fingerprint().encode())
            for rule in selected:
                digest.update(repr((rule.id, rule.severity, rule.scope, rule.quotations,
                                    rule.message, sorted(rule.options.items()))).encode())
            digest.update(repr((cfg.report_unused_suppressions, self.settings)).encode())
            self._fingerprints[key] = digest.hexdigest()
        return self._fingerprints[key]

    def excluded(self, path: str) -> bool:
        return config_mod.is_excluded(self.config(self.config_path_for(path)), path)


def check_text(ws: Workspace, path: str, text: str, fmt: str | None) -> FileResult:
    """Check decoded text. Config and rule problems raise; problems of the file are returned."""
    cfg, rules, selected = ws.rules_for(path)
    try:
        doc = document.parse(path, text, fmt or document.format_for(path) or "text")
    except LintError as exc:
        return FileResult(path, error=str(exc))
    found = engine.check_document(doc, selected, ws.settings, rules.canonical,
                                  cfg.report_unused_suppressions)
    return FileResult(path, tuple(found))


def check_path(ws: Workspace, path: str) -> FileResult:
    ws.rules_for(path)  # a config problem stops the run before the file is read
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        text = document.decode(path, data)
    except OSError as exc:
        return FileResult(path, error=f"{path}: cannot read: {exc.strerror}")
    except LintError as exc:
        return FileResult(path, error=str(exc))
    return check_text(ws, path, text, None)


def check_paths(ws: Workspace, paths: Sequence[str]) -> list[FileResult]:
    return [check_path(ws, p) for p in paths]


def check_bytes(ws: Workspace, path: str, data: bytes) -> FileResult:
    try:
        text = document.decode(path, data)
    except LintError as exc:
        return FileResult(path, error=str(exc))
    return check_text(ws, path, text, None)


# Each worker process builds its workspace once, in the pool's initializer.
_WORKER: dict[str, Workspace] = {}


def _init_worker(ws: Workspace) -> None:
    _WORKER["ws"] = ws


def _check_batch(batch: list[tuple[str, bytes]]) -> list[FileResult]:
    ws = _WORKER["ws"]
    return [check_bytes(ws, path, data) for path, data in batch]


def check_many(
    ws: Workspace, paths: Sequence[str], jobs: int = 0, cache: Cache | None = None
) -> list[FileResult]:
    """Check files, in parallel when it pays, with results in the order of `paths`."""
    results: list[FileResult | None] = [None] * len(paths)
    pending: list[tuple[int, str, bytes, str]] = []
    for index, path in enumerate(paths):
        ws.rules_for(path)  # a config problem stops the run before any file is read
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            results[index] = FileResult(path, error=f"{path}: cannot read: {exc.strerror}")
            continue
        key = cache.key(data, path, ws.fingerprint(path)) if cache else ""
        cached = cache.get(key, path) if cache else None
        if cached is not None:
            results[index] = FileResult(path, cached)
        else:
            pending.append((index, path, data, key))
    for (index, _path, _data, key), result in zip(pending, _run_pending(ws, pending, jobs)):
        results[index] = result
        if cache and result.error is None:
            cache.put(key, result.findings)
    return [r for r in results if r is not None]


def _run_pending(
    ws: Workspace, pending: list[tuple[int, str, bytes, str]], jobs: int
) -> list[FileResult]:
    items = [(path, data) for _i, path, data, _k in pending]
    workers = min(jobs or os.cpu_count() or 1, max(1, len(items) // 8))
    if workers <= 1:
        return [check_bytes(ws, path, data) for path, data in items]
    size = max(1, min(32, len(items) // (workers * 4)))
    batches = [items[i : i + size] for i in range(0, len(items), size)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(ws,)) as pool:
        return [r for batch in pool.map(_check_batch, batches) for r in batch]
