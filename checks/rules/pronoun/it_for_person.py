"""pronoun.it-for-person: ``it`` where the text means a person it has just named.

Why: translating from languages that drop or do not gender object pronouns,
machine translation writes ``it`` for a person: ``The premier was welcomed with an
honour guard … Morosov had welcomed it once, in March 2021`` (him, the leader).

How (strong evidence only): ``it`` is the object of a verb that, in a visit or a
ceremony, takes a person (received, welcomed, greeted, met …,
``resources/pronoun/person_object_verbs.txt``); the subject of that verb is a
person; and one of the three sentences before uses the same verb with a person as
its object (``the leader was received``, ``Morozov welcomed Han``).  Without that
earlier event ``received it`` is left alone — a letter or a prize is received too.

Fix (not safe): ``him`` or ``her``, the likelier first by the genders of the
people named nearby.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.pronoun._people import (
    ANALYSIS,
    FEMALE,
    MALE,
    Analysis,
    Mention,
    Token,
    analyse,
    verb_forms,
)

LOOKBACK = 3
_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_ADVERBS = frozenset(
    {"also", "already", "once", "again", "previously", "personally", "first", "had", "has", "too"}
)


def _person_mention(m: Mention) -> bool:
    if m.noun is not None:
        return True
    return m.entity is not None and m.entity.is_person


def _mention_ending_at(a: Analysis, k: int) -> Mention | None:
    """The person mention whose last word is token ``k``."""
    m = a.by_end.get(a.tokens[k].end)
    return m if m is not None and _person_mention(m) else None


def _mention_starting_near(a: Analysis, k: int, sent: int) -> Mention | None:
    """A person mention starting within three words after token ``k`` ("received the leader")."""
    for j in range(k + 1, min(k + 4, len(a.tokens))):
        m = a.by_first_tok.get(j)
        if m is not None and m.sent == sent and _person_mention(m):
            return m
    return None


def _earlier_person_object(a: Analysis, it: Token, base: str) -> Mention | None:
    """The person that the latest earlier use of the same verb had as its object.

    Uses are read from the latest back.  A passive decides: its subject is a
    person ("the leader was received") or it is not ("the plan was welcomed"),
    and then ``it`` is more likely that thing.  An active use decides only when
    its object is a person ("received the leader"); "receiving honors" is skipped.
    """
    forms = verb_forms()
    for tok in reversed(a.tokens_from(it.sent - LOOKBACK, a.sent_first_tok[it.sent])):
        k = tok.idx
        if forms.get(tok.low) != base:
            continue
        j = k - 1
        if j >= 0 and a.tokens[j].sent == tok.sent and a.tokens[j].low in _ADVERBS:
            j -= 1
        if j >= 1 and a.tokens[j].sent == tok.sent and a.tokens[j].low in _AUX:
            for i in (j - 1, j - 2):
                if i >= 0 and a.tokens[i].sent == tok.sent:
                    m = _mention_ending_at(a, i)
                    if m is not None:
                        return m
            return None
        m = _mention_starting_near(a, k, tok.sent)
        if m is not None:
            return m
    return None


def _options(a: Analysis, it: Token, patient: Mention) -> list[str]:
    if patient.noun is not None and patient.noun.gender in (MALE, FEMALE):
        return ["him"] if patient.noun.gender == MALE else ["her"]
    if patient.entity is not None:
        g = patient.entity.gender()
        if g is not None:
            return ["him"] if g == MALE else ["her"]
    counts = {MALE: 0, FEMALE: 0}
    for m in a.mentions_in(it.sent - LOOKBACK - 2, it.start):
        if m.entity is not None:
            g = m.entity.gender()
            if g is not None:
                counts[g] += 1
    return ["her", "him"] if counts[FEMALE] > counts[MALE] else ["him", "her"]


@check(
    "pronoun.it-for-person",
    Category.PRONOUN,
    "“it” used for a person that a nearby sentence names",
    reads_repaired=True,
    examples=(
        (
            "The visiting premier was received with an honour guard at the airport. The "
            "welcome was led by the governor, Yegor Morozov. Morozov had received «it» "
            "once, in March 2021.",
            "him",
        ),
        (
            "The president was welcomed at the airport by Foreign Minister Anna Berg. Berg "
            "had welcomed «it» once before, in 2017.",
            "her",
        ),
    ),
    near_misses=(
        "The letter was received on Monday. Minister Anna Berg also received it.",
        "The proposal was welcomed by the unions. Minister Anna Berg welcomed it too.",
        "The envoy was received with flowers. The ministry said it received it warmly.",
        "Han has long preferred to travel by air. Morozov had received it once, in 2021.",
    ),
)
def it_for_person(text: str, ctx: CheckContext) -> Iterator[Issue]:
    a = ctx.of_text(ANALYSIS, text, analyse)
    forms = verb_forms()
    for k, tok in enumerate(a.tokens):
        if tok.low != "it" or tok.quoted or k < 2:
            continue
        verb = a.tokens[k - 1]
        base = forms.get(verb.low)
        if base is None or verb.sent != tok.sent or text[verb.end : tok.start] != " ":
            continue
        j = k - 2
        while j >= 0 and a.tokens[j].sent == tok.sent and a.tokens[j].low in _ADVERBS:
            j -= 1
        if j < 0 or a.tokens[j].sent != tok.sent:
            continue
        subject = _mention_ending_at(a, j)
        if subject is None or subject.entity is None:
            continue
        patient = _earlier_person_object(a, tok, base)
        if patient is None or patient.entity is subject.entity:
            continue
        who = a.text[patient.start : patient.end]
        yield ctx.issue(
            tok.start,
            tok.end - tok.start,
            f"“{verb.text} it”: the same verb had a person as its object just before "
            f"({who}); “it” probably stands for that person",
            _options(a, tok, patient),
            confidence=0.6,
        )
