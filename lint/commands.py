"""What each subcommand does; the CLI module only parses arguments."""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from . import config as config_mod
from . import files, ruleset
from .cache import CACHE_DIR_NAME, Cache, find_root
from .exitcode import FINDINGS, OK, TROUBLE, exit_code
from .kinds.base import RunSettings
from .model import Finding, LintError, Severity
from .parallel import check_many
from .runner import FileResult, Workspace, check_text


def _settings(args: argparse.Namespace) -> RunSettings:
    sources = []
    if args.source:
        from .quotesource import UnreadableSource, read_source

        for path in args.source:
            try:
                sources.append((path, read_source(path)))
            except UnreadableSource as exc:
                raise LintError(f"{path}: cannot read source: {exc.reason}") from None
    return RunSettings(sources=tuple(sources), base_dir=os.getcwd())


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    ws = _workspace(args)
    paths = args.paths or ["."]
    results = _check_stdin(ws, args, stdin) if "-" in paths else []
    targets, errors = _targets(ws, [p for p in paths if p != "-"])
    if not targets and not results and not errors:
        errors.append("no articles to check (every path given is excluded)")
    results.extend(_run(ws, targets, args))
    findings, notes = _gather(results, errors)
    if notes and _grammar_required(args, ws, targets):
        errors.extend(n.replace("grammar checks skipped", "grammar is required") for n in notes)
    else:
        for note in notes:
            err.write(f"newslint: {note}\n")
    for message in errors:
        err.write(f"newslint: {message}\n")
    shown = [f for f in findings if f.severity >= Severity.parse(args.min_level)]
    _report(args, out, shown, errors, len(results), ws, targets)
    return exit_code(findings, len(errors), _fail_level(args, ws, targets), args.exit_zero)


def _workspace(args: argparse.Namespace) -> Workspace:
    if args.config and not os.path.isfile(args.config):
        raise LintError(f"{args.config}: config file not found")
    ws = Workspace(explicit_config=args.config, settings=_settings(args))
    ws.grammar_overrides = _grammar_flags(args)
    ws.report_unused = args.report_unused_suppressions
    if not (args.no_cache or os.environ.get("NEWSLINT_NO_CACHE", "") not in ("", "0")):
        ws.cache_dir = os.path.join(find_root(os.getcwd()), CACHE_DIR_NAME)
    return ws


def _check_stdin(ws: Workspace, args: argparse.Namespace, stdin: TextIO) -> list[FileResult]:
    name = args.stdin_filename or "<stdin>"
    data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    from .document import decode

    try:
        return [check_text(ws, name, decode(name, data), None)]
    except LintError as exc:
        return [FileResult(name, error=str(exc))]


def _targets(ws: Workspace, paths: list[str]) -> tuple[list[str], list[str]]:
    """The articles to check, and one error line for each path that cannot be used."""
    targets: list[str] = []
    errors: list[str] = []
    for item in files.expand(paths, ws.excluded):
        if isinstance(item, LintError):
            errors.append(str(item))
        else:
            targets.append(item)
    return targets, errors


def _gather(results: list[FileResult], errors: list[str]) -> tuple[list[Finding], list[str]]:
    """All findings, sorted; the files' errors are appended to `errors`; notes said once."""
    findings: list[Finding] = []
    notes: list[str] = []
    for result in results:
        if result.error:
            errors.append(result.error)
        findings.extend(result.findings)
        notes.extend(n for n in result.notes if n not in notes)
    findings.sort(key=Finding.sort_key)
    return findings, notes


def _grammar_flags(args: argparse.Namespace) -> dict[str, object]:
    flags: dict[str, object] = {}
    if args.grammar_server:
        flags["server"] = args.grammar_server
    if args.grammar_ltp_path:
        flags["ltp-path"] = args.grammar_ltp_path
    if args.require_grammar:
        flags["required"] = True
    return flags


def _grammar_required(args: argparse.Namespace, ws: Workspace, targets: list[str]) -> bool:
    probe = targets[0] if targets else os.path.join(os.getcwd(), "x")
    grammar = ws.grammar_config(ws.config_path_for(probe))
    return bool(grammar and grammar.get("required"))


def _run(ws: Workspace, targets: list[str], args: argparse.Namespace) -> list[FileResult]:
    if args.jobs < 0:
        raise LintError(f"--jobs must be 0 (all cores) or more, got {args.jobs}")
    if args.clear_cache:
        Cache(os.path.join(find_root(os.getcwd()), CACHE_DIR_NAME)).clear()
    cache = Cache(ws.cache_dir) if ws.cache_dir else None
    jobs = args.jobs
    if targets and ws.starts_local_languagetool(targets[0]):
        jobs = 1  # one local LanguageTool server for the run, not one per worker
    try:
        return check_many(ws, targets, jobs, cache)
    finally:
        ws.close()


def _fail_level(args: argparse.Namespace, ws: Workspace, targets: list[str]) -> Severity:
    if args.fail_level:
        return Severity.parse(args.fail_level)
    probe = targets[0] if targets else os.path.join(os.getcwd(), "x")
    configured = ws.config(ws.config_path_for(probe)).fail_level
    return Severity.parse(configured or "warning")


def _report(args: argparse.Namespace, out: TextIO, findings: list[Finding], errors: list[str],
            count: int, ws: Workspace, targets: list[str]) -> None:
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    from .report import github, sarif, text
    from .report import json as json_report

    if fmt == "json":
        out.write(json_report.render(findings, errors, count))
    elif fmt == "sarif":
        rules = {}
        for path in targets or [os.path.join(os.getcwd(), "x")]:
            for rule in ws.rules_for(path)[2]:
                rules[rule.id] = rule
        out.write(sarif.render(findings, list(rules.values())))
    elif fmt == "github":
        out.write(github.render(findings))
    else:
        tty = hasattr(out, "isatty") and out.isatty()
        colour = args.color == "always" or (args.color == "auto" and tty
                                            and not os.environ.get("NO_COLOR"))
        sources = _sources(findings) if tty else None
        out.write(text.render(findings, sources, colour=colour, excerpt=tty))


def _sources(findings: list[Finding]) -> dict[str, str]:
    out = {}
    for path in {f.path for f in findings}:
        try:
            with open(path, encoding="utf-8-sig") as handle:
                out[path] = handle.read()
        except (OSError, UnicodeDecodeError):
            continue
    return out


def _ruleset_for_listing(args: argparse.Namespace) -> tuple[ruleset.RuleSet, set[str]]:
    path = getattr(args, "config", None) or config_mod.discover(os.getcwd())
    cfg = config_mod.load(path) if path else config_mod.default()
    rules = ruleset.load_ruleset(cfg)
    enabled = {r.id for r in ruleset.rules_for(rules, cfg, os.path.join(os.getcwd(), "x.md"))}
    return rules, enabled


def cmd_rules(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    rules, enabled = _ruleset_for_listing(args)
    rows = [r for r in rules.rules.values() if args.all or r.id in enabled]
    width = max((len(r.id) for r in rows), default=4)
    kind_width = max((len(r.kind.name) for r in rows), default=4)
    for rule in sorted(rows, key=lambda r: r.id):
        state = rule.status if rule.id in enabled else f"{rule.status}, off"
        out.write(f"{rule.id:<{width}}  {rule.kind.name:<{kind_width}}  "
                  f"{rule.severity.label:<7}  {state:<16} {rule.summary}\n")
    return OK


def cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    from . import docs

    rules, _ = _ruleset_for_listing(args)
    rule_id = rules.canonical(args.rule)
    if rule_id not in rules.rules:
        from .schema import nearest

        raise LintError(f"unknown rule '{args.rule}'{nearest(args.rule, rules.names())}")
    out.write(docs.page(rules.rules[rule_id]))
    return OK


def cmd_docs(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    from . import docs

    rules = sorted(ruleset.load_ruleset(config_mod.default()).rules.values(), key=lambda r: r.id)
    if args.check:
        stale = docs.stale(args.output, rules)
        for path in stale:
            err.write(f"newslint: {path} is out of date: run 'newslint docs'\n")
        return FINDINGS if stale else OK
    for path in docs.write(args.output, rules):
        out.write(f"wrote {path}\n")
    return OK


def cmd_doctor(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    from . import doctor

    return doctor.run(args, out)


__all__ = ["cmd_check", "cmd_rules", "cmd_explain", "cmd_docs", "cmd_doctor", "TROUBLE"]
