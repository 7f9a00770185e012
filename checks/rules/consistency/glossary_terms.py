"""consistency.glossary: a spelling the glossary forbids, or a glossary name written another way.

Why: a newsroom keeps a list of house spellings ("email", not "e-mail") and of
how the names in the news are written ("Han Seo Jin").  Articles from agencies
and translators ignore it; the copy editor puts it back.

The glossary is the default one in ``resources/glossary/`` plus the user's
(config folder), the project's (``copydesk-glossary.toml`` beside the
articles) and ``--glossary FILE``; see :mod:`copydesk.checks.glossary`.

The default glossary's variants are a consistency query, not a rule: copydesk cannot
know the newsroom's own style, and copy that writes "e-mail" throughout is consistent
in itself.  Such a variant is flagged only where the batch (every file checked
together) also writes its preferred spelling: the variant gives way, as it always has,
rather than whichever spelling is rarer, so that the flagged word and its fix do not
change with the files that happen to be opened together, and the default's preferred
forms are those of the agencies' style books (AP, Reuters: "email", "website").  A
variant of the user's, a project's or the ``--glossary`` file is flagged everywhere.

Example: ``Send us an e-mail or an email.`` / ``Han Seo-jin arrived`` (glossary:
``Han Seo Jin``).  Fix (not safe: a glossary can be wrong for a quotation or a title):
``email`` / ``Han Seo Jin``.  A capital at the start is kept ("E-mail" -> "Email").
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import BatchIndex, BatchMember, CheckContext
from copydesk.checks.glossary import default_preferred_pattern, normalise
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.consistency.common import file_glossary


def _match_case(found: str, preferred: str) -> str:
    if found[:1].isupper() and preferred[:1].islower():
        return preferred[:1].upper() + preferred[1:]
    return preferred


def _same_but_first_letter(a: str, b: str) -> bool:
    return a[:1].casefold() == b[:1].casefold() and a[1:] == b[1:]


def _preferred_written(member: BatchMember) -> frozenset[str]:
    """The default glossary's preferred spellings ``member`` writes (lower case, singular)."""
    pattern = default_preferred_pattern()
    if pattern is None:
        return frozenset()
    return frozenset(
        " ".join(m.group()[: m.start(1) - m.start() if m.group(1) else None].split()).casefold()
        for m in pattern.finditer(member.text)
    )


def _union(acc: set[str], _member: int, written: frozenset[str]) -> None:
    acc.update(written)


# The default glossary's preferred spellings the batch writes: its queried variants are
# flagged only where the batch mixes the two spellings (module docstring).
PREFERRED_WRITTEN: BatchIndex[frozenset[str], set[str], frozenset[str]] = BatchIndex(
    "consistency.glossary-preferred",
    _preferred_written,
    set,
    _union,
    lambda acc, _r: frozenset(acc),
)


@check(
    "consistency.glossary",
    Category.CONSISTENCY,
    "A spelling the glossary forbids (e-mail -> email), or a glossary term written otherwise;"
    " the default glossary's only where the batch writes both",
    scope="batch",  # a default variant is queried only where the batch also writes the other
    batch_indexes=(PREFERRED_WRITTEN,),
    examples=(
        ("Send your questions by «e-mail» to the newsroom, by email only.", "email"),
        ("«E-mail» addresses were leaked with the emails.", "Email"),
        ("The ministry's «web site» was down for hours; its website is slow.", "website"),
        ("They read the news «on-line» every morning and shop online.", "online"),
    ),
    near_misses=(
        "Send your questions by email to the newsroom.",
        "Email addresses were leaked.",
        "The ministry's website was down for hours.",
        "The hotline was online and the web was slow.",
        "The e-mailing list is closed.",
        "Send your questions by e-mail to the newsroom.",  # consistent in itself
    ),
)
def glossary_terms(text: str, ctx: CheckContext) -> Iterator[Issue]:
    key, glossary = file_glossary(ctx)
    # read whatever the glossary holds: built once per batch, and cheap (one pattern per text)
    written = ctx.index(PREFERRED_WRITTEN)
    forbidden = ctx.memo(key + ":forbidden", glossary.forbidden_pattern)
    styled = ctx.memo(key + ":styled", glossary.styled_pattern)
    flagged: list[tuple[int, int]] = []
    if forbidden is not None:
        for m in forbidden.finditer(text):
            word = m.group()[: m.start(1) - m.start()] if m.group(1) else m.group()
            variant = " ".join(word.split()).casefold()
            preferred = glossary.forbidden.get(variant)
            if preferred is None or word.isupper():
                continue
            queried = variant in glossary.queried
            if queried and preferred.casefold() not in written:
                continue  # the default's house style, and the batch is consistent in itself
            plural = m.group(1) or ""
            flagged.append((m.start(), m.end()))
            yield ctx.issue(
                m.start(),
                m.end() - m.start(),
                f"This batch writes both ‘{preferred}’ and ‘{word}’: the default glossary"
                f" prefers ‘{preferred}’"
                if queried
                else f"The glossary prefers ‘{preferred}’ to ‘{word}’",
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
