"""bilingual.term: a source term without its required translation in the target.

Why: a term base fixes how names and terms are translated (an organisation, a
product, a house term); a translation that uses another rendering, or drops the
name, must be looked at.  How: every term of the term base (the shipped default,
``copydesk-termbase.tbx|csv`` beside the files, ``--termbase FILE``) found in
the source must have one of its accepted translations in the target; if none is
there, the term is reported in the source.  Flag only.  The term bases are read
with the run's other inputs (``ctx.inputs.terms``), never by this check.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.bilingual._common import target_is_english


@check(
    "bilingual.term",
    Category.CONSISTENCY,
    "a source term whose required translation is not in the target",
    bilingual=True,
    examples=(
        "联合国秘书长发表了讲话。\tThe secretary-general of the organisation spoke.",
        "Le Nazioni Unite hanno votato.\tThe nations voted.",
        "ООН осудила нападение.\tThe organisation condemned the attack.",
        "美国人\tus",  # the pronoun is not the country
    ),
    near_misses=(
        "联合国秘书长发表了讲话。\tThe UN secretary-general spoke.",
        "很多美国人支持这项计划。\tMany Americans support the plan.",
        "Le Nazioni Unite hanno votato.\tThe United Nations voted.",
        "ООН осудила нападение.\tThe U.N. condemned the attack.",
        "Los Estados Unidos y la Unión Europea firmaron.\tThe US and the EU signed.",
        "美国人\tAmericans",
    ),
)
def term(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if not ctx.source or not text.strip() or not target_is_english(ctx):
        return
    for t in ctx.inputs.terms:  # resolved with the run (copydesk.checks.run_inputs)
        found = t.pattern.search(ctx.source)
        if found and not t.accepted.search(text):
            yield source_issue(
                ctx,
                found.start(),
                len(found.group()),
                f"“{found.group()}” should be translated as “{t.targets[0]}” (term base)",
                confidence=0.6,
            )
