"""The configuration examples in the README are valid configs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint import config, ruleset

README = Path(__file__).resolve().parents[1] / "README.md"


def config_blocks() -> list[str]:
    blocks = re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return [b for b in blocks if re.match(r"(?:extends|grammar|select|rules):", b)]


@pytest.mark.parametrize("block", config_blocks())
def test_readme_config_example_loads(block: str, tmp_path: Path) -> None:
    pack = tmp_path / "house-rules"  # the example names a pack of the newsroom's own
    pack.mkdir()
    (pack / "council.yaml").write_text(
        'kind: existence\nseverity: info\nsummary: A house rule.\nwhy: House style.\n'
        'message: "{match}"\npatterns: [town hall]\n', encoding="utf-8")
    path = tmp_path / ".newslint.yaml"
    path.write_text(block, encoding="utf-8")
    cfg = config.load(str(path))
    rules = ruleset.load_ruleset(cfg)
    assert ruleset.rules_for(rules, cfg, str(tmp_path / "story.md"))


def test_there_are_config_examples() -> None:
    assert len(config_blocks()) == 2
