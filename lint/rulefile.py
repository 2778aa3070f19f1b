"""Load rule packs: one YAML file per rule under rules/<pack>/, validated with exact messages."""

from __future__ import annotations

import os
import re
import string
from collections.abc import Mapping
from typing import Any, NamedTuple

from . import rx, schema, yamlpos
from .kinds import registry
from .kinds.base import Checker, Kind
from .model import ConfigError, LintError, Severity
from .schema import Option
from .segment import QUOTATION_MODES, SCOPES
from .yamlpos import KeyPath, Located

STATUSES = ("stable", "preview", "deprecated")
_ID_PART = rx.compile(r"^[a-z][a-z0-9-]*$")
_POSITION = rx.compile(r"^\d+:\d+$")


class FailExample(NamedTuple):
    text: str
    expect: tuple[str, ...]
    format: str = "text"
    sources: tuple[tuple[str, str], ...] = ()  # (name, text) of texts the article quotes


# The fields that make a rule what it is: compared, hashed and shown (the checker cache is not).
_RULE_FIELDS = ("id", "kind", "path", "scope", "quotations", "severity", "summary", "why",
                "message", "options", "fix", "status", "aliases", "fails", "passes")


class Rule:
    __slots__ = _RULE_FIELDS + ("_built",)

    def __init__(
        self,
        id: str,
        kind: Kind,
        path: str,
        scope: str,
        quotations: str,
        severity: Severity,
        summary: str,
        why: str,
        message: str,
        options: Mapping[str, Any],
        fix: str = "",
        status: str = "stable",
        aliases: tuple[str, ...] = (),
        fails: tuple[FailExample, ...] = (),
        passes: tuple[FailExample, ...] = (),
        _built: dict[str, Checker] | None = None,
    ) -> None:
        self.id = id
        self.kind = kind
        self.path = path
        self.scope = scope
        self.quotations = quotations
        self.severity = severity
        self.summary = summary
        self.why = why
        self.message = message
        self.options = options
        self.fix = fix
        self.status = status
        self.aliases = aliases
        self.fails = fails
        self.passes = passes
        self._built: dict[str, Checker] = {} if _built is None else _built

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _RULE_FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rule):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _RULE_FIELDS)
        return f"Rule({shown})"

    def _replace(self, **changes: Any) -> Rule:
        """A copy with some fields changed; it shares the checker cache unless given its own."""
        values = {name: getattr(self, name) for name in _RULE_FIELDS}
        values["_built"] = self._built
        values.update(changes)
        return Rule(**values)

    @property
    def checker(self) -> Checker:
        """The compiled checker, built on first use: rules that never run compile nothing."""
        if "checker" not in self._built:
            try:
                self._built["checker"] = self.kind.build(self.options)
            except ValueError as exc:
                raise LintError(f"{self.path}: {exc}") from None
        return self._built["checker"]

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    def with_options(self, src: Located, keys: KeyPath, overrides: Mapping[str, Any]) -> Rule:
        """A copy with some options replaced; the new values are validated like the rule file."""
        merged = dict(self.options)
        for key, value in overrides.items():
            option = self.kind.options.get(key)
            if option is None:
                near = schema.nearest(str(key), list(self.kind.options))
                line, col = src.where(keys + (key,), key=True)
                raise ConfigError(src.path, line, col,
                                  f"{schema.dotted(keys + (key,))}: '{self.kind.name}' rules "
                                  f"have no option '{key}'{near}")
            merged[key] = option.check(src, keys + (key,), value)
        return self._replace(options=merged,
                             _built={"checker": build_checker(self.kind, merged, src, keys)})


def build_checker(kind: Kind, options: Mapping[str, Any], src: Located, keys: KeyPath) -> Checker:
    """Compile a rule's checker; a pattern that does not compile is reported where it is."""
    try:
        return kind.build(options)
    except re.error as exc:
        for name, option in kind.options.items():
            if option.check is schema.regex_list and options.get(name):
                raw = src.value_at(keys + (name,))
                schema.locate_regex_error(src, keys + (name,),
                                          options[name] if raw is None else raw, exc)
        raise src.error(keys, f"invalid regular expression: {exc.msg}") from None
    except ValueError as exc:
        raise src.error(keys, str(exc)) from None


def _examples(src: Located, keys: KeyPath, value: Any) -> dict[str, Any]:
    spec = {"fail": Option(_fail_list, ()), "pass": Option(_pass_list, ())}
    return schema.mapping(src, keys, value, spec)


def _fail_list(src: Located, keys: KeyPath, value: Any) -> tuple[FailExample, ...]:
    items = schema.mapping_list(src, keys, value, {
        "text": Option(schema.string, required=True),
        "expect": Option(_positions, required=True),
        "format": Option(schema.choice("text", "markdown"), "text"),
        "sources": Option(_sources, ()),
    })
    return tuple(FailExample(f["text"], f["expect"], f["format"], f["sources"]) for f in items)


def _sources(src: Located, keys: KeyPath, value: Any) -> tuple[tuple[str, str], ...]:
    return tuple(schema.string_map(src, keys, value).items())


def _positions(src: Located, keys: KeyPath, value: Any) -> tuple[str, ...]:
    items = schema.string_list(src, keys, value)
    for i, item in enumerate(items):
        if not _POSITION.match(item):
            schema.fail(src, keys + (i,), f"expected 'line:column', got '{item}'")
    return items


def _pass_list(src: Located, keys: KeyPath, value: Any) -> tuple[FailExample, ...]:
    schema.expect(src, keys, value, "a list", isinstance(value, list))
    out = []
    for i, item in enumerate(value):
        if isinstance(item, str):
            out.append(FailExample(item, ()))
            continue
        fields = schema.mapping(src, keys + (i,), item, {
            "text": Option(schema.string, required=True),
            "format": Option(schema.choice("text", "markdown"), "text"),
            "sources": Option(_sources, ()),
        })
        out.append(FailExample(fields["text"], (), fields["format"], fields["sources"]))
    return tuple(out)


def common_options(kinds: Mapping[str, Kind]) -> dict[str, Option]:
    return {
        "kind": Option(schema.choice(*kinds), required=True, doc="The rule kind."),
        "scope": Option(schema.choice(*SCOPES), None, doc="What each check is fed."),
        "quotations": Option(schema.choice(*QUOTATION_MODES), "outside",
                             doc="Look outside quotations, inside them, or both."),
        "severity": Option(schema.choice("error", "warning", "info"), required=True),
        "summary": Option(schema.string, required=True),
        "why": Option(schema.string, required=True),
        "message": Option(schema.string, required=True),
        "fix": Option(schema.string, ""),
        "status": Option(schema.choice(*STATUSES), "stable"),
        "aliases": Option(schema.string_list, ()),
        "examples": Option(_examples, {"fail": (), "pass": ()}),
    }


def load_rule(path: str, rule_id: str, kinds: Mapping[str, Kind] | None = None,
              schema_key: str | None = None) -> Rule:
    """Read and validate one rule file.

    A file that validated in an earlier run, with the same text against the same schema
    (`schema_key`, see :func:`schema_fingerprint`), is read back validated from the user's
    cache folder (:func:`yamlpos.recall`): neither parsed nor checked again."""
    kinds = kinds or registry()
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise LintError(f"{path}: cannot read rule file: {exc}") from None
    key = ("rule", schema_key or schema_fingerprint(kinds), text)
    kept = yamlpos.recall(key)
    if kept is not None:
        try:
            return _from_kept(path, rule_id, kinds, kept)
        except Exception:  # noqa: BLE001 - an entry that does not fit: validate again
            pass
    rule = _validate(path, rule_id, kinds, text)
    yamlpos.remember(key, _to_kept(rule))
    return rule


def _validate(path: str, rule_id: str, kinds: Mapping[str, Kind], text: str) -> Rule:
    src = yamlpos.load(path, text, keep=False)  # the validated rule is kept instead
    value = src.value
    schema.expect(src, (), value, "a mapping", isinstance(value, dict))
    common = common_options(kinds)
    kind_name = schema.mapping(src, (), {"kind": value.get("kind")} if "kind" in value else {},
                               {"kind": common["kind"]})["kind"]
    kind = kinds[kind_name]
    fields = schema.mapping(src, (), value, {**common, **kind.options})
    scope = fields["scope"] or kind.default_scope
    if kind.scopes and scope not in kind.scopes:
        schema.fail(src, ("scope",), f"'{kind.name}' rules run on {', '.join(kind.scopes)}, "
                                     f"not '{scope}'")
    _check_placeholders(src, fields["message"], kind)
    options = {key: fields[key] for key in kind.options}
    built = build_checker(kind, options, src, ())
    return Rule(
        id=rule_id, kind=kind, path=path, scope=scope, quotations=fields["quotations"],
        severity=Severity.parse(fields["severity"]), summary=fields["summary"].strip(),
        why=fields["why"].strip(), message=fields["message"].strip(), options=options,
        fix=fields["fix"].strip(), status=fields["status"],
        aliases=fields["aliases"], fails=fields["examples"]["fail"],
        passes=fields["examples"]["pass"], _built={"checker": built},
    )


# Bump when validating a rule file gives something else for the same text and schema.
_KEPT_LAYOUT = 1


def schema_fingerprint(kinds: Mapping[str, Kind]) -> str:
    """What a validated rule depends on besides its file's text: newslint's version and every
    kind's options (name, default, required, check), so that a kept rule is never read back
    against a schema that changed."""
    from . import __version__

    parts = [str(_KEPT_LAYOUT), __version__, ",".join(SCOPES), ",".join(QUOTATION_MODES)]
    for name in sorted(kinds):
        kind = kinds[name]
        parts.append(f"{name}:{kind.default_scope}:{','.join(kind.scopes)}:"
                     f"{','.join(sorted(kind.placeholders))}")
        for option_name, option in kind.options.items():
            parts.append(f"{option_name}={_describe(option.default)}/{option.required}/"
                         f"{_describe(option.check)}")
    import zlib  # a short key; the text itself is some kilobytes

    described = "\n".join(parts).encode()
    return f"{zlib.crc32(described):08x}-{len(described)}"


def _describe(value: Any, depth: int = 0) -> str:
    """`value` as text that is the same in every run (no addresses, sets in order)."""
    if depth > 6:
        return "..."
    if callable(value) and hasattr(value, "__qualname__"):
        cells = getattr(value, "__closure__", None) or ()
        inner = ",".join(_describe(c.cell_contents, depth + 1) for c in cells)
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}({inner})"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(_describe(v, depth + 1) for v in value)) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(f"{_describe(k, depth + 1)}:{_describe(v, depth + 1)}"
                              for k, v in value.items()) + "}"
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(_describe(v, depth + 1) for v in value) + ")"
    return repr(value)


def _to_kept(rule: Rule) -> tuple[Any, ...]:
    """A validated rule as plain values marshal can keep (its kind by name)."""
    def examples(items: tuple[FailExample, ...]) -> tuple[tuple[Any, ...], ...]:
        return tuple(tuple(item) for item in items)

    return (rule.kind.name, rule.scope, rule.quotations, rule.severity.name.lower(),
            rule.summary, rule.why, rule.message, dict(rule.options), rule.fix, rule.status,
            rule.aliases, examples(rule.fails), examples(rule.passes))


def _from_kept(path: str, rule_id: str, kinds: Mapping[str, Kind],
               kept: tuple[Any, ...]) -> Rule:
    (kind_name, scope, quotations, severity, summary, why, message, options, fix, status,
     aliases, fails, passes) = kept
    kind = kinds[kind_name]
    if set(options) != set(kind.options):
        raise ValueError("options differ")
    return Rule(
        id=rule_id, kind=kind, path=path, scope=scope, quotations=quotations,
        severity=Severity.parse(severity), summary=summary, why=why, message=message,
        options=options, fix=fix, status=status, aliases=aliases,
        fails=tuple(FailExample(*item) for item in fails),
        passes=tuple(FailExample(*item) for item in passes),
        _built={"checker": kind.build(options)},
    )


def _check_placeholders(src: Located, message: str, kind: Kind) -> None:
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
    except ValueError as exc:
        schema.fail(src, ("message",), f"invalid message template: {exc}")
    for name in names:
        if name not in kind.placeholders:
            supplied = ", ".join(sorted(kind.placeholders))
            schema.fail(src, ("message",),
                        f"placeholder '{{{name}}}' is not supplied by '{kind.name}' rules "
                        f"(they supply {supplied})")


def load_pack(directory: str, kinds: Mapping[str, Kind] | None = None,
              schema_key: str | None = None) -> list[Rule]:
    kinds = kinds or registry()
    pack = os.path.basename(os.path.normpath(directory))
    if not _ID_PART.match(pack):
        raise LintError(f"{directory}: a rule pack's folder name must be lowercase letters, "
                        "digits and hyphens")
    try:
        names = sorted(os.listdir(directory))
    except OSError as exc:
        raise LintError(f"{directory}: cannot read rule pack: {exc.strerror}") from None
    rules = []
    fingerprint = schema_key or schema_fingerprint(kinds)
    for name in names:
        stem, ext = os.path.splitext(name)
        if ext not in (".yaml", ".yml"):
            continue
        path = os.path.join(directory, name)
        if not _ID_PART.match(stem):
            raise ConfigError(path, 1, 1, "a rule file's name must be lowercase letters, "
                                          "digits and hyphens")
        rules.append(load_rule(path, f"{pack}.{stem}", kinds, fingerprint))
    return rules


def shipped_rules_dir() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(here, "_rules")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(here), "rules")


def shipped_packs() -> list[str]:
    base = shipped_rules_dir()
    return sorted(
        os.path.join(base, name) for name in os.listdir(base)
        if os.path.isdir(os.path.join(base, name)) and not name.startswith((".", "_"))
    )
