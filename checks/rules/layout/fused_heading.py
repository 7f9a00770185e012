"""layout.fused-heading: a subheading fused onto the paragraph after it with a dash.

Why: scrapers and machine translation join a subheading to its paragraph with an
em dash, and the subheading keeps its lower case: ``the cost of the project —
The authority said…``.  Capitalising the first word (case.sentence-start) would
hide the join; the subheading belongs on a line of its own.

Shape: a paragraph that starts with an ordinary lower-case word, a short head (at
most 12 words, no punctuation, no finite verb: a heading, not a clause), a spaced
em or en dash, then a capitalised sentence that runs to a sentence end without
another dash (``the minister — Kim's ally — said`` is an aside, not a heading).
Fix (not safe): put the heading, capitalised, on a line of its own (the text's
paragraph separator after it); or remove it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.case._common import capitalise, plain_lower_word, token_at
from copydesk.checks.rules.layout.caption import finite_verbs
from copydesk.checks.tokens import paragraphs

MAX_HEAD_WORDS = 12
MIN_SENTENCE_WORDS = 4
# The head, a spaced dash, and a capitalised word starting the sentence after it.
_FUSED = regex.compile(r"([^.!?;:,\"“”«»()\[\]—–]+?) [—–] (?=\p{Lu})")
_DASH = regex.compile(r" [—–-] ")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)]*(?:\s|$)")


class Fused(NamedTuple):
    """A fused heading: where it starts, where the sentence after it starts, its words."""

    start: int
    end: int
    head: str


def fused_heading(text: str, start: int, end: int) -> Fused | None:
    """The heading fused onto the paragraph ``text[start:end]``, if it has one."""
    if plain_lower_word(token_at(text, start)) is None:
        return None
    m = _FUSED.match(text, start, end)
    if m is None:
        return None
    head = m.group(1).strip()
    words = head.split()
    if not 1 <= len(words) <= MAX_HEAD_WORDS or any(w.lower() in finite_verbs() for w in words):
        return None
    sentence_end = _SENTENCE_END.search(text, m.end(), end)
    if sentence_end is None:
        return None
    sentence = text[m.end() : sentence_end.start()]
    if len(sentence.split()) < MIN_SENTENCE_WORDS or _DASH.search(sentence):
        return None
    return Fused(start, m.end(), head)


def _separator(text: str, start: int) -> str:
    """The paragraph separator before ``start``: a blank line, or a line break."""
    before = text[:start].rstrip(" \t")
    return "\n\n" if before.endswith("\n\n") or not before else "\n"


@check(
    "layout.fused-heading",
    Category.LAYOUT,
    "A lower-case subheading fused onto its paragraph with a dash",
    reads_repaired=True,
    examples=(
        (
            "Headline\n\nWork began in 2019.\n\n«the cost of the project — »The authority said "
            "the budget had doubled.",
            "The cost of the project\n\n",
        ),
        (
            "Headline\n\nText.\n\n«the exchange between grain and fuel — »Prices rose again "
            "on Monday.",
            "The exchange between grain and fuel\n\n",
        ),
    ),
    near_misses=(
        "Headline\n\nText.\n\nthe minister — Kim's closest ally — said talks would resume.",
        "Headline\n\nText.\n\nthe minister said the talks had failed — Officials disagreed.",
        "Headline\n\nText.\n\neBay shares rose — Amazon's fell by more than a tenth.",
        "Headline\n\nText.\n\nThe cost of the project — The authority said it had doubled.",
    ),
)
def fused_heading_check(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for para in paragraphs(text):
        fused = fused_heading(text, para.start, para.end)
        if fused is None:
            continue
        split = capitalise(fused.head) + _separator(text, para.start)
        yield ctx.issue(
            fused.start,
            fused.end - fused.start,
            "Subheading fused onto its paragraph",
            [split, ""],
            confidence=0.7,
        )
