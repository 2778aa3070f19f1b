"""Turn rule packs and a config into the rules that run on a given file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from . import rulefile, schema
from .config import Config, Selection, overrides_for
from .kinds import registry
from .model import ConfigError, LintError, Severity
from .rulefile import Rule


class RuleSet:
    """All loaded rules, their aliases, and the selection logic (longest prefix wins)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules: dict[str, Rule] = {}
        self.aliases: dict[str, str] = {}
        for rule in rules:
            if rule.id in self.rules or rule.id in self.aliases:
                raise LintError(f"{rule.path}: rule id '{rule.id}' is defined twice "
                                f"(also in {self._origin(rule.id)})")
            self.rules[rule.id] = rule
            for alias in rule.aliases:
                if alias in self.rules or alias in self.aliases:
                    raise LintError(f"{rule.path}: alias '{alias}' of '{rule.id}' is already "
                                    "used by another rule")
                self.aliases[alias] = rule.id
        self.packs = sorted({r.pack for r in rules})

    def _origin(self, rule_id: str) -> str:
        if rule_id in self.rules:
            return self.rules[rule_id].path
        return self.rules[self.aliases[rule_id]].path

    def canonical(self, name: str) -> str:
        return self.aliases.get(name, name)

    def known_prefix(self, prefix: str) -> bool:
        prefix = self.canonical(prefix)
        return prefix in self.rules or prefix in self.packs

    def names(self) -> list[str]:
        return sorted([*self.rules, *self.aliases, *self.packs])

    def check_selection(self, selection: Selection) -> None:
        for prefix, _verb, src, keys in selection.entries:
            if not self.known_prefix(prefix):
                near = schema.nearest(prefix, self.names())
                raise src.error(keys, f"{schema.dotted(keys)}: unknown rule or pack "
                                      f"'{prefix}'{near}")
        for override in selection.rules:
            if self.canonical(override.rule) not in self.rules:
                near = schema.nearest(override.rule, self.names())
                line, col = override.src.where(override.keys, key=True)
                raise ConfigError(override.src.path, line, col,
                                  f"{schema.dotted(override.keys)}: unknown rule "
                                  f"'{override.rule}'{near}")
            if override.options:  # validate now, not when the first file needs the rule
                self.rules[self.canonical(override.rule)].with_options(
                    override.src, override.keys, override.options)

    def select(self, selection: Selection, preview: bool) -> list[Rule]:
        decisions: dict[str, str] = {}
        for prefix, verb, _src, _keys in selection.entries:
            decisions[self.canonical(prefix)] = verb
        chosen = []
        for rule in self.rules.values():
            decision, exact = _decide(rule.id, decisions)
            if decision != "select":
                continue
            if rule.status == "deprecated" and not exact:
                continue
            if rule.status == "preview" and not (preview or exact):
                continue
            chosen.append(rule)
        return self._apply(chosen, selection)

    def _apply(self, rules: Iterable[Rule], selection: Selection) -> list[Rule]:
        by_id = {r.id: r for r in rules}
        for override in selection.rules:
            rule_id = self.canonical(override.rule)
            if rule_id not in by_id:
                continue
            if override.severity == "off":
                del by_id[rule_id]
                continue
            rule = by_id[rule_id]
            if override.options:
                rule = rule.with_options(override.src, override.keys, override.options)
            if override.severity:
                rule = rule._replace(severity=Severity.parse(override.severity))
            by_id[rule_id] = rule
        return sorted(by_id.values(), key=lambda r: r.id)


def _decide(rule_id: str, decisions: Mapping[str, str]) -> tuple[str | None, bool]:
    """The verb of the longest entry that is a prefix of the id (at a dot)."""
    parts = rule_id.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in decisions:
            return decisions[prefix], n == len(parts)
    return None, False


def load_ruleset(config: Config) -> RuleSet:
    rules: list[Rule] = []
    kinds = registry()
    schema_key = rulefile.schema_fingerprint(kinds)
    for pack in [*rulefile.shipped_packs(), *config.packs]:
        rules.extend(rulefile.load_pack(pack, kinds, schema_key))
    ruleset = RuleSet(rules)
    ruleset.check_selection(config.selection)
    for override in config.overrides:
        ruleset.check_selection(override.selection)
    return ruleset


def rules_for(ruleset: RuleSet, config: Config, path: str) -> list[Rule]:
    selection = config.selection
    for override in overrides_for(config, path):
        selection = selection + override.selection
    return ruleset.select(selection, config.preview)
