"""Markdown of only headings and paragraphs is masked without markdown-it, exactly as markdown-it
would mask it; anything else goes to markdown-it."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from lint import mask
from lint.document import parse

PLAIN = [
    "# Council extends night buses\n\nThe council voted on Tuesday.\n",
    "   ## Spaced heading ##\n\nA paragraph *with emphasis* & an entity &amp; here.\n",
    "#\n\n2005 was a year. 3 people came.\nA wrapped line.  \nA hard break above.\n",
    "---\ntitle: One\n---\n# Title\n\nBody with (brackets) and \"quotes\" and 'marks'.\n",
    "No heading at all, one line",
    "###### Six\n\n\n\nText after blank lines.",
]
NOT_PLAIN = [
    "# Title\n\nSee [the report](https://example.com).\n",
    "Body with `code`.\n",
    "A line\n<div>html</div>\n",
    "- a list item\n",
    "1. ordered\n",
    "2) ordered\n",
    "> a quote\n",
    "Title\n=====\n",
    "Title\n---\n",
    "***\n",
    "    indented code\n",
    "\tindented code\n",
    "####### seven hashes\n",
    "#hashtag line\n",
    "| a | b |\n|---|---|\n",
    "~~~\nfence\n~~~\n",
    "Windows\r\nline ends\r\n",
    "An autolink <https://example.com>\n",
    "A \\*escaped\\* star\n",
    "\u00a0starts with a no-break space\n",
    "+ plus list\n",
    "_ _ _\n",
]


def _by_parser(text: str) -> list[tuple[int, int]]:
    """What the markdown-it path gives: the plain path turned off."""
    doc = parse("a.md", text, "markdown")
    saved = mask._plain_markdown_ranges
    try:
        mask._plain_markdown_ranges = lambda *args: None  # type: ignore[assignment]
        return sorted(mask.masked_ranges(doc))
    finally:
        mask._plain_markdown_ranges = saved  # type: ignore[assignment]


def _plain(text: str) -> list[tuple[int, int]] | None:
    doc = parse("a.md", text, "markdown")
    return mask._plain_markdown_ranges(doc.text, doc.front_matter_end, doc.line_starts)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_markdown_is_masked_as_markdown_it_masks_it(text: str) -> None:
    assert _plain(text) is not None
    assert sorted(mask.masked_ranges(parse("a.md", text, "markdown"))) == _by_parser(text)


def test_heading_markup_positions() -> None:
    assert _plain("# Title\n\nBody.\n") == [(0, 2)]
    assert _plain("   ## Spaced ##\n\nBody.\n") == [(0, 6), (12, 15)]


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_anything_else_goes_to_markdown_it(text: str) -> None:
    assert _plain(text) is None


def test_random_documents_mask_as_markdown_it_masks_them() -> None:
    rng = random.Random(20261201)
    plain = ["# Head", "## Head ##", "Plain words here.", "2005 was a year.", "", "  ", "#",
             "Text *em* _u_", "Fish & chips", "  Indented two", "Trailing spaces  ", "Wrapped"]
    other = ["1. item", "- item", "> quote", "===", "---", "    code", "#tag", "A [link](x)",
             "`code`", "3) x", "***", "+ x", "####### x", "<b>x</b>", "~~~"]
    plain_seen = 0
    for _ in range(1500):
        text = "\n".join(rng.choice(plain if rng.random() < 0.9 else other)
                         for _ in range(rng.randint(1, 8)))
        text += rng.choice(["", "\n"])
        if _plain(text) is None:
            continue
        plain_seen += 1
        assert sorted(mask.masked_ranges(parse("a.md", text, "markdown"))) == _by_parser(text), (
            repr(text))
    assert plain_seen > 800


def test_plain_markdown_check_never_imports_markdown_it(tmp_path: pytest.TempPathFactory) -> None:
    code = (
        "import sys\n"
        "from lint.cli import main\n"
        "code = main(['check', sys.argv[1]])\n"
        "print(code, 'markdown_it' in sys.modules)\n"
    )
    path = f"{tmp_path}/a.md"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("# Council extends night buses\n\nThe council voted on Tuesday, it said.\n")
    run = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                         check=False)
    assert run.stdout.splitlines()[-1] == "0 False", run.stdout + run.stderr
