"""space.trailing: spaces or tabs at the end of a line.

Why: invisible in the editor, but they survive into the CMS, break "find
line end" searches and show up as noise in every diff.

Example: ``…in the north of the island.   \\n``
Fix (safe): drop them: ``…in the north of the island.\\n``.  In Markdown two or
more trailing spaces are a hard line break, so there they are flagged, not removed
automatically.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

# Horizontal white space (any Unicode space but the line break) before a line end.  Only
# from the start of a run, and possessive: a long run inside a line is then tried once,
# not once per position (which was quadratic: 20,000 spaces took 10 s).
_TRAILING = regex.compile(r"(?<![^\S\n])[^\S\n]++(?=\n|\Z)")
# A Markdown file, or a unit of one (a paired article's paragraph is "story.md#p1").
_MARKDOWN = regex.compile(r"\.(?:md|markdown)(?:#[^/\\]*)?\Z", regex.IGNORECASE)


@check(
    "space.trailing",
    Category.WHITESPACE,
    "Spaces or tabs at the end of a line are removed",
    examples=(
        ("Varga arrived in Lisbon.«  »\nThe talks took a day.", ""),
        ("Headline«\t»\nText.", ""),
        ("End.« »", ""),
    ),
    near_misses=("Varga arrived in Lisbon.\nThe talks took a day.", "One.\n\nTwo.\n"),
)
def trailing(text: str, ctx: CheckContext) -> Iterator[Issue]:
    markdown = _MARKDOWN.search(ctx.path) is not None
    for m in _TRAILING.finditer(text):
        what = "Trailing tab" if "\t" in m.group() else "Trailing space"
        if markdown and m.group().startswith("  ") and m.end() < len(text):
            yield ctx.issue(
                m.start(),
                len(m.group()),
                "Trailing spaces: a Markdown line break; remove only if not meant",
                [""],
                confidence=0.5,
            )
            continue
        yield ctx.issue(m.start(), len(m.group()), what, [""], confidence=0.99, safe=True)
