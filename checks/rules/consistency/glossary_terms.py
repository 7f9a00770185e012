"""consistency.glossary: a spelling the glossary forbids, or a glossary name written another way.

Why: a newsroom keeps a list of house spellings ("email", not "e-mail") and of
how the names in the news are written ("Han Seo Jin").  Articles from agencies
and translators ignore it; the copy editor puts it back.

The glossary is the default one in ``resources/glossary/`` plus the user's
(config folder), the project's (``copydesk-glossary.toml`` beside the
articles) and ``--glossary FILE``; see :mod:`copydesk.checks.glossary`.

Example: ``Send us an e-mail.`` / ``Han Seo-jin arrived`` (glossary: ``Han Seo Jin``)
Fix (not safe: a glossary can be wrong for a quotation or a title):
``email`` / ``Han Seo Jin``.  A capital at the start is kept ("E-mail" -> "Email").
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.glossary import normalise
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.consistency.common import file_glossary


def _match_case(found: str, preferred: str) -> str:
    if found[:1].isupper() and preferred[:1].islower():
        return preferred[:1].upper() + preferred[1:]
    return preferred


def _same_but_first_letter(a: str, b: str) -> bool:
    return a[:1].casefold() == b[:1].casefold() and a[1:] == b[1:]


@check(
    "consistency.glossary",
    Category.CONSISTENCY,
    "A spelling the glossary forbids (e-mail -> email), or a glossary term written otherwise",
    examples=(
        ("Send your questions by «e-mail» to the newsroom.", "email"),
        ("«E-mail» addresses were leaked.", "Email"),
        ("The ministry's «web site» was down for hours.", "website"),
        ("They read the news «on-line» every morning.", "online"),
    ),
    near_misses=(
        "Send your questions by email to the newsroom.",
        "Email addresses were leaked.",
        "The ministry's website was down for hours.",
        "The hotline was online and the web was slow.",
        "The e-mailing list is closed.",
    ),
)
def glossary_terms(text: str, ctx: CheckContext) -> Iterator[Issue]:
    key, glossary = file_glossary(ctx)
    forbidden = ctx.memo(key + ":forbidden", glossary.forbidden_pattern)
    styled = ctx.memo(key + ":styled", glossary.styled_pattern)
    flagged: list[tuple[int, int]] = []
    if forbidden is not None:
        for m in forbidden.finditer(text):
            word = m.group()[: m.start(1) - m.start()] if m.group(1) else m.group()
            preferred = glossary.forbidden.get(" ".join(word.split()).casefold())
            if preferred is None or word.isupper():
                continue
            plural = m.group(1) or ""
            flagged.append((m.start(), m.end()))
            yield ctx.issue(
                m.start(),
                m.end() - m.start(),
                f"The glossary prefers ‘{preferred}’ to ‘{word}’",
                [_match_case(word, preferred) + plural],
                confidence=0.8,
            )
    if styled is not None:
        for m in styled.finditer(text):
            word = m.group()[: m.start(1) - m.start()] if m.group(1) else m.group()
            preferred = glossary.preferred_for(word)
            if preferred is None or word == preferred or _same_but_first_letter(word, preferred):
                continue
            if word.isupper() or any(s < m.end() and m.start() < e for s, e in flagged):
                continue
            if normalise(word) != normalise(preferred) and " " not in normalise(word):
                continue  # written solid ("KimJongUn"): not the glossary's term
            yield ctx.issue(
                m.start(),
                len(word),
                f"The glossary writes ‘{preferred}’, not ‘{word}’",
                [_match_case(word, preferred)],
                confidence=0.8,
            )
