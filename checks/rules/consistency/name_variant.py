"""consistency.name-variant: one person, place or organisation spelled several ways in a batch.

Why: articles about one story come from different agencies and translators,
and each transliterates names its own way (``Dmitry``/``Dmitri Peskov``,
``Vostochny``/``Vostotchny``) or hyphenates them its own way (``Kim Jong Un``/
``Kim Jong-un``/``Kim Jong-Un``).  A published batch should agree with itself.

How: :mod:`checks.rules.consistency.names` collects every name of the batch
and groups spellings of one name; names that merely look alike (``Kim Jong Un``
and ``Kim Dong-yup``, ``Charles II`` and ``Charles III``) stay apart.

Example: ``Alexandr Kozlov … Koslov also received him``
Fix (not safe: a human confirms it is one person): ``Koslov`` -> ``Kozlov``.
The preferred spelling is the glossary's, else the batch's most frequent one;
a tie is explained in the message.  ``related`` lists where the other spellings are.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.context import CheckContext
from checks.model import Category, Issue, Location
from checks.registry import check
from checks.rules.consistency.common import batch_glossary, member_index
from checks.rules.consistency.names import name_index


@check(
    "consistency.name-variant",
    Category.CONSISTENCY,
    "A name spelled or hyphenated differently across the batch (Dmitry/Dmitri Peskov)",
    scope="batch",
    examples=(
        "Kremlin spokesman Dmitry Peskov spoke first. Later Dmitri Peskov denied it.",
        "Minister Alexandr Kozlov met him at the station. Koslov also met him in 2019.",
        "Kim Jong Un arrived on Tuesday. Kim Jong Un met Putin. Kim Jong-un left.",
        "Jo Chun Ryong came along. Jo Chun-ryong runs the munitions department. "
        "Jo Chun-ryong said nothing.",
    ),
    near_misses=(
        "Kim Jong Un met Kim Dong-yup and Kim Myong Sik in Seoul.",
        "King Charles II ruled before King Charles III.",
        "North Korea said North Korean troops were ready.",
        "Alexandr Kozlov met Ivan Koslov in Moscow.",
        "Steven Smith met Stephen Smith at the station.",
        "The UN envoy met Kim Jong Un in Pyongyang.",
        "Park Thae Song and Pak Jong Chon joined the delegation.",
    ),
)
def name_variant(text: str, ctx: CheckContext) -> Iterator[Issue]:
    glossary = batch_glossary(ctx)
    index = name_index(ctx.batch, glossary)
    members = ctx.batch.members
    m_index = member_index(ctx, text)
    if m_index is not None:
        for variant in index.variants.get(m_index, ()):
            occ = variant.occurrence
            related = [
                Location(members[o.member].path, o.start, o.end - o.start, o.surface)
                for o in variant.related
            ]
            yield ctx.issue(
                occ.start,
                occ.end - occ.start,
                variant.message,
                [variant.replacement],
                confidence=variant.confidence,
                safe=False,
                related=related,
            )
