"""layout.boilerplate: web-page furniture kept as a paragraph of its own.

Why: scrapers keep the page's advertising labels, share buttons, newsletter
prompts and "Read more:" links as lines of the article; they interrupt the story.

Example: ``Sign up for our daily newsletter`` on a line between two paragraphs.
Only a whole standalone line that matches one of the patterns in
resources/layout/boilerplate.txt counts, never a phrase inside a sentence, and
never the first line (the headline).
Fix (not safe: a person checks nothing of the story goes): remove the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.layout._lines import data_lines, lines, removal_span

MAX_WORDS = 25


@cache
def _pattern() -> regex.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in data_lines("boilerplate.txt"))
    return regex.compile(rf"\W*(?:{body})\W*", regex.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    return len(line.split()) <= MAX_WORDS and bool(_pattern().fullmatch(line.strip()))


@check(
    "layout.boilerplate",
    Category.LAYOUT,
    "Web-page furniture (advertising label, share or sign-up prompt, 'Read more:' link)",
    reads_repaired=True,
    examples=(
        "Headline\n\nText of the story.\n\nAdvertisement\n\nMore text.",
        "Headline\n\nText.\n\nSign up for our free weekly newsletter\n\nMore text.",
        "Headline\n\nText.\n\nRead more: Why the port matters for the city\n\nMore text.",
        "Headline\n\nText.\n\nShare this article\n\nMore text.",
    ),
    near_misses=(
        "Advertisement\n\nText of the story about the advertising market.",
        "Headline\n\nText.\n\nThe advertisement ran for three weeks on television.\n\nMore.",
        "Headline\n\nText.\n\nRead more about the plan on Monday, the minister said.\n\nMore.",
        "Headline\n\nText.\n\nShare prices fell 3% on Monday.\n\nMore.",
        "Headline\n\nText.\n\nRelated talks will be held in Geneva next week.\n\nMore.",
        "Headline\n\nText.\n\nSubscribers were told the price would rise.\n\nMore.",
    ),
)
def boilerplate(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for line in lines(text):
        if line.is_first or not is_boilerplate(line.text):
            continue
        offset, length = removal_span(text, line.start, line.end)
        yield ctx.issue(
            offset, length, "Web-page furniture, not part of the article", [""], confidence=0.8
        )
