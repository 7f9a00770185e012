"""repeat.word: the same word written twice in a row (``the the``).

Why: doubled words come from editing slips and from text extraction that joins
the end of one line to a copy of it; readers stumble on them and spell checkers
do not see them.

Example: ``the mayor of the the city`` -> ``the leader of the North``.
Fix: drop the second copy.  Safe for function words and ordinary lower-case
words; grammatical doubles (``had had``, ``that that``) and reduplications
(``bye bye``, ``Walla Walla``) are listed in
``resources/repetition/legit_doubles.txt`` and never flagged; doubles that are
sometimes meant (``is is``, ``very very``) are flagged but not auto-fixed.
Doubles across a blank line (a new paragraph) or between capitalised names are
left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.lexicon import is_common
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.repetition._data import function_words, word_list
from copydesk.checks.rules.word._shared import distinct_index
from copydesk.checks.tokens import Span, word_spans


def _same_line_gap(gap: str, second: str) -> bool:
    """Only white space between the two words, and at most one line break.

    Across a line break the second word must be lower-case: a wrapped line
    continues a sentence, while a capital after a break starts a heading or a
    new paragraph that merely begins with the same word.
    """
    if gap.strip():
        return False
    breaks = gap.count("\n")
    return breaks == 0 or (breaks == 1 and second[:1].islower())


_CLOSING = "\"”’'»"
_QUOTED = "\"“‘'«"


def _deliberate(text: str, prev: Span, cur: Span, ctx: CheckContext) -> bool:
    """A content word doubled on purpose: a chant or a slogan ("“allez allez”").

    Evidence, either: the pair alone stands in quotation marks; or the batch writes the
    same pair again (a slip is rarely repeated).  Common reduplications ("bye bye",
    "zoom zoom") are listed in legit_doubles.txt.
    """
    before = text[prev.start - 1 : prev.start] if prev.start > 0 else ""
    after = text[cur.end : cur.end + 1]
    if before in _QUOTED and after in _CLOSING:
        return True
    return batch_pairs(ctx)[text[prev.start : cur.end].lower()] > 1


_DOUBLE = regex.compile(r"\b(\p{L}+)[^\S\n]+\1\b", regex.IGNORECASE)

# How often each doubled word ("zoom zoom") occurs in the batch's distinct documents.
DOUBLED_PAIRS = distinct_index(
    "repeat.word-pairs", lambda text: Counter(m.group().lower() for m in _DOUBLE.finditer(text))
)


def batch_pairs(ctx: CheckContext) -> Counter[str]:
    """How often each doubled word ("zoom zoom") occurs in the whole batch."""
    return ctx.index(DOUBLED_PAIRS)


@check(
    "repeat.word",
    Category.REPETITION,
    "A word written twice in a row",
    scope="batch",  # a doubled word the batch writes again is deliberate
    batch_indexes=(DOUBLED_PAIRS,),
    examples=(
        ("The vote marks «the the» first change in years.", "the"),
        ("Officials said that «the the» hearing was closed.", "the"),
        ("She was greeted «by by» the mayor.", "by"),
        ("«The The» ferry left the harbour.", "The"),
        ("The ferry sails in the direction «of\nof» the island.", "of"),
        ("What it «is is» a problem.", "is"),
    ),
    near_misses=(
        "He had had enough of the talks.",
        "She said that that was the plan.",
        "They took a day trip to Walla Walla.",
        "The talks ended.\n\nThe talks resumed on Monday.",
        "Sirhan Sirhan was convicted in 1969.",
        "The the-word debate.",
        "He went to Baden Baden in the spring.",
        "Mazda's slogan was zoom zoom, and the crowd chanted it.",
        "Fans chanted “allez allez” as the team arrived.",
    ),
)
def repeated_word(text: str, ctx: CheckContext) -> Iterator[Issue]:
    legit = word_list("legit_doubles")
    review = word_list("review_doubles")
    closed = function_words()
    prev = None
    for cur in word_spans(text):
        if prev is not None and prev.text.lower() == cur.text.lower():
            word = cur.text.lower()
            gap = text[prev.end : cur.start]
            capital_name = cur.text[:1].isupper() and word not in closed
            acronym = len(cur.text) > 1 and cur.text.isupper()
            joined = text[cur.end : cur.end + 1] in "-'’" and cur.end < len(text)
            if word not in closed and _deliberate(text, prev, cur, ctx):
                prev = cur
                continue
            if (
                word not in legit
                and _same_line_gap(gap, cur.text)
                and not capital_name
                and not acronym
                and not joined
            ):
                ordinary = word in closed or (word.islower() and is_common(word))
                safe = ordinary and word not in review and "\n" not in gap
                confidence = 0.95 if safe else (0.5 if word in review else 0.7)
                note = "" if safe else " (check whether it was meant)"
                yield ctx.issue(
                    prev.start,
                    cur.end - prev.start,
                    f"“{cur.text}” is written twice in a row{note}",
                    [prev.text],
                    confidence=confidence,
                    safe=safe,
                )
                # "the the the": one issue per run is enough, the next pair starts fresh.
                prev = None
                continue
        prev = cur
