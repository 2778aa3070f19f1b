"""The command line: `newslint check|rules|explain|docs|doctor`. `main(argv) -> int`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from . import __version__
from .exitcode import TROUBLE, exit_code
from .model import Finding, LintError, Severity

LEVELS = ("error", "warning", "info")


class UsageError(Exception):
    pass


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, told the terminal's width so that it does not import shutil
    (and the compression modules shutil loads) to ask: every run builds one per option."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size gives it: $COLUMNS, else the
    terminal's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newslint", description="Lint news articles for sourcing, quotation, "
                     "insertion and readability defects.")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = sub.add_parser("check", help="check articles (files, directories, or - for stdin)")
    check.add_argument("paths", nargs="*", metavar="PATH")
    check.add_argument("--format", choices=("text", "json", "sarif", "github"), default=None,
                       help="report format (default: text; github under GitHub Actions)")
    check.add_argument("--config", metavar="FILE", help="use this config instead of searching")
    check.add_argument("--fail-level", choices=LEVELS, default=None,
                       help="lowest severity that fails the run (default: warning)")
    check.add_argument("--min-level", choices=LEVELS, default="info",
                       help="lowest severity shown (does not change the exit code)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    check.add_argument("--stdin-filename", metavar="PATH",
                       help="path (and so format and config) to use for standard input")
    check.add_argument("--source", action="append", default=[], metavar="FILE",
                       help="a text the article quotes from (repeatable)")
    check.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                       help="parallel processes (default: all cores)")
    check.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    check.add_argument("--clear-cache", action="store_true", help="empty the cache first")
    check.add_argument("--report-unused-suppressions", action="store_true",
                       help="report suppression comments that hide nothing")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--grammar-server", metavar="URL",
                       help="check grammar with the LanguageTool server at URL")
    check.add_argument("--grammar-ltp-path", metavar="DIR",
                       help="check grammar with the LanguageTool installed in DIR")
    check.add_argument("--require-grammar", action="store_true",
                       help="exit 2 when grammar is on but LanguageTool cannot be reached")
    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--config", metavar="FILE")
    rules.add_argument("--all", action="store_true", help="include rules not enabled")
    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule")
    explain.add_argument("--config", metavar="FILE")
    docs = sub.add_parser("docs", help="write docs/rules/ from the rule files")
    docs.add_argument("--output", default=os.path.join("docs", "rules"), metavar="DIR")
    docs.add_argument("--check", action="store_true", help="exit 1 if the docs are out of date")
    doctor = sub.add_parser("doctor", help="report what newslint can use on this machine")
    doctor.add_argument("--config", metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None, stdin: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            raise UsageError("a command is required: check, rules, explain, docs or doctor")
        from . import rx, yamlpos
        from .marshalfile import default_folder, switched_off

        # Before the rest is imported: modules compile their patterns when they load.
        folder = None if switched_off() else default_folder()
        stores = (rx.activate(folder), yamlpos.activate(folder))
        from . import commands

        handler = getattr(commands, "cmd_" + args.command)
        try:
            return int(handler(args, out, err, stdin or sys.stdin))
        finally:
            for store in stores:
                if store is not None:
                    store.save()
    except UsageError as exc:
        err.write(f"newslint: error: {exc}\n")
        return TROUBLE
    except LintError as exc:
        err.write(f"newslint: {exc}\n")
        return TROUBLE
    except BrokenPipeError:  # the reader went away (`newslint rules | head`): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except KeyboardInterrupt:
        err.write("newslint: interrupted\n")
        return TROUBLE
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        err.write(f"newslint: internal error: {type(exc).__name__}: {exc} "
                  "(set NEWSLINT_DEBUG=1 for a traceback)\n")
        return TROUBLE


def filter_level(findings: Sequence[Finding], level: str) -> list[Finding]:
    floor = Severity.parse(level)
    return [f for f in findings if f.severity >= floor]


__all__ = ["main", "exit_code", "filter_level"]
