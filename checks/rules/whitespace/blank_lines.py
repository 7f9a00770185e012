"""space.blank-lines: a run of two or more blank lines.

Why: scraped articles keep the empty paragraphs of their web layout; a copy
editor's text has one blank line between paragraphs.

Example: ``…Gdansk.\\n\\n\\n\\n\\nThe talks…``
Fix (safe): ``…Gdansk.\\n\\nThe talks…``.  Blank lines at the very start or
end of the file are trimmed the same way (to none at the start, one newline at
the end).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

# Three or more line breaks, with any horizontal space between them.
_RUN = regex.compile(r"\n(?:[^\S\n]*\n){2,}")
_LEADING = regex.compile(r"\A(?:[^\S\n]*\n)+")
# Only from the first line break of a run (the look-behind) and possessive: tried from
# every line break of a long run before the end, it was quadratic.
_TRAILING = regex.compile(r"(?<!\n[^\S\n]*+)\n(?:[^\S\n]*+\n)+[^\S\n]*+\Z")
_REST_BLANK = regex.compile(r"\s*+\Z")


@check(
    "space.blank-lines",
    Category.WHITESPACE,
    "Runs of blank lines collapse to one blank line",
    examples=(
        ("One.«\n\n\n\n»Two.", "\n\n"),
        ("«\n\n»Title\n\nText.", ""),
        ("Text.«\n\n\n»", "\n"),
    ),
    near_misses=("One.\n\nTwo.", "One.\nTwo.\n"),
)
def blank_lines(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _LEADING.finditer(text):
        yield ctx.issue(
            m.start(),
            m.end() - m.start(),
            "Blank lines at the start of the file",
            [""],
            confidence=0.99,
            safe=True,
        )
    for m in _RUN.finditer(text):
        if m.start() == 0 or _REST_BLANK.match(text, m.end()):
            continue
        yield ctx.issue(
            m.start(),
            m.end() - m.start(),
            f"{m.group().count(chr(10)) - 1} blank lines; one separates paragraphs",
            ["\n\n"],
            confidence=0.99,
            safe=True,
        )
    m = _TRAILING.search(text)
    if m:
        yield ctx.issue(
            m.start(),
            m.end() - m.start(),
            "Blank lines at the end of the file",
            ["\n"],
            confidence=0.99,
            safe=True,
        )
