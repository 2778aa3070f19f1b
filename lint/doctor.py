"""`newslint doctor`: what newslint can use on this machine, one line each."""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
from typing import TextIO

from . import __version__, ruleset
from . import config as config_mod


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Report and return 0; problems are reported, not raised (except a broken config)."""
    out.write(f"newslint {__version__} on Python {platform.python_version()}\n")
    path = args.config or config_mod.discover(os.getcwd())
    out.write(f"config: {path or 'none found; the default profile applies'}\n")
    cfg = config_mod.load(path) if path else config_mod.default()
    if isinstance(cfg.grammar, dict) and cfg.grammar.get("enabled", True):
        cfg = config_mod.with_grammar_selected(cfg)
    rules = ruleset.load_ruleset(cfg)
    enabled = ruleset.rules_for(rules, cfg, os.path.join(os.getcwd(), "article.md"))
    packs = ", ".join(rules.packs)
    out.write(f"rule packs: {packs} ({len(rules.rules)} rules, {len(enabled)} enabled)\n")
    out.write(f"readability data: {_readability()}\n")
    out.write(f"grammar: {_grammar(cfg.grammar)}\n")
    out.write(f"compile cache: {_compile_cache()}\n")
    return 0


def _compile_cache() -> str:
    from .marshalfile import OFF_SWITCH, default_folder, switched_off

    if switched_off():
        return f"off ({OFF_SWITCH} is set)"
    folder = default_folder()
    if folder is None:
        return "off (no home folder to keep it in)"
    return f"{folder} (compiled patterns and parsed rule files; safe to delete)"


def _readability() -> str:
    from . import textmetrics

    try:
        return textmetrics.data_status()
    except Exception as exc:  # noqa: BLE001 - doctor reports, it does not fail
        return f"unavailable: {exc}"


def _grammar(grammar: object) -> str:
    if importlib.util.find_spec("language_tool_python") is None:
        extra = "language-tool-python not installed (pip install 'newslint[grammar]')"
    else:
        extra = "language-tool-python installed"
    if not isinstance(grammar, dict) or not grammar.get("enabled", True):
        return f"off (no grammar section in the config); {extra}"
    if grammar.get("server"):
        return f"server {grammar['server']}: {_reachable(str(grammar['server']))}; {extra}"
    if grammar.get("ltp-path"):
        from .grammar.client import find_installation

        found = find_installation(str(grammar["ltp-path"]))
        java = "java found" if shutil.which("java") else "java NOT found"
        where = f"LanguageTool {found[1]}" if found else "no LanguageTool found there"
        return f"local {grammar['ltp-path']}: {where}, {java}; {extra}"
    return f"configured without server or ltp-path; {extra}"


def _reachable(url: str) -> str:
    import urllib.error
    import urllib.request

    from .grammar.client import normalize_server_url

    probe = normalize_server_url(url) + "v2/languages"
    try:
        with urllib.request.urlopen(probe, timeout=3) as response:  # noqa: S310 - user's server
            return f"reachable (HTTP {response.status})"
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return f"NOT reachable ({reason})"
