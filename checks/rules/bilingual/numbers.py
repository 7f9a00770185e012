"""bilingual.numbers: a number of the source missing or changed in the translation.

Why: a wrong figure is the most damaging error a translation can carry, and the
easiest for a machine to check.  How: every figure of the source (digits of any
script, clear Chinese numerals, ``3万``; a single numeral before a measure word,
``三班``, ``两倍``; ordinals, ``第三``; fractions and percentages, ``三分之一``,
``百分之三十``; halves, ``一半``, ``半年``) is read in every way its writing allows
and looked for among the values the English target states, in digits or words
("1,200", "1.2 thousand", "twice", "a decade", "March", "a third", "twenty-first",
"World War II").  Counts the source leaves open (``十几``, ``数百``, ``三四十``) and
numerals that count nothing (``星期三``, ``第二天``, idioms) are not compared.  A source figure with
no counterpart is reported on the target figure that replaced it when there is
one ("1,300 here; the source has 1,200"), else in the source.  A figure in
digits that only the target has is reported when the source is Chinese or
Japanese, whose numerals are all read; other languages write numbers in words
this check does not read.  When every figure is there, the unit after it and
the ranges of the source are compared too (``checks.bilingual.figure_context``):
"360 years" (or "three years" for ``三天``) for ``360天``, "twice as bad as 10 times"
for ``2倍到10倍``.
Flag only: a human decides which side is right.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.bilingual.figure_context import broken_ranges, unit_conflicts
from copydesk.checks.bilingual.numbers import (
    Figure,
    loose_source_values,
    matched,
    source_figures,
    spoken,
    target_figures,
    target_values,
    whole_figure,
)
from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.bilingual.scripts import FOREIGN_RUN
from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.bilingual._common import mask, target_is_english


@check(
    "bilingual.numbers",
    Category.CONSISTENCY,
    "a number of the source missing or changed in the translation",
    bilingual=True,
    examples=(
        "公司去年售出了1,200辆汽车。\tThe company sold 1,300 cars last year.",
        "他工作了360天。\tHe worked for 36 days.",
        "Il prezzo è salito a 1.200 euro.\tThe price rose to 12,000 euros.",
        "Погибли 15 человек.\tPeople died.",
        "今年有三十个国家参加。\tForty countries took part this year.",
        "有25万种，至少有25万种开花植物。\tThere are 250,000 species of flowering plants.",
        "他工作了360天。\tHe worked for 360 years.",  # the unit, not the figure
        "Durò 3 giorni.\tIt lasted 3 years.",
        "Está a 5 km.\tIt is 5 miles away.",
        "差距是2倍到10倍。\tThe gap is twice as large as 10 times.",  # a range lost
        "Costa de 5 a 10 euros.\tIt costs 5 euros, 10 with tax.",
        # Single numerals with a measure word, ordinals, fractions, percentages, halves
        "有三班学生。\tThere are four classes of students.",
        "两名医生受伤。\tThree doctors were injured.",
        "第三次会议在北京举行。\tThe second meeting was held in Beijing.",
        "百分之三十的人同意。\t40% of people agree.",
        "三分之一的学生是女生。\tHalf of the students are girls.",
        "他在那里住了半年。\tHe lived there for a year.",
        "他在那里住了三年半。\tHe lived there for three years.",
        "价格是原来的两倍。\tThe price is five times the original.",
        "十亿年前，两个黑洞相撞。\tTwo billion years ago, two black holes collided.",
        "他工作了三天。\tHe worked for three years.",  # the unit of a number word
        "什么都要差到2倍10倍。\tEverything is as bad as twice and 10 times.",
        # Magnitudes: 亿 is a hundred million, 万 ten thousand
        "人口为3亿。\tThe population is 3 billion.",
        "增加了10万人。\tIt added 10,000 people.",
        "冰有十万年的历史。\tThe ice is ten thousand years old.",
        # The unit: percent and times, age
        "销量增长了30%。\tSales grew 30 times.",
        "他今年30岁。\tHe is 30 months old.",
    ),
    near_misses=(
        "公司去年售出了1,200辆汽车。\tThe company sold 1,200 cars last year.",
        "Il prezzo è salito a 1.200 euro.\tThe price rose to 1,200 euros.",
        "Hay 1 200 personas.\tThere are 1,200 people.",
        "他工作了360天。\tHe worked for 360 days.",
        "价格涨到3万元。\tThe price rose to 30,000 yuan.",
        "人口为1.5亿。\tThe population is 150 million.",
        "他们来了两次。\tThey came twice.",
        "Ha vinto 3 medaglie.\tShe won three medals.",
        "今年有三十个国家参加。\tThirty countries took part this year.",
        "这件事十分重要。\tThis matters a great deal.",
        "几十万人参加了游行。\tHundreds of thousands marched.",
        "السعر ٣٦٠ دولارا\tThe price is 360 dollars.",
        "３６０天\t360 days",
        "90年代\tthe 1990s",
        "二十世纪九十年代，这个城市迅速发展。\tIn the 1990s the city grew quickly.",
        "El 5 de marzo\tOn March 5",
        "Это было в 2019 году.\tThat was in 2019.",
        "公司去年亏损12亿美元。\tThe company lost $1.2bn last year.",
        "2019-2020赛季\tthe 2019-20 season",
        "有25万种，至少有25万种开花植物。\tThere are 250,000 species, at least 250,000.",
        "5比5\tfive all",
        "Длилось 3 дня.\tIt lasted 3 days.",
        "استمر 3 أيام.\tIt lasted 3 days.",
        "这是一个约15英尺的船。\tThat is about a 15-foot boat.",
        "90年代\tthe 90s",
        "3周年\tthe 3rd anniversary",
        "差距是2倍到10倍。\tThe gap is two to 10 times.",
        "什么都要差到2倍10倍。\tEverything is between 2 and 10 times worse.",
        "Costa de 5 a 10 euros.\tIt costs 5-10 euros.",
        "Da 5 a 10 anni.\tFrom five to ten years.",
        "от 5 до 10 лет\t5 to 10 years",
        "من 5 إلى 10 سنوات\tfrom 5 to 10 years",
        "8英尺，12英尺长\t8-foot, 12-foot long",  # a list, not a range
        "人口为3亿。\tThe population is 300 million.",
        "他有3百万美元。\tHe has 3 million dollars.",
        "他跑了5千米。\tHe ran 5 km.",
        "销量增长了30%。\tSales grew 30 percent.",
        "是原来的10倍。\tIt is 10x the original.",
        "他今年三十岁。\tHe is thirty years old.",
        "Le vendite sono cresciute del 30 per cento.\tSales grew 30%.",
        "Продажи выросли в 3 раза.\tSales tripled.",
        "有三班学生。\tThere are three classes of students.",
        "两名医生受伤。\tTwo doctors were injured.",
        "他们两个人都来了。\tBoth of them came.",
        "第三次会议在北京举行。\tThe third meeting was held in Beijing.",
        "第三季度\tthe 3rd quarter",
        "二十一世纪\tthe twenty-first century",
        "第二次世界大战\tWorld War II",
        "百分之三十的人同意。\tThirty percent of people agree.",
        "三分之一的学生是女生。\tA third of the students are girls.",
        "三分之二的学生\ttwo-thirds of the students",
        "四分之一的人\ta quarter of the people",
        "一半的学生是女生。\tHalf of the students are girls.",
        "一半的学生是女生。\t50% of the students are girls.",
        "他在那里住了半年。\tHe lived there for six months.",
        "他在那里住了半年。\tHe lived there for half a year.",
        "两个半小时\ttwo and a half hours",
        "会议开了一个半小时。\tThe meeting lasted 90 minutes.",
        "会议开了一个半小时。\tThe meeting lasted an hour and a half.",
        "他在那里住了一年半。\tHe lived there for 18 months.",
        "三年半\t3.5 years",
        "价格是原来的两倍。\tThe price is twice the original.",
        "价格涨了两倍。\tThe price tripled.",
        "十年前\ta decade ago",
        "三维空间\tthree-dimensional space",
        "他跑了五千米。\tHe ran 5 km.",
        # Approximate counts: the source leaves the number open
        "十几个人参加了。\tMore than ten people took part.",
        "数百人参加了游行。\tHundreds of people marched.",
        "几千年前\tSeveral thousand years ago",
        "三四十个人\tthirty or so people",
        "三十多岁\tin his thirties",
        "大约三个小时\tabout three hours",
        # Numerals that count nothing: weekdays, "the next day", idioms, "a"
        "星期三见。\tSee you on Wednesday.",
        "第二天他走了。\tThe next day he left.",
        "他三番五次地提醒我。\tHe reminded me again and again.",
        "他们第一时间赶到。\tThey arrived at once.",
        "一个人\ta person",
        "Il 50% dei voti\tHalf of the votes",
        "Arrivò 2ª.\tShe came second.",
        "В 2 раза больше.\tTwice as much.",
        "Прошло 1,5 года.\tA year and a half passed.",
        "الطابق ٣\tthe third floor",
        "Un quarto, il 25%.\tA quarter.",
        "他五月来。\tHe 五月来.",
    ),
)
def numbers(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if ctx.source is None or not text.strip() or not target_is_english(ctx):
        return
    source, target = mask(ctx.source), mask(text)
    values = target_values(target)
    # A figure the target still writes as the source does is there (left untranslated,
    # which bilingual.untranslated reports): "五月" kept in the target is no missing 5.
    missing = [f for f in source_figures(source) if not matched(f, values) and f.text not in target]
    src_all = loose_source_values(source)
    stray = [f for f in target_figures(target) if not (f.values & src_all)]
    # What replaced a missing figure: one no source figure gives, even where a lone
    # numeral could read as it ("3,000" for 三万: 三 alone is 3, "3,000" may be 3.000).
    strict = {v for f in source_figures(source) for v in f.values}
    replacing = stray or [f for f in target_figures(target) if not (f.values & strict)]
    quoted: set[tuple[int, int]] = set()  # the minutes of "9:30" are the same figure as its hour
    for fig in missing:
        if whole_figure(ctx.source, fig) in quoted:
            continue
        quoted.add(whole_figure(ctx.source, fig))
        said = spoken(ctx.source, fig)
        if replacing:
            other = replacing.pop(0)
            start, end = whole_figure(text, other, scale=True)
            yield ctx.issue(
                start,
                end - start,
                f"{text[start:end]} here, but the source has {said}",
                confidence=0.8,
            )
        else:
            start, end = whole_figure(ctx.source, fig)
            yield source_issue(
                ctx,
                start,
                end - start,
                f"{said} in the source has no counterpart in the translation",
                confidence=0.7,
            )
    # A figure the source gives more often than the translation (in digits, both sides):
    # one of its mentions was dropped.
    if not missing:
        yield from _fewer(ctx, source, target)
        yield from _context(ctx, source, target)
    # Figures only the target has: the source's numerals are all read only in CJK text.
    if not missing and FOREIGN_RUN.search(source) and _cjk(source):
        for other in stray:
            yield ctx.issue(
                other.start,
                other.end - other.start,
                f"{other.text} is not in the source",
                confidence=0.6,
            )


def _context(ctx: CheckContext, source: str, target: str) -> Iterator[Issue]:
    """Every figure is there: is each in the unit and the range the source gives it?"""
    for found in (*unit_conflicts(source, target), *broken_ranges(source, target)):
        yield ctx.issue(found.start, found.end - found.start, found.message, confidence=0.6)


def _cjk(text: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" for c in text)


def _fewer(ctx: CheckContext, source: str, target: str) -> Iterator[Issue]:
    by_text: dict[str, list[Figure]] = {}
    for fig in source_figures(source):
        if fig.text[:1].isdigit():
            by_text.setdefault(fig.text, []).append(fig)
    targets = target_figures(target)
    for text, figs in by_text.items():
        if len(figs) < 2:
            continue
        shown = sum(1 for t in targets if t.values & figs[0].values)
        if 0 < shown < len(figs):
            last = figs[-1]
            yield source_issue(
                ctx,
                last.start,
                last.end - last.start,
                f"{text} is in the source {len(figs)} times, in the translation {shown}",
                confidence=0.5,
            )
