"""Check files: find each file's config and rules, read it, run the engine."""

from __future__ import annotations

import os
from typing import Any, NamedTuple

from . import config as config_mod
from . import document, engine, parts, resolve, ruleset, suppress
from .cache import code_fingerprint
from .config import Config
from .kinds.base import RunSettings
from .model import Finding, LintError
from .rulefile import Rule
from .ruleset import RuleSet


class FileResult(NamedTuple):
    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    notes: tuple[str, ...] = ()  # said once per run, e.g. "LanguageTool unreachable"
    reads: tuple[str, ...] = ()  # files read besides the article, e.g. quotation sources


class Workspace:
    """Configs and rule sets, loaded once per config file for a run."""

    def __init__(
        self,
        explicit_config: str | None = None,
        settings: RunSettings | None = None,
        _configs: dict[str | None, Config] | None = None,
        _rulesets: dict[str | None, RuleSet] | None = None,
        _rules: dict[tuple[str | None, tuple[int, ...]], list[Rule]] | None = None,
        _fingerprints: dict[int, str] | None = None,
        _discovered: dict[str, str | None] | None = None,
        grammar_overrides: dict[str, Any] | None = None,  # from the command line
        cache_dir: str | None = None,
        _grammar: dict[str | None, Any] | None = None,
        report_unused: bool = False,  # --report-unused-suppressions: on whatever the configs say
    ) -> None:
        self.explicit_config = explicit_config
        self.settings = RunSettings() if settings is None else settings
        self._configs: dict[str | None, Config] = {} if _configs is None else _configs
        self._rulesets: dict[str | None, RuleSet] = {} if _rulesets is None else _rulesets
        self._rules: dict[tuple[str | None, tuple[int, ...]], list[Rule]] = (
            {} if _rules is None else _rules)
        self._fingerprints: dict[int, str] = {} if _fingerprints is None else _fingerprints
        self._discovered: dict[str, str | None] = {} if _discovered is None else _discovered
        self.grammar_overrides: dict[str, Any] = (
            {} if grammar_overrides is None else grammar_overrides)
        self.cache_dir = cache_dir
        self._grammar: dict[str | None, Any] = {} if _grammar is None else _grammar
        self.report_unused = report_unused

    def recipe(self) -> dict[str, Any]:
        """What another process needs to build this run's workspace afresh (all picklable)."""
        return {"explicit_config": self.explicit_config, "settings": self.settings,
                "grammar_overrides": dict(self.grammar_overrides), "cache_dir": self.cache_dir,
                "report_unused": self.report_unused}

    def grammar_config(self, config_path: str | None) -> dict[str, Any] | None:
        """The grammar settings in effect, or None when grammar checking is off."""
        merged = dict(self.config(config_path).grammar or {})
        merged.update(self.grammar_overrides)
        if not merged or not merged.get("enabled", True):
            return None
        return merged

    def starts_local_languagetool(self, path: str) -> bool:
        grammar = self.grammar_config(self.config_path_for(path))
        return bool(grammar and not grammar.get("server")
                    and (grammar.get("ltp-path") or grammar.get("allow-download")))

    def close(self) -> None:
        """Stop what the run started (a local LanguageTool server)."""
        for service in self._grammar.values():
            if service is not None:
                service.close()

    def grammar_service(self, config_path: str | None) -> Any:
        if config_path not in self._grammar:
            grammar = self.grammar_config(config_path)
            service = None
            if grammar is not None:
                from .grammar.service import GrammarService, settings_from_config

                cache = os.path.join(self.cache_dir, "grammar") if self.cache_dir else None
                service = GrammarService(settings_from_config(grammar, cache))
            self._grammar[config_path] = service
        return self._grammar[config_path]

    def config_path_for(self, path: str) -> str | None:
        if self.explicit_config:
            return self.explicit_config
        directory = os.path.dirname(path) or "."
        if directory not in self._discovered:
            self._discovered[directory] = config_mod.discover(os.path.abspath(directory))
        return self._discovered[directory]

    def config(self, config_path: str | None) -> Config:
        if config_path not in self._configs:
            cfg = config_mod.load(config_path) if config_path else config_mod.default()
            if self.report_unused:
                cfg = cfg._replace(report_unused_suppressions=True)
            self._configs[config_path] = cfg
        return self._configs[config_path]

    def ruleset(self, config_path: str | None) -> RuleSet:
        if config_path not in self._rulesets:
            self._rulesets[config_path] = ruleset.load_ruleset(self.config(config_path))
        return self._rulesets[config_path]

    def rules_for(self, path: str) -> tuple[Config, RuleSet, list[Rule]]:
        config_path = self.config_path_for(path)
        cfg = self.config(config_path)
        if self.grammar_config(config_path) is not None:
            cfg = config_mod.with_grammar_selected(cfg)
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
            import hashlib  # not at start-up: a run without the cache never hashes

            digest = hashlib.sha256(code_fingerprint().encode())
            for rule in selected:
                digest.update(repr((rule.id, rule.severity, rule.scope, rule.quotations,
                                    rule.message, sorted(rule.options.items()))).encode())
            grammar = self.grammar_config(self.config_path_for(path))
            digest.update(repr((cfg.report_unused_suppressions, self.settings,
                                sorted((grammar or {}).items()))).encode())
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
    config_path = ws.config_path_for(path)
    grammar = ws.grammar_service(config_path)
    services = {"grammar": grammar} if grammar is not None else {}
    reads: list[str] = []
    try:
        if len(text) > parts.PART_CHARS:
            found = _check_in_parts(ws, doc, selected, services, reads)
        else:
            found = engine.find(doc, selected, ws.settings, services, reads)
    except LintError as exc:  # e.g. a quotation source listed in the front matter is missing
        return FileResult(path, error=str(exc))
    found = suppress.apply(doc, found, rules.canonical, cfg.report_unused_suppressions)
    found = resolve.apply(found)
    found.sort(key=Finding.sort_key)
    notes: tuple[str, ...] = ()
    if grammar is not None and grammar.failure:
        notes = (f"grammar checks skipped: {grammar.failure}",)
    return FileResult(path, tuple(found), notes=notes, reads=tuple(reads))


def _check_in_parts(ws: Workspace, doc: document.Document, selected: list[Rule],
                    services: dict[str, Any], reads: list[str]) -> list[Finding]:
    """A very long file, part by part (see lint/parts.py): bounded memory."""
    found: list[Finding] = []
    for number, (start, end) in enumerate(parts.boundaries(doc.text)):
        part = document.parse(doc.path, doc.text[start:end], doc.format, part=number)
        lines_before = doc.position(start)[0] - 1
        found.extend(parts.moved(f, lines_before, start)
                     for f in engine.find(part, selected, ws.settings, services, reads))
        from . import textmetrics

        textmetrics.forget()  # textstat's caches would keep every part's words
    return found


def check_bytes(ws: Workspace, path: str, data: bytes) -> FileResult:
    try:
        text = document.decode(path, data)
    except LintError as exc:
        return FileResult(path, error=str(exc))
    return check_text(ws, path, text, None)
