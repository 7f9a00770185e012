"""case.sentence-start: a sentence or paragraph that starts with a lower-case letter.

Why: machine translation and scraping lose capitals where a sentence was split
or two lines were joined (``“routine” checks. the ministry added.``).  A
subheading glued before an em dash (``the trade between grain and fuel —
Prices rose…``) is layout.fused-heading's: it splits the heading off.

Fix: capitalise the first letter.  Safe for an ordinary common word after a
plain period (or a doubled one, ``..``) or at the start of a paragraph; flag
only (lower confidence) after ``?``/``!`` (``?.``, ``!!``), after a period
inside closing quotes, after a paragraph ending in an ellipsis, or for rare words.
Left alone: words written in lower case by design (iPhone, eBay, ``de``…),
continuations after abbreviations (``U.S. officials``, ``e.g. the``,
``p.m. local``), ellipses inside a paragraph or before a wrapped line, text
after a colon, quoted questions (``“Why?” he asked``), lines that continue a
wrapped line, URLs and e-mail addresses, and the scraped metadata the layout
checks remove (`` date 2024-03-05``).
An address in the paragraph excuses only its own period (``see example.com. more``), and a
short capitalised word no list holds is an abbreviation (``Calif.``) unless a clause opener
follows (``Samuel Asare. she said``).
Subheadings without final punctuation are case.heading-start's business.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.case._common import (
    CLOSING,
    capitalise,
    ends_sentence,
    is_abbreviation,
    is_common,
    is_heading_like,
    looks_like_address,
    plain_lower_word,
    source_starts_lower,
    token_at,
    token_before,
)
from copydesk.checks.rules.layout.fused_heading import fused_heading
from copydesk.checks.rules.layout.metadata import metadata_of
from copydesk.checks.tokens import paragraphs

MESSAGE = "Sentence starts with a lower-case letter"
# End of a sentence inside a paragraph, then white space, then a lower-case letter.
# From the start of a run of marks only, and possessive: "...." repeated was quadratic.
_BOUNDARY = regex.compile(r"(?<![.!?…])([.!?…]++)([\"'”’»)\]]*+)[^\S\n]++(?=\p{Ll})")


def _end_kind(marks: str) -> str | None:
    """How a run of end marks ends a sentence: ``.``, ``?`` or None (an ellipsis).

    A doubled period (``..``) is a period typed twice, not an ellipsis: the
    sentence ends there (punct.double removes the extra one).  ``?.``, ``!!``,
    ``?!`` end it as a question or exclamation does.  Three periods or ``…``
    are an ellipsis, which may carry the sentence on.
    """
    if "…" in marks or "..." in marks:
        return None
    return "." if set(marks) == {"."} else "?"


def _ends_in_ellipsis(line: str) -> bool:
    tail = line.rstrip().rstrip(CLOSING)
    return tail.endswith("...") or tail.endswith("…")


def _continues_previous(text: str, start: int, prev_end: int | None, prev_text: str) -> bool:
    """True when the line at ``start`` carries on the line before it."""
    if prev_end is None:
        return False
    tail = prev_text.rstrip()
    # A line right under a line that does not end a sentence: wrapped text or a list.
    adjacent = text.count("\n", prev_end, start) < 2
    if tail[-1:] in ",;:-–—(" or (adjacent and _ends_in_ellipsis(tail)):
        return True
    return adjacent and not ends_sentence(tail)


@check(
    "case.sentence-start",
    Category.CASE,
    "Sentence or paragraph starting with a lower-case letter",
    examples=(
        ("Varga will discuss “routine” checks. «the» ministry added.", "The"),
        ("The visit ended.\n\n«the» trade between grain and fuel rose again.", "The"),
        ("He did not say when. «the» talks will start on Monday.", "The"),
        ("The ferry was slow.\n«the» crossing did not exceed 20 knots.", "The"),
    ),
    near_misses=(
        "U.S. officials said so. The e.g. the case of Spain is similar.",
        "The meeting starts at 9 p.m. local time.",
        "He waited… and then he left.",
        "“Why?” he asked.",
        "She said: the talks are over.",
        "iPhone sales fell.\n\neBay shares rose.",
        "Visit www.example.com for more.\n\nwww.example.com",
        "The list:\n- apples\n- pears",
        "This line is wrapped by the sender and\ncontinues on the next line.",
        " date 2024-03-05 The talks between the unions",
        "It rose 5% vs. the previous year.",
        "The visit ended.\n\nthe trade between grain and fuel — Prices rose again on Monday.",
    ),
)
def sentence_start(text: str, ctx: CheckContext) -> Iterator[Issue]:
    meta = [(m.start, m.end) for m in metadata_of(text, ctx)]

    def in_metadata(pos: int) -> bool:
        return any(s <= pos < e for s, e in meta)

    prev_end: int | None = None
    prev_text = ""
    for para in paragraphs(text):
        # The paragraph's first word.  An address there is no plain word
        # ("www.example.com"); one later in the paragraph excuses nothing around it.
        first = plain_lower_word(token_at(text, para.start))
        if (
            first
            and not in_metadata(para.start)
            and not is_heading_like(para.text)
            and not _continues_previous(text, para.start, prev_end, prev_text)
            and not (para.start == 0 and source_starts_lower(ctx.source))
            # A subheading fused on with a dash: layout.fused-heading splits it off,
            # capitalised; a capital alone would hide the join.
            and fused_heading(text, para.start, para.end) is None
        ):
            # After an ellipsis a new paragraph may still carry the sentence on.
            safe = is_common(first) and not _ends_in_ellipsis(prev_text)
            yield ctx.issue(
                para.start,
                len(first),
                MESSAGE,
                [capitalise(first)],
                confidence=0.9 if safe else 0.6,
                safe=safe,
            )
        # Sentences inside the paragraph.
        for m in _BOUNDARY.finditer(text, para.start, para.end):
            start = m.end()
            word = plain_lower_word(token_at(text, start))
            if not word or in_metadata(start):
                continue
            marks, closing = m.group(1), m.group(2)
            kind = _end_kind(marks)
            if kind is None or any(c in closing for c in ")]"):
                continue  # an ellipsis or a bracket carries the sentence on
            if kind == "?" and closing:
                continue  # “Why?” he asked.
            before = token_before(text, m.start(1))
            if kind == "." and is_abbreviation(before + ".", word):
                continue
            if looks_like_address(before):
                continue  # "see example.com. more": the period may be the address's
            plain_period = kind == "." and not closing
            safe = plain_period and is_common(word) and len(before.strip("\"'“”‘’(")) >= 2
            yield ctx.issue(
                start,
                len(word),
                MESSAGE,
                [capitalise(word)],
                confidence=0.9 if safe else 0.6,
                safe=safe,
            )
        prev_end, prev_text = para.end, para.text
