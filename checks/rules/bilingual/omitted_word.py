"""bilingual.omitted-word: a specific source noun that nothing in the translation renders.

Why: most omissions in machine translation are one word ("pollen", "stamen",
"volume") whose loss barely changes the length, so ``bilingual.omission``
cannot see them.  How: ``checks.bilingual.wordcover`` looks each rare noun of a
Chinese source up in CC-CEDICT and reports it in the source when none of its
senses, nor a sense of one of its characters, shares a word stem with the
English target.  Only rare nouns are looked at (jieba's frequency list), the
ones a translation almost always names; the threshold is in
``resources/bilingual/wordcover.toml``.  At most one word per unit, the rarest:
one look at the pair is what the reader needs.  Sources in languages without a
dictionary here are left alone.  Flag only.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.bilingual.wordcover import uncovered_words
from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.bilingual._common import mask, target_is_english


@check(
    "bilingual.omitted-word",
    Category.CONSISTENCY,
    "a specific source noun that nothing in the translation renders",
    bilingual=True,
    examples=(
        "现在植物传递这一信息的途径是通过花粉。\tNow plants pass on this message this way.",
        "它的雄蕊有大约一英尺长。\tIt is about a foot long.",
        "蜜蜂落在花上。\tThey land on the flower.",
    ),
    near_misses=(
        "现在植物传递这一信息的途径是通过花粉。\tPlants pass on this message through pollen.",
        "它的雄蕊有大约一英尺长。\tIts stamens are about a foot long.",
        "蜜蜂落在花上。\tBees land on the flower.",  # "bee", plural
        "苍蝇飞走了。\tThe flies flew away.",  # 苍蝇 "housefly": the compound's end
        "但监禁人数从40到400不等。\tThe prison population ranges from 40 to 400.",
        "它们是质量极大的恒星。\tThey are very massive stars.",  # a sense of 质 "mass"
        "社会很重要。\tSociety matters.",  # a frequent noun: not looked at
        "我们忍不住会猜测。\tWe can't help wondering.",  # a verb: not looked at
        "他们去了北京。\tThey went to Beijing.",  # a place name: not looked at
        "二十世纪九十年代，城市发展了。\tIn the 1990s the city grew.",  # figures: numbers' job
        "Il polline arriva con il vento.\tPollen comes with the wind.",
        "El polen llega con el viento.\tThe pollen comes with the wind.",
        "Пыльца приносится ветром.\tPollen is carried by the wind.",
        "حبوب اللقاح تأتي مع الرياح.\tPollen comes with the wind.",
    ),
)
def omitted_word(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if not ctx.source or not text.strip() or not target_is_english(ctx):
        return
    if ctx.source_lang not in ("", "zh") and not ctx.source_lang.startswith("zh-"):
        return
    for word in uncovered_words(mask(ctx.source), mask(text))[:1]:
        yield source_issue(
            ctx,
            word.start,
            word.end - word.start,
            f"“{word.word}” ({word.gloss}) has no counterpart in the translation",
            confidence=0.4,
        )
