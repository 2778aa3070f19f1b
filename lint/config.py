"""Find, load and validate `.newslint.yaml`, and decide which rules run on which file."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from . import globs, schema, yamlpos
from .model import LintError
from .schema import Option
from .yamlpos import KeyPath, Located

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
PROFILES = ("default", "strict")


class RuleOverride(NamedTuple):
    rule: str
    src: Located
    keys: KeyPath
    severity: str | None
    options: Mapping[str, Any]


class Selection(NamedTuple):
    """select / ignore entries (prefix, verb) in order, and per-rule overrides."""

    entries: tuple[tuple[str, str, Located, KeyPath], ...] = ()
    rules: tuple[RuleOverride, ...] = ()

    def __add__(self, other: Selection) -> Selection:  # type: ignore[override]
        return Selection(self.entries + other.entries, self.rules + other.rules)


class PathOverride(NamedTuple):
    files: tuple[str, ...]
    selection: Selection


class Config(NamedTuple):
    path: str | None = None
    base_dir: str = "."
    selection: Selection = Selection()
    packs: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    overrides: tuple[PathOverride, ...] = ()
    preview: bool = False
    fail_level: str | None = None
    report_unused_suppressions: bool = False
    grammar: Mapping[str, Any] | None = None


def _grammar(src: Located, keys: KeyPath, value: Any) -> dict[str, Any]:
    return schema.mapping(src, keys, value, {
        "enabled": Option(schema.boolean, True),
        "server": Option(schema.string, None),
        "ltp-path": Option(schema.string, None),
        "allow-download": Option(schema.boolean, False),
        "language": Option(schema.string, "en-US"),
        "timeout": Option(schema.number, 20.0),
        "quotations": Option(schema.boolean, False),
        "required": Option(schema.boolean, False),
        "disabled-rules": Option(schema.string_list, ()),
    })


def _rules(src: Located, keys: KeyPath, value: Any) -> tuple[RuleOverride, ...]:
    schema.expect(src, keys, value, "a mapping of rule ids", isinstance(value, dict))
    out = []
    for rule_id, body in value.items():
        where = keys + (rule_id,)
        if body == "off":
            out.append(RuleOverride(str(rule_id), src, where, "off", {}))
            continue
        if isinstance(body, str):
            severity = schema.choice("error", "warning", "info", "off")(src, where, body)
            out.append(RuleOverride(str(rule_id), src, where, severity, {}))
            continue
        schema.expect(src, where, body, "a mapping or a severity", isinstance(body, dict))
        options = {k: v for k, v in body.items() if k != "severity"}
        level: str | None = None
        if "severity" in body:
            level = schema.choice("error", "warning", "info", "off")(
                src, where + ("severity",), body["severity"])
        out.append(RuleOverride(str(rule_id), src, where, level, options))
    return tuple(out)


def _selection(src: Located, keys: KeyPath, fields: Mapping[str, Any]) -> Selection:
    entries: list[tuple[str, str, Located, KeyPath]] = []
    for i, pack in enumerate(fields.get("packs") or ()):  # a config's own packs run
        entries.append((os.path.basename(os.path.normpath(pack)), "select", src, ("packs", i)))
    for verb in ("select", "ignore"):
        for i, prefix in enumerate(fields.get(verb) or ()):
            entries.append((prefix, verb, src, keys + (verb, i)))
    return Selection(tuple(entries), tuple(fields.get("rules") or ()))


def _override_list(src: Located, keys: KeyPath, value: Any) -> tuple[PathOverride, ...]:
    items = schema.mapping_list(src, keys, value, {
        "files": Option(schema.string_list, required=True),
        "select": Option(schema.string_list, ()),
        "ignore": Option(schema.string_list, ()),
        "rules": Option(_rules, ()),
    })
    return tuple(PathOverride(fields["files"], _selection(src, keys + (i,), fields))
                 for i, fields in enumerate(items))


CONFIG_OPTIONS: dict[str, Option] = {
    "extends": Option(schema.string, None, doc="A shipped profile (default, strict) or a path."),
    "select": Option(schema.string_list, (), doc="Rule id prefixes to run."),
    "ignore": Option(schema.string_list, (), doc="Rule id prefixes not to run."),
    "rules": Option(_rules, (), doc="Per-rule severity and options."),
    "packs": Option(schema.string_list, (), doc="Extra rule pack folders."),
    "exclude": Option(schema.string_list, (), doc="Globs of paths not to check."),
    "overrides": Option(_override_list, (), doc="Settings for paths matching globs."),
    "preview": Option(schema.boolean, None, doc="Run preview rules that are selected."),
    "fail-level": Option(schema.choice("error", "warning", "info"), None),
    "report-unused-suppressions": Option(schema.boolean, None),
    "grammar": Option(_grammar, None, doc="LanguageTool settings."),
}


def profile_path(name: str) -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "profiles", f"{name}.yaml")


def load(path: str, _seen: tuple[str, ...] = ()) -> Config:
    """Load a config file and everything it extends."""
    real = os.path.realpath(path)
    if real in _seen:
        raise LintError(f"{_shown(path)}: config extends itself")
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise LintError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LintError(f"{path}: cannot read config: {exc}") from None
    src = yamlpos.load(path, text)
    fields = schema.mapping(src, (), src.value, CONFIG_OPTIONS)
    base_dir = os.path.dirname(os.path.abspath(path))
    parent = Config()
    if fields["extends"]:
        parent = load(_extends_path(src, fields["extends"], base_dir), _seen + (real,))
    elif not _is_profile(real):  # a config with no `extends` builds on the default profile
        parent = load(profile_path("default"), _seen + (real,))
    inherited = parent.selection
    if fields["select"]:  # a config's own `select` replaces the selection it inherits
        inherited = inherited._replace(entries=tuple(
            e for e in inherited.entries if e[1] != "select"))
    mine = Config(
        path=path,
        base_dir=base_dir,
        selection=inherited + _selection(src, (), fields),
        packs=parent.packs + tuple(_shown(os.path.join(base_dir, p)) for p in fields["packs"]),
        exclude=parent.exclude + fields["exclude"],
        overrides=parent.overrides + fields["overrides"],
        preview=parent.preview if fields["preview"] is None else fields["preview"],
        fail_level=fields["fail-level"] or parent.fail_level,
        report_unused_suppressions=bool(
            parent.report_unused_suppressions if fields["report-unused-suppressions"] is None
            else fields["report-unused-suppressions"]
        ),
        grammar=fields["grammar"] if fields["grammar"] is not None else parent.grammar,
    )
    return mine


def _extends_path(src: Located, name: str, base_dir: str) -> str:
    if name in PROFILES:
        return profile_path(name)
    candidate = os.path.join(base_dir, name)
    if not os.path.isfile(candidate):
        near = schema.nearest(name, PROFILES)
        schema.fail(src, ("extends",),
                    f"'{name}' is neither a shipped profile ({', '.join(PROFILES)}) "
                    f"nor a file{near}")
    return candidate


def _is_profile(real: str) -> bool:
    return os.path.dirname(real) == os.path.dirname(os.path.realpath(profile_path("default")))


def _shown(path: str) -> str:
    """A discovered config as the user would name it: relative to the working directory."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def default() -> Config:
    return load(profile_path("default"))


def discover(start_dir: str) -> str | None:
    """The nearest config from `start_dir` upward, stopping at the repository root.

    The user's home directory is never consulted, so CI and a laptop agree.
    """
    home = os.path.realpath(os.path.expanduser("~"))
    current = os.path.realpath(start_dir)
    while True:
        if current != home or os.path.isdir(os.path.join(current, ".git")):
            for name in CONFIG_NAMES:
                candidate = os.path.join(current, name)
                if os.path.isfile(candidate):
                    return _shown(candidate)
        if os.path.exists(os.path.join(current, ".git")):
            return None
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def is_excluded(config: Config, path: str) -> bool:
    return bool(config.exclude) and globs.matches(path, config.base_dir, config.exclude)


def overrides_for(config: Config, path: str) -> Sequence[PathOverride]:
    return [o for o in config.overrides if globs.matches(path, config.base_dir, o.files)]


def with_grammar_selected(config: Config) -> Config:
    """The config with the grammar pack selected first, so the user's own entries still win."""
    src = Located(config.path or "<grammar>", None, {}, {})
    entry = (("grammar", "select", src, ("grammar",)),)
    return config._replace(selection=Selection(entry + config.selection.entries,
                                               config.selection.rules))
