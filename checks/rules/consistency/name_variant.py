"""consistency.name-variant: one person, place or organisation spelled several ways in a batch.

Why: articles about one story come from different agencies and translators,
and each transliterates names its own way (``Dmitry``/``Dmitri Gromov``,
``Zarechny``/``Zaretchny``) or hyphenates them its own way (``Han Seo Jin``/
``Han Seo-jin``/``Han Seo-Jin``).  A published batch should agree with itself.

How: :mod:`copydesk.checks.rules.consistency.names` collects every name of the batch
and groups spellings of one name; names that merely look alike (``Han Seo Jin``
and ``Han Do-yun``, ``Frederik II`` and ``Frederik III``) stay apart, and so do one
name's forms in two languages: a country's own-language form beside its English one
(``Latvija`` beside Latvia) and a Gaelic word lenited in a name
(``Comann Ghàidhlig`` beside ``Gàidhlig``).

Example: ``Yegor Morozov … Morosov also welcomed him``
Fix (not safe: a human confirms it is one person): ``Morosov`` -> ``Morozov``.
The preferred spelling is the glossary's, else the batch's most frequent one;
a tie is explained in the message.  ``related`` lists where the other spellings are.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue, Location
from copydesk.checks.registry import check
from copydesk.checks.rules.consistency.names import NAME_VARIANTS


@check(
    "consistency.name-variant",
    Category.CONSISTENCY,
    "A name spelled or hyphenated differently across the batch (Dmitry/Dmitri Gromov)",
    scope="batch",
    batch_indexes=(NAME_VARIANTS,),
    examples=(
        (
            "Ministry spokesman Dmitry Gromov spoke first. Later «Dmitri Gromov» denied it.",
            "Dmitry Gromov",
        ),
        (
            "Governor Yegor Morozov met her at the airport. «Morosov» also met her in 2021.",
            "Morozov",
        ),
        (
            "Han Seo Jin arrived on Tuesday. Han Seo Jin met Varga. «Han Seo-jin» left.",
            "Han Seo Jin",
        ),
        (
            "«Ri Sol Hwan» came along. Ri Sol-hwan runs the fisheries bureau. Ri Sol-hwan "
            "said nothing.",
            "Ri Sol-hwan",
        ),
        # a person's name is no country: "-ija" for "-ia" is a spelling there (small8)
        ("Natalia Kovač spoke first. Later «Natalija Kovač» said so.", "Natalia Kovač"),
    ),
    near_misses=(
        "Han Seo Jin met Han Do-yun and Han Min Gyu in Seoul.",
        "King Frederik II ruled before King Frederik III.",
        "Mongolia said Mongolian troops were ready.",
        "Yegor Morozov met Ivan Morosov in Kazan.",
        "Steven Smith met Stephen Smith at the station.",
        "The UN envoy met Han Seo Jin in Busan.",
        "Park Sung Ho and Pak Chol Min joined the delegation.",
        "Minister Lina Haddad spoke. Haddad said so. Hamad bin Saeed al-Mansouri agreed.",
        "Minister Martín Herrera met Martin Berg of Norway.",
        # a country's own-language form; Gaelic lenition (small8)
        "Latvia's rail firm sells tickets in its app, Latvija Live. Latvia had storms.",
        "The head of Comann Ghàidhlig spoke. Taigh na Gàidhlig agreed.",
    ),
)
def name_variant(text: str, ctx: CheckContext) -> Iterator[Issue]:
    paths = ctx.batch.paths
    for variant in ctx.index(NAME_VARIANTS).get(ctx.member, ()):
        occ = variant.occurrence
        related = [
            Location(paths[o.member], o.start, o.end - o.start, o.surface) for o in variant.related
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
