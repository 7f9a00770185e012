"""grammar.subjectless-verb: a sentence that opens with a verb and has no subject.

Why: Chinese, Japanese and Korean drop subjects that context supplies, and machine
translation from them keeps the gap: ``Refers to the share of people who agree`` for
"It refers to …"; ``Includes all the costs of the trip`` for "This includes …".

How: the sentence's first word is capitalised and can only be a third-person
singular verb (lemminflect's lexicon: ``refers``, ``includes``; not ``means``, a
noun too, nor ``oils``, the plural of a noun); the next word starts the verb's
object or complement ("to", a determiner, ``that``:
``resources/grammar/verb_complement_starts.txt``, which leaves out the prepositions
that follow a plural noun subject: "Bars in the old town …"); the sentence has at
least four words; and it is not a list item after a colon.  Verbs that open sentences in
ordinary speech ("Thanks to …", "Seems to me …", "Turns out …") are left alone
(``resources/grammar/elliptical_openers.txt``).

Fix (not safe): "It refers"; the missing subject may be another one ("This", "She").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.data import word_set
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.grammar._wordclass import only_third_person_verb
from copydesk.checks.tokens import sentence_spans

RULE = "grammar.subjectless-verb"
MIN_WORDS = 4
# Opening quotes or brackets, a capitalised word (not all capitals: a heading), one
# space, the next word in lower case.
_OPENING = regex.compile(r"[\"'“‘(\[]*(\p{Lu}\p{Ll}+) (\p{Ll}+)\b")
_LIST_INTRO = regex.compile(r"[:•·\-–—*]\s*\Z")


def _elliptical() -> frozenset[str]:
    return word_set("grammar", "elliptical_openers.txt")


def _complement_starts() -> frozenset[str]:
    return word_set("grammar", "verb_complement_starts.txt")


def _candidates(text: str) -> Iterator[tuple[int, int, str]]:
    for sent in sentence_spans(text):
        m = _OPENING.match(sent.text)
        if m is None or len(sent.text.split()) < MIN_WORDS:
            continue
        verb, following = m.group(1), m.group(2)
        if verb.lower() in _elliptical() or following not in _complement_starts():
            continue
        if _LIST_INTRO.search(text, max(0, sent.start - 8), sent.start):
            continue
        yield sent.start + m.start(1), sent.start + m.end(1), verb


@check(
    RULE,
    Category.GRAMMAR,
    "A sentence opens with a verb and has no subject (“Refers to …”)",
    examples=(
        ("«Refers» to the share of adults who say most people can be trusted.", "It refers"),
        ("The fee is high. «Includes» the cost of the guide and the boat.", "It includes"),
        ("«Describes» how the river changed its course after the flood.", "It describes"),
    ),
    near_misses=(
        "It refers to the share of adults who say most people can be trusted.",
        "Thanks to the rain, the harvest was good this year.",
        "Seems to me that the plan will work.",
        "Means of transport were scarce in the valley.",
        "Bars in the old town close at midnight.",
        "Mars is the fourth planet from the sun.",
        "Price: Includes the cost of the guide and the boat.",
        "Includes batteries.",
        "INCLUDES THE COST OF THE GUIDE",
        "Asked whether he would stay, the coach smiled and said nothing.",
    ),
)
def subjectless_verb(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for start, end, verb in _candidates(text):
        if not only_third_person_verb(verb):
            continue
        yield Issue(
            start,
            end - start,
            RULE,
            Category.GRAMMAR,
            f"“{verb}” opens the sentence without a subject (machine translation often "
            "drops one): who or what does it?",
            replacements=(f"It {verb.lower()}",),
            confidence=0.7,
        )
