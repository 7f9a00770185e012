"""pronoun.gender: a he/she pronoun that contradicts the gender the document gives its person.

Why: machine translation from languages whose pronouns do not mark gender (or
that drop the subject) guesses ``he`` or ``she`` and sometimes guesses wrong,
turning a man into a woman for one sentence.

Example: ``Kim has repeatedly shown his preference for trains. In 2019, she
made a 60-hour round trip`` -> ``he made``.

How: the people a document names are tracked with their titles (``Mr``,
``Queen``, ``spokeswoman``) and the pronouns that can only refer to them; a
person's gender is established when that evidence clearly points one way.  A
pronoun is flagged when the most recent person named in its sentence or the two
before has the other established gender and nothing else nearby could be what it
refers to: no person of the pronoun's gender, no unnamed person (``a woman``,
``the official``), no name of unknown kind, no ship or country for ``she``.
Pronouns inside quotations are never judged.

Fix (not safe): the pronoun of the other gender, same case; for ``her`` both
``his`` and ``him`` are offered, the likelier first.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.context import CheckContext
from checks.model import Category, Issue
from checks.registry import check
from checks.rules.pronoun._people import (
    FEMALE,
    MALE,
    NEUTRAL,
    Analysis,
    Entity,
    Mention,
    Pronoun,
    analyse,
    pronoun_replacement,
    resource_words,
)

WINDOW = 2  # sentences before the pronoun's own that may hold its antecedent
QUOTE_WINDOW = 4  # after a quotation the speaker may have been named further back
_WORD = {MALE: "he/his/him", FEMALE: "she/her"}


def _evidence(ent: Entity, exclude: int, gender: str) -> str:
    votes = sum(1 for off, g in ent.votes.items() if g == gender and off != exclude)
    parts = []
    if ent.title_score[gender]:
        parts.append("a title or role")
    if votes:
        parts.append(f"{votes} other pronoun{'s' if votes > 1 else ''}")
    return " and ".join(parts)


def _blocked(a: Analysis, p: Pronoun, ent: Entity, window: list[Mention]) -> bool:
    """True when something near the pronoun could be what it refers to instead."""
    sent = p.tok.sent
    for m in window:
        if m.entity is ent:
            continue
        if m.noun is not None:
            if m.noun.gender in (p.gender, NEUTRAL):
                return True
            continue
        other = m.entity
        if other is None:
            continue
        g = other.gender()
        if g == p.gender:
            return True
        near = m.sent >= sent - 1
        if g is None and (other.is_person or (near and m.possible_person)):
            return True
        if p.gender == FEMALE and near and m.thing_like:
            return True
    first = window[0].sent if window else sent
    for tok in a.tokens:
        if tok.start >= p.tok.start:
            break
        if tok.sent < min(first, sent - 1):
            continue
        if p.gender == FEMALE and tok.low in resource_words("vessel_nouns"):
            return True
        # An earlier pronoun of the same gender nearby: someone of that gender is in play.
        if tok.sent >= sent - 1 and not tok.quoted and tok.low in _SAME[p.gender]:
            return True
    return False


_SAME = {
    MALE: frozenset({"he", "him", "his", "himself"}),
    FEMALE: frozenset({"she", "her", "hers", "herself"}),
}


def _has_quote(a: Analysis, sent: int) -> bool:
    start, end = a.sent_spans[sent]
    return any(c in a.text[start:end] for c in '“”"«»')


@check(
    "pronoun.gender",
    Category.PRONOUN,
    "A he/she pronoun that contradicts the gender of the person it refers to",
    examples=(
        "Kim Jong Un left the capital in his private train. "
        "Kim has repeatedly shown his preference for trains. "
        "In 2019, she made a 60-hour round trip to Hanoi.",
        "Queen Elizabeth opened the session. He thanked the members for their work.",
        "Maria Lopez, a spokeswoman for the ministry, said the talks went well. "
        "She added that a deal was close. Lopez said he expected an agreement by Friday.",
        "Mr Tanaka said the plan was sound. Tanaka added that his team had tested it. "
        "Tanaka said her staff would publish the data.",
    ),
    near_misses=(
        "A woman, who lives in the capital, told the reporters that she knew of a family.",
        "Putin is seeking North Korea to sell him ammunition.",
        "Kim met Angela Merkel in Berlin. She said the talks were useful.",
        "Kim has shown his preference for trains. “She is fast,” he said of the train.",
        "Captain Ahab commanded his crew for years. The Pequod was his ship. "
        "She sailed from Nantucket.",
        "The prime minister said he was pleased. She added that the vote was close.",
        "Mr Tanaka said the plan was sound. His deputy said she agreed.",
    ),
)
def pronoun_gender(text: str, ctx: CheckContext) -> Iterator[Issue]:
    a = analyse(text)
    for p in a.pronouns:
        if p.tok.quoted:
            continue
        sent = p.tok.sent
        back = QUOTE_WINDOW if _has_quote(a, sent) else WINDOW
        window = a.mentions_in(max(0, sent - back), p.tok.start)
        named = [
            m
            for m in window
            if m.entity is not None and m.entity.is_person and not m.quoted and m.sent >= sent - 2
        ]
        if not named:
            continue
        ent = named[-1].entity
        assert ent is not None
        gender = ent.gender(exclude=p.tok.start)
        if gender is None or gender == p.gender or _blocked(a, p, ent, window):
            continue
        k = a.tokens.index(p.tok)
        nxt = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
        next_word = (
            nxt.text
            if nxt is not None
            and nxt.sent == sent
            and text[p.tok.end : nxt.start] in (" ", "\u00a0")
            else None
        )
        strong = ent.title_score[gender] >= 3 or ent.score(p.tok.start)[gender] >= 3
        yield ctx.issue(
            p.tok.start,
            p.tok.end - p.tok.start,
            f"“{p.tok.text}” most plausibly refers to {ent.name}, whom the text otherwise "
            f"refers to as {_WORD[gender]} ({_evidence(ent, p.tok.start, gender)})",
            pronoun_replacement(p.tok.text, next_word),
            confidence=0.7 if strong else 0.55,
        )
