"""grammar.harper: offline grammar and spelling (Harper), on by default, no Java, no download.

What: agreement ("he go"), confused words ("their was", "could of", "to little"),
articles ("an union"), repeated words ("the the"), sentence capitalisation, and
misspelt lowercase words ("goverment"); rule ``grammar.harper.<Harper rule>``.
Why: a fresh install has no LanguageTool; these lints were measured precise on
news copy (resources/grammar/harper.toml lists what is left out, and why).
Example: ``He go to the summit every year.`` -> ``goes``.
Fix: the editor picks a suggestion; never applied automatically.

Names are not spelling errors: capitalised words, parts of hyphenated names,
British/American variants and the user's own words are left alone; nor does a
suggestion that only respells a name count, nor anything in a wire dateline
(``THE HAGUE, March 4 (Reuters) -``): the filter LanguageTool's matches pass too
(checks/grammar/engine_filter.py).  The check
declares a precedence below LanguageTool's (and our own passes'): where both
engines flag the same place, the engine keeps LanguageTool's issue, so the two
never report the same mistake twice.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.grammar import harper_engine
from copydesk.checks.grammar.words import user_words
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

CHECK_ID = "grammar.harper"
# Below LanguageTool's: LanguageTool's messages and suggestions are the more specific.
HARPER_PRECEDENCE = 40


@check(
    CHECK_ID,
    Category.GRAMMAR,
    "Offline grammar and spelling (Harper): agreement, confused words, articles, typos",
    yields_to_cleanup=True,
    precedence=HARPER_PRECEDENCE,
    reads_repaired=True,
    examples=(
        "The minister said he go to the summit every year.",
        "Officials said their was no reason to delay the vote.",
        "The goverment announced a new plan on Monday.",
        "An union leader said the the workers would strike.",
        "She could of stopped the deal, people familiar with the matter said.",
        "It were sent by a diplomat on Monday.",
    ),
    near_misses=(
        "The minister said he goes to the summit every year.",
        "Mayor Ana Ribeiro told reporters that Jean-Pierre Dubois would attend.",
        "Lee Ji-hoon met Park Hae-won in Busan on Friday.",
        "The defence ministry said the centre had been rumoured to close.",
        "Farmers said the drought, which has cut wheat yields by almost a third in the "
        "south of the country and forced thousands of families to sell their livestock, "
        "was the worst in living memory, and that the aid promised by the government "
        "was far too small.",
        "The region needs money, fuel and medicine to get through the winter.",
        "Volunteers stacked sandbags along the front lines near the anti-flood barriers.",
        "Visit www.example-news.org or email desk@example.com for details.",
    ),
)
def harper_grammar(text: str, ctx: CheckContext) -> Iterator[Issue]:
    findings = harper_engine.lint(
        text, ctx.settings.language, user_words(ctx), ctx.settings.harper_all_rules
    )
    for f in findings:
        yield ctx.issue(
            f.offset,
            f.length,
            f.message,
            f.replacements,
            confidence=f.confidence,
            rule=f"{CHECK_ID}.{f.rule}",
            category=f.category,
        )
