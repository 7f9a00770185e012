"""encoding.replacement-char: U+FFFD (�), the mark of a character lost in conversion.

Why: a decoder that met bytes it could not read put � in their place; the
original letter, quote or dash is gone and only a person can restore it.

Example: ``Varga�s ferry`` (was ``Varga’s``)
Fix: none automatic; flagged so the editor restores the character.  A run of
several � is one issue.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

_LOST = regex.compile(r"\ufffd+")


@check(
    "encoding.replacement-char",
    Category.ENCODING,
    "Replacement character (�): a character was lost in conversion",
    examples=("Varga«�»s ferry arrived.", "The \ufffd\ufffddeal\ufffd\ufffd was signed."),
    near_misses=("Varga’s ferry arrived.", "A question? Yes."),
)
def replacement_char(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _LOST.finditer(text):
        yield ctx.issue(
            m.start(),
            len(m.group()),
            "Lost character (�): restore it from the source",
            confidence=0.95,
        )
