"""case.capitalised-noun: a common noun capitalised after an adjective of nationality.

Why: machine translation and careless editing capitalise a common noun that follows a
capitalised adjective, as if the pair were a title: ``two Kenyan Runners``, ``the North
Korean Dictator``, ``Chinese Manufacturers``.

How: after an adjective of nationality, region or religion
(resources/case/demonyms.txt), a capitalised word whose lower-case form is an everyday
word, followed by a lower-case word or punctuation.  A capital after it makes a longer
name (``Chinese Communist Party``), and so does ``of`` (``British Chambers of
Commerce``).  Names built on an institution or place noun (``Korean War``, ``French
Open``, ``Persian Gulf``; resources/case/institution_nouns.txt), title-case lines and
words the batch also capitalises elsewhere are left alone.

Fix (not safe: a person checks it is no name): lower-case it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.data import data_lines
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.case.mid_sentence_capital import _title_case_line
from copydesk.checks.rules.word._shared import CAPITALISED_INSIDE, batch_capitalised_inside

COMMON = 3.5  # the noun's lower-case form must be this common in English


@cache
def _pattern() -> regex.Pattern[str]:
    demonyms = sorted(data_lines("case", "demonyms.txt"), key=len, reverse=True)
    alternatives = "|".join(regex.escape(d).replace(r"\ ", " ") for d in demonyms)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{alternatives})[^\S\n]+(\p{{Lu}}\p{{Ll}}{{2,}})"
        rf"(?=[^\S\n]+(?!(?:of|de|del|for|and)\b)\p{{Ll}}|[,;:.!?)])"
    )


@cache
def _institutions() -> frozenset[str]:
    return frozenset(data_lines("case", "institution_nouns.txt"))


@check(
    "case.capitalised-noun",
    Category.CASE,
    "A common noun capitalised after an adjective of nationality ('Kenyan Runners')",
    scope="batch",  # a capital the batch uses elsewhere mid-sentence is a name
    batch_indexes=(CAPITALISED_INSIDE,),
    examples=(
        "She finished ahead of two Kenyan Runners in the final.",
        "The company faces competition from Chinese Manufacturers, which cut prices.",
        "The North Korean Dictator said the tests would go on.",
    ),
    near_misses=(
        "Fighting in the Korean War ended in 1953.",
        "She won the French Open and the British Museum bought the racket.",
        "The Chinese Communist Party met in Beijing.",
        "The British Chambers of Commerce cut its forecast; the Persian Gulf was calm.",
        "Kenyan runners took the first three places.",
        "Why Kenyan Runners Win So Many Marathons",
        "Russian Forces moved north. The Armed Forces of Ukraine held the line. "
        "Officials said Russian Forces had lost ground.",
    ),
)
def capitalised_noun(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _pattern().finditer(text):
        word = m.group(1)
        if word in _institutions() or zipf(word.lower()) < COMMON:
            continue
        if batch_capitalised_inside(ctx)[word] > text.count(m.group()):
            continue  # capitalised elsewhere, not after this adjective: part of a name
        if _title_case_line(text, m.start(1)):
            continue
        yield ctx.issue(
            m.start(1),
            len(word),
            f"“{word}” after an adjective of nationality is a common noun: lower case",
            [word.lower()],
            confidence=0.6,
            safe=False,
        )
