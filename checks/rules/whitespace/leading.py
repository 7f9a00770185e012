"""space.leading: spaces at the start of a line of ordinary prose.

Why: scraped and pasted articles keep the indentation of their HTML source
(`` date 2024-03-05 The talks…``); a paragraph of copy starts at the margin.

Example: `` Varga arrived in Lisbon on Tuesday.``
Fix: drop the spaces.  Safe for one to three spaces before a line of prose
that stands alone; a block of indented lines (a quotation, a poem, a layout
where every paragraph is indented) or a line that continues the one above it
(a hard-wrapped list item or sentence), and a display (a URL, a command, a
line under one ending in a colon) are offered but not safe.  Left alone: list
items, code-like indentation of four or more spaces or tabs unless the line
reads as a sentence, and lines that start with punctuation (the stray
punctuation check owns those).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

_INDENT = regex.compile(r"^([^\S\n]+)(?=\S)", regex.MULTILINE)
# Prose starts with a letter, digit, an opening quote or bracket.
_PROSE_START = regex.compile(r"[\p{L}\p{N}“‘\"'(\[]")
_LIST_ITEM = regex.compile(r"(?:[-*•·–—+>#]+|\d{1,3}[.)]|\p{L}[.)])\s")
_CODE = regex.compile(r"[/_=<>{}$@\\]|://|\(\)")
_LINE_END = regex.compile(r"[.!?:…][\"'”’)\]]*\Z")
_SENTENCE = regex.compile(r"(?:\S+\s+){5,}\S*[.!?:][\"'”’)]*\s*\Z")


def _line_above(text: str, line_start: int) -> str:
    """The line directly above the line starting at ``line_start`` ("" for the first)."""
    if line_start == 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]


def _nonempty_above(text: str, line_start: int) -> str:
    while line_start > 0:
        above = _line_above(text, line_start)
        if above.strip():
            return above
        line_start -= len(above) + 1
    return ""


def _nonempty_below(text: str, line_end: int) -> str:
    while line_end < len(text):
        start = line_end + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return text[start:end]
        line_end = end
    return ""


def _continues_line_above(text: str, line_start: int) -> bool:
    """True when the line directly above is a list item or stops mid-sentence (hard wrap)."""
    stripped = _line_above(text, line_start).strip()
    if not stripped:
        return False
    return bool(_LIST_ITEM.match(stripped)) or not _LINE_END.search(stripped)


def _displayed(text: str, line_start: int, body: str) -> bool:
    """True for an indented display: a URL, a command or a name under a line ending in a colon."""
    if len(body.split()) < 3 or _CODE.search(body.split()[0]):
        return True
    return _nonempty_above(text, line_start).rstrip().endswith(":")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _neighbour_indented(text: str, start: int, end: int) -> bool:
    """True when the nearest non-empty line above or below is indented too."""
    lines = (_nonempty_above(text, start), _nonempty_below(text, end))
    return any(ln[:1] in (" ", "\t", "\u00a0") for ln in lines)


@check(
    "space.leading",
    Category.WHITESPACE,
    "Spaces at the start of a prose line are removed",
    examples=(
        ("« »date 2024-03-05 The talks should lead to new shipping contracts", ""),
        ("Title\n\n«  »Varga arrived in Lisbon on Tuesday.\n\nHe met the mayor.", ""),
        ("«\xa0»The ferry left the harbour.", ""),
    ),
    near_misses=(
        "Varga arrived in Lisbon.\n- item one\n - item two",
        "    def f(x):\n        return x",
        "Intro:\n * first point\n * second point",
        "Text.\n\t12  45  78",
        "A line\n .45 calibre rounds",
    ),
)
def leading(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _INDENT.finditer(text):
        indent = m.group(1)
        body_start = m.end()
        line_start, line_end = _line_at(text, body_start)
        body = text[body_start:line_end]
        if not _PROSE_START.match(body) or _LIST_ITEM.match(body):
            continue
        deep = "\t" in indent or len(indent) >= 4
        if deep and not _SENTENCE.search(body):
            continue  # code, a table or a verse: not ours to judge
        in_block = _neighbour_indented(text, line_start, line_end)
        safe = not (
            deep
            or in_block
            or _continues_line_above(text, line_start)
            or _displayed(text, line_start, body)
        )
        yield ctx.issue(
            m.start(),
            len(indent),
            "Space at the start of the line"
            if len(indent) == 1
            else "Spaces at the start of the line",
            [""],
            confidence=0.95 if safe else 0.5,
            safe=safe,
        )
