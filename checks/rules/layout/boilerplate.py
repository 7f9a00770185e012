"""layout.boilerplate: web-page furniture kept as a paragraph of its own.

Why: scrapers keep the page's advertising labels, share buttons, newsletter
prompts and "Read more:" links as lines of the article; they interrupt the story.

Example: ``Sign up for our daily newsletter`` on a line between two paragraphs.
Only a whole standalone line that matches one of the patterns in
resources/layout/boilerplate.txt counts, never a phrase inside a sentence, and
never the first line (the headline).
A list's heading alone on its line (``Read more:``, ``Related stories``) takes the
link lines under it along: lines that start with a bullet (``- ``, ``• ``), or
headline-shaped lines (a capital, at most 14 words, no closing punctuation) right
below it with no blank line between.
Fix (not safe: a person checks nothing of the story goes): remove the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.layout._lines import Line, data_lines, lines, removal_span

MAX_WORDS = 25
MAX_LINK_WORDS = 14
MAX_LINKS = 10
_LIST_HEAD = regex.compile(
    r"\W*(?:read more|see also|more on this(?: story| topic)?|related(?: \w+)?|more stories"
    r"|more news|further reading|recommended(?: \w+)?|you may also like|most read)\s*:?",
    regex.IGNORECASE,
)
_BULLET = regex.compile(r"[-–—•*·▪►>]\s+\S")
_HEADLINE_END = regex.compile(r"[.!?:;,\"”’)]\Z")


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
        "Headline\n\nText.\n\nShare: Facebook | X | Email\n\nMore text.",
        "Headline\n\nText.\n\nRead more:\n- Why the glaziers struck\n\nMore text.",
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
    all_lines = lines(text)
    links: set[int] = set()
    for line in all_lines:
        if line.index in links:
            message = "Link under a 'Read more'-style heading, not part of the article"
        elif not line.is_first and is_boilerplate(line.text):
            message = "Web-page furniture, not part of the article"
            if _LIST_HEAD.fullmatch(line.text):
                links.update(_link_lines(text, all_lines, line.index))
        else:
            continue
        offset, length = removal_span(text, line.start, line.end)
        yield ctx.issue(offset, length, message, [""], confidence=0.8)


def _link_lines(text: str, all_lines: list[Line], head: int) -> Iterator[int]:
    """Indices of the link lines listed under the heading at ``head``."""
    for line in all_lines[head + 1 : head + 1 + MAX_LINKS]:
        gap = text.count("\n", all_lines[line.index - 1].end, line.start)
        bullet = _BULLET.match(line.text) is not None and gap <= 2
        if bullet or (gap == 1 and _headline_shaped(line.text)):
            yield line.index
        else:
            return


def _headline_shaped(line: str) -> bool:
    words = line.split()
    return len(words) <= MAX_LINK_WORDS and words[0][0].isupper() and not _HEADLINE_END.search(line)
