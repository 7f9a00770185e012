"""case.heading-start: a headline or subheading line that starts in lower case.

Why: scraped subheadings lose their capital in translation (``port traffic``
between two paragraphs).

Fix: capitalise the first letter (``Port traffic``); safe for a common word on
a short line that stands alone between paragraphs.  A line is a heading when it
is short, has no final punctuation and no sentence break inside.  Left alone:
list items and wrapped lines (the line above runs on into it), words written in
lower case by design (iPhone, eBay), URLs, handles and e-mail addresses, and a
translation unit whose source starts in lower case or is a fragment (``source_starts_lower``).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.case._common import (
    capitalise,
    ends_sentence,
    is_common,
    is_heading_like,
    looks_like_address,
    plain_lower_word,
    source_starts_lower,
    token_at,
)
from copydesk.checks.rules.layout.metadata import metadata_of
from copydesk.checks.tokens import Span, paragraphs

SAFE_MAX_WORDS = 8


def _separated(text: str, a: Span, b: Span) -> bool:
    """True when a blank line stands between paragraphs ``a`` and ``b`` (in either order)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return text.count("\n", first.end, second.start) >= 2


@check(
    "case.heading-start",
    Category.CASE,
    "Heading or subheading starting with a lower-case letter",
    examples=(
        ("The Chilean minister waved.\n\n«port» traffic\n\nThe ferry left the harbour.", "Port"),
        ("«varga» arrives in lisbon for talks\n\nThe ferry left the harbour.", "Varga"),
        ("The leader waved.\n«markets» on edge\nThe ferry left the harbour.", "Markets"),
    ),
    near_misses=(
        "The leader waved.\n\nPort traffic\n\nThe ferry left the harbour.",
        "The shopping list\napples\npears\nplums",
        "Ingredients:\n\nflour and sugar\n\nMix them.",
        "The leader waved.\n\niPhone sales\n\nThe ferry left the harbour.",
        "The leader waved.\n\n@harbourwatch\n\nThe ferry left.",
        "The leader waved.\n\nwww.example.com/news\n\nThe ferry left.",
        "The talks will continue\nafter the summit ends.",
    ),
)
def heading_start(text: str, ctx: CheckContext) -> Iterator[Issue]:
    meta = [(m.start, m.end) for m in metadata_of(text, ctx)]
    paras = list(paragraphs(text))
    for i, para in enumerate(paras):
        if not is_heading_like(para.text) or looks_like_address(para.text):
            continue
        if any(s <= para.start < e for s, e in meta):
            continue
        if para.start == 0 and source_starts_lower(ctx.source):
            continue
        first = plain_lower_word(token_at(text, para.start))
        if not first:
            continue
        prev = paras[i - 1] if i else None
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        # Right under a line that does not end a sentence: a wrapped line or a list item.
        if prev and not _separated(text, prev, para) and not ends_sentence(prev.text):
            continue
        if prev and prev.text.rstrip()[-1:] in ",;:":
            continue
        # Next to another short lower-case line: a list, whatever the spacing.
        if any(
            n
            and n.text[:1].islower()
            and (is_heading_like(n.text) or not _separated(text, para, n))
            for n in (prev, nxt)
        ):
            continue
        alone = (prev is None or _separated(text, prev, para) or ends_sentence(prev.text)) and (
            nxt is None or _separated(text, para, nxt) or nxt.text[:1].isupper()
        )
        safe = alone and is_common(first) and len(para.text.split()) <= SAFE_MAX_WORDS
        yield ctx.issue(
            para.start,
            len(first),
            "Heading starts with a lower-case letter",
            [capitalise(first)],
            confidence=0.85 if safe else 0.6,
            safe=safe,
        )
