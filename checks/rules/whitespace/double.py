"""space.double: two or more spaces between words inside a line.

Why: doubled spaces come from typewriter habits ("end.  Next") and from
scraping; in copy one space separates words and sentences.

Example: ``Varga  arrived in Lisbon.``
Fix (safe): one space.  Left alone: the space in mojibake (``Ã `` is a
broken ``à``), indented code lines, lines with tabs or ``|`` columns, and
table rows whose space runs line up with the next or previous line, or that
split into several short cells.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

# Spaces and no-break spaces ("end.&nbsp; Next" from HTML) count alike in a run.
_RUN = regex.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_SENTENCE_END = regex.compile(r"[.!?:][\"'”’)]*\s*\Z")


def _run_columns(line: str) -> set[int]:
    """Columns where a run of two or more spaces ends (where an aligned cell starts)."""
    return {m.end() for m in _RUN.finditer(line)}


def _is_tabular(line: str, neighbours: list[str]) -> bool:
    if line.startswith(("    ", "\t")) or "\t" in line or "|" in line:
        return True
    columns = _run_columns(line)
    for other in neighbours:
        if columns & _run_columns(other):
            return True
    cells = [c for c in regex.split(r" {2,}", line.strip()) if c]
    # Several short cells and no sentence ending: a row of figures or labels.
    return (
        len(cells) >= 3
        and sum(len(c) for c in cells) / len(cells) < 20
        and not _SENTENCE_END.search(line)
    )


@check(
    "space.double",
    Category.WHITESPACE,
    "Runs of spaces inside a line collapse to one space",
    examples=(
        ("Varga«  »arrived in Lisbon.", " "),
        ("The crossing took a day.«  »The ferry was slow.", " "),
        ("A fleet of«   »refrigerated trucks.", " "),
    ),
    near_misses=(
        "Varga arrived in Lisbon.",
        "    indented  code  block",
        "Name      Age\nLund      39\nVarga     70",
        "Tonnes  Value  Share  Year",
        "Col\tValue  x",
    ),
)
def double(text: str, ctx: CheckContext) -> Iterator[Issue]:
    lines: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    for i, (start, line) in enumerate(lines):
        if "  " not in line.strip() and "\u00a0" not in line:
            continue
        neighbours = [lines[j][1] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if _is_tabular(line, neighbours):
            continue
        for m in _RUN.finditer(line):
            if line[m.start() - 1] in "ÃÂ":
                continue  # "Ã " is a broken "à" whose space the mojibake check repairs
            yield ctx.issue(
                start + m.start(),
                len(m.group()),
                "Doubled space",
                [" "],
                confidence=0.97,
                safe=True,
            )
