"""space.nbsp: a no-break or narrow space between words (off by default).

Why: scraped HTML turns ``&nbsp;`` into U+00A0, and a CMS may or may not want
it; some house styles keep it deliberately (``10 km``, ``Mr Varga``), others
want plain spaces everywhere.  Hence off by default and never safe.

Example: ``Anna\\u00a0Maria\\u00a0Lund arrived``
Fix (not safe): a plain space.  Runs of spaces that include one are the
doubled-space check's, and line-end ones the trailing-space check's.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

# One special space between two visible characters.
_SPECIAL = regex.compile(r"(?<=\S)[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003](?=\S)")
_NAMES = {"\u00a0": "No-break space", "\u202f": "Narrow no-break space"}


@check(
    "space.nbsp",
    Category.WHITESPACE,
    "No-break and other special spaces between words (off by default)",
    default_enabled=False,
    examples=("Anna\u00a0Maria\u00a0Lund arrived.", ("It is 10«\u202f»km away.", " ")),
    near_misses=("Anna Maria Lund arrived.", "End.\u00a0 Next", "Tail\u00a0\nNext"),
)
def nbsp(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _SPECIAL.finditer(text):
        yield ctx.issue(
            m.start(),
            1,
            _NAMES.get(m.group(), "Special space"),
            [" "],
            confidence=0.4,
        )
