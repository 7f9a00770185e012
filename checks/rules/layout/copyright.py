"""layout.copyright: a rights notice standing on a line of its own.

Why: the publisher's footer (``© Copyright HarbourTimes 2024. All rights
reserved.``) comes along with a scraped article but is not part of the story.

Example: ``…for the future."\\n© Copyright HarbourTimes 2024. All rights reserved.``
Fix (not safe): remove the line.  Patterns are data
(resources/layout/copyright.txt); a line that mentions copyright inside a real
sentence ("Copyright law in the EU…") does not match them.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.layout._lines import lines, patterns, removal_span

MAX_WORDS = 40


def is_copyright_line(line: str) -> bool:
    if len(line.split()) > MAX_WORDS:
        return False
    return any(p.search(line) for p in patterns("copyright.txt"))


@check(
    "layout.copyright",
    Category.LAYOUT,
    "Copyright and rights-reserved lines",
    reads_repaired=True,
    examples=(
        ("The end of the story.«\n© Copyright HarbourTimes 2024. All rights reserved.»", ""),
        (
            "The end of the story.«\n\nCopyright 2023 The Associated Press. All Rights Reserved.»",
            "",
        ),
        ("The end.«\n\n(c) 2024 Example Media Ltd»\n", ""),
        # "Riproduzione riservata", as Italian agencies sign, translated
        ("The end of the story.«\n\nReproduction reserved © Copyright HarbourWire»", ""),
        (
            "The end.«\n\nThis material may not be published, broadcast, rewritten or "
            "redistributed.»",
            "",
        ),
    ),
    near_misses=(
        "Copyright law in the EU protects the work for 70 years after the author's death.",
        "The court ruled on the copyright claim brought by the photographer.",
        "All rights reserved, the company said, would be returned to the artists.\n\nMore text "
        "follows here and it is a normal paragraph of the article with many words in it, "
        "long enough to be a paragraph and not a footer line of any kind at all, really.",
        "The singer reserved all rights to the song.",
        "Reproduction of the painting is reserved for the museum's own shop, she said.",
    ),
)
def copyright_line(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for line in lines(text):
        if not is_copyright_line(line.text):
            continue
        offset, length = removal_span(text, line.start, line.end)
        yield ctx.issue(
            offset, length, "Copyright line", [""], confidence=0.9 if line.is_last else 0.8
        )
